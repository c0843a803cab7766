//! Traced requests: every request has an id, taken from `x-request-id` or made here, and
//! returned in the response's `x-request-id`; with `INFO` logging on, each request runs in a
//! `request` span (tracing-actix-web's `TracingLogger`) with its method, route pattern, path,
//! request id and W3C trace context (`traceparent`), and ends with one `request` event carrying
//! the status and the latency.

use std::time::Instant;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use tracing::Span;
use tracing::field::Empty;
use tracing_actix_web::RootSpanBuilder;

use crate::head::SentAsHead;
use crate::header::single_header;

/// The request id header (read and written).
pub(crate) const REQUEST_ID_HEADER: &str = "x-request-id";

/// The longest `x-request-id` taken from a request, in bytes; a longer or non-visible-ASCII
/// one is replaced by a new id.
pub(crate) const MAX_REQUEST_ID_LEN: usize = 200;

/// The id of the request being served, as a request extension.
#[derive(Debug, Clone)]
pub(crate) struct RequestId(HeaderValue);

/// When the request started, as a request extension (for the latency of the last event).
#[derive(Debug, Clone, Copy)]
struct Started(Instant);

/// The client's or gateway's id when it is one visible-ASCII `x-request-id` of at most
/// [`MAX_REQUEST_ID_LEN`] bytes; otherwise a new UUID v7 when `make` (the request spans are on,
/// and the id names the request in the log), else none.
fn request_id(request: &ServiceRequest, make: bool) -> Option<HeaderValue> {
    match single_header(request.headers(), REQUEST_ID_HEADER) {
        Ok(Some(value))
            if !value.is_empty()
                && value.len() <= MAX_REQUEST_ID_LEN
                && value
                    .as_bytes()
                    .iter()
                    .all(|byte| (b'!'..=b'~').contains(byte)) =>
        {
            Some(value.clone())
        }
        _ if make => {
            let mut buffer = uuid::Uuid::encode_buffer();
            let text = uuid::Uuid::now_v7().hyphenated().encode_lower(&mut buffer);
            Some(HeaderValue::from_str(text).expect("a UUID is a header value"))
        }
        _ => None,
    }
}

/// Gives `request` its id (an extension, for the span), returned by [`answer_with_id`].
pub(crate) fn give_request_id(request: &ServiceRequest, make: bool) -> Option<HeaderValue> {
    let id = request_id(request, make)?;
    request.extensions_mut().insert(RequestId(id.clone()));
    Some(id)
}

/// `response` with the request's id in `x-request-id`.
pub(crate) fn answer_with_id<B>(
    mut response: ServiceResponse<B>,
    id: Option<HeaderValue>,
) -> ServiceResponse<B> {
    if let Some(id) = id {
        response
            .headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), id);
    }
    response
}

/// The trace id and parent span id of a W3C `traceparent` (`00-<32 hex>-<16 hex>-<2 hex>`,
/// neither id all zeros); `None` for anything else, which starts a new trace.
fn trace_parent(request: &ServiceRequest) -> Option<(&str, &str)> {
    let value = single_header(request.headers(), "traceparent")
        .ok()??
        .to_str()
        .ok()?;
    let mut parts = value.split('-');
    let (version, trace_id, parent_id, flags) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let hex = |text: &str, length: usize| {
        text.len() == length
            && text
                .bytes()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
    };
    let non_zero = |text: &str| text.bytes().any(|byte| byte != b'0');
    // Version 00 has exactly four fields; a later version may add some after them.
    let valid = hex(version, 2)
        && version != "ff"
        && (version != "00" || parts.next().is_none())
        && hex(trace_id, 32)
        && non_zero(trace_id)
        && hex(parent_id, 16)
        && non_zero(parent_id)
        && hex(flags, 2);
    valid.then_some((trace_id, parent_id))
}

/// The Stack's root span per request, for tracing-actix-web's `TracingLogger`.
#[derive(Debug)]
pub(crate) struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request.match_pattern();
        let id = request
            .extensions()
            .get::<RequestId>()
            .map(|id| String::from_utf8_lossy(id.0.as_bytes()).into_owned())
            .unwrap_or_default();
        // `SentAsHead`: routed as a `GET`, but the line names the method sent.
        let method = if request.extensions().contains::<SentAsHead>() {
            "HEAD"
        } else {
            request.method().as_str()
        };
        let span = tracing::info_span!(
            "request",
            method = %method,
            route = route.as_deref().unwrap_or("(no route)"),
            path = request.path(),
            request_id = %id,
            trace_id = Empty,
            parent_span_id = Empty,
        );
        if let Some((trace_id, parent_id)) = trace_parent(request) {
            span.record("trace_id", trace_id);
            span.record("parent_span_id", parent_id);
        }
        request.extensions_mut().insert(Started(Instant::now()));
        span
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let (status, started) = match outcome {
            Ok(response) => (
                response.status(),
                response.request().extensions().get::<Started>().copied(),
            ),
            Err(error) => (error.as_response_error().status_code(), None),
        };
        let latency_ms = started.map_or(0.0, |started| started.0.elapsed().as_secs_f64() * 1000.0);
        tracing::info!(parent: &span, status = status.as_u16(), latency_ms, "request");
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    fn parent(value: &str) -> Option<(String, String)> {
        let request = TestRequest::default()
            .insert_header(("traceparent", value))
            .to_srv_request();
        trace_parent(&request).map(|(trace, parent)| (trace.to_owned(), parent.to_owned()))
    }

    #[test]
    fn traceparents_are_read_by_the_w3c_rules() {
        let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        let span = "00f067aa0ba902b7";
        assert_eq!(
            parent(&format!("00-{trace}-{span}-01")),
            Some((trace.to_owned(), span.to_owned()))
        );
        for invalid in [
            format!("00-{}-{span}-01", "0".repeat(32)),
            format!("00-{trace}-{}-01", "0".repeat(16)),
            format!("00-{}-{span}-01", trace.to_uppercase()),
            format!("ff-{trace}-{span}-01"),
            format!("00-{trace}-{span}-01-extra"),
            format!("00-{trace}-{span}"),
            "garbage".to_owned(),
        ] {
            assert_eq!(parent(&invalid), None, "{invalid}");
        }
        assert!(
            parent(&format!("01-{trace}-{span}-01-future")).is_some(),
            "a later version may add fields"
        );
    }

    #[test]
    fn request_ids_are_taken_when_sound_and_made_otherwise() {
        let sent = TestRequest::default()
            .insert_header((REQUEST_ID_HEADER, "abc-123"))
            .to_srv_request();
        assert_eq!(request_id(&sent, false).expect("kept"), "abc-123");
        for unsound in ["", "has space", &"x".repeat(MAX_REQUEST_ID_LEN + 1)] {
            let request = TestRequest::default()
                .insert_header((REQUEST_ID_HEADER, unsound))
                .to_srv_request();
            let made = request_id(&request, true).expect("made");
            assert_eq!(made.len(), 36, "a UUID for `{unsound}`");
            assert_eq!(
                request_id(&request, false),
                None,
                "none made with the spans off"
            );
        }
    }
}
