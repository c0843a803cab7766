//! The database: a bounded connection pool, blocking Diesel calls moved off the async threads,
//! the typed operations endpoints use ([`Db::find`], [`Db::create`], ...), raw Diesel access
//! ([`Db::run`], [`Db::transaction`]), and the migrations the Stack applies at start.
//!
//! The backend comes from the URL ([`crate::backend`]): SQLite (embedded default: WAL,
//! `busy_timeout = 5000`, `foreign_keys = ON`, every write in a `BEGIN IMMEDIATE` transaction so
//! concurrent writers queue instead of failing, and one write transaction at a time per pool,
//! queued in the process rather than in SQLite's sleeping busy handler) or PostgreSQL (each
//! plugin's tables in the schema `plugin_<name>`, every schema on the `search_path`).
//!
//! This file holds the handle ([`Db`]: opening it, [`Db::run`], [`Db::transaction`], taking it
//! from a request); its parts have a file each: `pool` (opening, preparing and checking out
//! connections), `gate` (an
//! SQLite file's write turn), `scope` (the one transaction of a write endpoint), `row_scope`
//! (the rows a request may see, `#[model(row_scope = ..)]`), `operations` (the typed operations
//! and [`Crud`]) and `migrate` (the tables the Stack creates at start).

use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use diesel::connection::SimpleConnection;
use diesel::r2d2::Pool;

use crate::backend::{
    AnyConnection, Dialect, begin_write_within, write_transaction, write_transaction_within,
};
use crate::error::{ApiError, ApiResult};

mod gate;
mod migrate;
mod operations;
mod pool;
mod row_scope;
mod scope;

pub(crate) use crate::schema::plugin_schema;
use gate::WriteGate;
pub use migrate::SchemaChanges;
pub(crate) use migrate::{PluginDiff, binary_name, describe, record_sql};
pub use operations::{Crud, Deleted, ListQuery};
use pool::{Manager, Reachability, Target};
use row_scope::RowScope;
use scope::{Scope, Slot};

/// The Diesel connection type that endpoint code receives in [`Db::run`] and [`Db::transaction`]:
/// one type for every backend.
pub type Connection = AnyConnection;

/// How long a request waits for a pooled connection before it is answered 503.
pub const DEFAULT_CHECKOUT_TIMEOUT: Duration = Duration::from_secs(2);

/// How long an SQLite write may wait, in all, for its turn and for the file's write lock
/// ([`Stack::write_timeout`](crate::Stack::write_timeout)); past it the write answers 503 +
/// `Retry-After: 1`. It is also every SQLite connection's `busy_timeout`.
pub const DEFAULT_WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long opening a pool waits for its first connection (or the checkout timeout, if longer).
const OPEN_PATIENCE: Duration = Duration::from_secs(10);

/// Why the database could not be opened.
#[derive(Debug)]
pub struct DbError(pub(crate) String);

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DbError {}

impl From<DbError> for std::io::Error {
    fn from(error: DbError) -> Self {
        std::io::Error::other(error.0)
    }
}

/// A handle on the database: cheap to clone, shared by every request.
///
/// As an endpoint argument (`db: Db`) it is taken from the running Stack.
#[derive(Clone)]
pub struct Db {
    /// What every handle on this database shares: cloning a handle (once or twice per request)
    /// is one reference count.
    shared: Arc<Shared>,
    /// Set on the handle a write endpoint receives: every call goes through one connection, in
    /// one transaction, until the handler commits or rolls back.
    scope: Option<Arc<Scope>>,
    /// The row scope's value: set on the handle of a request to a plugin with row-scoped
    /// models, or by [`Db::with_row_scope`] ([`row_scope`](self::row_scope)).
    row_scope: RowScope,
}

struct Shared {
    pool: Pool<Manager>,
    dialect: Dialect,
    reachability: Arc<Reachability>,
    /// SQLite files only: the turn each write transaction takes.
    gate: Option<WriteGate>,
    /// The deadline of an SQLite write, counted from when it starts waiting for its turn.
    write_timeout: Duration,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.shared.pool.state();
        f.debug_struct("Db")
            .field("dialect", &self.shared.dialect)
            .field("connections", &state.connections)
            .field("idle", &state.idle_connections)
            .field("reachability", &self.shared.reachability)
            .field("scoped", &self.scope.is_some())
            .field("row_scope", &self.row_scope)
            .field("write_gate", &self.shared.gate)
            .finish()
    }
}

impl Db {
    /// Opens a pool on `url`: `postgres://...`, `sqlite://file.db`, `sqlite:file.db`, a bare
    /// path, or `sqlite::memory:` (one connection, since each SQLite memory connection is its own
    /// database).
    pub fn connect(url: &str) -> Result<Self, DbError> {
        Self::connect_with(
            url,
            DEFAULT_CHECKOUT_TIMEOUT,
            DEFAULT_WRITE_TIMEOUT,
            None,
            Vec::new(),
        )
    }

