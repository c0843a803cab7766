use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
        pub price: i64,
    }

    /// A filter and a sort on fields the model does not have.
    #[query(model = Item)]
    pub struct ItemQuery {
        #[filter(eq = titel)]
        pub title: Option<String>,
        #[filter(contains(name, description))]
        pub q: Option<String>,
        #[sort(name, cost, default = "name")]
        pub sort: Sort,
    }
}

fn main() {
    let _ = shop::plugin();
}
