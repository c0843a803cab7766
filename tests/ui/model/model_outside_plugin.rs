use btst_runtime::prelude::*;

#[model]
pub struct Todo {
    pub title: String,
}

fn main() {
    let todo = Todo { title: String::new() };
    let _ = todo.title;
}
