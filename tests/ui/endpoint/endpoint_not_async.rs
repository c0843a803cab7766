use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(GET, "/todos/{id}")]
    pub fn get_todo(db: Db, id: Path<String>) -> ApiResult<Todo> {
        let _ = (db, id);
        Err(ApiError::not_found("todo"))
    }
}

fn main() {
    let _ = todos::plugin();
}
