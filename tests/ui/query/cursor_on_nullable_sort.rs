use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Item {
        pub name: String,
        pub sold_at: Option<Timestamp>,
    }

    /// A cursor page sorted by a field that may be null.
    #[query(model = Item)]
    pub struct ItemPages {
        #[sort(name, sold_at, default = "name")]
        pub sort: Sort,
        pub page: CursorPage,
    }
}

fn main() {
    let _ = shop::plugin();
}
