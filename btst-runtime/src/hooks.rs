//! What a hook sees. `#[plugin]` generates a `Hooks` trait per plugin with, for every endpoint
//! `x`, `before_x` (may deny: return an [`ApiError`], usually
//! [`ApiError::forbidden`](crate::ApiError::forbidden)), `after_x` (the result; an error fails
//! the request), `on_x_error` (the error) and, for writes, `after_x_committed`; and for every
//! getter `g`, `before_g`, run by the plugin's `GuardedApi`. Every method has a default that
//! allows and does nothing. This module holds the [`HookContext`] they receive.
//!
//! For a write endpoint (any method but `GET`) the before hook, the endpoint and the after hook
//! run in one database transaction: an error or a panic in any of them rolls it all back. The
//! `after_x_committed` hook runs once the transaction has committed; its failure is logged and
//! cannot undo the write.

use actix_web::HttpRequest;
use actix_web::http::header::HeaderMap;

use crate::db::Db;
use crate::error::{ApiError, ApiResult};
use crate::header::single_header;
use crate::identity::{Identity, Provider};

/// The request (or server-side call) a hook runs for.
#[derive(Debug, Clone)]
pub struct HookContext<'a> {
    request: Option<&'a HttpRequest>,
    endpoint: &'static str,
    identity: Option<Identity>,
}

impl<'a> HookContext<'a> {
    /// The context of `request`, served by the endpoint function `endpoint`: the Stack's identity
    /// provider, if any, resolves the caller here, once per request (its error answers the
    /// request; a panic inside it is a 500).
    pub fn new(request: &'a HttpRequest, endpoint: &'static str) -> ApiResult<Self> {
        let identity = match request.app_data::<Provider>() {
            Some(provider) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                // A 401 carries the provider's challenge (`WWW-Authenticate`) when it declares
                // a scheme and the error has none.
                provider
                    .0
                    .identify(request.headers())
                    .map_err(|error| match provider.0.scheme() {
                        Some(scheme) => scheme.challenge_on(error),
                        None => error,
                    })
            }))
            .unwrap_or_else(|payload| {
                Err(ApiError::internal(format_args!(
                    "the identity provider panicked: {}",
                    crate::endpoint::panic_message(&*payload)
                )))
            })?,
            None => None,
        };
        Ok(Self {
            request: Some(request),
            endpoint,
            identity,
        })
    }

    /// The context of a server-side call (a `GuardedApi` method) made as `identity`: no
    /// request, so no headers.
    pub fn server(endpoint: &'static str, identity: Option<Identity>) -> Self {
        Self {
            request: None,
            endpoint,
            identity,
        }
    }

    /// The endpoint's or getter's function name (`create_todo`).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The caller, as the identity provider resolved it (or as a `GuardedApi` call passed it);
    /// `None` for an anonymous caller or when the Stack has no provider.
    pub fn identity(&self) -> Option<&Identity> {
        self.identity.as_ref()
    }

    /// A single-valued header's value: `Ok(None)` when absent, not visible ASCII, or in a
    /// server-side call; a 400 naming the header when the request sends it more than once
    /// (return it with `?`). Read a list-valued header through [`HookContext::headers`].
    pub fn header(&self, name: &str) -> ApiResult<Option<&'a str>> {
        let Some(request) = self.request else {
            return Ok(None);
        };
        Ok(single_header(request.headers(), name)?.and_then(|value| value.to_str().ok()))
    }

    /// Every header; `None` in a server-side call.
    pub fn headers(&self) -> Option<&'a HeaderMap> {
        self.request.map(HttpRequest::headers)
    }

    /// The HTTP method; `None` in a server-side call.
    pub fn method(&self) -> Option<&'a str> {
        self.request.map(|request| request.method().as_str())
    }

    /// The request path, base path included; `None` in a server-side call.
    pub fn path(&self) -> Option<&'a str> {
        self.request.map(HttpRequest::path)
    }

    /// Whether this is an HTTP request rather than a server-side call.
    pub fn is_http(&self) -> bool {
        self.request.is_some()
    }
}

/// The database handle a write endpoint gets: [scoped](Db::scoped) to one transaction when its
/// hooks are `transactional`, the Stack's own otherwise.
pub fn write_db(request: &HttpRequest, transactional: bool) -> ApiResult<Db> {
    let db = Db::of(request)?;
    Ok(if transactional { db.scoped() } else { db })
}

/// Ends a read endpoint's hook flow: `on_error` for an error that is not a denial.
pub fn finish_read<T>(
    endpoint: &'static str,
    result: ApiResult<T>,
    denied: bool,
    on_error: impl FnOnce(&ApiError),
) -> ApiResult<T> {
    if let Err(error) = &result
        && !denied
    {
        run_error_hook(endpoint, || on_error(error));
    }
    result
}

/// Ends a write endpoint's hook flow: commits `db` on success (a failed commit is the
/// endpoint's error) or rolls it back, then runs `committed` or, as [`finish_read`], `on_error`.
pub async fn finish_write<T>(
    endpoint: &'static str,
    db: &Db,
    result: ApiResult<T>,
    denied: bool,
    committed: impl FnOnce(&T) -> ApiResult<()>,
    on_error: impl FnOnce(&ApiError),
) -> ApiResult<T> {
    // An unscoped handle (hooks that are not `transactional`) has nothing to end: no await.
    let result = match result {
        Ok(value) if db.is_scoped() => db.commit().await.map(|()| value),
        Err(error) if db.is_scoped() => {
            let _ = db.rollback().await;
            Err(error)
        }
        unscoped => unscoped,
    };
    if let Ok(value) = &result {
        run_committed_hook(endpoint, || committed(value));
    }
    finish_read(endpoint, result, denied, on_error)
}

/// Runs an `after_x_committed` hook: the write is committed, so an error or a panic is logged
/// and the response stays a success.
fn run_committed_hook(endpoint: &'static str, hook: impl FnOnce() -> ApiResult<()>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(hook)) {
        Ok(Ok(())) => {}
        Ok(Err(error)) => {
            tracing::warn!(endpoint, %error, "an after-commit hook failed; the write stands");
        }
        Err(_) => {
            tracing::error!(endpoint, "an after-commit hook panicked; the write stands");
        }
    }
}

/// Runs an `on_x_error` hook; a panic inside is logged, and the error response stands.
fn run_error_hook(endpoint: &'static str, hook: impl FnOnce()) {
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(hook)).is_err() {
        tracing::error!(endpoint, "an error hook panicked");
    }
}
