//! `#[query(model = Model)]`: a struct of query parameters whose fields declare their filter,
//! its sort and its page. Inside a `#[plugin]` module the plugin expands it (the model's columns
//! are checked there); on its own it is an error that says so.

pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

/// `#[query]` outside a plugin: the struct, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("query", item)
}

pub(crate) use codegen::query as codegen;
pub(crate) use ir::Query;
