//! Validate phase of `#[query]`: the struct's fields become parameters (with their filter), its
//! sort and its page; [`Query::resolve`] then checks every column against the model, once the
//! plugin knows its models. Codegen reads only this.

use darling::FromMeta;
use darling::ast::NestedMeta;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Fields, Ident, ItemStruct, LitStr, Token, Type, Visibility};

use crate::emit;
use crate::emit::wrapped;
use crate::enumeration::Enumeration;
use crate::errors::Errors;
use crate::model::Model;
use crate::model::ir::Kind;

const FILTERS: &str = "help: use `eq`, `one_of`, `from = column`, `to = column`, `null = column` or `contains(column, ..)`";

const SUPPORTED_TYPES: &str = "help: a parameter is `String`, `bool`, `i32`, `i64`, `f64`, `Timestamp` or an `#[enumeration]` of the plugin (`Option<..>` when it may be left out, `Option<Vec<..>>` for a `one_of` list), `Sort` with `#[sort(..)]`, `Page` or `CursorPage`";

/// `#[query(model = Post)]`.
#[derive(Debug, FromMeta)]
pub(crate) struct QueryArgs {
    pub(crate) model: syn::Path,
}

/// `#[page(default = 20, max = 100)]`.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct PageArgs {
    pub(crate) default: Option<i64>,
    pub(crate) max: Option<i64>,
}

/// The type of a parameter's value.
#[derive(Debug, Clone)]
pub(crate) struct ValueType {
    pub(crate) kind: Kind,
    /// The enumeration of a `Kind::Enum` value.
    pub(crate) enumeration: Option<Ident>,
    /// The type as written (`String`, `TaskStatus`).
    pub(crate) ty: Type,
}

/// What a filter does with its parameter's value.
#[derive(Debug, Clone)]
pub(crate) enum Filter {
    /// `column = value`.
    Eq(Ident),
    /// `column IN (values)`.
    OneOf(Ident),
    /// `column >= value`.
    From(Ident),
    /// `column <= value`.
    To(Ident),
    /// `column IS NULL` (`true`) or `IS NOT NULL` (`false`).
    Null(Ident),
    /// Any of the text columns contains the value, ignoring case.
    Contains(Vec<Ident>),
}

impl Filter {
    fn columns(&self) -> Vec<&Ident> {
        match self {
            Self::Eq(column)
            | Self::OneOf(column)
            | Self::From(column)
            | Self::To(column)
            | Self::Null(column) => vec![column],
            Self::Contains(columns) => columns.iter().collect(),
        }
    }
}

/// What a field of the query is.
#[derive(Debug, Clone)]
pub(crate) enum Role {
    /// A parameter with one value (`Option<T>`, or `T` when required), filtering or not.
    Value {
        value: ValueType,
        required: bool,
        filter: Option<Filter>,
    },
    /// A comma-separated list (`Option<Vec<T>>`), filtering or not.
    List {
        value: ValueType,
        filter: Option<Filter>,
    },
    /// `#[sort(a, b, default = "-a")] sort: Sort`: (column, wire, the column's Rust type, set
    /// by `Query::resolve`) allowed, and the default.
    Sort {
        allowed: Vec<(Ident, String, Option<Type>)>,
        default: (Ident, bool),
    },
    /// `page: Page`.
    Page { default: i64, max: i64 },
    /// `page: CursorPage`: keyset paging.
    CursorPage { default: i64, max: i64 },
}

/// One field of the query.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ty: Type,
    pub(crate) wire: String,
    pub(crate) doc: String,
    pub(crate) role: Role,
}

/// A validated `#[query]` struct.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    /// The model it filters (of this plugin).
    pub(crate) model: Ident,
    /// The model's table module (`post`), set by [`Query::resolve`].
    pub(crate) table: Ident,
    pub(crate) fields: Vec<Field>,
}

