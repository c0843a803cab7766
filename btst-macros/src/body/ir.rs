//! Validate phase of `#[body]`: the struct and its `#[field]` arguments become a [`Body`], every
//! rule checked against the field's type. Codegen reads only this.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::SpannedValue;
use syn::{Attribute, Fields, Ident, ItemStruct, Type, Visibility};

use crate::emit;
use crate::emit::wrapped;
use crate::enumeration::Enumeration;
use crate::errors::Errors;
use crate::model::args::FieldArgs;
use crate::model::ir::{Kind, check_length, check_pattern, check_range, parse_field_args};
use crate::model::values::{self, Format, OneOf};

const SUPPORTED_TYPES: &str = "help: use `String`, `bool`, `i32`, `i64`, `f64`, `Timestamp`, an `#[enumeration]` or a `#[body]` of this plugin, `Vec<T>` of one of them for a list, and `Option<..>` of either for a field that is not required";

/// `#[body(shorthand = name)]`.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct BodyArgs {
    /// A JSON string stands for an object whose only key is this field.
    pub(crate) shorthand: Option<syn::Path>,
}

/// What one value of a field is.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    /// A scalar, with its enumeration for `Kind::Enum`.
    Scalar(Kind, Option<Ident>),
    /// Another `#[body]` of the plugin.
    Body(Ident),
}

/// One field of a body.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    /// Attributes kept on the emitted field (docs and the user's own), `#[field]` removed.
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ty: Type,
    pub(crate) wire: String,
    pub(crate) doc: String,
    pub(crate) value: Value,
    /// `Option<..>`: may be left out or `null`.
    pub(crate) nullable: bool,
    /// `Vec<..>`: a list, with bounds on its number of items.
    pub(crate) list: Option<(Option<u32>, Option<u32>)>,
    /// The rules of each value (each item, for a list).
    pub(crate) length: (Option<u32>, Option<u32>),
    pub(crate) range: (Option<f64>, Option<f64>),
    pub(crate) pattern: Option<String>,
    pub(crate) one_of: Option<OneOf>,
    pub(crate) format: Option<Format>,
    pub(crate) path_segment: bool,
    /// `undocumented`: accepted, left out of the schema.
    pub(crate) undocumented: bool,
}

/// Whether a flattened model input creates or updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InputKind {
    Create,
    Update,
}

/// `#[field(flatten)] post: NewPost`: a model's input whose fields the body carries.
#[derive(Debug, Clone)]
pub(crate) struct Flatten {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ty: Type,
    pub(crate) kind: InputKind,
}

/// A validated `#[body]` struct.
#[derive(Debug, Clone)]
pub(crate) struct Body {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) doc: String,
    pub(crate) fields: Vec<Field>,
    pub(crate) flatten: Option<Flatten>,
    pub(crate) shorthand: Option<String>,
}

impl Body {
    /// Whether a valid body may be deserialised straight into the struct (`Input::DIRECT`):
    /// its `Deserialize` then refuses every shape the check refuses. Not with a flattened
    /// model input (serde's `flatten` cannot deny unknown fields) or a nested body (read
    /// through a JSON value for its shorthand).
    pub(crate) fn direct(&self) -> bool {
        self.flatten.is_none()
            && self
                .fields
                .iter()
                .all(|field| matches!(field.value, Value::Scalar(..)))
    }

