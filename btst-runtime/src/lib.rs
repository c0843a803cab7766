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
//! The modules hold one concept each and import each other in one direction; from the base up,
//! each layer builds only on the layers before it (a unit test, `module_graph.rs`, fails on a
//! cycle):
//!
//! 1. Storage: [`backend`] (the connection type, its [`Dialect`](backend::Dialect), the
//!    transactions), [`sql_types`], [`timestamp`], [`model`](mod@model) (metadata and traits),
//!    [`list`] (pages, sort keys), then [`ddl`] and [`text`] (SQL written from those).
//! 2. Errors and inputs: [`error`] (on `model`, for wire names), [`method`], [`header`],
//!    [`validate`], [`identity`].
//! 3. The database: [`db`] (pool, SQLite write gate, request scope, typed operations,
//!    migrations), and `crud`, the `impl_crud!` expansion over it.
//! 4. The document and the arguments: [`openapi`] (on `db`, `identity`, `validate`),
//!    [`enumeration`](mod@enumeration) (whose expansion implements `ApiSchema`), [`query`],
//!    [`extract`] (which re-exports `query`'s argument, and reads path parameters),
//!    [`tenancy`].
//! 5. The request: [`hooks`] (the context a hook sees), [`endpoint`](mod@endpoint) (the typed
//!    pieces `#[endpoint]` implements), [`lifecycle`] (serving one request to an endpoint),
//!    [`plugin`](mod@plugin); the HTTP layers (`head`, `compress`, `trace`, `edge`, [`cors`],
//!    `docs`); then [`stack`], which composes plugins and serves them. `testing` comes last.

pub mod backend;
pub mod db;
pub mod ddl;
pub mod endpoint;
pub mod enumeration;
pub mod error;
pub mod extract;
pub mod header;
pub mod hooks;
pub mod identity;
pub mod lifecycle;
pub mod list;
pub mod method;
pub mod model;
pub mod openapi;
pub mod plugin;
pub mod query;
pub mod sql_types;
pub mod stack;
pub mod tenancy;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod timestamp;
pub mod validate;

mod compress;
pub mod cors;
mod crud;
mod docs;
mod edge;
mod head;
mod macros;
#[cfg(test)]
mod module_graph;
mod table;
mod trace;

pub use cors::Cors;
pub use db::{Db, Deleted};
pub use enumeration::{Enumeration, rank};
pub use error::{ApiError, ApiResult, Issue};
pub use extract::{Json, Path, Query};
pub use hooks::HookContext;
pub use identity::{Identity, IdentityProvider};
pub use list::{ListOptions, Page, Sort};
pub use macros::{endpoint, enumeration, getter, model, plugin};
pub use stack::{OpenStack, Stack};
pub use tenancy::Tenant;
pub use text::contains_ignoring_case;
pub use timestamp::Timestamp;
pub use validate::JsonValue;

/// HTTP status codes, for errors of your own (`ApiError::new(StatusCode::PAYMENT_REQUIRED, ..)`).
pub use actix_web::http::StatusCode;
/// Diesel, for queries of your own inside [`Db::run`] (`use btst_runtime::diesel::prelude::*;`).
pub use diesel;
/// serde, for body types of your own: `#[derive(serde::Deserialize)]` with
/// `#[serde(crate = "btst_runtime::serde")]`.
pub use serde;
/// utoipa's OpenAPI types, to implement [`openapi::ApiSchema`] for types of your own.
pub use utoipa;

/// Everything a plugin module needs: `use btst_runtime::prelude::*;`.
pub mod prelude {
    pub use crate::db::{Db, Deleted};
    pub use crate::enumeration::{Enumeration, rank};
    pub use crate::error::{ApiError, ApiResult, Issue};
    pub use crate::extract::{Json, Path, Query};
    pub use crate::hooks::HookContext;
    pub use crate::identity::Identity;
    pub use crate::list::{ListOptions, Page, Sort};
    pub use crate::macros::{endpoint, enumeration, getter, model, plugin};
    pub use crate::model::Model;
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
    pub use utoipa::openapi::{RefOr, schema::Schema};

    pub use crate::__impl_crud as impl_crud;
    pub use crate::__impl_enumeration as impl_enumeration;
    pub use crate::__table as table;
    pub use crate::crud::{PageQuery, PageSql};
    pub use crate::db::{Connection, Crud, Db, Deleted};
    pub use core::future::Future;

    pub use crate::endpoint::{Endpoint, HookFuture, register};
    pub use crate::enumeration::{Enumeration, deserialize as deserialize_enumeration};
    pub use crate::error::{ApiError, ApiResult, Issue};
    pub use crate::extract::{Extract, ExtractMeta, Extracted, Json, Path, Query, QueryParams};
    pub use crate::hooks::HookContext;
    pub use crate::identity::Identity;
    pub use crate::lifecycle::route;
    pub use crate::list::ListOptions;
    pub use crate::method::Method;
    pub use crate::model::{
        DefaultValue, EnumMeta, FieldMeta, FieldType, Model, ModelMeta, NewRecord, OnDelete,
        PatchRecord, double_option, new_id, present,
    };
    pub use crate::openapi::{
        ApiSchema, EndpointMeta, PathParam, PluginDoc, SchemaFn, Schemas, enum_schema,
        input_schema, model_schema,
    };
    pub use crate::plugin::Plugin;
    pub use crate::sql_types;
    pub use crate::stack::OpenStack;
    pub use crate::stack::PluginApi;
    pub use crate::timestamp::Timestamp;
    pub use crate::validate::{
        FieldValue, Input, InputKind, check_model_input, check_model_input_with,
    };

    /// Glob-imported by `#[plugin]` so that Diesel's derives, which name `diesel::…`, resolve in a
    /// crate that depends on btst-runtime alone; an explicit import of the user's own wins.
    pub mod scope {
        pub use diesel;
    }
}
