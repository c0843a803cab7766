use btst_runtime::prelude::*;

#[plugin(name = "notes")]
pub mod notes {
    use btst_runtime::prelude::*;

    // `Identity` is an argument of its own, not inside `Json`.
    #[endpoint(POST, "/notes")]
    pub async fn create_note(caller: Json<Identity>) -> ApiResult<String> {
        Ok(caller.into_inner().subject)
    }

    // A flag takes no value.
    #[endpoint(DELETE, "/notes/{id}", deny_by_default = "yes")]
    pub async fn delete_note(id: Path<String>) -> ApiResult<String> {
        Ok(id.into_inner())
    }
}

fn main() {}
