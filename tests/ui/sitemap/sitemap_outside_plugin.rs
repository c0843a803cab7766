use btst_runtime::prelude::*;

#[sitemap]
pub async fn pages(db: Db) -> ApiResult<Vec<SitemapEntry>> {
    let _ = db;
    Ok(Vec::new())
}

fn main() {}
