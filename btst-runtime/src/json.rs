//! JSON columns: a [`JsonValue`] field holds any JSON, a list field (`Vec<String>`,
//! `Vec<i64>`, ...) a JSON array, and a `#[field(json)]` field a document of its declared type,
//! all in a column of SQL type [`Json`] (`JSONB` on PostgreSQL, `JSON` on MySQL / MariaDB, text
//! on SQLite). Each value goes through Diesel's own `serde_json::Value` impls for the backend
//! (its `Jsonb` on PostgreSQL, `Json` elsewhere), and through the multi-backend connection as
//! [`Timestamp`](crate::Timestamp) does.
//!
//! Diesel's derives bind a field through `AsExpression`, which no crate but Diesel may implement
//! for `Vec<T>` or `serde_json::Value`, and read it through `FromSql`, which the orphan rules
//! forbid for a `T` of another crate; so every JSON field of a row is bound and read as a
//! [`StoredJson`] (`#[diesel(serialize_as = .., deserialize_as = ..)]`, which `#[model]`
//! writes), whatever its type.

use diesel::deserialize::{self, FromSql};
use diesel::expression::AsExpression;
use diesel::internal::derives::as_expression::Bound;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::{self, Nullable};
use diesel::sqlite::{Sqlite, SqliteValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::backend::{MultiBackend, MultiRawValue};
use crate::sql_types::Json;
use crate::validate::JsonValue;

fn to_value<T: Serialize>(
    value: &T,
) -> Result<JsonValue, Box<dyn std::error::Error + Send + Sync>> {
    serde_json::to_value(value).map_err(Into::into)
}

fn from_value<T: DeserializeOwned>(value: JsonValue) -> deserialize::Result<T> {
    serde_json::from_value(value).map_err(|error| format!("a stored JSON value: {error}").into())
}

/// `JsonValue`'s impls on each backend, which [`StoredJson`]'s hand its value to (and which
/// read or bind any JSON in a query of your own).
macro_rules! json_value {
    ($ty:ty $(, $param:ident: $bound:path)?) => {
        impl$(<$param: $bound>)? ToSql<Json, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                let value = to_value(self)?;
                <JsonValue as ToSql<sql_types::Jsonb, Pg>>::to_sql(&value, &mut out.reborrow())
            }
        }

        impl$(<$param: $bound>)? FromSql<Json, Pg> for $ty {
            fn from_sql(bytes: PgValue<'_>) -> deserialize::Result<Self> {
                from_value(<JsonValue as FromSql<sql_types::Jsonb, Pg>>::from_sql(bytes)?)
            }
        }

        impl$(<$param: $bound>)? ToSql<Json, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                out.set_value(serde_json::to_string(self)?);
                Ok(serialize::IsNull::No)
            }
        }

        impl$(<$param: $bound>)? FromSql<Json, Sqlite> for $ty {
            fn from_sql(bytes: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
                from_value(<JsonValue as FromSql<sql_types::Json, Sqlite>>::from_sql(bytes)?)
            }
        }

        #[cfg(feature = "mysql")]
        impl$(<$param: $bound>)? ToSql<Json, diesel::mysql::Mysql> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, diesel::mysql::Mysql>) -> serialize::Result {
                let value = to_value(self)?;
                <JsonValue as ToSql<sql_types::Json, diesel::mysql::Mysql>>::to_sql(&value, &mut out.reborrow())
            }
        }

        #[cfg(feature = "mysql")]
        impl$(<$param: $bound>)? FromSql<Json, diesel::mysql::Mysql> for $ty {
            fn from_sql(bytes: diesel::mysql::MysqlValue<'_>) -> deserialize::Result<Self> {
                from_value(<JsonValue as FromSql<sql_types::Json, diesel::mysql::Mysql>>::from_sql(bytes)?)
            }
        }

        impl$(<$param: $bound>)? ToSql<Json, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Json, self));
                Ok(serialize::IsNull::No)
            }
        }

        impl$(<$param: $bound>)? FromSql<Json, MultiBackend> for $ty {
            fn from_sql(bytes: MultiRawValue<'_>) -> deserialize::Result<Self> {
                bytes.from_sql::<Self, Json>()
            }
        }

    };
}

json_value!(JsonValue);

/// A JSON column's value as Diesel binds and reads it (`#[diesel(serialize_as = StoredJson<T>)]`,
/// and `deserialize_as` for a field of a type of your own): `StoredJson<T>` for a field that is
/// never null, `StoredJson<Option<T>>` for one that may be. Any `T` that serde writes and reads.
#[doc(hidden)]
#[derive(Debug)]
pub struct StoredJson<T>(pub T);

impl<T> From<T> for StoredJson<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> StoredJson<T> {
    /// The value read. Diesel's `Queryable` derive calls `.try_into()` on a `deserialize_as`
    /// field's value, and an inherent method comes before the trait's (which the orphan rules
    /// would not let us implement for `T`).
    pub fn try_into(self) -> Result<T, std::convert::Infallible> {
        Ok(self.0)
    }
}

/// Read as one column, as Diesel's `FromSqlRow` derive says of a type with `FromSql`.
impl<T, ST, DB> diesel::deserialize::Queryable<ST, DB> for StoredJson<T>
where
    DB: diesel::backend::Backend,
    ST: diesel::sql_types::SingleValue,
    Self: FromSql<ST, DB>,
{
    type Row = Self;

    fn build(row: Self) -> deserialize::Result<Self> {
        Ok(row)
    }
}