    /// Validates `item` (which carried `attr`) as a body of a plugin with these enumerations and
    /// bodies. `None` when it has errors; they are in `errors`.
    pub(crate) fn from_item(
        item: &ItemStruct,
        attr: &Attribute,
        enums: &[Enumeration],
        bodies: &[Ident],
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        let args = parse_args(attr, errors);
        if !item.generics.params.is_empty() {
            errors.at(
                &item.generics,
                "a body cannot be generic\nhelp: remove the type parameters",
            );
        }
        let Fields::Named(named) = &item.fields else {
            errors.at(
                &item.ident,
                "`#[body]` goes on a struct with named fields\nhelp: write `struct Name { field: Type, ... }`",
            );
            return None;
        };
        let mut fields = Vec::new();
        let mut flatten: Option<Flatten> = None;
        for field in &named.named {
            let Some(ident) = field.ident.clone() else {
                continue;
            };
            let args = field_args(field, errors);
            if args.flatten.is_present() {
                if let Some(flat) = check_flatten(field, &ident, &args, errors) {
                    if let Some(first) = &flatten {
                        errors.at(
                            &ident,
                            format!(
                                "`{}` is flattened already: a body carries one model's input\nhelp: remove `flatten` from one of them",
                                first.ident
                            ),
                        );
                    } else {
                        flatten = Some(flat);
                    }
                }
                continue;
            }
            if let Some(field) = parse_field(field, ident, &args, enums, bodies, errors) {
                fields.push(field);
            }
        }
        if fields.is_empty() && flatten.is_none() && errors.len() == before {
            errors.at(
                &item.ident,
                "a body needs at least one field\nhelp: add the fields a client sends",
            );
        }
        values::check_wire_names(
            fields
                .iter()
                .map(|field| (&field.ident, field.wire.as_str())),
            errors,
        );
        // A shorthand naming a field that failed its own checks is left to those errors.
        let declared = |path: &syn::Path| {
            named.named.iter().any(|field| {
                field
                    .ident
                    .as_ref()
                    .is_some_and(|ident| path.is_ident(ident))
            })
        };
        let shorthand = args
            .shorthand
            .as_ref()
            .filter(|path| {
                fields.iter().any(|field| path.is_ident(&field.ident)) || !declared(path)
            })
            .and_then(|path| check_shorthand(path, &fields, flatten.as_ref(), errors));
        if errors.len() > before {
            return None;
        }
        Some(Self {
            ident: item.ident.clone(),
            vis: item.vis.clone(),
            attrs: emit::without(&item.attrs, &["body"]),
            doc: emit::doc_text(&item.attrs),
            fields,
            flatten,
            shorthand,
        })
    }
}

fn parse_args(attr: &Attribute, errors: &mut Errors) -> BodyArgs {
    if let syn::Meta::List(list) = &attr.meta
        && let Some(items) = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone()))
    {
        return BodyArgs::from_list(&items).unwrap_or_else(|error| {
            errors.darling(error);
            BodyArgs::default()
        });
    }
    BodyArgs::default()
}

/// The field's one `#[field(..)]`, or no options.
fn field_args(field: &syn::Field, errors: &mut Errors) -> FieldArgs {
    let mut attrs = field
        .attrs
        .iter()
        .filter(|attr| emit::is_attr(attr, "field"));
    let args = attrs
        .next()
        .map_or_else(FieldArgs::default, |attr| parse_field_args(attr, errors));
    for extra in attrs {
        errors.at(
            extra,
            "a field takes one `#[field(...)]` attribute\nhelp: put every option in the first one",
        );
    }
    args
}

/// The options a body field cannot take: those of a model's column.
fn refuse_column_options(args: &FieldArgs, errors: &mut Errors) {
    let spans = [
        (
            "default",
            args.default
                .as_ref()
                .map(crate::model::args::DefaultArg::span),
        ),
        (
            "unique",
            args.unique.is_present().then(|| args.unique.span()),
        ),
        (
            "readonly",
            args.readonly.is_present().then(|| args.readonly.span()),
        ),
        ("index", args.index.is_present().then(|| args.index.span())),
        (
            "stamped",
            args.stamped.is_present().then(|| args.stamped.span()),
        ),
        (
            "references",
            args.references.as_ref().map(SpannedValue::span),
        ),
        ("on_delete", args.on_delete.as_ref().map(SpannedValue::span)),
        (
            "on_update",
            args.on_update
                .as_ref()
                .map(crate::model::args::DefaultArg::span),
        ),
        (
            "renamed_from",
            args.renamed_from.as_ref().map(SpannedValue::span),
        ),
        ("column", args.column.as_ref().map(SpannedValue::span)),
        (
            "immutable",
            args.immutable.is_present().then(|| args.immutable.span()),
        ),
    ];
    for (name, span) in spans {
        if let Some(span) = span {
            let help = if name == "default" {
                "help: make the field an `Option<..>` and choose the value in the endpoint"
            } else {
                "help: remove it; the model the endpoint writes has its columns' rules"
            };
            errors.at_span(
                span,
                format!(
                    "`{name}` is an option of a model's column, and a body has no table\n{help}"
                ),
            );
        }
    }
}

/// `#[field(flatten)] post: NewPost` (or `PostPatch`), alone among the field's options.
fn check_flatten(
    field: &syn::Field,
    ident: &Ident,
    args: &FieldArgs,
    errors: &mut Errors,
) -> Option<Flatten> {
    let last = match &field.ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    };
    let name = last
        .filter(|last| last.arguments.is_none())
        .map(|last| last.ident.to_string());
    let kind = match name.as_deref() {
        Some(name) if name.starts_with("New") && name.len() > 3 => InputKind::Create,
        Some(name) if name.ends_with("Patch") && name.len() > 5 => InputKind::Update,
        _ => {
            errors.at(
                &field.ty,
                "`flatten` takes a model's create or update input\nhelp: write `#[field(flatten)] post: NewPost` (or `PostPatch`) for a `#[model] struct Post`",
            );
            return None;
        }
    };
    if args.length.is_some()
        || args.range.is_some()
        || args.pattern.is_some()
        || args.items.is_some()
        || args.path_segment.is_present()
        || args.undocumented.is_present()
    {
        errors.at(
            ident,
            "a flattened input's fields carry their model's rules\nhelp: remove the other options from `#[field(flatten)]`",
        );
    }
    refuse_column_options(args, errors);
    Some(Flatten {
        ident: ident.clone(),
        vis: field.vis.clone(),
        attrs: emit::without(&field.attrs, &["field"]),
        ty: field.ty.clone(),
        kind,
    })
}

