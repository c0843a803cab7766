//! Cross-origin requests (the Fetch standard's CORS protocol), for a browser front end served
//! from another origin: [`Cors`] is the policy a Stack applies with
//! [`Stack::cors`](crate::Stack::cors), built on actix-cors. Off by default: without a policy
//! no CORS header is sent and a browser keeps other origins out.
//!
//! Preflights (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) are answered for
//! every route the Stack serves, before routing; a refused preflight is a 400 problem+json
//! (`CORS_REJECTED`) naming why. An actual request from an origin the policy does not allow is
//! served without CORS headers, so the browser withholds the answer from the page (the server
//! does not guess which callers are browsers).

use std::time::Duration;

use actix_web::ResponseError;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;

use crate::error::ApiError;

/// A CORS policy: which origins may call the API from a browser, with which methods and
/// headers, and whether with credentials (cookies, `Authorization`).
///
/// ```
/// use std::time::Duration;
/// use btst_runtime::{Cors, Stack};
///
/// let stack = Stack::new().cors(
///     Cors::new()
///         .allowed_origin("https://app.example.com")
///         .allowed_origin("http://localhost:5173")
///         .supports_credentials()
///         .max_age(Duration::from_secs(600)),
/// );
/// # let _ = stack;
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cors {
    any_origin: bool,
    origins: Vec<String>,
    methods: Option<Vec<Method>>,
    headers: Option<Vec<String>>,
    exposed: Vec<String>,
    credentials: bool,
    max_age: Option<Duration>,
}

impl Cors {
    /// A policy that allows no origin yet. Its defaults once origins are added: every method
    /// the Stack's routes answer (`GET`, `HEAD`, `POST`, `PUT`, `PATCH`, `DELETE`), every
    /// request header a preflight asks for, no credentials, no exposed headers, no `max-age`
    /// (browsers then cache a preflight for 5 s).
    pub fn new() -> Self {
        Self::default()
    }

    /// Allows this origin (`scheme://host[:port]`, as the browser sends it in `Origin`);
    /// repeatable. `*` is refused by [`Stack::open`](crate::Stack::open): use
    /// [`Cors::allow_any_origin`].
    #[must_use]
    pub fn allowed_origin(mut self, origin: &str) -> Self {
        self.origins.push(origin.to_owned());
        self
    }

    /// Allows every origin (the request's `Origin` is echoed back). With
    /// [`Cors::supports_credentials`] that lets any site act with the user's cookies: prefer a
    /// list of origins.
    #[must_use]
    pub fn allow_any_origin(mut self) -> Self {
        self.any_origin = true;
        self
    }

    /// Allows only these methods (names such as `"GET"`; an unknown name is refused by
    /// [`Stack::open`](crate::Stack::open)).
    #[must_use]
    pub fn allowed_methods<'a>(mut self, methods: impl IntoIterator<Item = &'a str>) -> Self {
        let parsed = methods
            .into_iter()
            .map(|name| Method::from_bytes(name.as_bytes()).unwrap_or(Method::CONNECT))
            .collect();
        self.methods = Some(parsed);
        self
    }

    /// Allows only these request headers (`content-type`, `authorization`, `x-team-id`...).
    #[must_use]
    pub fn allowed_headers<'a>(mut self, headers: impl IntoIterator<Item = &'a str>) -> Self {
        self.headers = Some(headers.into_iter().map(str::to_owned).collect());
        self
    }

    /// Lets the page read these response headers (`Access-Control-Expose-Headers`).
    #[must_use]
    pub fn expose_headers<'a>(mut self, headers: impl IntoIterator<Item = &'a str>) -> Self {
        self.exposed.extend(headers.into_iter().map(str::to_owned));
        self
    }

    /// Lets the browser send credentials (cookies, `Authorization`) and the page read the
    /// answer (`Access-Control-Allow-Credentials: true`).
    #[must_use]
    pub fn supports_credentials(mut self) -> Self {
        self.credentials = true;
        self
    }

    /// How long a browser may cache a preflight's answer (`Access-Control-Max-Age`, whole
    /// seconds).
    #[must_use]
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = Some(max_age);
        self
    }

    /// The policy's mistakes, found when the Stack opens rather than when a worker starts.
    pub(crate) fn check(&self) -> Result<(), String> {
        if let Some(origin) = self.origins.iter().find(|origin| {
            *origin == "*" || actix_web::http::header::HeaderValue::from_str(origin).is_err()
        }) {
            return Err(format!(
                "CORS: `{origin}` is not an origin; write `scheme://host[:port]`, or use \
                 `Cors::allow_any_origin()`"
            ));
        }
        if !self.any_origin && self.origins.is_empty() {
            return Err(
                "CORS: the policy allows no origin; add `Cors::allowed_origin(..)` or \
                 `Cors::allow_any_origin()`"
                    .to_owned(),
            );
        }
        if self
            .methods
            .iter()
            .flatten()
            .any(|method| *method == Method::CONNECT)
        {
            return Err("CORS: `allowed_methods` names an unknown method".to_owned());
        }
        Ok(())
    }

    /// The actix-cors middleware of this policy (one per worker: it is not `Send`).
    pub(crate) fn middleware(&self) -> actix_cors::Cors {
        let mut cors = actix_cors::Cors::default().block_on_origin_mismatch(false);
        if self.any_origin {
            cors = cors.allow_any_origin();
        }
        for origin in &self.origins {
            cors = cors.allowed_origin(origin);
        }
        cors = match &self.methods {
            Some(methods) => cors.allowed_methods(methods.iter().cloned()),
            None => cors.allowed_methods([
                Method::GET,
                Method::HEAD,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ]),
        };
        cors = match &self.headers {
            Some(headers) => cors.allowed_headers(headers.iter().map(String::as_str)),
            None => cors.allow_any_header(),
        };
        if !self.exposed.is_empty() {
            cors = cors.expose_headers(self.exposed.iter().map(String::as_str));
        }
        if self.credentials {
            cors = cors.supports_credentials();
        }
        cors.max_age(
            self.max_age
                .map(|age| usize::try_from(age.as_secs()).unwrap_or(usize::MAX)),
        )
    }
}

/// Answers a preflight that actix-cors refused as problem+json, like every other error
/// (actix-cors answers `text/plain`). Wrapped around the CORS middleware, only when a policy is
/// set.
pub(crate) async fn problem_for_refusals(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, BoxBody>>, actix_web::Error> {
    let response = next.call(request).await?;
    let refusal = response
        .response()
        .error()
        .and_then(|error| error.as_error::<actix_cors::CorsError>())
        .map(|error| ApiError::new(StatusCode::BAD_REQUEST, "CORS_REJECTED", error.to_string()));
    Ok(match refusal {
        Some(problem) => response
            .into_response(problem.error_response())
            .map_into_right_body(),
        None => response.map_into_left_body(),
    })
}
