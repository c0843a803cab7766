use btst_runtime::prelude::*;

#[plugin(name = "todos", envelope = true)]
pub mod todos {
    use btst_runtime::prelude::*;

    /// Pings.
    #[endpoint(GET, "/ping")]
    pub async fn ping() -> ApiResult<bool> {
        Ok(true)
    }
}

fn main() {
    let _ = todos::plugin();
}
