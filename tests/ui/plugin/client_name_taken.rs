use btst_runtime::prelude::*;

// `Client` is reserved in every plugin module, with or without the feature `client`, so that
// turning the feature on never breaks a crate.
#[plugin(name = "todos")]
mod todos {
    #[model]
    pub struct Todo {
        pub title: String,
    }

    pub struct Client;
}

fn main() {}
