//! An SQLite file's write turn: [`WriteGate`] queues write transactions in the process, one at a
//! time, each with one deadline ([`WriteTurn`]) for its wait for the turn and for SQLite's busy
//! handler.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::backend::BusyBudget;
use crate::error::{ApiError, ApiResult};

use super::Db;

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
/// Every write has one deadline, [`Shared::write_timeout`](super::Shared::write_timeout) after
/// it starts waiting (default [`DEFAULT_WRITE_TIMEOUT`](super::DEFAULT_WRITE_TIMEOUT)): the wait
/// for the turn ends there (503), and the connection's busy wait for `BEGIN IMMEDIATE` is cut to
/// what is left of it, so the two never add up.
#[derive(Debug, Default)]
pub(super) struct WriteGate(Arc<tokio::sync::Mutex<()>>);

/// A write transaction's turn at the [`WriteGate`] (dropping it lets the next writer in), and
/// the write's deadline.
#[derive(Debug)]
pub(super) struct WriteTurn {
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

impl Db {
    /// The write turn on an SQLite file (nothing elsewhere), waited for asynchronously until
    /// the write's deadline.
    pub(super) async fn take_turn(&self) -> ApiResult<Option<WriteTurn>> {
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
    pub(super) fn busy_budget(&self, turn: Option<&WriteTurn>) -> ApiResult<Option<BusyBudget>> {
        turn.map(|turn| turn.busy_budget(self.shared.write_timeout))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use diesel::SqliteConnection;
    use diesel::connection::SimpleConnection;

    use super::*;
    use crate::db::{Connection, DEFAULT_WRITE_TIMEOUT};

    /// Runs `future` on a new actix runtime, as `Stack::block_on` does (the Stack builds on the
    /// database, not the other way round).
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        actix_web::rt::System::new().block_on(future)
    }

    #[test]
    fn a_writer_gives_up_its_wait_for_the_turn_with_a_503() {
        block_on(async {
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
        block_on(db.transaction(|conn| conn.batch_execute("CREATE TABLE t (n INTEGER NOT NULL)")))
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
        block_on(async {
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
}
