//! The database: a bounded connection pool, blocking Diesel calls moved off the async threads,
//! the typed operations endpoints use ([`Db::find`], [`Db::create`], ...), raw Diesel access
//! ([`Db::run`], [`Db::transaction`]), and the migrations the Stack applies at start.
//!
//! The backend comes from the URL ([`crate::backend`]): SQLite (embedded default: WAL,
//! `busy_timeout = 5000`, `foreign_keys = ON`, every write in a `BEGIN IMMEDIATE` transaction so
//! concurrent writers queue instead of failing, and one write transaction at a time per pool,
//! queued in the process rather than in SQLite's sleeping busy handler) or PostgreSQL (each
//! plugin's tables in the schema `plugin_<name>`, every schema on the `search_path`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::Pool;

use crate::backend::{
    self, AnyConnection, BusyBudget, Manager, Reachability, Target, begin_write,
    begin_write_within, write_transaction, write_transaction_within,
};
use crate::ddl::{self, Dialect};
use crate::error::{ApiError, ApiResult};
use crate::list::ListOptions;
use crate::model::{Model, ModelMeta, NewRecord, PatchRecord};
use crate::timestamp::Timestamp;

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
    /// Inserts a full row unless another row already holds one of its unique values (its id
    /// included); a unique conflict is then no error, and nothing is written. Other errors (a
    /// missing referenced row, a value the column refuses) stay errors. PostgreSQL and SQLite
    /// run `INSERT ... ON CONFLICT DO NOTHING`, MySQL `INSERT ... ON DUPLICATE KEY UPDATE id =
    /// id` (a no-op; unlike `INSERT IGNORE`, it turns no other error into a warning). The count
    /// is the backend's own: MySQL counts a row found as a row affected, so do not read
    /// "inserted" from it; [`Crud::find_or_create`] re-reads instead.
    fn insert_if_absent(conn: &mut Connection, row: &Self) -> QueryResult<usize>;

    /// The row `find` reads, or else `row`, inserted: one operation that never fails a valid
    /// request on a unique race. Two transactions creating the same new row at once (two posts
    /// naming one new tag) both get the one row that was stored, instead of one answering 409.
    ///
    /// `find` reads the row by the unique value(s) that `row` carries (a tag by its slug) and
    /// must find `row` once it is stored. The shape: `find`; if nothing,
    /// [`Crud::insert_if_absent`]; then `find` again, which sees the other transaction's row
    /// once it has committed (the insert waits for that commit on PostgreSQL and MySQL, whose
    /// connections read committed data, `READ COMMITTED`; SQLite has one writer at a time).
    ///
    /// # Errors
    /// A database error of `find` or of the insert. If the insert conflicts with a row that
    /// `find` does not return (another unique field taken by a different row), the plain insert
    /// is tried, so the error is the usual unique violation: a 409 naming that field.
    fn find_or_create(
        conn: &mut Connection,
        row: Self,
        mut find: impl FnMut(&mut Connection) -> QueryResult<Option<Self>>,
    ) -> QueryResult<Self>
    where
        Self: Sized,
    {
        if let Some(found) = find(conn)? {
            return Ok(found);
        }
        Self::insert_if_absent(conn, &row)?;
        if let Some(found) = find(conn)? {
            return Ok(found);
        }
        Self::insert(conn, &row)?;
        Ok(row)
    }
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
    /// What every handle on this database shares: cloning a handle (once or twice per request)
    /// is one reference count.
    shared: Arc<Shared>,
    /// Set on the handle a write endpoint receives: every call goes through one connection, in
    /// one transaction, until the handler commits or rolls back.
    scope: Option<Arc<Scope>>,
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

