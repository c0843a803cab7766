//! Response compression: gzip (actix-http's encoder) when the request's `Accept-Encoding`
//! accepts it and the body is at least [`MIN_COMPRESSED_LEN`] bytes. Smaller bodies (a todo, an
//! error) are sent as they are: compressing them costs more CPU than the bytes it saves, and
//! can make them larger. A body already encoded (Swagger UI's gzipped files) is left alone.

use actix_http::encoding::Encoder;
use actix_web::body::{BodySize, EitherBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, AcceptEncoding, ContentEncoding, Encoding, Header};

/// The smallest body compressed, in bytes (about one TCP segment's worth of JSON).
pub(crate) const MIN_COMPRESSED_LEN: u64 = 1024;

/// The encodings the Stack sends.
const SUPPORTED: [Encoding; 1] = [Encoding::Known(ContentEncoding::Gzip)];

/// `response`, gzipped when its body is large enough, not encoded yet, and its request's
/// `Accept-Encoding` accepts gzip. The header is read only for such a body: most answers are
/// small, and parsing it for each cost the load benchmark about 650 instructions a request.
pub(crate) fn encode<B: MessageBody>(
    response: ServiceResponse<B>,
) -> ServiceResponse<EitherBody<B, Encoder<B>>> {
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
    let accepted = AcceptEncoding::parse(response.request())
        .ok()
        .and_then(|accept| accept.negotiate(SUPPORTED.iter()));
    match accepted {
        Some(Encoding::Known(encoding @ ContentEncoding::Gzip)) => response
            .map_body(|head, body| EitherBody::right(Encoder::response(encoding, head, body))),
        _ => response.map_into_left_body(),
    }
}
