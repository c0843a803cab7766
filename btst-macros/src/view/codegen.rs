//! Generate phase of `#[view]`: the struct with serde's derives (camelCase, flattened fields)
//! and `impl ApiSchema` (the flattened schemas and its own properties). Infallible.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::ir::View;
use crate::paths::Paths;

/// Everything `#[view]` emits for one view.
pub(crate) fn view(view: &View, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let View {
        ident, vis, attrs, ..
    } = view;
    let fields = view.fields.iter().map(|field| {
        let (name, vis, attrs, ty) = (&field.ident, &field.vis, &field.attrs, &field.ty);
        let flatten = field.flatten.then(|| quote!(#[serde(flatten)]));
        let rename = crate::model::values::serde_rename(name, &field.wire);
        quote!(#(#attrs)* #flatten #rename #vis #name: #ty)
    });
    let schema_of =
        |ty: &syn::Type| quote_spanned!(ty.span()=> <#ty as #private::ApiSchema>::schema);
    let bases = view
        .fields
        .iter()
        .filter(|field| field.flatten)
        .map(|field| schema_of(&field.ty));
    let properties = view
        .fields
        .iter()
        .filter(|field| !field.flatten)
        .map(|field| {
            let (wire, doc, schema) = (&field.wire, &field.doc, schema_of(&field.ty));
            match &field.one_of {
                // A closure without captures is a `SchemaFn`.
                Some(one_of) => {
                    let values = crate::model::values::one_of_tokens(one_of, paths);
                    quote!((#wire, #doc, |schemas| #private::with_one_of(#schema(schemas), #values)))
                }
                None => quote!((#wire, #doc, #schema)),
            }
        });
    let name = ident.to_string();
    let doc = &view.doc;
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, #private::serde::Serialize, #private::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename_all = "camelCase")]
        #vis struct #ident {
            #(#fields,)*
        }

        #[automatically_derived]
        impl #private::ApiSchema for #ident {
            fn schema(schemas: &mut #private::Schemas) -> #private::RefOr<#private::Schema> {
                #private::view_schema(schemas, #name, #doc, &[#(#bases),*], &[#(#properties),*])
            }
        }
    }
}
