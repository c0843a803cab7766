//! Parse phase of `#[model]`: the raw attribute arguments, as darling receivers. Nothing here is
//! checked against the field's type; `ir` does that.

use darling::FromMeta;
use darling::util::{Flag, PathList, SpannedValue};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, ExprUnary, Lit, UnOp};

/// `#[model(index(a, b), unique(a, b), ...)]`.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct ModelArgs {
    /// `index(team_id, status)`: a composite index, in column order; repeatable.
    #[darling(multiple)]
    pub(crate) index: Vec<SpannedValue<PathList>>,
    /// `unique(team_id, slug)`: a composite unique constraint; repeatable.
    #[darling(multiple)]
    pub(crate) unique: Vec<SpannedValue<PathList>>,
    /// `id = "uuid" | "client"`: who sets the primary key.
    pub(crate) id: Option<SpannedValue<String>>,
    /// `table = "name"`: the SQL table, instead of `<plugin>_<model>`.
    pub(crate) table: Option<SpannedValue<String>>,
    /// `row_scope = team_id`: the field whose value scopes the rows to a request's.
    pub(crate) row_scope: Option<SpannedValue<syn::Path>>,
}

/// `#[field(...)]` on a model field.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct FieldArgs {
    /// `default = <literal>` or `default = now`.
    pub(crate) default: Option<DefaultArg>,
    /// `unique`.
    pub(crate) unique: Flag,
    /// `readonly`.
    pub(crate) readonly: Flag,
    /// `length(min = .., max = ..)`.
    pub(crate) length: Option<SpannedValue<Bounds>>,
    /// `range(min = .., max = ..)`.
    pub(crate) range: Option<SpannedValue<Bounds>>,
    /// `index`: a single-column index.
    pub(crate) index: Flag,
    /// `stamped`: set by the endpoint through `Db::create_with`, never by the client.
    pub(crate) stamped: Flag,
    /// `references = Model`: a foreign key to that model's `id`.
    pub(crate) references: Option<SpannedValue<syn::Path>>,
    /// `on_delete = "cascade" | "set null" | "restrict"`, with `references`.
    pub(crate) on_delete: Option<SpannedValue<String>>,
    /// `on_update = now`: set by the server on every update.
    pub(crate) on_update: Option<DefaultArg>,
    /// `path_segment`: the value addresses a record in a path (`/posts/{slug}`).
    pub(crate) path_segment: Flag,
    /// `renamed_from = "old_name"`: the column's name in the model's previous version.
    pub(crate) renamed_from: Option<SpannedValue<String>>,
    /// `column = "name"`: the SQL column, instead of the field's name.
    pub(crate) column: Option<SpannedValue<String>>,
    /// `pattern = "regex"`: a text value must contain a match.
    pub(crate) pattern: Option<SpannedValue<String>>,
    /// `items(length(..), range(..), pattern = "..")`: the rules of each item of a list field
    /// (a `#[body]`'s `Vec<T>`, whose own `length` bounds the number of items).
    pub(crate) items: Option<SpannedValue<ItemArgs>>,
    /// `flatten`: a `#[body]`'s or `#[view]`'s field whose fields are the struct's own.
    pub(crate) flatten: Flag,
    /// `undocumented`: a `#[body]`'s field accepted but left out of the document (a tolerance
    /// for one client's quirk).
    pub(crate) undocumented: Flag,
    /// `json`: a type of the user's own (a `#[body]`), stored as a JSON document.
    pub(crate) json: Flag,
    /// `decimal(precision = 78, scale = 0)`: a `Decimal` field's digits.
    pub(crate) decimal: Option<SpannedValue<DecimalArgs>>,
    /// `rename = "type"`: the JSON name, instead of the field's name in camelCase.
    pub(crate) rename: Option<SpannedValue<String>>,
    /// `immutable`: sent (or defaulted) at create, refused in a patch.
    pub(crate) immutable: Flag,
    /// `one_of = ["a", "b"]` or `one_of = [1, 2]`: the values allowed.
    pub(crate) one_of: Option<SpannedValue<Values>>,
    /// `format = "email" | "uri" | "uuid"`: a text value's format.
    pub(crate) format: Option<SpannedValue<String>>,
    /// `computed = "SQL"`: no column; the database computes the value when the row is read.
    pub(crate) computed: Option<SpannedValue<String>>,
}

/// `decimal(precision = .., scale = ..)`.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct DecimalArgs {
    pub(crate) precision: Option<SpannedValue<u32>>,
    pub(crate) scale: Option<SpannedValue<u32>>,
}