impl Query {
    /// The `Page` field, if it pages.
    pub(crate) fn page(&self) -> Option<&Field> {
        self.fields
            .iter()
            .find(|field| matches!(field.role, Role::Page { .. } | Role::CursorPage { .. }))
    }

    /// The `Sort` field, if it sorts.
    pub(crate) fn sort(&self) -> Option<&Field> {
        self.fields
            .iter()
            .find(|field| matches!(field.role, Role::Sort { .. }))
    }

    /// Validates `item` (which carried `attr`). The columns are checked later, by
    /// [`Query::resolve`]. `None` when it has errors; they are in `errors`.
    pub(crate) fn from_item(
        item: &ItemStruct,
        attr: &Attribute,
        enums: &[Enumeration],
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        let model = parse_args(attr, errors);
        if !item.generics.params.is_empty() {
            errors.at(
                &item.generics,
                "a query cannot be generic\nhelp: remove the type parameters",
            );
        }
        let Fields::Named(named) = &item.fields else {
            errors.at(&item.ident, "`#[query]` goes on a struct with named fields\nhelp: write `struct Name { field: Type, ... }`");
            return None;
        };
        let mut fields = Vec::new();
        for field in &named.named {
            if let Some(field) = parse_field(field, enums, errors) {
                fields.push(field);
            }
        }
        for role in ["Sort", "Page"] {
            let mut same = fields.iter().filter(|field| match field.role {
                Role::Sort { .. } => role == "Sort",
                Role::Page { .. } | Role::CursorPage { .. } => role == "Page",
                _ => false,
            });
            if let (Some(_), Some(second)) = (same.next(), same.next()) {
                errors.at(
                    &second.ident,
                    format!("a query has one `{role}` field\nhelp: remove this one"),
                );
            }
        }
        let model = model?;
        if errors.len() > before {
            return None;
        }
        Some(Self {
            ident: item.ident.clone(),
            vis: item.vis.clone(),
            attrs: emit::without(&item.attrs, &["query"]),
            table: model.clone(),
            model,
            fields,
        })
    }

