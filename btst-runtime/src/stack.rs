//! The [`Stack`]: plugins composed under one base path over one database, with migrations at
//! start, `/openapi.json`, Swagger UI at `/docs` (offline), `/health`, a log line per request,
//! and graceful shutdown on SIGINT / SIGTERM.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::web::{self, ServiceConfig};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, ResponseError};
use tracing_actix_web::TracingLogger;
use utoipa::openapi::OpenApi;

use crate::cors::{Cors, problem_for_refusals};
use crate::db::{DEFAULT_CHECKOUT_TIMEOUT, DEFAULT_WRITE_TIMEOUT, Db, DbError, SchemaChanges};
use crate::docs::Docs;
use crate::edge::{EdgeRules, edge};
use crate::endpoint::resource;
use crate::error::ApiError;
use crate::extract::{BodyRules, DEFAULT_BODY_LIMIT};
use crate::identity::{IdentityProvider, Provider};
use crate::method::Method;
use crate::migrate_command;
use crate::model::InputOf;
use crate::openapi;
use crate::plugin::Plugin;
use crate::row_scope::RowScopeSource;
use crate::seams::{Committed, Seams};
use crate::sitemap;
use crate::trace::RequestSpan;
use crate::validate::JsonValue;

/// The database used when `DATABASE_URL` is not set: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://btst.db";

/// The paths the Stack serves itself, whatever the base path: `/health`, `/openapi.json`, and
/// Swagger UI at `/docs` and every path under it. A plugin route on one of them is refused by
/// [`Stack::open`].
pub const RESERVED_PATHS: [&str; 4] = ["/health", "/openapi.json", "/docs", "/sitemap.xml"];

