//! `__impl_crud!`: the [`Crud`](crate::db::Crud) impl of one model, written as concrete Diesel
//! code over its table module. `#[plugin]` invokes it once per model, so the expansion stays one
//! line while the queries stay fully typed (no generic Diesel bounds in the runtime).
//!
//! Each operation runs on the backend's own connection type (`__on_backend!`), not through the
//! multi-backend layer: PostgreSQL then caches the prepared statement by type and decodes rows
//! directly, which measured 10-15% faster than `AnyConnection` for these queries (BENCHMARKS.md).

use std::any::TypeId;
use std::marker::PhantomData;
use std::sync::{Arc, PoisonError, RwLock};

use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryBuilder, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, HasSqlType};
use diesel::{QueryResult, RunQueryDsl};

use crate::list::Sort;

/// A page of one model's rows in one order: the SQL up to `LIMIT`, built once per backend and
/// order and kept in a [`PageSql`], then `LIMIT` and `OFFSET` as bind parameters.
///
/// Diesel caches a boxed query's prepared statement under its SQL, which it rebuilds on every
/// call (quoting each identifier into a fresh string); a list sorted at run time is a boxed
/// query, and that rebuilding cost the Todo list 8% of the hand-written server's throughput.
/// This query hands Diesel the finished string instead (BENCHMARKS.md).
#[doc(hidden)]
pub struct PageQuery<ST> {
    sql: Arc<str>,
    limit: i64,
    offset: i64,
    row: PhantomData<ST>,
}

impl<ST> PageQuery<ST> {
    /// The page `limit` / `offset` of `sql`, whose rows have the type of `_select`'s (the
    /// model's `table.select(Model::as_select())`, which only lends its SQL type).
    pub fn new<Q: Query<SqlType = ST>>(
        _select: &Q,
        sql: Arc<str>,
        limit: i64,
        offset: i64,
    ) -> Self {
        Self {
            sql,
            limit,
            offset,
            row: PhantomData,
        }
    }
}

impl<ST> std::fmt::Debug for PageQuery<ST> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageQuery")
            .field("sql", &self.sql)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .finish()
    }
}

impl<ST> Query for PageQuery<ST> {
    type SqlType = ST;
}

impl<ST> QueryId for PageQuery<ST> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<ST, DB> QueryFragment<DB> for PageQuery<ST>
where
    DB: Backend + HasSqlType<BigInt> + 'static,
    i64: diesel::serialize::ToSql<BigInt, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        let (open, close) = limit_parameter::<DB>();
        out.push_sql(&self.sql);
        out.push_sql(" LIMIT ");
        out.push_sql(open);
        out.push_bind_param::<BigInt, i64>(&self.limit)?;
        out.push_sql(close);
        out.push_sql(" OFFSET ");
        out.push_sql(open);
        out.push_bind_param::<BigInt, i64>(&self.offset)?;
        out.push_sql(close);
        Ok(())
    }
}

/// What surrounds a `LIMIT` / `OFFSET` bind parameter on backend `DB`. SQLite (3.48 and later)
/// plans a bare `LIMIT ?` with the bound value as a constant and marks the statement to be
/// compiled again whenever that parameter is bound, that is on every execution of a cached
/// statement: a full parse and plan per call. Inside a `CAST` the parameter is an expression
/// evaluated at run time, and the cached statement is reused as it is.
fn limit_parameter<DB: 'static>() -> (&'static str, &'static str) {
    if TypeId::of::<DB>() == TypeId::of::<diesel::sqlite::Sqlite>() {
        ("CAST(", " AS INTEGER)")
    } else {
        ("", "")
    }
}

impl<ST, Conn> RunQueryDsl<Conn> for PageQuery<ST> {}

/// The SQL of one model's lists, per backend and order, up to `LIMIT`. An order is a list of
/// the model's own fields, so the set is finite, but a client choosing multi-key orders could
/// still make it large: past [`PageSql::CAPACITY`] orders the SQL is built per call, not kept.
#[doc(hidden)]
#[derive(Debug)]
pub struct PageSql(RwLock<Vec<Kept>>);

