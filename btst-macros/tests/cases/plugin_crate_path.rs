//! `crate = "btst"`: btst-runtime depended on under another name
//! (`btst = { package = "btst-runtime", .. }`); every emitted path starts from `btst`.

use btst::prelude::*;

#[plugin(name = "renamed", crate = "btst")]
pub mod renamed {
    /// An item.
    #[model]
    pub struct Item {
        /// Its name.
        pub name: String,
    }
}
