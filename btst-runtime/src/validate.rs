//! Input validation, driven by [`ModelMeta`]: the raw JSON of a create or update body is checked
//! field by field *before* it is deserialised, so one response lists every problem at once, in
//! BTST's `issues: [{path, message}]` form, and the OpenAPI constraints and the checks come from the
//! same declaration. A valid `#[model]` body skips that pass: it is deserialised straight into
//! its struct and its values checked there ([`Input::DIRECT`]); the `Value` pass runs for the
//! bodies that path refuses, to say why.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A parsed JSON value, as [`Input::check`] receives a body (`serde_json::Value`).
pub use serde_json::Value as JsonValue;

use crate::error::{ApiError, Issue};
use crate::model::{FieldMeta, FieldType, InputOf, Items, ModelMeta, OneOf};
use crate::pattern;
use crate::seams::Seams;
use crate::timestamp::Timestamp;

/// A type accepted as a JSON body by [`Json`](crate::extract::Json).
///
/// `#[model]` implements it for `New<Model>` and `<Model>Patch`, and
/// [`#[body]`](macro@crate::body) for a declared body: declare a body that way when you can.
/// By hand, for a shape the declarations do not cover, `impl Input for MyBody {}` accepts
/// whatever serde accepts; override [`Input::check`] to add rules, reporting every problem at
/// its path. `Json<MyBody>` in an endpoint also needs [`ApiSchema`](crate::openapi::ApiSchema)
/// for the OpenAPI document.
///
/// ```
/// use btst_runtime::{Input, Issue, JsonValue, parse_body, serde};
///
/// /// Either a `url` or an `upload` id, not both.
/// #[derive(serde::Deserialize)]
/// #[serde(crate = "btst_runtime::serde")]
/// struct Attachment {
///     url: Option<String>,
///     upload: Option<String>,
/// }
///
/// impl Input for Attachment {
///     fn check(value: &JsonValue, issues: &mut Vec<Issue>) {
///         if value.get("url").is_some() == value.get("upload").is_some() {
///             issues.push(Issue::new("", "send `url` or `upload`, exactly one"));
///         }
///     }
/// }
///
/// assert!(parse_body::<Attachment>(br#"{"url":"https://example.com/a.png"}"#).is_ok());
/// let refused = parse_body::<Attachment>(b"{}").err().expect("neither");
/// assert_eq!(refused.status().as_u16(), 400);
/// ```
pub trait Input: DeserializeOwned + Send + 'static {
    /// Checks the parsed JSON and pushes every problem onto `issues`.
    fn check(value: &Value, issues: &mut Vec<Issue>) {
        let _ = (value, issues);
    }

    /// Whether a body may be deserialised straight into `Self`, skipping the `Value` that
    /// [`Input::check`] reads, when that succeeds and [`Input::passes`] holds. The `Value` pass
    /// then runs only for a body that is refused, to name every problem.
    ///
    /// Set it only when the two paths agree: `Self`'s `Deserialize` refuses every body whose
    /// shape `check` refuses (unknown keys, a key named twice, `null` where it is not allowed,
    /// wrong types), and `passes` repeats `check`'s other rules. `#[model]`'s bodies set it;
    /// the default is `false`.
    const DIRECT: bool = false;

    /// `check`'s rules on the value itself (lengths, ranges, NUL), for [`Input::DIRECT`].
    fn passes(&self) -> bool {
        true
    }

    /// What the body is the input of, for the Stack's input normalisers
    /// ([`Stack::normalize_input`](crate::Stack::normalize_input)): set by `#[model]` for its
    /// inputs and by `#[body]`; `None` (the default) keeps a body out of the normalisers.
    const INPUT_OF: Option<InputOf> = None;
}

impl Input for Value {}

pub use crate::model::InputKind;

/// Checks a create or update body against the model's fields.
pub fn check_model_input(
    meta: &ModelMeta,
    kind: InputKind,
    value: &Value,
    issues: &mut Vec<Issue>,
) {
    check_model_input_with(meta, kind, value, &[], issues);
}

