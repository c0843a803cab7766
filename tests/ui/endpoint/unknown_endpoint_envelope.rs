use btst_runtime::prelude::*;

#[plugin(name = "todos", envelope = "success")]
pub mod todos {
    use btst_runtime::prelude::*;

    /// Pings.
    #[endpoint(GET, "/ping", envelope = "bare")]
    pub async fn ping() -> ApiResult<bool> {
        Ok(true)
    }
}

fn main() {
    let _ = todos::plugin();
}
