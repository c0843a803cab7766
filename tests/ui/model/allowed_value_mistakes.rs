use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        #[field(one_of = ["ethereum", 1])]
        pub chain: String,
        #[field(one_of = [1, 2, 2])]
        pub tier: i32,
        #[field(one_of = [3000000000])]
        pub small: i32,
        #[field(one_of = [true])]
        pub active: bool,
        #[field(one_of = [])]
        pub nothing: String,
        #[field(one_of = ["hot", "cold"], default = "warm")]
        pub kind: String,
        #[field(one_of = "hot")]
        pub single: String,
    }
}

fn main() {
    let _ = wallets::plugin();
}
