//! Validate phase of `#[model]`: the struct and its `#[field]` arguments become a [`Model`], every
//! rule checked (types, defaults, bounds) with the error on the smallest culprit. Codegen reads
//! only this.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::SpannedValue;
use proc_macro2::Span;
use syn::{Attribute, Fields, Ident, ItemStruct, Type, Visibility};

use super::args::{Bounds, DefaultArg, FieldArgs, ModelArgs};
use super::values::{self, Format, OneOf};
use crate::emit;
use crate::emit::wrapped;
use crate::enumeration::Enumeration;
use crate::errors::Errors;

const SUPPORTED_TYPES: &str = "help: use `String`, `bool`, `i32`, `i64`, `f64`, `Decimal`, `Timestamp`, `JsonValue` (any JSON) or an `#[enumeration]` enum of this plugin, `Vec<T>` of one of them (but `JsonValue` and `Decimal`) for a list, or `Option<..>` of either for a field that is not required; a `#[body]` of your own, stored as JSON, takes `#[field(json)]`";

/// The storage type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Bool,
    I32,
    I64,
    F64,
    Timestamp,
    /// An `#[enumeration]` of the plugin (the field's `enumeration` says which).
    Enum,
    /// `JsonValue`: any JSON.
    Json,
    /// `Decimal`: an exact decimal (the field's `decimal` says its digits).
    Decimal,
}

impl Kind {
    pub(crate) fn from_ident(ident: &Ident) -> Option<Self> {
        Some(match ident.to_string().as_str() {
            "String" => Self::Text,
            "bool" => Self::Bool,
            "i32" => Self::I32,
            "i64" => Self::I64,
            "f64" => Self::F64,
            "Timestamp" => Self::Timestamp,
            "JsonValue" => Self::Json,
            "Decimal" => Self::Decimal,
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
            Self::Enum => "an enumeration",
            Self::Json => "JsonValue",
            Self::Decimal => "Decimal",
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
    /// A variant of the field's enumeration, with its wire value.
    Variant(Ident, String),
}

/// `on_delete = ...` of a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnDelete {
    Restrict,
    Cascade,
    SetNull,
}

/// `references = Model` (or `references = crate::users::User`, a model of another plugin):
/// checked against the plugin's models, or its `depends_on`, by the plugin.
#[derive(Debug, Clone)]
pub(crate) struct Reference {
    /// The referenced model's name (the path's last segment).
    pub(crate) model: Ident,
    /// The module of another plugin that declares it (`crate::users`), `None` for a model of
    /// this plugin.
    pub(crate) plugin: Option<syn::Path>,
    /// Its table (`tracker_project`).
    pub(crate) table: String,
    pub(crate) on_delete: OnDelete,
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
    /// The enum of a `Kind::Enum` field.
    pub(crate) enumeration: Option<Ident>,
    pub(crate) references: Option<Reference>,
    pub(crate) index: bool,
    /// `on_update = now`.
    pub(crate) on_update_now: bool,
    /// `stamped`: written by the endpoint (`Db::create_with`); its type's empty value until then.
    pub(crate) stamped: bool,
    /// The model's `row_scope` field: written by the runtime, the request's scope value.
    pub(crate) row_scope: bool,
    /// `computed = "SQL"`: no column, the value the database computes when the row is read.
    pub(crate) computed: Option<String>,
    /// `path_segment`: refuses the values no path can address (empty, `.`, `..`).
    pub(crate) path_segment: bool,
    /// `renamed_from = "old_name"`: the column's previous name, for schema changes.
    pub(crate) renamed_from: Option<String>,
    /// The SQL column: `column = "name"`, else the field's name.
    pub(crate) column: String,
    /// `pattern = "regex"`.
    pub(crate) pattern: Option<String>,
    /// `immutable`: sent at create, refused in a patch.
    pub(crate) immutable: bool,
    /// `one_of = [..]`.
    pub(crate) one_of: Option<OneOf>,
    /// `format = ".."`.
    pub(crate) format: Option<Format>,
    /// `Vec<T>`: a list of `kind` values, with bounds on their number (`length(..)`); the
    /// field's other rules are its `items(..)`, each item's.
    pub(crate) list: Option<(Option<u32>, Option<u32>)>,
    /// `decimal(precision, scale)` of a `Decimal` field.
    pub(crate) decimal: Option<(u32, u32)>,
    /// `#[field(json)]`: a JSON document of the field's own type (a `#[body]`), which checks
    /// and documents itself.
    pub(crate) typed: bool,
    /// The `id` the database numbers (`#[model(id = "auto")]`).
    pub(crate) auto_increment: bool,
}

impl Field {
    /// Whether the column holds a JSON document (`JsonValue`, or a list).
    pub(crate) fn json(&self) -> bool {
        self.kind == Kind::Json || self.list.is_some()
    }

    /// Whether a client may send it.
    pub(crate) fn writable(&self) -> bool {
        !self.readonly
    }

    /// Whether a client may send it in a patch.
    pub(crate) fn patchable(&self) -> bool {
        self.writable() && !self.immutable
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
    /// The plugin's name (`todos`).
    pub(crate) plugin: String,
    /// `#[model(index(a, b))]`: each a list of fields.
    pub(crate) indexes: Vec<Vec<Ident>>,
    /// `#[model(unique(a, b))]`: each a list of fields.
    pub(crate) uniques: Vec<Vec<Ident>>,
    /// `#[model(row_scope = team_id)]`: the field that scopes the rows.
    pub(crate) row_scope: Option<Ident>,
}

/// `#[model(id = "..")]`: who chooses a row's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdStrategy {
    /// `"uuid"`, the default: a UUID v7 the server sets.
    Uuid,
    /// `"client"`: a string the create body carries.
    Client,
    /// `"auto"`: an `i64` the database numbers.
    Auto,
}

impl Model {
    /// The primary key, first among the fields.
    pub(crate) fn id(&self) -> &Field {
        &self.fields[0]
    }

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
        enums: &[Enumeration],
        failed: &[Ident],
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        let args = parse_model_args(attr, errors);
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
            if let Some(field) = parse_field(field, enums, failed, errors) {
                fields.push(field);
            }
        }
        // Fields that failed their own checks are not reported again by the model's lists.
        let declared: Vec<&Ident> = named
            .named
            .iter()
            .filter_map(|field| field.ident.as_ref())
            .collect();
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
        // A mistake in the key is reported, and the model still expands, with the key its
        // strategy needs: code that uses the model then reports nothing more.
        let before_id = errors.len();
        let strategy = check_id_strategy(&args, errors);
        place_id(&mut fields, strategy, &item.ident, errors);
        let id_mistakes = errors.len() - before_id;
        values::check_wire_names(
            fields
                .iter()
                .map(|field| (&field.ident, field.wire.as_str())),
            errors,
        );
        let indexes = check_key_lists(&args.index, "index", &fields, &declared, errors);
        let uniques = check_key_lists(&args.unique, "unique", &fields, &declared, errors);
        check_renames(&fields, errors);
        check_columns(&fields, errors);
        let row_scope = check_row_scope(&args, &mut fields, &declared, errors);
        if let Some(table) = &args.table {
            check_sql_name(table, "table", errors);
        }
        for reference in fields
            .iter_mut()
            .filter_map(|field| field.references.as_mut())
        {
            reference.table = format!(
                "{plugin}_{}",
                emit::snake_case(&reference.model.to_string())
            );
        }
        if errors.len() - id_mistakes > before {
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
            table_name: args.table.as_ref().map_or_else(
                || format!("{plugin}_{snake}"),
                |table| table.as_str().to_owned(),
            ),
            indexes,
            uniques,
            row_scope,
            plugin: plugin.to_owned(),
        })
    }
}

