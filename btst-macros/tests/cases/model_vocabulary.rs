//! The field vocabulary: a wire rename (`type`) and a column rename, `immutable` (in `NewWallet`,
//! not in `WalletPatch`), `one_of` and `format` on the `FieldMeta`, a composite `unique(..)`, a
//! list and a `JsonValue` bound through `StoredJson` (so the typed writes bind owned rows), and
//! `[ops]` on a numeric column for Diesel's arithmetic; a `Decimal` with its digits.

use btst_runtime::prelude::*;

#[plugin(name = "wallets")]
pub mod wallets {
    /// A wallet.
    #[model(unique(owner, chain))]
    pub struct Wallet {
        /// Set once.
        #[field(immutable, format = "email")]
        pub owner: String,
        /// One of two chains.
        #[field(one_of = ["ethereum", "polygon"])]
        pub chain: String,
        /// `type` in JSON.
        #[field(rename = "type", column = "wallet_type")]
        pub kind: String,
        /// Counted in SQL.
        pub uses: i64,
        /// Up to three tags.
        #[field(length(max = 3), items(length(max = 12)))]
        pub tags: Vec<String>,
        /// Any JSON.
        pub settings: Option<JsonValue>,
        /// An exact amount, rescaled to its two digits on create and update.
        #[field(decimal(precision = 20, scale = 2))]
        pub amount: Decimal,
    }
}
