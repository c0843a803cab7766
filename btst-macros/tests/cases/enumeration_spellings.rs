//! `#[enumeration(rename_all = "lowercase")]` and a variant's own `#[enumeration(rename = "..")]`:
//! the wire values (and so the stored values and their `CHECK`) are `pending`, `spam` and
//! `needs-review`.

use btst_runtime::prelude::*;

#[plugin(name = "moderation")]
pub mod moderation {
    /// How a comment is moderated.
    #[enumeration(rename_all = "lowercase")]
    pub enum Status {
        /// Not looked at.
        Pending,
        /// Hidden.
        Spam,
        /// Sent back.
        #[enumeration(rename = "needs-review")]
        NeedsReview,
    }

    /// A comment.
    #[model]
    pub struct Comment {
        /// Its text.
        pub body: String,
        /// Its status.
        #[field(default = Pending)]
        pub status: Status,
    }
}
