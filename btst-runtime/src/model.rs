//! What `#[model]` implements: static metadata ([`ModelMeta`]) that generic runtime code reads
//! (validation, OpenAPI, DDL), the [`Model`] / [`NewRecord`] / [`PatchRecord`] traits, and the
//! [`Timestamp`] field type.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDateTime, SecondsFormat, SubsecRound, Timelike, Utc};
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types;
use diesel::sqlite::{Sqlite, SqliteValue};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::backend::{MultiBackend, MultiRawValue};
use crate::sql_types::Instant;

/// The storage and wire type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// `String`: JSON string, SQL text.
    Text,
    /// `bool`: JSON boolean.
    Bool,
    /// `i32`: JSON integer, 32-bit.
    I32,
    /// `i64`: JSON integer, 64-bit.
    I64,
    /// `f64`: JSON number.
    F64,
    /// [`Timestamp`]: an RFC 3339 string in UTC.
    Timestamp,
    /// An `#[enumeration]`: one of its wire values, stored as text.
    Enum(EnumMeta),
}

/// What `#[enumeration]` records of an enum ([`Enumeration::META`](crate::Enumeration::META)):
/// its name (its OpenAPI schema's), doc comment and wire values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumMeta {
    /// The Rust enum's name (`TaskStatus`), which names its schema in the document.
    pub name: &'static str,
    /// Its doc comment.
    pub doc: &'static str,
    /// Every wire value, in declaration order.
    pub values: &'static [&'static str],
}

/// What deleting the referenced row does to the rows that reference it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    /// `restrict`: the delete is refused (409) while rows reference it.
    Restrict,
    /// `cascade`: the referencing rows are deleted too.
    Cascade,
    /// `set null`: the reference is cleared (the field must be `Option`).
    SetNull,
}

impl OnDelete {
    /// The SQL action.
    pub const fn sql(self) -> &'static str {
        match self {
            Self::Restrict => "RESTRICT",
            Self::Cascade => "CASCADE",
            Self::SetNull => "SET NULL",
        }
    }
}

/// A foreign key: `#[field(references = Model, on_delete = "...")]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The referenced model's name (`Project`).
    pub model: &'static str,
    /// The referenced table (`tracker_project`); its `id` is the target.
    pub table: &'static str,
    /// The delete action.
    pub on_delete: OnDelete,
}

/// A field's `default`, applied when a create request leaves the field out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DefaultValue {
    /// `default = true`
    Bool(bool),
    /// `default = 3`
    Int(i64),
    /// `default = 0.5`
    Float(f64),
    /// `default = "text"`
    Text(&'static str),
    /// `default = now`: the time of the request.
    Now,
}

/// Everything the runtime knows of one field. Built by `#[model]` as a constant.
#[derive(Debug, Clone, Copy, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "flat, const-constructible metadata"
)]
pub struct FieldMeta {
    /// The Rust and SQL column name (`created_at`).
    pub name: &'static str,
    /// The JSON name (`createdAt`).
    pub wire: &'static str,
    /// The type.
    pub ty: FieldType,
    /// `Option<T>`: may be absent or null.
    pub nullable: bool,
    /// The primary key (`id`).
    pub primary_key: bool,
    /// `unique`: a second row with the same value is a 409.
    pub unique: bool,
    /// `readonly`: set by the server, never accepted from a client.
    pub readonly: bool,
    /// `default = ...`.
    pub default: Option<DefaultValue>,
    /// `length(min = ...)`, in characters.
    pub min_length: Option<u32>,
    /// `length(max = ...)`, in characters.
    pub max_length: Option<u32>,
    /// `range(min = ...)`.
    pub minimum: Option<f64>,
    /// `range(max = ...)`.
    pub maximum: Option<f64>,
    /// The doc comment.
    pub doc: &'static str,
    /// `references = Model`: a foreign key to that model's `id`.
    pub references: Option<Reference>,
    /// `index`: a single-column index.
    pub index: bool,
    /// `on_update = now`: set to the time of every update by the runtime.
    pub on_update_now: bool,
    /// `stamped`: set by the endpoint through [`Db::create_with`](crate::Db::create_with).
    pub stamped: bool,
    /// `path_segment`: the value addresses a record in a path (`/posts/{slug}`), so the values
    /// no request can carry there are refused: the empty string, `.` and `..` (clients remove
    /// dot segments before sending, RFC 3986 §5.2.4).
    pub path_segment: bool,
}

impl FieldMeta {
    /// A required, unconstrained field.
    pub const fn new(name: &'static str, wire: &'static str, ty: FieldType) -> Self {
        Self {
            name,
            wire,
            ty,
            nullable: false,
            primary_key: false,
            unique: false,
            readonly: false,
            default: None,
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            doc: "",
            references: None,
            index: false,
            on_update_now: false,
            stamped: false,
            path_segment: false,
        }
    }

    /// The generated `id` primary key: a UUID v7 string set by the server.
    pub const fn id() -> Self {
        Self {
            primary_key: true,
            readonly: true,
            ..Self::new("id", "id", FieldType::Text)
        }
    }

    /// Not required: `Option<T>`.
    #[must_use]
    pub const fn nullable(self) -> Self {
        Self {
            nullable: true,
            ..self
        }
    }

    /// `unique`.
    #[must_use]
    pub const fn unique(self) -> Self {
        Self {
            unique: true,
            ..self
        }
    }

    /// `readonly`.
    #[must_use]
    pub const fn readonly(self) -> Self {
        Self {
            readonly: true,
            ..self
        }
    }

