//! [`Timestamp`], the field type of a point in time: UTC with millisecond precision, RFC 3339 on
//! the wire (serde), and a column of the runtime's SQL type [`Instant`] in the database (Diesel's
//! `ToSql` / `FromSql` for each backend and for the multi-backend connection).

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDateTime, SecondsFormat, SubsecRound, Timelike, Utc};
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types;
use diesel::sqlite::{Sqlite, SqliteValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::backend::{MultiBackend, MultiRawValue};
use crate::sql_types::Instant;

/// A point in time, UTC, with millisecond precision; RFC 3339 on the wire
/// (`2026-11-21T11:13:12.345Z`); in the database a column of SQL type [`Instant`]
/// (`TIMESTAMP` on PostgreSQL and SQLite, `DATETIME(3)` on MySQL / MariaDB).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = Instant)]
pub struct Timestamp(NaiveDateTime);

impl Timestamp {
    /// The current time, truncated to milliseconds so that what is stored is what is sent.
    pub fn now() -> Self {
        Self(Utc::now().naive_utc().trunc_subsecs(3))
    }

    /// 1970-01-01T00:00:00Z.
    pub const UNIX_EPOCH: Self = Self(DateTime::UNIX_EPOCH.naive_utc());

    /// As a `chrono` UTC date-time.
    pub fn to_datetime(self) -> DateTime<Utc> {
        self.0.and_utc()
    }

    /// The first year accepted from a client: MySQL's and MariaDB's `DATETIME` starts at
    /// 1000-01-01 (PostgreSQL's and SQLite's columns reach further).
    pub const FIRST_YEAR: i32 = 1000;

    /// The last year accepted from a client: RFC 3339 writes four-digit years.
    pub const LAST_YEAR: i32 = 9999;

    /// What a client may send, for error messages and the OpenAPI document.
    pub const EXPECTED: &'static str = "expected an RFC 3339 date-time such as \
        2026-01-31T12:00:00Z, from 1000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC, \
        without a leap second";

    /// Parses RFC 3339 (any offset; converted to UTC, truncated to milliseconds). `None` unless
    /// the UTC form lies from 1000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, so that every
    /// backend stores it and it is sent back as RFC 3339 (`9999-12-31T23:30:00-01:00` is in year
    /// 10000 in UTC: refused), and for a leap second (`23:59:60`), which PostgreSQL and MySQL
    /// cannot store.
    pub fn parse(text: &str) -> Option<Self> {
        let parsed = DateTime::parse_from_rfc3339(text).ok()?.naive_utc();
        let leap_second = parsed.nanosecond() >= 1_000_000_000;
        let in_range = (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&parsed.year());
        (in_range && !leap_second).then(|| Self(parsed.trunc_subsecs(3)))
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.naive_utc().trunc_subsecs(3))
    }
}

impl Timestamp {
    /// `YYYY-MM-DDTHH:MM:SS.mmmZ` written into a fixed buffer, without allocating; `None` for a
    /// year outside 0 to 9999 (formatted by chrono instead). Every list response formats one per
    /// row, so this is on the hot path.
    fn format_fixed(self) -> Option<[u8; 24]> {
        let year = u32::try_from(self.0.year())
            .ok()
            .filter(|year| *year <= 9999)?;
        let mut out = *b"0000-00-00T00:00:00.000Z";
        let mut put = |at: usize, value: u32, digits: u32| {
            for index in 0..digits {
                let digit = value / 10u32.pow(digits - 1 - index) % 10;
                out[at + index as usize] = b'0' + u8::try_from(digit).unwrap_or(0);
            }
        };
        put(0, year, 4);
        put(5, self.0.month(), 2);
        put(8, self.0.day(), 2);
        put(11, self.0.hour(), 2);
        put(14, self.0.minute(), 2);
        put(17, self.0.second(), 2);
        put(20, self.0.nanosecond() / 1_000_000 % 1000, 3);
        Some(out)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.format_fixed() {
            Some(text) => f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?),
            None => f.write_str(
                &self
                    .to_datetime()
                    .to_rfc3339_opts(SecondsFormat::Millis, true),
            ),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.format_fixed() {
            Some(text) => serializer
                .serialize_str(std::str::from_utf8(&text).map_err(serde::ser::Error::custom)?),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| serde::de::Error::custom(Self::EXPECTED))
    }
}

