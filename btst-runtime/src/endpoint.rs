//! What `#[endpoint]` generates an impl of: [`Endpoint`], an endpoint's typed pieces (its
//! metadata, arguments, function and hooks), which [`lifecycle`](crate::lifecycle) serves; and
//! [`resource`], a path's routes with a 405 for every other method.

use std::future::Future;

use actix_web::web::ServiceConfig;
use actix_web::{FromRequest, Resource, web};
use serde::Serialize;

use crate::db::Db;
use crate::envelope::{Envelope, failure};
use crate::error::{ApiError, ApiResult};
use crate::extract::PathParams;
use crate::hooks::HookContext;
use crate::method::Method;
use crate::openapi::EndpointMeta;

/// One endpoint, for the hooks `H` of its plugin: `#[endpoint]` implements it for a type named
/// after the endpoint's function (`list_todos`), and every method is one call, to the function
/// or to one of the plugin's hook methods. The request lifecycle (see the crate's docs) decides
/// when each runs.
pub trait Endpoint<H: ?Sized>: 'static {
    /// Its method, route, name, status and OpenAPI description.
    const META: EndpointMeta;

    /// Its path parameters: `()` or a tuple of [`Path`](crate::Path)s, in the route's order.
    type Path: PathParams + 'static;

    /// Its other arguments but [`Db`], as actix extracts them: a tuple, the
    /// [`Extract`](crate::extract::Extract) ones first (the request's head is checked before its
    /// body is read).
    type Args: FromRequest + 'static;

    /// `T` of the function's `ApiResult<T>`.
    type Output: Serialize + 'static;

    /// Calls the function.
    fn call(
        db: Db,
        path: Self::Path,
        args: Self::Args,
    ) -> impl Future<Output = ApiResult<Self::Output>>;

    /// Calls `before_x` with the function's inputs.
    fn before(
        hooks: &H,
        context: &HookContext<'_>,
        path: &Self::Path,
        args: &Self::Args,
    ) -> impl HookFuture;

    /// Calls `after_x` with the function's value.
    fn after(hooks: &H, context: &HookContext<'_>, value: &Self::Output) -> impl HookFuture;

    /// Calls `after_x_committed` (a write's; a read has none, and this does nothing).
    fn committed(hooks: &H, context: &HookContext<'_>, value: &Self::Output) -> impl HookFuture {
        let _ = (hooks, context, value);
        std::future::ready(Ok(()))
    }

    /// Calls `on_x_error`.
    fn on_error(hooks: &H, context: &HookContext<'_>, error: &ApiError)
    -> impl Future<Output = ()>;
}

/// The future of a hook that may deny or fail: `Future<Output = ApiResult<()>>`, named once.
pub trait HookFuture: Future<Output = ApiResult<()>> {}

impl<F: Future<Output = ApiResult<()>>> HookFuture for F {}

/// One endpoint's route, as [`route`](crate::lifecycle::route) builds it, for [`register`].
pub struct Routed {
    pub(crate) method: Method,
    pub(crate) path: &'static str,
    pub(crate) envelope: Envelope,
    pub(crate) route: actix_web::Route,
}

impl std::fmt::Debug for Routed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Routed")
            .field("method", &self.method)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Registers a plugin's routes under `base_path`: one resource per path, each answering 405
/// with `Allow` for the methods it does not serve (in the envelope when every route of the path
/// has one: the path is the plugin's, and so is its wire format). Paths whose first differing
/// segment is literal go first, so `/posts/new` is matched before `/posts/{slug}`.
pub fn register(config: &mut ServiceConfig, base_path: &str, routes: Vec<Routed>) {
    let mut paths: Vec<(&'static str, Vec<Routed>)> = Vec::new();
    for routed in routes {
        match paths.iter_mut().find(|(path, _)| *path == routed.path) {
            Some((_, routes)) => routes.push(routed),
            None => paths.push((routed.path, vec![routed])),
        }
    }
    paths.sort_by_key(|(path, _)| {
        path.split('/')
            .map(|segment| segment.starts_with('{'))
            .collect::<Vec<_>>()
    });
    for (path, routes) in paths {
        let allowed: Vec<Method> = routes.iter().map(|routed| routed.method).collect();
        let envelope = routes
            .iter()
            .map(|routed| routed.envelope)
            .reduce(|left, right| if left == right { left } else { Envelope::None })
            .unwrap_or(Envelope::None);
        let resource = routes.into_iter().fold(
            enveloped_resource(base_path, path, &allowed, envelope),
            |resource, routed| resource.route(routed.route),
        );
        config.service(resource);
    }
}

/// A route's resource at `base_path` + `path` (registered whole, not under an actix scope, so
/// matching costs nothing per request beyond the route itself): the generated routes are added
/// to it; any other method is a 405 whose `Allow` header lists `allowed`.
pub(crate) fn resource(base_path: &str, path: &str, allowed: &[Method]) -> Resource {
    enveloped_resource(base_path, path, allowed, Envelope::None)
}

/// [`resource`], its 405 answered in `envelope`.
fn enveloped_resource(
    base_path: &str,
    path: &str,
    allowed: &[Method],
    envelope: Envelope,
) -> Resource {
    // A `HEAD` is routed as a `GET` (`head::route_as_get`), so a path with a `GET` allows both.
    let mut names: Vec<&'static str> = Vec::with_capacity(allowed.len() + 1);
    for method in allowed {
        names.push(method.as_str());
        if *method == Method::Get {
            names.push("HEAD");
        }
    }
    web::resource(format!("{base_path}{path}")).default_service(web::to(move || {
        let error = ApiError::method_not_allowed(&names);
        async move { failure(envelope, &error) }
    }))
}
