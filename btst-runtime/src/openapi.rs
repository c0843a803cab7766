//! The OpenAPI 3.1 document, assembled from the metadata the macros generate: each model's
//! [`ModelMeta`] gives three schemas (the row, `New<Model>`, `<Model>Patch`) whose constraints are
//! the ones validation enforces, and each endpoint's [`EndpointMeta`] gives an operation with every
//! response it can give. [`ApiSchema`] is how a Rust type names its schema.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use utoipa::openapi::content::Content;
use utoipa::openapi::extensions::Extensions;
use utoipa::openapi::info::InfoBuilder;
use utoipa::openapi::path::{
    HttpMethod, Operation, Parameter, ParameterBuilder, ParameterIn, PathItem, Paths,
};
use utoipa::openapi::request_body::RequestBody;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, ArrayBuilder, KnownFormat, ObjectBuilder, OneOfBuilder,
    Ref, Schema, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::tag::Tag;
use utoipa::openapi::{Components, OpenApi, RefOr, Required};

use crate::body::{BodyField, BodyMeta};
use crate::cursor::CursorList;
use crate::db::Deleted;
use crate::envelope::Envelope;
use crate::error::PROBLEM_JSON;
use crate::identity::{AuthScheme, IdentityProvider};
use crate::list::List;
use crate::method::Method;
use crate::model::{DefaultValue, FieldMeta, FieldType, ModelMeta, OneOf, qualified};
use crate::timestamp::Timestamp;
use crate::validate::InputKind;

/// The named schemas of a document (`components.schemas`), collected while each plugin's part is
/// documented.
///
/// Names are per plugin: a schema a plugin's code names `PostWithTags` is registered as
/// `blog.PostWithTags` (the plugin's name, a dot, the name), and so are its models (`blog.Post`,
/// `blog.NewPost`, `blog.PostPatch`) and enumerations (`tracker.TaskStatus`). Two plugins may
/// then use one name, and a generated client names the types after both (`BlogPost`). The
/// Stack's own schemas (`Problem`, `Issue`, `Health`, `Deleted`) have no prefix; no plugin name
/// contains a dot, so no plugin's schema can take one of them.
#[derive(Default, Clone)]
pub struct Schemas {
    named: BTreeMap<String, RefOr<Schema>>,
    /// The plugin being documented, whose names are qualified by it.
    plugin: Option<&'static str>,
    /// The schemas of models' JSON fields of a type of their own, by table and wire name
    /// ([`TypedFields`]).
    typed: BTreeMap<(&'static str, &'static str), SchemaFn>,
}

impl std::fmt::Debug for Schemas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schemas")
            .field("names", &self.named.keys().collect::<Vec<_>>())
            .field("typed", &self.typed.keys().collect::<Vec<_>>())
            .field("plugin", &self.plugin)
            .finish()
    }
}

impl Schemas {
    /// No schemas, outside any plugin.
    pub fn new() -> Self {
        Self::default()
    }

    /// The schema of the JSON field `wire` of the model of table `table`, whose type is its own
    /// (`#[field(json)] settings: Settings`): what [`TypedFields::register`] records.
    pub fn type_field(&mut self, table: &'static str, wire: &'static str, schema: SchemaFn) {
        self.typed.insert((table, wire), schema);
    }

    /// The schema of `field` of `meta`: its type's own for a JSON field of a type of its own,
    /// else the one its metadata says.
    fn field(
        &mut self,
        meta: &ModelMeta,
        field: &FieldMeta,
        read_only: bool,
        with_default: bool,
    ) -> RefOr<Schema> {
        let Some(typed) = self.typed.get(&(meta.table, field.wire)).copied() else {
            return field_schema(meta.plugin, field, read_only, with_default);
        };
        let schema = typed(self);
        if field.nullable {
            return OneOfBuilder::new()
                .item(schema)
                .item(ObjectBuilder::new().schema_type(Type::Null))
                .description(non_empty(field.doc))
                .into();
        }
        with_description(schema, field.doc)
    }

    /// The named schemas of `plugin`'s part are qualified by its name from here on.
    pub(crate) fn enter(&mut self, plugin: &'static str) {
        self.plugin = Some(plugin);
    }

    /// The document's name for the schema the current plugin's code names `name`:
    /// `<plugin>.<name>` (just `name` outside a plugin).
    pub fn qualified(&self, name: &str) -> String {
        qualified(self.plugin, name)
    }

    /// Registers the schema `build` returns under `name` (qualified by the plugin, see
    /// [`Schemas::qualified`]) unless it is there already, and returns a `$ref` to it. `build`
    /// may register the schemas it refers to.
    ///
    /// ```ignore
    /// impl ApiSchema for Neighbours {
    ///     fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
    ///         schemas.named("Neighbours", |schemas| {
    ///             let post = Option::<PostWithTags>::schema(schemas);
    ///             ObjectBuilder::new().property("previous", post.clone()).property("next", post).into()
    ///         })
    ///     }
    /// }
    /// ```
    pub fn named(
        &mut self,
        name: &str,
        build: impl FnOnce(&mut Self) -> RefOr<Schema>,
    ) -> RefOr<Schema> {
        let name = self.qualified(name);
        self.register_as(name, build)
    }

    /// [`Schemas::named`] under `name` exactly (a model's, qualified by its own plugin; the
    /// Stack's).
    fn register_as(
        &mut self,
        name: String,
        build: impl FnOnce(&mut Self) -> RefOr<Schema>,
    ) -> RefOr<Schema> {
        if !self.named.contains_key(&name) {
            let schema = build(self);
            self.named.insert(name.clone(), schema);
        }
        Ref::from_schema_name(name).into()
    }

    /// Whether a schema is registered under the document name `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.named.contains_key(name)
    }

    /// The schemas, by document name.
    pub fn into_map(self) -> BTreeMap<String, RefOr<Schema>> {
        self.named
    }
}

/// A function that registers a type's named schemas and returns its schema or a `$ref` to it.
pub type SchemaFn = fn(&mut Schemas) -> RefOr<Schema>;

