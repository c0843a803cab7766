use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
    }

    #[endpoint(GET, "/todos/{id}")]
    pub async fn get_todo(db: Db, id: Path<String>) -> String {
        let _ = db;
        id.into_inner()
    }
}

fn main() {
    let _ = todos::plugin();
}
