//! What a hook sees. `#[plugin]` generates a `Hooks` trait per plugin with, for every endpoint
//! `x`, `before_x` (may deny: return an [`ApiError`](crate::ApiError), usually
//! [`ApiError::forbidden`](crate::ApiError::forbidden)), `after_x` (the result) and `on_x_error`
//! (the error); every method has a default that allows and does nothing. This module holds the
//! [`HookContext`] they receive.

use actix_web::HttpRequest;
use actix_web::http::header::HeaderMap;

/// The request a hook runs for.
#[derive(Debug, Clone, Copy)]
pub struct HookContext<'a> {
    request: &'a HttpRequest,
    endpoint: &'static str,
}

impl<'a> HookContext<'a> {
    /// The context of `request`, served by the endpoint function `endpoint`.
    pub fn new(request: &'a HttpRequest, endpoint: &'static str) -> Self {
        Self { request, endpoint }
    }

    /// The endpoint's function name (`create_todo`).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// A header's value, if present and visible ASCII.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
    }

    /// Every header.
    pub fn headers(&self) -> &'a HeaderMap {
        self.request.headers()
    }

    /// The HTTP method.
    pub fn method(&self) -> &'a str {
        self.request.method().as_str()
    }

    /// The request path, base path included.
    pub fn path(&self) -> &'a str {
        self.request.path()
    }
}
