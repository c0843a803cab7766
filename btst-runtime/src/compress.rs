//! Response compression: gzip (actix-http's encoder) when the request's `Accept-Encoding`
//! accepts it and the body is at least [`MIN_COMPRESSED_LEN`] bytes. Smaller bodies (a todo, an
//! error) are sent as they are: compressing them costs more CPU than the bytes it saves, and
//! can make them larger. A body already encoded (Swagger UI's gzipped files) is left alone.

use actix_http::encoding::Encoder;
use actix_web::body::{BodySize, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, AcceptEncoding, ContentEncoding, Encoding, Header};

/// The smallest body compressed, in bytes (about one TCP segment's worth of JSON).
pub(crate) const MIN_COMPRESSED_LEN: u64 = 1024;

/// The encodings the Stack sends.
const SUPPORTED: [Encoding; 1] = [Encoding::Known(ContentEncoding::Gzip)];

/// Compresses the response of `request` when its client accepts gzip and the body is large
/// enough.
pub(crate) fn compress<S, B>(
    request: ServiceRequest,
    service: &S,
) -> impl Future<Output = Result<ServiceResponse<EitherBody<B, Encoder<B>>>, actix_web::Error>> + use<S, B>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    // Most API clients send no `Accept-Encoding`: nothing to parse then.
    let encoding = request
        .headers()
        .contains_key(header::ACCEPT_ENCODING)
        .then(|| AcceptEncoding::parse(&request).ok())
        .flatten()
        .and_then(|accept| accept.negotiate(SUPPORTED.iter()))
        .and_then(|encoding| match encoding {
            Encoding::Known(ContentEncoding::Gzip) => Some(ContentEncoding::Gzip),
            _ => None,
        });
    let response = service.call(request);
    async move {
        let response = response.await?;
        let Some(encoding) = encoding else {
            return Ok(response.map_into_left_body());
        };
        let large = match response.response().body().size() {
            BodySize::Sized(length) => length >= MIN_COMPRESSED_LEN,
            BodySize::Stream => true,
            BodySize::None => false,
        };
        let status = response.status();
        if !large
            || status == StatusCode::NOT_MODIFIED
            || response.headers().contains_key(header::CONTENT_ENCODING)
        {
            return Ok(response.map_into_left_body());
        }
        Ok(response
            .map_body(|head, body| EitherBody::right(Encoder::response(encoding, head, body))))
    }
}