/// One kept statement of a [`PageSql`].
#[derive(Debug)]
struct Kept {
    backend: TypeId,
    sort: Vec<Sort>,
    sql: Arc<str>,
}

impl Kept {
    fn is(&self, backend: TypeId, sort: &[Sort]) -> bool {
        self.backend == backend && self.sort == sort
    }
}

impl PageSql {
    /// How many (backend, order) pairs one model keeps.
    pub const CAPACITY: usize = 64;

    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Self(RwLock::new(Vec::new()))
    }

    /// The SQL for `sort` on backend `DB`: kept, or rendered from the query `build` returns.
    pub fn get<DB, Q>(&self, sort: &[Sort], build: impl FnOnce() -> Q) -> QueryResult<Arc<str>>
    where
        DB: Backend + Default + 'static,
        DB::QueryBuilder: Default,
        Q: QueryFragment<DB>,
    {
        let backend = TypeId::of::<DB>();
        let kept = self.0.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = kept.iter().find(|kept| kept.is(backend, sort)) {
            return Ok(Arc::clone(&found.sql));
        }
        drop(kept);
        let mut builder = DB::QueryBuilder::default();
        build().to_sql(&mut builder, &DB::default())?;
        let sql: Arc<str> = builder.finish().into();
        let mut kept = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if kept.len() < Self::CAPACITY && !kept.iter().any(|kept| kept.is(backend, sort)) {
            kept.push(Kept {
                backend,
                sort: sort.to_vec(),
                sql: Arc::clone(&sql),
            });
        }
        Ok(sql)
    }
}

