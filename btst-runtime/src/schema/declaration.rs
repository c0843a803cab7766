//! What a model declares of its table: the part of a [`ModelMeta`] the database holds (columns,
//! types, keys, defaults, checks, indexes), and nothing the database does not (wire names,
//! lengths below MySQL's key limit, docs). The Stack records it per table, as JSON, when it
//! creates or changes a table; the next start compares it with the models' ([`super::diff`]).

use serde::{Deserialize, Serialize};

use crate::model::{DefaultValue, FieldMeta, FieldType, ModelMeta};

/// One table as its model declares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[expect(
    clippy::struct_field_names,
    reason = "`table` is the table's name, as in the ledger's column"
)]
pub(crate) struct Table {
    /// The model's name (`Task`), for messages.
    pub(crate) model: String,
    /// The table's name (`tracker_task`).
    pub(crate) table: String,
    /// Its columns, in declaration order.
    pub(crate) columns: Vec<Column>,
    /// Its indexes, each a list of columns: the single-column ones (`#[field(index)]`) in field
    /// order, then the model's composite ones (`#[model(index(..))]`).
    pub(crate) indexes: Vec<Vec<String>>,
    /// Its composite unique constraints (`#[model(unique(..))]`), each a list of columns;
    /// left out of the record when there are none, as before they existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) uniques: Vec<Vec<String>>,
}

/// One column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent column flags, as in the model's FieldMeta"
)]
pub(crate) struct Column {
    pub(crate) name: String,
    #[serde(rename = "type")]
    pub(crate) ty: ColumnType,
    pub(crate) nullable: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) primary_key: bool,
    /// The database numbers it (`#[model(id = "auto")]`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) auto_increment: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) unique: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default: Option<Default>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) references: Option<ForeignKey>,
    /// `length(max)`: the width of a keyed text column on MySQL (a `VARCHAR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_length: Option<u32>,
    /// The column's previous name (`#[field(renamed_from = "..")]`): read by the diff, never
    /// recorded.
    #[serde(skip)]
    pub(crate) renamed_from: Option<String>,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

/// A column's type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ColumnType {
    Text,
    Bool,
    I32,
    I64,
    F64,
    Timestamp,
    /// An enumeration: text, checked against its values.
    Enum {
        name: String,
        values: Vec<String>,
    },
    /// Any JSON (`JsonValue`): a JSON document.
    Json,
    /// An exact decimal: `NUMERIC(precision, scale)`.
    Decimal {
        precision: u32,
        scale: u32,
    },
    /// A list (`Vec<T>`) of values of the inner type: a JSON array in a JSON document.
    List(Box<ColumnType>),
}

/// A column's `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Default {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    /// The time of the insert.
    Now,
}

/// A foreign key to `table`'s `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ForeignKey {
    pub(crate) table: String,
    /// `CASCADE`, `SET NULL` or `RESTRICT`.
    pub(crate) on_delete: String,
    /// The plugin of the referenced table when it is another plugin's (whose PostgreSQL schema
    /// holds it); absent for the table's own plugin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) plugin: Option<String>,
}

impl ForeignKey {
    /// The referenced table, qualified on PostgreSQL (`schema` is the referencing table's):
    /// by its own plugin's schema when it is another plugin's.
    pub(crate) fn target(&self, schema: Option<&str>) -> String {
        let other = self.plugin.as_deref().map(super::plugin_schema);
        super::ddl::qualified(
            schema.map(|own| other.as_deref().unwrap_or(own)),
            &self.table,
        )
    }
}

impl Table {
    /// The declaration of `meta`'s table: its stored fields (a `computed` one has no column).
    pub(crate) fn of(meta: &ModelMeta) -> Self {
        let indexes = meta
            .fields
            .iter()
            .filter(|field| field.index && field.computed.is_none())
            .map(|field| vec![field.name.to_owned()])
            .chain(
                meta.indexes
                    .iter()
                    .map(|columns| columns.iter().map(|&column| column.to_owned()).collect()),
            )
            .collect();
        Self {
            model: meta.name.to_owned(),
            table: meta.table.to_owned(),
            columns: meta
                .fields
                .iter()
                .filter(|field| field.computed.is_none())
                .map(|field| Column::of(field, meta.plugin))
                .collect(),
            indexes,
            uniques: meta
                .uniques
                .iter()
                .map(|columns| columns.iter().map(|&column| column.to_owned()).collect())
                .collect(),
        }
    }

