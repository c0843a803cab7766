//! The row scope of a handle: the value that a model's `#[model(row_scope = team_id)]` field
//! must hold for the typed operations to see, change or delete a row, and that they stamp on
//! what they create (json-rest-api's query filtering and `AutoFilter`; NAAP's tenancy by
//! `x-team-id`).
//!
//! Three kinds of handle:
//! - the app's own ([`OpenStack::db`](crate::OpenStack::db), [`Db::connect`]): every scope. It
//!   reads, changes and deletes any row, and cannot create a row of a row-scoped model (which
//!   scope would it belong to?) until [`Db::with_row_scope`] names one;
//! - a request's, to an endpoint that takes `Db` in a plugin with row-scoped models: the value
//!   the Stack's [`row_scope`](crate::Stack::row_scope) took from the request;
//! - any other request's (an endpoint of a plugin without row-scoped models, and hooks of an
//!   endpoint without `Db`): none. A row-scoped model used through it is a 500 that says so,
//!   never every row.

use std::sync::Arc;

use super::Db;
use crate::error::{ApiError, ApiResult};
use crate::model::Model;

/// Which rows of row-scoped models a handle reaches.
#[derive(Debug, Clone)]
pub(crate) enum RowScope {
    /// Every row: the app's own handle.
    Every,
    /// The rows whose scope field holds this value.
    Value(Arc<str>),
    /// None: a request's handle that took no value.
    Missing,
}

impl Db {
    /// The row scope's value of this handle, if it has one: the request's (say, its
    /// `x-team-id`) or the one [`Db::with_row_scope`] set.
    pub fn row_scope(&self) -> Option<&str> {
        match &self.row_scope {
            RowScope::Value(value) => Some(value),
            RowScope::Every | RowScope::Missing => None,
        }
    }

    /// This handle, seeing only the rows of row-scoped models whose scope field holds `value`
    /// and stamping it on what it creates: for code that runs outside a request (a getter, a
    /// job), which has no request to take the value from.
    #[must_use]
    pub fn with_row_scope(&self, value: impl Into<String>) -> Db {
        Db {
            row_scope: RowScope::Value(Arc::from(value.into())),
            ..self.clone()
        }
    }

    /// A request's handle that took no row scope value.
    pub(crate) fn without_row_scope(self) -> Db {
        Db {
            row_scope: RowScope::Missing,
            ..self
        }
    }

    /// The value the rows of `M` that this handle reads must hold: `None` for a model without
    /// a row scope or through the app's own handle, the handle's value, or a 500 naming the
    /// model if a request's handle took none.
    #[doc(hidden)]
    pub fn row_scope_of<M: Model>(&self) -> ApiResult<Option<Arc<str>>> {
        match (M::META.row_scope, &self.row_scope) {
            (None, _) | (Some(_), RowScope::Every) => Ok(None),
            (Some(_), RowScope::Value(value)) => Ok(Some(Arc::clone(value))),
            (Some(field), RowScope::Missing) => Err(missing::<M>(field)),
        }
    }

    /// The value a new row of `M` gets: as [`Db::row_scope_of`], but the app's own handle
    /// (every scope) names none, so it creates no row of a row-scoped model.
    pub(crate) fn row_scope_to_stamp<M: Model>(&self) -> ApiResult<Option<Arc<str>>> {
        match (M::META.row_scope, &self.row_scope) {
            (Some(field), RowScope::Every) => Err(missing::<M>(field)),
            _ => self.row_scope_of::<M>(),
        }
    }
}

/// The 500 of a row-scoped model used without a value: a bug in the code that holds the handle.
fn missing<M: Model>(field: &str) -> ApiError {
    let (plugin, model) = (M::META.plugin, M::META.name);
    ApiError::internal(format!(
        "`{plugin}.{model}` is scoped by `{field}` (`#[model(row_scope = {field})]`), and this \
         `Db` has no row scope value: take `db: Db` as an argument of an endpoint of `{plugin}` \
         (the Stack's `row_scope` sets it), or call `db.with_row_scope(value)`"
    ))
}
