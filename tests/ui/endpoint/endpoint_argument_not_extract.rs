use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(GET, "/todos")]
    pub async fn list_todos(db: Db, team: String) -> ApiResult<Vec<Todo>> {
        let _ = team;
        db.list(ListOptions::new(Page::default())).await
    }
}

fn main() {
    let _ = todos::plugin();
}