/// `computed = "SQL"`: a scalar field with no column, whose value is the SQL expression's (in
/// parentheses, evaluated per row: a subquery naming the model's table, an arithmetic of its
/// columns). Nothing writes it, so it takes no option that describes a stored or written value.
fn check_computed(
    ident: &Ident,
    kind: Kind,
    list: bool,
    args: &FieldArgs,
    errors: &mut Errors,
) -> Option<String> {
    let sql = args.computed.as_ref()?;
    if sql.trim().is_empty() {
        errors.at_span(
            sql.span(),
            "`computed` needs the SQL expression of the value\nhelp: write `computed = \"SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id\"`",
        );
        return None;
    }
    if list || matches!(kind, Kind::Json) {
        errors.at_span(
            sql.span(),
            format!("computed field `{ident}` must be a scalar: a list or a JSON document is not computed in SQL on every backend\nhelp: make it a `String`, a number, a `bool` or a `Timestamp` (or an `Option` of one)"),
        );
        return None;
    }
    let stored = [
        ("default", args.default.is_some()),
        ("unique", args.unique.is_present()),
        ("index", args.index.is_present()),
        ("stamped", args.stamped.is_present()),
        ("references", args.references.is_some()),
        ("on_update", args.on_update.is_some()),
        ("renamed_from", args.renamed_from.is_some()),
        ("column", args.column.is_some()),
        ("immutable", args.immutable.is_present()),
        ("readonly", args.readonly.is_present()),
    ];
    if let Some((option, _)) = stored.iter().find(|(_, present)| *present) {
        errors.at_span(
            sql.span(),
            format!("computed field `{ident}` has no column, so it takes no `{option}`: the database computes it on every read, and nothing writes it\nhelp: remove `{option}`"),
        );
        return None;
    }
    Some(sql.as_str().to_owned())
}

/// `row_scope = field`: a `String` field of the model, which the runtime sets (the request's
/// scope value) and no client sends. Marks the field so.
fn check_row_scope(
    args: &ModelArgs,
    fields: &mut [Field],
    declared: &[&Ident],
    errors: &mut Errors,
) -> Option<Ident> {
    const HELP: &str =
        "help: write `#[model(row_scope = team_id)]` with a field `pub team_id: String`";
    let path = args.row_scope.as_ref()?;
    let Some(ident) = path.get_ident() else {
        errors.at(
            &**path,
            format!("`row_scope` names one field of the model\n{HELP}"),
        );
        return None;
    };
    let texts: Vec<String> = fields
        .iter()
        .filter(|field| {
            field.kind == Kind::Text
                && !field.nullable
                && field.list.is_none()
                && !field.primary_key
                && field.computed.is_none()
        })
        .map(|field| format!("`{}`", field.ident))
        .collect();
    let Some(field) = fields.iter_mut().find(|field| field.ident == *ident) else {
        // A field that failed its own checks was reported there.
        if !declared.contains(&ident) {
            let help = if texts.is_empty() {
                HELP.to_owned()
            } else {
                format!(
                    "help: name one of the model's `String` fields: {}",
                    texts.join(", ")
                )
            };
            errors.at(
                ident,
                format!("`row_scope = {ident}` names no field of this model\n{help}"),
            );
        }
        return None;
    };
    if field.primary_key {
        errors.at(ident, format!("the `id` cannot scope the rows\n{HELP}"));
        return None;
    }
    if field.kind != Kind::Text
        || field.nullable
        || field.list.is_some()
        || field.computed.is_some()
    {
        errors.at(
            ident,
            format!(
                "`row_scope = {ident}` needs a `String` field: every row belongs to one scope, named by text (a team's id)\nhelp: declare `pub {ident}: String`"
            ),
        );
        return None;
    }
    if field.stamped || field.default.is_some() || field.immutable || field.on_update_now {
        errors.at(
            ident,
            format!(
                "`{ident}` is the row scope, which the runtime sets on every create (the request's value), so it takes no `stamped`, `default`, `immutable` or `on_update`\nhelp: remove those options from `{ident}`"
            ),
        );
        return None;
    }
    field.row_scope = true;
    field.readonly = true;
    Some(ident.clone())
}

