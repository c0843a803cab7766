//! # btst-runtime
//!
//! Plugins for Rust web back ends, after BTST (`@btst/stack`): a plugin is a module whose models
//! and endpoints are declared with [`plugin`](macro@plugin), [`model`](macro@model), [`endpoint`](macro@endpoint) and [`getter`](macro@getter); the macros
//! expand it, at compile time, into a Diesel schema, actix-web handlers, hook call sites and an
//! OpenAPI document. A [`Stack`] composes plugins over one database.
//!
//! This is the only crate a plugin author depends on: everything generated code needs is
//! reached through it.
//!
//! ```no_run
//! use btst_runtime::prelude::*;
//!
//! #[plugin(name = "notes")]
//! pub mod notes {
//!     use btst_runtime::prelude::*;
//!
//!     /// A note.
//!     #[model]
//!     pub struct Note {
//!         #[field(length(min = 1, max = 500))]
//!         pub text: String,
//!     }
//!
//!     /// Creates a note.
//!     #[endpoint(POST, "/notes", status = 201)]
//!     pub async fn create_note(db: Db, body: Json<NewNote>) -> ApiResult<Note> {
//!         db.create(body.into_inner()).await
//!     }
//! }
//!
//! fn main() -> std::io::Result<()> {
//!     Stack::new().base_path("/api").plugin(notes::plugin()).run()
//! }
//! ```
//!
//! # What is here, by task
//! - **Declaring a plugin**: the macros ([`plugin`](macro@plugin), [`model`](macro@model),
//!   [`enumeration`](macro@enumeration), [`endpoint`](macro@endpoint), [`getter`](macro@getter))
//!   and the types a plugin's items name: [`Db`], [`Json`], [`Path`], [`Query`], [`Page`], [`List`],
//!   [`ListOptions`], [`Sort`], [`Timestamp`], [`Tenant`], [`ApiError`] /
//!   [`ApiResult`], [`HookContext`], [`Identity`] (the caller, as an endpoint argument),
//!   [`Options`] (the plugin's options). [`prelude`] has them all. A plugin's answers may be
//!   wrapped in an [`Envelope`] (`#[plugin(envelope = "success")]`).
//! - **Composing plugins**: names are per plugin (the document says `todos.Todo`,
//!   `todos.list_todos`); `#[plugin(depends_on = [crate::users])]` orders set-up and lets a
//!   model reference another plugin's (`#[field(references = crate::users::User)]`);
//!   `#[plugin(options = CommentsOptions)]` takes options at install
//!   (`comments::plugin().options(..)`); `#[endpoint(.., deny_by_default)]` is refused (403)
//!   unless the app's hooks allow it.
//! - **Composing and serving**: [`Stack`] (plugins, base path, [`Cors`], an
//!   [`IdentityProvider`], see [`identity`], timeouts, workers), then [`OpenStack`] (serve it,
//!   or call the plugins' getters through a [`PluginApi`]).
//! - **Changing models**: [`SchemaChanges`] (what a start applies: additive changes on SQLite,
//!   new tables elsewhere, or migration folders), [`Stack::schema_changes`], and the `migrate
//!   status | generate <name> | apply` command of every app's binary ([`Stack::run`],
//!   [`Stack::migrate_command`]); `#[field(renamed_from = "..")]` declares a rename.
//! - **Bodies and responses**: [`body`](macro@body) declares a request body (a model's rules,
//!   lists, nested bodies, a flattened model input), [`view`](macro@view) a response that
//!   includes models; [`List`] and [`CursorList`] are pages of a list (by offset, by cursor).
//! - **Bodies, query strings and schemas by hand**, for what the declarations do not cover:
//!   [`Input`] and [`check_model_input_with`], [`QueryParams`] and [`QueryReader`],
//!   [`ApiSchema`] and [`input_schema_with`], [`NewRecord`] / [`PatchRecord`], [`Extract`].
//! - **Queries of your own**: [`Db::run`] and [`Db::transaction`] hand out a [`Connection`];
//!   [`diesel`] is re-exported; [`Crud`] is what `#[model]` implements.
//! - **Tests**: the `testing` module (feature `testing`) serves a Stack on a fresh database.
//!
//! # A request's life
//! actix extracts the endpoint's arguments (the request's head first, then the query string and
//! the body); then the path parameters are read, the Stack's [`Db`] taken (for a write with
//! transactional hooks, [scoped](Db::scoped) to one transaction), and the caller resolved into
//! the [`HookContext`]; `before_x`, the function and `after_x` run inside a panic guard (a
//! before hook's error denies the request; any other error or a panic fails it); a write's
//! transaction commits on success or rolls back; `after_x_committed` runs after a commit, and
//! `on_x_error` (which returns nothing) after a failure that is not a denial (a committed hook's
//! error and either hook's panic are logged); the response is
//! the declared status and the value's JSON, or the error's `application/problem+json` (each
//! in the plugin's [`Envelope`], if it declares one).
//!
//! Hooks are `async` (as BTST's are): a hook may `.await` another service, a cache or
//! [`HookContext::db`] without holding up the server's other requests. In a write they share
//! the request's transaction: what a hook writes through `context.db()` commits or rolls back
//! with the endpoint's own writes.

