use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
    }

    /// `like` is no filter.
    #[query(model = Item)]
    pub struct ItemQuery {
        #[filter(like)]
        pub name: Option<String>,
    }
}

fn main() {
    let _ = shop::plugin();
}
