//! What `#[model]` implements: static metadata ([`ModelMeta`]) that generic runtime code reads
//! (validation, OpenAPI, DDL) and the [`Model`] / [`NewRecord`] / [`PatchRecord`] traits. The
//! [`Timestamp`] field type has its own module, [`timestamp`](crate::timestamp).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::timestamp::Timestamp;

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
    /// [`JsonValue`](crate::JsonValue): any JSON, stored as a JSON document
    /// ([`sql_types::Json`](crate::sql_types::Json)).
    Json,
    /// [`Decimal`](crate::Decimal): an exact decimal with at most `precision` digits, `scale`
    /// of them after the point; a JSON string.
    Decimal {
        /// All digits.
        precision: u32,
        /// Digits after the point.
        scale: u32,
    },
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
    /// The plugin of the referenced model: `None` for one of the same plugin, else its name
    /// (`references = crate::users::User`), whose PostgreSQL schema holds the table.
    pub plugin: Option<&'static str>,
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
    /// `renamed_from = "old_name"`: the column's name in the model's previous version, so a
    /// schema change renames the column (and keeps its values) instead of dropping one column
    /// and adding another.
    pub renamed_from: Option<&'static str>,
    /// `pattern = "..."`: a text value must contain a match of this regular expression (JSON
    /// Schema's `pattern`: unanchored, so write `^...$` to match the whole value). Checked with
    /// [regex-lite](https://docs.rs/regex-lite), whose syntax is ECMA-262's for classes,
    /// anchors, groups, alternation and repetition; `#[field]` refuses what it cannot compile.
    pub pattern: Option<&'static str>,
    /// `immutable`: sent (or defaulted) when the row is created, refused in a patch.
    pub immutable: bool,
    /// `one_of = [..]`: the values allowed (JSON Schema's `enum`).
    pub one_of: Option<OneOf>,
    /// `format = ".."`: a text value's format (JSON Schema's `format`), checked by a library.
    pub format: Option<Format>,
    /// `Vec<T>`: a list of values of `ty`, a JSON array stored as a JSON document, with bounds on
    /// its number of items (`length(..)`); the field's other rules apply to each item
    /// (`items(..)`).
    pub items: Option<Items>,
    /// The key the database numbers (`#[model(id = "auto")]`): an `i64` identity column
    /// (`GENERATED BY DEFAULT AS IDENTITY` on PostgreSQL, `AUTO_INCREMENT` on MySQL, `INTEGER
    /// PRIMARY KEY AUTOINCREMENT` on SQLite), left out of inserts and read back.
    pub auto_increment: bool,
    /// `computed = "SQL"`: no column; the database computes the value from this SQL expression
    /// whenever the row is read (json-rest-api's query fields). Read-only, never written.
    pub computed: Option<&'static str>,
}

/// `length(min = .., max = ..)` of a list: how many items it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Items {
    /// The fewest items.
    pub min: Option<u32>,
    /// The most items.
    pub max: Option<u32>,
}

impl Items {
    /// Whether `count` items are within the bounds.
    pub const fn allows(&self, count: usize) -> bool {
        let above = match self.min {
            Some(min) => count >= min as usize,
            None => true,
        };
        let below = match self.max {
            Some(max) => count <= max as usize,
            None => true,
        };
        above && below
    }
}

