//! The database: a bounded connection pool, blocking Diesel calls moved off the async threads,
//! the typed operations endpoints use ([`Db::find`], [`Db::create`], ...), raw Diesel access
//! ([`Db::run`], [`Db::transaction`]), and the migrations the Stack applies at start.
//!
//! SQLite is the embedded backend: WAL, `busy_timeout = 5000`, `foreign_keys = ON`, and every write
//! in a `BEGIN IMMEDIATE` transaction, so concurrent writers queue instead of failing with
//! "database is locked" (DESIGN.md §8).

use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};

use crate::ddl::{self, Dialect};
use crate::error::{ApiError, ApiResult};
use crate::list::ListOptions;
use crate::model::{Model, ModelMeta, NewRecord, PatchRecord, Timestamp};

/// The Diesel connection type that endpoint code receives in [`Db::run`] and [`Db::transaction`].
pub type Connection = diesel::SqliteConnection;

/// How long a request waits for a pooled connection before it is answered 503.
pub const DEFAULT_CHECKOUT_TIMEOUT: Duration = Duration::from_secs(2);

/// The body of a successful delete: `{"success": true}`, as in BTST.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Deleted {
    /// Always `true`.
    pub success: bool,
}

/// The typed row operations of a model, implemented by `#[plugin]` for each `#[model]`.
pub trait Crud: Model {
    /// The row with this id.
    fn find(conn: &mut Connection, id: &str) -> QueryResult<Option<Self>>;
    /// Inserts a full row.
    fn insert(conn: &mut Connection, row: &Self) -> QueryResult<usize>;
    /// Writes every column of `row` to the row with its id.
    fn save(conn: &mut Connection, row: &Self) -> QueryResult<usize>;
    /// Deletes the row with this id; the number of rows deleted.
    fn delete(conn: &mut Connection, id: &str) -> QueryResult<usize>;
    /// How many rows.
    fn count(conn: &mut Connection) -> QueryResult<i64>;
    /// A page of rows in the requested order.
    fn list(conn: &mut Connection, options: &ListOptions) -> QueryResult<Vec<Self>>;
}

/// Why the database could not be opened.
#[derive(Debug)]
pub struct DbError(String);

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
    pool: Arc<Pool<ConnectionManager<Connection>>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.pool.state();
        f.debug_struct("Db")
            .field("connections", &state.connections)
            .field("idle", &state.idle_connections)
            .finish()
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<Connection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut Connection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; \
             PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
        )
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// Where a `DATABASE_URL` points.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    SqliteFile(String),
    SqliteMemory,
}

fn parse_url(url: &str) -> Result<Target, DbError> {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("postgres://")
        || lower.starts_with("postgresql://")
        || lower.starts_with("mysql://")
    {
        return Err(DbError(format!(
            "`{}` names a server database; this build of btst-runtime supports SQLite only \
             (use `sqlite://path/to/file.db`, or leave DATABASE_URL unset)",
            url.split("://").next().unwrap_or(url)
        )));
    }
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    match path {
        "" => Err(DbError(
            "DATABASE_URL is empty; give a SQLite file path such as `sqlite://app.db`".into(),
        )),
        ":memory:" => Ok(Target::SqliteMemory),
        path => Ok(Target::SqliteFile(path.to_owned())),
    }
}

impl Db {
    /// Opens a pool on `url`: `sqlite://file.db`, `sqlite:file.db`, a bare path, or
    /// `sqlite::memory:` (one connection, since each SQLite memory connection is its own database).
    pub fn connect(url: &str) -> Result<Self, DbError> {
        Self::connect_with(url, DEFAULT_CHECKOUT_TIMEOUT, None)
    }