/// The primary key, first among the fields: the declared `id` (a UUID the server sets, with
/// `id = "client"` the client's, writable once, with `id = "auto"` the database's number), or a
/// generated one.
fn place_id(fields: &mut Vec<Field>, strategy: IdStrategy, model: &Ident, errors: &mut Errors) {
    let client_id = strategy == IdStrategy::Client;
    let auto = strategy == IdStrategy::Auto;
    match fields.iter().position(|field| field.ident == "id") {
        Some(index) => {
            let id = fields.remove(index);
            let (kind, rust) = if auto {
                (Kind::I64, "i64")
            } else {
                (Kind::Text, "String")
            };
            let typed = id.kind == kind && !id.nullable && id.list.is_none();
            if !typed {
                let help = match strategy {
                    IdStrategy::Client => "help: write `pub id: String`",
                    IdStrategy::Auto => {
                        "help: write `pub id: i64`, or remove the field to have it generated"
                    }
                    IdStrategy::Uuid if id.kind == Kind::I64 && !id.nullable => {
                        "help: declare `#[model(id = \"auto\")]` for a key the database numbers"
                    }
                    IdStrategy::Uuid => {
                        "help: remove the `id` field to have it generated, or declare `#[model(id = \"client\")]` for a key the client chooses"
                    }
                };
                errors.at(
                    &id.ty,
                    format!("the primary key `id` must be `{rust}`\n{help}"),
                );
            }
            if id.wire != "id" {
                errors.at(
                    &id.ident,
                    "the primary key is `id` in JSON too\nhelp: remove `rename`",
                );
            }
            let rules = id.length != (None, None)
                || id.range != (None, None)
                || id.pattern.is_some()
                || id.one_of.is_some()
                || id.format.is_some()
                || id.path_segment
                || id.immutable
                || id.unique
                || id.index
                || id.default.is_some();
            if !client_id && rules {
                let who = if auto {
                    "the database numbers `id`"
                } else {
                    "the server sets `id` (a UUID v7)"
                };
                errors.at(&id.ident, format!("{who}, so rules on it would never be checked\nhelp: remove `#[field(..)]` from `id`, or declare `#[model(id = \"client\")]` for a key the client chooses"));
            }
            if client_id && id.length.1.is_none_or(|max| max > 255) {
                errors.at(&id.ident, "a key the client chooses needs `length(max = ..)`, at most 255: it is a key on every backend (MySQL's are at most 255 characters here)\nhelp: write `#[field(length(min = 1, max = 64))]` on `id`");
            }
            fields.insert(
                0,
                Field {
                    primary_key: true,
                    // A key the client chooses is sent once, and addresses the row in paths.
                    readonly: !client_id,
                    immutable: client_id,
                    path_segment: id.path_segment || client_id,
                    auto_increment: auto,
                    // After an error above, the key the strategy needs.
                    ty: if typed {
                        id.ty.clone()
                    } else {
                        syn::parse_str(rust).expect("a type")
                    },
                    kind,
                    nullable: false,
                    list: None,
                    wire: "id".to_owned(),
                    ..id
                },
            );
        }
        None if client_id => {
            errors.at(
                model,
                "`id = \"client\"`: the client chooses the key, so the model declares it\nhelp: add `pub id: String`, with its rules (`#[field(length(max = 64), pattern = \"..\")]`)",
            );
            fields.insert(0, generated_id_field(false));
        }
        None => fields.insert(0, generated_id_field(auto)),
    }
}

/// `id = "uuid"` (the default: a UUID v7 the server sets), `id = "client"` (a string key the
/// create body carries) or `id = "auto"` (an `i64` the database numbers).
fn check_id_strategy(args: &ModelArgs, errors: &mut Errors) -> IdStrategy {
    match args.id.as_ref().map(|id| (id.as_str(), id.span())) {
        None | Some(("uuid", _)) => IdStrategy::Uuid,
        Some(("client", _)) => IdStrategy::Client,
        Some(("auto", _)) => IdStrategy::Auto,
        Some((other, span)) => {
            errors.at_span(
                span,
                format!("unknown `id = \"{other}\"`\nhelp: use \"uuid\" (the default: a UUID v7 the server sets), \"client\" (a key the create body carries) or \"auto\" (an `i64` the database numbers)"),
            );
            IdStrategy::Uuid
        }
    }
}

fn parse_model_args(attr: &Attribute, errors: &mut Errors) -> ModelArgs {
    if let syn::Meta::List(list) = &attr.meta
        && let Some(items) = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone()))
    {
        return ModelArgs::from_list(&items).unwrap_or_else(|error| {
            errors.darling(error);
            ModelArgs::default()
        });
    }
    ModelArgs::default()
}

/// `renamed_from` names a column no current field has, and each old column at most once.
fn check_renames(fields: &[Field], errors: &mut Errors) {
    for (index, field) in fields.iter().enumerate() {
        let Some(old) = &field.renamed_from else {
            continue;
        };
        if fields.iter().any(|other| other.column == old.as_str()) {
            errors.at(
                &field.ident,
                format!(
                    "`{}` is renamed from `{old}`, which is still a field of this model\nhelp: remove `renamed_from`, or rename the field `{old}` too",
                    field.ident
                ),
            );
        } else if let Some(first) = fields[..index]
            .iter()
            .find(|other| other.renamed_from.as_deref() == Some(old.as_str()))
        {
            errors.at(
                &field.ident,
                format!(
                    "`{}` and `{}` are both renamed from `{old}`: one column becomes one field\nhelp: keep `renamed_from = \"{old}\"` on one of them",
                    first.ident, field.ident
                ),
            );
        }
    }
}

