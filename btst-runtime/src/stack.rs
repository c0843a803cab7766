//! The [`Stack`]: plugins composed under one base path over one database, with migrations at
//! start, `/openapi.json`, Swagger UI at `/docs` (offline), `/health`, a log line per request,
//! and graceful shutdown on SIGINT / SIGTERM.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::dev::{Server, Service};
use actix_web::web::{self, ServiceConfig};
use actix_web::{App, HttpResponse, HttpServer, ResponseError};
use utoipa::openapi::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use crate::db::{DEFAULT_CHECKOUT_TIMEOUT, DEFAULT_WRITE_TIMEOUT, Db};
use crate::endpoint::{Method, resource};
use crate::error::ApiError;
use crate::extract::{BodyLimit, DEFAULT_BODY_LIMIT};
use crate::identity::{IdentityProvider, Provider};
use crate::openapi;
use crate::plugin::{Plugin, PluginApi};

/// The database used when `DATABASE_URL` is not set: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://btst.db";

/// Plugins composed into one back end. Build it, then [`Stack::run`] it, or [`Stack::open`] it
/// to use the database and getters without HTTP.
pub struct Stack {
    title: String,
    version: String,
    base_path: String,
    plugins: Vec<Arc<dyn Plugin>>,
    body_limit: usize,
    checkout_timeout: Duration,
    write_timeout: Duration,
    pool_size: Option<u32>,
    identity: Option<Provider>,
}

impl std::fmt::Debug for Stack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plugins: Vec<_> = self.plugins.iter().map(|plugin| plugin.name()).collect();
        f.debug_struct("Stack")
            .field("base_path", &self.base_path)
            .field("plugins", &plugins)
            .finish_non_exhaustive()
    }
}

impl Default for Stack {
    fn default() -> Self {
        Self::new()
    }
}

impl Stack {
    /// An empty stack: base path `""`, body limit 256 KiB, pool checkout timeout 2 s.
    pub fn new() -> Self {
        Self {
            title: "btst-rs API".to_owned(),
            version: "0.1.0".to_owned(),
            base_path: String::new(),
            plugins: Vec::new(),
            body_limit: DEFAULT_BODY_LIMIT,
            checkout_timeout: DEFAULT_CHECKOUT_TIMEOUT,
            write_timeout: DEFAULT_WRITE_TIMEOUT,
            pool_size: None,
            identity: None,
        }
    }

    /// The identity provider (BTST's `stack({ auth })`): resolves the caller of each request
    /// from its headers, once, before any hook runs; every hook sees it through
    /// [`HookContext::identity`](crate::HookContext::identity). An error it returns answers the
    /// request (say 401).
    ///
    /// ```
    /// use btst_runtime::{ApiError, Identity, Stack};
    ///
    /// let stack = Stack::new().identity(|headers: &btst_runtime::identity::HeaderMap| {
    ///     match headers.get("authorization").map(|value| value.to_str()) {
    ///         None => Ok(None),
    ///         Some(Ok(token)) if token.starts_with("Bearer ") => Ok(Some(Identity::new(&token[7..]))),
    ///         Some(_) => Err(ApiError::unauthorized("expected `Authorization: Bearer <token>`")),
    ///     }
    /// });
    /// # let _ = stack;
    /// ```
    #[must_use]
    pub fn identity(mut self, provider: impl IdentityProvider) -> Self {
        self.identity = Some(Provider(Arc::new(provider)));
        self
    }

    /// The OpenAPI document's title and version.
    #[must_use]
    pub fn info(mut self, title: impl Into<String>, version: impl Into<String>) -> Self {
        self.title = title.into();
        self.version = version.into();
        self
    }

    /// The path every plugin's routes are mounted under (`/api/data`).
    #[must_use]
    pub fn base_path(mut self, path: &str) -> Self {
        let trimmed = path.trim_matches('/');
        self.base_path = if trimmed.is_empty() {
            String::new()
        } else {
            format!("/{trimmed}")
        };
        self
    }

    /// Adds a plugin (`todos::plugin()`, or `todos::plugin().hooks(MyHooks)`).
    #[must_use]
    pub fn plugin(mut self, plugin: impl Plugin) -> Self {
        self.plugins.push(Arc::new(plugin));
        self
    }

    /// The largest JSON body accepted, in bytes; larger ones are answered 413.
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// How long a request waits for a database connection before it is answered 503.
    #[must_use]
    pub fn checkout_timeout(mut self, timeout: Duration) -> Self {
        self.checkout_timeout = timeout;
        self
    }

