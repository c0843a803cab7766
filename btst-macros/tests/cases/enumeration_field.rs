//! An `#[enumeration]` and a model field of its type: a `Text` column, `FieldType::Enum` in the
//! model's metadata.

use btst_runtime::prelude::*;

#[plugin(name = "tickets")]
pub mod tickets {
    /// Where a ticket stands.
    #[enumeration]
    pub enum Status {
        Open,
        InProgress,
        Closed,
    }

    /// A ticket.
    #[model]
    pub struct Ticket {
        /// Where it stands.
        pub status: Status,
    }
}
