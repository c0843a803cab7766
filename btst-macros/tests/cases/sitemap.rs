//! `#[sitemap]`: the plugin says it has a sitemap and returns its functions' entries, in
//! order, through the runtime's `sitemaps`.

use btst_runtime::prelude::*;

#[plugin(name = "pages")]
pub mod pages {
    use btst_runtime::prelude::*;

    /// The home page.
    #[sitemap]
    pub async fn home(db: Db) -> ApiResult<Vec<SitemapEntry>> {
        let _ = db;
        Ok(vec![SitemapEntry::new("/")])
    }

    /// The about page.
    #[sitemap]
    pub async fn about(db: Db) -> ApiResult<Vec<SitemapEntry>> {
        let _ = db;
        Ok(vec![SitemapEntry::new("/about").change_frequency(ChangeFrequency::Yearly)])
    }
}