/// No two fields map onto one column (`column = ".."`).
fn check_columns(fields: &[Field], errors: &mut Errors) {
    for (index, field) in fields.iter().enumerate() {
        if let Some(first) = fields[..index]
            .iter()
            .find(|other| other.column == field.column)
        {
            errors.at(
                &field.ident,
                format!(
                    "`{}` and `{}` are both the column `{}`\nhelp: give one of them another `column = \"..\"`",
                    first.ident, field.ident, field.column
                ),
            );
        }
    }
}

/// Each `index(..)` (or `unique(..)`, as `what` says) names two or more distinct fields of the
/// model, and no list is declared twice.
fn check_key_lists(
    lists: &[SpannedValue<darling::util::PathList>],
    what: &str,
    fields: &[Field],
    declared: &[&Ident],
    errors: &mut Errors,
) -> Vec<Vec<Ident>> {
    let mut keys: Vec<Vec<Ident>> = Vec::new();
    let (noun, one_field) = if what == "index" {
        ("index", "index one field with `#[field(index)]` on it")
    } else {
        (
            "unique constraint",
            "make one field unique with `#[field(unique)]` on it",
        )
    };
    for list in lists {
        let mut columns: Vec<Ident> = Vec::new();
        for path in list.iter() {
            let Some(ident) = path.get_ident() else {
                errors.at(
                    path,
                    format!(
                        "`{what}(..)` lists field names\nhelp: write `{what}(team_id, status)`"
                    ),
                );
                continue;
            };
            if !fields.iter().any(|field| field.ident == *ident) && declared.contains(&ident) {
                // A field with errors of its own.
            } else if !fields.iter().any(|field| field.ident == *ident) {
                let known: Vec<String> =
                    fields.iter().map(|field| field.ident.to_string()).collect();
                errors.at(
                    ident,
                    format!(
                        "no field `{ident}` for this {noun}\nhelp: the fields are {}",
                        known.join(", ")
                    ),
                );
            } else if columns.contains(ident) {
                errors.at(
                    ident,
                    format!("`{ident}` appears twice in this {noun}\nhelp: list each field once"),
                );
            } else {
                columns.push(ident.clone());
            }
        }
        if list.len() < 2 {
            errors.at_span(
                list.span(),
                format!("`{what}(..)` on the model is for two or more fields\nhelp: {one_field}"),
            );
        } else if columns.len() < list.len() {
            // A mistake inside the list, reported above.
        } else if keys.contains(&columns) {
            errors.at_span(
                list.span(),
                format!("this {noun} is declared twice\nhelp: remove one of them"),
            );
        } else {
            keys.push(columns);
        }
    }
    keys
}

