//! The query string: the [`Query`] argument, [`QueryParams`] (a type read from a query string,
//! with the OpenAPI parameters it documents; the runtime's own are [`Page`] and `()`),
//! [`QueryReader`] for hand-written impls, and the parameters' descriptions
//! ([`sort_parameter`], [`query_parameter`]).

use std::ops::{Deref, DerefMut};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use utoipa::openapi::Required;
use utoipa::openapi::path::{Parameter, ParameterIn, ParameterStyle};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};

use crate::cursor::{Cursor, CursorPage};
use crate::error::{ApiError, Issue};
use crate::list::{DEFAULT_LIMIT, MAX_LIMIT, Page, Sort};
use crate::openapi::{ApiSchema, Schemas};
use crate::timestamp::Timestamp;

/// The query string, parsed by [`QueryParams`] (else 400).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query<T>(pub T);

impl<T> Query<T> {
    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Query<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Query<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

/// A type that can be read from a query string, and documents its parameters.
///
/// The runtime implements it for [`Page`] and `()`.
pub trait QueryParams: Sized + Send + 'static {
    /// Parses the raw query string (without `?`).
    fn parse(query: &str) -> Result<Self, ApiError>;

    /// The OpenAPI parameters (`in: query`).
    fn parameters() -> Vec<Parameter>;
}

impl<T: QueryParams> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(T::parse(req.query_string()).map(Query))
    }
}

impl QueryParams for Page {
    fn parse(query: &str) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).map_err(|error| {
            ApiError::bad_request(format!("the query string is malformed: {error}"))
        })?;
        let mut page = Self::default();
        let mut issues = Vec::new();
        for (key, value) in &pairs {
            let (slot, low, high) = match key.as_str() {
                "limit" => (&mut page.limit, 1, MAX_LIMIT),
                "offset" => (&mut page.offset, 0, i64::MAX),
                _ => {
                    issues.push(Issue::new(key.as_str(), "unknown query parameter"));
                    continue;
                }
            };
            match value.parse::<i64>() {
                Ok(number) if (low..=high).contains(&number) => *slot = number,
                _ => issues.push(Issue::new(
                    key.as_str(),
                    format!("expected an integer from {low} to {high}"),
                )),
            }
        }
        if issues.is_empty() {
            Ok(page)
        } else {
            Err(ApiError::validation(issues))
        }
    }

    fn parameters() -> Vec<Parameter> {
        page_parameters(DEFAULT_LIMIT, MAX_LIMIT)
    }
}

impl QueryParams for () {
    fn parse(_: &str) -> Result<Self, ApiError> {
        Ok(())
    }

    fn parameters() -> Vec<Parameter> {
        Vec::new()
    }
}

/// A value a query parameter can carry, parsed from its text: `String` (U+0000 refused),
/// `bool` (`true` / `false`), `i32`, `i64`, `f64`, [`Timestamp`] (RFC 3339), and every
/// `#[enumeration]` (its wire values). A `#[query]` struct's fields are these, `Option`s of them
/// and, for a `one_of` filter, `Vec`s of them.
pub trait QueryValue: Sized {
    /// The value, or what is wrong with the text (`expected an integer`).
    fn parse_query(text: &str) -> Result<Self, String>;
}

impl QueryValue for String {
    fn parse_query(text: &str) -> Result<Self, String> {
        if text.as_bytes().contains(&0) {
            return Err("must not contain the NUL character".to_owned());
        }
        Ok(text.to_owned())
    }
}

impl QueryValue for bool {
    fn parse_query(text: &str) -> Result<Self, String> {
        match text {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err("expected `true` or `false`".to_owned()),
        }
    }
}

macro_rules! integer_query_value {
    ($($ty:ty),*) => {$(
        impl QueryValue for $ty {
            fn parse_query(text: &str) -> Result<Self, String> {
                text.parse().map_err(|_| {
                    format!("expected an integer from {} to {}", <$ty>::MIN, <$ty>::MAX)
                })
            }
        }
    )*};
}

integer_query_value!(i32, i64);

impl QueryValue for f64 {
    fn parse_query(text: &str) -> Result<Self, String> {
        text.parse::<Self>()
            .ok()
            .filter(|number| number.is_finite())
            .ok_or_else(|| "expected a number".to_owned())
    }
}

