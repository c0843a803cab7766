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

    /// A numbered key is an `i64`.
    #[model(id = "auto")]
    pub struct Counter {
        pub id: String,
        pub title: String,
    }

    /// The database numbers it: no rules.
    #[model(id = "auto")]
    pub struct Ticket {
        #[field(range(min = 1))]
        pub id: i64,
        pub title: String,
    }

    /// An `i64` key without `id = "auto"`.
    #[model]
    pub struct Invoice {
        pub id: i64,
        pub title: String,
    }

    /// A model whose only mistake is in its key still expands: this endpoint reports nothing.
    #[endpoint(POST, "/counters", status = 201)]
    pub async fn create_counter(db: Db, body: Json<NewCounter>) -> ApiResult<Counter> {
        db.create(body.into_inner()).await
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
