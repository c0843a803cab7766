//! JSON columns: a [`JsonValue`] field holds any JSON, and a list field (`Vec<String>`,
//! `Vec<i64>`, ...) holds a JSON array, both in a column of SQL type [`Json`] (`JSONB` on
//! PostgreSQL, `JSON` on MySQL / MariaDB, text on SQLite). Each value goes through Diesel's own
//! `serde_json::Value` impls for the backend (its `Jsonb` on PostgreSQL, `Json` elsewhere), and
//! through the multi-backend connection as [`Timestamp`](crate::Timestamp) does.
//!
//! Diesel's derives bind a field through `AsExpression`, which no crate but Diesel may implement
//! for `Vec<T>` or `serde_json::Value`; so the row's `Insertable` and `AsChangeset` bind such a
//! field as a [`StoredJson`] (`#[diesel(serialize_as = ..)]`, which `#[model]` writes), and
//! read it back through `FromSql`.

use diesel::deserialize::{self, FromSql};
use diesel::pg::{Pg, PgValue};
use diesel::expression::AsExpression;
use diesel::internal::derives::as_expression::Bound;
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

/// The impls of one JSON column type (`JsonValue`, `Vec<T>`).
macro_rules! json_column {
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

json_column!(JsonValue);
json_column!(Vec<T>, T: ListItem);

/// A JSON column's value as Diesel binds it (`#[diesel(serialize_as = StoredJson<T>)]`):
/// `StoredJson<T>` for a field that is never null, `StoredJson<Option<T>>` for one that may be.
#[doc(hidden)]
#[derive(Debug)]
pub struct StoredJson<T>(pub T);

impl<T> From<T> for StoredJson<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> AsExpression<Json> for StoredJson<T>
where
    T: ToSql<Json, MultiBackend> + std::fmt::Debug,
{
    type Expression = Bound<Json, Self>;

    fn as_expression(self) -> Self::Expression {
        Bound::new(self)
    }
}

impl<T> AsExpression<Nullable<Json>> for StoredJson<Option<T>>
where
    T: ToSql<Json, MultiBackend> + std::fmt::Debug,
{
    type Expression = Bound<Nullable<Json>, Self>;

    fn as_expression(self) -> Self::Expression {
        Bound::new(self)
    }
}

/// `StoredJson`'s binds on each backend: the value's own, or `NULL`.
macro_rules! stored_json {
    ($backend:ty) => {
        impl<T: ToSql<Json, $backend> + std::fmt::Debug> ToSql<Json, $backend> for StoredJson<T> {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, $backend>) -> serialize::Result {
                self.0.to_sql(out)
            }
        }

        impl<T: ToSql<Json, $backend> + std::fmt::Debug> ToSql<Nullable<Json>, $backend>
            for StoredJson<Option<T>>
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, $backend>) -> serialize::Result {
                match &self.0 {
                    Some(value) => value.to_sql(out),
                    None => Ok(serialize::IsNull::Yes),
                }
            }
        }
    };
}

stored_json!(Pg);
stored_json!(Sqlite);
#[cfg(feature = "mysql")]
stored_json!(diesel::mysql::Mysql);
stored_json!(MultiBackend);

/// What a list field (`Vec<T>`) may hold: the scalars a model's field may be, and its plugin's
/// enumerations (`#[enumeration]` implements it).
pub trait ListItem: Serialize + DeserializeOwned + std::fmt::Debug + Send + Sync + 'static {}

impl ListItem for String {}
impl ListItem for bool {}
impl ListItem for i32 {}
impl ListItem for i64 {}
impl ListItem for f64 {}
impl ListItem for crate::Timestamp {}