/// [`check_model_input`] for a body that carries the model's fields and `extra` keys of its own
/// (which the caller checks): a post with its `tags`. A [`Body`](crate::Body) declared with
/// `#[body]` does this for you.
pub fn check_model_input_with(
    meta: &ModelMeta,
    kind: InputKind,
    value: &Value,
    extra: &[&str],
    issues: &mut Vec<Issue>,
) {
    let Some(object) = value.as_object() else {
        issues.push(Issue::new("", "expected a JSON object"));
        return;
    };
    for key in object.keys().filter(|key| !extra.contains(&key.as_str())) {
        if let Some(message) = unknown_key(meta, key, kind) {
            issues.push(Issue::new(key.as_str(), message));
        }
    }
    check_model_fields(meta, kind, object, "", issues);
}

/// Why `key` is not one of the model's fields a body of this kind may carry, if it is not.
pub(crate) fn unknown_key(meta: &ModelMeta, key: &str, kind: InputKind) -> Option<&'static str> {
    match meta.field_by_wire(key) {
        None => Some("unknown field"),
        Some(field) if !field.writable() => Some("is set by the server and cannot be sent"),
        Some(field) if !field.writable_on(kind) => {
            Some("is set when the record is created and cannot be changed")
        }
        Some(_) => None,
    }
}

/// Checks the model's writable fields in `object`, whose issues are at `path` (`""` for a body's
/// top level).
pub(crate) fn check_model_fields(
    meta: &ModelMeta,
    kind: InputKind,
    object: &Map<String, Value>,
    path: &str,
    issues: &mut Vec<Issue>,
) {
    for field in meta.fields.iter().filter(|field| field.writable_on(kind)) {
        let at = || join(path, field.wire);
        match object.get(field.wire) {
            None if kind == InputKind::Create && field.required_on_create() => {
                issues.push(Issue::new(at(), "is required"));
            }
            None => {}
            Some(Value::Null) if field.nullable => {}
            // Any JSON is `null` too.
            Some(Value::Null) if field.ty == FieldType::Json && field.items.is_none() => {}
            Some(Value::Null) => issues.push(Issue::new(at(), "must not be null")),
            Some(value) => match field.items {
                None => check_value(field, value, &at(), issues),
                Some(items) => check_items(items, value, &at(), issues, |item, path, issues| {
                    if item.is_null() {
                        issues.push(Issue::new(path, "must not be null"));
                    } else {
                        check_value(field, item, path, issues);
                    }
                }),
            },
        }
    }
}

/// Checks the JSON field `wire` of `object`, of a type of its own (`#[field(json)]`), as its
/// type checks a body: each problem at its path inside the field (`settings.theme`); `null` is
/// refused unless the field is `nullable`.
pub fn check_typed<T: Input>(object: &Value, wire: &str, nullable: bool, issues: &mut Vec<Issue>) {
    match object.get(wire) {
        None => {}
        Some(Value::Null) if nullable => {}
        Some(Value::Null) => issues.push(Issue::new(wire, "must not be null")),
        Some(value) => {
            let mut inner = Vec::new();
            T::check(value, &mut inner);
            issues.extend(inner.into_iter().map(|issue| {
                let path = if issue.path.is_empty() {
                    wire.to_owned()
                } else if issue.path.starts_with('[') {
                    format!("{wire}{}", issue.path)
                } else {
                    join(wire, &issue.path)
                };
                Issue::new(path, issue.message)
            }));
        }
    }
}

/// Checks a list: an array within `items`' bounds, each item by `each` at `path[index]`.
pub(crate) fn check_items(
    items: Items,
    value: &Value,
    path: &str,
    issues: &mut Vec<Issue>,
    mut each: impl FnMut(&Value, &str, &mut Vec<Issue>),
) {
    let Some(values) = value.as_array() else {
        issues.push(Issue::new(path, "expected an array"));
        return;
    };
    if !items.allows(values.len()) {
        let message = match (items.min, items.max) {
            (Some(min), Some(max)) => format!("must hold {min} to {max} items"),
            (Some(min), None) => format!("must hold at least {}", count(min, "item")),
            (None, _) => format!(
                "must hold at most {}",
                count(items.max.unwrap_or(0), "item")
            ),
        };
        issues.push(Issue::new(path, message));
    }
    for (index, value) in values.iter().enumerate() {
        each(value, &format!("{path}[{index}]"), issues);
    }
}