/// One write transaction at a time on an SQLite file, queued in the process.
///
/// SQLite lets one connection write at a time. Without the gate, a pooled connection that finds
/// the write lock taken waits in SQLite's busy handler, which sleeps 1, 2, 5, 10... ms between
/// tries: under concurrent writes the threads holding connections slept while the lock was
/// already free, and the core idled (hundreds of sleeps a second under the Todo update load).
/// Here a writer waits for its turn asynchronously (an async mutex, FIFO), before it takes a
/// blocking thread or a connection: a queue of writers holds neither, so reads keep both the
/// pool's connections and the blocking threads they run on. The turn is handed to the next
/// writer as soon as the previous write transaction ends. Writes made through [`Db::run`] with
/// Diesel's own transactions, and other processes writing the same file, still meet SQLite's
/// `busy_timeout`.
///
/// Every write has one deadline, [`Shared::write_timeout`] after it starts waiting (default
/// [`DEFAULT_WRITE_TIMEOUT`]): the wait for the turn ends there (503), and the connection's
/// busy wait for `BEGIN IMMEDIATE` is cut to what is left of it, so the two never add up.
#[derive(Debug, Default)]
struct WriteGate(Arc<tokio::sync::Mutex<()>>);

/// A write transaction's turn at the [`WriteGate`] (dropping it lets the next writer in), and
/// the write's deadline.
#[derive(Debug)]
struct WriteTurn {
    _turn: tokio::sync::OwnedMutexGuard<()>,
    deadline: Instant,
}

impl WriteTurn {
    /// What the write may still wait in SQLite's busy handler, in milliseconds (rounded up, so
    /// that a write that did not wait keeps the connection's own `busy_timeout` and pays no
    /// `PRAGMA`); 503 once the deadline has passed.
    fn busy_budget(&self, write_timeout: Duration) -> ApiResult<BusyBudget> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(busy());
        }
        Ok(BusyBudget {
            left_ms: duration_ms(left.as_nanos().div_ceil(1_000_000)),
            configured_ms: duration_ms(write_timeout.as_millis()),
        })
    }
}

/// Milliseconds as SQLite's `busy_timeout` takes them (an `int`).
fn duration_ms(ms: u128) -> u32 {
    u32::try_from(ms)
        .unwrap_or(u32::MAX)
        .min(i32::MAX.unsigned_abs())
}

/// The answer to a write that waited past its deadline.
fn busy() -> ApiError {
    ApiError::unavailable("the database is busy; retry shortly")
}

impl WriteGate {
    /// Waits, without blocking a thread, until `deadline` at most for the turn; 503 past it.
    async fn enter(&self, deadline: Instant) -> ApiResult<WriteTurn> {
        // The usual case, a free gate, costs one atomic operation and no timer.
        let turn = match Arc::clone(&self.0).try_lock_owned() {
            Ok(turn) => turn,
            // Out of line and boxed: the timer's state is not part of every write's future.
            Err(_) => Box::pin(Self::queue(Arc::clone(&self.0), deadline)).await?,
        };
        Ok(WriteTurn {
            _turn: turn,
            deadline,
        })
    }

    async fn queue(
        gate: Arc<tokio::sync::Mutex<()>>,
        deadline: Instant,
    ) -> ApiResult<tokio::sync::OwnedMutexGuard<()>> {
        tokio::time::timeout_at(deadline.into(), gate.lock_owned())
            .await
            .map_err(|_| busy())
    }
}

/// The connection of a transaction that spans several calls ([`Db::scoped`]); checked out and
/// begun by the first call that needs it.
#[derive(Default)]
struct Scope {
    slot: std::sync::Mutex<Slot>,
}

/// Where a scoped transaction stands.
#[derive(Default)]
enum Slot {
    /// No call has touched the database yet.
    #[default]
    Fresh,
    /// Begun on this connection, in this turn at the [`WriteGate`] (SQLite files). The turn is
    /// the second field so that it is released after the connection's transaction has ended.
    Open(
        Box<diesel::r2d2::PooledConnection<Manager>>,
        Option<WriteTurn>,
    ),
    /// Committed or rolled back: later calls are refused, never run outside the transaction.
    Ended,
}

impl Scope {
    fn lock(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A scope dropped without [`Db::commit`] or [`Db::rollback`] (the request was cancelled) rolls
/// its transaction back here, so the connection returns to the pool clean: an SQLite memory
/// database lives in that connection, and the pool would otherwise close it.
impl Drop for Scope {
    fn drop(&mut self) {
        let slot = std::mem::take(
            self.slot
                .get_mut()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        if let Slot::Open(mut conn, turn) = slot {
            let _ = backend::rollback_all(&mut conn);
            drop(turn);
        }
    }
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
        })
    }

    /// The SQL dialect of this database.
    pub fn dialect(&self) -> Dialect {
        self.shared.dialect
    }