    /// How long an SQLite write may wait, in all, for its turn in the process's queue of writers
    /// and for the file's write lock (held by another process, say) before it answers 503 +
    /// `Retry-After: 1` (default [`DEFAULT_WRITE_TIMEOUT`], 5 s). Other backends wait on their
    /// own row locks.
    #[must_use]
    pub fn write_timeout(mut self, timeout: Duration) -> Self {
        self.write_timeout = timeout;
        self
    }

    /// How many database connections the pool keeps at most (default 8 for a SQLite file).
    #[must_use]
    pub fn pool_size(mut self, connections: u32) -> Self {
        self.pool_size = Some(connections);
        self
    }

    /// The merged OpenAPI document of every plugin.
    pub fn openapi(&self) -> OpenApi {
        let docs: Vec<_> = self.plugins.iter().map(|plugin| plugin.doc()).collect();
        openapi::document(
            &self.title,
            &self.version,
            &self.base_path,
            &docs,
            self.identity.is_some(),
        )
    }

    /// Connects to `database_url`, checks the plugins fit together, and applies every plugin's
    /// DDL (idempotently; instances opening one database at once take turns, see
    /// [`Db::migrate_all`]). The result serves HTTP or answers getters.
    pub fn open(self, database_url: &str) -> io::Result<OpenStack> {
        self.check_plugins_fit()?;
        let schemas = self
            .plugins
            .iter()
            .map(|plugin| crate::db::plugin_schema(plugin.name()))
            .collect();
        let db = Db::connect_with(
            database_url,
            self.checkout_timeout,
            self.write_timeout,
            self.pool_size,
            schemas,
        )?;
        let plugins: Vec<_> = self
            .plugins
            .iter()
            .map(|plugin| (plugin.name(), plugin.models()))
            .collect();
        db.migrate_all(&plugins)?;
        let openapi = self.openapi();
        Ok(OpenStack(Arc::new(Opened {
            db,
            openapi,
            base_path: self.base_path,
            plugins: self.plugins,
            body_limit: self.body_limit,
            identity: self.identity,
        })))
    }

    /// Plugins must not share a name, a table, a model name (an OpenAPI schema), an operation id
    /// or a route.
    fn check_plugins_fit(&self) -> io::Result<()> {
        let mut taken: HashMap<String, &'static str> = HashMap::new();
        let mut claim =
            |what: String, plugin: &'static str| match taken.insert(what.clone(), plugin) {
                Some(first) => Err(io::Error::other(format!(
                    "plugins `{first}` and `{plugin}` both declare {what}"
                ))),
                None => Ok(()),
            };
        for plugin in &self.plugins {
            let name = plugin.name();
            claim(format!("the plugin name `{name}`"), name)?;
            for model in plugin.models() {
                claim(format!("the table `{}`", model.table), name)?;
                claim(format!("a model named `{}`", model.name), name)?;
            }
            for endpoint in plugin.doc().endpoints {
                claim(format!("the operation `{}`", endpoint.operation_id), name)?;
                let route: Vec<&str> = endpoint
                    .path
                    .split('/')
                    .map(|segment| {
                        if segment.starts_with('{') {
                            "{}"
                        } else {
                            segment
                        }
                    })
                    .collect();
                claim(
                    format!(
                        "the route `{} {}`",
                        endpoint.method.as_str(),
                        route.join("/")
                    ),
                    name,
                )?;
            }
        }
        Ok(())
    }

    /// Opens the database named by `DATABASE_URL` (default [`DEFAULT_DATABASE_URL`]) and serves
    /// on `HOST` (default `127.0.0.1`) and `PORT` (default `8080`) until SIGINT or SIGTERM.
    pub async fn serve_from_env(self) -> io::Result<()> {
        init_tracing();
        let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
        let host = std::env::var("HOST").unwrap_or_else(|_| "127.0.0.1".to_owned());
        let port = match std::env::var("PORT") {
            Ok(port) => port.parse().map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("PORT=`{port}` is not a port number"),
                )
            })?,
            Err(_) => 8080,
        };
        self.open(&url)?.serve((host.as_str(), port)).await
    }

    /// Runs `future` on a new runtime: for calling getters from synchronous code (a CLI, a test).
    pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
        actix_web::rt::System::new().block_on(future)
    }

    /// [`Stack::serve_from_env`] on its own runtime: the whole `main` of a server.
    pub fn run(self) -> io::Result<()> {
        actix_web::rt::System::new().block_on(self.serve_from_env())
    }
}