/// Runs `$body` with `$c` bound to the concrete connection inside `$conn` and `$backend` naming
/// its Diesel backend type.
#[cfg(not(feature = "mysql"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __on_backend {
    ($conn:expr, |$c:ident, $backend:ident| $body:expr) => {
        match $conn {
            $crate::__private::AnyConnection::Postgresql($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::pg::Pg;
                $body
            }
            $crate::__private::AnyConnection::Sqlite($c) => {
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
            $crate::__private::AnyConnection::Postgresql($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::pg::Pg;
                $body
            }
            $crate::__private::AnyConnection::Sqlite($c) => {
                #[allow(dead_code)]
                type $backend = $crate::__private::diesel::sqlite::Sqlite;
                $body
            }
            $crate::__private::AnyConnection::Mysql($c) => {
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
/// columns are listed with their wire names (for sorting). `$bind` is how a write binds the row
/// ([`__crud_row!`]); `$key` is `given` (the row carries its id) or `auto` (the database numbers
/// it: [`__insert_auto!`]); `$scope` is `none` or `(field)`, the row scope field
/// ([`__crud_row_scope!`]). Also `$model::rows`, the rows a [`Db`](crate::Db) may see.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_crud {
    ($model:ident, $table:ident, { $($column:ident: $wire:literal),* $(,)? }, $bind:ident, $key:ident, $scope:tt) => {
        impl $model {
            /// The table as a boxed Diesel query, filtered to the rows `db` may see: for a model
            /// with `#[model(row_scope = ..)]`, those whose scope field holds the handle's value
            /// ([`Db::row_scope`](crate::Db::row_scope); a 500 if it has none). Start every
            /// query of your own inside [`Db::run`](crate::Db::run) from it.
            #[allow(dead_code)]
            pub fn rows(db: &$crate::__private::Db) -> $crate::__private::ApiResult<$table::BoxedQuery<'static, $crate::__private::AnyBackend>> {
                let scope = db.row_scope_of::<Self>()?;
                ::core::result::Result::Ok(Self::rows_within(scope.as_deref()))
            }

            /// The table, filtered to the rows of `row_scope` (every row without one).
            #[doc(hidden)]
            pub fn rows_within(row_scope: ::core::option::Option<&str>) -> $table::BoxedQuery<'static, $crate::__private::AnyBackend> {
                use $crate::__private::diesel::prelude::*;
                $crate::__crud_row_scope!(rows, $scope, $table, row_scope)
            }
        }


        #[automatically_derived]
        impl $crate::__private::Crud for $model {
            fn find(
                conn: &mut $crate::__private::Connection,
                id: &<<Self as $crate::__private::Model>::Id as $crate::__private::Key>::Ref,
            ) -> $crate::__private::diesel::QueryResult<::core::option::Option<Self>> {
                use $crate::__private::diesel::prelude::*;
                // The key matches at most one row: no `LIMIT 1` (`.first()`), whose bind
                // parameter makes SQLite compile the statement again on every call.
                $crate::__on_backend!(conn, |c, Backend| $table::table.find(id).select(Self::as_select()).get_result(c).optional())
            }

            fn insert(conn: &mut $crate::__private::Connection, row: Self) -> $crate::__private::diesel::QueryResult<Self> {
                $crate::__crud_insert!($key, conn, $table, row, $bind)
            }

            fn insert_if_absent(conn: &mut $crate::__private::Connection, row: &Self) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::insert_into($table::table).values($crate::__crud_row!($bind, row)).on_conflict_do_nothing().execute(c))
            }

            fn save(conn: &mut $crate::__private::Connection, row: &Self) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::update($table::table.find(&row.id)).set($crate::__crud_row!($bind, row)).execute(c))
            }

            fn delete(
                conn: &mut $crate::__private::Connection,
                id: &<<Self as $crate::__private::Model>::Id as $crate::__private::Key>::Ref,
            ) -> $crate::__private::diesel::QueryResult<usize> {
                use $crate::__private::diesel::prelude::*;
                $crate::__on_backend!(conn, |c, Backend| $crate::__private::diesel::delete($table::table.find(id)).execute(c))
            }

            fn count(conn: &mut $crate::__private::Connection, row_scope: ::core::option::Option<&str>) -> $crate::__private::diesel::QueryResult<i64> {
                use $crate::__private::diesel::prelude::*;
                $crate::__crud_row_scope!(count, $scope, conn, $table, row_scope)
            }

            fn key(&self) -> &<Self as $crate::__private::Model>::Id {
                &self.id
            }

            fn row_scope(&self) -> ::core::option::Option<&str> {
                $crate::__crud_row_scope!(get, $scope, self)
            }

            fn set_row_scope(&mut self, value: &str) {
                $crate::__crud_row_scope!(set, $scope, self, value)
            }

            fn list(
                conn: &mut $crate::__private::Connection,
                options: &$crate::__private::ListOptions,
                row_scope: ::core::option::Option<&str>,
            ) -> $crate::__private::diesel::QueryResult<::std::vec::Vec<Self>> {
                use $crate::__private::diesel::prelude::*;
                $crate::__crud_row_scope!(list, $scope, conn, $table, options, row_scope, { $($column: $wire),* });
                static SQL: $crate::__private::PageSql = $crate::__private::PageSql::new();
                $crate::__on_backend!(conn, |c, Backend| {
                    let sql = SQL.get::<Backend, _>(&options.sort, || {
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
                        if $crate::__private::ListOptions::ties_descending(&options.sort) {
                            query.then_order_by($table::id.desc())
                        } else {
                            query.then_order_by($table::id.asc())
                        }
                    })?;
                    let select = $table::table.select(Self::as_select());
                    $crate::__private::PageQuery::new(&select, sql, options.page.limit, options.page.offset).load(c)
                })
            }
        }
    };
}

