use btst_runtime::prelude::*;

#[plugin(name = "seating")]
mod seating {
    #[model]
    pub struct Seat {
        pub table: String,
    }
}

fn main() {}
