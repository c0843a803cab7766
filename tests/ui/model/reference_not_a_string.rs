use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Project {
        pub name: String,
    }

    #[model]
    pub struct Task {
        pub title: String,
        #[field(references = Project)]
        pub project_id: bool,
    }
}

fn main() {
    let _ = tracker::plugin();
}
