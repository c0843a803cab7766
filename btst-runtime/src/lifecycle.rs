//! The life of a request to an endpoint, in one place. actix extracts the endpoint's
//! [`Args`](Endpoint::Args) (the request's head first, then the query string and the body);
//! then, in [`serve`]:
//!
//! 1. the path parameters are read ([`PathParams`](crate::extract::PathParams)), the Stack's
//!    [`Db`] taken and, for a write whose hooks are transactional, [scoped](Db::scoped) to one
//!    transaction; for an endpoint that takes `Db` in a plugin with row-scoped models, the row
//!    scope's value (read before the other arguments, by
//!    [`Stack::row_scope`](crate::Stack::row_scope)) is set on that `Db`; the identity provider
//!    resolves the caller into the [`HookContext`]. An error here is the response.
//! 2. `before_x`, the endpoint's function and `after_x` run inside a panic guard: a before
//!    hook's error denies the request, any other error or a panic fails it.
//! 3. A write's transaction commits on success (a failed commit is the endpoint's error) or
//!    rolls back; a request whose future is dropped (the client went away) rolls back when its
//!    scoped [`Db`] drops.
//! 4. `after_x_committed` runs after a commit (its error or panic is logged: the write stands),
//!    then, for a write, the Stack's write observers ([`Stack::observe_writes`](crate::Stack::observe_writes));
//!    `on_x_error` runs for an error that is not a denial (its panic is logged).
//! 5. The response: the declared status and the JSON of the value, or the error's
//!    problem+json, each in the endpoint's [envelope](crate::envelope) if it has one.
//!
//! Generated code supplies only the typed pieces, as an impl of [`Endpoint`]; every decision
//! is here. The steps that do not depend on the endpoint's types are plain functions, shared
//! by every endpoint.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use actix_web::{HttpRequest, HttpResponse};

use crate::db::Db;
use crate::endpoint::{Endpoint, Routed};
use crate::envelope::{Envelope, extraction_failure, failure, success};
use crate::error::{ApiError, ApiResult};
use crate::hooks::HookContext;
use crate::row_scope::RowScopeSource;
use crate::seams::{Committed, Seams};

/// The route of endpoint `E` of the plugin named `plugin`, with its hooks `H`: its method and path, and `serve` as
/// the handler. `transactional` is the hooks' answer to `Hooks::transactional`, asked once per
/// plugin rather than per request; `ROW_SCOPED`, whether the plugin has a row-scoped model (a
/// constant, so that each route compiles only the handler it uses).
pub fn route<E, H, const ROW_SCOPED: bool>(
    plugin: &'static str,
    hooks: &Arc<H>,
    transactional: bool,
) -> Routed
where
    E: Endpoint<H>,
    H: Send + Sync + 'static,
{
    let hooks = Arc::clone(hooks);
    let route = E::META.method.route();
    let steps = Steps {
        plugin,
        transactional,
    };
    // A request's row scope value is read before its other arguments (its head before its
    // body), as the first of the endpoint's `Extract` arguments.
    let route = match (E::META.envelope, ROW_SCOPED && E::META.database) {
        (Envelope::None, false) => route.to(move |request: HttpRequest, args: E::Args| {
            serve::<E, H>(steps, Arc::clone(&hooks), request, None, args)
        }),
        (Envelope::None, true) => route.to(
            move |request: HttpRequest, scope: RowScopeValue, args: E::Args| {
                serve::<E, H>(steps, Arc::clone(&hooks), request, Some(scope.0), args)
            },
        ),
        // An argument that cannot be extracted is answered in the envelope too.
        (envelope, false) => route.to(
            move |request: HttpRequest, args: Result<E::Args, actix_web::Error>| {
                let hooks = Arc::clone(&hooks);
                async move {
                    match args {
                        Ok(args) => serve::<E, H>(steps, hooks, request, None, args).await,
                        Err(error) => extraction_failure(envelope, &error),
                    }
                }
            },
        ),
        (envelope, true) => route.to(
            move |request: HttpRequest,
                  scope: Result<RowScopeValue, ApiError>,
                  args: Result<E::Args, actix_web::Error>| {
                let hooks = Arc::clone(&hooks);
                async move {
                    match (scope, args) {
                        (Err(error), _) => failure(envelope, &error),
                        (Ok(scope), Ok(args)) => {
                            serve::<E, H>(steps, hooks, request, Some(scope.0), args).await
                        }
                        (Ok(_), Err(error)) => extraction_failure(envelope, &error),
                    }
                }
            },
        ),
    };
    Routed {
        method: E::META.method,
        path: E::META.path,
        envelope: E::META.envelope,
        route,
    }
}

