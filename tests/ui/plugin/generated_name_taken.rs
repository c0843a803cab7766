use btst_runtime::prelude::*;

#[plugin(name = "todos")]
mod todos {
    #[model]
    pub struct Todo {
        pub title: String,
    }

    pub struct NewTodo;
}

fn main() {}