    /// [`Db::connect`] with the pool checkout timeout (past it a request is answered 503), the
    /// deadline of an SQLite write ([`DEFAULT_WRITE_TIMEOUT`]), the most connections the pool
    /// keeps (default 8; always 1 for `:memory:`), and the PostgreSQL schemas every connection
    /// searches.
    pub fn connect_with(
        url: &str,
        checkout_timeout: Duration,
        write_timeout: Duration,
        pool_size: Option<u32>,
        schemas: Vec<String>,
    ) -> Result<Self, DbError> {
        let target = Target::parse(url).map_err(DbError)?;
        let (dialect, max_size, memory) = match &target {
            Target::Postgres(_) => (Dialect::Postgres, pool_size.unwrap_or(8).max(1), false),
            Target::Mysql(_) => (Dialect::Mysql, pool_size.unwrap_or(8).max(1), false),
            Target::SqliteFile(_) => (Dialect::Sqlite, pool_size.unwrap_or(8).max(1), false),
            Target::SqliteMemory => (Dialect::Sqlite, 1, true),
        };
        let builder = Pool::builder();
        // The one connection of a memory database *is* the database: never let the pool retire it.
        let builder = if memory {
            builder.idle_timeout(None).max_lifetime(None)
        } else {
            builder
        };
        let gate = matches!(target, Target::SqliteFile(_)).then(WriteGate::default);
        let reachability = Arc::new(Reachability::default());
        let pool = builder
            .max_size(max_size)
            .connection_timeout(checkout_timeout)
            .build_unchecked(Manager::new(
                target,
                schemas,
                write_timeout,
                Arc::clone(&reachability),
            ));
        // One connection proves the URL; the pool opens the others in the background. Waiting
        // for all of them within the checkout timeout (r2d2's `build`) failed the start whenever
        // opening eight took longer than 2 s: a remote server, a slow machine.
        drop(
            pool.get_timeout(OPEN_PATIENCE.max(checkout_timeout))
                .map_err(|error| {
                    DbError(format!(
                        "cannot open the database `{}`: {error}",
                        redact(url)
                    ))
                })?,
        );
        Ok(Self {
            shared: Arc::new(Shared {
                pool,
                dialect,
                reachability,
                gate,
                write_timeout,
            }),
            scope: None,
            row_scope: RowScope::Every,
        })
    }

    /// The SQL dialect of this database.
    pub fn dialect(&self) -> Dialect {
        self.shared.dialect
    }

    /// Runs `f` on a pooled connection on a blocking thread (on this handle's transaction, if it
    /// is [scoped](Db::scoped)). A panic inside is a 500 and the connection's open transaction,
    /// if any, rolls back.
    pub async fn run<T, E, F>(&self, f: F) -> ApiResult<T>
    where
        F: FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError>,
    {
        // The first call of a scope on an SQLite file waits for the write turn here, before it
        // takes a blocking thread. (Two first calls of one scope run at once would queue one
        // behind the other's turn, which is held until the scope ends: a 503 at the deadline.)
        let turn = match &self.scope {
            Some(scope) if self.shared.gate.is_some() && matches!(*scope.lock(), Slot::Fresh) => {
                self.take_turn().await?
            }
            _ => None,
        };
        let db = self.clone();
        actix_web::web::block(move || match &db.scope {
            None => {
                let mut conn = db.checkout()?;
                f(&mut conn).map_err(Into::into)
            }
            Some(scope) => {
                let mut slot = scope.lock();
                if matches!(*slot, Slot::Fresh) {
                    let budget = db.busy_budget(turn.as_ref())?;
                    let mut conn = db.checkout()?;
                    begin_write_within(&mut conn, budget)?;
                    *slot = Slot::Open(Box::new(conn), turn);
                }
                match &mut *slot {
                    Slot::Open(conn, _) => f(conn).map_err(Into::into),
                    Slot::Fresh | Slot::Ended => Err(ApiError::internal(
                        "this handle's transaction has already been committed or rolled back",
                    )),
                }
            }
        })
        .await
        .map_err(|_| ApiError::internal("a database call panicked"))?
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE` on SQLite; a savepoint inside a
    /// [scoped](Db::scoped) handle): committed if it returns `Ok`, rolled back on `Err` or panic
    /// (the connection is then dropped, not reused).
    pub async fn transaction<T, E, F>(&self, f: F) -> ApiResult<T>
    where
        F: FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError> + From<diesel::result::Error>,
    {
        if self.scope.is_some() {
            // Inside the scope's transaction: a savepoint, in the scope's turn.
            return self.run(move |conn| write_transaction(conn, f)).await;
        }
        let turn = self.take_turn().await?;
        let db = self.clone();
        actix_web::web::block(move || {
            let budget = db.busy_budget(turn.as_ref())?;
            let mut conn = db.checkout()?;
            let written = write_transaction_within(&mut conn, budget, f).map_err(Into::into);
            // The connection goes back to the pool before the next writer is let in.
            drop(conn);
            drop(turn);
            written
        })
        .await
        .map_err(|_| ApiError::internal("a database call panicked"))?
    }

    /// The Stack's database, from a request served by it.
    pub fn of(request: &HttpRequest) -> ApiResult<Db> {
        request
            .app_data::<Db>()
            .cloned()
            .ok_or_else(|| ApiError::internal("no database: serve the plugin through a Stack"))
    }

    /// Whether the database answers (`SELECT 1`).
    pub async fn ping(&self) -> ApiResult<()> {
        self.run(|conn| conn.batch_execute("SELECT 1")).await
    }
}

/// A URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or("");
            format!("{}{user}@{}", &url[..scheme + 3], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

impl FromRequest for Db {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Db::of(req))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_waits_for_one_connection_not_for_the_whole_pool() {
        let path = std::env::temp_dir().join(format!("btst-open-{}.db", std::process::id()));
        let url = format!("sqlite://{}", path.display());
        // Eight connections cannot all open within a nanosecond; the first gets OPEN_PATIENCE.
        let db = Db::connect_with(
            &url,
            Duration::from_nanos(1),
            DEFAULT_WRITE_TIMEOUT,
            Some(8),
            Vec::new(),
        );
        assert!(db.is_ok(), "{:?}", db.err());
        drop(db);
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://app:secret@db:5432/x"),
            "postgres://app@db:5432/x"
        );
        assert_eq!(redact("sqlite://a.db"), "sqlite://a.db");
    }
}
