//! `#[sitemap]`: an `async fn(db: Db) -> ApiResult<Vec<SitemapEntry>>` of the plugin that lists
//! its public pages for the Stack's `/sitemap.xml` (BTST's client plugins declare `sitemap`
//! entries). Outside a plugin it is an error.

pub(crate) mod ir;

use proc_macro2::TokenStream;

pub(crate) use ir::Sitemap;

/// `#[sitemap]` outside a plugin: the function, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("sitemap", item)
}
