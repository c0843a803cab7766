use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
        pub price: i64,
        pub listed: bool,
    }

    /// A parameter whose type is not its column's, a null filter on a column that is never
    /// null, and a range over a boolean.
    #[query(model = Item)]
    pub struct ItemQuery {
        #[filter(eq = price)]
        pub price: Option<String>,
        #[filter(null = name)]
        pub unnamed: Option<bool>,
        #[filter(from = listed)]
        pub listed: Option<bool>,
    }
}

fn main() {
    let _ = shop::plugin();
}
