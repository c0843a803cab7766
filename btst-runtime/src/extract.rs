//! The typed arguments of an endpoint: [`Json`] bodies, [`Query`] strings (their own module,
//! [`query`](crate::query), re-exported here), [`Path`] parameters, [`Extract`] arguments read from
//! the request's head, and the [`Db`](crate::db::Db) handle. Every failure is an [`ApiError`]
//! (problem+json), never actix's plain-text default.

use std::future::Future;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::pin::Pin;
use std::str::FromStr;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use actix_web::rt::time::Sleep;

use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use futures_core::Stream;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::{ApiError, ApiResult, Issue};
use crate::header::repeated;
use crate::seams::Seams;
use crate::validate::{Input, parse_body_with};

pub(crate) use crate::openapi::ExtractMeta;

/// The largest JSON body accepted, in bytes, unless the Stack sets another
/// ([`Stack::body_limit`](crate::stack::Stack::body_limit)).
pub const DEFAULT_BODY_LIMIT: usize = 256 * 1024;

/// How long a [`Json`] body may take to arrive, unless the Stack sets another
/// ([`Stack::body_timeout`](crate::stack::Stack::body_timeout)).
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The body limit and deadline in force, stored as app data by the Stack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyRules {
    pub(crate) limit: usize,
    pub(crate) timeout: Duration,
}

impl Default for BodyRules {
    fn default() -> Self {
        Self {
            limit: DEFAULT_BODY_LIMIT,
            timeout: DEFAULT_BODY_TIMEOUT,
        }
    }
}

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
    /// One path parameter, matched to the `{name}` in the route by the argument's name.
    Path
}

fn is_json(req: &HttpRequest) -> bool {
    let Some(value) = req.headers().get(header::CONTENT_TYPE) else {
        return false;
    };
    // What nearly every client sends, checked before the general parse.
    if value.as_bytes().eq_ignore_ascii_case(b"application/json") {
        return true;
    }
    let Ok(value) = value.to_str() else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or("").trim();
    let (prefix, suffix) = ("application/", "+json");
    essence.eq_ignore_ascii_case("application/json")
        || (essence.len() > prefix.len() + suffix.len()
            && essence
                .get(..prefix.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
            && essence
                .get(essence.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix)))
}

impl<T: Input> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = JsonBody<T>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let rules = req.app_data::<BodyRules>().copied().unwrap_or_default();
        let limit = rules.limit;
        let refused = if req.headers().get_all(header::CONTENT_TYPE).nth(1).is_some() {
            Some(repeated("content-type"))
        } else if !is_json(req) {
            Some(ApiError::unsupported_media_type(
                "send the body as `Content-Type: application/json`",
            ))
        } else if req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<usize>().ok())
            .is_some_and(|length| length > limit)
        {
            Some(ApiError::payload_too_large(limit))
        } else {
            None
        };
        JsonBody {
            refused,
            request: req.clone(),
            payload: payload.take(),
            body: BytesMut::new(),
            limit,
            timeout: rules.timeout,
            deadline: None,
            _input: PhantomData,
        }
    }
}

/// Reads a [`Json`] body: refused at once (media type, declared length), or read chunk by chunk
/// up to the limit and within the body timeout (408 past it), then parsed and checked. A named
/// future, not a boxed `async` block: no allocation for a body that has arrived with its head
/// (the deadline's timer is made the first time the body is not all there).
#[doc(hidden)]
pub struct JsonBody<T> {
    refused: Option<ApiError>,
    request: HttpRequest,
    payload: Payload,
    body: BytesMut,
    limit: usize,
    timeout: Duration,
    deadline: Option<Pin<Box<Sleep>>>,
    _input: PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for JsonBody<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonBody")
            .field("refused", &self.refused)
            .field("read", &self.body.len())
            .field("limit", &self.limit)
            .finish_non_exhaustive()
    }
}

