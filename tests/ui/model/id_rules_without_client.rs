use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// The server sets `id`: rules on it would never be checked.
    #[model]
    pub struct Listing {
        #[field(length(max = 64), pattern = "^[a-z-]+$")]
        pub id: String,
        pub title: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