    /// [`Db::connect`] with the pool checkout timeout (past it a request is answered 503) and the
    /// most connections the pool keeps (default 8; always 1 for `:memory:`).
    pub fn connect_with(
        url: &str,
        checkout_timeout: Duration,
        pool_size: Option<u32>,
    ) -> Result<Self, DbError> {
        let (path, max_size, memory) = match parse_url(url)? {
            Target::SqliteFile(path) => (path, pool_size.unwrap_or(8).max(1), false),
            Target::SqliteMemory => (":memory:".to_owned(), 1, true),
        };
        let builder = Pool::builder();
        // The one connection of a memory database *is* the database: never let the pool retire it.
        let builder = if memory {
            builder.idle_timeout(None).max_lifetime(None)
        } else {
            builder
        };
        let pool = builder
            .max_size(max_size)
            .connection_timeout(checkout_timeout)
            .connection_customizer(Box::new(SqlitePragmas))
            .build(ConnectionManager::new(path))
            .map_err(|error| DbError(format!("cannot open the database `{url}`: {error}")))?;
        Ok(Self {
            pool: Arc::new(pool),
        })
    }

    /// The SQL dialect of this database.
    pub fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn checkout(&self) -> ApiResult<diesel::r2d2::PooledConnection<ConnectionManager<Connection>>> {
        Ok(self.pool.get()?)
    }