/// `T`, `Option<T>`, `Vec<T>` or `Option<Vec<T>>`: (the value, nullable, list).
fn shape(ty: &Type, enums: &[Enumeration], bodies: &[Ident]) -> Option<(Value, bool, bool)> {
    let (ty, nullable) = wrapped(ty, "Option").map_or((ty, false), |inner| (inner, true));
    let (ty, list) = wrapped(ty, "Vec").map_or((ty, false), |inner| (inner, true));
    let Type::Path(path) = ty else { return None };
    let ident = path.path.get_ident()?;
    if let Some(kind) = Kind::from_ident(ident).filter(|kind| *kind != Kind::Decimal) {
        return Some((Value::Scalar(kind, None), nullable, list));
    }
    if enums.iter().any(|known| known.ident == *ident) {
        return Some((
            Value::Scalar(Kind::Enum, Some(ident.clone())),
            nullable,
            list,
        ));
    }
    bodies
        .contains(ident)
        .then(|| (Value::Body(ident.clone()), nullable, list))
}

fn parse_field(
    field: &syn::Field,
    ident: Ident,
    args: &FieldArgs,
    enums: &[Enumeration],
    bodies: &[Ident],
    errors: &mut Errors,
) -> Option<Field> {
    let before = errors.len();
    let Some((value, nullable, list)) = shape(&field.ty, enums, bodies) else {
        let written = quote::ToTokens::to_token_stream(&field.ty)
            .to_string()
            .replace(' ', "");
        let input = written.starts_with("New") || written.ends_with("Patch");
        let help = if input {
            format!(
                "help: to carry a model's fields in the body, write `#[field(flatten)]` on `{ident}`"
            )
        } else {
            SUPPORTED_TYPES.to_owned()
        };
        errors.at(
            &field.ty,
            format!("unsupported body field type `{written}`\n{help}"),
        );
        return None;
    };
    refuse_column_options(args, errors);
    let (length, range, pattern, list_bounds) = value_rules(&ident, &value, list, args, errors);
    let kind = match &value {
        Value::Scalar(kind, _) => Some(*kind),
        Value::Body(_) => None,
    };
    let (one_of, format) = allowed_values(&ident, kind, list, args, errors);
    let wire = values::wire_name(&ident, args.rename.as_ref(), errors);
    if args.undocumented.is_present() && !nullable {
        errors.at_span(
            args.undocumented.span(),
            "an `undocumented` field must be optional: clients that read the document never send it\nhelp: make it an `Option<..>`",
        );
    }
    if args.path_segment.is_present() && kind != Some(Kind::Text) {
        errors.at_span(
            args.path_segment.span(),
            "`path_segment` applies to a `String` field: only text addresses a record in a path\nhelp: remove `path_segment`",
        );
    }
    if errors.len() > before {
        return None;
    }
    Some(Field {
        vis: field.vis.clone(),
        attrs: emit::without(&field.attrs, &["field"]),
        ty: field.ty.clone(),
        wire,
        doc: emit::doc_text(&field.attrs),
        value,
        nullable,
        list: list_bounds,
        length,
        range,
        pattern,
        one_of,
        format,
        path_segment: args.path_segment.is_present(),
        undocumented: args.undocumented.is_present(),
        ident,
    })
}

