//! The procedural macros of btst-rs. Use them through `btst-runtime`, which re-exports them with
//! their documentation; this crate's paths are not stable.
//!
//! Each macro lives in its own folder, in one direction: `args` (darling receivers) → `ir`
//! (validated, spans kept) → `codegen` (IR → tokens, infallible) → `mod::expand`. Shared:
//! `errors` (the accumulator), `paths` (the only place that spells a dependency path), `emit`.
//!
//! Every trait impl the macros emit carries `#[automatically_derived]`, as do those of the
//! runtime's `impl_crud!`, `impl_enumeration!` and `table!`; inherent impls do not.

mod body;
mod emit;
mod endpoint;
mod enumeration;
mod envelope;
mod errors;
mod getter;
mod model;
mod paths;
mod plugin;
mod query;
mod sitemap;
mod view;

use proc_macro::TokenStream;
use quote::quote;

/// See `btst_runtime::plugin`.
#[proc_macro_attribute]
pub fn plugin(args: TokenStream, item: TokenStream) -> TokenStream {
    plugin::expand(args.into(), &item.into()).into()
}

/// See `btst_runtime::model`.
#[proc_macro_attribute]
pub fn model(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    model::expand(&item.into()).into()
}

/// See `btst_runtime::body`.
#[proc_macro_attribute]
pub fn body(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    body::expand(&item.into()).into()
}

/// See `btst_runtime::query`.
#[proc_macro_attribute]
pub fn query(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    query::expand(&item.into()).into()
}

/// See `btst_runtime::view`.
#[proc_macro_attribute]
pub fn view(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    view::expand(&item.into()).into()
}

/// See `btst_runtime::endpoint`.
#[proc_macro_attribute]
pub fn endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    endpoint::expand(&item.into()).into()
}

/// See `btst_runtime::enumeration`.
#[proc_macro_attribute]
pub fn enumeration(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    enumeration::expand(&item.into()).into()
}

/// See `btst_runtime::getter`.
#[proc_macro_attribute]
pub fn getter(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    getter::expand(&item.into()).into()
}

/// See `btst_runtime::sitemap`.
#[proc_macro_attribute]
pub fn sitemap(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    sitemap::expand(&item.into()).into()
}

/// `#[name]` used outside a `#[plugin]` module: the item unchanged, and an error saying where
/// the attribute belongs.
fn outside_plugin(name: &str, item: &proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let message = format!(
        "`#[{name}]` only works inside a `#[plugin]` module\nhelp: put it in `#[plugin(name = \"...\")] mod ... {{ ... }}`, which expands it"
    );
    let span = match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Fn(function)) => function.sig.ident.span(),
        Ok(syn::Item::Struct(structure)) => structure.ident.span(),
        Ok(syn::Item::Enum(enumeration)) => enumeration.ident.span(),
        _ => proc_macro2::Span::call_site(),
    };
    let error = syn::Error::new(span, message).to_compile_error();
    quote!(#error #item)
}

#[cfg(test)]
mod snapshots;
