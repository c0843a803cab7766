use btst_runtime::prelude::*;

#[plugin(name = "pages")]
mod pages {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Article {
        pub slug: String,
    }

    // Not async.
    #[sitemap]
    pub fn not_async(db: Db) -> ApiResult<Vec<SitemapEntry>> {
        let _ = db;
        Ok(Vec::new())
    }

    // More than the database.
    #[sitemap]
    pub async fn with_a_query(db: Db, limit: i64) -> ApiResult<Vec<SitemapEntry>> {
        let _ = (db, limit);
        Ok(Vec::new())
    }

    // Options.
    #[sitemap(priority = 1)]
    pub async fn with_options(db: Db) -> ApiResult<Vec<SitemapEntry>> {
        let _ = db;
        Ok(Vec::new())
    }
}

fn main() {}