/// The parts of [`__impl_crud!`] that a row scope changes, for a model without one (`none`) or
/// with the field `($field)`. A scoped list filters in SQL, so its statement has a bind
/// parameter besides the page and is not kept by [`PageSql`]: it is Diesel's boxed query.
#[doc(hidden)]
#[macro_export]
macro_rules! __crud_row_scope {
    (rows, none, $table:ident, $value:ident) => {{
        let _ = $value;
        $table::table.into_boxed()
    }};
    (rows, ($field:ident), $table:ident, $value:ident) => {
        match $value {
            ::core::option::Option::Some(value) => $table::table
                .filter($table::$field.eq(::std::string::ToString::to_string(value)))
                .into_boxed(),
            ::core::option::Option::None => $table::table.into_boxed(),
        }
    };
    (count, none, $conn:ident, $table:ident, $value:ident) => {{
        let _ = $value;
        $crate::__on_backend!($conn, |c, Backend| $table::table.count().get_result(c))
    }};
    (count, ($field:ident), $conn:ident, $table:ident, $value:ident) => {
        match $value {
            ::core::option::Option::Some(value) => $crate::__on_backend!($conn, |c, Backend| $table::table.filter($table::$field.eq(value)).count().get_result(c)),
            ::core::option::Option::None => $crate::__on_backend!($conn, |c, Backend| $table::table.count().get_result(c)),
        }
    };
    (get, none, $row:ident) => {
        ::core::option::Option::None
    };
    (get, ($field:ident), $row:ident) => {
        ::core::option::Option::Some(&$row.$field)
    };
    (set, none, $row:ident, $value:ident) => {{
        let _ = $value;
    }};
    (set, ($field:ident), $row:ident, $value:ident) => {{
        $row.$field = ::std::string::ToString::to_string($value);
    }};
    (list, none, $conn:ident, $table:ident, $options:ident, $value:ident, { $($column:ident: $wire:literal),* }) => {{
        let _ = $value;
    }};
    (list, ($field:ident), $conn:ident, $table:ident, $options:ident, $value:ident, { $($column:ident: $wire:literal),* }) => {
        if let ::core::option::Option::Some(value) = $value {
            return $crate::__on_backend!($conn, |c, Backend| {
                let mut query = $table::table
                    .filter($table::$field.eq(value))
                    .select(Self::as_select())
                    .into_boxed::<Backend>();
                for sort in &$options.sort {
                    query = match (sort.field, sort.descending) {
                        $(
                            ($wire, false) => query.then_order_by($table::$column.asc()),
                            ($wire, true) => query.then_order_by($table::$column.desc()),
                        )*
                        _ => query,
                    };
                }
                let query = if $crate::__private::ListOptions::ties_descending(&$options.sort) {
                    query.then_order_by($table::id.desc())
                } else {
                    query.then_order_by($table::id.asc())
                };
                query.limit($options.page.limit).offset($options.page.offset).load(c)
            });
        }
    };
}

/// The row a typed write binds: `borrowed`, or, for a model with JSON or list fields (which
/// Diesel binds only from owned values, `#[diesel(serialize_as = ..)]`), a clone (`owned`).
#[doc(hidden)]
#[macro_export]
macro_rules! __crud_row {
    (borrowed, $row:expr) => {
        $row
    };
    (owned, $row:expr) => {
        ::core::clone::Clone::clone($row)
    };
}

/// `Crud::insert` of a row that carries its id (`given`), or of one whose id the database
/// numbers (`auto`, [`__insert_auto!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __crud_insert {
    (given, $conn:ident, $table:ident, $row:ident, $bind:ident) => {{
        use $crate::__private::diesel::prelude::*;
        $crate::__on_backend!($conn, |c, Backend| $crate::__private::diesel::insert_into(
            $table::table
        )
        .values($crate::__crud_row!($bind, &$row))
        .execute(c))?;
        ::core::result::Result::Ok($row)
    }};
    (auto, $conn:ident, $table:ident, $row:ident, $bind:ident) => {{
        use $crate::__private::diesel::prelude::*;
        let mut $row = $row;
        $row.id = $crate::__insert_auto!($conn, $table, $crate::__crud_row!($bind, &$row))?;
        ::core::result::Result::Ok($row)
    }};
}

