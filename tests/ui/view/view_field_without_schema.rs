use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// A type with no schema.
    #[derive(Debug, Clone, PartialEq, btst_runtime::serde::Serialize, btst_runtime::serde::Deserialize)]
    #[serde(crate = "btst_runtime::serde")]
    pub struct Secret(pub String);

    /// A view's field must have a schema (`ApiSchema`).
    #[view]
    pub struct Card {
        pub secret: Secret,
    }
}

fn main() {
    let _ = shop::plugin();
}
