//! Generate phase of `#[body]`: a validated [`Body`] becomes the struct with serde's derives,
//! `impl Body` (its metadata), `impl Input` (the runtime's `check_body`, and the direct path when
//! serde refuses what the check refuses) and `impl ApiSchema`. Infallible.

use proc_macro2::TokenStream;
use quote::quote;

use super::ir::{Body, Field, InputKind, Value};
use crate::model::codegen::{field_type, option};
use crate::model::ir::Kind;
use crate::paths::Paths;

/// Everything `#[body]` emits for one body.
pub(crate) fn body(body: &Body, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let Body {
        ident, vis, attrs, ..
    } = body;
    let deny = body
        .flatten
        .is_none()
        .then(|| quote!(, deny_unknown_fields));
    let flatten = body.flatten.iter().map(|flatten| {
        let (ident, vis, attrs, ty) = (&flatten.ident, &flatten.vis, &flatten.attrs, &flatten.ty);
        quote!(#(#attrs)* #[serde(flatten)] #vis #ident: #ty)
    });
    let fields = body.fields.iter().map(|field| struct_field(field, paths));
    let name = ident.to_string();
    let doc = &body.doc;
    let metas = body.fields.iter().map(|field| body_field(field, paths));
    let flatten_meta = match &body.flatten {
        None => quote!(::core::option::Option::None),
        Some(flatten) => {
            let ty = &flatten.ty;
            let (record, kind) = match flatten.kind {
                InputKind::Create => (quote!(NewRecord), quote!(Create)),
                InputKind::Update => (quote!(PatchRecord), quote!(Update)),
            };
            quote!(::core::option::Option::Some((
                &<<#ty as #private::#record>::Model as #private::Model>::META,
                #private::InputKind::#kind,
            )))
        }
    };
    // A flattened model's JSON fields of a type of their own are documented by their type.
    let register = body.flatten.as_ref().map(|flatten| {
        let ty = &flatten.ty;
        let record = match flatten.kind {
            InputKind::Create => quote!(NewRecord),
            InputKind::Update => quote!(PatchRecord),
        };
        quote!(<<#ty as #private::#record>::Model as #private::TypedFields>::register(schemas);)
    });
    let shorthand = option(body.shorthand.as_ref());
    let direct = body.direct();
    let passes = direct.then(|| passes_fn(body, paths));
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, #private::serde::Serialize, #private::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename_all = "camelCase" #deny)]
        #vis struct #ident {
            #(#flatten,)*
            #(#fields,)*
        }

        #[automatically_derived]
        impl #private::Body for #ident {
            const META: #private::BodyMeta = #private::BodyMeta {
                name: #name,
                doc: #doc,
                fields: &[#(#metas,)*],
                flatten: #flatten_meta,
                shorthand: #shorthand,
            };
        }

        #[automatically_derived]
        impl #private::Input for #ident {
            fn check(value: &#private::JsonValue, issues: &mut ::std::vec::Vec<#private::Issue>) {
                #private::check_body(&<Self as #private::Body>::META, value, "", issues);
            }

            const DIRECT: bool = #direct;

            const INPUT_OF: ::core::option::Option<#private::InputOf> = ::core::option::Option::Some(#private::InputOf::Body { name: <Self as #private::Body>::META.name, flatten: <Self as #private::Body>::META.flatten });

            #passes
        }

        #[automatically_derived]
        impl #private::ApiSchema for #ident {
            fn schema(schemas: &mut #private::Schemas) -> #private::RefOr<#private::Schema> {
                #register
                #private::body_schema(&<Self as #private::Body>::META, schemas)
            }
        }
    }
}

/// The field as emitted, with what serde needs: optional fields default to `None` and are left
/// out when `None`; nested bodies are read through their shorthand.
fn struct_field(field: &Field, paths: &Paths) -> TokenStream {
    let Field {
        ident,
        vis,
        attrs,
        ty,
        ..
    } = field;
    let is_none = "::core::option::Option::is_none";
    let nested = match (&field.value, field.list.is_some(), field.nullable) {
        (Value::Scalar(..), ..) => None,
        (Value::Body(_), false, false) => Some("deserialize_body"),
        (Value::Body(_), false, true) => Some("deserialize_optional_body"),
        (Value::Body(_), true, false) => Some("deserialize_bodies"),
        (Value::Body(_), true, true) => Some("deserialize_optional_bodies"),
    };
    let serde = match (nested, field.nullable) {
        (None, false) => quote!(),
        (None, true) => quote!(#[serde(default, skip_serializing_if = #is_none)]),
        (Some(function), false) => {
            let function = paths.private_str(function);
            quote!(#[serde(deserialize_with = #function)])
        }
        (Some(function), true) => {
            let function = paths.private_str(function);
            quote!(#[serde(default, deserialize_with = #function, skip_serializing_if = #is_none)])
        }
    };
    let rename = crate::model::values::serde_rename(ident, &field.wire);
    quote!(#(#attrs)* #serde #rename #vis #ident: #ty)
}

/// The field's `BodyField` constant.
fn body_field(field: &Field, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let name = field.ident.to_string();
    let name = name.trim_start_matches("r#");
    let wire = &field.wire;
    let ty = match &field.value {
        Value::Scalar(kind, enumeration) => field_type(*kind, enumeration.as_ref(), paths),
        Value::Body(_) => field_type(Kind::Text, None, paths),
    };
    let mut meta = quote!(#private::FieldMeta::new(#name, #wire, #ty));
    if field.nullable {
        meta = quote!(#meta.nullable());
    }
    if field.length != (None, None) {
        let (min, max) = (option(field.length.0), option(field.length.1));
        meta = quote!(#meta.length(#min, #max));
    }
    if field.range != (None, None) {
        let (min, max) = (option(field.range.0), option(field.range.1));
        meta = quote!(#meta.range(#min, #max));
    }
    if let Some(pattern) = &field.pattern {
        meta = quote!(#meta.pattern(#pattern));
    }
    if field.path_segment {
        meta = quote!(#meta.path_segment());
    }
    meta = crate::model::values::emit(meta, field.one_of.as_ref(), field.format, paths);
    if !field.doc.is_empty() {
        let doc = &field.doc;
        meta = quote!(#meta.doc(#doc));
    }
    let mut body_field = quote!(#private::BodyField::value(#meta));
    if let Some((min, max)) = field.list {
        let (min, max) = (option(min), option(max));
        body_field = quote!(#body_field.list(#min, #max));
    }
    if let Value::Body(nested) = &field.value {
        body_field = quote!(#body_field.object(&<#nested as #private::Body>::META));
    }
    if field.undocumented {
        body_field = quote!(#body_field.undocumented());
    }
    body_field
}

/// `Input::passes` of a direct body: each field's value against its `BodyField`, by position.
fn passes_fn(body: &Body, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let checks: Vec<TokenStream> = body
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let name = &field.ident;
            if field.list.is_some() {
                quote!(#private::ListValue::passes(&self.#name, &fields[#index]))
            } else {
                quote!(#private::FieldValue::passes(&self.#name, &fields[#index].field))
            }
        })
        .collect();
    quote! {
        fn passes(&self) -> bool {
            let fields = <Self as #private::Body>::META.fields;
            #(#checks)&&*
        }
    }
}
