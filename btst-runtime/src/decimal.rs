//! [`Decimal`]: an exact decimal number for money and amounts (NAAP's wei, 78 digits), with the
//! precision and scale its field declares (`#[field(decimal(precision = 78, scale = 0))]`).
//! Arbitrary precision through [`bigdecimal`](https://docs.rs/bigdecimal), stored as
//! `NUMERIC(p, s)` on PostgreSQL, `DECIMAL(p, s)` on MySQL / MariaDB (at most 65 digits there)
//! and as text on SQLite (whose numbers are 64-bit floats); on the wire a JSON string
//! (`"12.50"`), never a JSON number, which most JSON parsers read as a float.

use std::fmt;
use std::str::FromStr;

use bigdecimal::BigDecimal;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Numeric;
use diesel::sqlite::{Sqlite, SqliteValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::backend::{MultiBackend, MultiRawValue};
use crate::sql_types::Decimal as DecimalSql;

/// An exact decimal number: `"-12.50"` on the wire, `NUMERIC(p, s)` in the database.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = DecimalSql)]
pub struct Decimal(BigDecimal);

impl Decimal {
    /// What a value must look like: digits with an optional sign and fraction.
    pub(crate) const EXPECTED: &'static str =
        "must be a decimal number in a string: digits, an optional `-` and `.` (\"-12.50\")";

    /// Parses the wire form only: an optional `-`, digits, optionally `.` and digits (no `+`,
    /// exponent, spaces or leading `.`), as the document's `pattern` says.
    pub fn parse(text: &str) -> Option<Self> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
        let plain = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
        if !plain(whole) || !plain(fraction) {
            return None;
        }
        BigDecimal::from_str(text).ok().map(Self)
    }

    /// The digits before and after the point, as the value is written (`12.50`: 2 and 2;
    /// leading zeros of the whole part are not counted).
    pub(crate) fn digits(&self) -> (u64, u64) {
        let text = self.to_string();
        let text = text.trim_start_matches('-');
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let whole = whole.trim_start_matches('0');
        (whole.len() as u64, fraction.len() as u64)
    }

    /// The value with exactly `scale` digits after the point (`1.5` with scale 2: `1.50`), as
    /// the database keeps it; used by `#[model]` so every backend stores and answers the same.
    #[must_use]
    pub fn rescaled(self, scale: i64) -> Self {
        Self(self.0.with_scale(scale))
    }

    /// The value as a `bigdecimal::BigDecimal`.
    pub fn as_big_decimal(&self) -> &BigDecimal {
        &self.0
    }
}

impl From<BigDecimal> for Decimal {
    fn from(value: BigDecimal) -> Self {
        Self(value)
    }
}

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Self(BigDecimal::from(value))
    }
}

impl FromStr for Decimal {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text).ok_or(Self::EXPECTED)
    }
}

/// Plain notation, never an exponent: `12.50`, `-0.001`, `1000000000000000000000000`.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_plain_string())
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| serde::de::Error::custom(Self::EXPECTED))
    }
}

impl ToSql<DecimalSql, Pg> for Decimal {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        <BigDecimal as ToSql<Numeric, Pg>>::to_sql(&self.0, out)
    }
}

impl FromSql<DecimalSql, Pg> for Decimal {
    fn from_sql(bytes: PgValue<'_>) -> deserialize::Result<Self> {
        <BigDecimal as FromSql<Numeric, Pg>>::from_sql(bytes).map(Self)
    }
}

/// SQLite keeps the plain text: its own numbers are 64-bit floats.
impl ToSql<DecimalSql, Sqlite> for Decimal {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        out.set_value(self.to_string());
        Ok(serialize::IsNull::No)
    }
}

impl FromSql<DecimalSql, Sqlite> for Decimal {
    fn from_sql(bytes: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        let text = <String as FromSql<diesel::sql_types::Text, Sqlite>>::from_sql(bytes)?;
        BigDecimal::from_str(&text)
            .map(Self)
            .map_err(|error| format!("a stored decimal `{text}`: {error}").into())
    }
}

#[cfg(feature = "mysql")]
impl ToSql<DecimalSql, diesel::mysql::Mysql> for Decimal {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, diesel::mysql::Mysql>) -> serialize::Result {
        <BigDecimal as ToSql<Numeric, diesel::mysql::Mysql>>::to_sql(&self.0, out)
    }
}

#[cfg(feature = "mysql")]
impl FromSql<DecimalSql, diesel::mysql::Mysql> for Decimal {
    fn from_sql(bytes: diesel::mysql::MysqlValue<'_>) -> deserialize::Result<Self> {
        <BigDecimal as FromSql<Numeric, diesel::mysql::Mysql>>::from_sql(bytes).map(Self)
    }
}

impl ToSql<DecimalSql, MultiBackend> for Decimal {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((DecimalSql, self));
        Ok(serialize::IsNull::No)
    }
}

impl FromSql<DecimalSql, MultiBackend> for Decimal {
    fn from_sql(bytes: MultiRawValue<'_>) -> deserialize::Result<Self> {
        bytes.from_sql::<Self, DecimalSql>()
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn only_the_plain_form_parses_and_it_prints_back() {
        for text in [
            "0",
            "12.50",
            "-0.001",
            "115792089237316195423570985008687907853269984665640564039457584007913129639935",
        ] {
            assert_eq!(
                Decimal::parse(text)
                    .map(|value| value.to_string())
                    .as_deref(),
                Some(text)
            );
        }
        for text in [
            "", "-", "1.", ".5", "+1", "1e5", "1E-3", " 1", "1,5", "0x10", "NaN", "--1",
        ] {
            assert!(Decimal::parse(text).is_none(), "{text:?}");
        }
        let value = Decimal::parse("1.5").expect("parses");
        assert_eq!(value.clone().rescaled(2).to_string(), "1.50");
        assert_eq!(Decimal::parse("007.250").expect("parses").digits(), (1, 3));
        assert_eq!(
            serde_json::to_string(&value).expect("serialises"),
            "\"1.5\"",
            "a string on the wire"
        );
        assert!(
            serde_json::from_str::<Decimal>("1.5").is_err(),
            "a JSON number is refused"
        );
    }
}
