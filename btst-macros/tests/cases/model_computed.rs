//! `#[field(computed = "SQL")]`: no column. The table module gets an expression named like the
//! field (`project::task_count`), which the row selects (`select_expression`) and queries filter
//! and sort by as a column; inserts and updates skip it (`skip_insertion`, `skip_update`), and it
//! is in neither `NewProject` nor `ProjectPatch`.

use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    /// A project.
    #[model]
    pub struct Project {
        /// Its name.
        pub name: String,
        /// How many tasks it has.
        #[field(computed = "SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id")]
        pub task_count: i64,
    }

    /// A task.
    #[model]
    pub struct Task {
        /// What to do.
        pub title: String,
        /// Its project.
        #[field(references = Project, on_delete = "cascade")]
        pub project_id: String,
    }
}
