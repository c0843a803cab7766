//! `#[model]`: a struct that becomes a table, its inputs and its schemas. Inside a `#[plugin]`
//! module the plugin expands it (the table name needs the plugin's name); on its own it is an
//! error that says so.

pub(crate) mod args;
pub(crate) mod codegen;
pub(crate) mod ir;
pub(crate) mod values;

use proc_macro2::TokenStream;

/// `#[model]` outside a plugin: the struct, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("model", item)
}

pub(crate) use codegen::model as codegen;
pub(crate) use ir::Model;