/// A type that appears in the OpenAPI document: a request body, a response, a parameter.
///
/// `#[model]`, [`#[body]`](macro@crate::body) and [`#[view]`](macro@crate::view) implement it;
/// the runtime does for `String`, the numbers, `bool`, [`Timestamp`], `Vec<T>`, `Option<T>`,
/// JSON values and [`List<T>`](crate::List). By hand, for a shape they do not cover, build the
/// schema with utoipa's builders (re-exported as `btst_runtime::utoipa`) and register it under a
/// name with [`Schemas::named`]:
///
/// ```
/// use btst_runtime::utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
/// use btst_runtime::utoipa::openapi::RefOr;
/// use btst_runtime::{ApiSchema, Schemas};
///
/// /// A colour as `#rrggbb`.
/// struct Colour(String);
///
/// impl ApiSchema for Colour {
///     fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
///         schemas.named("Colour", |_| {
///             ObjectBuilder::new()
///                 .schema_type(Type::String)
///                 .pattern(Some("^#[0-9a-f]{6}$"))
///                 .into()
///         })
///     }
/// }
///
/// let mut schemas = Schemas::new();
/// let _ = Colour::schema(&mut schemas);
/// assert!(schemas.contains("Colour"));
/// ```
pub trait ApiSchema {
    /// Registers the named schemas this type needs and returns its own (inline or `$ref`).
    fn schema(schemas: &mut Schemas) -> RefOr<Schema>;
}

fn primitive(ty: Type, format: Option<KnownFormat>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(ty)
        .format(format.map(SchemaFormat::KnownFormat))
        .into()
}

macro_rules! primitive_schema {
    ($($rust:ty => $ty:expr, $format:expr;)*) => {$(
        impl ApiSchema for $rust {
            fn schema(_: &mut Schemas) -> RefOr<Schema> {
                primitive($ty, $format)
            }
        }
    )*};
}

primitive_schema! {
    String => Type::String, None;
    bool => Type::Boolean, None;
    i32 => Type::Integer, Some(KnownFormat::Int32);
    i64 => Type::Integer, Some(KnownFormat::Int64);
    f64 => Type::Number, Some(KnownFormat::Double);
}

/// What the server accepts of a `date-time` string, beyond its format.
const TIMESTAMP_RANGE: &str = "An RFC 3339 date-time from 1000-01-01T00:00:00Z to \
    9999-12-31T23:59:59.999Z in UTC (an offset that moves it outside is refused), without a leap \
    second; sent back in UTC with milliseconds.";

/// A `date-time` with a year from 1000 to 9999 and no leap second, as an ECMA-262 pattern (the
/// offset's effect at the range's two ends is left to the description).
const TIMESTAMP_PATTERN: &str = "^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-5][0-9]";

impl ApiSchema for Timestamp {
    fn schema(_: &mut Schemas) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .pattern(Some(TIMESTAMP_PATTERN))
            .description(Some(TIMESTAMP_RANGE))
            .into()
    }
}

/// `()`: an empty response body, `null`.
impl ApiSchema for () {
    fn schema(_: &mut Schemas) -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::Null).into()
    }
}

/// Any JSON value.
impl ApiSchema for serde_json::Value {
    fn schema(_: &mut Schemas) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .into()
    }
}

impl<T: ApiSchema> ApiSchema for Vec<T> {
    fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
        ArrayBuilder::new().items(T::schema(schemas)).into()
    }
}

impl<T: ApiSchema> ApiSchema for Option<T> {
    fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(T::schema(schemas))
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .into()
    }
}

impl ApiSchema for Deleted {
    fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
        register(schemas, "Deleted", || {
            ObjectBuilder::new()
                .description(Some("The record was deleted."))
                .property(
                    "success",
                    ObjectBuilder::new()
                        .schema_type(Type::Boolean)
                        .enum_values(Some([true])),
                )
                .required("success")
                .into()
        })
    }
}

/// A page of `T`: named `<T's name>List` when `T` is a named schema (`blog.PostWithTagsList`),
/// inline otherwise.
impl<T: ApiSchema> ApiSchema for List<T> {
    fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
        let items = T::schema(schemas);
        let name = match &items {
            RefOr::Ref(reference) => reference
                .ref_location
                .rsplit('/')
                .next()
                .map(|name| format!("{name}List")),
            RefOr::T(_) => None,
        };
        let count = |description: &str| {
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                .minimum(Some(0))
                .description(Some(description))
        };
        let list: RefOr<Schema> = ObjectBuilder::new()
            .description(Some(
                "A page of a list, with the number of items over every page.",
            ))
            .property(
                "items",
                ArrayBuilder::new()
                    .items(items)
                    .description(Some("The page's items.")),
            )
            .property("total", count("How many items match, over every page."))
            .property(
                "limit",
                count("The page size applied (at most the plugin's maximum)."),
            )
            .property("offset", count("How many items were skipped."))
            .required("items")
            .required("total")
            .required("limit")
            .required("offset")
            .into();
        match name {
            Some(name) => schemas.register_as(name, |_| list),
            None => list,
        }
    }
}

/// A cursor page of `T`: named `<T's name>CursorList` when `T` is a named schema, inline
/// otherwise.
impl<T: ApiSchema> ApiSchema for CursorList<T> {
    fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
        let items = T::schema(schemas);
        let name = match &items {
            RefOr::Ref(reference) => reference
                .ref_location
                .rsplit('/')
                .next()
                .map(|name| format!("{name}CursorList")),
            RefOr::T(_) => None,
        };
        let list: RefOr<Schema> = ObjectBuilder::new()
            .description(Some(
                "A page of a list paged by cursor; `next` asks for the following page.",
            ))
            .property(
                "items",
                ArrayBuilder::new()
                    .items(items)
                    .description(Some("The page's items.")),
            )
            .property(
                "limit",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                    .minimum(Some(1))
                    .description(Some("The page size applied.")),
            )
            .property(
                "next",
                ObjectBuilder::new()
                    .schema_type(
                        [Type::String, Type::Null]
                            .into_iter()
                            .collect::<SchemaType>(),
                    )
                    .description(Some(
                        "The `cursor` of the next page; `null` when this page is the last.",
                    )),
            )
            .required("items")
            .required("limit")
            .required("next")
            .into();
        match name {
            Some(name) => schemas.register_as(name, |_| list),
            None => list,
        }
    }
}

/// Registers one of the Stack's own schemas, under `name` unqualified.
fn register(
    schemas: &mut Schemas,
    name: &str,
    build: impl FnOnce() -> RefOr<Schema>,
) -> RefOr<Schema> {
    schemas.register_as(name.to_owned(), |_| build())
}

fn non_empty(text: &str) -> Option<&str> {
    Some(text).filter(|text| !text.is_empty())
}

/// A `path_segment` string: not empty, not `.` or `..`, without U+0000 (no lookahead, which
/// not every pattern engine supports).
pub(crate) const PATH_SEGMENT_PATTERN: &str =
    "^(?:[^.\\u0000]|\\.[^.\\u0000]|\\.\\.[^\\u0000])[^\\u0000]*$";