impl ToSql<Instant, Pg> for Timestamp {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        <NaiveDateTime as ToSql<sql_types::Timestamp, Pg>>::to_sql(&self.0, out)
    }
}

impl FromSql<Instant, Pg> for Timestamp {
    fn from_sql(bytes: PgValue<'_>) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<sql_types::Timestamp, Pg>>::from_sql(bytes).map(Self)
    }
}

impl ToSql<Instant, Sqlite> for Timestamp {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        <NaiveDateTime as ToSql<sql_types::Timestamp, Sqlite>>::to_sql(&self.0, out)
    }
}

impl FromSql<Instant, Sqlite> for Timestamp {
    fn from_sql(bytes: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<sql_types::Timestamp, Sqlite>>::from_sql(bytes).map(Self)
    }
}

/// Written as `DATETIME` (`Mysql: HasSqlType<Instant>` gives the bind its type; the bytes are
/// chrono's `MYSQL_TIME`, as for `sql_types::Datetime`).
#[cfg(feature = "mysql")]
impl ToSql<Instant, diesel::mysql::Mysql> for Timestamp {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, diesel::mysql::Mysql>) -> serialize::Result {
        <NaiveDateTime as ToSql<sql_types::Datetime, diesel::mysql::Mysql>>::to_sql(&self.0, out)
    }
}

#[cfg(feature = "mysql")]
impl FromSql<Instant, diesel::mysql::Mysql> for Timestamp {
    fn from_sql(bytes: diesel::mysql::MysqlValue<'_>) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<sql_types::Datetime, diesel::mysql::Mysql>>::from_sql(bytes)
            .map(Self)
    }
}

/// Through the multi-backend connection: the value is handed to the backend's own `ToSql`
/// above, with `Instant`'s metadata (what Diesel's derive generates for its own SQL types).
impl ToSql<Instant, MultiBackend> for Timestamp {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((Instant, self));
        Ok(serialize::IsNull::No)
    }
}

impl FromSql<Instant, MultiBackend> for Timestamp {
    fn from_sql(bytes: MultiRawValue<'_>) -> deserialize::Result<Self> {
        bytes.from_sql::<Self, Instant>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_as_rfc3339_utc() {
        let parsed = Timestamp::parse("2026-11-21T12:13:12.345+01:00").expect("valid");
        assert_eq!(parsed.to_string(), "2026-11-21T11:13:12.345Z");
        assert_eq!(Timestamp::parse("yesterday"), None);
        let leap = Timestamp::parse("2024-02-29T23:59:59.007Z").expect("valid");
        assert_eq!(
            serde_json::to_string(&leap).expect("serialises"),
            "\"2024-02-29T23:59:59.007Z\""
        );
        let far = Timestamp::from(
            DateTime::<Utc>::from_timestamp(253_402_300_800 + 86_400, 0).expect("year 10000"),
        );
        assert_eq!(
            far.to_string(),
            far.to_datetime()
                .to_rfc3339_opts(SecondsFormat::Millis, true),
            "past 9999: chrono's form"
        );
    }

    #[test]
    fn timestamps_outside_rfc3339_in_utc_are_refused() {
        for (text, utc) in [
            ("1000-01-01T00:00:00Z", Some("1000-01-01T00:00:00.000Z")),
            (
                "1000-01-01T00:30:00+00:30",
                Some("1000-01-01T00:00:00.000Z"),
            ),
            ("9999-12-31T23:59:59.999Z", Some("9999-12-31T23:59:59.999Z")),
            (
                "9999-12-31T23:59:59.9999Z",
                Some("9999-12-31T23:59:59.999Z"),
            ),
            (
                "9999-12-31T22:30:00-01:00",
                Some("9999-12-31T23:30:00.000Z"),
            ),
            ("9999-12-31T23:30:00-01:00", None),
            ("1000-01-01T00:30:00+01:00", None),
            ("0999-12-31T23:59:59.999Z", None),
            ("0000-01-01T00:00:00Z", None),
            ("2016-12-31T23:59:60Z", None),
            ("2016-12-31T23:59:60.500Z", None),
            ("2017-01-01T00:59:60+01:00", None),
        ] {
            let parsed = Timestamp::parse(text);
            assert_eq!(parsed.map(|t| t.to_string()).as_deref(), utc, "{text}");
            let json = serde_json::to_string(text).expect("a string");
            assert_eq!(
                serde_json::from_str::<Timestamp>(&json).ok(),
                parsed,
                "serde agrees: {text}"
            );
        }
    }
}