    /// Checks every column the query names against `models` (the plugin's): the model exists,
    /// each filter's columns are its fields of the parameter's type, `null` names a nullable
    /// one, `contains` text ones, and the sort's columns are its fields.
    pub(crate) fn resolve(
        &mut self,
        models: &[&Model],
        failed: &[Ident],
        errors: &mut Errors,
    ) -> bool {
        let before = errors.len();
        let Some(model) = models.iter().find(|model| model.ident == self.model) else {
            if failed.contains(&self.model) {
                // The model's own errors are reported.
                return false;
            }
            let names: Vec<String> = models.iter().map(|model| model.ident.to_string()).collect();
            errors.at(
                &self.model,
                format!(
                    "no model `{}` in this plugin\nhelp: a query lists one of its models: {}",
                    self.model,
                    names.join(", ")
                ),
            );
            return false;
        };
        self.table = model.table_module.clone();
        let known = || {
            model
                .fields
                .iter()
                .map(|field| field.ident.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        for field in &mut self.fields {
            let (value, filter) = match &field.role {
                Role::Value { value, filter, .. } | Role::List { value, filter } => {
                    (Some(value), filter.as_ref())
                }
                Role::Sort { .. } | Role::Page { .. } | Role::CursorPage { .. } => continue,
            };
            let Some(filter) = filter else { continue };
            for column in filter.columns() {
                let Some(target) = model.fields.iter().find(|known| known.ident == *column) else {
                    errors.at(
                        column,
                        format!(
                            "`{}` has no field `{column}` to filter on\nhelp: its fields are {}",
                            model.ident,
                            known()
                        ),
                    );
                    continue;
                };
                if target.json() || target.kind == Kind::Decimal {
                    errors.at(column, format!("`{column}` is stored as a JSON document or a decimal, which the backends do not compare alike (SQLite keeps both as text)\nhelp: filter on a field of its own"));
                    continue;
                }
                let same_type = value.is_some_and(|value| {
                    value.kind == target.kind
                        && (value.kind != Kind::Enum || value.enumeration == target.enumeration)
                });
                match filter {
                    Filter::Null(_) if !target.nullable => {
                        errors.at(column, format!("`{column}` is never null, so `null = {column}` would match nothing or everything\nhelp: filter a field that is an `Option<..>`"));
                    }
                    Filter::Null(_) => {}
                    Filter::Contains(_) if target.kind != Kind::Text => {
                        errors.at(column, format!("`contains` searches text, and `{column}` is not a `String`\nhelp: use `eq` or a range (`from`, `to`)"));
                    }
                    Filter::From(_) | Filter::To(_) if target.kind == Kind::Bool => {
                        errors.at(column, format!("`{column}` is a `bool`: a range over it means nothing\nhelp: use `eq`"));
                    }
                    _ if !same_type => {
                        let written = target.ty.clone();
                        let written = quote::ToTokens::to_token_stream(&written)
                            .to_string()
                            .replace(' ', "");
                        errors.at(&field.ty, format!("the parameter's values must be of the column's type: `{column}` is `{written}`\nhelp: change the field's type to match"));
                    }
                    _ => {}
                }
            }
        }
        let cursor = self
            .fields
            .iter()
            .any(|field| matches!(field.role, Role::CursorPage { .. }));
        for field in &mut self.fields {
            let Role::Sort { allowed, default } = &mut field.role else {
                continue;
            };
            if !allowed.iter().any(|(column, _, _)| *column == default.0) {
                errors.at(&default.0, format!("the default sort `{}` is not among the sortable fields\nhelp: add it to `#[sort(..)]`", default.0));
            }
            for (column, wire, ty) in allowed.iter_mut() {
                match model.fields.iter().find(|known| known.ident == *column) {
                    None => errors.at(&*column, format!("`{}` has no field `{column}` to sort by\nhelp: its fields are {}", model.ident, known())),
                    Some(target) if target.json() || target.kind == Kind::Decimal => errors.at(&*column, format!("`{column}` is stored as a JSON document or a decimal, which the backends do not order alike (SQLite keeps both as text)\nhelp: sort by a field of its own")),
                    Some(target) if cursor && target.nullable => errors.at(&*column, format!("a cursor continues after a row's `{column}`, which may be null, and backends order nulls differently\nhelp: sort by a field that is never null, or page with `Page` (offset)")),
                    Some(target) => {
                        *ty = Some(target.ty.clone());
                        wire.clone_from(&target.wire);
                    }
                }
            }
        }
        errors.len() == before
    }
}

fn parse_args(attr: &Attribute, errors: &mut Errors) -> Option<Ident> {
    let usage = "help: write `#[query(model = Post)]`, naming the model whose rows it lists";
    let syn::Meta::List(list) = &attr.meta else {
        errors.at(attr, format!("`#[query]` needs its model\n{usage}"));
        return None;
    };
    let items = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone()))?;
    let args = QueryArgs::from_list(&items)
        .map_err(|error| errors.darling(error))
        .ok()?;
    match args.model.get_ident() {
        Some(ident) => Some(ident.clone()),
        None => {
            errors.at(
                &args.model,
                format!("a query lists a model of its own plugin, by name\n{usage}"),
            );
            None
        }
    }
}

fn is_named(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.segments.last().is_some_and(|last| last.ident == name && last.arguments.is_none()))
}

fn value_type(ty: &Type, enums: &[Enumeration]) -> Option<ValueType> {
    let Type::Path(path) = ty else { return None };
    let ident = path.path.get_ident()?;
    if let Some(kind) =
        Kind::from_ident(ident).filter(|kind| !matches!(kind, Kind::Json | Kind::Decimal))
    {
        return Some(ValueType {
            kind,
            enumeration: None,
            ty: ty.clone(),
        });
    }
    enums
        .iter()
        .any(|known| known.ident == *ident)
        .then(|| ValueType {
            kind: Kind::Enum,
            enumeration: Some(ident.clone()),
            ty: ty.clone(),
        })
}

