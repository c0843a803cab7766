use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    use btst_runtime::prelude::*;

    #[model(index(team, status), index(name))]
    pub struct Project {
        pub name: String,
        pub team_id: String,
        pub status: String,
    }
}

fn main() {
    let _ = tracker::plugin();
}
