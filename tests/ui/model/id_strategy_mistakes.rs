use btst_runtime::prelude::*;

#[plugin(name = "templates")]
pub mod templates {
    use btst_runtime::prelude::*;

    /// A client key needs a bound on its length.
    #[model(id = "client")]
    pub struct Template {
        pub id: String,
        pub title: String,
    }

    /// A client key is declared.
    #[model(id = "client")]
    pub struct Draft {
        pub title: String,
    }

    /// No such strategy.
    #[model(id = "serial")]
    pub struct Note {
        pub title: String,
    }
}

fn main() {
    let _ = templates::plugin();
}
