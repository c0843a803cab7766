use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[getter]
    pub async fn greeting(name: String) -> ApiResult<String> {
        Ok(name)
    }
}

fn main() {
    let _ = todos::plugin();
}
