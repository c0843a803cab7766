use btst_runtime::prelude::*;

#[plugin()]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        pub title: String,
        pub created_at: Timestamp,
    }
}

fn main() {
    let _ = todos::plugin();
}
