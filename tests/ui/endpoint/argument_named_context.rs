use btst_runtime::prelude::*;

#[plugin(name = "todos")]
mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(GET, "/todos/{context}")]
    pub async fn get_todo(db: Db, context: Path<String>) -> ApiResult<Todo> {
        db.find(context.into_inner()).await
    }
}

fn main() {}
