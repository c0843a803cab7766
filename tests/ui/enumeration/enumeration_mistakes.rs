use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    use btst_runtime::prelude::*;

    #[enumeration]
    pub enum Status {
        Open,
        Blocked(String),
    }

    #[enumeration]
    pub enum Level {
        Low = 1,
        High,
    }

    #[enumeration(rename_all = "lowercase")]
    pub enum Priority {
        Low,
        High,
    }
}

fn main() {
    let _ = tracker::plugin();
}
