use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Wallet {
        #[field(rename = "type")]
        pub kind: String,
        /// Clashes with `kind`'s wire name.
        #[field(rename = "type")]
        pub category: String,
        /// Clashes with `owner_id`'s own wire name.
        #[field(rename = "ownerId")]
        pub owner: String,
        pub owner_id: String,
        #[field(rename = "")]
        pub empty: String,
        pub r#type: String,
    }
}

fn main() {
    let _ = wallets::plugin();
}