fn generated_id_field(auto: bool) -> Field {
    let span = Span::call_site();
    let (doc, ty, kind) = if auto {
        (
            "The primary key: a number the database gives each new row.",
            syn::parse_quote!(i64),
            Kind::I64,
        )
    } else {
        (
            "The primary key: a UUID v7, set by the server.",
            syn::parse_quote!(String),
            Kind::Text,
        )
    };
    let doc_attr = format!(" {doc}");
    Field {
        ident: Ident::new("id", span),
        vis: syn::parse_quote!(pub),
        attrs: vec![syn::parse_quote!(#[doc = #doc_attr])],
        ty,
        kind,
        nullable: false,
        wire: "id".to_owned(),
        doc: doc.to_owned(),
        primary_key: true,
        unique: false,
        readonly: true,
        default: None,
        length: (None, None),
        range: (None, None),
        enumeration: None,
        references: None,
        index: false,
        on_update_now: false,
        stamped: false,
        row_scope: false,
        computed: None,
        path_segment: false,
        renamed_from: None,
        column: "id".to_owned(),
        pattern: None,
        immutable: false,
        one_of: None,
        format: None,
        list: None,
        decimal: None,
        typed: false,
        auto_increment: auto,
    }
}

/// What a field's type is: its kind, whether it may be null, whether it is a list, and the
/// enumeration of an enum field (or of its items).
struct Shape {
    kind: Kind,
    nullable: bool,
    list: bool,
    enumeration: Option<Ident>,
}

/// `T`, `Vec<T>`, `Option<T>` or `Option<Vec<T>>` with `T` a supported type (no list of
/// `JsonValue`, which holds arrays itself, nor of `Decimal`).
fn field_shape(ty: &Type, enums: &[Enumeration]) -> Option<Shape> {
    let (ty, nullable) = wrapped(ty, "Option").map_or((ty, false), |inner| (inner, true));
    let (ty, list) = wrapped(ty, "Vec").map_or((ty, false), |inner| (inner, true));
    let (kind, nullable_inside, enumeration) = field_type(ty, enums)?;
    let refused = nullable_inside || (list && matches!(kind, Kind::Json | Kind::Decimal));
    (!refused).then_some(Shape {
        kind,
        nullable,
        list,
        enumeration,
    })
}

/// `T` with `T` a supported scalar type; the enumeration's name for an enum field.
fn field_type(ty: &Type, enums: &[Enumeration]) -> Option<(Kind, bool, Option<Ident>)> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident == "Option" || last.ident == "Vec" {
        return None;
    }
    if !last.arguments.is_none() {
        return None;
    }
    if path.path.segments.len() == 1 && enums.iter().any(|known| known.ident == last.ident) {
        return Some((Kind::Enum, false, Some(last.ident.clone())));
    }
    Kind::from_ident(&last.ident).map(|kind| (kind, false, None))
}

/// Names the generated table module declares next to the columns.
const RESERVED_COLUMNS: [&str; 5] = ["table", "columns", "dsl", "all_columns", "star"];

fn parse_field(
    field: &syn::Field,
    enums: &[Enumeration],
    failed: &[Ident],
    errors: &mut Errors,
) -> Option<Field> {
    let ident = field.ident.clone()?;
    let before = errors.len();
    check_field_name(&ident, errors);
    let args = field_args(field, errors);
    let typed = args.json.is_present();
    let Shape {
        kind,
        nullable,
        list,
        enumeration,
    } = shape_of(field, &args, enums, failed, errors)?;
    let enum_def = enumeration
        .as_ref()
        .and_then(|name| enums.iter().find(|known| known.ident == *name));
    let default = args
        .default
        .as_ref()
        .and_then(|default| check_default(&ident, kind, enum_def, default, errors));
    let references = check_reference(&ident, kind, nullable, &args, errors);
    let on_update_now = check_on_update(kind, &args, errors);
    let rules = ValueRules::of(&ident, kind, list, &args, errors);
    let length = rules.length;
    let range = rules.range;
    let stamped = args.stamped.is_present();
    if args.path_segment.is_present() && kind != Kind::Text {
        errors.at_span(
            args.path_segment.span(),
            "`path_segment` applies to a `String` field: only text addresses a record in a path\nhelp: remove `path_segment`",
        );
    }
    let renamed_from = check_renamed_from(&ident, &args, errors);
    let column = column_of(&ident, &args, errors);
    let pattern = rules.pattern;
    let one_of = rules.one_of;
    if let (Some(one_of), Some(default), Some(arg)) = (&one_of, &default, &args.default)
        && !values::allows(one_of, default)
    {
        errors.at_span(
            arg.span(),
            "the default is not one of `one_of`'s values\nhelp: add it to `one_of`, or default to one of them",
        );
    }
    let format = rules.format;
    check_json_column(&ident, kind, list, &args, errors);
    let decimal = check_decimal(&ident, kind, &args, errors);
    let wire = values::wire_name(&ident, args.rename.as_ref(), errors);
    check_immutable(&args, stamped || on_update_now, errors);
    let computed = check_computed(&ident, kind, list, &args, errors);
    refuse_body_options(&args, list, errors);
    check_server_set(
        &ident,
        kind,
        nullable,
        default.is_some(),
        on_update_now,
        &args,
        errors,
    );
    if errors.len() > before {
        return None;
    }
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
        // A field the server sets on every update is never the client's to send.
        readonly: args.readonly.is_present() || on_update_now || stamped || computed.is_some(),
        default,
        length,
        range,
        enumeration,
        references,
        index: args.index.is_present(),
        on_update_now,
        stamped,
        row_scope: false,
        computed,
        path_segment: args.path_segment.is_present(),
        renamed_from,
        column,
        pattern,
        immutable: args.immutable.is_present(),
        one_of,
        format,
        list: rules.count,
        decimal,
        typed,
        auto_increment: false,
        ident,
    })
}

/// The field's type as a [`Shape`], or an error saying which types are.
fn shape_of(
    field: &syn::Field,
    args: &FieldArgs,
    enums: &[Enumeration],
    failed: &[Ident],
    errors: &mut Errors,
) -> Option<Shape> {
    if args.json.is_present() {
        return typed_shape(&field.ty, enums, args.json.span(), errors);
    }
    let shape = field_shape(&field.ty, enums);
    // An enumeration with errors of its own is not reported again as an unsupported type.
    let failed_type = [&field.ty, emit::wrapped(&field.ty, "Option").unwrap_or(&field.ty)]
        .into_iter()
        .flat_map(|ty| [ty, emit::wrapped(ty, "Vec").unwrap_or(ty)])
        .any(|ty| matches!(ty, Type::Path(path) if path.path.get_ident().is_some_and(|ident| failed.contains(ident))));
    if shape.is_none() && !failed_type {
        let written = quote::ToTokens::to_token_stream(&field.ty)
            .to_string()
            .replace(' ', "");
        errors.at(
            &field.ty,
            format!("unsupported field type `{written}`\n{SUPPORTED_TYPES}"),
        );
    }
    shape
}

/// The field's one `#[field(..)]` attribute, parsed (empty without one).
fn field_args(field: &syn::Field, errors: &mut Errors) -> FieldArgs {
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
    args
}

/// `immutable` beside `readonly`, or on a field the server sets (`server_set`), says nothing.
fn check_immutable(args: &FieldArgs, server_set: bool, errors: &mut Errors) {
    if args.immutable.is_present() && args.readonly.is_present() {
        errors.at_span(
            args.immutable.span(),
            "`immutable` and `readonly` disagree: a readonly field is never sent, an immutable one is sent when the row is created\nhelp: keep one of them",
        );
    } else if args.immutable.is_present() && server_set {
        errors.at_span(
            args.immutable.span(),
            "the server sets this field, so a client never sends it: `immutable` says nothing more\nhelp: remove `immutable`",
        );
    }
}

/// `#[field(json)]`: `T` or `Option<T>` of a type of the user's own, stored as JSON, which
/// checks and documents itself (`Input` and `ApiSchema`: a `#[body]`).
fn typed_shape(ty: &Type, enums: &[Enumeration], span: Span, errors: &mut Errors) -> Option<Shape> {
    let (inner, nullable) = wrapped(ty, "Option").map_or((ty, false), |inner| (inner, true));
    if field_shape(ty, enums).is_some() || wrapped(inner, "Vec").is_some() {
        errors.at_span(
            span,
            "`json` is for a type of your own (a `#[body]`), stored as a JSON document; this type is stored as a column of its own\nhelp: remove `json`",
        );
        return None;
    }
    Some(Shape {
        kind: Kind::Json,
        nullable,
        list: false,
        enumeration: None,
    })
}

