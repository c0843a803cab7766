//! Declared request bodies: what `#[body]` records of a struct ([`BodyMeta`]) and the checks the
//! runtime runs on it, with every problem reported at once at its path (`tags[2].name`).
//!
//! A body's fields use a model's field rules ([`FieldMeta`]: `length`, `range`, `pattern`,
//! `path_segment`); a field may also be a list of such values (`Vec<String>`, with bounds on the
//! number of items), another declared body, or a list of them; and a body may carry a model's
//! create or update fields (`#[field(flatten)] post: NewPost`).

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::{Map, Value};

use crate::error::Issue;
pub use crate::model::Items;
use crate::model::{FieldMeta, ModelMeta};
use crate::validate::{
    FieldValue, InputKind, check_items, check_model_fields, check_value, join, unknown_key,
};

/// Implemented by `#[body]`: the body's metadata, which its [`Input`](crate::Input) check and its
/// schema read, and which a body nesting it refers to.
pub trait Body {
    /// The body's metadata.
    const META: BodyMeta;
}

/// Everything the runtime knows of a declared body. Built by `#[body]` as a constant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyMeta {
    /// The struct's name (`CreateTask`); its schema is `<plugin>.<name>`.
    pub name: &'static str,
    /// The doc comment.
    pub doc: &'static str,
    /// Its own fields, in declaration order.
    pub fields: &'static [BodyField],
    /// `#[field(flatten)]`: the model whose create (`New<Model>`) or update (`<Model>Patch`)
    /// fields the body carries beside its own.
    pub flatten: Option<(&'static ModelMeta, InputKind)>,
    /// `#[body(shorthand = name)]`: a JSON string stands for an object whose only key is this
    /// field (`"rust"` for `{"name": "rust"}`).
    pub shorthand: Option<&'static str>,
}

/// One field of a declared body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyField {
    /// Its name, wire name, type and rules; for a list, the rules of each item. `nullable`
    /// (`Option<T>`): the field may be left out or sent as `null`; otherwise it is required.
    pub field: FieldMeta,
    /// `Vec<T>`: a JSON array of values, with bounds on their number (`length(..)` of a list).
    pub items: Option<Items>,
    /// A declared body (each item's, for a list) instead of a value of `field.ty`.
    pub object: Option<&'static BodyMeta>,
    /// `undocumented`: accepted and checked, but left out of the schema (a tolerance for one
    /// client's quirk, such as BTST's client repeating a post's `id` in its update).
    pub undocumented: bool,
}

impl BodyField {
    /// A scalar field.
    pub const fn value(field: FieldMeta) -> Self {
        Self {
            field,
            items: None,
            object: None,
            undocumented: false,
        }
    }

    /// A list of values with these bounds on their number.
    #[must_use]
    pub const fn list(self, min: Option<u32>, max: Option<u32>) -> Self {
        Self {
            items: Some(Items { min, max }),
            ..self
        }
    }

    /// Left out of the schema.
    #[must_use]
    pub const fn undocumented(self) -> Self {
        Self {
            undocumented: true,
            ..self
        }
    }

    /// Values that are declared bodies.
    #[must_use]
    pub const fn object(self, body: &'static BodyMeta) -> Self {
        Self {
            object: Some(body),
            ..self
        }
    }
}

/// A list field's value in a direct `#[body]`, for [`Input::passes`](crate::Input::passes):
/// whether its number of items and each item keep the field's rules, as [`check_body`] would
/// find.
pub trait ListValue {
    /// Whether this list keeps `field`'s rules.
    fn passes(&self, field: &BodyField) -> bool;
}

impl<T: FieldValue> ListValue for Vec<T> {
    fn passes(&self, field: &BodyField) -> bool {
        field.items.is_none_or(|items| items.allows(self.len()))
            && self.iter().all(|item| item.passes(&field.field))
    }
}

impl<T: FieldValue> ListValue for Option<Vec<T>> {
    fn passes(&self, field: &BodyField) -> bool {
        self.as_ref()
            .is_none_or(|items| ListValue::passes(items, field))
    }
}

/// Checks a body (or a nested one at `path`) against its declaration: the shape, unknown and
/// server-set keys, required fields, and every value's rules.
pub fn check_body(meta: &BodyMeta, value: &Value, path: &str, issues: &mut Vec<Issue>) {
    // A shorthand stands for a nested body; a request's body itself is an object.
    if let (Some(shorthand), Value::String(_), false) = (meta.shorthand, value, path.is_empty())
        && let Some(field) = meta
            .fields
            .iter()
            .find(|field| field.field.wire == shorthand)
    {
        check_item(field, value, path, issues);
        return;
    }
    let Some(object) = value.as_object() else {
        let message = match meta.shorthand.filter(|_| !path.is_empty()) {
            Some(shorthand) => format!("expected a JSON object, or a string for its `{shorthand}`"),
            None => "expected a JSON object".to_owned(),
        };
        issues.push(Issue::new(path, message));
        return;
    };
    for key in object.keys() {
        if meta.fields.iter().any(|field| field.field.wire == key) {
            continue;
        }
        let message = meta.flatten.map_or(Some("unknown field"), |(model, kind)| {
            unknown_key(model, key, kind)
        });
        if let Some(message) = message {
            issues.push(Issue::new(join(path, key), message));
        }
    }
    if let Some((model, kind)) = meta.flatten {
        check_model_fields(model, kind, object, path, issues);
    }
    for field in meta.fields {
        let at = || join(path, field.field.wire);
        match object.get(field.field.wire) {
            None if !field.field.nullable => issues.push(Issue::new(at(), "is required")),
            None | Some(Value::Null) if field.field.nullable => {}
            None | Some(Value::Null) => issues.push(Issue::new(at(), "must not be null")),
            Some(value) => check_field(field, value, &at(), issues),
        }
    }
}

