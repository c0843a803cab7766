use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
    }

    /// A view's field with a rule: views are answers, not checked.
    #[view]
    pub struct ItemWithStock {
        #[field(flatten)]
        pub item: Item,
        #[field(range(min = 0))]
        pub stock: i64,
    }
}

fn main() {
    let _ = shop::plugin();
}
