use btst_runtime::prelude::*;

#[enumeration]
pub enum Status {
    Open,
    Done,
}

fn main() {
    let _ = Status::Open;
}
