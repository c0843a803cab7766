use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
    }

    /// No model named, a sort without a default, a parameter type the runtime cannot parse,
    /// `one_of` on a single value, and a page larger than its maximum.
    #[query]
    pub struct NoModel {
        pub name: Option<String>,
    }

    #[query(model = Item)]
    pub struct ItemQuery {
        #[sort(name)]
        pub sort: Sort,
        pub tags: Option<std::collections::HashMap<String, String>>,
        #[filter(one_of = name)]
        pub name: Option<String>,
        #[page(default = 500, max = 100)]
        pub page: Page,
    }
}

fn main() {
    let _ = shop::plugin();
}
