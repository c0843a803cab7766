//! Validate phase of `#[model]`: the struct and its `#[field]` arguments become a [`Model`], every
//! rule checked (types, defaults, bounds) with the error on the smallest culprit. Codegen reads
//! only this.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::SpannedValue;
use proc_macro2::Span;
use syn::{Attribute, Fields, GenericArgument, Ident, ItemStruct, PathArguments, Type, Visibility};

use super::args::{Bounds, DefaultArg, FieldArgs, ModelArgs};
use crate::emit;
use crate::errors::Errors;

const SUPPORTED_TYPES: &str = "help: use `String`, `bool`, `i32`, `i64`, `f64` or `Timestamp`, or `Option<T>` of one of them for a field that is not required";

/// The storage type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Bool,
    I32,
    I64,
    F64,
    Timestamp,
}

impl Kind {
    fn from_ident(ident: &Ident) -> Option<Self> {
        Some(match ident.to_string().as_str() {
            "String" => Self::Text,
            "bool" => Self::Bool,
            "i32" => Self::I32,
            "i64" => Self::I64,
            "f64" => Self::F64,
            "Timestamp" => Self::Timestamp,
            _ => return None,
        })
    }

    pub(crate) fn rust_name(self) -> &'static str {
        match self {
            Self::Text => "String",
            Self::Bool => "bool",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::F64 => "f64",
            Self::Timestamp => "Timestamp",
        }
    }
}

/// A validated `default`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Default {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Now,
}

/// One column of the model.
#[derive(Debug, Clone)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent column flags, as in the runtime's FieldMeta"
)]
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    /// Attributes kept on the emitted field (docs and the user's own), `#[field]` removed.
    pub(crate) attrs: Vec<Attribute>,
    /// The type as written (`Option<String>`), for emitted fields so errors point at it.
    pub(crate) ty: Type,
    pub(crate) kind: Kind,
    pub(crate) nullable: bool,
    pub(crate) wire: String,
    pub(crate) doc: String,
    pub(crate) primary_key: bool,
    pub(crate) unique: bool,
    pub(crate) readonly: bool,
    pub(crate) default: Option<Default>,
    pub(crate) length: (Option<u32>, Option<u32>),
    pub(crate) range: (Option<f64>, Option<f64>),
}

impl Field {
    /// Whether a client may send it.
    pub(crate) fn writable(&self) -> bool {
        !self.readonly && !self.primary_key
    }
}

/// A validated `#[model]` struct.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    /// Attributes kept on the emitted struct, `#[model]` removed.
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) doc: String,
    /// Every column, `id` first.
    pub(crate) fields: Vec<Field>,
    /// The `table!` module (`todo`).
    pub(crate) table_module: Ident,
    /// The SQL table (`todos_todo`).
    pub(crate) table_name: String,
}

impl Model {
    /// The name of the create input (`NewTodo`).
    pub(crate) fn new_ident(&self) -> Ident {
        Ident::new(&format!("New{}", self.ident), self.ident.span())
    }

    /// The name of the update input (`TodoPatch`).
    pub(crate) fn patch_ident(&self) -> Ident {
        Ident::new(&format!("{}Patch", self.ident), self.ident.span())
    }

    /// Validates `item` (which carried `attr`) as a model of plugin `plugin`. `None` when it has
    /// errors; they are in `errors`.
    pub(crate) fn from_item(
        item: &ItemStruct,
        attr: &Attribute,
        plugin: &str,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        parse_model_args(attr, errors);
        if !item.generics.params.is_empty() {
            errors.at(
                &item.generics,
                "a model cannot be generic\nhelp: remove the type parameters",
            );
        }
        let Fields::Named(named) = &item.fields else {
            errors.at(
                &item.ident,
                "`#[model]` goes on a struct with named fields\nhelp: write `struct Name { field: Type, ... }`",
            );
            return None;
        };
        let mut fields = Vec::new();
        for field in &named.named {
            if let Some(field) = parse_field(field, errors) {
                fields.push(field);
            }
        }
        if named
            .named
            .iter()
            .all(|field| field.ident.as_ref().is_some_and(|ident| ident == "id"))
        {
            errors.at(
                &item.ident,
                "a model needs at least one field besides `id`\nhelp: add the fields a row holds",
            );
        }
        match fields.iter().position(|field| field.ident == "id") {
            Some(index) => {
                let id = fields.remove(index);
                if id.kind != Kind::Text || id.nullable {
                    errors.at(&id.ty, "the primary key `id` must be `String` (a UUID v7 set by the server)\nhelp: remove the `id` field to have it generated");
                }
                fields.insert(
                    0,
                    Field {
                        primary_key: true,
                        readonly: true,
                        ..id
                    },
                );
            }
            None => fields.insert(0, generated_id_field()),
        }
        if errors.len() > before {
            return None;
        }
        let snake = emit::snake_case(&item.ident.to_string());
        Some(Self {
            ident: item.ident.clone(),
            vis: item.vis.clone(),
            attrs: emit::without(&item.attrs, &["model"]),
            doc: emit::doc_text(&item.attrs),
            fields,
            table_module: Ident::new(&snake, item.ident.span()),
            table_name: format!("{plugin}_{snake}"),
        })
    }
}

