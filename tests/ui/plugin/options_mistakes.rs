use btst_runtime::prelude::*;

// No such type.
#[plugin(name = "first", options = CommentOptions)]
pub mod first {
    pub struct CommentsOptions {
        pub max_page_size: i64,
    }
}

// Options without a `Default`.
#[plugin(name = "second", options = SecondOptions)]
pub mod second {
    pub struct SecondOptions {
        pub max_page_size: i64,
    }
}

// Not a type.
#[plugin(name = "third", options = "ThirdOptions")]
pub mod third {}

fn main() {}