/// The request's row scope value ([`Stack::row_scope`](crate::Stack::row_scope)), as an
/// argument of the handler: a failure to read it answers the request.
struct RowScopeValue(String);

impl actix_web::FromRequest for RowScopeValue {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(request: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(
            request
                .app_data::<Option<Arc<RowScopeSource>>>()
                .and_then(Option::as_deref)
                .ok_or_else(|| {
                    ApiError::internal("the Stack declares no row scope (`Stack::row_scope`)")
                })
                .and_then(|source| source.value(request))
                .map(Self),
        )
    }
}

/// What a route's requests do beyond the endpoint's own pieces, decided once per route.
#[derive(Clone, Copy)]
struct Steps {
    /// The plugin's name.
    plugin: &'static str,
    /// Whether a write runs in one transaction with its hooks.
    transactional: bool,
}

/// Serves one request to endpoint `E`: the steps of the module's documentation.
async fn serve<E, H>(
    steps: Steps,
    hooks: Arc<H>,
    request: HttpRequest,
    row_scope: Option<String>,
    args: E::Args,
) -> HttpResponse
where
    E: Endpoint<H>,
    H: Send + Sync + 'static,
{
    let meta = &E::META;
    let plugin = steps.plugin;
    let (path, db) = match start::<E::Path>(&request, meta, steps, row_scope) {
        Ok(started) => started,
        Err(error) => return failure(meta.envelope, &error),
    };
    let context = match HookContext::new(&request, meta.operation_id, &db) {
        Ok(context) => context,
        Err(error) => return failure(meta.envelope, &error),
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
            if meta.method.is_write() {
                observe(plugin, &request, meta, &context, &db, &value).await;
            }
            success(meta.envelope, meta.status, &value)
        }
        Err(Failure::Failed(error)) => {
            settle(meta.operation_id, Settled::Failed, async {
                E::on_error(hooks, &context, &error).await;
                Ok(())
            })
            .await;
            failure(meta.envelope, &error)
        }
        Err(Failure::Denied(error)) => failure(meta.envelope, &error),
    }
}

/// Step 4 of a write that committed: the Stack's write observers, if it has any (only then is
/// the value turned into JSON for them).
async fn observe<T: serde::Serialize>(
    plugin: &'static str,
    request: &HttpRequest,
    meta: &'static crate::openapi::EndpointMeta,
    context: &HookContext<'_>,
    db: &Db,
    value: &T,
) {
    let Some(seams) = request
        .app_data::<Arc<Seams>>()
        .filter(|seams| seams.observes())
    else {
        return;
    };
    let write = Committed {
        plugin,
        endpoint: meta.operation_id,
        method: meta.method,
        route: meta.path,
        path: request.path().to_owned(),
        status: meta.status,
        caller: context.identity().cloned(),
        row_scope: db.row_scope().map(str::to_owned),
        value: serde_json::to_value(value).unwrap_or_default(),
    };
    // One after another, in the order added; a panic is logged and the next still runs.
    for observer in seams.observers() {
        let outcome = catch_panic(async {
            observer(write.clone()).await;
            Ok::<_, ApiError>(())
        })
        .await;
        if let Err(error) = outcome {
            tracing::error!(
                plugin,
                endpoint = meta.operation_id,
                %error,
                "a write observer panicked; the write stands"
            );
        }
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
    steps: Steps,
    row_scope: Option<String>,
) -> ApiResult<(P, Db)> {
    let path = P::from_request(request, meta.path_params)?;
    let db = Db::of(request)?;
    let db = if steps.transactional && meta.method.is_write() {
        db.scoped()
    } else {
        db
    };
    let db = match row_scope {
        Some(value) => db.with_row_scope(value),
        None => db.without_row_scope(),
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

#[cfg(test)]
mod tests {
    use actix_web::http::StatusCode;

    use super::*;

    #[actix_web::test]
    async fn a_panic_becomes_a_500() {
        let result: ApiResult<()> = catch_panic(async { panic!("boom") }).await;
        assert_eq!(
            result.expect_err("caught").status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
