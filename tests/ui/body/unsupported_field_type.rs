use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// A body whose fields the runtime cannot check: a map, and a list of lists.
    #[body]
    pub struct Order {
        pub lines: std::collections::HashMap<String, i64>,
        pub grid: Vec<Vec<String>>,
        pub note: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