/// The path of `key` inside the object at `path`: `tags[0].name`.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks one non-null value against its field's type and constraints; a problem is reported
/// at `path`.
pub(crate) fn check_value(field: &FieldMeta, value: &Value, path: &str, issues: &mut Vec<Issue>) {
    let mut fail = |message: String| issues.push(Issue::new(path, message));
    match field.ty {
        FieldType::Text => match value.as_str() {
            Some(text) => {
                if let Some(message) = text_problem(field, text) {
                    fail(message);
                }
            }
            None => fail("expected a string".to_owned()),
        },
        FieldType::Bool => {
            if !value.is_boolean() {
                fail("expected a boolean".to_owned());
            }
        }
        FieldType::I32 | FieldType::I64 => {
            let (low, high) = if field.ty == FieldType::I32 {
                (i64::from(i32::MIN), i64::from(i32::MAX))
            } else {
                (i64::MIN, i64::MAX)
            };
            match whole_number(value).filter(|number| (low..=high).contains(number)) {
                #[expect(
                    clippy::cast_precision_loss,
                    reason = "range bounds are compared as f64"
                )]
                Some(number) => {
                    if let Some(message) = number_problem(field, number as f64) {
                        fail(message);
                    }
                }
                None if value.is_number() => {
                    fail(format!("expected an integer from {low} to {high}"));
                }
                None => fail("expected an integer".to_owned()),
            }
        }
        FieldType::F64 => match value.as_f64() {
            Some(number) => {
                if let Some(message) = number_problem(field, number) {
                    fail(message);
                }
            }
            None => fail("expected a number".to_owned()),
        },
        FieldType::Timestamp => {
            if value.as_str().and_then(Timestamp::parse).is_none() {
                fail(Timestamp::EXPECTED.to_owned());
            }
        }
        FieldType::Enum(enumeration) => {
            let values = enumeration.values;
            if !value.as_str().is_some_and(|text| values.contains(&text)) {
                fail(format!("must be one of {}", values.join(", ")));
            }
        }
        // Any JSON.
        FieldType::Json => {}
        FieldType::Decimal { precision, scale } => {
            match value.as_str().and_then(crate::decimal::Decimal::parse) {
                Some(decimal) => {
                    if let Some(message) = decimal_problem(&decimal, precision, scale) {
                        fail(message);
                    }
                }
                None => fail(crate::decimal::Decimal::EXPECTED.to_owned()),
            }
        }
    }
}

/// What is wrong with a decimal for a column of this precision and scale.
fn decimal_problem(
    decimal: &crate::decimal::Decimal,
    precision: u32,
    scale: u32,
) -> Option<String> {
    let (whole, fraction) = decimal.digits();
    let whole_digits = u64::from(precision - scale);
    if whole > whole_digits {
        return Some(format!(
            "must have at most {} before the point",
            count(precision - scale, "digit")
        ));
    }
    (fraction > u64::from(scale)).then(|| match scale {
        0 => "must be a whole number (no digits after the point)".to_owned(),
        _ => format!(
            "must have at most {} after the point",
            count(scale, "digit")
        ),
    })
}