    /// The column named `name`.
    pub(crate) fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|column| column.name == name)
    }

    /// Whether `column` is a key on MySQL (unique, indexed or referencing): such text is a
    /// `VARCHAR` there.
    pub(crate) fn keyed(&self, column: &Column) -> bool {
        column.unique
            || column.primary_key
            || column.references.is_some()
            || self
                .indexes
                .iter()
                .chain(&self.uniques)
                .any(|columns| columns.contains(&column.name))
    }

    /// The declaration as the JSON the ledger records.
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a declaration serialises")
    }

    /// A recorded declaration; `None` if it is not one (written by another version).
    pub(crate) fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }
}

impl Column {
    /// A required column of type `ty` with nothing else declared.
    pub(crate) fn plain(name: &str, ty: ColumnType) -> Self {
        Self {
            name: name.to_owned(),
            ty,
            nullable: false,
            primary_key: false,
            auto_increment: false,
            unique: false,
            default: None,
            references: None,
            max_length: None,
            renamed_from: None,
        }
    }

    /// The column of `field`, of a model of the plugin `plugin`.
    fn of(field: &FieldMeta, plugin: &str) -> Self {
        let item = match field.ty {
            FieldType::Text => ColumnType::Text,
            FieldType::Bool => ColumnType::Bool,
            FieldType::I32 => ColumnType::I32,
            FieldType::I64 => ColumnType::I64,
            FieldType::F64 => ColumnType::F64,
            FieldType::Timestamp => ColumnType::Timestamp,
            FieldType::Enum(enumeration) => ColumnType::Enum {
                name: enumeration.name.to_owned(),
                values: enumeration
                    .values
                    .iter()
                    .map(|&value| value.to_owned())
                    .collect(),
            },
            FieldType::Json => ColumnType::Json,
            FieldType::Decimal { precision, scale } => ColumnType::Decimal { precision, scale },
        };
        let ty = match field.items {
            Some(_) => ColumnType::List(Box::new(item)),
            None => item,
        };
        let default = field.default.map(|default| match default {
            DefaultValue::Bool(value) => Default::Bool(value),
            DefaultValue::Int(value) => Default::Int(value),
            DefaultValue::Float(value) => Default::Float(value),
            DefaultValue::Text(value) => Default::Text(value.to_owned()),
            DefaultValue::Now => Default::Now,
        });
        Self {
            name: field.name.to_owned(),
            ty,
            nullable: field.nullable,
            primary_key: field.primary_key,
            auto_increment: field.auto_increment,
            unique: field.unique,
            default,
            references: field.references.map(|reference| ForeignKey {
                table: reference.table.to_owned(),
                on_delete: reference.on_delete.sql().to_owned(),
                plugin: reference
                    .plugin
                    .filter(|other| *other != plugin)
                    .map(str::to_owned),
            }),
            max_length: field.max_length,
            renamed_from: field.renamed_from.map(str::to_owned),
        }
    }

    /// Whether the database fills the column of an existing row when the column is added: it
    /// may be null, or it has a default.
    pub(crate) fn fills_itself(&self) -> bool {
        self.nullable || self.default.is_some()
    }
}

impl ColumnType {
    /// How the type reads in a message (`text`, `enumeration TaskStatus`).
    pub(crate) fn describe(&self) -> String {
        match self {
            Self::Text => "text".to_owned(),
            Self::Bool => "boolean".to_owned(),
            Self::I32 => "32-bit integer".to_owned(),
            Self::I64 => "64-bit integer".to_owned(),
            Self::F64 => "floating-point number".to_owned(),
            Self::Timestamp => "timestamp".to_owned(),
            Self::Enum { name, .. } => format!("enumeration {name}"),
            Self::Json => "JSON".to_owned(),
            Self::Decimal { precision, scale } => format!("decimal({precision}, {scale})"),
            Self::List(item) => format!("list of {}", item.describe()),
        }
    }

    /// Whether both are the same stored type (an enumeration is text, whatever its values).
    pub(crate) fn same_storage(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Enum { .. } | Self::Text, Self::Enum { .. } | Self::Text) => true,
            // JSON documents, whatever they hold; a list of another item type is another type
            // (its values would not read back), as `Alteration::Type` says.
            (Self::List(left), Self::List(right)) => left.same_storage(right),
            (left, right) => left == right,
        }
    }
}
