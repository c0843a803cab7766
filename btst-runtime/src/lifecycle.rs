//! The life of a request to an endpoint, in one place. actix extracts the endpoint's
//! [`Args`](Endpoint::Args) (the request's head first, then the query string and the body);
//! then, in [`serve`]:
//!
//! 1. the path parameters are read ([`PathParams`](crate::extract::PathParams)), the Stack's [`Db`] taken and, for a write
//!    whose hooks are transactional, [scoped](Db::scoped) to one transaction; the identity
//!    provider resolves the caller into the [`HookContext`]. An error here is the response.
//! 2. `before_x`, the endpoint's function and `after_x` run inside a panic guard: a before
//!    hook's error denies the request, any other error or a panic fails it.
//! 3. A write's transaction commits on success (a failed commit is the endpoint's error) or
//!    rolls back; a request whose future is dropped (the client went away) rolls back when its
//!    scoped [`Db`] drops.
//! 4. `after_x_committed` runs after a commit (its error or panic is logged: the write stands);
//!    `on_x_error` runs for an error that is not a denial (its panic is logged).
//! 5. The response: the declared status and the JSON of the value, or the error's
//!    problem+json.
//!
//! Generated code supplies only the typed pieces, as an impl of [`Endpoint`]; every decision
//! is here. The steps that do not depend on the endpoint's types are plain functions, shared
//! by every endpoint.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use serde::Serialize;

use crate::db::Db;
use crate::endpoint::{Endpoint, Routed};
use crate::error::{ApiError, ApiResult};
use crate::hooks::HookContext;

/// The route of endpoint `E` with the plugin's hooks `H`: its method and path, and `serve` as
/// the handler. `transactional` is the hooks' answer to `Hooks::transactional`, asked once per
/// plugin rather than per request.
pub fn route<E, H>(hooks: &Arc<H>, transactional: bool) -> Routed
where
    E: Endpoint<H>,
    H: Send + Sync + 'static,
{
    let hooks = Arc::clone(hooks);
    Routed {
        method: E::META.method,
        path: E::META.path,
        route: E::META
            .method
            .route()
            .to(move |request: HttpRequest, args: E::Args| {
                serve::<E, H>(Arc::clone(&hooks), transactional, request, args)
            }),
    }
}

/// Serves one request to endpoint `E`: the steps of the module's documentation.
pub(crate) async fn serve<E, H>(
    hooks: Arc<H>,
    transactional: bool,
    request: HttpRequest,
    args: E::Args,
) -> HttpResponse
where
    E: Endpoint<H>,
    H: Send + Sync + 'static,
{
    let meta = &E::META;
    let (path, db) = match start::<E::Path>(&request, meta, transactional) {
        Ok(started) => started,
        Err(error) => return error.error_response(),
    };
    let context = match HookContext::new(&request, meta.operation_id, &db) {
        Ok(context) => context,
        Err(error) => return error.error_response(),
    };
    let hooks = &*hooks;
    let outcome = catch_panic(async {
        if let Err(error) = E::before(hooks, &context, &path, &args).await {
            return Err(Failure::Denied(error));
        }
        let value = E::call(db.clone(), path, args).await?;
        E::after(hooks, &context, &value).await?;
        Ok(value)
    })
    .await;
    let outcome = match outcome {
        Ok(value) => commit(&db).await.map(|()| value).map_err(Failure::Failed),
        Err(failure) => {
            rollback(&db).await;
            Err(failure)
        }
    };
    match outcome {
        Ok(value) => {
            // A read's `committed` is the default, which does nothing.
            settle(
                meta.operation_id,
                Settled::Committed,
                E::committed(hooks, &context, &value),
            )
            .await;
            respond(meta.status, &value)
        }
        Err(Failure::Failed(error)) => {
            settle(meta.operation_id, Settled::Failed, async {
                E::on_error(hooks, &context, &error).await;
                Ok(())
            })
            .await;
            error.error_response()
        }
        Err(Failure::Denied(error)) => error.error_response(),
    }
}

