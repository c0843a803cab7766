//! Where the row scope's value comes from ([`Stack::row_scope`](crate::Stack::row_scope)): an
//! [`Extract`] type and the value read from it, kept by the Stack and shared with its workers
//! (actix app data). The scope itself is applied by the request's [`Db`](crate::Db).

use actix_web::HttpRequest;

use crate::error::ApiResult;
use crate::extract::Extract;
use crate::openapi::ExtractMeta;

/// Where the row scope's value comes from: an [`Extract`] type, and the value read from it.
pub(crate) struct RowScopeSource {
    /// The type's headers and errors, which every operation that takes the value documents.
    pub(crate) meta: ExtractMeta,
    value: Box<ScopeValue>,
}

/// How a [`RowScopeSource`] reads a request's value.
type ScopeValue = dyn Fn(&HttpRequest) -> ApiResult<String> + Send + Sync;

impl RowScopeSource {
    pub(crate) fn new<E: Extract>(value: impl Fn(&E) -> String + Send + Sync + 'static) -> Self {
        Self {
            meta: E::META,
            value: Box::new(move |request| E::extract(request).map(|extracted| value(&extracted))),
        }
    }

    /// The request's value, or the extraction's error (a 400 naming the header).
    pub(crate) fn value(&self, request: &HttpRequest) -> ApiResult<String> {
        (self.value)(request)
    }
}
