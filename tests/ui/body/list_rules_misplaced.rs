use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// `items(..)` on a value, a range on text items, and a pattern that does not compile.
    #[body]
    pub struct Order {
        #[field(items(length(max = 5)))]
        pub code: String,
        #[field(items(range(min = 1)))]
        pub words: Vec<String>,
        #[field(pattern = "(unclosed")]
        pub label: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
