//! The attribute macros, documented where users find them.

/// Turns an inline module into a plugin: its models, endpoints and getters.
///
/// ```no_run
/// use btst_runtime::prelude::*;
///
/// /// Notes: short texts.
/// #[plugin(name = "notes")]
/// pub mod notes {
///     use btst_runtime::prelude::*;
///
///     /// A note.
///     #[model]
///     pub struct Note {
///         #[field(length(min = 1, max = 500))]
///         pub text: String,
///         #[field(default = now, readonly)]
///         pub created_at: Timestamp,
///     }
///
///     /// Creates a note.
///     #[endpoint(POST, "/notes", status = 201)]
///     pub async fn create_note(db: Db, body: Json<NewNote>) -> ApiResult<Note> {
///         db.create(body.into_inner()).await
///     }
///
///     /// One note, for server-side callers.
///     #[getter]
///     pub async fn note_by_id(db: Db, id: String) -> ApiResult<Note> {
///         db.find(id).await
///     }
/// }
///
/// struct RequireAuth;
///
/// impl notes::Hooks for RequireAuth {
///     async fn before_create_note(&self, context: &HookContext<'_>, _: &notes::NewNote) -> ApiResult<()> {
///         match context.header("authorization")? {
///             Some(_) => Ok(()),
///             None => Err(ApiError::forbidden("sign in first")),
///         }
///     }
/// }
///
/// fn main() -> std::io::Result<()> {
///     Stack::new().base_path("/api").plugin(notes::plugin().hooks(RequireAuth)).run()
/// }
/// ```
///
/// # Arguments
/// - `name = "..."` (required): lowercase letters, digits and `_`, starting with a letter. It
///   prefixes every table (`notes_note`) and tags the plugin's OpenAPI operations.
/// - `envelope = "success"`: every answer of its endpoints in NAAP's envelope,
///   `{"success": true, "data": <value>}` (`{"success": true}` for an endpoint answering `()`),
///   and every error as problem details with `"success": false` and `"error": <detail>` (see
///   [`Envelope`](crate::Envelope)); the OpenAPI document describes the wrapped bodies.
///   `"none"` (the default) sends the value itself. An endpoint's own `envelope = ".."`
///   overrides it.
/// - `crate = "..."`: the path of btst-runtime if you renamed the dependency.
///
/// # What it generates, inside the module
/// - everything [`model`] and [`endpoint`] describe, for each annotated item;
/// - `trait Hooks`: for each endpoint `x`, `before_x(&self, &HookContext, &inputs..) ->
///   ApiResult<()>` (an error denies the request; [`ApiError::forbidden`](crate::ApiError::forbidden)
///   answers 403), `after_x(&self, &HookContext, &result) -> ApiResult<()>` (an error fails the
///   request), `on_x_error(&self, &HookContext, &ApiError)` (returns nothing) and, for a write,
///   `after_x_committed`; for each getter `g`, `before_g`; `error_statuses` and `transactional`.
///   All default to allowing and doing nothing; `()` implements it. For a write endpoint the
///   before hook, the function and the after hook share one database transaction (see
///   [`HookContext`](crate::HookContext));
/// - `struct Plugin` and `fn plugin() -> Plugin`, with `.hooks(impl Hooks)`; it implements
///   the runtime's `Plugin` trait: the models' DDL, the routes (a path's undeclared methods answer
///   405 with `Allow`), the OpenAPI part;
/// - `struct RawApi`: one async method per [`getter`], from
///   [`OpenStack::api`](crate::OpenStack::api). It **bypasses the hooks**. `struct GuardedApi`:
///   the same methods with the caller's `Option<Identity>` first, each running its getter's
///   `before_*` hook;
/// - Diesel's `joinable!` for each reference and `allow_tables_to_appear_in_same_query!` for
///   every two tables linked by references (directly or through other tables);
/// - `use btst_runtime::__private::scope::*`, so Diesel's derives resolve without a diesel
///   dependency (an explicit `use` of your own takes precedence).
///
/// # Common errors
/// - ``plugin name `My Todos` is not a valid identifier``: use `my_todos`.
/// - `` `GET /todos` is already served by `list_todos` ``: two endpoints on one method and path.
/// - `` `Todo` and `TODO` would both be stored in table `todos_todo` ``: rename a model.
/// - `` `#[plugin]` needs the module's items inline ``: write `mod x { ... }`, not `mod x;`.
/// - ``unknown envelope `naap` ``: write `envelope = "success"` or `envelope = "none"`.
pub use btst_macros::plugin;