/// The document's description: what holds for every string of every request.
const STRINGS_REFUSE_NUL: &str = "Every string of every request refuses U+0000 (NUL), which \
    PostgreSQL cannot store: a body, query parameter or path parameter holding one is answered \
    400 (404 for a path parameter), with an issue saying `must not contain the NUL character`.";

/// A field's schema. `with_default` says whether the server fills the field with its `default`
/// when it is left out: in a row and a create body, not in an update body, where a left-out
/// field keeps its stored value (a generated client that sent the default would reset it).
/// An enumeration is a `$ref` to its named schema ([`enum_components`] registers it).
fn field_schema(
    plugin: &str,
    field: &FieldMeta,
    read_only: bool,
    with_default: bool,
) -> RefOr<Schema> {
    let default = field
        .default
        .filter(|_| with_default)
        .and_then(|default| match default {
            DefaultValue::Bool(value) => Some(json!(value)),
            DefaultValue::Int(value) => Some(json!(value)),
            DefaultValue::Float(value) => Some(json!(value)),
            DefaultValue::Text(value) => Some(json!(value)),
            DefaultValue::Now => None,
        });
    if let Some(items) = field.items {
        return list_schema(plugin, field, items);
    }
    let description = match field.ty {
        // What a client may send; a server-set field is only read.
        FieldType::Timestamp if !read_only && field.doc.is_empty() => {
            Some(TIMESTAMP_RANGE.to_owned())
        }
        FieldType::Timestamp if !read_only => Some(format!("{} {TIMESTAMP_RANGE}", field.doc)),
        _ => non_empty(field.doc).map(str::to_owned),
    };
    let (ty, known_format) = match field.ty {
        FieldType::Enum(enumeration) => {
            return enum_field(
                &qualified(Some(plugin), enumeration.name),
                field.nullable,
                description,
                default,
                read_only,
            );
        }
        FieldType::Text => (Type::String, None),
        FieldType::Bool => (Type::Boolean, None),
        FieldType::I32 => (Type::Integer, Some(KnownFormat::Int32)),
        FieldType::I64 => (Type::Integer, Some(KnownFormat::Int64)),
        FieldType::F64 => (Type::Number, Some(KnownFormat::Double)),
        FieldType::Timestamp => (Type::String, Some(KnownFormat::DateTime)),
        FieldType::Decimal { precision, scale } => {
            return decimal_schema(field, precision, scale, description, read_only);
        }
        // Any JSON, `null` included: a schema without a type.
        FieldType::Json => {
            let schema = ObjectBuilder::new()
                .schema_type(SchemaType::AnyValue)
                .description(description);
            return if read_only {
                schema.read_only(true).into()
            } else {
                schema.into()
            };
        }
    };
    let schema_type: SchemaType = if field.nullable {
        [ty, Type::Null].into_iter().collect()
    } else {
        ty.into()
    };
    let (minimum, maximum) = match field.ty {
        FieldType::I32 => (
            Some(field.minimum.unwrap_or(f64::from(i32::MIN))),
            Some(field.maximum.unwrap_or(f64::from(i32::MAX))),
        ),
        _ => (field.minimum, field.maximum),
    };
    // U+0000, refused in every string, is said once in the document's description (a pattern
    // on every string shows as a badge on each field in Swagger UI).
    let pattern = match field.ty {
        FieldType::Text if field.pattern.is_some() => field.pattern,
        FieldType::Text if field.path_segment => Some(PATH_SEGMENT_PATTERN),
        // What `date-time` allows beyond the server's range: another year, a leap second.
        FieldType::Timestamp if !read_only => Some(TIMESTAMP_PATTERN),
        _ => None,
    };
    let format = match field.format {
        Some(format) => Some(SchemaFormat::Custom(format.name().to_owned())),
        None => known_format.map(SchemaFormat::KnownFormat),
    };
    let schema = ObjectBuilder::new()
        .schema_type(schema_type)
        .format(format)
        .enum_values(allowed_values(field))
        .pattern(pattern)
        .description(description)
        .min_length(field.min_length.map(|min| min as usize))
        .max_length(field.max_length.map(|max| max as usize))
        .minimum(minimum)
        .maximum(maximum)
        .default(default);
    if read_only {
        schema.read_only(true).into()
    } else {
        schema.into()
    }
}

/// A decimal field: a string of the declared digits (`format: decimal`, the OpenAPI Format
/// Registry's), with a pattern that says them.
fn decimal_schema(
    field: &FieldMeta,
    precision: u32,
    scale: u32,
    description: Option<String>,
    read_only: bool,
) -> RefOr<Schema> {
    let schema = ObjectBuilder::new()
        .schema_type(if field.nullable {
            [Type::String, Type::Null].into_iter().collect()
        } else {
            SchemaType::from(Type::String)
        })
        .format(Some(SchemaFormat::Custom("decimal".to_owned())))
        .pattern(Some(decimal_pattern(precision, scale)))
        .description(Some(match description {
            Some(doc) => format!("{doc} {}", decimal_note(precision, scale)),
            None => decimal_note(precision, scale),
        }));
    if read_only {
        schema.read_only(true).into()
    } else {
        schema.into()
    }
}

/// What a decimal's string holds: any leading zeros, then at most `precision - scale` digits, then
/// optionally a point and at most `scale` digits (the runtime's `Decimal::parse` and its check).
fn decimal_pattern(precision: u32, scale: u32) -> String {
    let whole = match precision - scale {
        0 => "0+".to_owned(),
        digits => format!("0*[0-9]{{1,{digits}}}"),
    };
    let fraction = match scale {
        0 => String::new(),
        digits => format!("(\\.[0-9]{{1,{digits}}})?"),
    };
    format!("^-?{whole}{fraction}$")
}

fn decimal_note(precision: u32, scale: u32) -> String {
    format!(
        "An exact decimal in a string: at most {precision} digits, {scale} of them after the point."
    )
}

/// A list field (`Vec<T>`): an array of its items' schema (the field's rules, each item present),
/// with its bounds as `minItems` / `maxItems`.
fn list_schema(plugin: &str, field: &FieldMeta, items: crate::model::Items) -> RefOr<Schema> {
    let item = FieldMeta {
        items: None,
        nullable: false,
        default: None,
        doc: "",
        ..*field
    };
    let array_type: SchemaType = if field.nullable {
        [Type::Array, Type::Null].into_iter().collect()
    } else {
        Type::Array.into()
    };
    ArrayBuilder::new()
        .schema_type(array_type)
        .items(field_schema(plugin, &item, false, false))
        .min_items(items.min.map(|min| min as usize))
        .max_items(items.max.map(|max| max as usize))
        .description(non_empty(field.doc))
        .into()
}