fn text_problem(field: &FieldMeta, text: &str) -> Option<String> {
    if text.as_bytes().contains(&0) {
        return Some("must not contain the NUL character".to_owned());
    }
    if field.path_segment && text.is_empty() {
        return Some("must not be empty: it addresses a record in a path".to_owned());
    }
    if field.path_segment && matches!(text, "." | "..") {
        return Some(format!(
            "`{text}` cannot address a record in a path: clients remove `.` and `..` segments \
             (RFC 3986 §5.2.4)"
        ));
    }
    if field.min_length.is_some() || field.max_length.is_some() {
        let length = text.chars().count();
        match (field.min_length, field.max_length) {
            (Some(min), _) if length < min as usize => {
                return Some(format!("must be at least {} long", count(min, "character")));
            }
            (_, Some(max)) if length > max as usize => {
                return Some(format!("must be at most {} long", count(max, "character")));
            }
            _ => {}
        }
    }
    if let Some(OneOf::Text(values)) = field.one_of
        && !values.contains(&text)
    {
        return Some(format!("must be one of {}", values.join(", ")));
    }
    if let Some(format) = field.format
        && !format.accepts(text)
    {
        return Some(format.expected().to_owned());
    }
    match field.pattern {
        Some(pattern) if !pattern::matches(pattern, text) => {
            Some(format!("must match the pattern `{pattern}`"))
        }
        _ => None,
    }
}

/// `1 character`, `2 characters`: a number of things, for a message.
pub(crate) fn count(number: u32, thing: &str) -> String {
    if number == 1 {
        format!("1 {thing}")
    } else {
        format!("{number} {thing}s")
    }
}

/// A field's value in a `#[model]` body, for [`Input::passes`]: whether it keeps the field's
/// constraints, as `check_value` would find.
pub trait FieldValue {
    /// Whether this value keeps `field`'s constraints.
    fn passes(&self, field: &FieldMeta) -> bool;
}

impl FieldValue for String {
    fn passes(&self, field: &FieldMeta) -> bool {
        text_problem(field, self).is_none()
    }
}

impl FieldValue for i32 {
    fn passes(&self, field: &FieldMeta) -> bool {
        number_problem(field, f64::from(*self)).is_none()
    }
}

impl FieldValue for i64 {
    #[expect(
        clippy::cast_precision_loss,
        reason = "range bounds are compared as f64, as check_value does"
    )]
    fn passes(&self, field: &FieldMeta) -> bool {
        number_problem(field, *self as f64).is_none()
    }
}

impl FieldValue for f64 {
    fn passes(&self, field: &FieldMeta) -> bool {
        number_problem(field, *self).is_none()
    }
}

impl FieldValue for bool {
    fn passes(&self, _: &FieldMeta) -> bool {
        true
    }
}

impl FieldValue for Timestamp {
    fn passes(&self, _: &FieldMeta) -> bool {
        true
    }
}

impl FieldValue for crate::decimal::Decimal {
    fn passes(&self, field: &FieldMeta) -> bool {
        match field.ty {
            FieldType::Decimal { precision, scale } => {
                decimal_problem(self, precision, scale).is_none()
            }
            _ => true,
        }
    }
}

impl FieldValue for Value {
    fn passes(&self, _: &FieldMeta) -> bool {
        true
    }
}

/// A list field: its number of items and each item.
impl<T: FieldValue> FieldValue for Vec<T> {
    fn passes(&self, field: &FieldMeta) -> bool {
        field.items.is_none_or(|items| items.allows(self.len()))
            && self.iter().all(|item| item.passes(field))
    }
}

impl<T: FieldValue> FieldValue for Option<T> {
    fn passes(&self, field: &FieldMeta) -> bool {
        self.as_ref().is_none_or(|value| value.passes(field))
    }
}

/// A JSON number that is an integer: `3`, or `3.0` (JSON Schema counts a number with a zero
/// fraction as an integer), within the exactly representable range of an `f64` for the latter.
fn whole_number(value: &Value) -> Option<i64> {
    value.as_i64().or_else(|| {
        let number = value.as_f64()?;
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a whole number within ±2^53, checked first"
        )]
        ((number.fract() == 0.0) && number.abs() <= 9_007_199_254_740_992.0)
            .then_some(number as i64)
    })
}

