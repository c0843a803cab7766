use btst_runtime::prelude::*;

#[plugin(name = "todos")]
mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(PUT, "/todos/{id}")]
    pub async fn update_todo(db: Db, id: Path<String>, body: Json<TodoPatch>) -> ApiResult<Todo> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    #[endpoint(DELETE, "/todos/{todo_id}")]
    pub async fn delete_todo(db: Db, todo_id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Todo>(todo_id.into_inner()).await
    }
}

fn main() {}
