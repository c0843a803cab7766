//! A `#[query]` paged by cursor: `list` reads one row more than the limit after the cursor's
//! key (its sort value, then its id) and answers a `CursorList` whose `next` encodes the last
//! row's key.

use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
    }

    /// The items, a page at a time.
    #[query(model = Item)]
    pub struct ItemPages {
        /// The order.
        #[sort(created_at, name, default = "-created_at")]
        pub sort: Sort,
        /// The page.
        pub page: CursorPage,
    }
}
