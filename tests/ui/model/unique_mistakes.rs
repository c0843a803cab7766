use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model(unique(owner, chian), unique(owner), unique(owner, owner), unique(chain, owner), unique(chain, owner))]
    pub struct Wallet {
        pub owner: String,
        pub chain: String,
    }
}

fn main() {
    let _ = wallets::plugin();
}