/// `decimal(precision = .., scale = ..)`: required on a `Decimal` field (PostgreSQL's
/// `NUMERIC(p, s)`: 1 to 1000 digits, a scale from 0 to the precision), refused elsewhere.
pub(crate) fn check_decimal(
    ident: &Ident,
    kind: Kind,
    args: &FieldArgs,
    errors: &mut Errors,
) -> Option<(u32, u32)> {
    match (&args.decimal, kind) {
        (None, Kind::Decimal) => {
            errors.at(
                ident,
                format!("`{ident}` is a `Decimal`, whose digits the column declares\nhelp: write `#[field(decimal(precision = 20, scale = 2))]`: 20 digits, 2 of them after the point"),
            );
            None
        }
        (None, _) => None,
        (Some(decimal), Kind::Decimal) => {
            let (Some(precision), Some(scale)) = (&decimal.precision, &decimal.scale) else {
                errors.at_span(
                    decimal.span(),
                    "`decimal(..)` names both its digits\nhelp: write `decimal(precision = 20, scale = 2)`",
                );
                return None;
            };
            if !(1..=1000).contains(&**precision) {
                errors.at_span(precision.span(), "a precision is from 1 to 1000 digits (PostgreSQL's `NUMERIC` limit; MySQL's `DECIMAL` takes 65)\nhelp: count every digit, those after the point included");
                return None;
            }
            if **scale > **precision {
                errors.at_span(scale.span(), "the scale counts digits of the precision, so it is at most the precision\nhelp: `decimal(precision = 20, scale = 2)` holds 18 digits before the point and 2 after");
                return None;
            }
            Some((**precision, **scale))
        }
        (Some(decimal), _) => {
            errors.at_span(
                decimal.span(),
                "`decimal(..)` applies to `Decimal` fields\nhelp: make the field a `Decimal`, or remove `decimal(..)`",
            );
            None
        }
    }
}

/// A field's value rules: for a scalar, its own; for a list, `length(..)` bounds the number of
/// items and `items(..)` holds each item's rules.
struct ValueRules {
    length: (Option<u32>, Option<u32>),
    range: (Option<f64>, Option<f64>),
    pattern: Option<String>,
    one_of: Option<OneOf>,
    format: Option<Format>,
    /// A list's bounds on its number of items; `None` for a scalar.
    count: Option<(Option<u32>, Option<u32>)>,
}

/// The value rules as written, on the field itself or in its `items(..)`.
struct WrittenRules<'a> {
    length: Option<&'a SpannedValue<Bounds>>,
    range: Option<&'a SpannedValue<Bounds>>,
    pattern: Option<&'a SpannedValue<String>>,
    one_of: Option<&'a SpannedValue<super::args::Values>>,
    format: Option<&'a SpannedValue<String>>,
}

impl ValueRules {
    fn of(ident: &Ident, kind: Kind, list: bool, args: &FieldArgs, errors: &mut Errors) -> Self {
        let own = WrittenRules {
            length: args.length.as_ref(),
            range: args.range.as_ref(),
            pattern: args.pattern.as_ref(),
            one_of: args.one_of.as_ref(),
            format: args.format.as_ref(),
        };
        if !list {
            return Self::checked(kind, &own, None, errors);
        }
        if own.range.is_some()
            || own.pattern.is_some()
            || own.one_of.is_some()
            || own.format.is_some()
        {
            errors.at(
                ident,
                format!("`{ident}` is a list: its `length(..)` bounds the number of items, and each item's rules go in `items(..)`\nhelp: write `#[field(length(max = 10), items(length(max = 40)))]`"),
            );
        }
        let count = own.length.map_or((None, None), |bounds| {
            check_length(Kind::Text, bounds, errors)
        });
        let items = args.items.as_ref().map_or(
            WrittenRules {
                length: None,
                range: None,
                pattern: None,
                one_of: None,
                format: None,
            },
            |items| WrittenRules {
                length: items.length.as_ref(),
                range: items.range.as_ref(),
                pattern: items.pattern.as_ref(),
                one_of: items.one_of.as_ref(),
                format: items.format.as_ref(),
            },
        );
        Self::checked(kind, &items, Some(count), errors)
    }

    /// The rules of each value, checked against its kind.
    fn checked(
        kind: Kind,
        rules: &WrittenRules<'_>,
        count: Option<(Option<u32>, Option<u32>)>,
        errors: &mut Errors,
    ) -> Self {
        Self {
            length: rules
                .length
                .map_or((None, None), |bounds| check_length(kind, bounds, errors)),
            range: rules
                .range
                .map_or((None, None), |bounds| check_range(kind, bounds, errors)),
            pattern: rules
                .pattern
                .and_then(|pattern| check_pattern(kind, pattern, errors)),
            one_of: rules
                .one_of
                .and_then(|list| values::check_one_of(kind, list, errors)),
            format: rules
                .format
                .and_then(|format| values::check_format(kind, format, errors)),
            count,
        }
    }
}

