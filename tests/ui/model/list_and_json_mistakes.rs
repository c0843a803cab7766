use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        /// Item rules belong in `items(..)`.
        #[field(pattern = "^[a-z]+$")]
        pub tags: Vec<String>,
        /// `items(..)` on a single value.
        #[field(items(length(max = 3)))]
        pub name: String,
        /// A JSON document is no key.
        #[field(unique)]
        pub settings: JsonValue,
        /// Nor has it a default.
        #[field(default = 0)]
        pub scores: Vec<i64>,
        /// A list of any JSON is any JSON.
        pub documents: Vec<JsonValue>,
        /// No list of lists.
        pub matrix: Vec<Vec<i64>>,
    }
}

fn main() {
    let _ = wallets::plugin();
}