    /// Runs `f` on a pooled connection on a blocking thread. A panic inside is a 500 and the
    /// connection's open transaction, if any, rolls back.
    pub async fn run<T, E, F>(&self, f: F) -> ApiResult<T>
    where
        F: FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError>,
    {
        let db = self.clone();
        actix_web::web::block(move || {
            let mut conn = db.checkout()?;
            f(&mut conn).map_err(Into::into)
        })
        .await
        .map_err(|_| ApiError::internal("a database call panicked"))?
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE` on SQLite): committed if it returns
    /// `Ok`, rolled back on `Err` or panic.
    pub async fn transaction<T, E, F>(&self, f: F) -> ApiResult<T>
    where
        F: FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError> + From<diesel::result::Error>,
    {
        self.run(move |conn| conn.immediate_transaction(f)).await
    }

    /// The row with this id, or 404.
    pub async fn find<M: Crud>(&self, id: impl Into<String>) -> ApiResult<M> {
        let id = id.into();
        self.run(move |conn| M::find(conn, &id)?.ok_or_else(not_found::<M>))
            .await
    }

    /// The row with this id, or `None`.
    pub async fn get<M: Crud>(&self, id: impl Into<String>) -> ApiResult<Option<M>> {
        let id = id.into();
        self.run(move |conn| M::find(conn, &id)).await
    }

    /// Creates a row from a create input: new id, defaults, `now`. Returns the stored row.
    pub async fn create<N>(&self, input: N) -> ApiResult<N::Model>
    where
        N: NewRecord,
        N::Model: Crud,
    {
        let row = input.into_model(Timestamp::now());
        self.transaction(move |conn| N::Model::insert(conn, &row).map(|_| row))
            .await
    }

    /// Applies an update input to the row with this id (404 if none), in one transaction.
    pub async fn update<P>(&self, id: impl Into<String>, patch: P) -> ApiResult<P::Model>
    where
        P: PatchRecord,
        P::Model: Crud,
    {
        let id = id.into();
        self.transaction(move |conn| {
            let mut row = P::Model::find(conn, &id)?.ok_or_else(not_found::<P::Model>)?;
            patch.apply(&mut row);
            P::Model::save(conn, &row)?;
            Ok::<_, ApiError>(row)
        })
        .await
    }

    /// Deletes the row with this id: `{"success": true}`, or 404.
    pub async fn delete<M: Crud>(&self, id: impl Into<String>) -> ApiResult<Deleted> {
        let id = id.into();
        self.transaction(move |conn| match M::delete(conn, &id)? {
            0 => Err(not_found::<M>()),
            _ => Ok(Deleted { success: true }),
        })
        .await
    }

    /// A page of rows in the requested order. A sort key that names no field of the model is a
    /// bug in the caller: a 500 naming it.
    pub async fn list<M: Crud>(&self, options: ListOptions) -> ApiResult<Vec<M>> {
        if let Some(sort) = options
            .sort
            .iter()
            .find(|sort| M::META.field_by_wire(sort.field).is_none())
        {
            return Err(ApiError::internal(format!(
                "`{}` has no field `{}` to sort by",
                M::META.name,
                sort.field
            )));
        }
        self.run(move |conn| M::list(conn, &options)).await
    }

    /// How many rows the model's table holds.
    pub async fn count<M: Crud>(&self) -> ApiResult<i64> {
        self.run(M::count).await
    }

    /// Whether the database answers (`SELECT 1`).
    pub async fn ping(&self) -> ApiResult<()> {
        self.run(|conn| conn.batch_execute("SELECT 1")).await
    }

    /// Creates every model's table, idempotently, and records what was applied in
    /// `btst_migrations`. A table whose recorded DDL differs from the current model is an error:
    /// the Stack never alters or drops a table by itself.
    pub fn migrate(&self, plugin: &str, models: &[ModelMeta]) -> Result<(), DbError> {
        let mut conn = self
            .pool
            .get()
            .map_err(|error| DbError(format!("cannot reach the database: {error}")))?;
        let fail = |error: diesel::result::Error| {
            DbError(format!("migration of plugin `{plugin}` failed: {error}"))
        };
        conn.batch_execute(
            "CREATE TABLE IF NOT EXISTS btst_migrations (\n    \"table_name\" TEXT PRIMARY KEY,\n    \
             \"plugin\" TEXT NOT NULL,\n    \"ddl\" TEXT NOT NULL,\n    \"applied_at\" TIMESTAMP NOT NULL\n)",
        )
        .map_err(fail)?;
        for meta in models {
            let ddl = ddl::create_table(meta, self.dialect());
            let outcome = conn.immediate_transaction(|conn| {
                let recorded = migrations::table
                    .find(meta.table)
                    .select(migrations::ddl)
                    .first::<String>(conn)
                    .optional()?;
                match recorded {
                    Some(recorded) if recorded == ddl => Ok(None),
                    Some(_) => Ok(Some(meta.table)),
                    None if table_exists(conn, meta.table)? => Ok(Some(meta.table)),
                    None => {
                        conn.batch_execute(&ddl)?;
                        diesel::insert_into(migrations::table)
                            .values((
                                migrations::table_name.eq(meta.table),
                                migrations::plugin.eq(plugin),
                                migrations::ddl.eq(&ddl),
                                migrations::applied_at.eq(Timestamp::now()),
                            ))
                            .execute(conn)?;
                        tracing::info!(plugin, table = meta.table, "created table");
                        Ok(None)
                    }
                }
            });
            if let Some(table) = outcome.map_err(fail)? {
                return Err(DbError(format!(
                    "table `{table}` was created from an earlier definition of model `{}`, or \
                     outside btst-rs; btst-rs does not alter tables: migrate it by hand (see \
                     `btst_migrations`) or start from an empty database",
                    meta.name
                )));
            }
        }
        Ok(())
    }
}

/// Whether SQLite already has a table of this name.
fn table_exists(conn: &mut Connection, table: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        sqlite_master::table
            .filter(sqlite_master::kind.eq("table"))
            .filter(sqlite_master::name.eq(table)),
    ))
    .get_result(conn)
}

fn not_found<M: Model>() -> ApiError {
    ApiError::not_found(format!("no {} with this id", M::META.name))
}

diesel::table! {
    #[sql_name = "btst_migrations"]
    migrations (table_name) {
        table_name -> Text,
        plugin -> Text,
        ddl -> Text,
        applied_at -> Timestamp,
    }
}

diesel::table! {
    sqlite_master (name) {
        #[sql_name = "type"]
        kind -> Text,
        name -> Text,
    }
}

impl FromRequest for Db {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            req.app_data::<Db>()
                .cloned()
                .ok_or_else(|| ApiError::internal("no database: serve the plugin through a Stack")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_sqlite_and_refuse_servers_clearly() {
        assert_eq!(
            parse_url("sqlite://a.db").expect("ok"),
            Target::SqliteFile("a.db".into())
        );
        assert_eq!(
            parse_url("sqlite:a.db").expect("ok"),
            Target::SqliteFile("a.db".into())
        );
        assert_eq!(
            parse_url("/tmp/a.db").expect("ok"),
            Target::SqliteFile("/tmp/a.db".into())
        );
        assert_eq!(
            parse_url("sqlite::memory:").expect("ok"),
            Target::SqliteMemory
        );
        assert!(
            parse_url("postgres://x/y")
                .expect_err("refused")
                .to_string()
                .contains("SQLite only")
        );
        assert!(parse_url("").is_err());
    }
}
