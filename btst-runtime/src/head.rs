//! `HEAD` for every `GET` resource (RFC 9110 §9.3.2): the same status and headers as a `GET`,
//! without the body. The Stack routes a `HEAD` request as a `GET`, so every route it serves
//! (generated endpoints, `/health`, `/openapi.json`, Swagger UI and its assets) answers it by
//! construction; actix-web's HTTP/1 and HTTP/2 encoders send no body for a request that came in
//! as `HEAD` and keep the `Content-Length` the body would have had.

use actix_web::HttpMessage;
use actix_web::dev::ServiceRequest;
use actix_web::http::Method;

/// A request sent as `HEAD` and routed as `GET` (an extension, for the request's log line).
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentAsHead;

/// Routes `request` as a `GET` when it is a `HEAD`; every other method passes through.
pub(crate) fn route_as_get(request: &mut ServiceRequest) {
    if request.method() == Method::HEAD {
        request.head_mut().method = Method::GET;
        request.extensions_mut().insert(SentAsHead);
    }
}