/// Declares a model: a struct that becomes a table, two input types and three schemas. Only
/// inside a [`plugin`] module (the table name needs the plugin's name).
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "shop")]
/// mod shop {
///     use btst_runtime::prelude::*;
///
///     /// Something for sale.
///     #[model]
///     pub struct Product {
///         /// Shown in the catalogue.
///         #[field(unique, length(min = 1, max = 120))]
///         pub name: String,
///         #[field(range(min = 0))]
///         pub price_cents: i64,
///         #[field(default = true)]
///         pub listed: bool,
///         /// Not required: absent or `null`.
///         pub note: Option<String>,
///         #[field(default = now, readonly)]
///         pub created_at: Timestamp,
///     }
/// }
/// # fn main() {}
/// ```
///
/// # Field types
/// - `String`, `bool`, `i32`, `i64`, `f64`, [`Timestamp`](crate::Timestamp), an [`enumeration`]
///   of the plugin;
/// - [`Decimal`](crate::Decimal), with `#[field(decimal(precision = .., scale = ..))]`: exact, a
///   JSON string on the wire (`"12.50"`), padded to its scale when written (`1.5` is stored and
///   answered as `1.50`; more digits after the point than the scale is a 400);
/// - [`JsonValue`](crate::JsonValue): any JSON, `null` included;
/// - `Vec<T>` of the above but `JsonValue` and `Decimal`: a list, a JSON array;
/// - a [`body`] type of your own under `#[field(json)]`: a JSON document of that shape, checked
///   as the body is and documented by its schema;
/// - `Option<T>` of any of these, for a field that is not required.
///
/// JSON, list and `#[field(json)]` fields are stored as JSON documents (`JSONB`, `JSON`, text).
/// An `id: String` primary key (a UUID v7 set by the server) is added; with
/// `#[model(id = "client")]` the model declares `id: String` itself and the client sends it;
/// with `#[model(id = "auto")]` it is an `id: i64` the database numbers.
///
/// # `#[model(...)]` options
/// - `index(a, b)`: a composite index over those fields, in that order (repeatable).
/// - `unique(a, b)`: a composite unique constraint (repeatable): a second row with the same
///   values answers 409 naming every field; a row with `NULL` in one of them never conflicts.
/// - `id = "uuid" | "client" | "auto"`: who sets the primary key (default `"uuid"`, the
///   server). With `"client"`, the create body carries `id` (declare it with its rules and a
///   `length(max = ..)` of at most 255); it never changes, and a taken one answers 409. With
///   `"auto"`, the key is an `i64` the database numbers from 1 and never gives twice (an
///   identity column on PostgreSQL, `AUTO_INCREMENT` on MySQL, `AUTOINCREMENT` on SQLite), read
///   back by the insert ([`Crud::insert`](crate::Crud::insert)); routes take it as
///   `Path<i64>`, and fields that reference the model are `i64` (checked: a reference's type
///   must be the referenced model's [`Model::Id`](crate::Model::Id), or an `Option` of it).
/// - `table = "name"`: the SQL table, instead of `<plugin>_<model>` (Prisma's `@@map`: a table
///   another tool made is adopted when it is the model's; on PostgreSQL it lives in the schema
///   `plugin_<name>`, like every table of the plugin).
///
/// # `#[field(...)]` options
/// - `default = <literal>` (`false`, `0`, `1.5`, `"text"`) or `default = now` (timestamps): used
///   when a create request leaves the field out; the field is optional in `New<Model>`.
/// - `unique`: a second row with the same value answers 409 naming the field.
/// - `readonly`: set by the server, never accepted from a client (needs a `default` or `Option`).
/// - `length(min = .., max = ..)`: for strings, counted in characters.
/// - `range(min = .., max = ..)`: for numbers.
/// - `index`: a single-column index (`#[model(index(a, b))]` is a composite one).
/// - `references = Model, on_delete = "cascade" | "set null" | "restrict"`: a foreign key to
///   that model's `id` (same plugin; `restrict` when left out; `set null` needs an `Option`).
/// - `on_update = now`: a timestamp the runtime sets on every update (needs `default = now`).
/// - `stamped`: set by the endpoint through [`Db::create_with`](crate::Db::create_with), never by
///   the client (the tenant's team, a parent's id from the path).
/// - `default = Variant`: for an enumeration field.
/// - `pattern = "regex"`: a `String` must contain a match (JSON Schema's `pattern`, so it is
///   **unanchored**: write `^[a-z]+$` to match the whole value), checked with
///   [regex-lite](https://docs.rs/regex-lite) (ECMA-262's common subset: classes, anchors,
///   groups, alternation, repetition; no lookaround or backreferences, refused at compile time);
///   a miss is a 400 `must match the pattern ..`; the schema carries the pattern.
/// - `path_segment`: for a `String` that addresses a record in a path (`/posts/{slug}`): the
///   values no request path can carry are refused with a 400 naming the field (the empty
///   string, `.` and `..`, which clients remove as dot segments, RFC 3986 §5.2.4). Any other
///   value is addressable: `Path<String>` percent-decodes each segment exactly once, so
///   `a/b` is `/posts/a%2Fb`.
/// - `renamed_from = "old_name"`: the column's name in the model's previous version (the
///   field's name then, unless it had `column = ".."`). The next
///   schema change renames the column and keeps its values (a migration: a rename needs a
///   decision, see [`SchemaChanges`](crate::SchemaChanges)) instead of dropping one column and
///   adding another. Remove it once every database has migrated.
/// - `column = "name"`: the SQL column, when it is not the field's name (Prisma's `@map`, a
///   column named `type`). The field keeps its name in Rust and on the wire.
/// - `rename = "type"`: the JSON name, when it is not the field's name in camelCase (any name,
///   Rust keywords included); queries sort and filter by it.
/// - `immutable`: sent (or defaulted) when the row is created; in a patch, a 400 naming it.
/// - `one_of = ["a", "b"]` or `one_of = [1, 2, 4]`: the allowed values of a `String` or a number
///   (a 400 listing them; the schema's `enum`).
/// - `format = "email" | "uri" | "uuid"`: a `String`'s format, checked by the `email_address`,
///   `url` and `uuid` crates (the schema's `format`).
/// - `items(length(..), range(..), pattern = .., one_of = [..], format = ..)`: the rules of each
///   item of a list, whose own `length(..)` bounds the number of items.
/// - `decimal(precision = .., scale = ..)`: a `Decimal`'s digits (required on one).
/// - `json`: a [`body`] type stored as a JSON document.
///
/// # What it generates
/// - the struct with `Serialize` (camelCase) and Diesel's `Queryable`, `Selectable`, `Insertable`,
///   `AsChangeset`;
/// - a Diesel table module named after the model in snake case (`product::table`,
///   `product::name`), SQL table `<plugin>_<model>` (`shop_product`) or the model's `table`;
/// - `New<Model>` (what a client sends on create: no id, no readonly field, defaulted fields
///   optional) and `<Model>Patch` (every writable field optional; `null` clears an `Option`
///   field), both rejecting unknown fields and validated against the declaration;
/// - OpenAPI schemas of all three with the same constraints;
/// - `impl Model` with `META`: table, columns, types, flags, for generic code (DDL, validation).
///
/// # Common errors
/// - ``unsupported field type `HashMap<String,String>` ``, with the list of supported types.
/// - ``no field `chian` for this unique constraint``, with the model's fields.
/// - `` `default` of the wrong type: `completed` is `bool`, the default is a string ``.
/// - `` `#[model]` goes on a struct with named fields ``.
/// - ``unknown option `uniqe` `` with the help line ``did you mean `unique` ``, and options given twice.
pub use btst_macros::model;