    /// A pooled connection: an idle one at once; otherwise waits up to the checkout timeout
    /// (then 503), in slices of 100 ms so that a database found unreachable meanwhile (the last
    /// connection attempt failed and the pool holds no connection) is answered 503 at once, not
    /// after the whole timeout.
    fn checkout(&self) -> ApiResult<diesel::r2d2::PooledConnection<Manager>> {
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

    /// The write turn on an SQLite file (nothing elsewhere), waited for asynchronously until
    /// the write's deadline.
    async fn take_turn(&self) -> ApiResult<Option<WriteTurn>> {
        match &self.shared.gate {
            Some(gate) => {
                let deadline = Instant::now() + self.shared.write_timeout;
                gate.enter(deadline).await.map(Some)
            }
            None => Ok(None),
        }
    }

    /// What a write holding `turn` may still wait in SQLite's busy handler (`None` without a
    /// gate: nothing to cut).
    fn busy_budget(&self, turn: Option<&WriteTurn>) -> ApiResult<Option<BusyBudget>> {
        turn.map(|turn| turn.busy_budget(self.shared.write_timeout))
            .transpose()
    }

    /// Our own write operations: in their own transaction, a savepoint on a scoped handle (so a
    /// failed statement that the caller handles leaves the request's transaction usable, which
    /// PostgreSQL requires).
    /// (A plain function, not `async`: no extra layer of future state to copy per call.)
    fn write<T, F>(&self, f: F) -> impl Future<Output = ApiResult<T>>
    where
        F: FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
        T: Send + 'static,
    {
        self.transaction(f)
    }

    /// A handle whose calls all run in one transaction, begun by the first call that touches
    /// the database, until [`Db::commit`] or [`Db::rollback`] (dropped without either, nothing
    /// commits). Write endpoints get one: the generated handler commits after the `after_*` hook.
    #[must_use]
    pub fn scoped(&self) -> Db {
        Db {
            scope: Some(Arc::new(Scope::default())),
            ..self.clone()
        }
    }

    /// Whether this handle is [scoped](Db::scoped) to one transaction.
    pub fn is_scoped(&self) -> bool {
        self.scope.is_some()
    }

    /// Commits a [scoped](Db::scoped) handle's transaction (nothing to do if no call touched the
    /// database). A plain handle has nothing to commit.
    pub async fn commit(&self) -> ApiResult<()> {
        self.end(true).await
    }

    /// Rolls a [scoped](Db::scoped) handle's transaction back.
    pub async fn rollback(&self) -> ApiResult<()> {
        self.end(false).await
    }

    /// Ends the scope's transaction, on a blocking thread (the slot's lock may wait for a call
    /// still running). A commit with a savepoint still open (a panic inside `Db::transaction`
    /// that the endpoint caught) rolls everything back and is an error, never a partial commit.
    async fn end(&self, commit: bool) -> ApiResult<()> {
        let Some(scope) = self.scope.clone() else {
            return Ok(());
        };
        actix_web::web::block(move || {
            let Slot::Open(mut conn, _turn) = std::mem::replace(&mut *scope.lock(), Slot::Ended)
            else {
                return Ok(());
            };
            if commit {
                backend::commit_outermost(&mut conn).map_err(ApiError::from)
            } else {
                backend::rollback_all(&mut conn).map_err(ApiError::from)
            }
        })
        .await
        .map_err(|_| ApiError::internal("a commit panicked"))?
    }

    /// The Stack's database, from a request served by it.
    pub fn of(request: &HttpRequest) -> ApiResult<Db> {
        request
            .app_data::<Db>()
            .cloned()
            .ok_or_else(|| ApiError::internal("no database: serve the plugin through a Stack"))
    }

    /// The row with this id, or 404.
    pub async fn find<M: Crud>(&self, id: impl Into<String>) -> ApiResult<M> {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Err(not_found::<M>());
        }
        self.run(move |conn| M::find(conn, &id)?.ok_or_else(not_found::<M>))
            .await
    }

