//! `#[getter(name = "...")]`: the `RawApi` and `GuardedApi` methods are named `greeting`, the
//! function and its hook `before_greet`.

use btst_runtime::prelude::*;

#[plugin(name = "greetings")]
pub mod greetings {
    use btst_runtime::prelude::*;

    /// Greets `name`.
    #[getter(name = "greeting")]
    pub async fn greet(db: Db, name: String) -> ApiResult<String> {
        let _ = db;
        Ok(format!("Hello, {name}!"))
    }
}