impl QueryValue for Timestamp {
    fn parse_query(text: &str) -> Result<Self, String> {
        Self::parse(text).ok_or_else(|| Self::EXPECTED.to_owned())
    }
}

/// Reads a query string for a hand-written [`QueryParams`] impl: each getter takes one parameter
/// by name and records a problem if its value is malformed; [`QueryReader::finish`] refuses
/// parameters nobody asked for and answers every problem at once (400 with `issues`).
///
/// ```
/// use btst_runtime::QueryReader;
///
/// let mut query = QueryReader::new("published=true&q=rust").expect("well-formed");
/// let published = query.boolean("published");
/// let search = query.text("q");
/// query.finish().expect("no unknown parameter");
/// assert_eq!((published, search.as_deref()), (Some(true), Some("rust")));
/// ```
#[derive(Debug)]
pub struct QueryReader {
    pairs: Vec<(String, String)>,
    taken: Vec<bool>,
    issues: Vec<Issue>,
}

impl QueryReader {
    /// Splits the raw query string (without `?`); a malformed one is a 400.
    pub fn new(query: &str) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).map_err(|error| {
            ApiError::bad_request(format!("the query string is malformed: {error}"))
        })?;
        Ok(Self {
            taken: vec![false; pairs.len()],
            pairs,
            issues: Vec::new(),
        })
    }

    /// The raw value of `name`, if present. A parameter given twice is a problem.
    pub fn raw(&mut self, name: &str) -> Option<String> {
        let mut found = None;
        for (index, (key, value)) in self.pairs.iter().enumerate() {
            if key == name {
                if found.is_some() {
                    self.issues
                        .push(Issue::new(name, "is given more than once"));
                    return None;
                }
                self.taken[index] = true;
                found = Some(value.clone());
            }
        }
        found
    }

    /// A text parameter; U+0000 is refused, as in bodies.
    pub fn text(&mut self, name: &str) -> Option<String> {
        let value = self.raw(name)?;
        if value.as_bytes().contains(&0) {
            self.issues
                .push(Issue::new(name, "must not contain the NUL character"));
            return None;
        }
        Some(value)
    }

    /// `true` or `false`.
    pub fn boolean(&mut self, name: &str) -> Option<bool> {
        match self.raw(name)?.as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => {
                self.issues
                    .push(Issue::new(name, "expected `true` or `false`"));
                None
            }
        }
    }

    /// An integer from `low` to `high`.
    pub fn integer(&mut self, name: &str, low: i64, high: i64) -> Option<i64> {
        let raw = self.raw(name)?;
        match raw.parse::<i64>() {
            Ok(number) if (low..=high).contains(&number) => Some(number),
            _ => {
                self.issues.push(Issue::new(
                    name,
                    format!("expected an integer from {low} to {high}"),
                ));
                None
            }
        }
    }

    /// `limit` (1 to [`MAX_LIMIT`], default 20) and `offset` (0 or more), as [`Page`] reads
    /// them.
    pub fn page(&mut self) -> Page {
        Page {
            limit: self.integer("limit", 1, MAX_LIMIT).unwrap_or(DEFAULT_LIMIT),
            offset: self.integer("offset", 0, i64::MAX).unwrap_or(0),
        }
    }

    /// A sort key, `field` (ascending) or `-field` (descending), `field` one of `allowed` (wire
    /// names); anything else is a problem naming the allowed ones.
    pub fn sort(&mut self, name: &str, allowed: &[&'static str]) -> Option<Sort> {
        let raw = self.raw(name)?;
        let (field, descending) = match raw.strip_prefix('-') {
            Some(field) => (field, true),
            None => (raw.as_str(), false),
        };
        match allowed.iter().find(|known| **known == field) {
            Some(known) if descending => Some(Sort::desc(known)),
            Some(known) => Some(Sort::asc(known)),
            None => {
                self.issues.push(Issue::new(
                    name,
                    format!(
                        "unknown sort field `{field}`; use one of {} (prefix `-` for descending)",
                        allowed.join(", ")
                    ),
                ));
                None
            }
        }
    }

    /// A value of an `#[enumeration]`, by its wire name (each enumeration is a [`QueryValue`]).
    pub fn enumeration<E: QueryValue>(&mut self, name: &str) -> Option<E> {
        self.value(name)
    }

    /// The parameter `name` as a [`QueryValue`], if present; a malformed value is a problem.
    pub fn value<T: QueryValue>(&mut self, name: &str) -> Option<T> {
        let raw = self.raw(name)?;
        match T::parse_query(&raw) {
            Ok(value) => Some(value),
            Err(message) => {
                self.issues.push(Issue::new(name, message));
                None
            }
        }
    }

    /// [`QueryReader::value`] for a parameter a request must carry: its absence is a problem.
    pub fn required<T: QueryValue>(&mut self, name: &str) -> Option<T> {
        let present = self.pairs.iter().any(|(key, _)| key == name);
        if !present {
            self.issues.push(Issue::new(name, "is required"));
        }
        self.value(name)
    }

    /// A comma-separated list of values (`status=TODO,DONE`), each a [`QueryValue`]; at most
    /// [`MAX_LIST_ITEMS`] of them.
    pub fn list<T: QueryValue>(&mut self, name: &str) -> Option<Vec<T>> {
        let raw = self.raw(name)?;
        let mut values = Vec::new();
        for (index, item) in raw.split(',').enumerate() {
            if index == MAX_LIST_ITEMS {
                self.issues.push(Issue::new(
                    name,
                    format!("at most {MAX_LIST_ITEMS} values, separated by commas"),
                ));
                return None;
            }
            match T::parse_query(item) {
                Ok(value) => values.push(value),
                Err(message) => {
                    self.issues
                        .push(Issue::new(format!("{name}[{index}]"), message));
                    return None;
                }
            }
        }
        Some(values)
    }

    /// `limit` (1 to `max`, default `default`) and `offset` (0 or more): a page whose size is
    /// the plugin's to bound.
    pub fn page_up_to(&mut self, default: i64, max: i64) -> Page {
        Page {
            limit: self.integer("limit", 1, max).unwrap_or(default),
            offset: self.integer("offset", 0, i64::MAX).unwrap_or(0),
        }
    }

    /// `limit` (1 to `max`, default `default`) and `cursor` (a [`Cursor`] a list's `next` gave):
    /// a page that continues after a row.
    pub fn cursor_page(&mut self, default: i64, max: i64) -> CursorPage {
        let limit = self.integer("limit", 1, max).unwrap_or(default);
        let after = self
            .raw("cursor")
            .and_then(|text| match Cursor::decode(&text) {
                Ok(cursor) => Some(cursor),
                Err(message) => {
                    self.issues.push(Issue::new("cursor", message));
                    None
                }
            });
        CursorPage { limit, after }
    }

    /// Records a problem found by the caller's own check.
    pub fn problem(&mut self, name: &str, message: impl Into<String>) {
        self.issues.push(Issue::new(name, message));
    }

    /// `Ok` when every parameter was taken and well-formed; otherwise 400 listing each problem
    /// and each unknown parameter.
    pub fn finish(mut self) -> Result<(), ApiError> {
        for (index, (key, _)) in self.pairs.iter().enumerate() {
            if !self.taken[index] && !self.issues.iter().any(|issue| issue.path == *key) {
                self.issues
                    .push(Issue::new(key.as_str(), "unknown query parameter"));
            }
        }
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(self.issues))
        }
    }
}

