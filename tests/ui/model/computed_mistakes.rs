use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Basket {
        pub owner: String,
        // No SQL.
        #[field(computed = " ")]
        pub item_count: i64,
        // A list is not computed in SQL.
        #[field(computed = "SELECT 1")]
        pub tags: Vec<String>,
        // Nothing stores or writes it.
        #[field(computed = "SELECT 1", default = 0)]
        pub total: i64,
        #[field(computed = "SELECT 1", index)]
        pub rank: i64,
    }
}

fn main() {
    let _ = shop::plugin();
}