impl<T: Input> Future for JsonBody<T> {
    type Output = Result<Json<T>, ApiError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Every field is `Unpin` (the payload is a boxed stream).
        let this = self.get_mut();
        if let Some(error) = this.refused.take() {
            return Poll::Ready(Err(error));
        }
        loop {
            let chunk = match Pin::new(&mut this.payload).poll_next(cx) {
                Poll::Ready(Some(chunk)) => chunk,
                Poll::Ready(None) => break,
                Poll::Pending => {
                    let timeout = this.timeout;
                    let deadline = this
                        .deadline
                        .get_or_insert_with(|| Box::pin(actix_web::rt::time::sleep(timeout)));
                    ready!(deadline.as_mut().poll(cx));
                    // Kept alive until the 408 is sent (`hold_unread_body` moves it to the
                    // response): actix-http closes a connection whose body is unread, but would
                    // wait, without a deadline, to drain a dropped chunked body.
                    let unread = UnreadBody(this.payload.take());
                    this.request.extensions_mut().insert(unread);
                    return Poll::Ready(Err(ApiError::request_timeout(timeout)));
                }
            };
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(error) => {
                    return Poll::Ready(Err(ApiError::bad_request(format!(
                        "the body could not be read: {error}"
                    ))));
                }
            };
            if this.body.len() + chunk.len() > this.limit {
                return Poll::Ready(Err(ApiError::payload_too_large(this.limit)));
            }
            this.body.extend_from_slice(&chunk);
        }
        let seams = this.request.app_data::<Arc<Seams>>();
        Poll::Ready(parse_body_with(&this.body, seams.map(|seams| &**seams)).map(Json))
    }
}

/// The unread rest of a body that did not arrive in time (see [`JsonBody`]).
pub(crate) struct UnreadBody(
    #[expect(dead_code, reason = "held until the response is sent, never read")] Payload,
);

impl UnreadBody {
    /// `body`, holding the unread request body until the response body has been sent:
    /// actix-http then sees an unfinished request body and closes the connection, where it
    /// would wait to drain a dropped chunked one for as long as the client stalls.
    pub(crate) fn hold(self, body: BoxBody) -> BoxBody {
        BoxBody::new(HeldBody {
            body,
            _unread: self,
        })
    }
}

/// `response`, holding the unread rest of its request's body when it is the 408 of a body that
/// did not arrive in time (see [`JsonBody`]), so that actix-http closes the connection.
pub(crate) fn hold_unread_body<B: MessageBody + 'static>(
    response: ServiceResponse<B>,
) -> ServiceResponse<EitherBody<B, BoxBody>> {
    let unread = (response.status() == StatusCode::REQUEST_TIMEOUT)
        .then(|| response.request().extensions_mut().remove::<UnreadBody>())
        .flatten();
    match unread {
        Some(unread) => {
            response.map_body(|_, body| EitherBody::right(unread.hold(BoxBody::new(body))))
        }
        None => response.map_into_left_body(),
    }
}

/// A response body that keeps the request's unread body alive while it is sent.
struct HeldBody {
    body: BoxBody,
    _unread: UnreadBody,
}

impl MessageBody for HeldBody {
    type Error = <BoxBody as MessageBody>::Error;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
        Pin::new(&mut self.body).poll_next(cx)
    }
}

impl<T: FromStr> Path<T> {
    /// Reads the path parameter `name` of the matched route, percent-decoded exactly once
    /// (RFC 3986 §2.1): `/posts/a%2Fb` gives `a/b`, `/posts/100%25` gives `100%`, and
    /// `/posts/%2541` gives `%41`. Escapes that do not decode to UTF-8 become U+FFFD (actix-web
    /// decodes them so when it matches the route).
    ///
    /// A value that does not parse as `T` is a 400 naming the parameter; one containing U+0000
    /// (which no stored value can hold) is a 404.
    pub fn from_request_named(req: &HttpRequest, name: &str) -> Result<Self, ApiError> {
        let raw = req.match_info().get(name).ok_or_else(|| {
            ApiError::internal(format!("the route has no path parameter `{name}`"))
        })?;
        // actix-router has decoded every escape but `%25`, `%2F` and `%2B` (those would change
        // the path's segments or its escapes); decoding those here makes it once in all. What is
        // left to decode is ASCII, so the result is UTF-8 and nothing is lost.
        let value = percent_encoding::percent_decode_str(raw).decode_utf8_lossy();
        if value.as_bytes().contains(&0) {
            return Err(ApiError::not_found("no such record"));
        }
        value.parse().map(Path).map_err(|_| {
            ApiError::validation(vec![Issue::new(
                name,
                format!("`{value}` is not a valid {name}"),
            )])
        })
    }
}

