pub mod shop {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::prelude::*;
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        __btst::diesel::AsExpression,
        __btst::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = __btst::diesel::sql_types::Text)]
    pub enum Stock {
        InStock,
        SoldOut,
    }
    __btst::impl_enumeration!(Stock, "" { InStock = "IN_STOCK", SoldOut = "SOLD_OUT" });
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        __btst::serde::Serialize,
        __btst::serde::Deserialize,
        __btst::diesel::Queryable,
        __btst::diesel::Selectable,
        __btst::diesel::Insertable,
        __btst::diesel::AsChangeset,
    )]
    #[serde(crate = "::btst_runtime::__private::serde", rename_all = "camelCase")]
    #[diesel(table_name = item, treat_none_as_null = true)]
    pub struct Item {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        pub name: String,
        pub note: Option<String>,
        pub price: i64,
        pub stock: Stock,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Item`]: table `shop_item`."] item = "shop_item"
        { id = "id" : ::btst_runtime::__private::diesel::sql_types::Text, name = "name" :
        ::btst_runtime::__private::diesel::sql_types::Text, note = "note" :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, price = "price" :
        ::btst_runtime::__private::diesel::sql_types::BigInt[ops], stock = "stock" :
        ::btst_runtime::__private::diesel::sql_types::Text, }
    }
    /// The fields a client sends to create one [`Item`].
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        __btst::serde::Serialize,
        __btst::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct NewItem {
        pub name: String,
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub note: Option<String>,
        pub price: i64,
        pub stock: Stock,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewItem {
        type Model = Item;
        fn into_model(self, _now: __btst::Timestamp) -> Item {
            let input = self;
            Item {
                id: __btst::new_id(),
                name: input.name,
                note: input.note,
                price: input.price,
                stock: input.stock,
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewItem {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Item as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Item as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Item as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.note, &fields[2usize])
                && __btst::FieldValue::passes(&self.price, &fields[3usize])
                && __btst::FieldValue::passes(&self.stock, &fields[4usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewItem {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Item as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Item`]; each one optional.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::default::Default,
        __btst::serde::Serialize,
        __btst::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct ItemPatch {
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub name: ::core::option::Option<String>,
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::double_option",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub note: ::core::option::Option<Option<String>>,
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub price: ::core::option::Option<i64>,
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub stock: ::core::option::Option<Stock>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for ItemPatch {
        type Model = Item;
        fn apply(self, row: &mut Item, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
            }
            if let ::core::option::Option::Some(value) = self.note {
                row.note = value;
            }
            if let ::core::option::Option::Some(value) = self.price {
                row.price = value;
            }
            if let ::core::option::Option::Some(value) = self.stock {
                row.stock = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for ItemPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Item as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Item as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Item as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.note, &fields[2usize])
                && __btst::FieldValue::passes(&self.price, &fields[3usize])
                && __btst::FieldValue::passes(&self.stock, &fields[4usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for ItemPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Item as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Item {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Item",
            plugin: "shop",
            table: "shop_item",
            doc: "",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("name", "name", __btst::FieldType::Text),
                __btst::FieldMeta::new("note", "note", __btst::FieldType::Text)
                    .nullable(),
                __btst::FieldMeta::new("price", "price", __btst::FieldType::I64),
                __btst::FieldMeta::new(
                    "stock",
                    "stock",
                    __btst::FieldType::Enum(<Stock as __btst::Enumeration>::META),
                ),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewItem;
        type Patch = ItemPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Item {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Item {}
    __btst::impl_crud!(
        Item, item, { id : "id", name : "name", note : "note", price : "price", stock :
        "stock", }, borrowed, given, none
    );
    /// The items' parameters.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        __btst::serde::Serialize
    )]
    #[serde(crate = "::btst_runtime::__private::serde", rename_all = "camelCase")]
    pub struct ItemQuery {
        /// Items named so.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub name: Option<String>,
        /// Items in these states.
        #[serde(
            serialize_with = "::btst_runtime::__private::serialize_comma_list",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub stock: Option<Vec<Stock>>,
        /// The lowest price.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub min_price: Option<i64>,
        /// The highest price.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub max_price: Option<i64>,
        /// Items without a note.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub no_note: Option<bool>,
        /// Items whose name or note contains this.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub q: Option<String>,
        /// The order.
        pub sort: Sort,
        /// The page.
        #[serde(flatten)]
        pub page: Page,
    }
    #[automatically_derived]
    impl ::core::default::Default for ItemQuery {
        fn default() -> Self {
            Self {
                name: ::core::option::Option::None,
                stock: ::core::option::Option::None,
                min_price: ::core::option::Option::None,
                max_price: ::core::option::Option::None,
                no_note: ::core::option::Option::None,
                q: ::core::option::Option::None,
                sort: __btst::Sort::desc("price"),
                page: __btst::Page {
                    limit: 10i64,
                    offset: 0,
                },
            }
        }
    }
    #[automatically_derived]
    impl __btst::QueryParams for ItemQuery {
        fn parse(query: &str) -> ::core::result::Result<Self, __btst::ApiError> {
            let mut reader = __btst::QueryReader::new(query)?;
            let name = reader.value::<String>("name");
            let stock = reader.list::<Stock>("stock");
            let min_price = reader.value::<i64>("minPrice");
            let max_price = reader.value::<i64>("maxPrice");
            let no_note = reader.value::<bool>("noNote");
            let q = reader.value::<String>("q");
            let sort = reader
                .sort("sort", &["name", "price"])
                .unwrap_or(__btst::Sort::desc("price"));
            let page = reader.page_up_to(10i64, 50i64);
            reader.finish()?;
            ::core::result::Result::Ok(Self {
                name,
                stock,
                min_price,
                max_price,
                no_note,
                q,
                sort,
                page,
            })
        }
        fn parameters() -> ::std::vec::Vec<__btst::Parameter> {
            #[allow(unused_mut)]
            let mut parameters = ::std::vec![
                __btst::parameter:: < String > ("name", "Items named so.", false),
                __btst::list_parameter:: < Stock > ("stock", "Items in these states."),
                __btst::parameter:: < i64 > ("minPrice", "The lowest price.", false),
                __btst::parameter:: < i64 > ("maxPrice", "The highest price.", false),
                __btst::parameter:: < bool > ("noNote", "Items without a note.", false),
                __btst::parameter:: < String > ("q",
                "Items whose name or note contains this.", false),
                __btst::sort_parameter("sort", & ["name", "price"], "-price")
            ];
            parameters.extend(__btst::page_parameters(10i64, 50i64));
            parameters
        }
    }
    impl ItemQuery {
        /// The [`Item`] rows these parameters' filters match: `rows` narrowed by each filter given a value.
        pub fn filter<'a>(
            &'a self,
            rows: item::BoxedQuery<'a, __btst::AnyBackend>,
        ) -> item::BoxedQuery<'a, __btst::AnyBackend> {
            #[allow(unused_imports)]
            use __btst::diesel::prelude::*;
            #[allow(unused_mut)]
            let mut rows = rows;
            if let ::core::option::Option::Some(value) = &self.name {
                rows = rows.filter(item::name.eq(::core::clone::Clone::clone(value)));
            }
            if let ::core::option::Option::Some(value) = &self.stock {
                rows = rows
                    .filter(item::stock.eq_any(::core::clone::Clone::clone(value)));
            }
            if let ::core::option::Option::Some(value) = &self.min_price {
                rows = rows.filter(item::price.ge(::core::clone::Clone::clone(value)));
            }
            if let ::core::option::Option::Some(value) = &self.max_price {
                rows = rows.filter(item::price.le(::core::clone::Clone::clone(value)));
            }
            if let ::core::option::Option::Some(value) = &self.no_note {
                rows = if *value {
                    rows.filter(item::note.is_null())
                } else {
                    rows.filter(item::note.is_not_null())
                };
            }
            if let ::core::option::Option::Some(value) = &self.q {
                rows = rows
                    .filter(
                        __btst::contains_ignoring_case(item::name, value)
                            .or(__btst::contains_ignoring_case(item::note, value)),
                    );
            }
            rows
        }
    }
    impl ItemQuery {
        /// The page of [`Item`] rows that `rows()` returns and these filters match, in this query's order (the id breaking ties in its direction), with their number over every page.
        pub fn list<'a>(
            &'a self,
            conn: &mut __btst::AnyConnection,
            rows: impl ::core::ops::Fn() -> item::BoxedQuery<'a, __btst::AnyBackend>,
        ) -> __btst::ApiResult<__btst::List<Item>> {
            use __btst::diesel::prelude::*;
            let total: i64 = self.filter(rows()).count().get_result(conn)?;
            let selected = self
                .filter(rows())
                .select(
                    <Item as __btst::diesel::SelectableHelper<
                        __btst::AnyBackend,
                    >>::as_select(),
                );
            let ordered = match (self.sort.field, self.sort.descending) {
                ("name", false) => selected.order(item::name.asc()),
                ("name", true) => selected.order(item::name.desc()),
                ("price", false) => selected.order(item::price.asc()),
                ("price", true) => selected.order(item::price.desc()),
                (_, false) => selected.order(item::price.asc()),
                (_, true) => selected.order(item::price.desc()),
            };
            let ordered = if self.sort.descending {
                ordered.then_order_by(item::id.desc())
            } else {
                ordered.then_order_by(item::id.asc())
            };
            let items = ordered
                .limit(self.page.limit)
                .offset(self.page.offset)
                .load::<Item>(conn)?;
            ::core::result::Result::Ok(__btst::List::new(items, total, self.page))
        }
    }
    #[automatically_derived]
    impl __btst::ListQuery for ItemQuery {
        type Model = Item;
        type Answer = __btst::List<Item>;
        fn load(
            &self,
            conn: &mut __btst::AnyConnection,
            row_scope: ::core::option::Option<&str>,
        ) -> __btst::ApiResult<__btst::List<Item>> {
            self.list(conn, || Item::rows_within(row_scope))
        }
    }
    /// The hooks of the `shop` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// The error statuses these hooks can answer for the endpoint `endpoint` (its
        /// function's name) beyond the 403 of a denial, say 422 from an error type of your
        /// own: the OpenAPI document lists them.
        fn error_statuses(&self, endpoint: &'static str) -> &'static [u16] {
            let _ = endpoint;
            &[]
        }
        /// Whether a write endpoint's hooks and body share one database transaction (the
        /// default). `()`, no hooks, answers `false`: with no hook to include, each `Db` call
        /// is its own transaction, which spares a write one blocking round trip; an endpoint
        /// that makes several writes uses `db.transaction(..)` to keep them together.
        fn transactional(&self) -> bool {
            true
        }
    }
    /// No hooks: every request is allowed (but a `deny_by_default` endpoint's, which is
    /// refused), and writes run without a request transaction.
    #[automatically_derived]
    impl Hooks for () {
        fn transactional(&self) -> bool {
            false
        }
    }
    /// The `shop` plugin, with the hooks `H`. Add it to a Stack with `.plugin(shop::plugin())`.
    pub struct Plugin<H = ()> {
        hooks: ::std::sync::Arc<H>,
        options: ::std::sync::Arc<()>,
    }
    /// The plugin, with no hooks and the default options.
    pub fn plugin() -> Plugin {
        Plugin {
            hooks: ::std::sync::Arc::new(()),
            options: ::std::sync::Arc::new(<() as ::core::default::Default>::default()),
        }
    }
    impl<H> Plugin<H> {
        /// The plugin's name.
        pub const NAME: &'static str = "shop";
    }
    impl<H: Hooks> Plugin<H> {
        /// The plugin with these hooks instead.
        #[must_use]
        pub fn hooks<G: Hooks>(self, hooks: G) -> Plugin<G> {
            Plugin {
                hooks: ::std::sync::Arc::new(hooks),
                options: self.options,
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for Plugin<H> {
        fn clone(&self) -> Self {
            Self {
                hooks: ::std::sync::Arc::clone(&self.hooks),
                options: ::std::sync::Arc::clone(&self.options),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::fmt::Debug for Plugin<H> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("Plugin").field("name", &"shop").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "shop"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[<Item as __btst::Model>::META];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "shop",
                "",
                ::std::vec::Vec::from([]),
                |endpoint| self.hooks.error_statuses(endpoint),
            )
        }
        fn configure(&self, config: &mut __btst::ServiceConfig, _base_path: &str) {}
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The server-side getters of the `shop` plugin, called without HTTP: `stack.api::<shop::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct RawApi {
        db: __btst::Db,
    }
    #[automatically_derived]
    impl __btst::PluginApi for RawApi {
        fn from_stack(stack: &__btst::OpenStack) -> Self {
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
            }
        }
    }
    impl RawApi {}
    /// The server-side getters of the `shop` plugin with their hooks: `stack.api::<shop::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
    ///
    /// # Panics
    /// `stack.api::<GuardedApi<H>>()` panics if the Stack does not have this plugin with hooks
    /// of type `H` (`()` when you do not name it): without them there are no hooks to run.
    pub struct GuardedApi<H = ()> {
        db: __btst::Db,
        hooks: ::std::sync::Arc<H>,
        options: ::std::sync::Arc<()>,
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for GuardedApi<H> {
        fn clone(&self) -> Self {
            Self {
                db: ::core::clone::Clone::clone(&self.db),
                hooks: ::std::sync::Arc::clone(&self.hooks),
                options: ::std::sync::Arc::clone(&self.options),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::fmt::Debug for GuardedApi<H> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("GuardedApi").field("db", &self.db).finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::PluginApi for GuardedApi<H> {
        fn from_stack(stack: &__btst::OpenStack) -> Self {
            let plugin = stack.installed::<Plugin<H>>("shop");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `shop` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `shop::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
    }
}
