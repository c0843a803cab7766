//! Parse phase of `#[plugin]`: `name = "..."`, the `envelope = "..."` of its answers and the
//! `crate = "..."` override.

use darling::FromMeta;

/// `#[plugin(name = "todos")]`.
#[derive(Debug, FromMeta)]
pub(crate) struct PluginArgs {
    /// The plugin's name: table prefix, OpenAPI tag.
    pub(crate) name: syn::LitStr,
    /// How its endpoints' answers are wrapped (`"success"` or `"none"`).
    pub(crate) envelope: Option<syn::Lit>,
    /// Where btst-runtime is, for a renamed dependency (`crate = "::my_runtime"`).
    #[darling(rename = "crate")]
    pub(crate) krate: Option<syn::Path>,
}
