use btst_runtime::prelude::*;

#[plugin(name = "shop")]
pub mod shop {
    use btst_runtime::prelude::*;

    #[model]
    pub struct Customer {
        pub name: String,
        #[field(references = Order)]
        pub last_order: Option<String>,
    }

    #[model]
    pub struct Order {
        #[field(references = Customer, on_delete = "cascade")]
        pub customer_id: String,
    }
}

fn main() {
    let _ = shop::plugin();
}
