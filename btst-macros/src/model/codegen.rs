//! Generate phase of `#[model]`: a validated [`Model`] becomes the row struct with its derives,
//! the Diesel `table!`, `New<Model>` and `<Model>Patch`, and the runtime trait impls, whose
//! behaviour lives in btst-runtime. Infallible.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::ir::{Default, Field, Kind, Model, OnDelete};
use super::values::{self, serde_rename};
use crate::emit::doc_attr;
use crate::paths::Paths;

/// Everything `#[model]` emits for one model.
pub(crate) fn model(model: &Model, paths: &Paths) -> TokenStream {
    let row = row_struct(model, paths);
    let table = table(model, paths);
    let new = new_struct(model, paths);
    let patch = patch_struct(model, paths);
    let impls = model_impls(model, paths);
    quote! {
        #row
        #table
        #new
        #patch
        #impls
    }
}

fn row_struct(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let Model {
        ident,
        vis,
        attrs,
        table_module,
        ..
    } = model;
    let fields = model.fields.iter().map(
        |Field {
             ident,
             vis,
             attrs,
             ty,
             wire,
             ..
         }| {
            let rename = serde_rename(ident, wire);
            quote!(#(#attrs)* #rename #vis #ident: #ty)
        },
    );
    let fields: Vec<TokenStream> = fields
        .zip(&model.fields)
        .map(|(emitted, field)| {
            let ty = &field.ty;
            let ident_of_field = &field.ident;
            let stored = paths.private();
            if field.json() {
                // A JSON column is bound and read through `StoredJson` (see btst-runtime's
                // `json` module).
                quote!(#[diesel(serialize_as = #stored::StoredJson<#ty>, deserialize_as = #stored::StoredJson<#ty>)] #emitted)
            } else if field.auto_increment {
                // The database numbers it: inserts leave it out.
                quote!(#[diesel(skip_insertion)] #emitted)
            } else if field.computed.is_some() {
                // No column: selected as its SQL expression, never written.
                let expression = quote!(#table_module::#ident_of_field);
                quote!(#[diesel(skip_insertion, skip_update, select_expression = #expression, select_expression_type = #expression)] #emitted)
            } else {
                emitted
            }
        })
        .collect();
    quote! {
        #(#attrs)*
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            #private::serde::Serialize,
            #private::serde::Deserialize,
            #private::diesel::Queryable,
            #private::diesel::Selectable,
            #private::diesel::Insertable,
            #private::diesel::AsChangeset,
        )]
        #[serde(crate = #serde_crate, rename_all = "camelCase")]
        #[diesel(table_name = #table_module, treat_none_as_null = true)]
        #vis struct #ident {
            #(#fields,)*
        }
    }
}

fn sql_type(field: &Field, paths: &Paths) -> TokenStream {
    let private = paths.absolute();
    let diesel = quote!(#private::diesel::sql_types);
    let base = match field.kind {
        Kind::Text | Kind::Enum => quote!(#diesel::Text),
        Kind::Bool => quote!(#diesel::Bool),
        Kind::I32 => quote!(#diesel::Integer),
        Kind::I64 => quote!(#diesel::BigInt),
        Kind::F64 => quote!(#diesel::Double),
        // Ours: bound to MySQL as `DATETIME`, where Diesel's `Timestamp` is `TIMESTAMP`.
        Kind::Timestamp => quote!(#private::sql_types::Instant),
        Kind::Json => quote!(#private::sql_types::Json),
        Kind::Decimal => quote!(#private::sql_types::Decimal),
    };
    let base = if field.list.is_some() {
        quote!(#private::sql_types::Json)
    } else {
        base
    };
    if field.nullable {
        quote!(#diesel::Nullable<#base>)
    } else {
        base
    }
}

fn table(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let table_module = &model.table_module;
    let table_name = &model.table_name;
    let columns = model
        .fields
        .iter()
        .filter(|field| field.computed.is_none())
        .map(|field| {
            let ident = &field.ident;
            let column = &field.column;
            let ty = sql_type(field, paths);
            // Numeric columns take Diesel's arithmetic (`task::order + 1`).
            let ops = (matches!(field.kind, Kind::I32 | Kind::I64 | Kind::F64)
                && field.list.is_none())
            .then(|| quote!([ops]));
            quote!(#ident = #column: #ty #ops)
        });
    let doc = doc_attr(&format!(
        "The Diesel schema of [`{}`]: table `{table_name}`.",
        model.ident
    ));
    let computed: Vec<TokenStream> = model
        .fields
        .iter()
        .filter_map(|field| {
            let sql = field.computed.as_ref()?;
            let (ident, ty) = (&field.ident, sql_type(field, paths));
            Some(quote!(#ident = #sql: #ty))
        })
        .collect();
    let computed = (!computed.is_empty()).then(|| quote!(computed { #(#computed,)* }));
    quote! {
        #private::table! {
            #doc
            #table_module = #table_name {
                #(#columns,)*
            }
            #computed
        }
    }
}

fn default_expr(field: &Field, default: &Default) -> TokenStream {
    let signed = |negative: bool, magnitude: Literal| {
        if negative {
            quote!(-#magnitude)
        } else {
            quote!(#magnitude)
        }
    };
    match default {
        Default::Bool(value) => quote!(#value),
        Default::Int(value) => signed(*value < 0, Literal::u64_unsuffixed(value.unsigned_abs())),
        Default::Float(value) => signed(*value < 0.0, Literal::f64_unsuffixed(value.abs())),
        Default::Text(value) => quote!(::std::string::String::from(#value)),
        Default::Now => quote!(now),
        Default::Variant(variant, _) => {
            let enumeration = field.enumeration.as_ref();
            quote!(#enumeration::#variant)
        }
    }
}

/// `skip_serializing_if` of an optional body field: a client leaves out what it does not set
/// (sending `null` would clear a nullable field, or refuse a non-nullable one).
const IS_NONE: &str = "::core::option::Option::is_none";

fn new_struct(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let double_option = paths.private_str("double_option");
    let present = paths.private_str("present");
    let is_none = IS_NONE;
    let Model { ident, vis, .. } = model;
    let new_ident = model.new_ident();
    let doc = doc_attr(&format!(
        "The fields a client sends to create one [`{ident}`]."
    ));
    let fields = model
        .fields
        .iter()
        .filter(|field| field.writable())
        .map(|field| {
            let Field { ident, vis, ty, .. } = field;
            let field_doc = doc_attr(&field.doc);
            let rename = serde_rename(ident, &field.wire);
            let field_doc = quote!(#field_doc #rename);
            if field.default.is_some() && field.nullable {
                quote!(#field_doc #[serde(default, deserialize_with = #double_option, skip_serializing_if = #is_none)] #vis #ident: ::core::option::Option<#ty>)
            } else if field.default.is_some() {
                quote!(#field_doc #[serde(default, deserialize_with = #present, skip_serializing_if = #is_none)] #vis #ident: ::core::option::Option<#ty>)
            } else if field.nullable {
                quote!(#field_doc #[serde(default, skip_serializing_if = #is_none)] #vis #ident: #ty)
            } else {
                quote!(#field_doc #vis #ident: #ty)
            }
        });
    let values = model.fields.iter().map(|field| {
        let name = &field.ident;
        let value = match (&field.default, field.primary_key, field.writable()) {
            // Read back from the database by the insert.
            (_, true, false) if field.auto_increment => quote!(0),
            (_, true, false) => quote!(#private::new_id()),
            (Some(default), _, false) => wrap_nullable(field, default_expr(field, default)),
            (None, _, false)
                if (field.stamped || field.row_scope || field.computed.is_some())
                    && !field.nullable =>
            {
                quote!(::core::default::Default::default())
            }
            (None, _, false) => quote!(::core::option::Option::None),
            (Some(default), _, true) if field.nullable => {
                let default = default_expr(field, default);
                quote!(input.#name.unwrap_or_else(|| ::core::option::Option::Some(#default)))
            }
            (Some(default), _, true) => {
                let default = default_expr(field, default);
                quote!(input.#name.unwrap_or_else(|| #default))
            }
            (None, _, true) => quote!(input.#name),
        };
        let value = rescaled(field, value);
        quote!(#name: #value)
    });
    let uses_now = model
        .fields
        .iter()
        .any(|field| field.default == Some(Default::Now));
    let now = if uses_now { quote!(now) } else { quote!(_now) };
    let passes = passes_fn(model, false, paths);
    let typed_checks = typed_checks(model, Field::writable, paths);
    let register = register_typed(model, paths);
    quote! {
        #doc
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, #private::serde::Serialize, #private::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename_all = "camelCase", deny_unknown_fields)]
        #vis struct #new_ident {
            #(#fields,)*
        }

        #[automatically_derived]
        impl #private::NewRecord for #new_ident {
            type Model = #ident;

            fn into_model(self, #now: #private::Timestamp) -> #ident {
                let input = self;
                #ident { #(#values,)* }
            }
        }

        #[automatically_derived]
        impl #private::Input for #new_ident {
            fn check(value: &#private::JsonValue, issues: &mut ::std::vec::Vec<#private::Issue>) {
                #private::check_model_input(&<#ident as #private::Model>::META, #private::InputKind::Create, value, issues);
                #(#typed_checks)*
            }

            const DIRECT: bool = true;

            const INPUT_OF: ::core::option::Option<#private::InputOf> = ::core::option::Option::Some(#private::InputOf::Model { model: &<#ident as #private::Model>::META, kind: #private::InputKind::Create });

            #passes
        }

        #[automatically_derived]
        impl #private::ApiSchema for #new_ident {
            fn schema(schemas: &mut #private::Schemas) -> #private::RefOr<#private::Schema> {
                #register
                #private::input_schema(&<#ident as #private::Model>::META, #private::InputKind::Create, schemas)
            }
        }
    }
}

/// `Input::passes` of a model's bodies: each writable field's value against its `FieldMeta`,
/// found by position (`META.fields` lists the fields in declaration order). The body's
/// `Deserialize` has already refused what the `Value` pass would refuse for its shape: unknown
/// and repeated keys (`deny_unknown_fields`), `null` for a non-nullable field (`present`), and
/// wrong types.
fn passes_fn(model: &Model, patch: bool, paths: &Paths) -> TokenStream {
    let sent = if patch {
        Field::patchable
    } else {
        Field::writable
    };
    let private = paths.private();
    let ident = &model.ident;
    let checks = model
        .fields
        .iter()
        .enumerate()
        .filter(|(_, field)| sent(field))
        .map(|(index, field)| {
            let name = &field.ident;
            if field.typed {
                // Its own type's rules: `Some(..)` layers for a value that may be left out
                // (`Option`) or null (`Option<Option>`), then `Input::passes`.
                let layers =
                    usize::from(field.nullable) + usize::from(patch || field.default.is_some());
                let mut check = quote!(#private::Input::passes(value));
                for _ in 0..layers {
                    check = quote!(value.as_ref().is_none_or(|value| #check));
                }
                return quote!({ let value = &self.#name; #check });
            }
            quote!(#private::FieldValue::passes(&self.#name, &fields[#index]))
        })
        .collect::<Vec<_>>();
    if checks.is_empty() {
        return quote!(
            fn passes(&self) -> bool {
                true
            }
        );
    }
    quote! {
        fn passes(&self) -> bool {
            let fields = <#ident as #private::Model>::META.fields;
            #(#checks)&&*
        }
    }
}

/// A `Decimal` field's value with exactly its scale's digits after the point (`1.5` → `1.50`),
/// as PostgreSQL and MySQL keep it: SQLite, which keeps the text, then stores and answers the
/// same.
fn rescaled(field: &Field, value: TokenStream) -> TokenStream {
    let Some((_, scale)) = field.decimal else {
        return value;
    };
    let scale = i64::from(scale);
    if field.nullable {
        quote!((#value).map(|value| value.rescaled(#scale)))
    } else {
        quote!((#value).rescaled(#scale))
    }
}

/// `<Model as TypedFields>::register(schemas);` before a schema of a model with JSON fields of a
/// type of their own (nothing for the others).
fn register_typed(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &model.ident;
    if model.fields.iter().any(|field| field.typed) {
        quote!(<#ident as #private::TypedFields>::register(schemas);)
    } else {
        quote!()
    }
}

/// `TypedFields`: the schema of each JSON field of a type of its own, by its table and wire name.
fn typed_fields_impl(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &model.ident;
    let typed: Vec<&Field> = model.fields.iter().filter(|field| field.typed).collect();
    if typed.is_empty() {
        return quote! {
            #[automatically_derived]
            impl #private::TypedFields for #ident {}
        };
    }
    let registers = typed.iter().map(|field| {
        let (wire, ty) = (&field.wire, typed_inner(field));
        quote!(schemas.type_field(<Self as #private::Model>::META.table, #wire, <#ty as #private::ApiSchema>::schema);)
    });
    quote! {
        #[automatically_derived]
        impl #private::TypedFields for #ident {
            fn register(schemas: &mut #private::Schemas) {
                #(#registers)*
            }
        }
    }
}

/// `check_typed` of each JSON field of a type of its own that the body may carry.
fn typed_checks(model: &Model, sent: fn(&Field) -> bool, paths: &Paths) -> Vec<TokenStream> {
    let private = paths.private();
    model
        .fields
        .iter()
        .filter(|field| field.typed && sent(field))
        .map(|field| {
            let (wire, nullable) = (&field.wire, field.nullable);
            let ty = typed_inner(field);
            quote!(#private::check_typed::<#ty>(value, #wire, #nullable, issues);)
        })
        .collect()
}

/// The type of a `#[field(json)]` field, without its `Option`.
fn typed_inner(field: &Field) -> &syn::Type {
    crate::emit::wrapped(&field.ty, "Option")
        .filter(|_| field.nullable)
        .unwrap_or(&field.ty)
}

fn wrap_nullable(field: &Field, value: TokenStream) -> TokenStream {
    if field.nullable {
        quote!(::core::option::Option::Some(#value))
    } else {
        value
    }
}

fn patch_struct(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let Model { ident, vis, .. } = model;
    let patch_ident = model.patch_ident();
    let doc = doc_attr(&format!(
        "The fields a client sends to change a [`{ident}`]; each one optional."
    ));
    let double_option = paths.private_str("double_option");
    let present = paths.private_str("present");
    let is_none = IS_NONE;
    let writable: Vec<&Field> = model
        .fields
        .iter()
        .filter(|field| field.patchable())
        .collect();
    let fields = writable.iter().map(|field| {
        let Field { ident, vis, ty, .. } = field;
        let field_doc = doc_attr(&field.doc);
        let rename = serde_rename(ident, &field.wire);
            let field_doc = quote!(#field_doc #rename);
        if field.nullable {
            quote!(#field_doc #[serde(default, deserialize_with = #double_option, skip_serializing_if = #is_none)] #vis #ident: ::core::option::Option<#ty>)
        } else {
            quote!(#field_doc #[serde(default, deserialize_with = #present, skip_serializing_if = #is_none)] #vis #ident: ::core::option::Option<#ty>)
        }
    });
    let applies = writable.iter().map(|field| {
        let name = &field.ident;
        let value = rescaled(field, quote!(value));
        quote! {
            if let ::core::option::Option::Some(value) = self.#name {
                row.#name = #value;
            }
        }
    });
    let touched: Vec<&Field> = model
        .fields
        .iter()
        .filter(|field| field.on_update_now)
        .collect();
    let stamps = touched.iter().map(|field| {
        let name = &field.ident;
        let value = wrap_nullable(field, quote!(now));
        quote!(row.#name = #value;)
    });
    let row = if writable.is_empty() && touched.is_empty() {
        format_ident!("_row")
    } else {
        format_ident!("row")
    };
    let now = if touched.is_empty() {
        format_ident!("_now")
    } else {
        format_ident!("now")
    };
    let passes = passes_fn(model, true, paths);
    let typed_checks = typed_checks(model, Field::patchable, paths);
    let register = register_typed(model, paths);
    quote! {
        #doc
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::default::Default, #private::serde::Serialize, #private::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename_all = "camelCase", deny_unknown_fields)]
        #vis struct #patch_ident {
            #(#fields,)*
        }

        #[automatically_derived]
        impl #private::PatchRecord for #patch_ident {
            type Model = #ident;

            fn apply(self, #row: &mut #ident, #now: #private::Timestamp) {
                #(#applies)*
                #(#stamps)*
            }
        }

        #[automatically_derived]
        impl #private::Input for #patch_ident {
            fn check(value: &#private::JsonValue, issues: &mut ::std::vec::Vec<#private::Issue>) {
                #private::check_model_input(&<#ident as #private::Model>::META, #private::InputKind::Update, value, issues);
                #(#typed_checks)*
            }

            const DIRECT: bool = true;

            const INPUT_OF: ::core::option::Option<#private::InputOf> = ::core::option::Option::Some(#private::InputOf::Model { model: &<#ident as #private::Model>::META, kind: #private::InputKind::Update });

            #passes
        }

        #[automatically_derived]
        impl #private::ApiSchema for #patch_ident {
            fn schema(schemas: &mut #private::Schemas) -> #private::RefOr<#private::Schema> {
                #register
                #private::input_schema(&<#ident as #private::Model>::META, #private::InputKind::Update, schemas)
            }
        }
    }
}

fn field_meta(field: &Field, paths: &Paths) -> TokenStream {
    let private = paths.private();
    if field.auto_increment {
        return quote!(#private::FieldMeta::auto_id());
    }
    if field.primary_key && !field.writable() {
        return quote!(#private::FieldMeta::id());
    }
    let name = &field.column;
    let wire = &field.wire;
    let ty = match field.decimal {
        Some((precision, scale)) => {
            quote!(#private::FieldType::Decimal { precision: #precision, scale: #scale })
        }
        None => field_type(field.kind, field.enumeration.as_ref(), paths),
    };
    let mut meta = quote!(#private::FieldMeta::new(#name, #wire, #ty));
    if field.primary_key {
        meta = quote!(#meta.primary_key());
    }
    if field.nullable {
        meta = quote!(#meta.nullable());
    }
    if field.unique {
        meta = quote!(#meta.unique());
    }
    if let Some(sql) = &field.computed {
        meta = quote!(#meta.computed(#sql));
    } else if field.readonly {
        meta = quote!(#meta.readonly());
    }
    if let Some(default) = &field.default {
        let value = match default {
            Default::Bool(value) => quote!(Bool(#value)),
            Default::Int(value) => quote!(Int(#value)),
            Default::Float(value) => quote!(Float(#value)),
            Default::Text(value) | Default::Variant(_, value) => quote!(Text(#value)),
            Default::Now => quote!(Now),
        };
        meta = quote!(#meta.default(#private::DefaultValue::#value));
    }
    if let Some(reference) = &field.references {
        let model = reference.model.to_string();
        let table = &reference.table;
        let action = format_ident!(
            "{}",
            match reference.on_delete {
                OnDelete::Restrict => "Restrict",
                OnDelete::Cascade => "Cascade",
                OnDelete::SetNull => "SetNull",
            }
        );
        meta = match &reference.plugin {
            None => quote!(#meta.references(#model, #table, #private::OnDelete::#action)),
            // Another plugin's: its name and table come from its own metadata.
            Some(plugin) => {
                let target = &reference.model;
                quote!(#meta.references_model(&<#plugin::#target as #private::Model>::META, #private::OnDelete::#action))
            }
        };
    }
    if field.index {
        meta = quote!(#meta.index());
    }
    if field.on_update_now {
        meta = quote!(#meta.on_update_now());
    }
    if field.stamped {
        meta = quote!(#meta.stamped());
    }
    if field.path_segment {
        meta = quote!(#meta.path_segment());
    }
    if let Some(old) = &field.renamed_from {
        meta = quote!(#meta.renamed_from(#old));
    }
    if let Some(pattern) = &field.pattern {
        meta = quote!(#meta.pattern(#pattern));
    }
    if field.immutable {
        meta = quote!(#meta.immutable());
    }
    if let Some((min, max)) = field.list {
        let (min, max) = (option(min), option(max));
        meta = quote!(#meta.list(#min, #max));
    }
    meta = values::emit(meta, field.one_of.as_ref(), field.format, paths);
    if field.length != (None, None) {
        let (min, max) = (option(field.length.0), option(field.length.1));
        meta = quote!(#meta.length(#min, #max));
    }
    if field.range != (None, None) {
        let (min, max) = (option(field.range.0), option(field.range.1));
        meta = quote!(#meta.range(#min, #max));
    }
    if !field.doc.is_empty() {
        let doc = &field.doc;
        meta = quote!(#meta.doc(#doc));
    }
    meta
}

/// The runtime's `FieldType` of a field of this kind (`FieldType::Enum(<E as
/// Enumeration>::META)` for an enumeration's).
pub(crate) fn field_type(
    kind: Kind,
    enumeration: Option<&syn::Ident>,
    paths: &Paths,
) -> TokenStream {
    let private = paths.private();
    if let (Kind::Enum, Some(enumeration)) = (kind, enumeration) {
        return quote!(#private::FieldType::Enum(<#enumeration as #private::Enumeration>::META));
    }
    let variant = format_ident!(
        "{}",
        match kind {
            // A decimal's is a body's or a query's, which `#[body]` and `#[query]` refuse.
            Kind::Text | Kind::Enum | Kind::Decimal => "Text",
            Kind::Bool => "Bool",
            Kind::I32 => "I32",
            Kind::I64 => "I64",
            Kind::F64 => "F64",
            Kind::Timestamp => "Timestamp",
            Kind::Json => "Json",
        }
    );
    quote!(#private::FieldType::#variant)
}

pub(crate) fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

fn model_impls(model: &Model, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &model.ident;
    let name = ident.to_string();
    let table_name = &model.table_name;
    let plugin = &model.plugin;
    let table_module = &model.table_module;
    let doc = &model.doc;
    let new_ident = model.new_ident();
    let patch_ident = model.patch_ident();
    let fields = model.fields.iter().map(|field| field_meta(field, paths));
    let column_lists = |lists: &[Vec<syn::Ident>]| -> Vec<TokenStream> {
        lists
            .iter()
            .map(|columns| {
                let names = columns.iter().map(|ident| {
                    model
                        .fields
                        .iter()
                        .find(|field| field.ident == *ident)
                        .map_or_else(|| ident.to_string(), |field| field.column.clone())
                });
                quote!(&[#(#names),*])
            })
            .collect()
    };
    let indexes = column_lists(&model.indexes);
    let uniques = column_lists(&model.uniques);
    let columns = model.fields.iter().map(|field| {
        let column = &field.ident;
        let wire = &field.wire;
        quote!(#column: #wire)
    });
    let typed_fields = typed_fields_impl(model, paths);
    let register = register_typed(model, paths);
    // A model with a JSON column binds owned rows (`StoredJson`, from the field's value).
    let bind = if model.fields.iter().any(Field::json) {
        quote!(owned)
    } else {
        quote!(borrowed)
    };
    let key = if model.id().auto_increment {
        quote!(auto)
    } else {
        quote!(given)
    };
    let id_type = &model.id().ty;
    let (row_scope_meta, row_scope) = match &model.row_scope {
        Some(field) => {
            let name = field.to_string();
            (
                quote!(::core::option::Option::Some(#name)),
                quote!((#field)),
            )
        }
        None => (quote!(::core::option::Option::None), quote!(none)),
    };
    let references = model
        .fields
        .iter()
        .filter_map(|field| reference_check(field, paths));
    quote! {
        #[automatically_derived]
        impl #private::Model for #ident {
            const META: #private::ModelMeta = #private::ModelMeta {
                name: #name,
                plugin: #plugin,
                table: #table_name,
                doc: #doc,
                fields: &[#(#fields,)*],
                indexes: &[#(#indexes),*],
                uniques: &[#(#uniques),*],
                row_scope: #row_scope_meta,
            };
            type Id = #id_type;
            type New = #new_ident;
            type Patch = #patch_ident;
        }

        #(#references)*

        #[automatically_derived]
        impl #private::ApiSchema for #ident {
            fn schema(schemas: &mut #private::Schemas) -> #private::RefOr<#private::Schema> {
                #register
                #private::model_schema(&<Self as #private::Model>::META, schemas)
            }
        }

        #typed_fields

        #private::impl_crud!(#ident, #table_module, { #(#columns,)* }, #bind, #key, #row_scope);
    }
}

/// A field that `references` another plugin's model holds that model's id type (or an `Option`
/// of it): checked by the compiler, with the error on the field's type. (A reference within the
/// plugin is checked by `#[plugin]`, which sees both models.)
fn reference_check(field: &Field, paths: &Paths) -> Option<TokenStream> {
    let reference = field.references.as_ref()?;
    let plugin = reference.plugin.as_ref()?;
    let private = paths.private();
    let model = &reference.model;
    let target = quote!(#plugin::#model);
    let ty = &field.ty;
    Some(quote_spanned! {ty.span()=>
        const _: fn() = || #private::holds_key::<#ty, #target>();
    })
}
