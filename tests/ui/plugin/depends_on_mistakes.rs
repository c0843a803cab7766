use btst_runtime::prelude::*;

pub mod helpers {}

// Not a list of paths.
#[plugin(name = "first", depends_on = "users")]
pub mod first {}

// A string among the paths.
#[plugin(name = "second", depends_on = [crate::helpers, "users"])]
pub mod second {}

// A module that is not a plugin.
#[plugin(name = "third", depends_on = [crate::helpers])]
pub mod third {}

// No such module.
#[plugin(name = "fourth", depends_on = [crate::nowhere])]
pub mod fourth {}

fn main() {}
