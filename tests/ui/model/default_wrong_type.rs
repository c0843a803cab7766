use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo {
        #[field(default = "no")]
        pub completed: bool,
        pub created_at: Timestamp,
    }
}

fn main() {
    let _ = todos::plugin();
}