fn parse_model_args(attr: &Attribute, errors: &mut Errors) {
    if let syn::Meta::List(list) = &attr.meta
        && let Some(items) = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone()))
        && let Err(error) = ModelArgs::from_list(&items)
    {
        errors.darling(error);
    }
}

fn generated_id_field() -> Field {
    let span = Span::call_site();
    Field {
        ident: Ident::new("id", span),
        vis: syn::parse_quote!(pub),
        attrs: vec![syn::parse_quote!(#[doc = " The primary key: a UUID v7, set by the server."])],
        ty: syn::parse_quote!(String),
        kind: Kind::Text,
        nullable: false,
        wire: "id".to_owned(),
        doc: "The primary key: a UUID v7, set by the server.".to_owned(),
        primary_key: true,
        unique: false,
        readonly: true,
        default: None,
        length: (None, None),
        range: (None, None),
    }
}

/// `T` or `Option<T>` with `T` a supported type.
fn field_type(ty: &Type) -> Option<(Kind, bool)> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident == "Option" {
        let PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        let [GenericArgument::Type(inner)] = args.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let (kind, nullable) = field_type(inner)?;
        return (!nullable).then_some((kind, true));
    }
    if !last.arguments.is_none() {
        return None;
    }
    Kind::from_ident(&last.ident).map(|kind| (kind, false))
}

/// Names the generated table module declares next to the columns.
const RESERVED_COLUMNS: [&str; 5] = ["table", "columns", "dsl", "all_columns", "star"];

fn parse_field(field: &syn::Field, errors: &mut Errors) -> Option<Field> {
    let ident = field.ident.clone()?;
    let before = errors.len();
    let name = ident.to_string();
    if name.starts_with("r#") {
        errors.at(
            &ident,
            format!("raw identifier `{name}` cannot name a column\nhelp: rename the field"),
        );
    } else if RESERVED_COLUMNS.contains(&name.as_str()) {
        errors.at(
            &ident,
            format!("`{name}` is taken by the generated table module\nhelp: rename the field"),
        );
    }
    let Some((kind, nullable)) = field_type(&field.ty) else {
        let written = quote::ToTokens::to_token_stream(&field.ty)
            .to_string()
            .replace(' ', "");
        errors.at(
            &field.ty,
            format!("unsupported field type `{written}`\n{SUPPORTED_TYPES}"),
        );
        return None;
    };
    let mut field_attrs = field
        .attrs
        .iter()
        .filter(|attr| emit::is_attr(attr, "field"));
    let args = match field_attrs.next() {
        Some(attr) => parse_field_args(attr, errors),
        None => FieldArgs::default(),
    };
    for extra in field_attrs {
        errors.at(
            extra,
            "a field takes one `#[field(...)]` attribute\nhelp: put every option in the first one",
        );
    }
    let default = args
        .default
        .as_ref()
        .and_then(|default| check_default(&ident, kind, default, errors));
    let length = args
        .length
        .as_ref()
        .map_or((None, None), |bounds| check_length(kind, bounds, errors));
    let range = args
        .range
        .as_ref()
        .map_or((None, None), |bounds| check_range(kind, bounds, errors));
    if args.readonly.is_present() && default.is_none() && !nullable {
        errors.at_span(
            args.readonly.span(),
            format!("`readonly` field `{ident}` needs a value the server can set\nhelp: add `default = ...` (for a timestamp, `default = now`), or make it `Option<...>`"),
        );
    }
    if errors.len() > before {
        return None;
    }
    let wire = emit::camel_case(&ident.to_string());
    Some(Field {
        vis: field.vis.clone(),
        attrs: emit::without(&field.attrs, &["field"]),
        ty: field.ty.clone(),
        kind,
        nullable,
        wire,
        doc: emit::doc_text(&field.attrs),
        primary_key: false,
        unique: args.unique.is_present(),
        readonly: args.readonly.is_present(),
        default,
        length,
        range,
        ident,
    })
}

fn parse_field_args(attr: &Attribute, errors: &mut Errors) -> FieldArgs {
    let syn::Meta::List(list) = &attr.meta else {
        errors.at(attr, "`#[field]` needs options\nhelp: write `#[field(unique)]`, `#[field(default = ...)]`, ...");
        return FieldArgs::default();
    };
    let Some(items) = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone())) else {
        return FieldArgs::default();
    };
    FieldArgs::from_list(&items).unwrap_or_else(|error| {
        errors.darling(error);
        FieldArgs::default()
    })
}