/// Inserts `$values` (which leave out the id: `#[diesel(skip_insertion)]`) into `$table` and
/// reads the id the database gave the row: `RETURNING id` on PostgreSQL and SQLite (3.35 and
/// later), `LAST_INSERT_ID()` on MySQL, read on the same connection right after the insert
/// (MySQL keeps it per connection).
#[cfg(not(feature = "mysql"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __insert_auto {
    ($conn:expr, $table:ident, $values:expr) => {
        match $conn {
            $crate::__private::AnyConnection::Postgresql(c) => {
                $crate::__private::diesel::insert_into($table::table)
                    .values($values)
                    .returning($table::id)
                    .get_result::<i64>(c)
            }
            $crate::__private::AnyConnection::Sqlite(c) => {
                $crate::__private::diesel::insert_into($table::table)
                    .values($values)
                    .returning($table::id)
                    .get_result::<i64>(c)
            }
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!("a backend this build of btst-runtime does not have"),
        }
    };
}

/// [`__insert_auto!`] with the MySQL variant (feature `mysql`).
#[cfg(feature = "mysql")]
#[doc(hidden)]
#[macro_export]
macro_rules! __insert_auto {
    ($conn:expr, $table:ident, $values:expr) => {
        match $conn {
            $crate::__private::AnyConnection::Postgresql(c) => {
                $crate::__private::diesel::insert_into($table::table)
                    .values($values)
                    .returning($table::id)
                    .get_result::<i64>(c)
            }
            $crate::__private::AnyConnection::Sqlite(c) => {
                $crate::__private::diesel::insert_into($table::table)
                    .values($values)
                    .returning($table::id)
                    .get_result::<i64>(c)
            }
            $crate::__private::AnyConnection::Mysql(c) => {
                $crate::__private::diesel::insert_into($table::table)
                    .values($values)
                    .execute(c)
                    .and_then(|_| {
                        $crate::__private::diesel::select($crate::__private::diesel::dsl::sql::<
                            $crate::__private::diesel::sql_types::BigInt,
                        >(
                            "CAST(LAST_INSERT_ID() AS SIGNED)"
                        ))
                        .get_result::<i64>(c)
                    })
            }
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!("a backend this build of btst-runtime does not have"),
        }
    };
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use diesel::connection::SimpleConnection;
    use diesel::pg::Pg;
    use diesel::prelude::*;
    use diesel::sqlite::Sqlite;

    use super::*;

    diesel::table! {
        things (id) {
            id -> Text,
            rank -> BigInt,
        }
    }

    #[derive(Queryable, Selectable, Debug, PartialEq)]
    #[diesel(table_name = things)]
    struct Thing {
        id: String,
        rank: i64,
    }

    /// The rows by rank, largest first, as the boxed query `impl_crud!` renders.
    macro_rules! by_rank {
        ($backend:ty) => {
            || {
                things::table
                    .select(Thing::as_select())
                    .order((things::rank.desc(), things::id.desc()))
                    .into_boxed::<$backend>()
            }
        };
    }

    #[test]
    fn keeps_the_sql_per_backend_and_order() {
        let kept = PageSql::new();
        let builds = Cell::new(0);
        let desc = [Sort::desc("rank")];
        let sql = |sort: &[Sort]| {
            kept.get::<Sqlite, _>(sort, || {
                builds.set(builds.get() + 1);
                by_rank!(Sqlite)()
            })
            .expect("renders")
        };
        let first = sql(&desc);
        assert_eq!(
            &*first,
            "SELECT `things`.`id`, `things`.`rank` FROM `things` ORDER BY `things`.`rank` DESC, `things`.`id` DESC"
        );
        assert!(
            Arc::ptr_eq(&first, &sql(&desc)),
            "the second call is the kept string"
        );
        assert_eq!(builds.get(), 1);
        sql(&[Sort::asc("rank")]);
        assert_eq!(builds.get(), 2, "another order is another statement");
        let postgres = kept.get::<Pg, _>(&desc, by_rank!(Pg)).expect("renders");
        assert!(
            postgres.starts_with(r#"SELECT "things"."id""#),
            "{postgres}"
        );
    }

    #[test]
    fn stops_keeping_past_its_capacity() {
        let kept = PageSql::new();
        let builds = Cell::new(0);
        let orders: Vec<Vec<Sort>> = (0..=PageSql::CAPACITY)
            .map(|index| {
                vec![Sort::asc(Box::leak(
                    format!("field{index}").into_boxed_str(),
                ))]
            })
            .collect();
        for round in 0..2 {
            for order in &orders {
                kept.get::<Sqlite, _>(order, || {
                    builds.set(builds.get() + 1);
                    by_rank!(Sqlite)()
                })
                .expect("renders");
            }
            // The first round builds every order; the second only the one past the capacity.
            let expected = orders.len() + round;
            assert_eq!(builds.get(), expected);
        }
    }

    #[test]
    fn a_page_query_reads_the_rows_of_its_page_in_order() {
        let mut conn = SqliteConnection::establish(":memory:").expect("opens");
        conn.batch_execute(
            "CREATE TABLE things (id TEXT PRIMARY KEY NOT NULL, rank BIGINT NOT NULL);
             INSERT INTO things VALUES ('a', 1), ('b', 3), ('c', 2), ('d', 3);",
        )
        .expect("seeds");
        let kept = PageSql::new();
        let sql = kept
            .get::<Sqlite, _>(&[Sort::desc("rank")], by_rank!(Sqlite))
            .expect("renders");
        let select = things::table.select(Thing::as_select());
        let page: Vec<Thing> = PageQuery::new(&select, Arc::clone(&sql), 2, 1)
            .load(&mut conn)
            .expect("loads");
        let expected: Vec<Thing> = by_rank!(Sqlite)()
            .limit(2)
            .offset(1)
            .load(&mut conn)
            .expect("loads");
        assert_eq!(page, expected);
        assert_eq!(
            page.iter()
                .map(|thing| thing.id.as_str())
                .collect::<Vec<_>>(),
            ["b", "c"]
        );
        let sqlite =
            diesel::debug_query::<Sqlite, _>(&PageQuery::new(&select, Arc::clone(&sql), 2, 1))
                .to_string();
        assert!(
            sqlite.ends_with("LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER) -- binds: [2, 1]"),
            "SQLite recompiles a statement with a bare `LIMIT ?` on every call: {sqlite}"
        );
        let postgres =
            diesel::debug_query::<Pg, _>(&PageQuery::new(&select, sql, 2, 1)).to_string();
        assert!(
            postgres.ends_with("LIMIT $1 OFFSET $2 -- binds: [2, 1]"),
            "{postgres}"
        );
    }

    #[test]
    fn limits_and_offsets_are_integers_on_sqlite() {
        let mut conn = SqliteConnection::establish(":memory:").expect("opens");
        conn.batch_execute(
            "CREATE TABLE things (id TEXT PRIMARY KEY NOT NULL, rank BIGINT NOT NULL);
             INSERT INTO things VALUES ('a', 1), ('b', 2), ('c', 3);",
        )
        .expect("seeds");
        let sql = PageSql::new()
            .get::<Sqlite, _>(&[Sort::desc("rank")], by_rank!(Sqlite))
            .expect("renders");
        let select = things::table.select(Thing::as_select());
        for (limit, offset, expected) in [(1, 0, vec!["c"]), (5, 1, vec!["b", "a"]), (2, 9, vec![])]
        {
            let page: Vec<Thing> = PageQuery::new(&select, Arc::clone(&sql), limit, offset)
                .load(&mut conn)
                .expect("loads");
            let ids: Vec<_> = page.iter().map(|thing| thing.id.as_str()).collect();
            assert_eq!(ids, expected, "limit {limit} offset {offset}");
        }
    }
}
