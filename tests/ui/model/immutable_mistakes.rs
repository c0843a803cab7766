use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        #[field(immutable, readonly, default = "x")]
        pub owner: String,
        #[field(immutable, stamped)]
        pub team_id: String,
        pub name: String,
    }
}

fn main() {
    let _ = wallets::plugin();
}
