use btst_runtime::prelude::*;

#[plugin(name = "desks")]
pub mod desks {
    use btst_runtime::prelude::*;

    // No such field.
    #[model(row_scope = team)]
    pub struct Ticket {
        pub subject: String,
        pub team_id: String,
    }

    // Not a `String`.
    #[model(row_scope = team_id)]
    pub struct Queue {
        pub name: String,
        pub team_id: Option<String>,
    }

    // The runtime sets it: no `stamped` or `default`.
    #[model(row_scope = team_id)]
    pub struct Shelf {
        pub name: String,
        #[field(stamped)]
        pub team_id: String,
    }

    // A path, not a field's name.
    #[model(row_scope = crate::team_id)]
    pub struct Board {
        pub name: String,
        pub team_id: String,
    }
}

fn main() {
    let _ = desks::plugin();
}
