//! The DDL of a model, written from its [`ModelMeta`] for each SQL dialect. The Stack applies it at
//! start ([`crate::db`]); tests snapshot it.

use std::fmt::Write as _;

use crate::model::{DefaultValue, FieldMeta, FieldType, ModelMeta};

/// A SQL dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// SQLite 3.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// `CREATE TABLE IF NOT EXISTS` for a model, in `schema` when given (PostgreSQL).
pub fn create_table(meta: &ModelMeta, dialect: Dialect, schema: Option<&str>) -> String {
    let table = match schema {
        Some(schema) => format!("{}.{}", quote_ident(schema), quote_ident(meta.table)),
        None => quote_ident(meta.table),
    };
    let mut sql = format!("CREATE TABLE IF NOT EXISTS {table} (\n");
    let columns: Vec<String> = meta
        .fields
        .iter()
        .map(|field| column(field, dialect))
        .collect();
    sql.push_str(&columns.join(",\n"));
    sql.push_str("\n)");
    sql
}

fn column(field: &FieldMeta, dialect: Dialect) -> String {
    let mut sql = format!(
        "    {} {}",
        quote_ident(field.name),
        sql_type(field.ty, dialect)
    );
    if field.primary_key {
        sql.push_str(" NOT NULL PRIMARY KEY");
    } else if !field.nullable {
        sql.push_str(" NOT NULL");
    }
    if field.unique {
        sql.push_str(" UNIQUE");
    }
    if let Some(default) = field.default {
        let _ = write!(sql, " DEFAULT {}", default_sql(default, dialect));
    }
    sql
}

fn sql_type(ty: FieldType, dialect: Dialect) -> &'static str {
    match (ty, dialect) {
        (FieldType::Text, _) => "TEXT",
        (FieldType::Bool, _) => "BOOLEAN",
        (FieldType::I32, _) | (FieldType::I64, Dialect::Sqlite) => "INTEGER",
        (FieldType::I64, Dialect::Postgres) => "BIGINT",
        (FieldType::F64, Dialect::Sqlite) => "REAL",
        (FieldType::F64, Dialect::Postgres) => "DOUBLE PRECISION",
        (FieldType::Timestamp, _) => "TIMESTAMP",
    }
}

fn default_sql(default: DefaultValue, dialect: Dialect) -> String {
    match (default, dialect) {
        (DefaultValue::Bool(value), Dialect::Sqlite) => u8::from(value).to_string(),
        (DefaultValue::Bool(value), Dialect::Postgres) => value.to_string(),
        (DefaultValue::Int(value), _) => value.to_string(),
        (DefaultValue::Float(value), _) => format!("{value:?}"),
        (DefaultValue::Text(value), _) => format!("'{}'", value.replace('\'', "''")),
        (DefaultValue::Now, _) => "CURRENT_TIMESTAMP".to_owned(),
    }
}

/// A double-quoted SQL identifier (both dialects accept `"…"`).
pub fn quote_ident(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: ModelMeta = ModelMeta {
        name: "Todo",
        table: "todos_todo",
        doc: "",
        fields: &[
            FieldMeta::id(),
            FieldMeta::new("title", "title", FieldType::Text).unique(),
            FieldMeta::new("completed", "completed", FieldType::Bool)
                .default(DefaultValue::Bool(false)),
            FieldMeta::new("note", "note", FieldType::Text)
                .nullable()
                .default(DefaultValue::Text("it's")),
            FieldMeta::new("created_at", "createdAt", FieldType::Timestamp)
                .default(DefaultValue::Now),
        ],
    };

    #[test]
    fn sqlite_ddl() {
        assert_eq!(
            create_table(&META, Dialect::Sqlite, None),
            "CREATE TABLE IF NOT EXISTS \"todos_todo\" (\n    \"id\" TEXT NOT NULL PRIMARY KEY,\n    \"title\" TEXT NOT NULL UNIQUE,\n    \"completed\" BOOLEAN NOT NULL DEFAULT 0,\n    \"note\" TEXT DEFAULT 'it''s',\n    \"created_at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)"
        );
    }

    #[test]
    fn postgres_ddl() {
        assert!(
            create_table(&META, Dialect::Postgres, Some("plugin_todos"))
                .contains("\"completed\" BOOLEAN NOT NULL DEFAULT false")
        );
    }
}