fn check_default(
    ident: &Ident,
    kind: Kind,
    default: &DefaultArg,
    errors: &mut Errors,
) -> Option<Default> {
    let checked = match (kind, default) {
        (Kind::Bool, DefaultArg::Bool(value, _)) => Some(Default::Bool(*value)),
        (Kind::Text, DefaultArg::Text(value, _)) => Some(Default::Text(value.clone())),
        (Kind::I32, DefaultArg::Int(value, _)) if i32::try_from(*value).is_ok() => {
            Some(Default::Int(*value))
        }
        (Kind::I64, DefaultArg::Int(value, _)) => Some(Default::Int(*value)),
        #[expect(
            clippy::cast_precision_loss,
            reason = "an integer default for a float field is written as that float"
        )]
        (Kind::F64, DefaultArg::Int(value, _)) => Some(Default::Float(*value as f64)),
        (Kind::F64, DefaultArg::Float(value, _)) => Some(Default::Float(*value)),
        (Kind::Timestamp, DefaultArg::Now(_)) => Some(Default::Now),
        _ => None,
    };
    if checked.is_none() {
        let expected = match kind {
            Kind::Bool => "`true` or `false`",
            Kind::Text => "a string literal",
            Kind::I32 => "an integer that fits in `i32`",
            Kind::I64 => "an integer",
            Kind::F64 => "a number",
            Kind::Timestamp => "`now`",
        };
        errors.at_span(
            default.span(),
            format!(
                "`default` of the wrong type: `{ident}` is `{}`, the default is {}\nhelp: give {expected}",
                kind.rust_name(),
                default.describe()
            ),
        );
    }
    checked
}

fn check_length(
    kind: Kind,
    bounds: &SpannedValue<Bounds>,
    errors: &mut Errors,
) -> (Option<u32>, Option<u32>) {
    if kind != Kind::Text {
        errors.at_span(bounds.span(), "`length` applies to `String` fields\nhelp: use `range(min = .., max = ..)` for numbers");
        return (None, None);
    }
    let mut bound = |number: Option<super::args::Number>| {
        let number = number?;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked to be a u32 first"
        )]
        let fits = (number.integer && (0.0..=f64::from(u32::MAX)).contains(&number.value))
            .then_some(number.value as u32);
        if fits.is_none() {
            errors.at_span(
                number.span,
                "a length is a whole number of characters, 0 or more",
            );
        }
        fits
    };
    let (min, max) = (bound(bounds.min), bound(bounds.max));
    if let (Some(low), Some(high), Some(number)) = (min, max, bounds.min)
        && low > high
    {
        errors.at_span(number.span, "`min` is larger than `max`");
    }
    (min, max)
}

fn check_range(
    kind: Kind,
    bounds: &SpannedValue<Bounds>,
    errors: &mut Errors,
) -> (Option<f64>, Option<f64>) {
    if !matches!(kind, Kind::I32 | Kind::I64 | Kind::F64) {
        errors.at_span(
            bounds.span(),
            "`range` applies to number fields\nhelp: use `length(min = .., max = ..)` for strings",
        );
        return (None, None);
    }
    if let (Some(low), Some(high)) = (bounds.min, bounds.max)
        && low.value > high.value
    {
        errors.at_span(low.span, "`min` is larger than `max`");
    }
    (
        bounds.min.map(|number| number.value),
        bounds.max.map(|number| number.value),
    )
}