/// Declares a request body: a struct of a [`plugin`] module whose fields carry a model's rules,
/// checked (every problem at once, each at its path) and documented from one declaration.
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "shop")]
/// mod shop {
///     use btst_runtime::prelude::*;
///
///     #[model]
///     pub struct Product {
///         #[field(length(min = 1, max = 120))]
///         pub name: String,
///     }
///
///     /// A product to create, with its labels.
///     #[body]
///     pub struct CreateProduct {
///         /// The product's fields (`name`), checked by the model's rules.
///         #[field(flatten)]
///         pub product: NewProduct,
///         /// At most 5 labels, each 1 to 30 characters with a letter.
///         #[field(length(max = 5), items(length(min = 1, max = 30), pattern = "[A-Za-z]"))]
///         pub labels: Option<Vec<String>>,
///         /// The shelf it goes on.
///         #[field(range(min = 1, max = 40))]
///         pub shelf: i32,
///     }
///
///     /// Creates a product.
///     #[endpoint(POST, "/products", status = 201)]
///     pub async fn create_product(db: Db, body: Json<CreateProduct>) -> ApiResult<Product> {
///         db.create(body.into_inner().product).await
///     }
/// }
/// # fn main() {}
/// ```
///
/// # Field types
/// A model's (`String`, `bool`, `i32`, `i64`, `f64`, [`Timestamp`](crate::Timestamp),
/// [`JsonValue`](crate::JsonValue), an [`enumeration`] of the plugin), another `#[body]` of the
/// plugin, `Vec<T>` of one of them (a
/// JSON array), and `Option<..>` of either: such a field may be left out or sent as `null`;
/// every other field is required.
///
/// # `#[field(...)]` options
/// - `length(min = .., max = ..)`: characters of a string; **items of a list**;
/// - `range(min = .., max = ..)`, `pattern = "regex"`, `one_of = [..]`, `format = ".."`,
///   `path_segment`, `rename = ".."`: as on a model's field;
/// - `items(length(..), range(..), pattern = "..", one_of = [..], format = "..")`: the rules of
///   each item of a list of values;
/// - `flatten`: on a model's `New<Model>` or `<Model>Patch`, whose fields (and rules) the body
///   carries beside its own, at the top level of the JSON object;
/// - `undocumented`: an optional field accepted and checked but left out of the schema, a
///   tolerance for one client's quirk (the Blog takes the post's `id` that BTST's client repeats
///   in an update).
///
/// # `#[body(...)]` options
/// - `shorthand = name`: where the body is nested in another, a JSON string stands for
///   `{"name": "<the string>"}` (BTST's clients send tags as `{"name": ..}`, people as
///   `"rust"`). The field must be a required `String` and the others optional.
///
/// # What it generates
/// - the struct with serde's derives (camelCase; unknown fields refused);
/// - [`Body`](crate::Body) (its [`BodyMeta`](crate::BodyMeta)), [`Input`](crate::Input)
///   (checked by the runtime with paths such as `labels[2]` and `tags[0].name`, then
///   deserialised; a body of values alone is deserialised directly when valid, as a model's
///   inputs are) and [`ApiSchema`](crate::ApiSchema) (`<plugin>.<Body>`, with `minItems`,
///   `maxItems`, `pattern` and `additionalProperties: false`).
///
/// # Common errors
/// - ``unsupported body field type `HashMap<String,String>` ``, with the supported types.
/// - `` `unique` is an option of a model's column, and a body has no table ``.
/// - `` `items(..)` is for a list field ``; `` `pattern` is not a regular expression ... ``.
pub use btst_macros::body;

