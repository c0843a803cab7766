//! A `#[body]`: a flattened model input, a list of values with item rules, and a nested body
//! with a shorthand. The struct gets serde's derives (no `deny_unknown_fields`: it flattens), its
//! `BodyMeta` constant, `Input` through `check_body` (not direct: it flattens) and its schema.

use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        #[field(length(min = 1, max = 100))]
        pub name: String,
    }

    /// A label: `"red"` or `{"name": "red", "note": ..}`.
    #[body(shorthand = name)]
    pub struct Label {
        #[field(length(min = 1, max = 20))]
        pub name: String,
        pub note: Option<String>,
    }

    /// An item to create, with its codes and labels.
    #[body]
    pub struct CreateItem {
        #[field(flatten)]
        pub item: NewItem,
        /// One to three codes.
        #[field(length(min = 1, max = 3), items(pattern = "^[A-Z]{3}$"))]
        pub codes: Vec<String>,
        pub labels: Option<Vec<Label>>,
    }
}
