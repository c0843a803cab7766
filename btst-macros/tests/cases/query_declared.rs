//! A `#[query]`: each filter kind, a sort and a page. Generates the struct with `Serialize`
//! (a `one_of` list joined by commas), `Default`, `QueryParams` (every parameter read, then
//! `finish`), `filter` (Diesel on the model's table), `list` and `ListQuery`.

use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[enumeration]
    pub enum Stock {
        InStock,
        SoldOut,
    }

    #[model]
    pub struct Item {
        pub name: String,
        pub note: Option<String>,
        pub price: i64,
        pub stock: Stock,
    }

    /// The items' parameters.
    #[query(model = Item)]
    pub struct ItemQuery {
        /// Items named so.
        #[filter(eq)]
        pub name: Option<String>,
        /// Items in these states.
        #[filter(one_of = stock)]
        pub stock: Option<Vec<Stock>>,
        /// The lowest price.
        #[filter(from = price)]
        pub min_price: Option<i64>,
        /// The highest price.
        #[filter(to = price)]
        pub max_price: Option<i64>,
        /// Items without a note.
        #[filter(null = note)]
        pub no_note: Option<bool>,
        /// Items whose name or note contains this.
        #[filter(contains(name, note))]
        pub q: Option<String>,
        /// The order.
        #[sort(name, price, default = "-price")]
        pub sort: Sort,
        /// The page.
        #[page(default = 10, max = 50)]
        pub page: Page,
    }
}
