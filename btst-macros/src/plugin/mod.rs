//! `#[plugin(name = "...")]`: an inline module whose models, endpoints and getters become one
//! plugin. The plugin macro expands the whole module (the inner attributes never run on their
//! own): it builds the IR of every item, checks them together, and emits the module.

pub(crate) mod args;
pub(crate) mod client;
pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;
use quote::quote;

use crate::errors::Errors;

/// The expansion of `#[plugin(args)] item`.
pub(crate) fn expand(args: TokenStream, item: &TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let Ok(module) = syn::parse2::<syn::ItemMod>(item.clone()) else {
        errors.at_span(
            proc_macro2::Span::call_site(),
            "`#[plugin]` goes on an inline module\nhelp: write `#[plugin(name = \"todos\")] pub mod todos { ... }`",
        );
        let compile_errors = errors.to_compile_errors();
        return quote!(#compile_errors #item);
    };
    let plugin = ir::Plugin::parse(args, module, &mut errors);
    let module = codegen::module(&plugin);
    let compile_errors = errors.to_compile_errors();
    quote!(#compile_errors #module)
}