/// The `sort` parameter [`QueryReader::sort`] reads: one of `allowed`, optionally prefixed with
/// `-`, with its default.
pub fn sort_parameter(name: &str, allowed: &[&str], default: &str) -> Parameter {
    let values: Vec<String> = allowed
        .iter()
        .flat_map(|field| [(*field).to_owned(), format!("-{field}")])
        .collect();
    Parameter::builder()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(format!(
            "The order: a field, ascending, or `-field`, descending. Default `{default}`."
        )))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(values))
                .default(Some(default.into())),
        ))
        .build()
}

/// A required parameter's value once [`QueryReader::finish`] has succeeded (which it does only
/// when every required parameter was present and well-formed); a 400 otherwise.
pub fn required_value<T>(value: Option<T>, name: &str) -> Result<T, ApiError> {
    value.ok_or_else(|| ApiError::validation(vec![Issue::new(name, "is required")]))
}

/// Writes a `one_of` filter's values as the comma-separated text [`QueryReader::list`] reads
/// (`#[serde(serialize_with = ..)]` of a `#[query]`, for the typed client).
pub fn serialize_comma_list<S, T>(values: &Option<Vec<T>>, serializer: S) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    T: serde::Serialize,
{
    let Some(values) = values else {
        return serializer.serialize_none();
    };
    let mut text = String::new();
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            text.push(',');
        }
        match serde_json::to_value(value).map_err(serde::ser::Error::custom)? {
            serde_json::Value::String(item) => text.push_str(&item),
            other => text.push_str(&other.to_string()),
        }
    }
    serializer.serialize_str(&text)
}

