use btst_runtime::prelude::*;

#[plugin(name = "web")]
pub mod web {
    use btst_runtime::prelude::*;

    #[enumeration]
    #[expect(non_camel_case_types, reason = "the mistake under test")]
    pub enum Kind {
        Foo_bar,
        Worker,
    }
}

fn main() {
    let _ = web::plugin();
}
