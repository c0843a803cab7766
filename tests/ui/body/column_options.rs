use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// A body with a model's column options, which it cannot take.
    #[body]
    pub struct Order {
        #[field(unique, default = "x")]
        pub code: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
