//! `HEAD` for every `GET` resource (RFC 9110 §9.3.2): the same status and headers as a `GET`,
//! without the body. The Stack routes a `HEAD` request as a `GET`, so every route it serves
//! (generated endpoints, `/health`, `/openapi.json`, Swagger UI and its assets) answers it by
//! construction; actix-web's HTTP/1 and HTTP/2 encoders send no body for a request that came in
//! as `HEAD` and keep the `Content-Length` the body would have had.

use actix_web::dev::{Service, ServiceRequest, ServiceResponse};
use actix_web::http::Method;

/// Routes `request` as a `GET` when it is a `HEAD`; every other method passes through.
pub(crate) fn head_as_get<S, B>(mut request: ServiceRequest, service: &S) -> S::Future
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    if request.method() == Method::HEAD {
        request.head_mut().method = Method::GET;
    }
    service.call(request)
}
