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

use std::any::Any;

use actix_web::http::header::HeaderMap;
use actix_web::{HttpMessage as _, HttpRequest};

use crate::db::Db;
use crate::error::{ApiError, ApiResult};
use crate::extract::Extract;
use crate::header::single_header;
use crate::identity::{Identity, Provider};
use crate::openapi::{CallerArg, ExtractMeta};
use crate::options::Options;

/// The request (or server-side call) a hook runs for.
#[derive(Clone)]
pub struct HookContext<'a> {
    request: Option<&'a HttpRequest>,
    db: &'a Db,
    endpoint: &'static str,
    identity: Option<Identity>,
    /// A server-side call's plugin options (a request finds them in its app data).
    options: Option<&'a (dyn Any + Send + Sync)>,
}

impl std::fmt::Debug for HookContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HookContext")
            .field("endpoint", &self.endpoint)
            .field("identity", &self.identity)
            .field("http", &self.request.is_some())
            .finish_non_exhaustive()
    }
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
            options: None,
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
            options: None,
        }
    }

    /// This context with the plugin options `options`, for a server-side call.
    #[must_use]
    pub fn with_options(self, options: &'a (dyn Any + Send + Sync)) -> Self {
        Self {
            options: Some(options),
            ..self
        }
    }

    /// The options of type `T` of the plugin whose hook this is
    /// (`context.options::<CommentsOptions>()`): what the app installed it with, or the
    /// default. `None` when the plugin takes no options of type `T`.
    pub fn options<T: Send + Sync + 'static>(&self) -> Option<&'a T> {
        if let Some(options) = self.options {
            return options.downcast_ref::<T>();
        }
        self.request
            .and_then(|request| request.app_data::<Options<T>>())
            .map(|options| &**options)
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
/// its error answers the request, and a panic inside it is a 500. Resolved once per request:
/// the hook context and the endpoint's `Identity` argument share the answer (kept in the
/// request's extensions).
fn identify(request: &HttpRequest) -> ApiResult<Option<Identity>> {
    let Some(provider) = request.app_data::<Provider>() else {
        // No provider, no caller, and nothing to keep: a request pays nothing for it.
        return Ok(None);
    };
    if let Some(Resolved(resolved)) = request.extensions().get::<Resolved>() {
        return resolved.clone();
    }
    let resolved = resolve(request, provider);
    request.extensions_mut().insert(Resolved(resolved.clone()));
    resolved
}

/// The identity provider's answer for a request, once resolved.
#[derive(Clone)]
struct Resolved(ApiResult<Option<Identity>>);

fn resolve(request: &HttpRequest, provider: &Provider) -> ApiResult<Option<Identity>> {
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

/// The caller as an endpoint argument, required: `caller: Identity`. A request the identity
/// provider resolves to no one is answered 401 `UNAUTHORIZED` (with the provider's
/// `WWW-Authenticate` challenge, RFC 9110 §11.6.1) before the body is read; the operation's
/// security requirement in the document lists only the provider's scheme. A Stack with such an
/// endpoint and no identity provider is refused by [`Stack::open`](crate::Stack::open).
impl Extract for Identity {
    const META: ExtractMeta = ExtractMeta {
        caller: CallerArg::Required,
        errors: &[401],
        ..ExtractMeta::NONE
    };

    fn extract(request: &HttpRequest) -> ApiResult<Self> {
        identify(request)?.ok_or_else(|| {
            ApiError::unauthorized("this endpoint needs a caller: send your credentials")
        })
    }
}

/// The caller as an endpoint argument, optional: `caller: Option<Identity>`, `None` for an
/// anonymous request (or a Stack without an identity provider), for an endpoint whose answer
/// depends on who asks (the Blog lists drafts to signed-in callers only). Hooks see the same
/// caller through [`HookContext::identity`]; the provider runs once per request.
impl Extract for Option<Identity> {
    const META: ExtractMeta = ExtractMeta {
        caller: CallerArg::Optional,
        ..ExtractMeta::NONE
    };

    fn extract(request: &HttpRequest) -> ApiResult<Self> {
        identify(request)
    }
}