/// Plugins composed into one back end. Build it, then [`Stack::run`] it, or [`Stack::open`] it
/// to use the database and getters without HTTP.
pub struct Stack {
    title: String,
    version: String,
    base_path: String,
    plugins: Vec<Arc<dyn Plugin>>,
    public_url: Option<Arc<str>>,
    body_limit: usize,
    timeouts: Timeouts,
    workers: Option<usize>,
    checkout_timeout: Duration,
    write_timeout: Duration,
    pool_size: Option<u32>,
    identity: Option<Provider>,
    cors: Option<Cors>,
    schema_changes: Option<SchemaChanges>,
    seams: Seams,
    row_scope: Option<Arc<RowScopeSource>>,
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
            public_url: None,
            body_limit: DEFAULT_BODY_LIMIT,
            timeouts: Timeouts::default(),
            workers: None,
            checkout_timeout: DEFAULT_CHECKOUT_TIMEOUT,
            write_timeout: DEFAULT_WRITE_TIMEOUT,
            pool_size: None,
            identity: None,
            cors: None,
            schema_changes: None,
            seams: Seams::default(),
            row_scope: None,
        }
    }

    /// Adds an input normaliser, run on the JSON of every body that is a model's create or
    /// update input (`New<Model>`, `<Model>Patch`) or a `#[body]`, of every plugin, before the
    /// body is checked (json-rest-api's `beforeSchemaValidate`): trim strings, lower-case
    /// emails, drop what clients echo back. `input` says what the body is the input of (the
    /// model, its plugin and fields; create or update). Normalisers run in the order they were
    /// added; the body is then checked as the client had sent what they leave. A body that is
    /// not a JSON object reaches them too. Not run on a hand-written `Input` type, nor on bodies
    /// a [`PluginApi`] call hands over in Rust.
    ///
    /// ```
    /// use btst_runtime::{InputOf, JsonValue, Stack};
    ///
    /// // Trims every string field of every model's writes.
    /// let stack = Stack::new().normalize_input(|body: &mut JsonValue, input: InputOf| {
    ///     let (Some(_), Some(fields)) = (input.model(), body.as_object_mut()) else {
    ///         return;
    ///     };
    ///     for value in fields.values_mut() {
    ///         if let JsonValue::String(text) = value {
    ///             *text = text.trim().to_owned();
    ///         }
    ///     }
    /// });
    /// # let _ = stack;
    /// ```
    #[must_use]
    pub fn normalize_input(
        mut self,
        normalizer: impl Fn(&mut JsonValue, InputOf) + Send + Sync + 'static,
    ) -> Self {
        self.seams.add_normalizer(normalizer);
        self
    }

    /// Declares where the row scope's value comes from: from each request to a plugin with
    /// row-scoped models (`#[model(row_scope = team_id)]`) whose endpoint takes `db: Db`, the
    /// [`Extract`](crate::Extract) type `E` is read (a failure answers the request, say 400
    /// naming a missing header, before any hook runs) and `value` of it is the request's row
    /// scope. Every typed operation of the request's [`Db`] then sees, changes and deletes only
    /// the rows of such models whose scope field holds it, stamps it on the rows it creates, and
    /// answers 404 for another scope's row; the field is read-only in the document and in every
    /// input, so no body can move a row to another scope. Those operations document `E`'s
    /// headers and errors. A Stack with a row-scoped model and no `row_scope` does not open.
    ///
    /// NAAP's tenancy, by `x-team-id` ([`Tenant`](crate::Tenant)):
    ///
    /// ```
    /// use btst_runtime::{Stack, Tenant};
    ///
    /// let stack = Stack::new().row_scope(|tenant: &Tenant| tenant.team_id.clone());
    /// # let _ = stack;
    /// ```
    ///
    /// A query of your own in [`Db::run`] is not filtered: start it from the model's
    /// `rows(&db)` (`Project::rows(&db)?`), the table filtered to the request's scope.
    #[must_use]
    pub fn row_scope<E: crate::Extract>(
        mut self,
        value: impl Fn(&E) -> String + Send + Sync + 'static,
    ) -> Self {
        self.row_scope = Some(Arc::new(RowScopeSource::new(value)));
        self
    }

    /// Adds a write observer, run after every write of every plugin that committed (an
    /// endpoint of method `POST`, `PUT`, `PATCH` or `DELETE` that answered 2xx), after the
    /// endpoint's own `after_x_committed` hook and before the response is sent: audit logs,
    /// cache revalidation, events. It sees the endpoint, the caller and the value answered
    /// ([`Committed`]). Observers run one after another, in the order they were added; a panic
    /// in one is logged and the others still run. The write stands whatever they do.
    ///
    /// ```
    /// use btst_runtime::{Committed, Stack};
    ///
    /// let stack = Stack::new().observe_writes(|write: Committed| async move {
    ///     eprintln!("{}.{} answered {}", write.plugin, write.endpoint, write.status);
    /// });
    /// # let _ = stack;
    /// ```
    #[must_use]
    pub fn observe_writes<F, Fut>(mut self, observer: F) -> Self
    where
        F: Fn(Committed) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        self.seams.add_observer(observer);
        self
    }

    /// What the start does when the models and the database differ: apply the additive changes
    /// ([`SchemaChanges::ApplyAdditive`], the default on SQLite), create new tables only
    /// ([`SchemaChanges::CreateTables`], the default on PostgreSQL and MySQL), or apply the
    /// migration folders of a directory ([`SchemaChanges::Migrations`], for production). Any
    /// difference the policy does not apply stops the start, naming each change. The app's
    /// binary also answers `migrate status | generate <name> | apply` ([`Stack::run`]).
    #[must_use]
    pub fn schema_changes(mut self, policy: SchemaChanges) -> Self {
        self.schema_changes = Some(policy);
        self
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

    /// Serves browsers on the origins `policy` allows ([`Cors`], on actix-cors): preflights are
    /// answered for every route, and answers carry the `Access-Control-*` headers. Off by
    /// default. A policy's mistakes (no origin, `*` as an origin) are refused by
    /// [`Stack::open`].
    #[must_use]
    pub fn cors(mut self, policy: Cors) -> Self {
        self.cors = Some(policy);
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

    /// The site's public address (`https://example.com`), which the paths of `/sitemap.xml`'s
    /// entries are joined to. Without it, each request's own scheme and host are used (as
    /// actix's `ConnectionInfo` reads them: `Forwarded`, `X-Forwarded-Host` and
    /// `X-Forwarded-Proto` first), so set it when a proxy in front does not send those.
    #[must_use]
    pub fn public_url(mut self, url: &str) -> Self {
        self.public_url = Some(Arc::from(url.trim_end_matches('/')));
        self
    }

    /// The largest JSON body accepted, in bytes; larger ones are answered 413.
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// How long a client may take to send a request's head (request line and headers), from
    /// the moment it connects or its previous response was sent: past it, actix-web answers
    /// 408 and closes the connection. Default 5 s (actix-web's `client_request_timeout`).
    #[must_use]
    pub fn client_request_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.client_request = timeout;
        self
    }

    /// How long a client may take to send a JSON body once the endpoint starts reading it:
    /// past it, the request is answered 408 `REQUEST_TIMEOUT` and the connection is closed.
    /// Default 10 s.
    #[must_use]
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.body = timeout;
        self
    }

    /// How long the Stack works on one request, from its head to its response's head: reading
    /// the body, the identity provider, the hooks and the endpoint. Past it, the request's
    /// future is dropped and it is answered 503 `SERVICE_UNAVAILABLE`. Dropping it rolls back
    /// its request transaction if it has not committed (a write whose plugin has hooks), and
    /// gives up its SQLite write turn; a database call already running on a blocking thread
    /// finishes first, so a write without a request transaction, or one whose commit had
    /// started, may still be stored: a client that sees this 503 reads before it retries.
    /// Only code that awaits can be cut off: a hook or endpoint that blocks its thread
    /// (`std::thread::sleep`, a long computation) answers when it returns, and holds its
    /// worker meanwhile. A timed-out request runs no `on_x_error` hook (its future is gone);
    /// the log has a `WARN` line with its method, path and request id. The 503 carries
    /// `Retry-After: 1`, as every 503 does.
    /// Default: no limit (a hook that never ends keeps its request, and its transaction, open).
    #[must_use]
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.request = Some(timeout);
        self
    }

    /// How long an idle keep-alive connection stays open waiting for its next request. Default
    /// 5 s (actix-web's `keep_alive`).
    #[must_use]
    pub fn keep_alive(mut self, timeout: Duration) -> Self {
        self.timeouts.keep_alive = timeout;
        self
    }

    /// How many actix worker threads serve requests (actix-web's `HttpServer::workers`; `0`
    /// counts as 1). Default: one per physical core. Each worker runs many requests at once:
    /// an endpoint or a hook that awaits does not hold its worker up.
    #[must_use]
    pub fn workers(mut self, workers: usize) -> Self {
        self.workers = Some(workers.max(1));
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
        let row_scoped: Vec<&str> = self
            .plugins
            .iter()
            .filter(|plugin| crate::plugin::has_row_scope(plugin.models()))
            .map(|plugin| plugin.name())
            .collect();
        openapi::document(
            &self.title,
            &self.version,
            &self.base_path,
            &docs,
            &openapi::StackParts {
                identity: self.identity.as_ref().map(|provider| &*provider.0),
                referenced: &self.referenced_with_restrict(),
                row_scope: self
                    .row_scope
                    .as_deref()
                    .map(|source| (&source.meta, row_scoped.as_slice())),
            },
        )
    }

    /// The plugins one of whose models a model of the Stack references with `on_delete =
    /// "restrict"` (the default): their deletes may be refused.
    fn referenced_with_restrict(&self) -> Vec<&'static str> {
        let mut referenced: Vec<&'static str> = self
            .plugins
            .iter()
            .flat_map(|plugin| plugin.models())
            .flat_map(|model| {
                model.fields.iter().filter_map(|field| {
                    let reference = field.references?;
                    (reference.on_delete == crate::model::OnDelete::Restrict)
                        .then(|| reference.plugin.unwrap_or(model.plugin))
                })
            })
            .collect();
        referenced.sort_unstable();
        referenced.dedup();
        referenced
    }

    /// The pool over `database_url`, of `pool_size` connections (the Stack's when `None`).
    fn connect(&self, database_url: &str, pool_size: Option<u32>) -> io::Result<Db> {
        let schemas = self
            .plugins
            .iter()
            .map(|plugin| crate::db::plugin_schema(plugin.name()))
            .collect();
        Ok(Db::connect_with(
            database_url,
            self.checkout_timeout,
            self.write_timeout,
            pool_size.or(self.pool_size),
            schemas,
        )?)
    }

    /// Each plugin's name and models, for the schema set-up, in `plugins`' order.
    fn plugin_models(
        plugins: &[Arc<dyn Plugin>],
    ) -> Vec<(&'static str, &'static [crate::model::ModelMeta])> {
        plugins
            .iter()
            .map(|plugin| (plugin.name(), plugin.models()))
            .collect()
    }

    /// The plugins in set-up order: each after the plugins it depends on
    /// (`#[plugin(depends_on = [..])]`), otherwise in the order they were added. Tables are
    /// created, and routes and hooks registered, in this order.
    ///
    /// # Errors
    /// A dependency that is not in the Stack (naming it and the plugin that needs it), or
    /// plugins that depend on each other.
    fn in_dependency_order(&self) -> io::Result<Vec<Arc<dyn Plugin>>> {
        for plugin in &self.plugins {
            for dependency in plugin.depends_on() {
                if !self.plugins.iter().any(|known| known.name() == *dependency) {
                    return Err(io::Error::other(format!(
                        "plugin `{}` depends on the plugin `{dependency}`, which is not in this \
                         Stack: add it with `.plugin(..)`",
                        plugin.name()
                    )));
                }
            }
        }
        let mut ordered: Vec<Arc<dyn Plugin>> = Vec::with_capacity(self.plugins.len());
        let mut pending = self.plugins.clone();
        while !pending.is_empty() {
            let ready = pending.iter().position(|plugin| {
                plugin
                    .depends_on()
                    .iter()
                    .all(|dependency| ordered.iter().any(|done| done.name() == *dependency))
            });
            let Some(ready) = ready else {
                let cycle: Vec<String> = pending
                    .iter()
                    .map(|plugin| {
                        format!(
                            "`{}` (depends on {})",
                            plugin.name(),
                            plugin
                                .depends_on()
                                .iter()
                                .map(|name| format!("`{name}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    })
                    .collect();
                return Err(io::Error::other(format!(
                    "the plugins {} depend on each other, so none can be set up first: remove \
                     one of the dependencies",
                    cycle.join(" and ")
                )));
            };
            ordered.push(pending.remove(ready));
        }
        Ok(ordered)
    }

    /// Runs the schema command `args` (what follows `migrate` on the command line: `status`,
    /// `generate <name>`, `apply` or `revert`) against `database_url`, and returns what it
    /// prints. The migration folders are those of [`SchemaChanges::Migrations`], else
    /// `migrations/`.
    ///
    /// # Errors
    /// A usage error (the usage), the database's, or a change this backend's SQL cannot be
    /// written for.
    pub fn migrate_command(&self, database_url: &str, args: &[String]) -> io::Result<String> {
        let command = migrate_command::Command::parse(args)?;
        let ordered = self.in_dependency_order()?;
        self.check_plugins_fit()?;
        // One connection: the command needs no more, and no pool thread is still connecting
        // when the process exits (libpq's Kerberos support can crash at exit then).
        let db = self.connect(database_url, Some(1))?;
        let plugins = Self::plugin_models(&ordered);
        let dir = match &self.schema_changes {
            Some(SchemaChanges::Migrations(dir)) => dir.clone(),
            _ => std::path::PathBuf::from("migrations"),
        };
        Ok(migrate_command::run(&db, &plugins, &dir, &command)?)
    }

    /// Connects to `database_url`, checks the plugins fit together, and applies every plugin's
    /// DDL (idempotently; instances opening one database at once take turns, see
    /// [`Db::migrate_all`]). The result serves HTTP or answers getters.
    ///
    /// Plugins are set up, and their routes and hooks registered, in dependency order: each
    /// after the plugins its `#[plugin(depends_on = [..])]` names, otherwise as added.
    ///
    /// # Errors
    /// The database's; plugins that do not fit: a missing dependency (naming it and the plugin
    /// that needs it), plugins that depend on each other, two plugins with one name, table,
    /// route or options type, a route the Stack serves itself ([`RESERVED_PATHS`]), an endpoint
    /// taking an `Identity` without an identity provider, a row-scoped model without
    /// [`Stack::row_scope`]; a CORS policy's mistake; a schema
    /// difference the [`SchemaChanges`] policy does not apply.
    pub fn open(mut self, database_url: &str) -> io::Result<OpenStack> {
        self.plugins = self.in_dependency_order()?;
        self.check_plugins_fit()?;
        if let Some(cors) = &self.cors {
            cors.check().map_err(io::Error::other)?;
        }
        let db = self.connect(database_url, None)?;
        let plugins = Self::plugin_models(&self.plugins);
        let policy = self
            .schema_changes
            .clone()
            .unwrap_or_else(|| SchemaChanges::default_for(db.dialect()));
        db.migrate_all_with(&plugins, &policy)?;
        let openapi = self.openapi();
        let docs = Arc::new(Docs::new(&openapi));
        Ok(OpenStack(Arc::new(Opened {
            db,
            openapi,
            docs,
            base_path: self.base_path,
            plugins: self.plugins,
            public_url: self.public_url,
            body: BodyRules {
                limit: self.body_limit,
                timeout: self.timeouts.body,
            },
            timeouts: self.timeouts,
            workers: self.workers,
            cors: self.cors,
            identity: self.identity,
            seams: Arc::new(self.seams),
            row_scope: self.row_scope,
        })))
    }

    /// A row-scoped model needs the Stack to say where the scope's value comes from.
    fn check_row_scope(&self) -> io::Result<()> {
        if self.row_scope.is_none() {
            let scoped = self.plugins.iter().find_map(|plugin| {
                plugin
                    .models()
                    .iter()
                    .find_map(|model| model.row_scope.map(|field| (model, field)))
            });
            if let Some((model, field)) = scoped {
                return Err(io::Error::other(format!(
                    "model `{}.{}` is scoped by `{field}` (`#[model(row_scope = {field})]`), but \
                 the Stack does not say where the scope's value comes from: add \
                 `Stack::row_scope(..)`, say `.row_scope(|tenant: &Tenant| \
                 tenant.team_id.clone())`",
                    model.plugin, model.name
                )));
            }
        }
        Ok(())
    }

    /// Plugins must not share a name, a table or a route, nor take a path the Stack serves
    /// itself ([`RESERVED_PATHS`]). Model, enumeration and endpoint names may repeat: the
    /// document qualifies each by its plugin (`todos.Todo`, `todos.list_todos`).
    fn check_plugins_fit(&self) -> io::Result<()> {
        let mut taken: HashMap<String, &'static str> = HashMap::new();
        let mut claim =
            |what: String, plugin: &'static str| match taken.insert(what.clone(), plugin) {
                Some(first) => Err(io::Error::other(format!(
                    "plugins `{first}` and `{plugin}` both declare {what}"
                ))),
                None => Ok(()),
            };
        // Each plugin's endpoints, built once for every check below.
        let docs: Vec<_> = self.plugins.iter().map(|plugin| plugin.doc()).collect();
        let mut reserved_routes = Vec::new();
        for (plugin, doc) in self.plugins.iter().zip(&docs) {
            for endpoint in &doc.endpoints {
                let path = format!("{}{}", self.base_path, endpoint.path);
                if let Some(reserved) = RESERVED_PATHS.iter().find(|reserved| {
                    path == **reserved || (**reserved == "/docs" && path.starts_with("/docs/"))
                }) {
                    reserved_routes.push(format!(
                        "plugin `{}` declares the route `{} {path}`, but the Stack serves \
                         `{reserved}` itself",
                        plugin.name(),
                        endpoint.method.as_str(),
                    ));
                }
            }
        }
        if !reserved_routes.is_empty() {
            return Err(io::Error::other(format!(
                "{}; set a base path (`Stack::base_path(\"/api\")`) or choose other paths",
                reserved_routes.join("; ")
            )));
        }
        self.check_row_scope()?;
        if self.identity.is_none() {
            for (plugin, doc) in self.plugins.iter().zip(&docs) {
                if let Some(endpoint) = doc
                    .endpoints
                    .iter()
                    .find(|endpoint| endpoint.requires_caller())
                {
                    return Err(io::Error::other(format!(
                        "endpoint `{}` of plugin `{}` takes an `Identity` (it needs a caller), \
                         but the Stack has no identity provider to resolve one: add one with \
                         `Stack::identity(..)`, or take an `Option<Identity>`",
                        endpoint.operation_id,
                        plugin.name()
                    )));
                }
            }
        }
        let mut options: Vec<(std::any::TypeId, &'static str, &'static str)> = Vec::new();
        for plugin in &self.plugins {
            let Some((id, type_name)) = plugin.options_type() else {
                continue;
            };
            if let Some((_, _, first)) = options.iter().find(|(known, ..)| *known == id) {
                return Err(io::Error::other(format!(
                    "plugins `{first}` and `{}` both take options of type `{type_name}`: each \
                     plugin declares an options type of its own",
                    plugin.name()
                )));
            }
            options.push((id, type_name, plugin.name()));
        }
        let mut names = std::collections::HashSet::new();
        for (plugin, doc) in self.plugins.iter().zip(&docs) {
            let name = plugin.name();
            if !names.insert(name) {
                return Err(io::Error::other(format!(
                    "two plugins are named `{name}`: add each plugin once (a name is its tables' \
                     prefix, its schema and its tag, so it is unique in a Stack)"
                )));
            }
            for model in plugin.models() {
                claim(format!("the table `{}`", model.table), name)?;
            }
            for endpoint in &doc.endpoints {
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
    /// `BTST_SCHEMA_CHANGES` (`apply-additive`, `create-tables` or `migrations=<dir>`), when
    /// set, overrides [`Stack::schema_changes`].
    pub async fn serve_from_env(self) -> io::Result<()> {
        init_tracing();
        // Logged as well as returned: `main` prints a returned `io::Error` in its Debug form.
        self.serve_env()
            .await
            .inspect_err(|error| tracing::error!("the Stack could not serve: {error}"))
    }

    async fn serve_env(self) -> io::Result<()> {
        let stack = self.schema_changes_from_env()?;
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
        stack.open(&url)?.serve((host.as_str(), port)).await
    }

    /// The Stack with the schema policy of `BTST_SCHEMA_CHANGES`, if set: `apply-additive`,
    /// `create-tables` or `migrations=<dir>` ([`SchemaChanges`]), so one binary can apply
    /// additive changes on a staging server and only migrations in production.
    fn schema_changes_from_env(self) -> io::Result<Self> {
        let Ok(value) = std::env::var("BTST_SCHEMA_CHANGES") else {
            return Ok(self);
        };
        let policy = value.parse().map_err(|error: DbError| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("BTST_SCHEMA_CHANGES: {error}"),
            )
        })?;
        Ok(self.schema_changes(policy))
    }

    /// Runs `future` on a new runtime: for calling getters from synchronous code (a CLI, a test).
    pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
        actix_web::rt::System::new().block_on(future)
    }

    /// [`Stack::serve_from_env`] on its own runtime: the whole `main` of a server. With
    /// `migrate ...` on the command line (`cargo run -- migrate status`), runs that schema
    /// command instead ([`Stack::migrate_command`]) against `DATABASE_URL` and prints its output
    /// (a failure on stderr, with exit status 1).
    pub fn run(self) -> io::Result<()> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.first().map(String::as_str) == Some("migrate") {
            init_tracing();
            let url =
                std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
            match self
                .schema_changes_from_env()
                .and_then(|stack| stack.migrate_command(&url, &args[1..]))
            {
                Ok(out) => {
                    print!("{out}");
                    return Ok(());
                }
                // Printed as written (`main` would print a returned error's Debug form), and the
                // exit status says it failed.
                Err(error) => {
                    eprintln!("{error}");
                    std::process::exit(1);
                }
            }
        }
        if actix_web::rt::System::new()
            .block_on(self.serve_from_env())
            .is_err()
        {
            // Logged by `serve_from_env`; `main` would print it again, in Debug form.
            std::process::exit(1);
        }
        Ok(())
    }
}

struct Opened {
    db: Db,
    openapi: OpenApi,
    base_path: String,
    plugins: Vec<Arc<dyn Plugin>>,
    public_url: Option<Arc<str>>,
    body: BodyRules,
    timeouts: Timeouts,
    workers: Option<usize>,
    cors: Option<Cors>,
    identity: Option<Provider>,
    docs: Arc<Docs>,
    seams: Arc<Seams>,
    row_scope: Option<Arc<RowScopeSource>>,
}

/// The deadlines of reading a request, one per phase.
#[derive(Debug, Clone, Copy)]
struct Timeouts {
    client_request: Duration,
    body: Duration,
    keep_alive: Duration,
    request: Option<Duration>,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            client_request: Duration::from_secs(5),
            body: crate::extract::DEFAULT_BODY_TIMEOUT,
            keep_alive: Duration::from_secs(5),
            request: None,
        }
    }
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
    /// `stack.api::<todos::GuardedApi<MyHooks>>()` (runs them with the identity you pass; name
    /// the hooks the plugin was installed with, or leave `H` out for a plugin without hooks).
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

    /// The CORS policy's middleware (a default, which allows nothing, without one).
    fn cors_middleware(&self) -> actix_cors::Cors {
        self.0
            .cors
            .as_ref()
            .map(Cors::middleware)
            .unwrap_or_default()
    }

    /// The plugin of type `P`, named `name`, for its `GuardedApi`.
    ///
    /// # Panics
    /// If the Stack has no such plugin: it says whether the plugin is missing or was installed
    /// with hooks of another type than the `GuardedApi<H>` asked for.
    #[doc(hidden)]
    pub fn installed<P: Plugin>(&self, name: &str) -> &P {
        if let Some(plugin) = self.plugin::<P>() {
            return plugin;
        }
        assert!(
            !self.0.plugins.iter().any(|plugin| plugin.name() == name),
            "the plugin `{name}` is in this Stack, but not as a `{}`: it has hooks of another \
             type; name that type, as in `GuardedApi<MyHooks>`",
            std::any::type_name::<P>()
        );
        panic!("the plugin `{name}` is not in this Stack; add it with `.plugin(..)`")
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
            .app_data(opened.body)
            .app_data(Arc::clone(&opened.seams))
            .app_data(opened.row_scope.clone())
            .configure(|config| {
                for plugin in &opened.plugins {
                    plugin.configure(config, &opened.base_path);
                }
            })
            .service(resource("", "/health", &[Method::Get]).route(web::get().to(health)))
            .configure(|config| {
                let plugins: Arc<[Arc<dyn Plugin>]> = opened
                    .plugins
                    .iter()
                    .filter(|plugin| plugin.has_sitemap())
                    .cloned()
                    .collect();
                if plugins.is_empty() {
                    return;
                }
                let public_url = opened.public_url.clone();
                config.service(
                    resource("", "/sitemap.xml", &[Method::Get]).route(web::get().to(
                        move |request: HttpRequest, db: Db| {
                            let sources = plugins
                                .iter()
                                .filter_map(|plugin| Some((plugin.name(), plugin.sitemap(&db)?)))
                                .collect();
                            sitemap::serve(request, sources, public_url.clone())
                        },
                    )),
                );
            })
            .configure(|config| opened.docs.configure(config))
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
    /// A response carries `x-request-id`: the request's own when it sent one (visible ASCII,
    /// at most 200 bytes), else, with the request spans on, a new UUID v7. When `INFO` is enabled for
    /// `btst_runtime::trace` as the server starts (install the subscriber first, as
    /// [`Stack::run`] does), each request runs in a `request` span (method, route pattern,
    /// path, request id, and the W3C `traceparent`'s `trace_id` and `parent_span_id`) and ends
    /// with one `request` event (status, latency in ms); otherwise the span middleware is left
    /// out, and no request pays for it.
    pub fn start(
        self,
        address: impl std::net::ToSocketAddrs,
    ) -> io::Result<(Server, Vec<SocketAddr>)> {
        // One `HttpServer` per branch: with and without the request spans, the `App`s are
        // different types, and so with and without a CORS policy (two `Condition` wrappers
        // that are off cost every request about 400 instructions). From the outside in: the
        // edge (`HEAD` as `GET`, request id, compression), the request span, problem+json for
        // refused preflights, CORS, the routes.
        let spans = tracing::enabled!(tracing::Level::INFO);
        let cors = self.0.cors.is_some();
        macro_rules! start {
            (|$stack:ident| $($layers:tt)*) => {{
                let stack = self;
                let (timeouts, workers) = (stack.0.timeouts, stack.0.workers);
                let rules = EdgeRules {
                    make_ids: spans,
                    request_timeout: timeouts.request,
                    auth_scheme: stack.0.identity.as_ref().and_then(|provider| provider.0.scheme()),
                };
                let server = HttpServer::new(move || {
                    let $stack = stack.clone();
                    App::new()
                        $($layers)*
                        .wrap_fn(move |request, service| edge(request, service, rules))
                        .configure(move |config| $stack.configure(config))
                })
                .client_request_timeout(timeouts.client_request)
                .keep_alive(timeouts.keep_alive)
                // A compressed body is written in several segments; with Nagle's algorithm the
                // last waits for the client's delayed ACK (40 ms on Linux): bench/run measured
                // gzip'd lists at 0.18x the baseline's throughput before this.
                .tcp_nodelay(true)
                .shutdown_timeout(10);
                let server = match workers {
                    Some(workers) => server.workers(workers),
                    None => server,
                };
                let server = server.bind(address)?;
                let addresses = server.addrs();
                Ok((server.run(), addresses))
            }};
        }
        match (spans, cors) {
            (true, true) => start!(|stack| .wrap(stack.cors_middleware())
                .wrap(from_fn(problem_for_refusals))
                .wrap(TracingLogger::<RequestSpan>::new())),
            (true, false) => start!(|stack| .wrap(TracingLogger::<RequestSpan>::new())),
            (false, true) => start!(|stack| .wrap(stack.cors_middleware())
                .wrap(from_fn(problem_for_refusals))),
            (false, false) => start!(|stack|),
        }
    }
}

async fn health(db: Db) -> HttpResponse {
    match db.ping().await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })),
        Err(_) => ApiError::unavailable("the database does not answer").error_response(),
    }
}

/// Installs the `tracing` subscriber once: `RUST_LOG` filters (default `info`);
/// `BTST_LOG_FORMAT=json` writes one JSON object per line (for log collectors), anything else
/// text, coloured only when standard output is a terminal. Records of `log`-based libraries
/// (r2d2, ...) are bridged into it.
pub fn init_tracing() {
    use std::io::IsTerminal as _;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = if std::env::var("BTST_LOG_FORMAT").is_ok_and(|format| format == "json") {
        builder.json().try_init()
    } else {
        builder
            .with_ansi(std::io::stdout().is_terminal())
            .try_init()
    };
}

/// A plugin's server-side API: its getters called without HTTP (`RawApi`, which bypasses the
/// hooks, or `GuardedApi`, which runs them with an identity you pass in).
pub trait PluginApi {
    /// The API over an opened Stack.
    fn from_stack(stack: &OpenStack) -> Self;
}