fn check_field(field: &BodyField, value: &Value, path: &str, issues: &mut Vec<Issue>) {
    match field.items {
        None => check_item(field, value, path, issues),
        Some(items) => check_items(items, value, path, issues, |value, path, issues| {
            check_item(field, value, path, issues);
        }),
    }
}

fn check_item(field: &BodyField, value: &Value, path: &str, issues: &mut Vec<Issue>) {
    match field.object {
        Some(body) => check_body(body, value, path, issues),
        None if value.is_null() => issues.push(Issue::new(path, "must not be null")),
        None => check_value(&field.field, value, path, issues),
    }
}

/// A nested body's JSON with its shorthand expanded: `"rust"` → `{"name": "rust"}`.
fn expand<T: Body>(value: Value) -> Value {
    match (T::META.shorthand, value) {
        (Some(key), Value::String(text)) => {
            Value::Object(Map::from_iter([(key.to_owned(), Value::String(text))]))
        }
        (_, value) => value,
    }
}

fn nested<T: Body + DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    serde_json::from_value(expand::<T>(value)).map_err(E::custom)
}

/// Deserialises a field that is a declared body, taking its shorthand (`deserialize_with`).
pub fn deserialize_body<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Body + DeserializeOwned,
{
    nested(Value::deserialize(deserializer)?)
}

/// [`deserialize_body`] for `Option<T>`: absent or `null` is `None`.
pub fn deserialize_optional_body<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Body + DeserializeOwned,
{
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        value => nested(value).map(Some),
    }
}

/// [`deserialize_body`] for `Vec<T>`.
pub fn deserialize_bodies<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Body + DeserializeOwned,
{
    Vec::<Value>::deserialize(deserializer)?
        .into_iter()
        .map(nested)
        .collect()
}

/// [`deserialize_bodies`] for `Option<Vec<T>>`: absent or `null` is `None`.
pub fn deserialize_optional_bodies<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Body + DeserializeOwned,
{
    match Option::<Vec<Value>>::deserialize(deserializer)? {
        None => Ok(None),
        Some(values) => values
            .into_iter()
            .map(nested)
            .collect::<Result<_, _>>()
            .map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldType;

    const TAG: BodyMeta = BodyMeta {
        name: "TagRef",
        doc: "",
        fields: &[
            BodyField::value(
                FieldMeta::new("name", "name", FieldType::Text)
                    .length(Some(1), Some(5))
                    .pattern("[a-z]"),
            ),
            BodyField::value(FieldMeta::new("slug", "slug", FieldType::Text).nullable()),
        ],
        flatten: None,
        shorthand: Some("name"),
    };

    const POST: BodyMeta = BodyMeta {
        name: "Post",
        doc: "",
        fields: &[
            BodyField::value(FieldMeta::new("rank", "rank", FieldType::I32).range(Some(0.0), None)),
            BodyField::value(FieldMeta::new("tags", "tags", FieldType::Text).nullable())
                .list(None, Some(2))
                .object(&TAG),
            BodyField::value(
                FieldMeta::new("words", "words", FieldType::Text).length(Some(1), None),
            )
            .list(Some(1), None),
        ],
        flatten: None,
        shorthand: None,
    };

    fn issues(body: &str) -> Vec<(String, String)> {
        let mut issues = Vec::new();
        check_body(
            &POST,
            &serde_json::from_str(body).expect("json"),
            "",
            &mut issues,
        );
        issues
            .into_iter()
            .map(|issue| (issue.path, issue.message))
            .collect()
    }

    #[test]
    fn every_problem_is_reported_at_its_path() {
        assert!(
            issues(r#"{"rank":1,"tags":["ab",{"name":"cd","slug":null}],"words":["x"]}"#)
                .is_empty()
        );
        assert!(
            issues(r#"{"rank":1,"words":["x"]}"#).is_empty(),
            "an optional list"
        );
        let found = issues(
            r#"{"rank":-1,"tags":["", {"name":"123456"}, {"nom":"x"}],"words":[],"extra":1}"#,
        );
        let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "extra",
                "rank",
                "tags",
                "tags[0]",
                "tags[1].name",
                "tags[2].nom",
                "tags[2].name",
                "words"
            ],
            "{found:?}"
        );
        assert_eq!(found[2].1, "must hold at most 2 items");
        assert_eq!(found[3].1, "must be at least 1 character long");
        assert_eq!(found[4].1, "must be at most 5 characters long");
        assert_eq!(found[7].1, "must hold at least 1 item");
        assert_eq!(
            issues(r#"{"rank":1,"words":"x"}"#),
            [("words".to_owned(), "expected an array".to_owned())]
        );
        assert_eq!(issues(r#"{"rank":1,"words":[null]}"#)[0].0, "words[0]");
        assert_eq!(
            issues(r#"{"rank":1,"words":["x"],"tags":[1]}"#)[0].1,
            "expected a JSON object, or a string for its `name`"
        );
        assert_eq!(
            issues(r#"{"rank":1,"words":["x"],"tags":["12"]}"#)[0].1,
            "must match the pattern `[a-z]`"
        );
        assert_eq!(
            issues("[]")[0],
            (String::new(), "expected a JSON object".to_owned())
        );
        assert_eq!(issues("{}").len(), 2, "rank and words are required");
    }
}
