//! A write endpoint with a path parameter: `id: Path<String>` for `{id}`, the `after_*_committed`
//! hook of a write.

use btst_runtime::prelude::*;

#[plugin(name = "items")]
pub mod items {
    use btst_runtime::prelude::*;

    /// Archives an item.
    #[endpoint(POST, "/items/{id}/archive")]
    pub async fn archive_item(db: Db, id: Path<String>) -> ApiResult<String> {
        let _ = db;
        Ok(id.into_inner())
    }
}