/// `#[field(one_of = [..])]`: the values a field allows, stated in the document as its schema's
/// `enum`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OneOf {
    /// Text values (`one_of = ["wei", "gwei"]`).
    Text(&'static [&'static str]),
    /// Integers (`one_of = [1, 2, 4]`).
    Integer(&'static [i64]),
    /// Numbers (`one_of = [0.5, 1.5]`).
    Number(&'static [f64]),
}

pub use crate::format::Format;

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
            renamed_from: None,
            pattern: None,
            immutable: false,
            one_of: None,
            format: None,
            items: None,
            auto_increment: false,
            computed: None,
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

    /// The `id` primary key the database numbers (`#[model(id = "auto")]`): an `i64`, 1 for the
    /// first row, never reused (SQLite's `AUTOINCREMENT`, PostgreSQL's identity sequence,
    /// MySQL's `AUTO_INCREMENT` counter; a rolled-back insert leaves a gap).
    pub const fn auto_id() -> Self {
        Self {
            primary_key: true,
            readonly: true,
            auto_increment: true,
            ..Self::new("id", "id", FieldType::I64)
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

    /// `renamed_from = "old_name"`.
    #[must_use]
    pub const fn renamed_from(self, old_name: &'static str) -> Self {
        Self {
            renamed_from: Some(old_name),
            ..self
        }
    }

    /// `pattern = "..."`.
    #[must_use]
    pub const fn pattern(self, pattern: &'static str) -> Self {
        Self {
            pattern: Some(pattern),
            ..self
        }
    }

    /// A list (`Vec<T>`) holding `min` to `max` items.
    #[must_use]
    pub const fn list(self, min: Option<u32>, max: Option<u32>) -> Self {
        Self {
            items: Some(Items { min, max }),
            ..self
        }
    }

    /// The primary key, chosen by the client (`#[model(id = "client")]`): also `immutable`.
    #[must_use]
    pub const fn primary_key(self) -> Self {
        Self {
            primary_key: true,
            immutable: true,
            ..self
        }
    }

    /// `immutable`.
    #[must_use]
    pub const fn immutable(self) -> Self {
        Self {
            immutable: true,
            ..self
        }
    }

    /// `one_of = [..]`.
    #[must_use]
    pub const fn one_of(self, values: OneOf) -> Self {
        Self {
            one_of: Some(values),
            ..self
        }
    }

    /// `format = ".."`.
    #[must_use]
    pub const fn format(self, format: Format) -> Self {
        Self {
            format: Some(format),
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
                plugin: None,
                table,
                on_delete,
            }),
            ..self
        }
    }

    /// `references = other_plugin::Model, on_delete = ...`: a foreign key to the model `target`
    /// of another plugin (one this one depends on).
    #[must_use]
    pub const fn references_model(self, target: &ModelMeta, on_delete: OnDelete) -> Self {
        Self {
            references: Some(Reference {
                model: target.name,
                plugin: Some(target.plugin),
                table: target.table,
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

    /// `computed = "SQL"` (also `readonly`).
    #[must_use]
    pub const fn computed(self, sql: &'static str) -> Self {
        Self {
            computed: Some(sql),
            readonly: true,
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

    /// Whether a client may send this field (the generated `id` is `readonly`; a key the
    /// client chooses, `#[model(id = "client")]`, is sent when the row is created).
    pub const fn writable(&self) -> bool {
        !self.readonly
    }

    /// Whether a client may send this field in a body of this kind: an `immutable` field only
    /// when the row is created.
    pub const fn writable_on(&self, kind: InputKind) -> bool {
        self.writable() && !(self.immutable && matches!(kind, InputKind::Update))
    }

    /// Whether a create request must carry this field.
    pub const fn required_on_create(&self) -> bool {
        self.writable() && !self.nullable && self.default.is_none()
    }
}

/// Whether a body creates a row (required fields enforced) or updates one (everything optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// `New<Model>`.
    Create,
    /// `<Model>Patch`.
    Update,
}

/// What a JSON body is the input of, as the Stack's input normalisers see it
/// ([`Stack::normalize_input`](crate::Stack::normalize_input)).
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum InputOf {
    /// A model's create (`New<Model>`, [`InputKind::Create`]) or update (`<Model>Patch`,
    /// [`InputKind::Update`]) body; `model.plugin` names its plugin and `model.fields` its
    /// fields (wire names in `wire`).
    Model {
        /// The model.
        model: &'static ModelMeta,
        /// Create or update.
        kind: InputKind,
    },
    /// A `#[body]` type.
    Body {
        /// Its name (`CreatePost`).
        name: &'static str,
        /// The model input it carries (`#[field(flatten)]`), if any.
        flatten: Option<(&'static ModelMeta, InputKind)>,
    },
}

impl InputOf {
    /// The model whose fields the body carries: a model's input, or the one a `#[body]`
    /// flattens, with the kind of input.
    pub const fn model(&self) -> Option<(&'static ModelMeta, InputKind)> {
        match *self {
            Self::Model { model, kind } => Some((model, kind)),
            Self::Body { flatten, .. } => flatten,
        }
    }
}

/// Everything the runtime knows of one model. Built by `#[model]` as a constant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelMeta {
    /// The struct's name (`Todo`); its OpenAPI schema is named `<plugin>.<name>`
    /// ([`ModelMeta::schema_name`]).
    pub name: &'static str,
    /// The name of the plugin that declares it (`todos`).
    pub plugin: &'static str,
    /// The SQL table (`todos_todo`: plugin, underscore, model in snake case).
    pub table: &'static str,
    /// The doc comment.
    pub doc: &'static str,
    /// Every column, the primary key first.
    pub fields: &'static [FieldMeta],
    /// `#[model(index(a, b))]`: composite indexes, each a list of column names.
    pub indexes: &'static [&'static [&'static str]],
    /// `#[model(unique(a, b))]`: composite unique constraints, each a list of column names. As
    /// in SQL, a row with `NULL` in one of the columns never conflicts (on every backend).
    pub uniques: &'static [&'static [&'static str]],
    /// `#[model(row_scope = team_id)]`: the field (a `String`) that scopes the rows. Every typed
    /// operation of a request sees, changes and deletes only the rows whose field holds the
    /// request's scope value, and stamps it on what it creates
    /// ([`Stack::row_scope`](crate::Stack::row_scope) says where the value comes from).
    pub row_scope: Option<&'static str>,
}

impl ModelMeta {
    /// The field with this wire name.
    pub fn field_by_wire(&self, wire: &str) -> Option<&'static FieldMeta> {
        self.fields.iter().find(|field| field.wire == wire)
    }

    /// Whether a field is `computed`: then a write reads the row back, for the values the
    /// database computes.
    pub const fn has_computed(&self) -> bool {
        let mut index = 0;
        while index < self.fields.len() {
            if self.fields[index].computed.is_some() {
                return true;
            }
            index += 1;
        }
        false
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

    /// The name of its row's schema in the OpenAPI document: `todos.Todo`.
    pub fn schema_name(&self) -> String {
        qualified(Some(self.plugin), self.name)
    }

    /// The name of the create-input schema, before its plugin's prefix (`NewTodo`).
    pub fn new_name(&self) -> String {
        format!("New{}", self.name)
    }

    /// The name of the update-input schema, before its plugin's prefix (`TodoPatch`).
    pub fn patch_name(&self) -> String {
        format!("{}Patch", self.name)
    }
}

/// Implemented by `#[model]` for the row type.
pub trait Model: Sized + Send + Sync + 'static {
    /// The model's metadata.
    const META: ModelMeta;
    /// The type of its `id`: `String` (a UUID v7 the server sets, the default, or a key the
    /// client chooses, `#[model(id = "client")]`) or `i64` (`#[model(id = "auto")]`). The typed
    /// operations take it ([`Db::find`](crate::Db::find) accepts anything `Into<Id>`), and a
    /// field that `references` the model holds one.
    type Id: Key;
    /// The create input (`NewTodo`).
    type New: NewRecord<Model = Self>;
    /// The update input (`TodoPatch`).
    type Patch: PatchRecord<Model = Self>;
}

/// A primary key's type ([`Model::Id`]): `String` or `i64`.
pub trait Key:
    Clone + std::fmt::Debug + PartialEq + serde::Serialize + DeserializeOwned + Send + Sync + 'static
{
    /// What the typed operations borrow it as ([`Crud::find`](crate::Crud::find)): `str` or
    /// `i64`.
    type Ref: ?Sized + Sync;

    /// The key, borrowed.
    fn borrowed(&self) -> &Self::Ref;

    /// Whether a row could have this key. A text key with a NUL byte is none (PostgreSQL
    /// refuses to bind one, so it is answered as a missing row, 404, before any query).
    fn addressable(&self) -> bool;
}

impl Key for String {
    type Ref = str;

    fn borrowed(&self) -> &str {
        self
    }

    fn addressable(&self) -> bool {
        !self.as_bytes().contains(&0)
    }
}

impl Key for i64 {
    type Ref = Self;

    fn borrowed(&self) -> &Self {
        self
    }

    fn addressable(&self) -> bool {
        true
    }
}

/// A type that holds the id of `M`: what a field that `references = M` must be. `#[model]`
/// checks it with [`holds_key`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold the id of `{M}`",
    label = "a reference to `{M}` holds its `id`",
    note = "a field that references a model has the type of its `id`: `String` for a UUID (the default) or a key the client chooses, `i64` for `#[model(id = \"auto\")]`, or an `Option` of it"
)]
pub trait KeyOf<M: Model> {}

impl<M: Model<Id = String>> KeyOf<M> for String {}

impl<M: Model<Id = i64>> KeyOf<M> for i64 {}

impl<M: Model, K: KeyOf<M>> KeyOf<M> for Option<K> {}

/// Compiles when `T` holds the id of `M` ([`KeyOf`]).
pub const fn holds_key<T: KeyOf<M>, M: Model>() {}

/// The create input of a model: what a client may send to make a row.
pub trait NewRecord: DeserializeOwned + Send + 'static {
    /// The row type this input creates.
    type Model: Model;

    /// The full row: a new id, defaults applied, `now` for `default = now` fields. (With
    /// `#[model(id = "auto")]` the id is `0` until the insert reads the database's.)
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

/// A name in the OpenAPI document: `<plugin>.<name>`, or `name` outside a plugin (the Stack's
/// own schemas). Plugin names contain no dot, so no two plugins' names meet.
pub(crate) fn qualified(plugin: Option<&str>, name: &str) -> String {
    match plugin {
        Some(plugin) if !plugin.is_empty() => format!("{plugin}.{name}"),
        _ => name.to_owned(),
    }
}

/// A new primary key: a UUID v7 (time-ordered) as a string.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// `created_at` → `createdAt`: the wire name of a column.
pub(crate) fn snake_to_camel(snake: &str) -> String {
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
