use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[getter]
    pub fn count(db: Db) -> ApiResult<i64> {
        let _ = db;
        Ok(0)
    }
}

fn main() {
    let _ = todos::plugin();
}