/// A JSON column (`JsonValue`, a list) is no key and has no default: no database indexes or
/// compares JSON the same way, and a default would be a literal of another shape.
fn check_json_column(ident: &Ident, kind: Kind, list: bool, args: &FieldArgs, errors: &mut Errors) {
    if kind != Kind::Json && !list {
        return;
    }
    let what = if list { "a list" } else { "any JSON" };
    let refused = [
        (
            "unique",
            args.unique.is_present().then(|| args.unique.span()),
        ),
        ("index", args.index.is_present().then(|| args.index.span())),
        ("default", args.default.as_ref().map(DefaultArg::span)),
        (
            "references",
            args.references.as_ref().map(SpannedValue::span),
        ),
    ];
    for (option, span) in refused {
        if let Some(span) = span {
            let help = if option == "default" {
                format!("make `{ident}` an `Option<..>`, or have clients send it")
            } else {
                "store what you look rows up by in a field of its own".to_owned()
            };
            errors.at_span(
                span,
                format!("`{ident}` holds {what}, stored as a JSON document, which takes no `{option}`\nhelp: {help}"),
            );
        }
    }
}

/// The options of a `#[body]`'s or `#[view]`'s field, which a model's field does not take.
fn refuse_body_options(args: &FieldArgs, list: bool, errors: &mut Errors) {
    if let Some(items) = args.items.as_ref().filter(|_| !list) {
        errors.at_span(
            items.span(),
            "`items(..)` rules each item of a list, and this field holds one value\nhelp: make the field a `Vec<..>`, or put the rules in `#[field(..)]` itself",
        );
    }
    if args.undocumented.is_present() {
        errors.at_span(
            args.undocumented.span(),
            "`undocumented` is for a field of a `#[body]`: a model's fields are its columns, all documented\nhelp: remove `undocumented`",
        );
    }
    if args.flatten.is_present() {
        errors.at_span(
            args.flatten.span(),
            "`flatten` is for a field of a `#[body]` or a `#[view]`: a model's fields are its columns\nhelp: remove `flatten`",
        );
    }
}

/// A field's name: no raw identifier, none the table module takes.
fn check_field_name(ident: &Ident, errors: &mut Errors) {
    let name = ident.to_string();
    if let Some(bare) = name.strip_prefix("r#") {
        errors.at(
            ident,
            format!(
                "raw identifier `{name}` cannot name a column\nhelp: give the field another name and keep `{bare}` in JSON with `#[field(rename = \"{bare}\")]` (and in SQL with `column = \"{bare}\"`)"
            ),
        );
    } else if RESERVED_COLUMNS.contains(&name.as_str()) {
        errors.at(
            ident,
            format!("`{name}` is taken by the generated table module\nhelp: rename the field"),
        );
    }
}

/// The SQL column: `column = ".."`, checked, else the field's name.
fn column_of(ident: &Ident, args: &FieldArgs, errors: &mut Errors) -> String {
    if let Some(column) = &args.column {
        check_sql_name(column, "column", errors);
        return column.as_str().to_owned();
    }
    let name = ident.to_string();
    name.strip_prefix("r#").unwrap_or(&name).to_owned()
}

/// A `table = ".."` or `column = ".."` name: ASCII letters, digits and `_`, not starting with a
/// digit, at most 63 bytes (PostgreSQL's limit), so it needs no quoting rules of its own.
pub(crate) fn check_sql_name(name: &SpannedValue<String>, what: &str, errors: &mut Errors) {
    let well_formed = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.len() <= 63;
    if !well_formed {
        let example = if what == "table" {
            "plugin_templates"
        } else {
            "display_name"
        };
        errors.at_span(
            name.span(),
            format!(
                "`{what} = \"{}\"` is not a name btst-rs maps onto: use ASCII letters, digits and `_`, not starting with a digit, at most 63 bytes\nhelp: `{what} = \"{example}\"`",
                name.as_str()
            ),
        );
    }
}

/// `renamed_from = "old_name"`: a column name (lowercase ASCII, digits, `_`, not starting with a
/// digit) other than the field's own.
fn check_renamed_from(ident: &Ident, args: &FieldArgs, errors: &mut Errors) -> Option<String> {
    let old = args.renamed_from.as_ref()?;
    let column = ident.to_string();
    let column = column.strip_prefix("r#").unwrap_or(&column);
    let well_formed = old
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && old
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !well_formed {
        errors.at_span(
            old.span(),
            format!(
                "`renamed_from = \"{}\"` is not a column name: columns are the fields' snake_case names\nhelp: write the field's previous name, as `renamed_from = \"due_on\"`",
                old.as_str()
            ),
        );
        return None;
    }
    if old.as_str() == column {
        errors.at_span(
            old.span(),
            format!(
                "`{column}` is renamed from itself\nhelp: remove `renamed_from`, or name the field's previous name"
            ),
        );
        return None;
    }
    Some(old.as_str().to_owned())
}

/// The rules for fields the server sets: `on_update = now` needs a value on create, `stamped`
/// needs an empty value to start from and no `default`, `readonly` needs one of them.
fn check_server_set(
    ident: &Ident,
    kind: Kind,
    nullable: bool,
    has_default: bool,
    on_update_now: bool,
    args: &FieldArgs,
    errors: &mut Errors,
) {
    if on_update_now && !has_default && !nullable {
        errors.at(
            ident,
            format!("`{ident}` is set on every update but has no value on create\nhelp: add `default = now`"),
        );
    }
    let stamped = args.stamped.is_present();
    if stamped
        && !nullable
        && !matches!(
            kind,
            Kind::Text | Kind::Bool | Kind::I32 | Kind::I64 | Kind::F64
        )
    {
        errors.at_span(
            args.stamped.span(),
            format!("`stamped` field `{ident}` must have an empty value to start from\nhelp: use `String`, `bool` or a number, or make it `Option<...>`"),
        );
    }
    if stamped && has_default {
        errors.at_span(
            args.stamped.span(),
            "`stamped` and `default` disagree: a stamped field is set by the endpoint\nhelp: remove one of them",
        );
    }
    if args.readonly.is_present() && !stamped && !has_default && !nullable {
        errors.at_span(
            args.readonly.span(),
            format!("`readonly` field `{ident}` needs a value the server can set\nhelp: add `default = ...` (for a timestamp, `default = now`), make it `Option<...>`, or mark it `stamped` and set it with `Db::create_with`"),
        );
    }
}