/// The path parameters of an endpoint: `()` or a tuple of [`Path`]s, in the order of the
/// endpoint's [`EndpointMeta::path_params`](crate::openapi::EndpointMeta::path_params).
pub trait PathParams: Sized {
    /// Reads each parameter by its name (a 400 naming the first that does not parse).
    fn from_request(request: &HttpRequest, params: &[crate::openapi::PathParam])
    -> ApiResult<Self>;
}

impl PathParams for () {
    fn from_request(_: &HttpRequest, _: &[crate::openapi::PathParam]) -> ApiResult<Self> {
        Ok(())
    }
}

macro_rules! path_params {
    ($($index:tt $param:ident),+) => {
        impl<$($param: std::str::FromStr),+> PathParams for ($(Path<$param>,)+) {
            fn from_request(
                request: &HttpRequest,
                params: &[crate::openapi::PathParam],
            ) -> ApiResult<Self> {
                Ok(($(Path::from_request_named(request, params[$index].name)?,)+))
            }
        }
    };
}

path_params!(0 A);
path_params!(0 A, 1 B);
path_params!(0 A, 1 B, 2 C);
path_params!(0 A, 1 B, 2 C, 3 D);
path_params!(0 A, 1 B, 2 C, 3 D, 4 E);
path_params!(0 A, 1 B, 2 C, 3 D, 4 E, 5 F);

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
        assert!(json("APPLICATION/VND.API+JSON"));
        assert!(!json("text/plain"));
        assert!(!json("application/+json"), "no subtype");
        assert!(!json("application/jsonx"));
        assert!(!json("text/json"));
        assert!(
            !json("applicatioñ/x+json"),
            "a multi-byte character at the boundary"
        );
        assert!(!is_json(&TestRequest::default().to_http_request()));
    }
}

/// An endpoint argument taken from the request's head (headers, extensions) rather than its
/// body, query string or path: [`Tenant`](crate::tenancy::Tenant) is one. Implement it for a
/// type of your own to use that type as an argument; hooks receive it too. Its
/// [`ExtractMeta`] documents the headers it reads and the errors it answers.
///
/// ```
/// use btst_runtime::{ApiError, Extract, ExtractMeta, HeaderParam, HttpRequest};
///
/// /// The caller's locale, from `Accept-Language` (English when absent).
/// struct Locale(String);
///
/// impl Extract for Locale {
///     const META: ExtractMeta = ExtractMeta {
///         headers: &[HeaderParam {
///             name: "accept-language",
///             description: "The caller's language; `en` when absent.",
///             required: false,
///             max_length: Some(100),
///             pattern: None,
///         }],
///         ..ExtractMeta::NONE
///     };
///
///     fn extract(request: &HttpRequest) -> Result<Self, ApiError> {
///         match request.headers().get("accept-language") {
///             None => Ok(Self("en".to_owned())),
///             Some(value) => value
///                 .to_str()
///                 .map(|text| Self(text.chars().take(2).collect()))
///                 .map_err(|_| ApiError::bad_request("`accept-language` is not ASCII")),
///         }
///     }
/// }
/// # let _ = Locale::extract;
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an endpoint argument",
    label = "not an endpoint argument",
    note = "an endpoint argument is `Db`, `Json<T>`, `Query<T>`, `Path<T>`, or a type that implements `btst_runtime::Extract` (such as `Tenant`)"
)]
pub trait Extract: Sized + Send + 'static {
    /// What the OpenAPI document says of it: the headers it reads, the errors it answers.
    const META: ExtractMeta = ExtractMeta::NONE;

    /// Reads the value from the request; an error answers the request.
    fn extract(request: &HttpRequest) -> Result<Self, ApiError>;
}

/// An [`Extract`] argument as actix extracts it. Generated handlers list these first, so the
/// request's head is checked (say, the tenant headers) before its body is read and validated.
#[doc(hidden)]
#[derive(Debug)]
pub struct Extracted<T>(pub T);

impl<T: Extract> FromRequest for Extracted<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(T::extract(req).map(Extracted))
    }
}

/// The characters escaped in a path segment: all but RFC 3986's unreserved ones, so that `/`,
/// `%`, `?` and `#` in a value stay inside its segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `value` percent-encoded as one path segment (RFC 3986): what a [`Path`] argument decodes
/// back to `value`, for links of your own (`/blog/a%2Fb` for the slug `a/b`). No encoding
/// carries `.` or `..` (URL parsers remove those segments, `%2E` included), which is why
/// `#[field(path_segment)]` refuses them.
pub fn encode_path_segment(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}