/// Rewrites each whole number written with a fraction (`3.0`) as the integer it is (`3`), at any
/// depth, so that the deserialisation into an integer field takes what [`check_value`] took.
fn normalize_whole_numbers(value: &mut Value) {
    match value {
        Value::Number(number) if !number.is_i64() && !number.is_u64() => {
            if let Some(whole) = whole_number(&Value::Number(number.clone())) {
                *value = Value::from(whole);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalize_whole_numbers),
        Value::Object(object) => object.values_mut().for_each(normalize_whole_numbers),
        _ => {}
    }
}

/// What is wrong with a number for `field`: outside its `range`, or not one of its `one_of`.
fn number_problem(field: &FieldMeta, number: f64) -> Option<String> {
    match (field.minimum, field.maximum) {
        (Some(min), _) if number < min => return Some(format!("must be at least {min}")),
        (_, Some(max)) if number > max => return Some(format!("must be at most {max}")),
        _ => {}
    }
    #[expect(
        clippy::cast_precision_loss,
        reason = "allowed integers are compared as the f64 a JSON number is read as"
    )]
    let allowed: Vec<f64> = match field.one_of {
        Some(OneOf::Integer(values)) => values.iter().map(|value| *value as f64).collect(),
        Some(OneOf::Number(values)) => values.to_vec(),
        Some(OneOf::Text(_)) | None => return None,
    };
    let found = allowed.contains(&number);
    (!found).then(|| {
        let listed: Vec<String> = allowed.iter().map(ToString::to_string).collect();
        format!("must be one of {}", listed.join(", "))
    })
}

/// Parses, checks and deserialises a JSON body: 400 with every issue, or the value. An object
/// that names a key twice, at any depth, is refused (which one would count is not defined by
/// JSON).
pub fn parse_body<T: Input>(bytes: &[u8]) -> Result<T, ApiError> {
    parse_body_with(bytes, None)
}

/// [`parse_body`], with the Stack's input normalisers run on the JSON first when `T` is the
/// input of a model or a `#[body]` ([`Input::INPUT_OF`]).
pub(crate) fn parse_body_with<T: Input>(
    bytes: &[u8],
    seams: Option<&Seams>,
) -> Result<T, ApiError> {
    let normalized = seams.filter(|seams| seams.normalizes(T::INPUT_OF));
    // Serde's derived structs also take an array of the fields in order: only an object is a
    // body.
    if T::DIRECT
        && normalized.is_none()
        && bytes.trim_ascii_start().starts_with(b"{")
        && let Ok(input) = serde_json::from_slice::<T>(bytes)
        && input.passes()
    {
        return Ok(input);
    }
    let malformed = |error: serde_json::Error| {
        ApiError::bad_request(format!("the body is not valid JSON: {error}"))
    };
    let Body(mut value) = serde_json::from_slice(bytes).map_err(malformed)?;
    if let (Some(seams), Some(input)) = (normalized, T::INPUT_OF) {
        seams.normalize(&mut value, input)?;
    }
    let mut issues = Vec::new();
    T::check(&value, &mut issues);
    if !issues.is_empty() {
        return Err(ApiError::validation(issues));
    }
    normalize_whole_numbers(&mut value);
    serde_json::from_value(value)
        .map_err(|error| ApiError::validation(vec![Issue::new("", error.to_string())]))
}

/// A JSON body, parsed in one pass that refuses a key named twice in any of its objects, nested
/// ones included (`serde_json`'s own `Value` keeps the last one silently).
struct Body(Value);

impl<'de> serde::Deserialize<'de> for Body {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BodyVisitor)
    }
}

struct BodyVisitor;