/// Why a request failed: a before hook denied it (no error hook runs), or anything else.
enum Failure {
    Denied(ApiError),
    Failed(ApiError),
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Self::Failed(error)
    }
}

/// Step 1 without the caller: the path parameters and the request's database handle.
fn start<P: crate::extract::PathParams>(
    request: &HttpRequest,
    meta: &crate::openapi::EndpointMeta,
    transactional: bool,
) -> ApiResult<(P, Db)> {
    let path = P::from_request(request, meta.path_params)?;
    let db = Db::of(request)?;
    let db = if transactional && meta.method.is_write() {
        db.scoped()
    } else {
        db
    };
    Ok((path, db))
}

/// Step 3 on success: commits a scoped handle (a plain handle has nothing to end, and costs no
/// await).
async fn commit(db: &Db) -> ApiResult<()> {
    if db.is_scoped() {
        db.commit().await
    } else {
        Ok(())
    }
}

/// Step 3 on failure: rolls a scoped handle back (the request's error stands, whatever the
/// rollback answers).
async fn rollback(db: &Db) {
    if db.is_scoped() {
        let _ = db.rollback().await;
    }
}

/// Which hook [`settle`] runs: the response is decided, so the hook cannot change it.
#[derive(Clone, Copy)]
enum Settled {
    Committed,
    Failed,
}

/// Step 4: runs an `after_x_committed` or `on_x_error` hook; its error or panic is logged.
async fn settle(endpoint: &'static str, which: Settled, hook: impl Future<Output = ApiResult<()>>) {
    match (catch_panic(hook).await, which) {
        (Ok(()), _) => {}
        (Err(error), Settled::Committed) => {
            tracing::warn!(endpoint, %error, "an after-commit hook failed; the write stands");
        }
        (Err(error), Settled::Failed) => {
            tracing::error!(endpoint, %error, "an error hook panicked");
        }
    }
}

/// `future`, with a panic inside it becoming a 500 instead of a dropped connection.
pub(crate) fn catch_panic<F>(future: F) -> CatchPanic<F> {
    CatchPanic { future }
}

pin_project_lite::pin_project! {
    /// The future of [`catch_panic`]: polls the inner future in place (a wrapper, not another
    /// `async` layer, so the request's state is not copied once more).
    #[must_use = "futures do nothing unless awaited"]
    pub struct CatchPanic<F> {
        #[pin]
        future: F,
    }
}

impl<T, E: From<ApiError>, F: Future<Output = Result<T, E>>> Future for CatchPanic<F> {
    type Output = Result<T, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let future = self.project().future;
        match std::panic::catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
            Ok(poll) => poll,
            Err(payload) => Poll::Ready(Err(ApiError::internal(format_args!(
                "endpoint panicked: {}",
                crate::error::panic_message(&*payload)
            ))
            .into())),
        }
    }
}

/// Step 5: `status` and the JSON of `value` (a value that cannot be serialised is a 500).
pub(crate) fn respond<T: Serialize>(status: u16, value: &T) -> HttpResponse {
    match serde_json::to_vec(value) {
        Ok(body) => HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
            .insert_header((CONTENT_TYPE, HeaderValue::from_static("application/json")))
            .body(body),
        Err(error) => ApiError::internal(format_args!(
            "the response could not be serialised: {error}"
        ))
        .error_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn a_panic_becomes_a_500() {
        let result: ApiResult<()> = catch_panic(async { panic!("boom") }).await;
        assert_eq!(
            result.expect_err("caught").status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn responses_carry_the_declared_status() {
        assert_eq!(respond(201, &1).status(), StatusCode::CREATED);
        assert_eq!(
            respond(200, &1).headers().get(CONTENT_TYPE).expect("type"),
            "application/json"
        );
    }
}
