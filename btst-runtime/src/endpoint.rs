//! The runtime half of `#[endpoint]`: generated handlers extract their arguments, then hand the
//! work to these functions: [`catch_panic`] around hooks and user code, [`respond`] for the status
//! and body, [`resource`] for a path's routes with a 405 for every other method.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, Resource, ResponseError, web};
use serde::Serialize;

use crate::error::{ApiError, ApiResult};

/// `future`, with a panic inside it becoming a 500 instead of a dropped connection.
pub fn catch_panic<F>(future: F) -> CatchPanic<F> {
    CatchPanic { future }
}

pin_project_lite::pin_project! {
    /// The future of [`catch_panic`]: polls the inner future in place (a wrapper, not another
    /// `async` layer, so the handler's state is not copied once more per request).
    #[must_use = "futures do nothing unless awaited"]
    pub struct CatchPanic<F> {
        #[pin]
        future: F,
    }
}

impl<T, F: Future<Output = ApiResult<T>>> Future for CatchPanic<F> {
    type Output = ApiResult<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let future = self.project().future;
        match std::panic::catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
            Ok(poll) => poll,
            Err(payload) => Poll::Ready(Err(ApiError::internal(format_args!(
                "endpoint panicked: {}",
                panic_message(&*payload)
            )))),
        }
    }
}

/// The text of a panic's payload.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a non-string payload")
}

/// The problem+json response of an error met before the endpoint ran (a path parameter, the
/// caller's identity, the database handle).
pub fn refuse(error: &ApiError) -> HttpResponse {
    error.error_response()
}

/// The response of an endpoint: `status` and the JSON of `value`, or the error's problem+json.
pub fn respond<T: Serialize>(status: u16, result: ApiResult<T>) -> HttpResponse {
    let value = match result {
        Ok(value) => value,
        Err(error) => return error.error_response(),
    };
    match serde_json::to_vec(&value) {
        Ok(body) => HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
            .insert_header((CONTENT_TYPE, HeaderValue::from_static("application/json")))
            .body(body),
        Err(error) => ApiError::internal(format_args!(
            "the response could not be serialised: {error}"
        ))
        .error_response(),
    }
}

/// The HTTP methods an endpoint can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name (`"GET"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }

    /// The actix route that matches this method.
    pub fn route(self) -> actix_web::Route {
        match self {
            Self::Get => web::get(),
            Self::Post => web::post(),
            Self::Put => web::put(),
            Self::Patch => web::patch(),
            Self::Delete => web::delete(),
        }
    }
}

/// A route's resource at `base_path` + `path` (registered whole, not under an actix scope, so
/// matching costs nothing per request beyond the route itself): the generated routes are added
/// to it; any other method is a 405 whose `Allow` header lists `allowed`.
pub fn resource(base_path: &str, path: &str, allowed: &'static [Method]) -> Resource {
    // A `HEAD` is routed as a `GET` (`head::head_as_get`), so a path with a `GET` allows both.
    let mut names: Vec<&'static str> = Vec::with_capacity(allowed.len() + 1);
    for method in allowed {
        names.push(method.as_str());
        if *method == Method::Get {
            names.push("HEAD");
        }
    }
    web::resource(format!("{base_path}{path}")).default_service(web::to(move || {
        let error = ApiError::method_not_allowed(&names);
        async move { error.error_response() }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn a_panic_becomes_a_500() {
        let result: ApiResult<()> = catch_panic(async { panic!("boom") }).await;
        assert_eq!(
            result.expect_err("caught").status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn responses_carry_the_declared_status() {
        assert_eq!(respond(201, Ok(1)).status(), StatusCode::CREATED);
        let error = respond::<()>(201, Err(ApiError::not_found("x")));
        assert_eq!(error.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            error.headers().get(CONTENT_TYPE).expect("type"),
            "application/problem+json"
        );
    }
}
