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
    begin_write_within(conn, None)
}

/// How long an SQLite write may still wait for the file's write lock (what is left of its
/// deadline, in ms), and the connection's own `busy_timeout`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BusyBudget {
    pub(crate) left_ms: u32,
    pub(crate) configured_ms: u32,
}

/// How much of its deadline a write may spend in the queue before its busy wait is cut, in ms:
/// under load every write queues for a moment, and two `PRAGMA`s per write (each parsed by
/// SQLite) cost the load benchmark 15% more instructions per write. A write so answers 503 at
/// most this much past its deadline.
pub(crate) const BUSY_SLACK_MS: u32 = 100;

/// [`begin_write`], whose `BEGIN IMMEDIATE` waits in SQLite's busy handler no longer than
/// `budget` leaves: the connection's `busy_timeout` is lowered for that statement only, and only
/// when the write already spent more than [`BUSY_SLACK_MS`] of its deadline queueing (a write
/// that waited less runs no `PRAGMA`).
pub(crate) fn begin_write_within(
    conn: &mut AnyConnection,
    budget: Option<BusyBudget>,
) -> QueryResult<()> {
    if let AnyConnection::Sqlite(sqlite) = conn {
        let open = AnsiTransactionManager::transaction_manager_status_mut(sqlite)
            .transaction_depth()?
            .is_some();
        if !open {
            return match budget {
                Some(BusyBudget {
                    left_ms,
                    configured_ms,
                }) if left_ms.saturating_add(BUSY_SLACK_MS) < configured_ms => {
                    sqlite.batch_execute(&format!("PRAGMA busy_timeout = {left_ms}"))?;
                    let begun =
                        AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE");
                    let restored =
                        sqlite.batch_execute(&format!("PRAGMA busy_timeout = {configured_ms}"));
                    begun.and(restored)
                }
                _ => AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE"),
            };
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
    write_transaction_within(conn, None, f)
}

/// [`write_transaction`] within a busy budget ([`begin_write_within`]).
pub(crate) fn write_transaction_within<T, E>(
    conn: &mut AnyConnection,
    budget: Option<BusyBudget>,
    f: impl FnOnce(&mut AnyConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    begin_write_within(conn, budget)?;
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
    /// SQLite's `busy_timeout`: the deadline of a write.
    write_timeout: std::time::Duration,
    reachability: std::sync::Arc<Reachability>,
}

impl Manager {
    pub(crate) fn new(
        target: Target,
        schemas: Vec<String>,
        write_timeout: std::time::Duration,
        reachability: std::sync::Arc<Reachability>,
    ) -> Self {
        Self {
            target,
            schemas,
            write_timeout,
            reachability,
        }
    }

    fn prepare(&self, conn: &mut AnyConnection) -> QueryResult<()> {
        match conn {
            // `busy_timeout` first: switching to WAL takes the file's lock, and so many
            // processes opening one new file at once wait for each other instead of failing.
            AnyConnection::Sqlite(sqlite) => {
                sqlite.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                    self.write_timeout.as_millis().min(i32::MAX as u128)
                ))?;
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
            // English messages whatever the server's locale (the few errors without a code in
            // Diesel are told apart by their text, `crate::error`), and READ COMMITTED as on
            // PostgreSQL: a statement sees what other transactions committed before it began,
            // so a row found missing, then inserted by another transaction, is found by the
            // next read (`Crud::find_or_create`); under MySQL's default REPEATABLE READ the
            // transaction's first snapshot would hide it.
            AnyConnection::Mysql(mysql) => mysql.batch_execute(
                "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES,STRICT_ALL_TABLES'), \
                 time_zone = '+00:00', lc_messages = 'en_US'; \
                 SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED",
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

    #[derive(diesel::QueryableByName)]
    struct BusyTimeout {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        timeout: i64,
    }

    #[test]
    fn a_write_waits_for_the_lock_only_what_is_left_of_its_deadline() {
        let path = std::env::temp_dir().join(format!("btst-budget-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let file = path.display().to_string();
        let manager = Manager::new(
            Target::SqliteFile(file.clone()),
            Vec::new(),
            std::time::Duration::from_millis(1500),
            std::sync::Arc::default(),
        );
        let mut conn = manager.connect().expect("opens");
        let mut holder = SqliteConnection::establish(&file).expect("opens");
        holder
            .batch_execute("BEGIN IMMEDIATE")
            .expect("takes the write lock");
        let started = std::time::Instant::now();
        let budget = BusyBudget {
            left_ms: 200,
            configured_ms: 1500,
        };
        begin_write_within(&mut conn, Some(budget)).expect_err("the file stays locked");
        let waited = started.elapsed();
        assert!(
            waited >= std::time::Duration::from_millis(150)
                && waited < std::time::Duration::from_secs(1),
            "waited {waited:?} for the lock with 200 ms left"
        );
        let AnyConnection::Sqlite(sqlite) = &mut conn else {
            unreachable!("a SQLite file")
        };
        let timeout = diesel::RunQueryDsl::get_result::<BusyTimeout>(
            diesel::sql_query("PRAGMA busy_timeout"),
            sqlite,
        )
        .expect("reads");
        assert_eq!(timeout.timeout, 1500, "the connection keeps its own");
        drop((conn, holder));
        let _ = std::fs::remove_file(path);
    }

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
