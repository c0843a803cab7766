//! `#[plugin(depends_on = [..], options = Type)]` and a reference to another plugin's model:
//! `Plugin::NAME`, `depends_on()` from the dependency's `NAME`, the options field, method and
//! registration, and the foreign key from the referenced model's `META` with Diesel's join to
//! its table through a `use` alias.

use btst_runtime::prelude::*;

#[plugin(name = "community", depends_on = [crate::users], options = CommunityOptions)]
pub mod community {
    /// What the app configures.
    #[derive(Default)]
    pub struct CommunityOptions {
        /// The most profiles a list answers.
        pub max_page_size: i64,
    }

    /// A user's profile.
    #[model]
    pub struct Profile {
        /// Whose profile it is.
        #[field(references = crate::users::User, on_delete = "cascade")]
        pub user_id: String,
    }
}
