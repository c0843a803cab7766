use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    use btst_runtime::prelude::*;

    #[enumeration]
    pub enum Priority {
        Low,
        Medium,
        High,
    }

    #[model]
    pub struct Task {
        pub title: String,
        #[field(default = Critical)]
        pub priority: Priority,
        #[field(default = "HIGH")]
        pub fallback: Priority,
    }
}

fn main() {
    let _ = tracker::plugin();
}