/// The most values a comma-separated list parameter ([`QueryReader::list`]) takes.
pub const MAX_LIST_ITEMS: usize = 100;

/// A query parameter for [`QueryParams::parameters`], its schema from `T`, required or not.
pub fn parameter<T: ApiSchema>(name: &str, description: &str, required: bool) -> Parameter {
    let mut parameter = query_parameter::<T>(name, description);
    if required {
        parameter.required = Required::True;
    }
    parameter
}

/// A comma-separated list parameter ([`QueryReader::list`]): an array of `T` in the `form`
/// style without `explode` (`status=TODO,DONE`), OpenAPI's spelling of that convention.
pub fn list_parameter<T: ApiSchema>(name: &str, description: &str) -> Parameter {
    let items = T::schema(&mut Schemas::new());
    Parameter::builder()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(description))
        .style(Some(ParameterStyle::Form))
        .explode(Some(false))
        .schema(Some(
            ArrayBuilder::new()
                .items(items)
                .min_items(Some(1))
                .max_items(Some(MAX_LIST_ITEMS)),
        ))
        .build()
}

/// The `limit` and `offset` parameters of a page of at most `max` items (default `default`).
pub fn page_parameters(default: i64, max: i64) -> Vec<Parameter> {
    let integer = |name: &str, description: String, minimum: i64, maximum: i64, default: i64| {
        Parameter::builder()
            .name(name)
            .parameter_in(ParameterIn::Query)
            .required(Required::False)
            .description(Some(description))
            .schema(Some(
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(minimum))
                    .maximum(Some(maximum))
                    .default(Some(default.into())),
            ))
            .build()
    };
    vec![
        integer(
            "limit",
            format!("How many items, at most {max}."),
            1,
            max,
            default,
        ),
        integer(
            "offset",
            "How many items to skip.".to_owned(),
            0,
            i64::MAX,
            0,
        ),
    ]
}

/// The `limit` and `cursor` parameters of a cursor page of at most `max` items.
pub fn cursor_page_parameters(default: i64, max: i64) -> Vec<Parameter> {
    let mut parameters = page_parameters(default, max);
    parameters.truncate(1);
    parameters.push(
        Parameter::builder()
            .name("cursor")
            .parameter_in(ParameterIn::Query)
            .required(Required::False)
            .description(Some(
                "Where the page continues: the `next` of the page before (the first page \
                 without it). Send the same `sort` and filters as that page. Opaque: a cursor \
                 this server did not give is a 400 naming `cursor`.",
            ))
            .schema(Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some("^[A-Za-z0-9_-]+$")),
            ))
            .build(),
    );
    parameters
}

/// An optional query parameter for [`QueryParams::parameters`], its schema from `T`. (U+0000
/// is refused in every string, [`QueryReader::text`]'s included; the document says so once, in
/// its description.)
pub fn query_parameter<T: ApiSchema>(name: &str, description: &str) -> Parameter {
    let schema = T::schema(&mut Schemas::new());
    Parameter::builder()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(description))
        .schema(Some(schema))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_default_and_bound() {
        assert_eq!(Page::parse("").expect("ok"), Page::default());
        assert_eq!(
            Page::parse("limit=5&offset=10").expect("ok"),
            Page {
                limit: 5,
                offset: 10
            }
        );
        for bad in [
            "limit=0",
            "limit=101",
            "offset=-1",
            "limit=x",
            "limit=1.0",
            "other=1",
        ] {
            assert_eq!(
                Page::parse(bad).expect_err(bad).status().as_u16(),
                400,
                "{bad}"
            );
        }
    }
}
