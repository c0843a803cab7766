//! The one middleware layer around every request the Stack serves: a `HEAD` routed as a `GET`
//! (`head`), the request id (`trace`), the request's deadline when the Stack sets one, the
//! unread body of a 408 held until it is sent (`extract`), the identity provider's challenge on
//! a 401 that has none (`identity`), and compression (`compress`). One
//! layer, not five: each layer is another future per request, and the benchmarks measured them.

use std::time::Duration;

use actix_http::encoding::Encoder;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpResponse, ResponseError};

use crate::error::ApiError;
use crate::identity::AuthScheme;
use crate::{compress, extract, head, trace};

/// The body of a response that went through [`edge`].
pub(crate) type EdgeBody<B> = EitherBody<EitherBody<B, BoxBody>, Encoder<EitherBody<B, BoxBody>>>;

/// The edge rules of a Stack, fixed when it starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EdgeRules {
    /// Make a request id when the request brings none (the request spans are on).
    pub(crate) make_ids: bool,
    /// [`Stack::request_timeout`](crate::Stack::request_timeout).
    pub(crate) request_timeout: Option<Duration>,
    /// The identity provider's scheme, whose challenge every 401 without one gets.
    pub(crate) auth_scheme: Option<AuthScheme>,
}

/// Serves `request` through `service` with the Stack's edge rules.
pub(crate) fn edge<S, B>(
    mut request: ServiceRequest,
    service: &S,
    rules: EdgeRules,
) -> impl Future<Output = Result<ServiceResponse<EdgeBody<B>>, actix_web::Error>> + use<S, B>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody + 'static,
{
    head::route_as_get(&mut request);
    let id = trace::give_request_id(&request, rules.make_ids);
    let limit = rules.request_timeout;
    let timed = limit.map(|_| {
        (
            request.method().clone(),
            request.path().to_owned(),
            id.clone(),
        )
    });
    let response = service.call(request);
    async move {
        let response = match (limit, timed) {
            (Some(limit), Some(timed)) => actix_web::rt::time::timeout(limit, response)
                .await
                .map_err(|_| TimedOut::new(limit, timed))??,
            _ => response.await?,
        };
        let mut response = trace::answer_with_id(response, id);
        if let Some(scheme) = rules.auth_scheme {
            scheme.challenge_response(&mut response);
        }
        Ok(compress::encode(extract::hold_unread_body(response)))
    }
}

/// A request that outlived the Stack's request timeout: its future, dropped, rolled back its
/// uncommitted request transaction. As an error, since the request itself went with the
/// future; actix answers it with [`TimedOut::error_response`].
#[derive(Debug)]
struct TimedOut {
    error: ApiError,
    id: Option<HeaderValue>,
}

impl TimedOut {
    fn new(limit: Duration, (method, path, id): (Method, String, Option<HeaderValue>)) -> Self {
        let limit = limit.as_millis();
        let request_id = id
            .as_ref()
            .and_then(|id| id.to_str().ok())
            .unwrap_or_default();
        tracing::warn!(
            %method,
            path,
            request_id,
            status = 503,
            limit_ms = limit,
            "request timed out: its handler was dropped"
        );
        Self {
            error: ApiError::unavailable(format!(
                "the request took longer than the server's limit of {limit} ms"
            )),
            id,
        }
    }
}

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl ResponseError for TimedOut {
    fn status_code(&self) -> StatusCode {
        self.error.status()
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = self.error.error_response();
        if let Some(id) = &self.id {
            response.headers_mut().insert(
                HeaderName::from_static(trace::REQUEST_ID_HEADER),
                id.clone(),
            );
        }
        response
    }
}