/// `one_of = [..]` as the schema's `enum`, with `null` for a nullable field (which `enum` would
/// otherwise refuse).
fn allowed_values(field: &FieldMeta) -> Option<Vec<serde_json::Value>> {
    let mut values = one_of_values(field.one_of?);
    if field.nullable {
        values.push(serde_json::Value::Null);
    }
    Some(values)
}

/// The allowed values as JSON, for a schema's `enum`.
fn one_of_values(one_of: OneOf) -> Vec<serde_json::Value> {
    match one_of {
        OneOf::Text(values) => values.iter().map(|value| json!(value)).collect(),
        OneOf::Integer(values) => values.iter().map(|value| json!(value)).collect(),
        OneOf::Number(values) => values.iter().map(|value| json!(value)).collect(),
    }
}

/// An enumeration field: its named schema by `$ref`, alone when nothing is said beside it;
/// otherwise in an `allOf` (or a `oneOf` with `null`, when nullable) that carries the field's
/// description, default and `readOnly`.
fn enum_field(
    name: &str,
    nullable: bool,
    description: Option<String>,
    default: Option<Value>,
    read_only: bool,
) -> RefOr<Schema> {
    let reference: RefOr<Schema> = Ref::from_schema_name(name).into();
    if !nullable && description.is_none() && default.is_none() && !read_only {
        return reference;
    }
    let mut extensions = Extensions::default();
    if read_only {
        extensions.insert("readOnly".to_owned(), Value::Bool(true));
    }
    let extensions = (!extensions.is_empty()).then_some(extensions);
    if nullable {
        OneOfBuilder::new()
            .item(reference)
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .description(description)
            .default(default)
            .extensions(extensions)
            .into()
    } else {
        AllOfBuilder::new()
            .item(reference)
            .description(description)
            .default(default)
            .extensions(extensions)
            .into()
    }
}

/// Registers the named schema of every enumeration `meta`'s fields use: a string with its
/// values, under the enum's name qualified by the model's plugin (an enumeration is declared
/// in the plugin whose models use it).
fn enum_components(meta: &ModelMeta, schemas: &mut Schemas) {
    for field in meta.fields {
        enum_component(meta.plugin, field, schemas);
    }
}

/// Registers the named schema of `field`'s enumeration, if it has one, in `plugin`'s names.
fn enum_component(plugin: &str, field: &FieldMeta, schemas: &mut Schemas) {
    if let FieldType::Enum(enumeration) = field.ty {
        schemas.register_as(qualified(Some(plugin), enumeration.name), |_| {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(non_empty(enumeration.doc))
                .enum_values(Some(enumeration.values.iter().copied()))
                .into()
        });
    }
}

/// The schema of an `#[enumeration]` used on its own (a query parameter, a body of your own).
pub fn enum_schema(values: &'static [&'static str]) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .into()
}

/// The schema of a model's row, registered under the model's name qualified by its plugin
/// (`todos.Todo`).
pub fn model_schema(meta: &ModelMeta, schemas: &mut Schemas) -> RefOr<Schema> {
    enum_components(meta, schemas);
    schemas.register_as(meta.schema_name(), |schemas| {
        let mut object = ObjectBuilder::new().description(non_empty(meta.doc));
        for field in meta.fields {
            object = object
                .property(
                    field.wire,
                    schemas.field(meta, field, !field.writable(), true),
                )
                .required(field.wire);
        }
        object.into()
    })
}

/// The schema of a model's create (`New<Model>`) or update (`<Model>Patch`) input, qualified by
/// its plugin (`todos.NewTodo`).
pub fn input_schema(meta: &ModelMeta, kind: InputKind, schemas: &mut Schemas) -> RefOr<Schema> {
    let (name, description) = match kind {
        InputKind::Create => (
            meta.new_name(),
            format!("The fields a client sends to create one {}.", meta.name),
        ),
        InputKind::Update => (
            meta.patch_name(),
            format!(
                "The fields a client sends to change a {}; all optional.",
                meta.name
            ),
        ),
    };
    object_input(meta, kind, &name, &description, &[], schemas)
}

/// A property of an input beyond its model's fields: name, description, schema, required.
pub type ExtraProperty<'a> = (&'a str, &'a str, SchemaFn, bool);

