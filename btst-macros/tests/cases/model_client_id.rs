//! `#[model(id = "client")]`: the create body carries the key (`NewTemplate.id`), which is
//! immutable (not in `TemplatePatch`), addresses a path (`path_segment`) and keeps its rules.

use btst_runtime::prelude::*;

#[plugin(name = "templates")]
pub mod templates {
    /// A template under a key its author chooses.
    #[model(id = "client")]
    pub struct Template {
        /// The key.
        #[field(length(min = 3, max = 40))]
        pub id: String,
        /// Its title.
        pub title: String,
    }
}
