use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    /// The shorthand names no field.
    #[body(shorthand = title)]
    pub struct Label {
        pub name: String,
    }

    /// The shorthand's string would leave `colour` out, which is required.
    #[body(shorthand = name)]
    pub struct Tag {
        pub name: String,
        pub colour: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
