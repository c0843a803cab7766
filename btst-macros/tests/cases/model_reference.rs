//! `#[field(references = Project)]`: a foreign key to the project's `id`, Diesel's `joinable!`
//! and `allow_tables_to_appear_in_same_query!` for the two tables.

use btst_runtime::prelude::*;

#[plugin(name = "projects")]
pub mod projects {
    /// A project.
    #[model]
    pub struct Project {
        /// Its name.
        pub name: String,
    }

    /// A task of a project.
    #[model]
    pub struct Task {
        /// The project it belongs to.
        #[field(references = Project)]
        pub project_id: String,
    }
}