/// The schema of a body that carries a model's create or update fields and `extra` properties
/// of its own (checked with [`check_model_input_with`](crate::validate::check_model_input_with)),
/// registered under `name` qualified by the model's plugin; unknown fields refused.
pub fn input_schema_with(
    meta: &ModelMeta,
    kind: InputKind,
    name: &str,
    description: &str,
    extra: &[ExtraProperty<'_>],
    schemas: &mut Schemas,
) -> RefOr<Schema> {
    object_input(meta, kind, name, description, extra, schemas)
}

/// The schema of a declared body ([`Body::META`](crate::Body::META)), registered under its name
/// qualified by the plugin being documented: its own fields (lists as arrays with `minItems` /
/// `maxItems`, nested bodies by `$ref`, a shorthand as a `oneOf` of the string and the object)
/// beside the flattened model's, unknown fields refused as the check refuses them.
pub fn body_schema(meta: &BodyMeta, schemas: &mut Schemas) -> RefOr<Schema> {
    let name = schemas.qualified(meta.name);
    if schemas.contains(&name) {
        return Ref::from_schema_name(name).into();
    }
    // A placeholder until it is built: a body that nests itself refers to the name.
    schemas
        .named
        .insert(name.clone(), ObjectBuilder::new().into());
    let plugin = schemas.plugin.unwrap_or("");
    let own: Vec<(&str, RefOr<Schema>, bool)> = meta
        .fields
        .iter()
        .filter(|field| !field.undocumented)
        .map(|field| {
            let schema = body_field_schema(plugin, field, schemas);
            (field.field.wire, schema, !field.field.nullable)
        })
        .collect();
    let (model, kind) = meta
        .flatten
        .map_or((None, InputKind::Create), |(model, kind)| {
            (Some(model), kind)
        });
    let object = object_schema(model, kind, meta.doc, own, schemas);
    schemas.named.insert(name.clone(), object);
    Ref::from_schema_name(name).into()
}

/// One field of a declared body: a value, a nested body, or a list of either.
fn body_field_schema(plugin: &str, field: &BodyField, schemas: &mut Schemas) -> RefOr<Schema> {
    let nullable = field.field.nullable;
    let list = field.items.is_some();
    let item = match field.object {
        Some(body) => {
            let reference = body_schema(body, schemas);
            let shorthand = body
                .shorthand
                .and_then(|key| body.fields.iter().find(|field| field.field.wire == key));
            let object = match shorthand {
                Some(short) => OneOfBuilder::new()
                    .item(body_field_schema(plugin, short, schemas))
                    .item(reference)
                    .into(),
                None => reference,
            };
            if list || !nullable {
                object
            } else {
                OneOfBuilder::new()
                    .item(object)
                    .item(ObjectBuilder::new().schema_type(Type::Null))
                    .into()
            }
        }
        None => {
            enum_component(plugin, &field.field, schemas);
            let item = FieldMeta {
                // A list's items are its values, each present; the doc is the list's.
                nullable: nullable && !list,
                doc: if list { "" } else { field.field.doc },
                ..field.field
            };
            field_schema(plugin, &item, false, true)
        }
    };
    let Some(items) = field.items else {
        return with_description(item, field.field.doc);
    };
    let array_type: SchemaType = if nullable {
        [Type::Array, Type::Null].into_iter().collect()
    } else {
        Type::Array.into()
    };
    ArrayBuilder::new()
        .schema_type(array_type)
        .items(item)
        .min_items(items.min.map(|min| min as usize))
        .max_items(items.max.map(|max| max as usize))
        .description(non_empty(field.field.doc))
        .into()
}

/// `schema` with `doc` as its description when it can carry one (not a bare `$ref`).
fn with_description(schema: RefOr<Schema>, doc: &str) -> RefOr<Schema> {
    if doc.is_empty() {
        return schema;
    }
    match schema {
        RefOr::T(Schema::Object(mut object)) => {
            object.description = Some(doc.to_owned());
            RefOr::T(Schema::Object(object))
        }
        RefOr::T(Schema::OneOf(mut one_of)) => {
            one_of.description = Some(doc.to_owned());
            RefOr::T(Schema::OneOf(one_of))
        }
        RefOr::T(Schema::AllOf(mut all_of)) => {
            all_of.description = Some(doc.to_owned());
            RefOr::T(Schema::AllOf(all_of))
        }
        RefOr::T(Schema::Array(mut array)) => {
            array.description = Some(doc.to_owned());
            RefOr::T(Schema::Array(array))
        }
        RefOr::Ref(reference) => AllOfBuilder::new()
            .item(reference)
            .description(Some(doc))
            .into(),
        other @ RefOr::T(_) => other,
    }
}

/// Implemented by `#[model]`: records in [`Schemas`] the schema of each of its JSON fields of a
/// type of its own (`#[field(json)]`), before its row's, its inputs' or a body flattening them
/// is written.
pub trait TypedFields {
    /// Records the schemas (none by default).
    fn register(schemas: &mut Schemas) {
        let _ = schemas;
    }
}

/// `schema` with these allowed values as its `enum` (a `#[view]` field's `one_of`); a `$ref` is
/// kept as it is.
pub fn with_one_of(schema: RefOr<Schema>, one_of: OneOf) -> RefOr<Schema> {
    match schema {
        RefOr::T(Schema::Object(mut object)) => {
            object.enum_values = Some(one_of_values(one_of));
            RefOr::T(Schema::Object(object))
        }
        other => other,
    }
}

/// A property of a [`view_schema`]: its wire name, doc comment and schema.
pub type ViewProperty = (&'static str, &'static str, SchemaFn);

/// The schema of a declared view (`#[view]`), registered under `name` qualified by the plugin
/// being documented: the flattened models' or views' schemas (`bases`) and its own properties,
/// each required (an `Option` is `null` when absent, never left out).
pub fn view_schema(
    schemas: &mut Schemas,
    name: &str,
    doc: &str,
    bases: &[SchemaFn],
    properties: &[ViewProperty],
) -> RefOr<Schema> {
    schemas.named(name, |schemas| {
        let mut own = ObjectBuilder::new();
        for (property, property_doc, schema) in properties {
            let schema = with_description(schema(schemas), property_doc);
            own = own.property(*property, schema).required(*property);
        }
        if bases.is_empty() {
            return own.description(non_empty(doc)).into();
        }
        let mut all = AllOfBuilder::new().description(non_empty(doc));
        for base in bases {
            all = all.item(base(schemas));
        }
        if !properties.is_empty() {
            all = all.item(own);
        }
        all.into()
    })
}

fn object_input(
    meta: &ModelMeta,
    kind: InputKind,
    name: &str,
    description: &str,
    extra: &[ExtraProperty<'_>],
    schemas: &mut Schemas,
) -> RefOr<Schema> {
    let name = qualified(Some(meta.plugin), name);
    if schemas.contains(&name) {
        return Ref::from_schema_name(name).into();
    }
    let extra = extra
        .iter()
        .map(|(property, property_doc, schema, required)| {
            (
                *property,
                with_description(schema(schemas), property_doc),
                *required,
            )
        })
        .collect();
    let object = object_schema(Some(meta), kind, description, extra, schemas);
    schemas.register_as(name, |_| object)
}

/// An input object: the writable fields of `model` (for a create or an update) and `extra`
/// properties (name, schema, required), unknown fields refused.
fn object_schema(
    model: Option<&ModelMeta>,
    kind: InputKind,
    description: &str,
    extra: Vec<(&str, RefOr<Schema>, bool)>,
    schemas: &mut Schemas,
) -> RefOr<Schema> {
    let mut object = ObjectBuilder::new()
        .description(non_empty(description))
        .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)));
    if let Some(meta) = model {
        enum_components(meta, schemas);
        for field in meta.fields.iter().filter(|field| field.writable_on(kind)) {
            // An update leaves out what it does not change: no field is required and none has
            // a default. A create requires what the server requires.
            let create = kind == InputKind::Create;
            object = object.property(field.wire, schemas.field(meta, field, false, create));
            if create && field.required_on_create() {
                object = object.required(field.wire);
            }
        }
    }
    for (property, schema, required) in extra {
        object = object.property(property, schema);
        if required {
            object = object.required(property);
        }
    }
    object.into()
}

/// A path parameter of an endpoint.
#[derive(Debug, Clone, Copy)]
pub struct PathParam {
    /// The `{name}` in the route.
    pub name: &'static str,
    /// Its schema.
    pub schema: SchemaFn,
}