#![warn(missing_docs)]

mod backend;
mod body;
#[cfg(feature = "client")]
mod client;
mod compress;
mod cors;
mod crud;
mod cursor;
mod db;
mod decimal;
mod docs;
mod edge;
mod endpoint;
mod enumeration;
mod envelope;
mod error;
mod extract;
mod feature_gates;
mod format;
mod head;
mod header;
mod hooks;
pub mod identity;
mod json;
mod lifecycle;
mod list;
mod macros;
mod method;
mod migrate_command;
mod model;
#[cfg(test)]
mod module_graph;
mod openapi;
mod options;
mod pattern;
mod plugin;
mod query;
mod row_scope;
mod schema;
mod seams;
mod sitemap;
pub mod sql_types;
mod stack;
mod table;
mod tenancy;
#[cfg(feature = "testing")]
pub mod testing;
mod text;
mod timestamp;
mod trace;
mod validate;

// Declaring a plugin: the macros, and the types a plugin's items use.
/// HTTP status codes, for errors of your own (`ApiError::new(StatusCode::PAYMENT_REQUIRED, ..)`).
pub use actix_web::http::StatusCode;
pub use cursor::{Cursor, CursorList, CursorPage};
pub use db::{Db, Deleted};
pub use decimal::Decimal;
pub use enumeration::{Enumeration, rank};
pub use error::{ApiError, ApiResult, Issue, PROBLEM_JSON};
pub use extract::{Json, Path, encode_path_segment};
pub use hooks::HookContext;
pub use identity::Identity;
pub use list::{DEFAULT_LIMIT, List, ListOptions, MAX_LIMIT, Page, Sort};
pub use macros::{body, endpoint, enumeration, getter, model, plugin, query, sitemap, view};
pub use model::Model;
pub use options::Options;
pub use query::Query;
pub use sitemap::{ChangeFrequency, MAX_SITEMAP_URLS, SitemapEntry};
pub use tenancy::{MAX_ID_LEN, TEAM_HEADER, Tenant, USER_HEADER};
pub use text::{TextType, contains_ignoring_case};
pub use timestamp::Timestamp;
pub use validate::JsonValue;

// Composing and serving: the Stack and what it is configured with.
/// A request's headers, as an identity provider written as a closure receives them
/// (`|headers: &HeaderMap| ..`).
pub use actix_web::http::header::HeaderMap;
pub use backend::Dialect;
pub use cors::Cors;
pub use db::{DEFAULT_CHECKOUT_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DbError, SchemaChanges};
pub use extract::{DEFAULT_BODY_LIMIT, DEFAULT_BODY_TIMEOUT};
pub use identity::IdentityProvider;
pub use model::InputOf;
pub use seams::Committed;
pub use stack::{DEFAULT_DATABASE_URL, OpenStack, PluginApi, RESERVED_PATHS, Stack, init_tracing};

