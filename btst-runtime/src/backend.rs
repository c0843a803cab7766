//! The database backends behind one connection type. [`AnyConnection`] is Diesel's
//! `MultiConnection` over PostgreSQL, SQLite and (feature `mysql`) MySQL / MariaDB, so one build,
//! and one generated table, serves them all; the variant is chosen from the URL's scheme (never
//! by trial, since SQLite accepts any string as a file name). Each new connection is prepared for
//! its backend: SQLite gets its pragmas and the `btst_fold` function ([`crate::text`]),
//! PostgreSQL the `search_path` listing every plugin's schema (and the first one the case-folding
//! probe), MySQL the `ANSI_QUOTES` SQL mode and UTC.
//!
//! The `mysql` feature links the MySQL client library (`libmysqlclient-dev` or
//! `libmariadb-dev-compat` on Debian), so it is off by default. It adds a variant to
//! [`AnyConnection`], which is `#[non_exhaustive]` so that no crate's code depends on the set.

#[cfg(feature = "mysql")]
use diesel::MysqlConnection;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::r2d2::ManageConnection;
use diesel::{Connection as _, PgConnection, QueryResult, SqliteConnection};

use crate::ddl::{Dialect, quote_ident};

/// A connection to any supported database.
#[derive(diesel::MultiConnection)]
#[non_exhaustive]
pub enum AnyConnection {
    /// PostgreSQL.
    Postgresql(PgConnection),
    /// SQLite.
    Sqlite(SqliteConnection),
    /// MySQL or MariaDB (feature `mysql`).
    #[cfg(feature = "mysql")]
    Mysql(MysqlConnection),
}

impl std::fmt::Debug for AnyConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AnyConnection::{:?}", self.dialect())
    }
}

impl AnyConnection {
    /// The SQL dialect of this connection.
    pub fn dialect(&self) -> Dialect {
        match self {
            Self::Postgresql(_) => Dialect::Postgres,
            Self::Sqlite(_) => Dialect::Sqlite,
            #[cfg(feature = "mysql")]
            Self::Mysql(_) => Dialect::Mysql,
        }
    }
}

type TransactionManagerOf = <AnyConnection as diesel::Connection>::TransactionManager;

/// Opens a write transaction: `BEGIN IMMEDIATE` on SQLite (so concurrent writers queue on
/// `busy_timeout` instead of failing to upgrade a read lock), an ordinary `BEGIN` elsewhere, a
/// savepoint when a transaction is already open.
pub(crate) fn begin_write(conn: &mut AnyConnection) -> QueryResult<()> {
    if let AnyConnection::Sqlite(sqlite) = conn {
        let open = AnsiTransactionManager::transaction_manager_status_mut(sqlite)
            .transaction_depth()?
            .is_some();
        if !open {
            return AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE");
        }
    }
    TransactionManagerOf::begin_transaction(conn)
}

/// Commits the innermost transaction (releases a savepoint).
pub(crate) fn commit(conn: &mut AnyConnection) -> QueryResult<()> {
    TransactionManagerOf::commit_transaction(conn)
}

/// Rolls the innermost transaction back.
pub(crate) fn rollback(conn: &mut AnyConnection) -> QueryResult<()> {
    TransactionManagerOf::rollback_transaction(conn)
}

/// How many transactions are open on `conn` (0 outside one; savepoints count).
fn depth(conn: &mut AnyConnection) -> QueryResult<u32> {
    Ok(TransactionManagerOf::transaction_manager_status_mut(conn)
        .transaction_depth()?
        .map_or(0, std::num::NonZeroU32::get))
}

/// Commits the outermost transaction, which must be the only one open: with a savepoint left
/// open (a panic inside a nested transaction), everything is rolled back and the commit fails.
pub(crate) fn commit_outermost(conn: &mut AnyConnection) -> QueryResult<()> {
    if depth(conn)? == 1 {
        return commit(conn);
    }
    rollback_all(conn)?;
    Err(diesel::result::Error::RollbackErrorOnCommit {
        rollback_error: Box::new(diesel::result::Error::BrokenTransactionManager),
        commit_error: Box::new(diesel::result::Error::QueryBuilderError(
            "a nested transaction was left open; the request's transaction was rolled back".into(),
        )),
    })
}

/// Rolls back every open transaction and savepoint.
pub(crate) fn rollback_all(conn: &mut AnyConnection) -> QueryResult<()> {
    while depth(conn)? > 0 {
        rollback(conn)?;
    }
    Ok(())
}

/// Runs `f` in a write transaction (`BEGIN IMMEDIATE` on SQLite, a savepoint inside an open
/// transaction): committed on `Ok`, rolled back on `Err`.
pub fn write_transaction<T, E>(
    conn: &mut AnyConnection,
    f: impl FnOnce(&mut AnyConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    begin_write(conn)?;
    match f(conn) {
        Ok(value) => {
            commit(conn)?;
            Ok(value)
        }
        Err(error) => {
            let _ = rollback(conn);
            Err(error)
        }
    }
}

/// Where a database URL points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Postgres(String),
    Mysql(String),
    SqliteFile(String),
    SqliteMemory,
}