/// The OpenAPI description of an [`Extract`](crate::extract::Extract) argument. Build it from
/// [`ExtractMeta::NONE`] (`ExtractMeta { errors: &[403], ..ExtractMeta::NONE }`).
#[derive(Debug, Clone, Copy)]
pub struct ExtractMeta {
    /// The request headers it reads.
    pub headers: &'static [HeaderParam],
    /// The error statuses it can answer.
    pub errors: &'static [u16],
    /// Whether it reads the caller, which the operation's security requirement says.
    pub caller: CallerArg,
}

impl ExtractMeta {
    /// Reads nothing the document shows, answers no error.
    pub const NONE: Self = Self {
        headers: &[],
        errors: &[],
        caller: CallerArg::None,
    };
}

/// How an endpoint argument uses the caller, for the operation's security requirement
/// (OpenAPI's `security`). With an identity provider that declares a scheme, every operation
/// accepts its credentials; whether it requires them is this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallerArg {
    /// It does not read the caller.
    None,
    /// `Option<Identity>`: anonymous callers are served (`security: [{scheme: []}, {}]`).
    Optional,
    /// `Identity`: a request without a caller is a 401 (`security: [{scheme: []}]`).
    Required,
}

/// A header an [`Extract`](crate::extract::Extract) argument reads.
#[derive(Debug, Clone, Copy)]
pub struct HeaderParam {
    /// The header's name (`x-team-id`).
    pub name: &'static str,
    /// What it carries.
    pub description: &'static str,
    /// Whether a request without it is refused.
    pub required: bool,
    /// The longest value accepted, in bytes.
    pub max_length: Option<usize>,
    /// The values accepted, as an ECMA-262 pattern.
    pub pattern: Option<&'static str>,
}

/// What `#[endpoint]` records of one endpoint, for the OpenAPI document.
#[derive(Debug, Clone, Copy)]
pub struct EndpointMeta {
    /// The HTTP method.
    pub method: Method,
    /// The route under the Stack's base path (`/todos/{id}`).
    pub path: &'static str,
    /// The Rust function's name.
    pub operation_id: &'static str,
    /// The doc comment's first paragraph.
    pub summary: &'static str,
    /// The rest of the doc comment.
    pub description: &'static str,
    /// The success status.
    pub status: u16,
    /// The path parameters.
    pub path_params: &'static [PathParam],
    /// The query parameters, if the endpoint reads the query string.
    pub query: Option<fn() -> Vec<Parameter>>,
    /// The JSON body's schema, if any.
    pub body: Option<SchemaFn>,
    /// The success body's schema.
    pub response: SchemaFn,
    /// Every error status it can answer (its [`Extract`](crate::extract::Extract) arguments
    /// add theirs).
    pub errors: &'static [u16],
    /// Its [`Extract`](crate::extract::Extract) arguments: headers and errors.
    pub extractors: &'static [ExtractMeta],
    /// How its answers are wrapped (`#[plugin(envelope = "..")]`).
    pub envelope: Envelope,
    /// `#[endpoint(.., deny_by_default)]`: refused (403) unless the app's hooks allow it.
    pub deny_by_default: bool,
    /// Whether it takes `db: Db` (then, in a plugin with row-scoped models, the request's row
    /// scope value).
    pub database: bool,
}

impl EndpointMeta {
    /// Whether an argument requires a caller (`Identity`).
    pub fn requires_caller(&self) -> bool {
        self.extractors
            .iter()
            .any(|extractor| extractor.caller == CallerArg::Required)
    }

    /// An endpoint on `method` and `path`, named `operation_id`, answering `status` with the
    /// schema `response`; with no summary, parameters, body or errors until the builders below
    /// add them.
    pub const fn new(
        method: Method,
        path: &'static str,
        operation_id: &'static str,
        status: u16,
        response: SchemaFn,
    ) -> Self {
        Self {
            method,
            path,
            operation_id,
            summary: "",
            description: "",
            status,
            path_params: &[],
            query: None,
            body: None,
            response,
            errors: &[],
            extractors: &[],
            envelope: Envelope::None,
            deny_by_default: false,
            database: false,
        }
    }

    /// The doc comment's first paragraph and the rest.
    #[must_use]
    pub const fn doc(self, summary: &'static str, description: &'static str) -> Self {
        Self {
            summary,
            description,
            ..self
        }
    }

    /// Its path parameters.
    #[must_use]
    pub const fn path_params(self, path_params: &'static [PathParam]) -> Self {
        Self {
            path_params,
            ..self
        }
    }

    /// Its query parameters.
    #[must_use]
    pub const fn query(self, query: fn() -> Vec<Parameter>) -> Self {
        Self {
            query: Some(query),
            ..self
        }
    }

    /// Its JSON body's schema.
    #[must_use]
    pub const fn body(self, body: SchemaFn) -> Self {
        Self {
            body: Some(body),
            ..self
        }
    }

    /// Every error status it can answer.
    #[must_use]
    pub const fn errors(self, errors: &'static [u16]) -> Self {
        Self { errors, ..self }
    }

    /// Its [`Extract`](crate::extract::Extract) arguments.
    #[must_use]
    pub const fn extractors(self, extractors: &'static [ExtractMeta]) -> Self {
        Self { extractors, ..self }
    }

    /// How its answers are wrapped.
    #[must_use]
    pub const fn envelope(self, envelope: Envelope) -> Self {
        Self { envelope, ..self }
    }

    /// Refused unless the app's hooks allow it.
    #[must_use]
    pub const fn deny_by_default(self) -> Self {
        Self {
            deny_by_default: true,
            ..self
        }
    }

    /// It takes `db: Db`.
    #[must_use]
    pub const fn database(self) -> Self {
        Self {
            database: true,
            ..self
        }
    }
}

/// One plugin's part of the document.
#[derive(Debug, Clone)]
pub struct PluginDoc {
    /// The plugin's name: the tag of its operations.
    pub name: &'static str,
    /// The plugin module's doc comment.
    pub doc: &'static str,
    /// Its endpoints.
    pub endpoints: Vec<EndpointMeta>,
    /// The error statuses its installed hooks declare, per endpoint (`Hooks::error_statuses`).
    pub hook_errors: Vec<(&'static str, &'static [u16])>,
}

