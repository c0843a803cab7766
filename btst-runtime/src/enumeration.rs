//! Enum fields: what `#[enumeration]` implements. An enumeration is stored as text (its wire
//! value, `IN_PROGRESS`), which reads the same on every backend and in a database shell; the
//! DDL adds a `CHECK` that keeps other values out, validation refuses them before a query runs,
//! and the OpenAPI document lists them as an `enum`.

use std::fmt;
use std::marker::PhantomData;

use diesel::expression::SqlLiteral;
use diesel::sql_types::Integer;
use serde::Deserializer;
use serde::de::{self, Visitor};

use crate::backend::quote_ident;
use crate::model::EnumMeta;

/// A closed set of names, declared with `#[enumeration]`.
pub trait Enumeration: Copy + Send + Sync + 'static {
    /// The enum's name, doc comment and wire values.
    const META: EnumMeta;

    /// Every wire value, in declaration order.
    const VALUES: &'static [&'static str] = Self::META.values;

    /// This value's wire name.
    fn as_str(self) -> &'static str;

    /// The variant with this wire name.
    fn from_wire(value: &str) -> Option<Self>;
}

/// Deserialises an enumeration from its wire value: a JSON string naming one of
/// [`Enumeration::VALUES`], nothing else (serde's derive would also take `{"VALUE": null}`).
pub fn deserialize<'de, E: Enumeration, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    struct Wire<E>(PhantomData<E>);

    impl<E: Enumeration> Visitor<'_> for Wire<E> {
        type Value = E;

        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(formatter, "one of {}", E::VALUES.join(", "))
        }

        fn visit_str<Error: de::Error>(self, value: &str) -> Result<E, Error> {
            E::from_wire(value).ok_or_else(|| Error::unknown_variant(value, E::VALUES))
        }
    }

    deserializer.deserialize_str(Wire(PhantomData))
}

/// An SQL expression ranking the column `column` of an enum type by declaration order (the
/// first variant is 0), for `ORDER BY`: text sorts `HIGH` before `LOW`, this sorts `LOW`,
/// `MEDIUM`, `HIGH`, `URGENT` as declared. Rows holding no declared value rank last.
///
/// ```ignore
/// task::table.order((rank::<Priority>("priority").desc(), task::created_at.desc()))
/// ```
pub fn rank<E: Enumeration>(column: &str) -> SqlLiteral<Integer> {
    use std::fmt::Write as _;
    let mut sql = format!("CASE {}", quote_ident(column));
    for (index, value) in E::VALUES.iter().enumerate() {
        let _ = write!(sql, " WHEN '{}' THEN {index}", value.replace('\'', "''"));
    }
    let _ = write!(sql, " ELSE {} END", E::VALUES.len());
    diesel::dsl::sql::<Integer>(&sql)
}

/// Implements [`Enumeration`], serde (the wire value as a string), `Display`,
/// [`ApiSchema`](crate::openapi::ApiSchema) and text `ToSql` / `FromSql` for an enum whose
/// variants map to the given wire values.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_enumeration {
    ($enum:ident, $doc:literal { $($variant:ident = $value:literal),+ $(,)? }) => {
        #[automatically_derived]
        impl $crate::__private::Enumeration for $enum {
            const META: $crate::__private::EnumMeta = $crate::__private::EnumMeta {
                name: ::core::stringify!($enum),
                doc: $doc,
                values: &[$($value),+],
            };

            fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }

            fn from_wire(value: &str) -> ::core::option::Option<Self> {
                match value {
                    $($value => ::core::option::Option::Some(Self::$variant),)+
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $enum {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::__private::Enumeration::as_str(*self))
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $enum {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_enumeration(deserializer)
            }
        }

        #[automatically_derived]
        impl $crate::__private::FieldValue for $enum {
            fn passes(&self, _: &$crate::__private::FieldMeta) -> bool {
                true
            }
        }

        #[automatically_derived]
        impl $crate::__private::QueryValue for $enum {
            fn parse_query(text: &str) -> ::core::result::Result<Self, ::std::string::String> {
                <Self as $crate::__private::Enumeration>::from_wire(text).ok_or_else(|| {
                    ::std::format!(
                        "must be one of {}",
                        <Self as $crate::__private::Enumeration>::VALUES.join(", ")
                    )
                })
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $enum {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::__private::Enumeration::as_str(*self))
            }
        }

        #[automatically_derived]
        impl $crate::__private::ApiSchema for $enum {
            fn schema(schemas: &mut $crate::__private::Schemas) -> $crate::__private::RefOr<$crate::__private::Schema> {
                let _ = schemas;
                $crate::__private::enum_schema(<Self as $crate::__private::Enumeration>::VALUES)
            }
        }

        #[automatically_derived]
        impl<DB> $crate::__private::diesel::serialize::ToSql<$crate::__private::diesel::sql_types::Text, DB> for $enum
        where
            DB: $crate::__private::diesel::backend::Backend,
            str: $crate::__private::diesel::serialize::ToSql<$crate::__private::diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut $crate::__private::diesel::serialize::Output<'b, '_, DB>,
            ) -> $crate::__private::diesel::serialize::Result {
                <str as $crate::__private::diesel::serialize::ToSql<$crate::__private::diesel::sql_types::Text, DB>>::to_sql(
                    $crate::__private::Enumeration::as_str(*self),
                    out,
                )
            }
        }

        #[automatically_derived]
        impl<DB> $crate::__private::diesel::deserialize::FromSql<$crate::__private::diesel::sql_types::Text, DB> for $enum
        where
            DB: $crate::__private::diesel::backend::Backend,
            ::std::string::String: $crate::__private::diesel::deserialize::FromSql<$crate::__private::diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> $crate::__private::diesel::deserialize::Result<Self> {
                let text = <::std::string::String as $crate::__private::diesel::deserialize::FromSql<$crate::__private::diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                <Self as $crate::__private::Enumeration>::from_wire(&text).ok_or_else(|| {
                    ::std::format!("`{text}` is not a value of `{}`", ::core::stringify!($enum)).into()
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy)]
    enum Priority {
        Low,
        High,
    }

    impl Enumeration for Priority {
        const META: EnumMeta = EnumMeta {
            name: "Priority",
            doc: "",
            values: &["LOW", "HIGH"],
        };

        fn as_str(self) -> &'static str {
            match self {
                Self::Low => "LOW",
                Self::High => "HIGH",
            }
        }

        fn from_wire(value: &str) -> Option<Self> {
            match value {
                "LOW" => Some(Self::Low),
                "HIGH" => Some(Self::High),
                _ => None,
            }
        }
    }

    #[test]
    fn rank_follows_declaration_order() {
        let sql = diesel::debug_query::<diesel::sqlite::Sqlite, _>(&rank::<Priority>("priority"))
            .to_string();
        assert_eq!(
            sql,
            "CASE \"priority\" WHEN 'LOW' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END -- binds: []"
        );
        assert_eq!(
            Priority::from_wire("HIGH").map(Priority::as_str),
            Some("HIGH")
        );
        assert!(Priority::from_wire("high").is_none());
    }
}
