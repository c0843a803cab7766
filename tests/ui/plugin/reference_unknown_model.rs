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
        #[field(references = Projet, on_delete = "cascade")]
        pub project_id: String,
    }
}

fn main() {
    let _ = tracker::plugin();
}
