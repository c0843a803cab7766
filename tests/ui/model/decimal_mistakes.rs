use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        /// Its digits are not declared.
        pub balance: Decimal,
        #[field(decimal(precision = 0, scale = 0))]
        pub none: Decimal,
        #[field(decimal(precision = 4, scale = 6))]
        pub inverted: Decimal,
        #[field(decimal(precision = 10))]
        pub half: Decimal,
        #[field(decimal(precision = 10, scale = 2))]
        pub count: i64,
    }
}

fn main() {
    let _ = wallets::plugin();
}