fn parse_field(field: &syn::Field, enums: &[Enumeration], errors: &mut Errors) -> Option<Field> {
    let ident = field.ident.clone()?;
    let attr = |name: &str| field.attrs.iter().find(|attr| emit::is_attr(attr, name));
    let filter = attr("filter")
        .and_then(|attr| errors.ok(attr.parse_args::<FilterArg>()))
        .map(|arg| arg.into_filter(&ident));
    let role = if is_named(&field.ty, "Page") || is_named(&field.ty, "CursorPage") {
        page_role(field, &ident, attr("page"), errors)
    } else if is_named(&field.ty, "Sort") {
        let Some(sort) = attr("sort") else {
            errors.at(&ident, "a `Sort` field lists the fields it sorts by\nhelp: write `#[sort(created_at, title, default = \"-created_at\")]`");
            return None;
        };
        let arg = errors.ok(sort.parse_args::<SortArg>())?;
        Role::Sort {
            allowed: arg
                .columns
                .iter()
                .map(|column| (column.clone(), emit::camel_case(&column.to_string()), None))
                .collect(),
            default: arg.default,
        }
    } else if let Some(inner) = wrapped(&field.ty, "Option") {
        if let Some(item) = wrapped(inner, "Vec") {
            let Some(value) = value_type(item, enums) else {
                unsupported(&field.ty, errors);
                return None;
            };
            if let Some(
                filter @ (Filter::Eq(_)
                | Filter::From(_)
                | Filter::To(_)
                | Filter::Null(_)
                | Filter::Contains(_)),
            ) = &filter
            {
                let _ = filter;
                errors.at(&ident, "a list parameter filters with `one_of`\nhelp: write `#[filter(one_of)]`, or make the field an `Option<T>`");
            }
            Role::List { value, filter }
        } else {
            let Some(value) = value_type(inner, enums) else {
                unsupported(&field.ty, errors);
                return None;
            };
            Role::Value {
                value,
                required: false,
                filter,
            }
        }
    } else {
        let Some(value) = value_type(&field.ty, enums) else {
            unsupported(&field.ty, errors);
            return None;
        };
        Role::Value {
            value,
            required: true,
            filter,
        }
    };
    if let Role::Value {
        filter: Some(filter),
        value,
        ..
    } = &role
    {
        match filter {
            Filter::OneOf(_) => errors.at(&ident, "`one_of` takes a list of values\nhelp: make the field an `Option<Vec<..>>`"),
            Filter::Null(_) if value.kind != Kind::Bool => errors.at(&ident, "`null = column` takes `true` (is null) or `false` (is not null)\nhelp: make the field an `Option<bool>`"),
            Filter::Contains(_) if value.kind != Kind::Text => errors.at(&ident, "`contains` takes text\nhelp: make the field an `Option<String>`"),
            _ => {}
        }
    }
    Some(Field {
        vis: field.vis.clone(),
        attrs: emit::without(&field.attrs, &["filter", "sort", "page"]),
        ty: field.ty.clone(),
        wire: emit::camel_case(&ident.to_string()),
        doc: emit::doc_text(&field.attrs),
        role,
        ident,
    })
}

/// `page: Page` or `page: CursorPage`, with its `#[page(default = .., max = ..)]`.
fn page_role(
    field: &syn::Field,
    ident: &Ident,
    page: Option<&Attribute>,
    errors: &mut Errors,
) -> Role {
    let args = page.map_or_else(PageArgs::default, |attr| match &attr.meta {
        syn::Meta::List(list) => errors
            .ok(NestedMeta::parse_meta_list(list.tokens.clone()))
            .and_then(|items| {
                PageArgs::from_list(&items)
                    .map_err(|error| errors.darling(error))
                    .ok()
            })
            .unwrap_or_default(),
        _ => PageArgs::default(),
    });
    let max = args.max.unwrap_or(100);
    let default = args.default.unwrap_or(20.min(max));
    if max < 1 || !(1..=max).contains(&default) {
        errors.at(ident, "a page holds 1 to `max` items, and its `default` is among them\nhelp: write `#[page(default = 20, max = 100)]`");
    }
    if is_named(&field.ty, "CursorPage") {
        Role::CursorPage { default, max }
    } else {
        Role::Page { default, max }
    }
}

