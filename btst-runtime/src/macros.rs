//! The attribute macros, documented where users find them.

pub use btst_macros::{endpoint, getter, model, plugin};
