use btst_runtime::prelude::*;

#[plugin(name = "users")]
pub mod users {
    use btst_runtime::prelude::*;

    #[model]
    pub struct User {
        pub handle: String,
    }
}

#[plugin(name = "teams")]
pub mod teams {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Team {
        pub name: String,
    }
}

// References `users`, but depends on `teams` only.
#[plugin(name = "community", depends_on = [crate::teams])]
pub mod community {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Profile {
        #[field(references = crate::users::User, on_delete = "cascade")]
        pub user_id: String,
    }
}

fn main() {
    let _ = community::plugin();
}
