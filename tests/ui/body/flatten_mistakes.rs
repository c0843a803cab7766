use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
    }

    /// `flatten` on something that is not a model's input, then twice.
    #[body]
    pub struct Order {
        #[field(flatten)]
        pub item: Item,
        #[field(flatten)]
        pub first: NewItem,
        #[field(flatten)]
        pub second: ItemPatch,
    }
}

fn main() {
    let _ = shop::plugin();
}
