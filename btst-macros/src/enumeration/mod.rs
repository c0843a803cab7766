//! `#[enumeration]`: a fieldless enum a model field can have as its type (`status: TaskStatus`).
//! Stored as text (portable across backends, readable in the database), a closed set on the wire
//! and in the OpenAPI document. Inside a `#[plugin]` module the plugin expands it; on its own it
//! is an error that says so.

pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

/// `#[enumeration]` outside a plugin: the enum, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("enumeration", item)
}

pub(crate) use codegen::enumeration as codegen;
pub(crate) use ir::Enumeration;
