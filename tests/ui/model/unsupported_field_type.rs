use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
        pub tags: std::collections::HashMap<String, String>,
        pub created_at: Timestamp,
    }
}

fn main() {
    let _ = todos::plugin();
}
