//! The SQL types of the runtime's own. [`Instant`] is the column type of every
//! [`Timestamp`](crate::Timestamp) field: the same on the wire to PostgreSQL (`timestamp`) and
//! SQLite (text) as Diesel's `sql_types::Timestamp`, but bound to MySQL / MariaDB as `DATETIME`.
//! Diesel binds its `Timestamp` there as `MYSQL_TYPE_TIMESTAMP`, and MariaDB stores such a
//! parameter outside `TIMESTAMP`'s range (1970-01-01T00:00:01Z to 2038-01-19T03:14:07Z) into a
//! `DATETIME` column as `NULL`, without an error; a `DATETIME` parameter is stored as sent.
//!
//! Diesel's `MultiConnection` derive only knows its own SQL types, so the multi-backend lookup
//! (`MultiBackend`'s `HasSqlType`) is written here, and `Timestamp`'s `ToSql` / `FromSql` for
//! it (in `timestamp.rs`) hand the value to the backend's own implementation.

use diesel::query_builder::QueryId;
use diesel::sql_types::{HasSqlType, SqlType};

use crate::backend::MultiBackend;

/// A UTC instant without a time zone: `timestamp` on PostgreSQL, text on SQLite, `DATETIME` on
/// MySQL / MariaDB (bound as `DATETIME`, never as `TIMESTAMP`).
#[derive(Debug, Clone, Copy, Default, QueryId, SqlType)]
#[diesel(postgres_type(oid = 1114, array_oid = 1115))]
#[diesel(sqlite_type(name = "Text"))]
#[diesel(mysql_type(name = "DateTime"))]
pub struct Instant;

impl HasSqlType<Instant> for MultiBackend {
    fn metadata(lookup: &mut Self::MetadataLookup) -> Self::TypeMetadata {
        Self::lookup_sql_type::<Instant>(lookup)
    }
}

/// A JSON document: `JSONB` on PostgreSQL, `JSON` on MySQL / MariaDB, text on SQLite. The column
/// type of a [`JsonValue`](crate::JsonValue) field and of a list field (`Vec<String>`, ...),
/// whose values are stored as JSON arrays on every backend (one code path, and a list keeps
/// its order and its items' types).
#[derive(Debug, Clone, Copy, Default, QueryId, SqlType)]
#[diesel(postgres_type(oid = 3802, array_oid = 3807))]
#[diesel(sqlite_type(name = "Text"))]
#[diesel(mysql_type(name = "String"))]
pub struct Json;

impl HasSqlType<Json> for MultiBackend {
    fn metadata(lookup: &mut Self::MetadataLookup) -> Self::TypeMetadata {
        Self::lookup_sql_type::<Json>(lookup)
    }
}

/// An exact decimal ([`Decimal`](crate::Decimal)): `NUMERIC` on PostgreSQL, `DECIMAL` on MySQL /
/// MariaDB, text on SQLite (exact, where its numbers are floats). The declared precision and
/// scale are the column's (`NUMERIC(78, 0)`), written by the DDL.
#[derive(Debug, Clone, Copy, Default, QueryId, SqlType)]
#[diesel(postgres_type(oid = 1700, array_oid = 1231))]
#[diesel(sqlite_type(name = "Text"))]
#[diesel(mysql_type(name = "Numeric"))]
pub struct Decimal;

impl HasSqlType<Decimal> for MultiBackend {
    fn metadata(lookup: &mut Self::MetadataLookup) -> Self::TypeMetadata {
        Self::lookup_sql_type::<Decimal>(lookup)
    }
}
