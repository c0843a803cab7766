//! Generate phase of `#[enumeration]`: the enum with its Diesel derives, and the runtime impls
//! (`Enumeration`, serde as the wire string, `ApiSchema`, text `ToSql` / `FromSql`) through one
//! `impl_enumeration!` line. Infallible.

use proc_macro2::TokenStream;
use quote::quote;

use super::ir::Enumeration;
use crate::paths::Paths;

/// Everything `#[enumeration]` emits.
pub(crate) fn enumeration(enumeration: &Enumeration, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let Enumeration {
        ident,
        vis,
        attrs,
        doc,
        ..
    } = enumeration;
    let variants = enumeration
        .variants
        .iter()
        .map(|(variant, attrs, _)| quote!(#(#attrs)* #variant));
    let pairs = enumeration
        .variants
        .iter()
        .map(|(variant, _, value)| quote!(#variant = #value));
    quote! {
        #(#attrs)*
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            #private::diesel::AsExpression,
            #private::diesel::FromSqlRow,
        )]
        #[diesel(sql_type = #private::diesel::sql_types::Text)]
        #vis enum #ident {
            #(#variants,)*
        }

        #private::impl_enumeration!(#ident, #doc { #(#pairs),* });
    }
}
