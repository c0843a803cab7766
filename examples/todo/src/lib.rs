//! BTST's Todo plugin on btst-rs, field for field and route for route.
//!
//! `cargo run -p todo-example` serves it under `/api/data` on a SQLite file; browse
//! <http://127.0.0.1:8080/docs>.

use btst_runtime::prelude::*;

/// Todos: a list of things to do.
#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    /// Something to do.
    #[model]
    pub struct Todo {
        /// What to do.
        #[field(length(min = 1, max = 200))]
        pub title: String,
        /// Whether it is done.
        #[field(default = false)]
        pub completed: bool,
        /// When it was created.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
    }

    /// All todos, newest first.
    #[endpoint(GET, "/todos")]
    pub async fn list_todos(db: Db, page: Query<Page>) -> ApiResult<Vec<Todo>> {
        db.list(ListOptions::new(page.into_inner()).sort(Sort::desc("createdAt")))
            .await
    }

    /// Creates a todo.
    #[endpoint(POST, "/todos", status = 201)]
    pub async fn create_todo(db: Db, body: Json<NewTodo>) -> ApiResult<Todo> {
        db.create(body.into_inner()).await
    }

    /// Changes a todo's title or completion.
    #[endpoint(PUT, "/todos/{id}")]
    pub async fn update_todo(db: Db, id: Path<String>, body: Json<TodoPatch>) -> ApiResult<Todo> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes a todo.
    #[endpoint(DELETE, "/todos/{id}")]
    pub async fn delete_todo(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Todo>(id.into_inner()).await
    }

    /// Every todo, newest first, up to [`MAX_LIST`](crate::MAX_LIST) (bypasses hooks).
    #[getter(name = "list_todos")]
    pub async fn list_all_todos(db: Db) -> ApiResult<Vec<Todo>> {
        db.list(
            ListOptions::new(Page {
                limit: crate::MAX_LIST,
                offset: 0,
            })
            .sort(Sort::desc("createdAt")),
        )
        .await
    }

    /// One todo by id, or `None` (bypasses hooks).
    #[getter]
    pub async fn get_todo_by_id(db: Db, id: String) -> ApiResult<Option<Todo>> {
        db.get(id).await
    }
}

/// The most todos the `list_all_todos` getter returns.
pub const MAX_LIST: i64 = 1000;

/// The Todo stack: the `todos` plugin under `/api/data`.
pub fn stack() -> Stack {
    Stack::new()
        .info("Todo example", env!("CARGO_PKG_VERSION"))
        .base_path("/api/data")
        .plugin(todos::plugin())
}