fn unsupported(ty: &Type, errors: &mut Errors) {
    let written = quote::ToTokens::to_token_stream(ty)
        .to_string()
        .replace(' ', "");
    errors.at(
        ty,
        format!("unsupported query parameter type `{written}`\n{SUPPORTED_TYPES}"),
    );
}

/// `#[filter(..)]`'s argument, as written.
struct FilterArg {
    kind: Ident,
    column: Option<Ident>,
    columns: Vec<Ident>,
}

impl Parse for FilterArg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let kind: Ident = input.parse()?;
        let (mut column, mut columns) = (None, Vec::new());
        match kind.to_string().as_str() {
            "eq" | "one_of" | "from" | "to" | "null" => {
                if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                    column = Some(input.parse()?);
                } else if kind != "eq" && kind != "one_of" {
                    return Err(syn::Error::new(
                        kind.span(),
                        format!("`{kind}` names its column\nhelp: write `{kind} = column`"),
                    ));
                }
            }
            "contains" => {
                let content;
                syn::parenthesized!(content in input);
                columns = Punctuated::<Ident, Token![,]>::parse_terminated(&content)?
                    .into_iter()
                    .collect();
                if columns.is_empty() {
                    return Err(syn::Error::new(
                        kind.span(),
                        "`contains` names the text columns it searches\nhelp: write `contains(title, content)`",
                    ));
                }
            }
            other => {
                return Err(syn::Error::new(
                    kind.span(),
                    format!("unknown filter `{other}`\n{FILTERS}"),
                ));
            }
        }
        if !input.is_empty() {
            return Err(input.error(format!("a field has one filter\n{FILTERS}")));
        }
        Ok(Self {
            kind,
            column,
            columns,
        })
    }
}

impl FilterArg {
    fn into_filter(self, field: &Ident) -> Filter {
        let column = self.column.unwrap_or_else(|| field.clone());
        match self.kind.to_string().as_str() {
            "eq" => Filter::Eq(column),
            "one_of" => Filter::OneOf(column),
            "from" => Filter::From(column),
            "to" => Filter::To(column),
            "null" => Filter::Null(column),
            _ => Filter::Contains(self.columns),
        }
    }
}

/// `#[sort(a, b, default = "-a")]`.
struct SortArg {
    columns: Vec<Ident>,
    default: (Ident, bool),
}

impl Parse for SortArg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let start = input.span();
        let mut columns = Vec::new();
        let mut default = None;
        while !input.is_empty() {
            let ident: Ident = input.parse()?;
            if ident == "default" && input.peek(Token![=]) {
                input.parse::<Token![=]>()?;
                let text: LitStr = input.parse()?;
                let value = text.value();
                let (name, descending) = value
                    .strip_prefix('-')
                    .map_or((value.as_str(), false), |name| (name, true));
                let column = syn::parse_str::<Ident>(name).map_err(|_| syn::Error::new(text.span(), "the default sort is a field, `-` first for descending\nhelp: write `default = \"-created_at\"`"))?;
                default = Some((Ident::new(&column.to_string(), text.span()), descending));
            } else {
                columns.push(ident);
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let Some(default) = default else {
            return Err(syn::Error::new(
                start,
                "a sort needs its default order\nhelp: add `default = \"-created_at\"` (a field, `-` first for descending)",
            ));
        };
        if columns.is_empty() {
            return Err(syn::Error::new(
                default.0.span(),
                "a sort lists the fields it sorts by\nhelp: write `#[sort(created_at, title, default = \"-created_at\")]`",
            ));
        }
        Ok(Self { columns, default })
    }
}
