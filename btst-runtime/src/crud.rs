//! `__impl_crud!`: the [`Crud`](crate::db::Crud) impl of one model, written as concrete Diesel
//! code over its table module. `#[plugin]` invokes it once per model, so the expansion stays one
//! line while the queries stay fully typed (no generic Diesel bounds in the runtime).
//!
//! Each operation runs on the backend's own connection type (`__on_backend!`), not through the
//! multi-backend layer: PostgreSQL then caches the prepared statement by type and decodes rows
//! directly, which measured 10-15% faster than `AnyConnection` for these queries (BENCHMARKS.md).

/// Runs `$body` with `$c` bound to the concrete connection inside `$conn` and `$backend` naming
/// its Diesel backend type.
#[cfg(not(feature = "mysql"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __on_backend {
    ($conn:expr, |$c:ident, $backend:ident| $body:expr) => {
        match $conn {
            $crate::backend::AnyConnection::Postgresql($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::pg::Pg;
                $body
            }
            $crate::backend::AnyConnection::Sqlite($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::sqlite::Sqlite;
                $body
            }
            // `AnyConnection` is `#[non_exhaustive]`; this build has no other variant.
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!("a backend this build of btst-runtime does not have"),
        }
    };
}

/// [`__on_backend!`] with the MySQL variant (feature `mysql`).
#[cfg(feature = "mysql")]
#[doc(hidden)]
#[macro_export]
macro_rules! __on_backend {
    ($conn:expr, |$c:ident, $backend:ident| $body:expr) => {
        match $conn {
            $crate::backend::AnyConnection::Postgresql($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::pg::Pg;
                $body
            }
            $crate::backend::AnyConnection::Sqlite($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::sqlite::Sqlite;
                $body
            }
            $crate::backend::AnyConnection::Mysql($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::mysql::Mysql;
                $body
            }
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!("a backend this build of btst-runtime does not have"),
        }
    };
}

/// Implements [`Crud`](crate::db::Crud) for `$model` over the table module `$table`, whose
/// columns are listed with their wire names (for sorting).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_crud {
    ($model:ident, $table:ident, { $($column:ident: $wire:literal),* $(,)? }) => {
        impl $crate::__private::Crud for $model {
            fn find(
                conn: &mut $crate::__private::Connection,
                id: &str,
            ) -> $crate::__private::diesel::QueryResult<::core::option::Option<Self>> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $table::table.find(id).select(Self::as_select()).first(c).optional())
            }

            fn insert(conn: &mut $crate::__private::Connection, row: &Self) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::insert_into($table::table).values(row).execute(c))
            }

            fn save(conn: &mut $crate::__private::Connection, row: &Self) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::update($table::table.find(&row.id)).set(row).execute(c))
            }

            fn delete(conn: &mut $crate::__private::Connection, id: &str) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::delete($table::table.find(id)).execute(c))
            }

            fn count(conn: &mut $crate::__private::Connection) -> $crate::__private::diesel::QueryResult<i64> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $table::table.count().get_result(c))
            }

            fn list(
                conn: &mut $crate::__private::Connection,
                options: &$crate::__private::ListOptions,
            ) -> $crate::__private::diesel::QueryResult<::std::vec::Vec<Self>> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| {
                    let mut query = $table::table.select(Self::as_select()).into_boxed::<Backend>();
                    for sort in &options.sort {
                        query = match (sort.field, sort.descending) {
                            $(
                                ($wire, false) => query.then_order_by($table::$column.asc()),
                                ($wire, true) => query.then_order_by($table::$column.desc()),
                            )*
                            _ => query,
                        };
                    }
                    query = match options.sort.first() {
                        Some(first) if first.descending => query.then_order_by($table::id.desc()),
                        _ => query.then_order_by($table::id.asc()),
                    };
                    query.limit(options.page.limit).offset(options.page.offset).load(c)
                })
            }
        }
    };
}
