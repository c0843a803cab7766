use btst_runtime::prelude::*;

#[plugin(name = "cards")]
pub mod cards {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Card {
        // Not a column name.
        #[field(renamed_from = "Note Text")]
        pub remark: Option<String>,
        // Renamed from itself.
        #[field(renamed_from = "stage")]
        pub stage: String,
        pub title: String,
        // From a field that is still there.
        #[field(renamed_from = "title")]
        pub heading: String,
        // Two fields from one column.
        #[field(renamed_from = "body")]
        pub text: Option<String>,
        #[field(renamed_from = "body")]
        pub content: Option<String>,
    }
}

fn main() {
    let _ = cards::plugin();
}