/// `items(...)`: the rules of each item of a list.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct ItemArgs {
    pub(crate) length: Option<SpannedValue<Bounds>>,
    pub(crate) range: Option<SpannedValue<Bounds>>,
    pub(crate) pattern: Option<SpannedValue<String>>,
    pub(crate) one_of: Option<SpannedValue<Values>>,
    pub(crate) format: Option<SpannedValue<String>>,
}

/// `min = .., max = ..`.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct Bounds {
    pub(crate) min: Option<Number>,
    pub(crate) max: Option<Number>,
}

/// A numeric literal, possibly negative.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Number {
    pub(crate) value: f64,
    pub(crate) integer: bool,
    pub(crate) span: Span,
}

impl FromMeta for Number {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        match DefaultArg::from_expr(expr)? {
            #[expect(
                clippy::cast_precision_loss,
                reason = "bounds past 2^53 are not meaningful limits"
            )]
            DefaultArg::Int(value, span) => Ok(Self {
                value: value as f64,
                integer: true,
                span,
            }),
            DefaultArg::Float(value, span) => Ok(Self {
                value,
                integer: false,
                span,
            }),
            _ => Err(darling::Error::custom("expected a number").with_span(expr)),
        }
    }
}

/// `[a, b, ...]`: the literals of `one_of = [..]`, each as a `default` would be read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Values(pub(crate) Vec<DefaultArg>);

impl FromMeta for Values {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        match expr {
            Expr::Array(array) => array
                .elems
                .iter()
                .map(DefaultArg::from_expr)
                .collect::<darling::Result<Vec<_>>>()
                .map(Self),
            Expr::Group(group) => Self::from_expr(&group.expr),
            _ => Err(darling::Error::custom(
                "expected a list of values\nhelp: write `one_of = [\"draft\", \"live\"]` or `one_of = [1, 2, 4]`",
            )
            .with_span(expr)),
        }
    }
}

/// The value of `default = ...`.
#[derive(Debug, Clone)]
pub(crate) enum DefaultArg {
    Bool(bool, Span),
    Int(i64, Span),
    Float(f64, Span),
    Text(String, Span),
    Now(Span),
    /// A bare name other than `now`: a variant of an enum field.
    Variant(syn::Ident),
}

impl DefaultArg {
    pub(crate) fn span(&self) -> Span {
        match self {
            Self::Bool(_, span)
            | Self::Int(_, span)
            | Self::Float(_, span)
            | Self::Text(_, span)
            | Self::Now(span) => *span,
            Self::Variant(ident) => ident.span(),
        }
    }

    /// How the value reads in an error message.
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Self::Bool(..) => "a boolean",
            Self::Int(..) => "an integer",
            Self::Float(..) => "a float",
            Self::Text(..) => "a string",
            Self::Now(..) => "`now`",
            Self::Variant(..) => "an enum variant",
        }
    }
}

impl FromMeta for DefaultArg {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        let span = expr.span();
        let unsupported = || {
            darling::Error::custom(
                "expected a literal, `now` or an enum variant\nhelp: write `default = false`, `default = 0`, `default = \"text\"`, `default = now` or `default = Variant`",
            )
            .with_span(expr)
        };
        match expr {
            Expr::Lit(ExprLit { lit, .. }) => match lit {
                Lit::Bool(value) => Ok(Self::Bool(value.value, span)),
                Lit::Int(value) => value
                    .base10_parse()
                    .map(|value| Self::Int(value, span))
                    .map_err(darling::Error::from),
                Lit::Float(value) => match value.base10_parse::<f64>() {
                    Ok(number) if number.is_finite() => Ok(Self::Float(number, span)),
                    Ok(_) => Err(
                        darling::Error::custom("the number is too large for an `f64`")
                            .with_span(expr),
                    ),
                    Err(error) => Err(darling::Error::from(error)),
                },
                Lit::Str(value) => Ok(Self::Text(value.value(), span)),
                _ => Err(unsupported()),
            },
            Expr::Unary(ExprUnary {
                op: UnOp::Neg(_),
                expr: inner,
                ..
            }) => match Self::from_expr(inner)? {
                Self::Int(value, _) => Ok(Self::Int(-value, span)),
                Self::Float(value, _) => Ok(Self::Float(-value, span)),
                _ => Err(unsupported()),
            },
            Expr::Path(path) if path.path.is_ident("now") => Ok(Self::Now(span)),
            Expr::Path(path) => match path.path.get_ident() {
                Some(ident) => Ok(Self::Variant(ident.clone())),
                None => Err(unsupported()),
            },
            Expr::Group(group) => Self::from_expr(&group.expr),
            _ => Err(unsupported()),
        }
    }
}