struct Opened {
    db: Db,
    openapi: OpenApi,
    base_path: String,
    plugins: Vec<Arc<dyn Plugin>>,
    body_limit: usize,
    identity: Option<Provider>,
}

/// A Stack with its database open and migrated: serve it, or call getters.
#[derive(Clone)]
pub struct OpenStack(Arc<Opened>);

impl std::fmt::Debug for OpenStack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenStack")
            .field("base_path", &self.0.base_path)
            .field("db", &self.0.db)
            .finish_non_exhaustive()
    }
}

impl OpenStack {
    /// The database handle.
    pub fn db(&self) -> &Db {
        &self.0.db
    }

    /// A plugin's server-side getters: `stack.api::<todos::RawApi>()` (bypasses the hooks) or
    /// `stack.api::<todos::GuardedApi>()` (runs them with the identity you pass).
    pub fn api<A: PluginApi>(&self) -> A {
        A::from_stack(self)
    }

    /// The plugin of type `P` in this Stack, if it has one.
    pub fn plugin<P: Plugin>(&self) -> Option<&P> {
        self.0
            .plugins
            .iter()
            .find_map(|plugin| plugin.as_any().downcast_ref::<P>())
    }

    /// The merged OpenAPI document.
    pub fn openapi(&self) -> &OpenApi {
        &self.0.openapi
    }

    /// Registers everything on an actix app: plugin routes under the base path, `/health`,
    /// `/openapi.json`, `/docs`, and problem+json for unknown paths.
    pub fn configure(&self, config: &mut ServiceConfig) {
        let opened = &self.0;
        // Plugin routes first: actix tries resources in order, and `/docs/{_:.*}` is a pattern.
        if let Some(provider) = &opened.identity {
            config.app_data(provider.clone());
        }
        config
            .app_data(opened.db.clone())
            .app_data(BodyLimit(opened.body_limit))
            .configure(|config| {
                for plugin in &opened.plugins {
                    plugin.configure(config, &opened.base_path);
                }
            })
            .service(resource("", "/health", &[Method::Get]).route(web::get().to(health)))
            .route(
                "/docs",
                web::get().to(|| async {
                    HttpResponse::PermanentRedirect()
                        .insert_header(("Location", "/docs/"))
                        .finish()
                }),
            )
            .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", opened.openapi.clone()))
            .default_service(web::to(|| async {
                ApiError::not_found("no route matches this path").error_response()
            }));
    }

    /// Serves on `address` until SIGINT or SIGTERM, then finishes the requests in flight.
    pub async fn serve(self, address: impl std::net::ToSocketAddrs) -> io::Result<()> {
        let (server, addresses) = self.start(address)?;
        for address in addresses {
            tracing::info!(%address, "listening; OpenAPI at /openapi.json, docs at /docs");
        }
        server.await
    }

    /// Binds and starts the HTTP server inside the current actix system; returns the server (a
    /// future that ends at shutdown, and a handle to stop it) and the bound addresses (bind port 0
    /// to let the OS choose).
    ///
    /// The log line per request is written when `INFO` is enabled for `btst_runtime::stack` as
    /// the server starts (install the subscriber first, as [`Stack::run`] does); otherwise the
    /// middleware is left out, and no request pays for it.
    pub fn start(
        self,
        address: impl std::net::ToSocketAddrs,
    ) -> io::Result<(Server, Vec<SocketAddr>)> {
        // One `HttpServer` per branch: the two `App`s are different types.
        macro_rules! start {
            ($app:expr) => {{
                let stack = self;
                let server = HttpServer::new(move || {
                    let stack = stack.clone();
                    $app.configure(move |config| stack.configure(config))
                })
                .shutdown_timeout(10)
                .bind(address)?;
                let addresses = server.addrs();
                Ok((server.run(), addresses))
            }};
        }
        if tracing::enabled!(tracing::Level::INFO) {
            start!(App::new().wrap_fn(|request, service| {
                let started = Instant::now();
                let response = service.call(request);
                async move {
                    let response = response.await?;
                    tracing::info!(
                        method = %response.request().method(),
                        path = response.request().path(),
                        status = response.status().as_u16(),
                        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
                        "request"
                    );
                    Ok(response)
                }
            }))
        } else {
            start!(App::new())
        }
    }
}

async fn health(db: Db) -> HttpResponse {
    match db.ping().await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })),
        Err(_) => ApiError::unavailable("the database does not answer").error_response(),
    }
}

/// Installs the `tracing` subscriber once: `RUST_LOG` filters (default `info`).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}
