//! The typed arguments of an endpoint: [`Json`] bodies, [`Query`] strings, [`Path`] parameters and
//! the [`Db`](crate::db::Db) handle. Every failure is an [`ApiError`] (problem+json), never actix's
//! plain-text default.

use std::future::{Future, poll_fn};
use std::ops::{Deref, DerefMut};
use std::pin::Pin;
use std::str::FromStr;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpRequest};
use futures_core::Stream;
use utoipa::openapi::path::Parameter;

use crate::error::{ApiError, Issue};
use crate::validate::{Input, parse_body};

/// The largest JSON body accepted, in bytes, unless the Stack sets another
/// ([`Stack::body_limit`](crate::stack::Stack::body_limit)).
pub const DEFAULT_BODY_LIMIT: usize = 256 * 1024;

/// The body limit in force, stored as app data by the Stack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyLimit(pub(crate) usize);

macro_rules! wrapper {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name<T>(pub T);

        impl<T> $name<T> {
            /// The value.
            pub fn into_inner(self) -> T {
                self.0
            }
        }

        impl<T> Deref for $name<T> {
            type Target = T;
            fn deref(&self) -> &T {
                &self.0
            }
        }

        impl<T> DerefMut for $name<T> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.0
            }
        }
    };
}

wrapper! {
    /// A JSON request body: `Content-Type: application/json` (else 415), at most the body limit
    /// (else 413), valid JSON (else 400), and valid by [`Input::check`] (else 400 with `issues`).
    Json
}

wrapper! {
    /// The query string, parsed by [`QueryParams`] (else 400).
    Query
}

wrapper! {
    /// One path parameter, matched to the `{name}` in the route by the argument's name.
    Path
}

fn is_json(req: &HttpRequest) -> bool {
    let Some(value) = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

impl<T: Input> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<BodyLimit>()
            .map_or(DEFAULT_BODY_LIMIT, |limit| limit.0);
        let json = is_json(req);
        let declared = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<usize>().ok());
        let mut payload = payload.take();
        Box::pin(async move {
            if !json {
                return Err(ApiError::unsupported_media_type(
                    "send the body as `Content-Type: application/json`",
                ));
            }
            if declared.is_some_and(|length| length > limit) {
                return Err(ApiError::payload_too_large(limit));
            }
            let mut body = BytesMut::new();
            while let Some(chunk) = poll_fn(|cx| Pin::new(&mut payload).poll_next(cx)).await {
                let chunk = chunk.map_err(|error| {
                    ApiError::bad_request(format!("the body could not be read: {error}"))
                })?;
                if body.len() + chunk.len() > limit {
                    return Err(ApiError::payload_too_large(limit));
                }
                body.extend_from_slice(&chunk);
            }
            parse_body(&body).map(Json)
        })
    }
}

/// A type that can be read from a query string, and documents its parameters.
///
/// The runtime implements it for [`Page`](crate::list::Page) and `()`.
pub trait QueryParams: Sized + Send + 'static {
    /// Parses the raw query string (without `?`).
    fn parse(query: &str) -> Result<Self, ApiError>;

    /// The OpenAPI parameters (`in: query`).
    fn parameters() -> Vec<Parameter>;
}

impl<T: QueryParams> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(T::parse(req.query_string()).map(Query))
    }
}

impl<T: FromStr> Path<T> {
    /// Reads the path parameter `name` of the matched route.
    ///
    /// A value that does not parse as `T` is a 400 naming the parameter; one containing U+0000
    /// (which no stored value can hold) is a 404.
    pub fn from_request_named(req: &HttpRequest, name: &str) -> Result<Self, ApiError> {
        let raw = req.match_info().get(name).ok_or_else(|| {
            ApiError::internal(format!("the route has no path parameter `{name}`"))
        })?;
        if raw.contains('\0') {
            return Err(ApiError::not_found("no such record"));
        }
        raw.parse().map(Path).map_err(|_| {
            ApiError::validation(vec![Issue::new(
                name,
                format!("`{raw}` is not a valid {name}"),
            )])
        })
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn json_content_types_are_recognised() {
        let json = |value: &str| {
            is_json(
                &TestRequest::default()
                    .insert_header((header::CONTENT_TYPE, value))
                    .to_http_request(),
            )
        };
        assert!(json("application/json"));
        assert!(json("Application/JSON; charset=utf-8"));
        assert!(json("application/merge-patch+json"));
        assert!(!json("text/plain"));
        assert!(!is_json(&TestRequest::default().to_http_request()));
    }
}