/// Declares a response: a struct of a [`plugin`] module that includes models or other views
/// (`#[field(flatten)]`) and adds fields of any type with a schema. Its schema is generated
/// (`<plugin>.<View>`: the flattened schemas and its own properties, all required, with their
/// doc comments), and so are `Serialize` and `Deserialize` (camelCase).
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "shop")]
/// mod shop {
///     use btst_runtime::prelude::*;
///
///     #[model]
///     pub struct Product {
///         pub name: String,
///     }
///
///     /// A product with its stock.
///     #[view]
///     pub struct ProductWithStock {
///         #[field(flatten)]
///         pub product: Product,
///         /// Units in the warehouse.
///         pub stock: i64,
///         /// The products often bought with it.
///         pub related: Vec<Product>,
///     }
/// }
/// # fn main() {}
/// ```
///
/// A page of a list needs no view: answer [`List<T>`](crate::List) (`items`, `total`, `limit`,
/// `offset`).
pub use btst_macros::view;

/// Declares a list query: a struct of a [`plugin`] module whose fields are query parameters that
/// filter a model's rows, with their sort and page. One declaration gives the parsing (every
/// problem at once; unknown parameters are a 400), the OpenAPI parameters with the limits the
/// server enforces, and the Diesel that applies them.
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "shop")]
/// mod shop {
///     use btst_runtime::prelude::*;
///
///     #[enumeration]
///     pub enum Stock { InStock, SoldOut }
///
///     #[model]
///     pub struct Product {
///         pub name: String,
///         pub description: Option<String>,
///         pub price_cents: i64,
///         pub stock: Stock,
///         pub discontinued_at: Option<Timestamp>,
///         #[field(default = now, readonly)]
///         pub created_at: Timestamp,
///     }
///
///     /// `GET /products`'s parameters.
///     #[query(model = Product)]
///     pub struct ProductQuery {
///         /// Only products whose name or description contains this text, ignoring case.
///         #[filter(contains(name, description))]
///         pub q: Option<String>,
///         /// Only products in these states (`stock=IN_STOCK,SOLD_OUT`).
///         #[filter(one_of = stock)]
///         pub stock: Option<Vec<Stock>>,
///         /// The lowest price.
///         #[filter(from = price_cents)]
///         pub min_price: Option<i64>,
///         /// Discontinued (`true`) or not (`false`) products only.
///         #[filter(null = discontinued_at)]
///         pub current: Option<bool>,
///         /// The order.
///         #[sort(created_at, price_cents, name, default = "-created_at")]
///         pub sort: Sort,
///         /// The page: at most 50 products.
///         #[page(default = 20, max = 50)]
///         pub page: Page,
///     }
///
///     /// Products, filtered, sorted and paged, and how many match.
///     #[endpoint(GET, "/products")]
///     pub async fn list_products(db: Db, query: Query<ProductQuery>) -> ApiResult<List<Product>> {
///         db.list_where(query.into_inner()).await
///     }
/// }
/// # fn main() {}
/// ```
///
/// # Fields
/// - `Option<T>` (or `T`, a required parameter) with `T` one of `String`, `bool`, `i32`, `i64`,
///   `f64`, [`Timestamp`](crate::Timestamp), an [`enumeration`] of the plugin; `Option<Vec<T>>`
///   for a comma-separated list (`status=TODO,DONE`, at most
///   [`MAX_LIST_ITEMS`](crate::MAX_LIST_ITEMS)). The parameter's name is the field's in
///   camelCase.
/// - `#[filter(..)]`, on the model's columns (the field's own name unless given):
///   `eq` / `eq = column` (`column = value`); `one_of` / `one_of = column` (`IN`, for a list);
///   `from = column`, `to = column` (`>=`, `<=`: a range, both ends included);
///   `null = column` on an `Option<bool>` (`true`: `IS NULL`, `false`: `IS NOT NULL`, for an
///   `Option` column); `contains(a, b, ..)` on an `Option<String>` (any of the text columns
///   contains it, ignoring case, as [`contains_ignoring_case`](crate::contains_ignoring_case)).
///   A field without `#[filter]` is parsed and documented, and left to the endpoint.
/// - `#[sort(a, b, default = "-a")] sort: Sort`: the `sort` parameter, one of those fields
///   (camelCase on the wire), `-` first for descending; the id breaks ties in the same
///   direction.
/// - `page: Page`, optionally `#[page(default = 20, max = 100)]`: `limit` (1 to `max`, above it
///   a 400) and `offset`; the answer is a [`List`](crate::List) with the `total`.
/// - or `page: CursorPage` (same `#[page(..)]`): keyset paging, `limit` and `cursor`; the
///   answer is a [`CursorList`](crate::CursorList) (`items`, `limit`, `next`), and the next page
///   is asked with `cursor=<next>` and the same `sort` and filters. A cursor page stays stable
///   while rows are added or removed and is as fast deep in the list as at its start. It
///   continues after the last row's sort value and id, so its sort fields must never be null
///   (backends order nulls differently). A cursor made for another order, or edited, is a 400
///   naming `cursor`.
///
/// # What it generates
/// - the struct with `Serialize` (the query string the typed client sends) and, when no
///   parameter is required, `Default` (the default sort and page, no filter);
/// - [`QueryParams`](crate::QueryParams): parsing and the OpenAPI parameters;
/// - `fn filter(&self, rows: table::BoxedQuery<'a, AnyBackend>) -> ..`: the filters given a
///   value, as Diesel, to narrow a query of your own;
/// - with a `Page` or a `CursorPage`: `fn list(&self, conn, rows: impl Fn() -> BoxedQuery)`
///   (the ordered page of the rows `rows()` returns, which may add conditions of your own) and
///   [`ListQuery`](crate::ListQuery), so an endpoint is `db.list_where(query)`, answering a
///   [`List`](crate::List) or a [`CursorList`](crate::CursorList).
///
/// # Common errors
/// - ``unknown filter `like` ``, with the filters there are;
/// - `` `Post` has no field `titel` to filter on ``, or to sort by, with the fields;
/// - ``the parameter's values must be of the column's type``;
/// - ``unsupported query parameter type``;
/// - ``a cursor continues after a row's `sold_at`, which may be null``.
pub use btst_macros::query;

