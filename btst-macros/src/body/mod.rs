//! `#[body]`: a struct declared as a request body, checked and documented from its fields'
//! `#[field]` rules (a model's vocabulary, plus lists, nested bodies and a flattened model
//! input). Inside a `#[plugin]` module the plugin expands it; on its own it is an error that
//! says so.

pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

/// `#[body]` outside a plugin: the struct, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("body", item)
}

pub(crate) use codegen::body as codegen;
pub(crate) use ir::Body;
