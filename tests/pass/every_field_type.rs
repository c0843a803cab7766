//! Every field type and option, every argument kind, and a getter, in a crate whose only
//! dependency is btst-runtime: it compiles, opens on SQLite, and round-trips a row.

use btst_runtime::prelude::*;

#[plugin(name = "kitchen_sink")]
mod sink {
    use btst_runtime::prelude::*;

    /// One of everything.
    #[model]
    pub struct Item {
        #[field(unique, length(min = 2, max = 10))]
        pub code: String,
        #[field(default = "plain")]
        pub label: String,
        #[field(default = true)]
        pub active: bool,
        #[field(default = -5, range(min = -10, max = 10))]
        pub small: i32,
        #[field(default = 9_000_000_000)]
        pub big: i64,
        #[field(default = 2, range(min = 0.5))]
        pub ratio: f64,
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
        pub note: Option<String>,
        pub flag: Option<bool>,
        pub count: Option<i32>,
        pub total: Option<i64>,
        pub score: Option<f64>,
        #[field(readonly)]
        pub seen_at: Option<Timestamp>,
        #[field(default = 1.5)]
        pub weight: Option<f64>,
    }

    /// Lists items.
    #[endpoint(GET, "/items")]
    pub async fn list_items(db: Db, page: Query<Page>) -> ApiResult<Vec<Item>> {
        db.list(ListOptions::new(page.into_inner()).sort(Sort::asc("code"))).await
    }

    /// One item by numeric position.
    #[endpoint(GET, "/items/at/{index}", errors(404))]
    pub async fn item_at(db: Db, index: Path<i64>) -> ApiResult<Item> {
        let page = Page { limit: 1, offset: index.into_inner() };
        db.list::<Item>(ListOptions::new(page)).await?.pop().ok_or_else(|| ApiError::not_found("no item there"))
    }

    /// Creates an item.
    #[endpoint(POST, "/items", status = 201)]
    pub async fn create_item(db: Db, body: Json<NewItem>) -> ApiResult<Item> {
        db.create(body.into_inner()).await
    }

    /// Changes an item.
    #[endpoint(PATCH, "/items/{id}")]
    pub async fn patch_item(db: Db, id: Path<String>, body: Json<ItemPatch>) -> ApiResult<Item> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Creates an item from server code.
    #[getter]
    pub async fn add(db: Db, code: String) -> ApiResult<Item> {
        let input: NewItem = btst_runtime::testing::json_to(btst_runtime::testing::json!({ "code": code }));
        db.create(input).await
    }
}

fn main() {
    let stack = Stack::new().plugin(sink::plugin()).open("sqlite::memory:").expect("opens");
    let item = Stack::block_on(stack.api::<sink::RawApi>().add("ab".to_owned())).expect("creates");
    assert_eq!((item.label.as_str(), item.active, item.small, item.big), ("plain", true, -5, 9_000_000_000));
    assert!((item.ratio - 2.0).abs() < f64::EPSILON && item.weight == Some(1.5) && item.seen_at.is_none());
}
