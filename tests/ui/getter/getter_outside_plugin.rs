use btst_runtime::prelude::*;

#[getter]
pub async fn count(db: Db) -> ApiResult<i64> {
    let _ = db;
    Ok(0)
}

fn main() {
    let _ = count;
}