/// Rules and bounds of a field's value: (length, range, pattern) of each value (the field's own,
/// or its `items(..)` for a list) and, for a list, the bounds on its number of items.
#[expect(
    clippy::type_complexity,
    reason = "the four parts of a field's rules, taken apart by the one caller"
)]
fn value_rules(
    ident: &Ident,
    value: &Value,
    list: bool,
    args: &FieldArgs,
    errors: &mut Errors,
) -> (
    (Option<u32>, Option<u32>),
    (Option<f64>, Option<f64>),
    Option<String>,
    Option<(Option<u32>, Option<u32>)>,
) {
    // The value's rules: the field's own, or for a list its `items(..)`.
    let kind = match &value {
        Value::Scalar(kind, _) => Some(*kind),
        Value::Body(_) => None,
    };
    if list {
        let count = args.length.as_ref().map_or((None, None), |bounds| {
            check_length(Kind::Text, bounds, errors)
        });
        let (length, range, pattern) = match (&args.items, kind) {
            (None, _) => ((None, None), (None, None), None),
            (Some(items), None) => {
                errors.at_span(
                    items.span(),
                    "the items are bodies, whose fields carry their rules\nhelp: remove `items(..)`",
                );
                ((None, None), (None, None), None)
            }
            (Some(items), Some(kind)) => (
                items
                    .length
                    .as_ref()
                    .map_or((None, None), |bounds| check_length(kind, bounds, errors)),
                items
                    .range
                    .as_ref()
                    .map_or((None, None), |bounds| check_range(kind, bounds, errors)),
                items
                    .pattern
                    .as_ref()
                    .and_then(|pattern| check_pattern(kind, pattern, errors)),
            ),
        };
        (length, range, pattern, Some(count))
    } else {
        if let Some(items) = &args.items {
            errors.at_span(
                items.span(),
                "`items(..)` is for a list field\nhelp: make the field a `Vec<..>`, or put the rules in `#[field(..)]` itself",
            );
        }
        match kind {
            Some(kind) => (
                args.length
                    .as_ref()
                    .map_or((None, None), |bounds| check_length(kind, bounds, errors)),
                args.range
                    .as_ref()
                    .map_or((None, None), |bounds| check_range(kind, bounds, errors)),
                args.pattern
                    .as_ref()
                    .and_then(|pattern| check_pattern(kind, pattern, errors)),
                None,
            ),
            None => {
                if args.length.is_some() || args.range.is_some() || args.pattern.is_some() {
                    errors.at(
                        ident,
                        "a nested body's fields carry their rules\nhelp: remove `length`, `range` and `pattern` here",
                    );
                }
                ((None, None), (None, None), None, None)
            }
        }
    }
}

/// `one_of` and `format` of each value: the field's own, or for a list its `items(..)`'s.
fn allowed_values(
    ident: &Ident,
    kind: Option<Kind>,
    list: bool,
    args: &FieldArgs,
    errors: &mut Errors,
) -> (Option<OneOf>, Option<Format>) {
    let (one_of, format) = match (&args.items, list) {
        (Some(items), true) => (items.one_of.as_ref(), items.format.as_ref()),
        _ => (args.one_of.as_ref(), args.format.as_ref()),
    };
    if list && (args.one_of.is_some() || args.format.is_some()) {
        errors.at(
            ident,
            "`one_of` and `format` rule each item of a list\nhelp: move them into `items(..)`",
        );
        return (None, None);
    }
    let Some(kind) = kind else {
        if one_of.is_some() || format.is_some() {
            errors.at(
                ident,
                "a nested body's fields carry their rules\nhelp: remove `one_of` and `format` here",
            );
        }
        return (None, None);
    };
    (
        one_of.and_then(|values| values::check_one_of(kind, values, errors)),
        format.and_then(|format| values::check_format(kind, format, errors)),
    )
}

/// `shorthand = name`: a required `String` field of the body, the others optional, no flatten.
fn check_shorthand(
    path: &syn::Path,
    fields: &[Field],
    flatten: Option<&Flatten>,
    errors: &mut Errors,
) -> Option<String> {
    let names = || {
        fields
            .iter()
            .map(|field| field.ident.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(field) = path
        .get_ident()
        .and_then(|ident| fields.iter().find(|field| field.ident == *ident))
    else {
        errors.at(
            path,
            format!(
                "`shorthand` names a field of the body\nhelp: use one of {}",
                names()
            ),
        );
        return None;
    };
    if !matches!(field.value, Value::Scalar(Kind::Text, _))
        || field.list.is_some()
        || field.nullable
    {
        errors.at(
            path,
            format!("the shorthand `{}` must be a required `String`: a JSON string stands for it\nhelp: make it `String`", field.ident),
        );
        return None;
    }
    if let Some(other) = fields
        .iter()
        .find(|other| other.ident != field.ident && !other.nullable)
    {
        errors.at(
            &other.ident,
            format!("`{}` is required, but the shorthand `\"..\"` sends `{}` alone\nhelp: make `{}` an `Option<..>`", other.ident, field.ident, other.ident),
        );
        return None;
    }
    if let Some(flatten) = flatten {
        errors.at(
            &flatten.ident,
            "a body with a shorthand cannot flatten a model's input, which a string cannot carry\nhelp: remove `shorthand` or `flatten`",
        );
        return None;
    }
    Some(field.wire.clone())
}