    /// `default = ...`.
    #[must_use]
    pub const fn default(self, value: DefaultValue) -> Self {
        Self {
            default: Some(value),
            ..self
        }
    }

    /// `length(min = ..., max = ...)`.
    #[must_use]
    pub const fn length(self, min: Option<u32>, max: Option<u32>) -> Self {
        Self {
            min_length: min,
            max_length: max,
            ..self
        }
    }

    /// `range(min = ..., max = ...)`.
    #[must_use]
    pub const fn range(self, min: Option<f64>, max: Option<f64>) -> Self {
        Self {
            minimum: min,
            maximum: max,
            ..self
        }
    }

    /// The doc comment.
    #[must_use]
    pub const fn doc(self, doc: &'static str) -> Self {
        Self { doc, ..self }
    }

    /// `references = Model, on_delete = ...`.
    #[must_use]
    pub const fn references(
        self,
        model: &'static str,
        table: &'static str,
        on_delete: OnDelete,
    ) -> Self {
        Self {
            references: Some(Reference {
                model,
                table,
                on_delete,
            }),
            ..self
        }
    }

    /// `index`.
    #[must_use]
    pub const fn index(self) -> Self {
        Self {
            index: true,
            ..self
        }
    }

    /// `path_segment`: refuses the empty string, `.` and `..`.
    #[must_use]
    pub const fn path_segment(self) -> Self {
        Self {
            path_segment: true,
            ..self
        }
    }

    /// `stamped` (also `readonly`).
    #[must_use]
    pub const fn stamped(self) -> Self {
        Self {
            stamped: true,
            readonly: true,
            ..self
        }
    }

    /// `on_update = now`.
    #[must_use]
    pub const fn on_update_now(self) -> Self {
        Self {
            on_update_now: true,
            ..self
        }
    }

    /// Whether a client may send this field.
    pub const fn writable(&self) -> bool {
        !self.readonly && !self.primary_key
    }

    /// Whether a create request must carry this field.
    pub const fn required_on_create(&self) -> bool {
        self.writable() && !self.nullable && self.default.is_none()
    }
}

/// Everything the runtime knows of one model. Built by `#[model]` as a constant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelMeta {
    /// The struct's name (`Todo`), also the OpenAPI schema name.
    pub name: &'static str,
    /// The SQL table (`todos_todo`: plugin, underscore, model in snake case).
    pub table: &'static str,
    /// The doc comment.
    pub doc: &'static str,
    /// Every column, the primary key first.
    pub fields: &'static [FieldMeta],
    /// `#[model(index(a, b))]`: composite indexes, each a list of column names.
    pub indexes: &'static [&'static [&'static str]],
}

impl ModelMeta {
    /// The field with this wire name.
    pub fn field_by_wire(&self, wire: &str) -> Option<&'static FieldMeta> {
        self.fields.iter().find(|field| field.wire == wire)
    }

    /// Whether a field is `on_update = now`: only then does an update read the clock.
    pub const fn stamps_updates(&self) -> bool {
        let mut index = 0;
        while index < self.fields.len() {
            if self.fields[index].on_update_now {
                return true;
            }
            index += 1;
        }
        false
    }

    /// The name of the create-input schema (`NewTodo`).
    pub fn new_name(&self) -> String {
        format!("New{}", self.name)
    }

    /// The name of the update-input schema (`TodoPatch`).
    pub fn patch_name(&self) -> String {
        format!("{}Patch", self.name)
    }
}

/// Implemented by `#[model]` for the row type.
pub trait Model: Sized + Send + Sync + 'static {
    /// The model's metadata.
    const META: ModelMeta;
    /// The create input (`NewTodo`).
    type New: NewRecord<Model = Self>;
    /// The update input (`TodoPatch`).
    type Patch: PatchRecord<Model = Self>;
}

/// The create input of a model: what a client may send to make a row.
pub trait NewRecord: DeserializeOwned + Send + 'static {
    /// The row type this input creates.
    type Model: Model;

    /// The full row: a new id, defaults applied, `now` for `default = now` fields.
    fn into_model(self, now: Timestamp) -> Self::Model;
}

/// The update input of a model: every writable field optional.
pub trait PatchRecord: DeserializeOwned + Send + 'static {
    /// The row type this input updates.
    type Model: Model;

    /// Writes the fields that are present onto `row`, and `now` onto its `on_update = now`
    /// fields. (A model with none gets the Unix epoch for `now`, which it does not use: the
    /// clock is read only when [`ModelMeta::stamps_updates`].)
    fn apply(self, row: &mut Self::Model, now: Timestamp);
}

/// A new primary key: a UUID v7 (time-ordered) as a string.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// `created_at` → `createdAt`: the wire name of a column.
pub fn snake_to_camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for ch in snake.chars() {
        if ch == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

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

/// Deserialises a patch field of a nullable column: absent → `None`, `null` → `Some(None)`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Deserialises an optional body field of a non-nullable column: absent → `None` (through
/// `#[serde(default)]`), a value → `Some`, and `null` is refused, as validation refuses it.
pub fn present<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_are_camel_case() {
        assert_eq!(snake_to_camel("created_at"), "createdAt");
        assert_eq!(snake_to_camel("id"), "id");
        assert_eq!(snake_to_camel("a_b_c"), "aBC");
    }

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

    #[test]
    fn ids_are_uuid_v7() {
        let id = new_id();
        assert_eq!(
            uuid::Uuid::parse_str(&id)
                .expect("a uuid")
                .get_version_num(),
            7
        );
    }
}