// Bodies, query strings, arguments and schemas written by hand (what `#[model]` and
// `#[endpoint]` derive for their own types).
/// The request an [`Extract`] argument reads (actix-web's).
pub use actix_web::HttpRequest;
pub use body::{Body, BodyField, BodyMeta, Items};
pub use extract::Extract;
pub use model::{
    DefaultValue, EnumMeta, FieldMeta, FieldType, Format, ModelMeta, NewRecord, OnDelete, OneOf,
    PatchRecord, Reference, new_id,
};
pub use openapi::{
    ApiSchema, CallerArg, ExtraProperty, ExtractMeta, HeaderParam, SchemaFn, Schemas,
    input_schema_with,
};
pub use query::{
    MAX_LIST_ITEMS, QueryParams, QueryReader, QueryValue, list_parameter, page_parameters,
    parameter, query_parameter, sort_parameter,
};
pub use validate::{Input, InputKind, check_model_input, check_model_input_with, parse_body};

// Calling a Stack from Rust: the typed client `#[plugin]` generates (feature `client`).
#[cfg(feature = "client")]
pub use client::{ApiClient, ClientError};
/// reqwest, to build the [`reqwest::Client`] an [`ApiClient`] sends through (feature `client`).
#[cfg(feature = "client")]
pub use reqwest;

// Queries of your own, inside `Db::run` and `Db::transaction`.
pub use backend::{AnyBackend, AnyConnection};
pub use db::{Connection, Crud, ListQuery};
/// Diesel, for queries of your own inside [`Db::run`] (`use btst_runtime::diesel::prelude::*;`).
pub use diesel;
pub use model::{Key, KeyOf};

// What the macros implement, for reading and for bounds.
pub use endpoint::{Endpoint, HookFuture};
pub use envelope::Envelope;
pub use method::Method;
pub use openapi::{EndpointMeta, PathParam, PluginDoc};
pub use plugin::Plugin;

/// actix's async runtime (Tokio underneath), on which handlers, hooks and getters run: for a
/// hook that waits, `btst_runtime::rt::time::sleep(..)`, without a dependency of your own.
pub use actix_web::rt;
/// serde, for body types of your own: `#[derive(serde::Deserialize)]` with
/// `#[serde(crate = "btst_runtime::serde")]`.
pub use serde;
/// utoipa's OpenAPI types, to implement [`ApiSchema`] for types of your own.
pub use utoipa;

/// Everything a plugin module needs: `use btst_runtime::prelude::*;`.
pub mod prelude {
    pub use actix_web::http::StatusCode;

    pub use crate::cursor::{CursorList, CursorPage};
    pub use crate::db::SchemaChanges;
    pub use crate::db::{Db, Deleted};
    pub use crate::decimal::Decimal;
    pub use crate::enumeration::{Enumeration, rank};
    pub use crate::error::{ApiError, ApiResult, Issue};
    pub use crate::extract::{Json, Path};
    pub use crate::hooks::HookContext;
    pub use crate::identity::Identity;
    pub use crate::list::{List, ListOptions, Page, Sort};
    pub use crate::macros::{
        body, endpoint, enumeration, getter, model, plugin, query, sitemap, view,
    };
    pub use crate::model::Model;
    pub use crate::options::Options;
    pub use crate::query::Query;
    pub use crate::sitemap::{ChangeFrequency, SitemapEntry};
    pub use crate::stack::{OpenStack, Stack};
    pub use crate::tenancy::Tenant;
    pub use crate::text::contains_ignoring_case;
    pub use crate::timestamp::Timestamp;
    pub use crate::validate::{Input, JsonValue};
}

