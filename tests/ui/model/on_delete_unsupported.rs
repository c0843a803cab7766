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
        #[field(references = Project, on_delete = "nullify")]
        pub project_id: String,
        #[field(references = Project, on_delete = "set null")]
        pub moved_from: String,
        #[field(on_delete = "cascade")]
        pub parent: String,
    }
}

fn main() {
    let _ = tracker::plugin();
}
