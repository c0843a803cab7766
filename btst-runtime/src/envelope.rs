//! Response envelopes: how a plugin's answers are wrapped on the wire. A plugin declares one
//! with `#[plugin(name = "..", envelope = "success")]` (an endpoint may override it with
//! `#[endpoint(.., envelope = "none")]`); the macro records it in each endpoint's
//! [`EndpointMeta`](crate::openapi::EndpointMeta), the request lifecycle answers through
//! [`success`] and [`failure`], and the OpenAPI document describes the wrapped bodies.
//!
//! [`Envelope::Success`] is NAAP's: `{"success": true, "data": <value>}`, and for an endpoint
//! answering `()` (NAAP's deletes) `{"success": true}`. Its errors stay RFC 9457 problem
//! details (`application/problem+json`, `status`, `title`, `detail`, `code`, `issues`) with two
//! members more, `"success": false` and `"error"` (the `detail`, a sentence, as NAAP's
//! `error` strings are), so one body serves a NAAP client and a problem+json client alike.
//!
//! The envelope is a constant of each endpoint's type, so the checks below are folded away
//! when the lifecycle is compiled for an endpoint: a plugin without an envelope pays nothing.

use std::any::TypeId;

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::error::{ApiError, Issue};

/// How an endpoint's answers are wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Envelope {
    /// No envelope: the value itself, errors as problem+json (the default).
    #[default]
    None,
    /// NAAP's `{"success": true, "data": <value>}`; errors as problem+json with
    /// `"success": false` and `"error": <detail>`.
    Success,
}

impl Envelope {
    /// The attribute value naming this envelope (`envelope = "success"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Success => "success",
        }
    }
}

/// The success answer of an endpoint with this envelope: `status` and the JSON of `value`,
/// wrapped when the envelope says so.
#[inline]
pub(crate) fn success<T: Serialize + 'static>(
    envelope: Envelope,
    status: u16,
    value: &T,
) -> HttpResponse {
    match envelope {
        Envelope::None => json(envelope, status, value),
        Envelope::Success if TypeId::of::<T>() == TypeId::of::<()>() => json(
            envelope,
            status,
            &SuccessBody::<()> {
                success: true,
                data: None,
            },
        ),
        Envelope::Success => json(
            envelope,
            status,
            &SuccessBody {
                success: true,
                data: Some(value),
            },
        ),
    }
}

/// The error answer of an endpoint with this envelope.
#[inline]
pub(crate) fn failure(envelope: Envelope, error: &ApiError) -> HttpResponse {
    match envelope {
        Envelope::None => error.error_response(),
        Envelope::Success => failure_body(error),
    }
}

/// The error answer for an error actix reported before the endpoint ran (an argument that
/// could not be extracted): ours are [`ApiError`]s; any other keeps its status and message.
pub(crate) fn extraction_failure(envelope: Envelope, error: &actix_web::Error) -> HttpResponse {
    match error.as_error::<ApiError>() {
        Some(error) => failure(envelope, error),
        None => {
            let response = error.error_response();
            let status = response.status();
            let code = if status.is_server_error() {
                "INTERNAL_ERROR"
            } else {
                "BAD_REQUEST"
            };
            failure(envelope, &ApiError::new(status, code, error.to_string()))
        }
    }
}

#[derive(Serialize)]
struct SuccessBody<'a, T> {
    success: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<&'a T>,
}

/// Problem details with NAAP's two members.
#[derive(Serialize)]
struct FailureBody<'a> {
    success: bool,
    error: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "<[Issue]>::is_empty")]
    issues: &'a [Issue],
}

fn failure_body(error: &ApiError) -> HttpResponse {
    let status = error.status();
    let body = FailureBody {
        success: false,
        error: error.detail(),
        kind: "about:blank",
        title: status.canonical_reason().unwrap_or("Error"),
        status: status.as_u16(),
        detail: error.detail(),
        code: error.code(),
        issues: error.issues(),
    };
    error
        .response_builder()
        .body(serde_json::to_vec(&body).unwrap_or_default())
}

/// `status` and the JSON of `body` (a body that cannot be serialised is a 500).
fn json<T: Serialize>(envelope: Envelope, status: u16, body: &T) -> HttpResponse {
    match serde_json::to_vec(body) {
        Ok(body) => HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
            .insert_header((CONTENT_TYPE, HeaderValue::from_static("application/json")))
            .body(body),
        Err(error) => failure(
            envelope,
            &ApiError::internal(format_args!(
                "the response could not be serialised: {error}"
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use actix_web::body::to_bytes;

    use super::*;

    async fn body(response: HttpResponse) -> serde_json::Value {
        let bytes = to_bytes(response.into_body()).await.expect("body");
        serde_json::from_slice(&bytes).expect("JSON")
    }

    #[test]
    fn responses_carry_the_declared_status() {
        assert_eq!(
            success(Envelope::None, 201, &1).status(),
            StatusCode::CREATED
        );
        assert_eq!(
            success(Envelope::None, 200, &1)
                .headers()
                .get(CONTENT_TYPE)
                .expect("type"),
            "application/json"
        );
    }

    #[actix_web::test]
    async fn success_wraps_the_value_and_omits_data_for_unit() {
        let response = success(Envelope::Success, 201, &vec![1, 2]);
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(
            body(response).await,
            serde_json::json!({"success": true, "data": [1, 2]})
        );
        assert_eq!(
            body(success(Envelope::Success, 200, &())).await,
            serde_json::json!({"success": true})
        );
        assert_eq!(
            body(success(Envelope::None, 200, &vec![1])).await,
            serde_json::json!([1])
        );
    }

    #[actix_web::test]
    async fn failure_is_problem_details_with_success_and_error() {
        let error = ApiError::method_not_allowed(&["GET"]);
        let response = failure(Envelope::Success, &error);
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(response.headers().get("allow").expect("Allow kept"), "GET");
        assert_eq!(
            response.headers().get(CONTENT_TYPE).expect("type"),
            crate::error::PROBLEM_JSON
        );
        let body = body(response).await;
        assert_eq!(body["success"], false);
        assert_eq!(body["error"], "this path accepts GET");
        assert_eq!(body["detail"], body["error"]);
        assert_eq!(body["code"], "METHOD_NOT_ALLOWED");
        assert_eq!(body["status"], 405);
    }

    #[actix_web::test]
    async fn an_unenveloped_failure_is_the_problem_alone() {
        let body = body(failure(Envelope::None, &ApiError::not_found("gone"))).await;
        assert!(body.get("success").is_none());
        assert_eq!(body["detail"], "gone");
    }
}
