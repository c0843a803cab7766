use btst_runtime::prelude::*;

#[plugin(name = "todos")]
pub mod todos {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Todo(pub String, pub Timestamp);
}

fn main() {
    let _ = todos::plugin();
}
