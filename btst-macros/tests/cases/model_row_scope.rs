//! `#[model(row_scope = team_id)]`: the field the runtime fills with the request's scope value.
//! It is in neither `NewNote` nor `NotePatch`; the `Crud` impl reads and writes it
//! (`row_scope`, `set_row_scope`), filters `count` and `list` by it, and `Note::rows(&db)`
//! starts a query of one's own from the rows of the handle's scope.

use btst_runtime::prelude::*;

#[plugin(name = "notes")]
pub mod notes {
    /// A note of a team.
    #[model(row_scope = team_id)]
    pub struct Note {
        /// What it says.
        pub text: String,
        /// The team that owns it.
        pub team_id: String,
    }
}
