//! `#[model(id = "auto")]`: the key is an `i64` the database numbers (`type Id = i64`,
//! `FieldMeta::auto_id()`), left out of inserts (`#[diesel(skip_insertion)]`) and read back
//! (`impl_crud!(.., auto)`); a reference to it is an `i64`, checked (`holds_key`).

use btst_runtime::prelude::*;

#[plugin(name = "ledger")]
pub mod ledger {
    /// An entry, numbered by the database.
    #[model(id = "auto")]
    pub struct Entry {
        /// What it is for.
        pub memo: String,
    }

    /// A line of an entry.
    #[model(id = "auto")]
    pub struct Line {
        /// Its entry.
        #[field(references = Entry, on_delete = "cascade")]
        pub entry_id: i64,
    }
}
