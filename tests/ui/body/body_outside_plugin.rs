use btst_runtime::prelude::*;

/// A body outside a plugin module.
#[body]
pub struct Order {
    pub code: String,
}

fn main() {}
