//! The database backends behind one connection type. [`AnyConnection`] is Diesel's
//! `MultiConnection` over PostgreSQL, SQLite and (feature `mysql`) MySQL / MariaDB, so one build,
//! and one generated table, serves them all; the variant is chosen from the URL's scheme (never
//! by trial, since SQLite accepts any string as a file name), and the pool prepares each new
//! connection for its backend (`db::pool`). Here too: the transactions the runtime opens on it
//! (SQLite's writes as `BEGIN IMMEDIATE`, savepoints inside an open transaction).
//!
//! The `mysql` feature links the MySQL client library (`libmysqlclient-dev` or
//! `libmariadb-dev-compat` on Debian), so it is off by default. It adds a variant to
//! [`AnyConnection`], which is `#[non_exhaustive]` so that no crate's code depends on the set.

#[cfg(feature = "mysql")]
use diesel::MysqlConnection;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::{PgConnection, QueryResult, SqliteConnection};

/// A SQL dialect: which backend a connection talks to, and so how its SQL is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// SQLite 3.
    Sqlite,
    /// PostgreSQL.
    Postgres,
    /// MySQL 8 / MariaDB 10.5 and later; identifiers in double quotes need the `ANSI_QUOTES`
    /// SQL mode, which every connection sets.
    Mysql,
}

/// A double-quoted SQL identifier (every dialect accepts `"…"`; MySQL with `ANSI_QUOTES`, which
/// every connection sets).
pub(crate) fn quote_ident(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

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

/// The backend of [`AnyConnection`] (Diesel's multi-backend), for boxed queries of your own:
/// `post::BoxedQuery<'a, AnyBackend>`.
pub type AnyBackend = <AnyConnection as diesel::Connection>::Backend;

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
pub(crate) fn write_transaction<T, E>(
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

#[cfg(test)]
mod tests {
    use diesel::Connection as _;

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
        // The connection's own `busy_timeout`, as the pool sets it (`db::pool`).
        let mut sqlite = SqliteConnection::establish(&file).expect("opens");
        sqlite
            .batch_execute("PRAGMA busy_timeout = 1500; PRAGMA journal_mode = WAL;")
            .expect("prepares");
        let mut conn = AnyConnection::Sqlite(sqlite);
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
}
