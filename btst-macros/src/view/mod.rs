//! `#[view]`: a response struct that includes models or other views (flattened) and adds
//! fields; its schema is generated. Inside a `#[plugin]` module the plugin expands it; on its own
//! it is an error that says so.

pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

/// `#[view]` outside a plugin: the struct, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("view", item)
}

pub(crate) use codegen::view as codegen;
pub(crate) use ir::View;
