use btst_runtime::prelude::*;

#[plugin(name = "web")]
pub mod web {
    use btst_runtime::prelude::*;

    #[enumeration]
    pub enum Kind {
        HTTPServer,
        Worker,
    }
}

fn main() {
    let _ = web::plugin();
}