/// Serves an `async fn` of a [`plugin`] module over HTTP.
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "notes")]
/// mod notes {
///     use btst_runtime::prelude::*;
///
///     #[model]
///     pub struct Note {
///         pub text: String,
///     }
///
///     /// Changes a note.
///     ///
///     /// The first paragraph is the OpenAPI summary, the rest its description.
///     #[endpoint(PUT, "/notes/{id}", errors(409))]
///     pub async fn update_note(db: Db, id: Path<String>, body: Json<NotePatch>) -> ApiResult<Note> {
///         db.update(id.into_inner(), body.into_inner()).await
///     }
/// }
/// # fn main() {}
/// ```
///
/// # Arguments
/// `METHOD, "/path/{param}"` first (`GET`, `POST`, `PUT`, `PATCH`, `DELETE`), then:
/// - `status = 201`: the success status (200, 201 or 202; default 200);
/// - `errors(404, 409)`: further error statuses the body can answer, for the OpenAPI document;
/// - `envelope = "none"` or `"success"`: this endpoint's [`Envelope`](crate::Envelope), instead of
///   its plugin's (a health check answering its own shape inside an enveloped plugin).
///
/// # The function
/// `async fn name(args..) -> ApiResult<T>` where each argument is one of [`Db`](crate::Db),
/// [`Json<T>`](crate::Json) (the body), [`Query<T>`](crate::Query) (the query string, e.g.
/// [`Page`](crate::Page)), [`Path<T>`](crate::Path) named exactly like its `{param}`, or a type
/// implementing [`Extract`](crate::extract::Extract) such as [`Tenant`](crate::Tenant).
///
/// # What it generates
/// An actix handler that extracts and validates the arguments (problem+json 400 / 413 / 415 on
/// failure), resolves the caller, calls `Hooks::before_<name>` (may deny), runs the function (a
/// panic becomes a 500) and `after_<name>`, for a write all in one transaction then
/// `after_<name>_committed`, or `on_<name>_error`, and answers `status` with the JSON of `T`;
/// the OpenAPI operation with every response it can give; the route.
///
/// # Common errors
/// - `` an endpoint must be an `async fn` ``.
/// - ``path parameter `{id}` has no matching argument``, and the reverse.
/// - `` unknown HTTP method `FETCH` ``; `an endpoint returns ApiResult<T>`.
pub use btst_macros::endpoint;

