//! The one place that spells a dependency path. Everything the macros emit goes through
//! `::btst_runtime::__private` (or the crate named by `#[plugin(crate = "...")]`), so a user crate
//! needs btst-runtime alone. The plugin module imports it once as `__btst` ([`Paths::alias`]),
//! and the items in it name `__btst::…`; code that lands in a nested module (a Diesel table's
//! column types) spells the whole path.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// The root of emitted paths.
#[derive(Clone)]
pub(crate) struct Paths {
    runtime: syn::Path,
}

impl Default for Paths {
    fn default() -> Self {
        Self {
            runtime: syn::parse_quote!(::btst_runtime),
        }
    }
}

impl Paths {
    /// Paths rooted at `runtime` (from `crate = "..."`).
    pub(crate) fn new(runtime: syn::Path) -> Self {
        Self { runtime }
    }

    /// `__btst`, the plugin module's name for `::btst_runtime::__private`.
    #[expect(
        clippy::unused_self,
        reason = "every codegen asks its `Paths`, whichever spelling it gives"
    )]
    pub(crate) fn private(&self) -> TokenStream {
        quote!(__btst)
    }

    /// `use ::btst_runtime::__private as __btst;`, at the top of the plugin module.
    pub(crate) fn alias(&self) -> TokenStream {
        let runtime = &self.runtime;
        quote! {
            #[allow(unused_imports)]
            use #runtime::__private as __btst;
        }
    }

    /// `::btst_runtime::__private` spelled whole, for code in a nested module.
    pub(crate) fn absolute(&self) -> TokenStream {
        let runtime = &self.runtime;
        quote!(#runtime::__private)
    }

    /// The serde crate path as a string, for `#[serde(crate = "...")]`.
    pub(crate) fn serde_crate(&self) -> String {
        self.private_str("serde")
    }

    /// `::btst_runtime::__private::<name>` as a string, for `#[serde(deserialize_with = "...")]`.
    pub(crate) fn private_str(&self, name: &str) -> String {
        format!("{}::__private::{name}", self.runtime.to_token_stream()).replace(' ', "")
    }
}
