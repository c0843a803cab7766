//! What a hook sees. `#[plugin]` generates a `Hooks` trait per plugin with, for every endpoint
//! `x`, `async fn before_x` (may deny: return an [`ApiError`], usually
//! [`ApiError::forbidden`](crate::ApiError::forbidden)), `after_x` (the result; an error fails
//! the request), `on_x_error` (the error) and, for writes, `after_x_committed`; and for every
//! getter `g`, `before_g`, run by the plugin's `GuardedApi`. Every method has a default that
//! allows and does nothing. This module holds the [`HookContext`] they receive.
//!
//! Hooks are `async` (as BTST's are): a hook may `.await` a call to another service, a cache or
//! the database without holding up the server's other requests. They run on the request's
//! actix worker, so their futures need not be `Send`.
//!
//! For a write endpoint (any method but `GET`) the before hook, the endpoint and the after hook
//! run in one database transaction: an error, a panic, or the client going away (the request's
//! future is dropped) in any of them rolls it all back. A hook reaches that transaction through
//! [`HookContext::db`], as json-rest-api's hooks see theirs: what it writes there commits or
//! rolls back with the endpoint's own writes. The `after_x_committed` hook runs once the
//! transaction has committed; its failure is logged and cannot undo the write. The order of one
//! request's steps is in [`lifecycle`](crate::lifecycle).

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
    db: &'a Db,
    endpoint: &'static str,
    identity: Option<Identity>,
}

impl<'a> HookContext<'a> {
    /// The context of `request`, served by the endpoint function `endpoint` with the database
    /// handle `db`: the Stack's identity provider, if any, resolves the caller here, once per
    /// request (its error answers the request; a panic inside it is a 500).
    pub fn new(request: &'a HttpRequest, endpoint: &'static str, db: &'a Db) -> ApiResult<Self> {
        Ok(Self {
            request: Some(request),
            db,
            endpoint,
            identity: identify(request)?,
        })
    }

    /// The context of a server-side call (a `GuardedApi` method) made as `identity` on `db`: no
    /// request, so no headers.
    pub fn server(endpoint: &'static str, identity: Option<Identity>, db: &'a Db) -> Self {
        Self {
            request: None,
            db,
            endpoint,
            identity,
        }
    }

    /// The endpoint's or getter's function name (`create_todo`).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The request's database handle. In a write endpoint's hooks with `transactional` hooks
    /// (the default) it is the request's transaction: what a hook writes through it commits or
    /// rolls back with the endpoint. In a read, a `GuardedApi` call, or with hooks that are not
    /// transactional, it is the Stack's handle, each call its own transaction.
    pub fn db(&self) -> &'a Db {
        self.db
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

/// The caller of `request`, as the Stack's identity provider resolves it (`None` without one);
/// its error answers the request, and a panic inside it is a 500.
fn identify(request: &HttpRequest) -> ApiResult<Option<Identity>> {
    let Some(provider) = request.app_data::<Provider>() else {
        return Ok(None);
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // A 401 carries the provider's challenge (`WWW-Authenticate`) when it declares a scheme
        // and the error has none.
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
            crate::error::panic_message(&*payload)
        )))
    })
}

/// The caller, as an endpoint argument (`caller: Caller`): what the Stack's identity provider
/// resolves from the request (`None` for an anonymous caller or without a provider), for an
/// endpoint whose answer depends on who asks (the Blog lists drafts to signed-in callers only).
/// Hooks see the caller anyway, through [`HookContext::identity`]; an endpoint taking `Caller`
/// calls the provider once more.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Caller(pub Option<Identity>);

impl Caller {
    /// The caller's identity, if any.
    pub fn identity(&self) -> Option<&Identity> {
        self.0.as_ref()
    }

    /// Whether the request names no caller.
    pub fn is_anonymous(&self) -> bool {
        self.0.is_none()
    }
}

impl crate::extract::Extract for Caller {
    fn extract(request: &HttpRequest) -> ApiResult<Self> {
        identify(request).map(Caller)
    }
}