/// Exposes an `async fn(db: Db, ..) -> ApiResult<T>` of a [`plugin`] module to server-side
/// code, as a method of the plugin's `RawApi` (which **bypasses the hooks**) and of its
/// `GuardedApi` (which takes the caller's `Option<Identity>` first and runs the hook
/// `before_<function>` with it, as a request would be checked).
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "notes")]
/// mod notes {
///     use btst_runtime::prelude::*;
///
///     #[model]
///     pub struct Note {
///         pub text: String,
///     }
///
///     /// How many notes there are.
///     #[getter]
///     pub async fn count_notes(db: Db) -> ApiResult<i64> {
///         db.count::<Note>().await
///     }
/// }
///
/// # fn main() -> std::io::Result<()> {
/// let stack = Stack::new().plugin(notes::plugin()).open("sqlite://notes.db")?;
/// let api = stack.api::<notes::RawApi>();
/// let count = Stack::block_on(api.count_notes()).expect("the database answers");
/// # let _ = count;
/// # Ok(())
/// # }
/// ```
pub use btst_macros::getter;

/// Lists a plugin's public pages for the Stack's `/sitemap.xml` ([sitemaps.org](https://www.sitemaps.org/protocol.html)),
/// inside a [`plugin`] module: an `async fn(db: Db) -> ApiResult<Vec<SitemapEntry>>`, called
/// on each `GET /sitemap.xml`. An entry's location is a path on the site, joined to
/// [`Stack::public_url`](crate::Stack::public_url) (or the request's own origin), or an
/// absolute URL. A plugin may have several; the Stack serves `/sitemap.xml` when any plugin
/// has one (at most [`MAX_SITEMAP_URLS`](crate::MAX_SITEMAP_URLS) URLs), and an error of one
/// answers the request with that error.
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "articles")]
/// pub mod articles {
///     use btst_runtime::prelude::*;
///
///     /// An article of the site.
///     #[model]
///     pub struct Article {
///         #[field(unique, path_segment, length(min = 1, max = 100))]
///         pub slug: String,
///         #[field(default = now, on_update = now)]
///         pub updated_at: Timestamp,
///     }
///
///     /// Every article, at `/articles/<slug>`, with the time it last changed.
///     #[sitemap]
///     pub async fn article_urls(db: Db) -> ApiResult<Vec<SitemapEntry>> {
///         let articles = db.list::<Article>(ListOptions::default()).await?;
///         Ok(articles
///             .into_iter()
///             .map(|article| SitemapEntry::new(format!("/articles/{}", article.slug)).last_modified(article.updated_at))
///             .collect())
///     }
/// }
/// ```
pub use btst_macros::sitemap;

