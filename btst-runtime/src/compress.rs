//! Response compression: gzip (actix-http's encoder) when the request's `Accept-Encoding`
//! accepts it and the body is at least [`MIN_COMPRESSED_LEN`] bytes. Smaller bodies (a todo, an
//! error) are sent as they are: compressing them costs more CPU than the bytes it saves, and
//! can make them larger. A body already encoded (Swagger UI's gzipped files) is left alone.

use actix_http::encoding::Encoder;
use actix_web::body::{BodySize, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, AcceptEncoding, ContentEncoding, Encoding, Header};

/// The smallest body compressed, in bytes (about one TCP segment's worth of JSON).
pub(crate) const MIN_COMPRESSED_LEN: u64 = 1024;

/// The encodings the Stack sends.
const SUPPORTED: [Encoding; 1] = [Encoding::Known(ContentEncoding::Gzip)];

/// The encoding to answer `request` with, if its client accepts one the Stack sends. Most API
/// clients send no `Accept-Encoding`: nothing is parsed then.
pub(crate) fn negotiate(request: &ServiceRequest) -> Option<ContentEncoding> {
    if !request.headers().contains_key(header::ACCEPT_ENCODING) {
        return None;
    }
    match AcceptEncoding::parse(request)
        .ok()?
        .negotiate(SUPPORTED.iter())?
    {
        Encoding::Known(ContentEncoding::Gzip) => Some(ContentEncoding::Gzip),
        _ => None,
    }
}

/// `response`, compressed with `encoding` when its body is large enough and not encoded yet.
pub(crate) fn encode<B: MessageBody>(
    response: ServiceResponse<B>,
    encoding: Option<ContentEncoding>,
) -> ServiceResponse<EitherBody<B, Encoder<B>>> {
    let Some(encoding) = encoding else {
        return response.map_into_left_body();
    };
    let large = match response.response().body().size() {
        BodySize::Sized(length) => length >= MIN_COMPRESSED_LEN,
        BodySize::Stream => true,
        BodySize::None => false,
    };
    if !large
        || response.status() == StatusCode::NOT_MODIFIED
        || response.headers().contains_key(header::CONTENT_ENCODING)
    {
        return response.map_into_left_body();
    }
    response.map_body(|head, body| EitherBody::right(Encoder::response(encoding, head, body)))
}
