use btst_runtime::prelude::*;

#[plugin(name = "cards")]
pub mod cards {
    // Not a name btst-rs maps onto.
    #[model(table = "card table")]
    pub struct Card {
        #[field(column = "1st")]
        pub first: String,
        pub title: String,
        // Two fields on one column.
        #[field(column = "title")]
        pub heading: String,
    }
}

fn main() {
    let _ = cards::plugin();
}