/// Declares an enumeration a model field can have as its type, inside a [`plugin`] module.
///
/// ```no_run
/// # use btst_runtime::prelude::*;
/// #[plugin(name = "tracker")]
/// mod tracker {
///     use btst_runtime::prelude::*;
///
///     /// How urgent a task is.
///     #[enumeration]
///     pub enum Priority {
///         Low,
///         Medium,
///         High,
///     }
///
///     #[model]
///     pub struct Task {
///         pub title: String,
///         #[field(default = Medium)]
///         pub priority: Priority,
///     }
/// }
/// # fn main() {}
/// ```
///
/// The variants carry no data. Each one's wire value is its name in `SCREAMING_SNAKE_CASE`:
/// an `UpperCamelCase` name with one capital per word is converted (`InProgress` → `IN_PROGRESS`),
/// a name already in `SCREAMING_SNAKE_CASE` is kept (`AI_PIPELINES`), and any other form
/// (`HTTPServer`, `Foo_bar`, `inProgress`) is a compile error naming what to write, as are two
/// variants with one wire value. The wire value is the JSON string, the text stored in the database (with a
/// `CHECK` constraint listing the values), and an `enum` in the OpenAPI document. Validation
/// refuses any other string with 400 naming the allowed values. `default = Variant` on a field
/// picks the value a create takes when the field is left out.
///
/// `#[enumeration(rename_all = "lowercase")]` spells every value in one of serde's spellings
/// instead (`lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case`,
/// `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE`), and
/// `#[enumeration(rename = "needs-review")]` on a variant gives that variant's own value.
///
/// It generates `Debug`, `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `Display` (the wire value),
/// serde and Diesel (`Text`) impls, and [`Enumeration`](crate::enumeration::Enumeration)
/// (`as_str`, `from_wire`, `VALUES`). Text sorts values alphabetically; to sort by declaration
/// order use [`rank`](crate::enumeration::rank).
pub use btst_macros::enumeration;
