//! A `#[view]`: a flattened model and fields of their own. The struct gets serde's derives
//! (`flatten` on the model) and an `ApiSchema` impl naming each field type's schema.

use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
    }

    /// An item and its stock.
    #[view]
    pub struct ItemWithStock {
        #[field(flatten)]
        pub item: Item,
        /// Units in the warehouse.
        pub stock: i64,
        /// Items bought with it.
        pub related: Vec<Item>,
    }
}
