use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(POST, "/todos", statu = 201)]
    pub async fn create_todo(db: Db, body: Json<NewTodo>) -> ApiResult<Todo> {
        db.create(body.into_inner()).await
    }
}

fn main() {
    let _ = todos::plugin();
}
