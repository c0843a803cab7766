//! The one transaction of a write endpoint: a [scoped](Db::scoped) handle's [`Scope`] holds its
//! connection from the first call that touches the database until [`Db::commit`] or
//! [`Db::rollback`], or rolls it back when dropped.

use std::sync::Arc;

use crate::backend;
use crate::error::{ApiError, ApiResult};

use super::Db;
use super::gate::WriteTurn;
use super::pool::Manager;

/// The connection of a transaction that spans several calls ([`Db::scoped`]); checked out and
/// begun by the first call that needs it.
#[derive(Default)]
pub(super) struct Scope {
    slot: std::sync::Mutex<Slot>,
}

/// Where a scoped transaction stands.
#[derive(Default)]
pub(super) enum Slot {
    /// No call has touched the database yet.
    #[default]
    Fresh,
    /// Begun on this connection, in this turn at the [`WriteGate`](super::gate::WriteGate)
    /// (SQLite files). The turn is the second field so that it is released after the
    /// connection's transaction has ended.
    Open(
        Box<diesel::r2d2::PooledConnection<Manager>>,
        Option<WriteTurn>,
    ),
    /// Committed or rolled back: later calls are refused, never run outside the transaction.
    Ended,
}

impl Scope {
    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, Slot> {
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

impl Db {
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
}
