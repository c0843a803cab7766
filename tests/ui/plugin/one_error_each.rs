//! Each mistake is reported once: what names an item with errors of its own (a unique
//! constraint naming a failed field, a reference or a query naming a failed model, a field
//! whose type is a failed enumeration) adds no error of its own.
use btst_runtime::prelude::*;

#[plugin(name = "market")]
pub mod market {
    use btst_runtime::prelude::*;

    #[enumeration(rename_all = "lower")]
    pub enum Chain {
        Ethereum,
    }

    #[model(unique(owner, chain))]
    pub struct Wallet {
        #[field(immutable, readonly, default = "x")]
        pub owner: String,
        pub chain: Chain,
    }

    #[model]
    pub struct Listing {
        #[field(references = Wallet)]
        pub wallet_id: String,
        pub title: String,
    }

    #[query(model = Wallet)]
    pub struct WalletQuery {
        #[filter(eq)]
        pub owner: Option<String>,
    }
}

fn main() {
    let _ = market::plugin();
}
