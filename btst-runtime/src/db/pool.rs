//! Checking out a pooled connection ([`Db::run`]'s first step): at once when one is idle, else
//! within the checkout timeout, and 503 at once while the database cannot be reached.

use std::time::Duration;

use crate::backend::Manager;
use crate::error::{ApiError, ApiResult};

use super::Db;

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
    use crate::backend::{Reachability, Target};
    use crate::db::{DEFAULT_WRITE_TIMEOUT, Shared};
    use crate::ddl::Dialect;

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
}
