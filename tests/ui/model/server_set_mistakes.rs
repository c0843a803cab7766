use btst_runtime::prelude::*;

#[plugin(name = "tracker")]
pub mod tracker {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Task {
        pub title: String,
        #[field(on_update = now)]
        pub touched: String,
        #[field(on_update = 5)]
        pub revised_at: Timestamp,
        #[field(on_update = now)]
        pub changed_at: Timestamp,
        #[field(stamped)]
        pub stamped_at: Timestamp,
        #[field(stamped, default = "x")]
        pub team_id: String,
    }
}

fn main() {
    let _ = tracker::plugin();
}
