use btst_runtime::prelude::*;

#[plugin(name = "todos")]
mod todos {
    #[model]
    pub struct Todo {}
}

fn main() {}