impl<T: Serialize + std::fmt::Debug> AsExpression<Json> for StoredJson<T> {
    type Expression = Bound<Json, Self>;

    fn as_expression(self) -> Self::Expression {
        Bound::new(self)
    }
}

impl<T: Serialize + std::fmt::Debug> AsExpression<Nullable<Json>> for StoredJson<Option<T>> {
    type Expression = Bound<Nullable<Json>, Self>;

    fn as_expression(self) -> Self::Expression {
        Bound::new(self)
    }
}

/// `StoredJson`'s binds on PostgreSQL and MySQL, through `JsonValue`'s: the value's JSON, or
/// `NULL`.
macro_rules! stored_json_binds {
    ($backend:ty) => {
        impl<T: Serialize + std::fmt::Debug> ToSql<Json, $backend> for StoredJson<T> {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, $backend>) -> serialize::Result {
                let value = to_value(&self.0)?;
                <JsonValue as ToSql<Json, $backend>>::to_sql(&value, &mut out.reborrow())
            }
        }

        impl<T: Serialize + std::fmt::Debug> ToSql<Nullable<Json>, $backend>
            for StoredJson<Option<T>>
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, $backend>) -> serialize::Result {
                match &self.0 {
                    Some(value) => {
                        let value = to_value(value)?;
                        <JsonValue as ToSql<Json, $backend>>::to_sql(&value, &mut out.reborrow())
                    }
                    None => Ok(serialize::IsNull::Yes),
                }
            }
        }
    };
}

/// `StoredJson`'s reads on one backend, through `JsonValue`'s.
macro_rules! stored_json_reads {
    ($backend:ty, $raw:ty) => {
        impl<T: DeserializeOwned> FromSql<Json, $backend> for StoredJson<T> {
            fn from_sql(bytes: $raw) -> deserialize::Result<Self> {
                from_value(<JsonValue as FromSql<Json, $backend>>::from_sql(bytes)?).map(Self)
            }
        }

        impl<T: DeserializeOwned> FromSql<Nullable<Json>, $backend> for StoredJson<Option<T>> {
            fn from_sql(bytes: $raw) -> deserialize::Result<Self> {
                from_value(<JsonValue as FromSql<Json, $backend>>::from_sql(bytes)?)
                    .map(|value| Self(Some(value)))
            }

            fn from_nullable_sql(bytes: Option<$raw>) -> deserialize::Result<Self> {
                match bytes {
                    Some(bytes) => <Self as FromSql<Nullable<Json>, $backend>>::from_sql(bytes),
                    None => Ok(Self(None)),
                }
            }
        }
    };
}

stored_json_binds!(Pg);
#[cfg(feature = "mysql")]
stored_json_binds!(diesel::mysql::Mysql);
stored_json_reads!(Pg, PgValue<'_>);
stored_json_reads!(Sqlite, SqliteValue<'_, '_, '_>);
#[cfg(feature = "mysql")]
stored_json_reads!(diesel::mysql::Mysql, diesel::mysql::MysqlValue<'_>);

/// SQLite binds owned values: the JSON text.
impl<T: Serialize + std::fmt::Debug> ToSql<Json, Sqlite> for StoredJson<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        out.set_value(serde_json::to_string(&self.0)?);
        Ok(serialize::IsNull::No)
    }
}

impl<T: Serialize + std::fmt::Debug> ToSql<Nullable<Json>, Sqlite> for StoredJson<Option<T>> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        match &self.0 {
            Some(value) => {
                out.set_value(serde_json::to_string(value)?);
                Ok(serialize::IsNull::No)
            }
            None => Ok(serialize::IsNull::Yes),
        }
    }
}

/// Through the multi-backend connection: the backend's own impl above.
impl<T: Serialize + std::fmt::Debug + Send + Sync + 'static> ToSql<Json, MultiBackend>
    for StoredJson<T>
{
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((Json, self));
        Ok(serialize::IsNull::No)
    }
}

impl<T: Serialize + std::fmt::Debug + Send + Sync + 'static> ToSql<Nullable<Json>, MultiBackend>
    for StoredJson<Option<T>>
{
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        if self.0.is_none() {
            return Ok(serialize::IsNull::Yes);
        }
        out.set_value((Json, self));
        Ok(serialize::IsNull::No)
    }
}

impl<T: DeserializeOwned> FromSql<Json, MultiBackend> for StoredJson<T> {
    fn from_sql(bytes: MultiRawValue<'_>) -> deserialize::Result<Self> {
        bytes.from_sql::<Self, Json>()
    }
}

impl<T: DeserializeOwned> FromSql<Nullable<Json>, MultiBackend> for StoredJson<Option<T>> {
    fn from_sql(bytes: MultiRawValue<'_>) -> deserialize::Result<Self> {
        bytes.from_sql::<Self, Json>()
    }

    fn from_nullable_sql(bytes: Option<MultiRawValue<'_>>) -> deserialize::Result<Self> {
        match bytes {
            Some(bytes) => bytes.from_sql::<Self, Json>(),
            None => Ok(Self(None)),
        }
    }
}
