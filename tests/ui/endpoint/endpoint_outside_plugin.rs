use btst_runtime::prelude::*;

#[endpoint(GET, "/ping")]
pub async fn ping(db: Db) -> ApiResult<Deleted> {
    let _ = db;
    Err(ApiError::not_found("ping"))
}

fn main() {
    let _ = ping;
}
