use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        #[field(format = "url")]
        pub homepage: String,
        #[field(format = "ipv4")]
        pub address: String,
        #[field(format = "email")]
        pub count: i64,
        #[field(pattern = "(unclosed")]
        pub code: String,
    }
}

fn main() {
    let _ = wallets::plugin();
}
