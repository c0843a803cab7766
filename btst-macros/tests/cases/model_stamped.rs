//! `#[field(stamped)]`: set by the endpoint through `Db::create_with`, never by the client, so it
//! is in neither `NewNote` nor `NotePatch` and starts from its type's empty value.

use btst_runtime::prelude::*;

#[plugin(name = "notes")]
pub mod notes {
    /// A note of a team.
    #[model]
    pub struct Note {
        /// What it says.
        pub text: String,
        /// The team that owns it.
        #[field(stamped)]
        pub team_id: String,
    }
}