pub(crate) fn parse_field_args(attr: &Attribute, errors: &mut Errors) -> FieldArgs {
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
    enumeration: Option<&Enumeration>,
    default: &DefaultArg,
    errors: &mut Errors,
) -> Option<Default> {
    if let (Some(enumeration), DefaultArg::Variant(variant)) = (enumeration, default) {
        return match enumeration.value_of(variant) {
            Some(value) => Some(Default::Variant(variant.clone(), value.to_owned())),
            None => {
                errors.at(
                    variant,
                    format!(
                        "`{}` has no variant `{variant}`\nhelp: use one of {}",
                        enumeration.ident,
                        enumeration.variant_list()
                    ),
                );
                None
            }
        };
    }
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
            Kind::Enum => "a variant name such as `default = Medium`",
            Kind::Json => "nothing: a JSON field has no default",
            Kind::Decimal => {
                "nothing yet: a decimal field has no default (make it an `Option<Decimal>`)"
            }
        };
        let type_name = enumeration.map_or_else(
            || kind.rust_name().to_owned(),
            |enumeration| enumeration.ident.to_string(),
        );
        errors.at_span(
            default.span(),
            format!(
                "`default` of the wrong type: `{ident}` is `{type_name}`, the default is {}\nhelp: give {expected}",
                default.describe()
            ),
        );
    }
    checked
}

/// `references = Model` on a `String` field, with a valid `on_delete`. The model itself is
/// checked by the plugin, which knows every model.
fn check_reference(
    ident: &Ident,
    kind: Kind,
    nullable: bool,
    args: &FieldArgs,
    errors: &mut Errors,
) -> Option<Reference> {
    let Some(target) = &args.references else {
        if let Some(on_delete) = &args.on_delete {
            errors.at_span(
                on_delete.span(),
                "`on_delete` needs `references = Model`\nhelp: write `#[field(references = Model, on_delete = \"cascade\")]`",
            );
        }
        return None;
    };
    let (model, plugin) = match target.get_ident() {
        Some(model) => (model, None),
        None => {
            let mut module = (**target).clone();
            let last = module.segments.pop();
            module.segments.pop_punct();
            match last {
                Some(last) if last.arguments.is_none() && !module.segments.is_empty() => {
                    let model = &target.segments.last().expect("one segment").ident;
                    (model, Some(module))
                }
                _ => {
                    errors.at(
                        &**target,
                        "`references` names a model: `Project` of this plugin, or \
                         `crate::users::User` of a plugin in `depends_on`",
                    );
                    return None;
                }
            }
        }
    };
    if kind != Kind::Text && kind != Kind::I64 {
        errors.at(model, format!("`{ident}` references `{model}` by its id, so it holds one\nhelp: make it `String` (or `Option<String>`), or `i64` if `{model}` has `#[model(id = \"auto\")]`"));
    }
    let on_delete = match args
        .on_delete
        .as_ref()
        .map(|value| (value.as_str(), value.span()))
    {
        None | Some(("restrict", _)) => OnDelete::Restrict,
        Some(("cascade", _)) => OnDelete::Cascade,
        Some(("set null", span)) => {
            if !nullable {
                errors.at_span(span, format!("`on_delete = \"set null\"` needs a field that can be null\nhelp: make `{ident}` an `Option<..>`, or use \"cascade\" or \"restrict\""));
            }
            OnDelete::SetNull
        }
        Some((other, span)) => {
            errors.at_span(span, format!("unsupported `on_delete = \"{other}\"`\nhelp: use \"cascade\", \"set null\" or \"restrict\""));
            return None;
        }
    };
    Some(Reference {
        model: model.clone(),
        plugin,
        table: String::new(),
        on_delete,
    })
}

/// `on_update = now` on a `Timestamp` field.
fn check_on_update(kind: Kind, args: &FieldArgs, errors: &mut Errors) -> bool {
    match &args.on_update {
        None => false,
        Some(DefaultArg::Now(_)) if kind == Kind::Timestamp => true,
        Some(DefaultArg::Now(span)) => {
            errors.at_span(*span, "`on_update = now` is for `Timestamp` fields");
            false
        }
        Some(other) => {
            errors.at_span(
                other.span(),
                "`on_update` takes `now`\nhelp: write `on_update = now`",
            );
            false
        }
    }
}

/// `pattern = ".."` on a text field: a regular expression regex-lite compiles (the runtime checks
/// values with it), refused here with regex-lite's own message otherwise.
pub(crate) fn check_pattern(
    kind: Kind,
    pattern: &SpannedValue<String>,
    errors: &mut Errors,
) -> Option<String> {
    if kind != Kind::Text {
        errors.at_span(
            pattern.span(),
            "`pattern` applies to `String` fields\nhelp: use `range(min = .., max = ..)` for numbers",
        );
        return None;
    }
    match regex_lite::Regex::new(pattern.as_str()) {
        Ok(_) => Some(pattern.as_str().to_owned()),
        Err(error) => {
            let reason = error.to_string().replace('\n', " ");
            errors.at_span(
                pattern.span(),
                format!(
                    "`pattern` is not a regular expression the runtime can check: {reason}\nhelp: use classes, anchors, groups, alternation and repetition (ECMA-262's common subset; no lookaround or backreferences)"
                ),
            );
            None
        }
    }
}

pub(crate) fn check_length(
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

pub(crate) fn check_range(
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
