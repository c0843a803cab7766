use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(GET, "/todos")]
    pub async fn list_todos(db: Db) -> ApiResult<Vec<Todo>> {
        db.list(ListOptions::new(Page { limit: 10, offset: 0 })).await
    }

    #[endpoint(GET, "/todos")]
    pub async fn all_todos(db: Db) -> ApiResult<Vec<Todo>> {
        db.list(ListOptions::new(Page { limit: 100, offset: 0 })).await
    }
}

fn main() {
    let _ = todos::plugin();
}