impl PluginDoc {
    /// The part of the plugin `name`, documented by `doc`, with these endpoints, whose hooks
    /// answer `error_statuses(operation_id)` beyond a denial's 403.
    pub fn new(
        name: &'static str,
        doc: &'static str,
        endpoints: Vec<EndpointMeta>,
        error_statuses: impl Fn(&'static str) -> &'static [u16],
    ) -> Self {
        let hook_errors = endpoints
            .iter()
            .map(|endpoint| (endpoint.operation_id, error_statuses(endpoint.operation_id)))
            .collect();
        Self {
            name,
            doc,
            endpoints,
            hook_errors,
        }
    }
}

fn error_description(status: u16) -> &'static str {
    match status {
        400 => "The request is malformed or fails validation; `issues` lists each problem.",
        401 => {
            "The identity provider refused the request's credentials, or the request needs them; `WWW-Authenticate` names the scheme."
        }
        403 => "A hook denied the request.",
        404 => "No such record.",
        405 => "The path does not accept this method; `Allow` lists those it does.",
        408 => "The body did not arrive within the Stack's body timeout; the connection is closed.",
        409 => {
            "A unique value is already taken, a referenced record is missing, or (for a delete) \
                the record is still referenced by others."
        }
        413 => "The body is larger than the limit.",
        415 => "The body is not sent as `application/json`.",
        422 => "A hook refused the request's content.",
        500 => "The server failed; the error is logged and the server keeps serving.",
        503 => {
            "The database is unavailable (retry after `Retry-After` seconds), or the request \
                outlived the Stack's request timeout."
        }
        // A status the runtime does not answer by itself (an endpoint's own `errors(..)`):
        // RFC 9110's reason phrase, never a description that would be wrong.
        other => actix_web::http::StatusCode::from_u16(other)
            .ok()
            .and_then(|status| status.canonical_reason())
            .unwrap_or("An error."),
    }
}

fn problem_response(status: u16) -> Response {
    Response::builder()
        .description(error_description(status))
        .content(
            PROBLEM_JSON,
            Content::new(Some(Ref::from_schema_name("Problem"))),
        )
        .build()
}

fn problem_schemas(schemas: &mut Schemas) {
    let text = || ObjectBuilder::new().schema_type(Type::String);
    register(schemas, "Issue", || {
        ObjectBuilder::new()
            .description(Some("One validation failure."))
            .property(
                "path",
                text().description(Some("The field's JSON name; empty for the whole body.")),
            )
            .property("message", text())
            .required("path")
            .required("message")
            .into()
    });
    register(schemas, "Problem", || {
        ObjectBuilder::new()
            .description(Some("An error, as RFC 9457 problem details."))
            .property("type", text())
            .property("title", text())
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32))),
            )
            .property("detail", text())
            .property(
                "code",
                text().description(Some(
                    "`VALIDATION_ERROR`, `NOT_FOUND`, `CONFLICT`, `FORBIDDEN`, ...",
                )),
            )
            .property(
                "issues",
                ArrayBuilder::new().items(Ref::from_schema_name("Issue")),
            )
            .required("type")
            .required("title")
            .required("status")
            .required("detail")
            .required("code")
            .into()
    });
}

/// The success body's schema under `envelope`: `{"success": true, "data": <schema>}` (no `data`
/// for `()`, whose schema is `null`).
fn enveloped(envelope: Envelope, response: SchemaFn, schemas: &mut Schemas) -> RefOr<Schema> {
    let schema = response(schemas);
    if envelope == Envelope::None {
        return schema;
    }
    let success = ObjectBuilder::new()
        .schema_type(Type::Boolean)
        .enum_values(Some([true]));
    let is_null = matches!(&schema, RefOr::T(Schema::Object(object))
        if object.schema_type == SchemaType::Type(Type::Null));
    let body = ObjectBuilder::new()
        .property("success", success)
        .required("success");
    if is_null {
        body.into()
    } else {
        body.property("data", schema).required("data").into()
    }
}

/// An error response under NAAP's envelope: problem details with `success: false` and `error`.
fn enveloped_problem_response(status: u16, schemas: &mut Schemas) -> Response {
    let text = || ObjectBuilder::new().schema_type(Type::String);
    let body = register(schemas, "EnvelopedProblem", || {
        AllOfBuilder::new()
            .item(Ref::from_schema_name("Problem"))
            .item(
                ObjectBuilder::new()
                    .property(
                        "success",
                        ObjectBuilder::new()
                            .schema_type(Type::Boolean)
                            .enum_values(Some([false])),
                    )
                    .property(
                        "error",
                        text().description(Some("The problem's `detail`, as a sentence.")),
                    )
                    .required("success")
                    .required("error"),
            )
            .description(Some(
                "An error, as RFC 9457 problem details with NAAP's `success: false` and `error`.",
            ))
            .into()
    });
    Response::builder()
        .description(error_description(status))
        .content(PROBLEM_JSON, Content::new(Some(body)))
        .build()
}

fn http_method(method: Method) -> HttpMethod {
    match method {
        Method::Get => HttpMethod::Get,
        Method::Post => HttpMethod::Post,
        Method::Put => HttpMethod::Put,
        Method::Patch => HttpMethod::Patch,
        Method::Delete => HttpMethod::Delete,
    }
}

/// The operation's description: the doc comment's rest, and what `deny_by_default` means.
fn description(endpoint: &EndpointMeta) -> Option<String> {
    let denied = endpoint.deny_by_default.then_some(
        "Denied by default: answers 403 unless the app installs a hook that allows the request.",
    );
    let parts: Vec<&str> = non_empty(endpoint.description)
        .into_iter()
        .chain(denied)
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The header parameters of an operation: those its `Extract` arguments read and, in a plugin
/// with row-scoped models, the row scope's source's, each once.
fn header_parameters(
    endpoint: &EndpointMeta,
    row_scope: Option<&ExtractMeta>,
) -> Vec<ParameterBuilder> {
    let mut seen: Vec<&str> = Vec::new();
    endpoint
        .extractors
        .iter()
        .chain(row_scope)
        .flat_map(|extractor| extractor.headers)
        .filter(|header| {
            let first = !seen.contains(&header.name);
            seen.push(header.name);
            first
        })
        .map(|header| {
            Parameter::builder()
                .name(header.name)
                .parameter_in(ParameterIn::Header)
                .required(if header.required {
                    Required::True
                } else {
                    Required::False
                })
                .description(Some(header.description))
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .min_length(header.required.then_some(1))
                        .max_length(header.max_length)
                        .pattern(header.pattern),
                ))
        })
        .collect()
}