impl Target {
    pub(crate) fn parse(url: &str) -> Result<Self, String> {
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        if lower.starts_with("mysql://") || lower.starts_with("mariadb://") {
            if cfg!(feature = "mysql") {
                // The client library knows only `mysql://`.
                let rest = &url[url.find("://").unwrap_or(0)..];
                return Ok(Self::Mysql(format!("mysql{rest}")));
            }
            return Err("MySQL / MariaDB needs btst-runtime's `mysql` feature (and the MySQL client library); this build has PostgreSQL and SQLite".to_owned());
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        match path {
            "" => Err(
                "DATABASE_URL is empty; give a SQLite file path such as `sqlite://app.db`"
                    .to_owned(),
            ),
            ":memory:" => Ok(Self::SqliteMemory),
            path if path.contains("://") => Err(format!(
                "`{}` is not a supported database URL scheme",
                url.split("://").next().unwrap_or(url)
            )),
            path => Ok(Self::SqliteFile(path.to_owned())),
        }
    }
}

/// When opening a connection last failed, shared by the pool's [`Manager`] and
/// [`Db`](crate::db::Db): while the database cannot be reached, a request answers 503 at once instead of
/// waiting out the checkout timeout. The pool keeps retrying in the background (at most a second
/// apart), which keeps a failure fresh; the first connection that opens clears it.
#[derive(Debug, Default)]
pub(crate) struct Reachability {
    last_failure: std::sync::Mutex<Option<std::time::Instant>>,
}

impl Reachability {
    fn record(&self, ok: bool) {
        if let Ok(mut last) = self.last_failure.lock() {
            *last = (!ok).then(std::time::Instant::now);
        }
    }

    /// Whether the last attempt to connect failed less than `window` ago.
    pub(crate) fn is_down(&self, window: std::time::Duration) -> bool {
        self.last_failure
            .lock()
            .is_ok_and(|last| last.is_some_and(|at| at.elapsed() < window))
    }
}

/// Opens connections of one backend and prepares each for use.
#[derive(Debug)]
pub(crate) struct Manager {
    target: Target,
    /// The PostgreSQL schemas to search, in order (`plugin_<name>` for each plugin).
    schemas: Vec<String>,
    reachability: std::sync::Arc<Reachability>,
}

impl Manager {
    pub(crate) fn new(
        target: Target,
        schemas: Vec<String>,
        reachability: std::sync::Arc<Reachability>,
    ) -> Self {
        Self {
            target,
            schemas,
            reachability,
        }
    }

    fn prepare(&self, conn: &mut AnyConnection) -> QueryResult<()> {
        match conn {
            AnyConnection::Sqlite(sqlite) => {
                sqlite.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; \
                     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                )?;
                crate::text::register_sqlite(sqlite)
            }
            AnyConnection::Postgresql(pg) => {
                let mut path: Vec<String> = self
                    .schemas
                    .iter()
                    .map(|schema| quote_ident(schema))
                    .collect();
                path.push("public".to_owned());
                pg.batch_execute(&format!(
                    "SET search_path TO {}; SET TIME ZONE 'UTC';",
                    path.join(", ")
                ))?;
                crate::text::probe_postgres(pg);
                Ok(())
            }
            #[cfg(feature = "mysql")]
            AnyConnection::Mysql(mysql) => mysql.batch_execute(
                "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES,STRICT_ALL_TABLES'), \
                 time_zone = '+00:00'",
            ),
        }
    }
}

impl ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, Self::Error> {
        let result = self.open();
        self.reachability.record(result.is_ok());
        result
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), Self::Error> {
        diesel::r2d2::R2D2Connection::ping(conn).map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut AnyConnection) -> bool {
        diesel::r2d2::R2D2Connection::is_broken(conn)
    }
}

impl Manager {
    fn open(&self) -> Result<AnyConnection, diesel::r2d2::Error> {
        let mut conn = match &self.target {
            Target::Postgres(url) => AnyConnection::Postgresql(
                PgConnection::establish(url).map_err(diesel::r2d2::Error::ConnectionError)?,
            ),
            #[cfg(feature = "mysql")]
            Target::Mysql(url) => AnyConnection::Mysql(
                MysqlConnection::establish(url).map_err(diesel::r2d2::Error::ConnectionError)?,
            ),
            #[cfg(not(feature = "mysql"))]
            Target::Mysql(_) => unreachable!("`Target::parse` refuses MySQL without the feature"),
            Target::SqliteFile(path) => AnyConnection::Sqlite(
                SqliteConnection::establish(path).map_err(diesel::r2d2::Error::ConnectionError)?,
            ),
            Target::SqliteMemory => AnyConnection::Sqlite(
                SqliteConnection::establish(":memory:")
                    .map_err(diesel::r2d2::Error::ConnectionError)?,
            ),
        };
        self.prepare(&mut conn)
            .map_err(diesel::r2d2::Error::QueryError)?;
        Ok(conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_the_backend_by_scheme() {
        assert_eq!(
            Target::parse("sqlite://a.db"),
            Ok(Target::SqliteFile("a.db".into()))
        );
        assert_eq!(
            Target::parse("sqlite:a.db"),
            Ok(Target::SqliteFile("a.db".into()))
        );
        assert_eq!(
            Target::parse("/tmp/a.db"),
            Ok(Target::SqliteFile("/tmp/a.db".into()))
        );
        assert_eq!(Target::parse("sqlite::memory:"), Ok(Target::SqliteMemory));
        assert_eq!(
            Target::parse("postgres://u@h/db"),
            Ok(Target::Postgres("postgres://u@h/db".into()))
        );
        if cfg!(feature = "mysql") {
            assert_eq!(
                Target::parse("mariadb://root@h/db"),
                Ok(Target::Mysql("mysql://root@h/db".into()))
            );
        } else {
            assert!(
                Target::parse("mysql://root@h/db")
                    .expect_err("refused")
                    .contains("`mysql` feature")
            );
        }
        assert!(
            Target::parse("redis://h").is_err(),
            "never a file named `redis://h`"
        );
        assert!(Target::parse("").is_err());
    }
}
