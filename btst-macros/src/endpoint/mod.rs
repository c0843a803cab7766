//! `#[endpoint(METHOD, "/path")]`: an `async fn` served over HTTP. Inside a `#[plugin]` module
//! the plugin expands it (the hooks and routes are the plugin's); on its own it is an error that
//! says so.

pub(crate) mod args;
pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

pub(crate) use ir::Endpoint;

/// `#[endpoint]` outside a plugin: the function, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("endpoint", item)
}