impl<'de> serde::de::Visitor<'de> for BodyVisitor {
    type Value = Body;

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Body, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "the key `{key}` appears twice"
                )));
            }
            let Body(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Body(Value::Object(object)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Body, A::Error> {
        let mut items = Vec::new();
        while let Some(Body(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Body(Value::Array(items)))
    }

    fn visit_unit<E>(self) -> Result<Body, E> {
        Ok(Body(Value::Null))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Body, E> {
        Ok(Body(Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Body, E> {
        Ok(Body(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Body, E> {
        Ok(Body(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Body, E> {
        // JSON has no NaN or infinity, so every number it parses fits.
        Ok(Body(
            serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number),
        ))
    }

    fn visit_str<E>(self, value: &str) -> Result<Body, E> {
        Ok(Body(Value::String(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> Result<Body, E> {
        Ok(Body(Value::String(value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DefaultValue;

    const META: ModelMeta = ModelMeta {
        name: "Note",
        plugin: "t",
        table: "t_note",
        doc: "",
        indexes: &[],
        uniques: &[],
        row_scope: None,
        fields: &[
            FieldMeta::id(),
            FieldMeta::new("title", "title", FieldType::Text).length(Some(1), Some(5)),
            FieldMeta::new("rank", "rank", FieldType::I32).range(Some(0.0), Some(10.0)),
            FieldMeta::new("done", "done", FieldType::Bool).default(DefaultValue::Bool(false)),
            FieldMeta::new("note", "note", FieldType::Text).nullable(),
            FieldMeta::new("created_at", "createdAt", FieldType::Timestamp)
                .readonly()
                .default(DefaultValue::Now),
        ],
    };

    fn issues(kind: InputKind, body: &str) -> Vec<(String, String)> {
        let mut issues = Vec::new();
        check_model_input(
            &META,
            kind,
            &serde_json::from_str(body).expect("json"),
            &mut issues,
        );
        issues
            .into_iter()
            .map(|issue| (issue.path, issue.message))
            .collect()
    }

    /// `FieldValue::passes` (the direct path) and `check_value` (the `Value` path) agree on each
    /// value, at and beyond each bound.
    #[test]
    fn typed_values_pass_exactly_when_check_value_finds_nothing() {
        fn agree<T: FieldValue + serde::Serialize>(field: &FieldMeta, values: &[T]) {
            for value in values {
                let mut issues = Vec::new();
                let json = serde_json::to_value(value).expect("serialises");
                check_value(field, &json, "t", &mut issues);
                assert_eq!(value.passes(field), issues.is_empty(), "{json}: {issues:?}");
            }
        }
        let text = FieldMeta::new("t", "t", FieldType::Text).length(Some(2), Some(3));
        agree(
            &text,
            &["", "a", "ab", "😀😀😀", "😀😀😀😀", "a\0b", "abcd"].map(str::to_owned),
        );
        agree(
            &FieldMeta::new("t", "t", FieldType::Text),
            &["", "a\0"].map(str::to_owned),
        );
        let small = FieldMeta::new("n", "n", FieldType::I32).range(Some(-1.0), Some(10.0));
        agree(&small, &[i32::MIN, -2, -1, 0, 10, 11, i32::MAX]);
        let big = FieldMeta::new("n", "n", FieldType::I64).range(None, Some(9e15));
        agree(
            &big,
            &[
                i64::MIN,
                0,
                9_000_000_000_000_000,
                9_000_000_000_000_001,
                i64::MAX,
            ],
        );
        let real = FieldMeta::new("x", "x", FieldType::F64).range(Some(0.5), Some(1.5));
        agree(&real, &[0.0, 0.5, 1.0, 1.5, 1.500_001, -1e300, f64::MAX]);
        agree(&real, &[Some(0.25), Some(1.0)]);
        agree(&FieldMeta::new("b", "b", FieldType::Bool), &[true, false]);
    }

    #[test]
    fn a_top_level_key_named_twice_is_refused_however_it_is_spelled() {
        let refused = |body: &str| {
            parse_body::<Value>(body.as_bytes())
                .expect_err("a repeated key")
                .to_string()
        };
        assert!(refused(r#"{"a":1,"a":2}"#).contains("`a` appears twice"));
        // An escaped key is the same key.
        assert!(refused(r#"{"title":1,"ti\u0074le":2}"#).contains("`title` appears twice"));
        // A key far from its repetition, at either end of a larger object.
        let keys: Vec<String> = (0..40)
            .map(|index| format!(r#""k{index}":{index}"#))
            .collect();
        for repeated in ["k0", "k39"] {
            let body = format!("{{{},\"{repeated}\":0}}", keys.join(","));
            assert!(
                refused(&body).contains(&format!("`{repeated}` appears twice")),
                "{body}"
            );
        }
        let distinct = format!("{{{}}}", keys.join(","));
        assert!(parse_body::<Value>(distinct.as_bytes()).is_ok());
        // Every kind of value still parses as before.
        let body = r#"[null,true,-1,18446744073709551615,1.5,"x",{"a":1,"b":{"c":[2]}}]"#;
        assert_eq!(
            parse_body::<Value>(body.as_bytes()).expect("parses"),
            serde_json::from_str::<Value>(body).expect("parses")
        );
        // A nested object's key named twice too (a declared body's nested bodies).
        assert!(refused(r#"{"tags":[{"name":"a","name":"b"}]}"#).contains("`name` appears twice"));
        assert!(refused(r#"[[{"x":{"y":1,"y":2}}]]"#).contains("`y` appears twice"));
    }

    #[test]
    fn a_valid_create_has_no_issues() {
        assert!(
            issues(
                InputKind::Create,
                r#"{"title":"héllo","rank":3,"note":null}"#
            )
            .is_empty()
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let found = issues(
            InputKind::Create,
            r#"{"id":"x","createdAt":"2026-01-01T00:00:00Z","extra":1,"done":null}"#,
        );
        let paths: Vec<_> = found.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(paths, ["createdAt", "extra", "id", "title", "rank", "done"]);
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        assert!(issues(InputKind::Update, r#"{"title":"😀😀😀😀😀"}"#).is_empty());
        assert_eq!(
            issues(InputKind::Update, r#"{"title":"😀😀😀😀😀😀"}"#)[0].1,
            "must be at most 5 characters long"
        );
        assert_eq!(
            issues(InputKind::Update, r#"{"title":""}"#)[0].1,
            "must be at least 1 character long"
        );
    }

    #[test]
    fn a_whole_number_with_a_fraction_is_an_integer_as_json_schema_says() {
        assert!(issues(InputKind::Update, r#"{"rank":3.0}"#).is_empty());
        assert!(issues(InputKind::Update, r#"{"rank":3e0}"#).is_empty());
        assert_eq!(issues(InputKind::Update, r#"{"rank":3.5}"#).len(), 1);
        let mut value: Value =
            serde_json::from_str(r#"{"a":[1.0,2.5,{"b":-4.0}],"c":1e300}"#).expect("JSON");
        normalize_whole_numbers(&mut value);
        assert_eq!(value.to_string(), r#"{"a":[1,2.5,{"b":-4}],"c":1e+300}"#);
        // Sixteen digits and a fraction: read to the nearest double (serde_json's
        // `float_roundtrip`; its default parse is one unit off here), so still a whole number.
        let mut long: Value = serde_json::from_str("-4023282468278802.0").expect("JSON");
        normalize_whole_numbers(&mut long);
        assert_eq!(long, Value::from(-4_023_282_468_278_802_i64));
    }

    #[test]
    fn integers_are_checked_for_type_width_and_range() {
        assert_eq!(
            issues(InputKind::Update, r#"{"rank":1.5}"#)[0].1,
            "expected an integer from -2147483648 to 2147483647"
        );
        assert_eq!(issues(InputKind::Update, r#"{"rank":4294967296}"#).len(), 1);
        assert_eq!(
            issues(InputKind::Update, r#"{"rank":11}"#)[0].1,
            "must be at most 10"
        );
        assert_eq!(
            issues(InputKind::Update, r#"{"rank":"1"}"#)[0].1,
            "expected an integer"
        );
    }

    #[test]
    fn nul_and_non_objects_are_rejected() {
        assert_eq!(
            issues(InputKind::Update, r#"{"note":"a\u0000b"}"#)[0].1,
            "must not contain the NUL character"
        );
        assert_eq!(
            issues(InputKind::Update, "[1]")[0].1,
            "expected a JSON object"
        );
    }
}
