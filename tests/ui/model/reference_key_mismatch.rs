use btst_runtime::prelude::*;

#[plugin(name = "ledger")]
pub mod ledger {
    use btst_runtime::prelude::*;

    /// Numbered by the database.
    #[model(id = "auto")]
    pub struct Entry {
        pub memo: String,
    }

    /// Keyed by a UUID.
    #[model]
    pub struct Account {
        pub name: String,
    }

    /// Each reference holds the other model's key type.
    #[model]
    pub struct Line {
        #[field(references = Entry)]
        pub entry_id: String,
        #[field(references = Account)]
        pub account_id: Option<i64>,
    }
}

fn main() {
    let _ = ledger::plugin();
}
