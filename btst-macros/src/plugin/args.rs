//! Parse phase of `#[plugin]`: `name = "..."`, `depends_on = [..]`, `options = Type`, the
//! `envelope = "..."` of its answers and the `crate = "..."` override.

use darling::FromMeta;
use darling::ast::NestedMeta;

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
    /// The plugins it needs (`depends_on = [crate::users]`), as paths from inside its module.
    #[darling(default)]
    pub(crate) depends_on: PathArray,
    /// Its options' type (`options = CommentsOptions`), `Default` when the app gives none.
    pub(crate) options: Option<syn::Path>,
}

/// The error of an item of `depends_on` that is not a path.
fn not_a_module(item: &impl quote::ToTokens) -> darling::Error {
    darling::Error::custom("expected the path of a plugin module, such as `crate::users`")
        .with_span(item)
}

/// `[a, b::c]` (or `(a, b::c)`): a list of paths.
#[derive(Debug, Default)]
pub(crate) struct PathArray(pub(crate) Vec<syn::Path>);

impl FromMeta for PathArray {
    fn from_expr(expr: &syn::Expr) -> darling::Result<Self> {
        let syn::Expr::Array(array) = expr else {
            return Err(darling::Error::custom(
                "expected a list of plugin modules such as `[crate::users]`",
            )
            .with_span(expr));
        };
        let mut errors = darling::Error::accumulator();
        let paths = array
            .elems
            .iter()
            .filter_map(|element| match element {
                syn::Expr::Path(path) if path.qself.is_none() => Some(path.path.clone()),
                other => {
                    errors.push(not_a_module(other));
                    None
                }
            })
            .collect();
        errors.finish_with(Self(paths))
    }

    fn from_list(items: &[NestedMeta]) -> darling::Result<Self> {
        let mut errors = darling::Error::accumulator();
        let paths = items
            .iter()
            .filter_map(|item| match item {
                NestedMeta::Meta(syn::Meta::Path(path)) => Some(path.clone()),
                other => {
                    errors.push(not_a_module(other));
                    None
                }
            })
            .collect();
        errors.finish_with(Self(paths))
    }
}
