//! The pool's connections: where a URL points ([`Target`]), how each new connection is opened
//! and prepared for its backend ([`Manager`]: SQLite's pragmas and the `btst_fold` function of
//! [`crate::text`], PostgreSQL's `search_path` and case-folding probe, MySQL's SQL mode and UTC),
//! whether the database can be reached ([`Reachability`]), and checking a connection out
//! ([`Db::run`]'s first step): at once when one is idle, else within the checkout timeout, and
//! 503 at once while the database cannot be reached.

use std::time::Duration;

#[cfg(feature = "mysql")]
use diesel::MysqlConnection;
use diesel::connection::SimpleConnection;
use diesel::r2d2::ManageConnection;
use diesel::{Connection as _, PgConnection, QueryResult, SqliteConnection};

use crate::backend::AnyConnection;
use crate::backend::quote_ident;
use crate::error::{ApiError, ApiResult};

use super::Db;

/// Where a database URL points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    Postgres(String),
    Mysql(String),
    SqliteFile(String),
    SqliteMemory,
}

impl Target {
    pub(super) fn parse(url: &str) -> Result<Self, String> {
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

/// When opening a connection last failed, shared by the pool's [`Manager`] and [`Db`]: while the
/// database cannot be reached, a request answers 503 at once instead of waiting out the checkout
/// timeout. The pool keeps retrying in the background (at most a second apart), which keeps a
/// failure fresh; the first connection that opens clears it.
#[derive(Debug, Default)]
pub(super) struct Reachability {
    last_failure: std::sync::Mutex<Option<std::time::Instant>>,
}

impl Reachability {
    fn record(&self, ok: bool) {
        if let Ok(mut last) = self.last_failure.lock() {
            *last = (!ok).then(std::time::Instant::now);
        }
    }

    /// Whether the last attempt to connect failed less than `window` ago.
    pub(super) fn is_down(&self, window: std::time::Duration) -> bool {
        self.last_failure
            .lock()
            .is_ok_and(|last| last.is_some_and(|at| at.elapsed() < window))
    }
}

/// Opens connections of one backend and prepares each for use.
#[derive(Debug)]
pub(super) struct Manager {
    target: Target,
    /// The PostgreSQL schemas to search, in order (`plugin_<name>` for each plugin).
    schemas: Vec<String>,
    /// SQLite's `busy_timeout`: the deadline of a write.
    write_timeout: std::time::Duration,
    reachability: std::sync::Arc<Reachability>,
}

impl Manager {
    pub(super) fn new(
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

impl Db {
    /// A pooled connection: an idle one at once; otherwise waits up to the checkout timeout
    /// (then 503), in slices of 100 ms so that a database found unreachable meanwhile (the last
    /// connection attempt failed and the pool holds no connection) is answered 503 at once, not
    /// after the whole timeout.
    pub(super) fn checkout(&self) -> ApiResult<diesel::r2d2::PooledConnection<Manager>> {
        const SLICE: Duration = Duration::from_millis(100);
        if let Some(conn) = self.shared.pool.try_get() {
            return Ok(conn);
        }
        let timeout = self.shared.pool.connection_timeout();
        let deadline = std::time::Instant::now() + timeout;
        loop {
            // Only with no live connection at all: when the server refuses the pool one more
            // connection (its connection limit), the ones it has still serve.
            if self.shared.pool.state().connections == 0
                && self.shared.reachability.is_down(timeout)
            {
                return Err(ApiError::unavailable(
                    "the database cannot be reached; retry shortly",
                ));
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.shared.pool.get_timeout(left.min(SLICE)) {
                Ok(conn) => return Ok(conn),
                Err(error) if left <= SLICE => return Err(error.into()),
                Err(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use diesel::r2d2::Pool;

    use super::*;
    use crate::backend::Dialect;
    use crate::db::{DEFAULT_WRITE_TIMEOUT, Shared};

    #[test]
    fn an_unreachable_database_is_a_503_without_waiting_out_the_pool() {
        let reachability = Arc::new(Reachability::default());
        let manager = Manager::new(
            Target::Postgres("postgres://btst@127.0.0.1:1/nothing?connect_timeout=1".to_owned()),
            Vec::new(),
            DEFAULT_WRITE_TIMEOUT,
            Arc::clone(&reachability),
        );
        let pool = Pool::builder()
            .max_size(1)
            .connection_timeout(Duration::from_secs(30))
            .build_unchecked(manager);
        let db = Db {
            shared: Arc::new(Shared {
                pool,
                dialect: Dialect::Postgres,
                reachability,
                gate: None,
                write_timeout: DEFAULT_WRITE_TIMEOUT,
            }),
            scope: None,
            row_scope: super::super::row_scope::RowScope::Every,
        };
        for _ in 0..2 {
            let error = db.checkout().expect_err("nothing listens on port 1");
            assert_eq!(error.status().as_u16(), 503);
            // The pool-timeout error would say "busy or unreachable" after 30 s.
            assert_eq!(
                error.detail(),
                "the database cannot be reached; retry shortly"
            );
        }
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
