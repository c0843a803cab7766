use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        pub name: String,
        pub tags: Vec<String>,
        pub settings: JsonValue,
    }

    #[query(model = Wallet)]
    pub struct WalletQuery {
        #[filter(eq)]
        pub tags: Option<String>,
        #[sort(settings, default = "settings")]
        pub sort: Sort,
    }
}

fn main() {
    let _ = wallets::plugin();
}