    /// The row with this id, or `None`.
    pub async fn get<M: Crud>(&self, id: impl Into<String>) -> ApiResult<Option<M>> {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Ok(None);
        }
        self.run(move |conn| M::find(conn, &id)).await
    }

    /// Creates a row from a create input: new id, defaults, `now`. Returns the stored row.
    pub async fn create<N>(&self, input: N) -> ApiResult<N::Model>
    where
        N: NewRecord,
        N::Model: Crud,
    {
        if let Some(field) = N::Model::META.fields.iter().find(|field| field.stamped) {
            return Err(ApiError::internal(format!(
                "`{}.{}` is `stamped`: create it with `Db::create_with`, which sets it",
                N::Model::META.name,
                field.name
            )));
        }
        let row = input.into_model(Timestamp::now());
        self.write(move |conn| Ok(N::Model::insert(conn, &row).map(|_| row)?))
            .await
    }

    /// [`Db::create`], with `stamp` setting what the server decides before the row is written:
    /// the tenant's team, the owner, a parent's id from the path. A model with `stamped` fields
    /// is created this way only ([`Db::create`] refuses it with a 500 naming the field).
    pub async fn create_with<N>(
        &self,
        input: N,
        stamp: impl FnOnce(&mut N::Model) + Send + 'static,
    ) -> ApiResult<N::Model>
    where
        N: NewRecord,
        N::Model: Crud,
    {
        let mut row = input.into_model(Timestamp::now());
        stamp(&mut row);
        self.write(move |conn| Ok(N::Model::insert(conn, &row).map(|_| row)?))
            .await
    }

    /// The row with this id if `visible` accepts it (say, it belongs to the caller's team), else
    /// 404: a row the caller may not see is answered as if it did not exist.
    pub async fn find_where<M: Crud>(
        &self,
        id: impl Into<String>,
        visible: impl FnOnce(&M) -> bool + Send + 'static,
    ) -> ApiResult<M> {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Err(not_found::<M>());
        }
        self.run(move |conn| {
            M::find(conn, &id)?
                .filter(|row| visible(row))
                .ok_or_else(not_found::<M>)
        })
        .await
    }

    /// [`Db::update`] of a row `visible` accepts (else 404), read and written in one transaction.
    pub async fn update_where<P>(
        &self,
        id: impl Into<String>,
        patch: P,
        visible: impl FnOnce(&P::Model) -> bool + Send + 'static,
    ) -> ApiResult<P::Model>
    where
        P: PatchRecord,
        P::Model: Crud,
    {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Err(not_found::<P::Model>());
        }
        // `apply` writes `now` onto `on_update = now` fields only: without any, the clock (a
        // system call and a calendar conversion) is not read.
        let now = if const { P::Model::META.stamps_updates() } {
            Timestamp::now()
        } else {
            Timestamp::UNIX_EPOCH
        };
        self.write(move |conn| {
            let mut row = P::Model::find(conn, &id)?
                .filter(|row| visible(row))
                .ok_or_else(not_found::<P::Model>)?;
            patch.apply(&mut row, now);
            P::Model::save(conn, &row)?;
            Ok::<_, ApiError>(row)
        })
        .await
    }

    /// [`Db::delete`] of a row `visible` accepts (else 404), checked and deleted in one
    /// transaction.
    pub async fn delete_where<M: Crud>(
        &self,
        id: impl Into<String>,
        visible: impl FnOnce(&M) -> bool + Send + 'static,
    ) -> ApiResult<Deleted> {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Err(not_found::<M>());
        }
        self.write(move |conn| {
            M::find(conn, &id)?
                .filter(|row| visible(row))
                .ok_or_else(not_found::<M>)?;
            M::delete(conn, &id)?;
            Ok::<_, ApiError>(Deleted { success: true })
        })
        .await
    }

    /// Applies an update input to the row with this id (404 if none), in one transaction.
    pub fn update<P>(
        &self,
        id: impl Into<String>,
        patch: P,
    ) -> impl Future<Output = ApiResult<P::Model>>
    where
        P: PatchRecord,
        P::Model: Crud,
    {
        self.update_where(id, patch, |_| true)
    }

    /// Deletes the row with this id: `{"success": true}`, or 404.
    pub async fn delete<M: Crud>(&self, id: impl Into<String>) -> ApiResult<Deleted> {
        let id = id.into();
        if id.as_bytes().contains(&0) {
            return Err(not_found::<M>());
        }
        self.write(move |conn| match M::delete(conn, &id)? {
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
    /// `btst_migrations`. On PostgreSQL the plugin's tables go in the schema `plugin_<name>`,
    /// created here. A table whose recorded DDL differs from the current model, or that exists
    /// without a record, is an error: the Stack never alters or drops a table by itself.
    /// [`Db::migrate_all`] for one plugin.
    pub fn migrate(&self, plugin: &str, models: &[ModelMeta]) -> Result<(), DbError> {
        self.migrate_all(&[(plugin, models)])
    }

    /// [`Db::migrate`] for every `(plugin, models)`, as one set-up that processes opening the
    /// same database at once (a rolling deploy) take in turn, on one connection: PostgreSQL's
    /// `pg_advisory_lock` (per database), MySQL's `GET_LOCK` (named after the database), an
    /// SQLite write transaction (`BEGIN IMMEDIATE`, which also makes the set-up atomic there).
    /// The next instance then finds the tables recorded and checks them.
    pub fn migrate_all(&self, plugins: &[(&str, &[ModelMeta])]) -> Result<(), DbError> {
        let mut conn = self
            .shared
            .pool
            .get()
            .map_err(|error| DbError(format!("cannot reach the database: {error}")))?;
        let locked = |error: diesel::result::Error| {
            DbError(format!("cannot take the schema set-up lock: {error}"))
        };
        SetUpLock::take(&mut conn).map_err(locked)?;
        let outcome = plugins
            .iter()
            .try_for_each(|(plugin, models)| self.migrate_plugin(&mut conn, plugin, models));
        let released = SetUpLock::release(&mut conn, outcome.is_ok());
        outcome?;
        released.map_err(|error| DbError(format!("the schema set-up failed to end: {error}")))
    }

    fn migrate_plugin(
        &self,
        conn: &mut Connection,
        plugin: &str,
        models: &[ModelMeta],
    ) -> Result<(), DbError> {
        let fail = |error: diesel::result::Error| {
            DbError(format!("migration of plugin `{plugin}` failed: {error}"))
        };
        let schema = (self.shared.dialect == Dialect::Postgres).then(|| plugin_schema(plugin));
        let ledger = match self.shared.dialect {
            Dialect::Postgres => format!(
                "CREATE SCHEMA IF NOT EXISTS {};CREATE TABLE IF NOT EXISTS public.btst_migrations (\n    \
                 \"table_name\" TEXT NOT NULL PRIMARY KEY,\n    \"plugin\" TEXT NOT NULL,\n    \
                 \"ddl\" TEXT NOT NULL,\n    \"applied_at\" TIMESTAMP NOT NULL\n)",
                ddl::quote_ident(schema.as_deref().unwrap_or("public"))
            ),
            Dialect::Sqlite => "CREATE TABLE IF NOT EXISTS btst_migrations (\n    \
                 \"table_name\" TEXT NOT NULL PRIMARY KEY,\n    \"plugin\" TEXT NOT NULL,\n    \
                 \"ddl\" TEXT NOT NULL,\n    \"applied_at\" TIMESTAMP NOT NULL\n)"
                .to_owned(),
            Dialect::Mysql => "CREATE TABLE IF NOT EXISTS btst_migrations (\n    \
                 \"table_name\" VARCHAR(255) NOT NULL PRIMARY KEY,\n    \"plugin\" VARCHAR(255) NOT NULL,\n    \
                 \"ddl\" LONGTEXT NOT NULL,\n    \"applied_at\" DATETIME(3) NOT NULL\n) \
                 ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin"
                .to_owned(),
        };
        conn.batch_execute(&ledger).map_err(fail)?;
        for meta in models {
            let ddl = ddl::create_table(meta, self.shared.dialect, schema.as_deref());
            let outcome = write_transaction(conn, |conn| {
                let recorded = migrations::table
                    .find(meta.table)
                    .select(migrations::ddl)
                    .first::<String>(conn)
                    .optional()?;
                match recorded {
                    Some(recorded) if recorded == ddl => Ok(None),
                    Some(_) => Ok(Some(meta.table)),
                    None if table_exists(conn, schema.as_deref(), meta.table)? => {
                        Ok(Some(meta.table))
                    }
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
                        Ok::<_, diesel::result::Error>(None)
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

/// The PostgreSQL schema that holds a plugin's tables.
pub fn plugin_schema(plugin: &str) -> String {
    format!("plugin_{plugin}")
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

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    found: i64,
}

/// Whether the table already exists (in `schema` on PostgreSQL, in the current database on
/// MySQL).
fn table_exists(conn: &mut Connection, schema: Option<&str>, table: &str) -> QueryResult<bool> {
    let query = match conn.dialect() {
        Dialect::Sqlite => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM sqlite_master WHERE type = 'table' AND name = ?",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
        Dialect::Postgres => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(schema.unwrap_or("public").to_owned())
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
        Dialect::Mysql => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
    };
    query.get_result::<Found>(conn).map(|row| row.found > 0)
}

/// The lock that makes the schema set-up of processes opening one database at once take turns
/// ([`Db::migrate_all`]), held on the connection that runs the set-up.
struct SetUpLock;

impl SetUpLock {
    /// PostgreSQL's advisory lock key (`btstmigr` in ASCII); advisory locks are per database.
    const POSTGRES_KEY: i64 = 0x6274_7374_6d69_6772;
    /// MySQL's named locks are per server, so the name carries a digest of the database's name
    /// (a name is at most 64 characters).
    const MYSQL_NAME: &str = "CONCAT('btst_migrations.', MD5(DATABASE()))";
    /// How long MySQL waits for another instance's set-up, in seconds (PostgreSQL and SQLite wait
    /// for as long as it takes, and SQLite's `busy_timeout`, respectively).
    const MYSQL_PATIENCE: u32 = 120;

    fn take(conn: &mut Connection) -> QueryResult<()> {
        match conn.dialect() {
            Dialect::Postgres => {
                conn.batch_execute(&format!("SELECT pg_advisory_lock({})", Self::POSTGRES_KEY))
            }
            Dialect::Mysql => {
                let taken = diesel::sql_query(format!(
                    "SELECT CAST(COALESCE(GET_LOCK({}, {}), 0) AS SIGNED) AS found",
                    Self::MYSQL_NAME,
                    Self::MYSQL_PATIENCE
                ))
                .get_result::<Found>(conn)?;
                if taken.found == 1 {
                    Ok(())
                } else {
                    Err(diesel::result::Error::QueryBuilderError(
                        format!(
                            "another instance held the lock for more than {} s",
                            Self::MYSQL_PATIENCE
                        )
                        .into(),
                    ))
                }
            }
            Dialect::Sqlite => begin_write(conn),
        }
    }

    /// Lets the next instance in; on SQLite, commits the set-up (`commit`) or rolls it back.
    fn release(conn: &mut Connection, commit: bool) -> QueryResult<()> {
        match conn.dialect() {
            Dialect::Postgres => conn.batch_execute(&format!(
                "SELECT pg_advisory_unlock({})",
                Self::POSTGRES_KEY
            )),
            Dialect::Mysql => conn.batch_execute(&format!("DO RELEASE_LOCK({})", Self::MYSQL_NAME)),
            Dialect::Sqlite if commit => backend::commit(conn),
            Dialect::Sqlite => backend::rollback_all(conn),
        }
    }
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
        applied_at -> crate::sql_types::Instant,
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
    fn a_writer_gives_up_its_wait_for_the_turn_with_a_503() {
        crate::Stack::block_on(async {
            let gate = WriteGate::default();
            let soon = || Instant::now() + Duration::from_millis(10);
            let first = gate.enter(soon()).await.expect("free");
            let error = gate.enter(soon()).await.expect_err("taken");
            assert_eq!(error.status().as_u16(), 503);
            drop(first);
            gate.enter(soon()).await.expect("free again");
        });
    }

    /// A file with a table `t`, a pool of four connections on it whose writes have `deadline`,
    /// and a second connection, outside the pool (another process, as far as the pool knows),
    /// holding the file's write lock.
    fn locked_file(name: &str, deadline: Duration) -> (Db, SqliteConnection, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("btst-{name}-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let url = format!("sqlite://{}", path.display());
        let db = Db::connect_with(&url, Duration::from_secs(2), deadline, Some(4), Vec::new())
            .expect("opens");
        crate::Stack::block_on(
            db.transaction(|conn| conn.batch_execute("CREATE TABLE t (n INTEGER NOT NULL)")),
        )
        .expect("creates");
        let mut holder =
            <SqliteConnection as diesel::Connection>::establish(&path.display().to_string())
                .expect("opens");
        holder
            .batch_execute("BEGIN IMMEDIATE")
            .expect("takes the write lock");
        (db, holder, path)
    }

    #[test]
    fn queued_writers_hold_no_blocking_thread_and_give_up_at_their_deadline() {
        const DEADLINE: Duration = Duration::from_millis(1500);
        const WRITERS: u32 = 8;
        let (db, holder, path) = locked_file("queue", DEADLINE);
        // Two blocking threads, fewer than the writers queued: had each waiting writer held one
        // (waiting for its turn, or in SQLite's busy handler), no read could run until they
        // gave up.
        let runtime = || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .max_blocking_threads(2)
                .build()
                .expect("a runtime")
        };
        actix_web::rt::System::with_tokio_rt(runtime).block_on(async {
            // A writer every 100 ms: each but the first waits for its turn, then meets the lock.
            let writers: Vec<_> = (0..WRITERS)
                .map(|n: u32| {
                    let db = db.clone();
                    actix_web::rt::spawn(async move {
                        actix_web::rt::time::sleep(Duration::from_millis(100) * n).await;
                        let started = Instant::now();
                        let written = db
                            .transaction(|conn| conn.batch_execute("INSERT INTO t VALUES (1)"))
                            .await;
                        (written, started.elapsed())
                    })
                })
                .collect();
            actix_web::rt::time::sleep(Duration::from_millis(100) * 8).await;
            for _ in 0..5 {
                let read = Instant::now();
                db.run(|conn| conn.batch_execute("SELECT COUNT(*) FROM t"))
                    .await
                    .expect("reads");
                assert!(
                    read.elapsed() < Duration::from_millis(300),
                    "a read waited {:?} behind the queued writers",
                    read.elapsed()
                );
            }
            assert!(
                writers.iter().all(|writer| !writer.is_finished()),
                "the writers still wait"
            );
            for writer in writers {
                let (written, waited) = writer.await.expect("joins");
                let error = written.expect_err("the file stays locked");
                assert_eq!(error.status().as_u16(), 503, "{error}");
                // One deadline per write: the wait for the turn and SQLite's busy wait do not
                // add up (a writer let in late would otherwise wait the whole busy timeout).
                assert!(
                    waited + Duration::from_millis(50) >= DEADLINE
                        && waited < DEADLINE + Duration::from_millis(400),
                    "a write gave up after {waited:?}; its deadline is {DEADLINE:?}"
                );
            }
        });
        drop(holder);
        drop(db);
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn a_writer_waiting_for_its_turn_leaves_the_other_connections_to_readers() {
        let path = std::env::temp_dir().join(format!("btst-gate-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let url = format!("sqlite://{}", path.display());
        // Two connections; a checkout waits 300 ms at most.
        let db = Db::connect_with(
            &url,
            Duration::from_millis(300),
            DEFAULT_WRITE_TIMEOUT,
            Some(2),
            Vec::new(),
        )
        .expect("opens");
        crate::Stack::block_on(async {
            let sql = |statement: &'static str| {
                move |conn: &mut Connection| conn.batch_execute(statement)
            };
            db.transaction(sql("CREATE TABLE t (n INTEGER NOT NULL)"))
                .await
                .expect("creates");
            let scoped = db.scoped();
            // The scope holds the turn and one connection until it commits.
            scoped
                .transaction(sql("INSERT INTO t VALUES (1)"))
                .await
                .expect("writes");
            let writer = actix_web::rt::spawn({
                let db = db.clone();
                async move { db.transaction(sql("INSERT INTO t VALUES (2)")).await }
            });
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
            // Had the queued writer taken the second connection to wait in SQLite's busy
            // handler, this read would wait out the checkout and answer 503.
            db.run(sql("SELECT n FROM t")).await.expect("reads");
            assert!(
                !writer.is_finished(),
                "the second writer waits for the turn"
            );
            scoped.commit().await.expect("commits");
            writer
                .await
                .expect("joins")
                .expect("writes after the commit");
        });
        drop(db);
        let _ = std::fs::remove_file(&path);
    }

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
