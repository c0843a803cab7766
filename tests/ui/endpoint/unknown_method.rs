use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(FETCH, "/todos/{id}")]
    pub async fn get_todo(db: Db, id: Path<String>) -> ApiResult<Todo> {
        db.find::<Todo>(id.into_inner()).await
    }
}

fn main() {
    let _ = todos::plugin();
}
