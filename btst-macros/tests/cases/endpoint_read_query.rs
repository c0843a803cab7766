//! A read endpoint with a query string: `page: Query<Page>`, no `after_*_committed` hook.

use btst_runtime::prelude::*;

#[plugin(name = "pages")]
pub mod pages {
    use btst_runtime::prelude::*;

    /// The requested page's offset.
    #[endpoint(GET, "/offset")]
    pub async fn offset(page: Query<Page>) -> ApiResult<i64> {
        Ok(page.into_inner().offset)
    }
}