/// What the Stack adds to its plugins' operations.
pub(crate) struct StackParts<'a> {
    /// The Stack's identity provider, which may answer 401 and whose scheme, if it declares
    /// one, every plugin operation accepts.
    pub(crate) identity: Option<&'a dyn IdentityProvider>,
    /// The plugins one of whose models a model of the Stack references with `on_delete =
    /// "restrict"`: their `DELETE` operations answer 409 for a row still referenced.
    pub(crate) referenced: &'a [&'a str],
    /// The row scope's source and the plugins with row-scoped models: their operations that
    /// take `Db` read the source's headers and answer its errors.
    pub(crate) row_scope: Option<(&'a ExtractMeta, &'a [&'a str])>,
}

/// One endpoint's operation.
fn operation(
    plugin: &PluginDoc,
    endpoint: &EndpointMeta,
    stack: &StackParts<'_>,
    schemas: &mut Schemas,
) -> Operation {
    let identity = stack.identity;
    let referenced = stack.referenced.contains(&plugin.name);
    let row_scope = stack
        .row_scope
        .filter(|(_, plugins)| endpoint.database && plugins.contains(&plugin.name))
        .map(|(source, _)| source);
    let mut operation = Operation::builder()
        .tag(plugin.name)
        .operation_id(Some(qualified(Some(plugin.name), endpoint.operation_id)))
        .summary(non_empty(endpoint.summary))
        .description(description(endpoint));
    for param in endpoint.path_params {
        operation = operation.parameter(
            Parameter::builder()
                .name(param.name)
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .schema(Some((param.schema)(schemas))),
        );
    }
    for header in header_parameters(endpoint, row_scope) {
        operation = operation.parameter(header);
    }
    if let Some(query) = endpoint.query {
        operation = operation.parameters(Some(query()));
    }
    if let Some(body) = endpoint.body {
        operation = operation.request_body(Some(
            RequestBody::builder()
                .required(Some(Required::True))
                .content("application/json", Content::new(Some(body(schemas))))
                .build(),
        ));
    }
    let success = Response::builder()
        .description(if endpoint.status == 201 {
            "Created."
        } else {
            "Success."
        })
        .content(
            "application/json",
            Content::new(Some(enveloped(
                endpoint.envelope,
                endpoint.response,
                schemas,
            ))),
        )
        .build();
    operation = operation.response(endpoint.status.to_string(), success);
    let hook_errors = plugin
        .hook_errors
        .iter()
        .filter(|(name, _)| *name == endpoint.operation_id)
        .flat_map(|(_, errors)| errors.iter());
    let mut errors: Vec<u16> = endpoint
        .errors
        .iter()
        .chain(
            endpoint
                .extractors
                .iter()
                .chain(row_scope)
                .flat_map(|extractor| extractor.errors),
        )
        .chain(hook_errors)
        .copied()
        // A provider refuses credentials (401) and a repeated `Authorization` (400).
        .chain(identity.into_iter().flat_map(|_| [400, 401]))
        // A row still referenced is not deleted ([`crate::Db::delete`]).
        .chain((referenced && endpoint.method == Method::Delete).then_some(409))
        .collect();
    errors.sort_unstable();
    errors.dedup();
    for status in errors {
        let response = match endpoint.envelope {
            Envelope::None => problem_response(status),
            Envelope::Success => enveloped_problem_response(status, schemas),
        };
        operation = operation.response(status.to_string(), response);
    }
    operation.securities(security(endpoint, identity)).build()
}

/// The operation's security requirement: every hook sees the caller, so every operation takes
/// the provider's credentials; only one with an `Identity` argument requires them, the others
/// also serve anonymous callers (`{}`), and their hooks decide what those may do.
fn security(
    endpoint: &EndpointMeta,
    identity: Option<&dyn IdentityProvider>,
) -> Option<Vec<SecurityRequirement>> {
    let scheme = identity.and_then(IdentityProvider::scheme)?;
    let credentials = SecurityRequirement::new(scheme.name(), Vec::<String>::new());
    Some(if endpoint.requires_caller() {
        vec![credentials]
    } else {
        vec![credentials, SecurityRequirement::default()]
    })
}

fn security_scheme(scheme: AuthScheme) -> SecurityScheme {
    match scheme {
        AuthScheme::Bearer => SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some("`Authorization: Bearer <token>`"))
                .build(),
        ),
        AuthScheme::ApiKeyHeader(header) => {
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(header)))
        }
    }
}

/// The operation id of the Stack's `GET /health`.
pub(crate) const HEALTH_OPERATION: &str = "health";

fn health_operation(schemas: &mut Schemas) -> Operation {
    let body = register(schemas, "Health", || {
        ObjectBuilder::new()
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(["ok"])),
            )
            .required("status")
            .into()
    });
    Operation::builder()
        .tag("system")
        .operation_id(Some(HEALTH_OPERATION))
        .summary(Some("Whether the server is up and its database answers."))
        .response(
            "200",
            Response::builder()
                .description("Ready.")
                .content("application/json", Content::new(Some(body)))
                .build(),
        )
        .response("503", problem_response(503))
        .build()
}

/// The whole document: every plugin's endpoints under `base_path`, `/health`, and the schemas,
/// with what the Stack adds to them (`stack`).
pub(crate) fn document(
    title: &str,
    version: &str,
    base_path: &str,
    plugins: &[PluginDoc],
    stack: &StackParts<'_>,
) -> OpenApi {
    let identity = stack.identity;
    let mut schemas = Schemas::new();
    problem_schemas(&mut schemas);
    let mut paths = Paths::new();
    paths.add_path_operation(
        "/health",
        vec![HttpMethod::Get],
        health_operation(&mut schemas),
    );
    let mut tags = Vec::new();
    for plugin in plugins {
        schemas.enter(plugin.name);
        tags.push(
            Tag::builder()
                .name(plugin.name)
                .description(non_empty(plugin.doc))
                .build(),
        );
        for endpoint in &plugin.endpoints {
            let path = format!("{base_path}{}", endpoint.path);
            let item = PathItem::new(
                http_method(endpoint.method),
                operation(plugin, endpoint, stack, &mut schemas),
            );
            paths.merge(Paths::builder().path(path, item).build());
        }
    }
    let mut components = Components::new();
    components.schemas = schemas.into_map();
    if let Some(scheme) = identity.and_then(IdentityProvider::scheme) {
        components.add_security_scheme(scheme.name(), security_scheme(scheme));
    }
    OpenApi::builder()
        .info(
            InfoBuilder::new()
                .title(title)
                .version(version)
                .description(Some(STRINGS_REFUSE_NUL)),
        )
        .paths(paths)
        .components(Some(components))
        .tags(Some(tags))
        .build()
}

#[cfg(test)]
mod tests {
    use super::error_description;

    #[test]
    fn every_status_is_described_by_what_it_means() {
        assert!(error_description(408).contains("body timeout"));
        assert!(error_description(500).contains("server failed"));
        // An endpoint's own status is never described as a server failure.
        assert_eq!(error_description(402), "Payment Required");
        assert_eq!(error_description(429), "Too Many Requests");
    }
}