/// Re-exports for generated code only; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use actix_web::http::header::HeaderMap;
    pub use actix_web::web::{Data, ServiceConfig};
    pub use actix_web::{HttpRequest, HttpResponse};
    pub use diesel;
    pub use serde;
    pub use serde_json::Value as JsonValue;
    pub use utoipa::openapi::{RefOr, path::Parameter, schema::Schema};

    pub use crate::__client as client;
    pub use crate::__computed_column as computed_column;
    pub use crate::__impl_crud as impl_crud;
    pub use crate::__impl_enumeration as impl_enumeration;
    pub use crate::__table as table;
    pub use crate::backend::{AnyBackend, AnyConnection};
    pub use crate::body::{
        Body, BodyField, BodyMeta, ListValue, check_body, deserialize_bodies, deserialize_body,
        deserialize_optional_bodies, deserialize_optional_body,
    };
    pub use crate::crud::{PageQuery, PageSql};
    pub use crate::db::{Connection, Crud, Db, Deleted};
    pub use crate::schema::ddl::create_table;
    pub use core::future::Future;

    #[cfg(feature = "client")]
    pub use crate::client::{ApiClient, ClientError, NO_BODY, join_queries, query, segment};

    pub use crate::cursor::{Cursor, CursorList, CursorPage};
    pub use crate::db::ListQuery;
    pub use crate::endpoint::{Endpoint, HookFuture, register};
    pub use crate::enumeration::{Enumeration, deserialize as deserialize_enumeration};
    pub use crate::envelope::Envelope;
    pub use crate::error::{ApiError, ApiResult, Issue};
    pub use crate::extract::{Extract, Extracted, Json, Path};
    pub use crate::hooks::HookContext;
    pub use crate::identity::Identity;
    pub use crate::json::StoredJson;
    pub use crate::lifecycle::route;
    pub use crate::list::ListOptions;
    pub use crate::list::{List, Page, Sort};
    pub use crate::method::Method;
    pub use crate::model::InputOf;
    pub use crate::model::{
        DefaultValue, EnumMeta, FieldMeta, FieldType, Format, Key, Model, ModelMeta, NewRecord,
        OnDelete, OneOf, PatchRecord, double_option, holds_key, new_id, present,
    };
    pub use crate::openapi::ExtractMeta;
    pub use crate::openapi::{
        ApiSchema, EndpointMeta, PathParam, PluginDoc, SchemaFn, Schemas, TypedFields,
        ViewProperty, body_schema, enum_schema, input_schema, model_schema, view_schema,
        with_one_of,
    };
    pub use crate::options::Options;
    pub use crate::plugin::{Plugin, has_row_scope};
    pub use crate::query::{
        Query, QueryParams, QueryReader, QueryValue, cursor_page_parameters, list_parameter,
        page_parameters, parameter, required_value, serialize_comma_list, sort_parameter,
    };
    pub use crate::sitemap::{SitemapFuture, sitemaps};
    pub use crate::sql_types;
    pub use crate::stack::OpenStack;
    pub use crate::stack::PluginApi;
    pub use crate::text::contains_ignoring_case;
    pub use crate::timestamp::Timestamp;
    pub use crate::validate::{
        FieldValue, Input, InputKind, check_model_input, check_model_input_with, check_typed,
    };
    pub use serde_json::to_value as to_json_value;

    /// Glob-imported by `#[plugin]` so that Diesel's derives, which name `diesel::…`, resolve in a
    /// crate that depends on btst-runtime alone; an explicit import of the user's own wins.
    pub mod scope {
        pub use diesel;
        // Diesel's `AsChangeset` derive calls `.eq(..)` on a column for a field it binds through
        // `serialize_as` (a model's JSON and list fields): the trait, in scope, nameless.
        pub use diesel::ExpressionMethods as _;
    }
}
