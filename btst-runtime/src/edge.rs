//! The one middleware layer around every request the Stack serves: a `HEAD` routed as a `GET`
//! (`head`), the request id (`trace`), the unread body of a 408 held until it is sent
//! (`extract`), and compression (`compress`). One layer, not four: each layer is another future
//! per request, and the benchmarks measured them.

use actix_http::encoding::Encoder;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse};

use crate::{compress, extract, head, trace};

/// The body of a response that went through [`edge`].
pub(crate) type EdgeBody<B> = EitherBody<EitherBody<B, BoxBody>, Encoder<EitherBody<B, BoxBody>>>;

/// Serves `request` through `service` with the Stack's edge rules; `make_ids`: make a request
/// id when the request brings none (the request spans are on).
pub(crate) fn edge<S, B>(
    mut request: ServiceRequest,
    service: &S,
    make_ids: bool,
) -> impl Future<Output = Result<ServiceResponse<EdgeBody<B>>, actix_web::Error>> + use<S, B>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody + 'static,
{
    head::route_as_get(&mut request);
    let id = trace::give_request_id(&request, make_ids);
    let response = service.call(request);
    async move {
        let response = trace::answer_with_id(response.await?, id);
        Ok(compress::encode(extract::hold_unread_body(response)))
    }
}
