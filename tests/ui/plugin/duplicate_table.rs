use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct TodoItem {
        pub title: String,
        pub created_at: Timestamp,
    }

    #[model]
    #[allow(non_camel_case_types)]
    pub struct Todo_Item {
        pub title: String,
        pub created_at: Timestamp,
    }
}

fn main() {
    let _ = todos::plugin();
}
