//! The query string: the [`Query`] argument, [`QueryParams`] (a type read from a query string,
//! with the OpenAPI parameters it documents; the runtime's own are [`Page`] and `()`),
//! [`QueryReader`] for hand-written impls, and the parameters' descriptions
//! ([`sort_parameter`], [`query_parameter`]).

use std::ops::{Deref, DerefMut};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use utoipa::openapi::Required;
use utoipa::openapi::path::{Parameter, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};

use crate::enumeration::Enumeration;
use crate::error::{ApiError, Issue};
use crate::list::{DEFAULT_LIMIT, MAX_LIMIT, Page, Sort};
use crate::openapi::{ApiSchema, Schemas};

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
        let integer =
            |name: &str, description: String, minimum: i64, maximum: Option<i64>, default: i64| {
                Parameter::builder()
                    .name(name)
                    .parameter_in(ParameterIn::Query)
                    .required(Required::False)
                    .description(Some(description))
                    .schema(Some(
                        ObjectBuilder::new()
                            .schema_type(Type::Integer)
                            .minimum(Some(minimum))
                            .maximum(maximum)
                            .default(Some(default.into())),
                    ))
                    .build()
            };
        vec![
            integer(
                "limit",
                format!("How many items, at most {MAX_LIMIT}."),
                1,
                Some(MAX_LIMIT),
                DEFAULT_LIMIT,
            ),
            integer(
                "offset",
                "How many items to skip.".to_owned(),
                0,
                Some(i64::MAX),
                0,
            ),
        ]
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

    /// A value of an `#[enumeration]`, by its wire name.
    pub fn enumeration<E: Enumeration>(&mut self, name: &str) -> Option<E> {
        let raw = self.raw(name)?;
        let value = E::from_wire(&raw);
        if value.is_none() {
            self.issues.push(Issue::new(
                name,
                format!("must be one of {}", E::VALUES.join(", ")),
            ));
        }
        value
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
