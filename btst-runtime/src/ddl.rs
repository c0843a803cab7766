//! The DDL of a model, written from its [`ModelMeta`] for each SQL dialect. The Stack applies it at
//! start ([`crate::db`]); tests snapshot it.

use std::fmt::Write as _;

#[cfg(test)]
use crate::model::OnDelete;
use crate::model::{DefaultValue, FieldMeta, FieldType, ModelMeta};

/// The dialect each statement is written for, a property of the backend (defined in
/// [`backend`](crate::backend), re-exported here).
pub(crate) use crate::backend::Dialect;

/// On MySQL, an indexed or unique `String` is a `VARCHAR` of at most this many characters
/// (MySQL cannot index `TEXT`, and a key holds at most 3072 bytes: three such columns of
/// utf8mb4); a longer value is refused with 400 there. Declare `length(max = ..)` to go lower.
pub(crate) const MYSQL_INDEXED_TEXT: u32 = 255;

/// `CREATE TABLE IF NOT EXISTS` for a model, in `schema` when given (PostgreSQL), followed by a
/// `CREATE INDEX` per index (inline on MySQL, which has no `CREATE INDEX IF NOT EXISTS`): one
/// batch of statements, applied and recorded together.
pub fn create_table(meta: &ModelMeta, dialect: Dialect, schema: Option<&str>) -> String {
    let qualify = |table: &str| match schema {
        Some(schema) => format!("{}.{}", quote_ident(schema), quote_ident(table)),
        None => quote_ident(table),
    };
    let table = qualify(meta.table);
    let mut lines: Vec<String> = meta
        .fields
        .iter()
        .map(|field| {
            let keyed = field.index
                || field.unique
                || meta
                    .indexes
                    .iter()
                    .any(|columns| columns.contains(&field.name));
            column(field, dialect, keyed, &qualify)
        })
        .collect();
    let indexes: Vec<(String, Vec<&str>)> = meta
        .fields
        .iter()
        .filter(|field| field.index)
        .map(|field| vec![field.name])
        .chain(meta.indexes.iter().map(|columns| columns.to_vec()))
        .map(|columns| (index_name(meta.table, &columns), columns))
        .collect();
    let column_list = |columns: &[&str]| {
        columns
            .iter()
            .map(|column| quote_ident(column))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if dialect == Dialect::Mysql {
        // MySQL before 9.0 parses and ignores a column's inline `REFERENCES`: say it per table.
        for field in meta.fields {
            if let Some(reference) = field.references {
                lines.push(format!(
                    "    FOREIGN KEY ({}) REFERENCES {} (\"id\") ON DELETE {}",
                    quote_ident(field.name),
                    qualify(reference.table),
                    reference.on_delete.sql()
                ));
            }
        }
        for (name, columns) in &indexes {
            lines.push(format!(
                "    INDEX {} ({})",
                quote_ident(name),
                column_list(columns)
            ));
        }
    }
    let mut sql = format!(
        "CREATE TABLE IF NOT EXISTS {table} (\n{}\n)",
        lines.join(",\n")
    );
    if dialect == Dialect::Mysql {
        sql.push_str(" ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
    } else {
        for (name, columns) in &indexes {
            let _ = write!(
                sql,
                ";\nCREATE INDEX IF NOT EXISTS {} ON {table} ({})",
                quote_ident(name),
                column_list(columns)
            );
        }
    }
    sql
}

fn column(
    field: &FieldMeta,
    dialect: Dialect,
    keyed: bool,
    qualify: &dyn Fn(&str) -> String,
) -> String {
    let mut sql = format!(
        "    {} {}",
        quote_ident(field.name),
        sql_type(field, dialect, keyed)
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
        let _ = write!(sql, " DEFAULT {}", default_sql(default, field.ty, dialect));
    }
    if let FieldType::Enum(enumeration) = field.ty {
        let values = enumeration.values;
        let values: Vec<String> = values.iter().map(|value| quote_text(value)).collect();
        let _ = write!(
            sql,
            " CHECK ({} IN ({}))",
            quote_ident(field.name),
            values.join(", ")
        );
    }
    if let Some(reference) = field.references.filter(|_| dialect != Dialect::Mysql) {
        let _ = write!(
            sql,
            " REFERENCES {} (\"id\") ON DELETE {}",
            qualify(reference.table),
            reference.on_delete.sql()
        );
    }
    sql
}

fn sql_type(field: &FieldMeta, dialect: Dialect, keyed: bool) -> String {
    let fixed = match (field.ty, dialect) {
        (FieldType::Text | FieldType::Enum(_), Dialect::Mysql) => return mysql_text(field, keyed),
        (FieldType::Text | FieldType::Enum(_), _) => "TEXT",
        (FieldType::Bool, _) => "BOOLEAN",
        (FieldType::I32, _) | (FieldType::I64, Dialect::Sqlite) => "INTEGER",
        (FieldType::I64, _) => "BIGINT",
        (FieldType::F64, Dialect::Sqlite) => "REAL",
        (FieldType::F64, Dialect::Postgres) => "DOUBLE PRECISION",
        (FieldType::F64, Dialect::Mysql) => "DOUBLE",
        (FieldType::Timestamp, Dialect::Mysql) => "DATETIME(3)",
        (FieldType::Timestamp, _) => "TIMESTAMP",
    };
    fixed.to_owned()
}

/// MySQL cannot index `TEXT`: a key, an indexed or referencing column, or an enumeration is a
/// `VARCHAR` (of its `length(max)` up to [`MYSQL_INDEXED_TEXT`]); all other text is `LONGTEXT`,
/// which keeps rows under MySQL's 65,535-byte limit whatever the lengths.
fn mysql_text(field: &FieldMeta, keyed: bool) -> String {
    if let FieldType::Enum(enumeration) = field.ty {
        let values = enumeration.values;
        let longest = values.iter().map(|value| value.len()).max().unwrap_or(1);
        return format!("VARCHAR({longest})");
    }
    if field.primary_key || field.references.is_some() {
        return "VARCHAR(36)".to_owned();
    }
    if keyed {
        let max = field.max_length.unwrap_or(MYSQL_INDEXED_TEXT);
        return format!("VARCHAR({})", max.clamp(1, MYSQL_INDEXED_TEXT));
    }
    "LONGTEXT".to_owned()
}

/// `<table>_<columns>_idx`, or, past 63 bytes (PostgreSQL's limit; MySQL's is 64), its first 46
/// bytes and a hash of the whole, so two long names stay distinct.
fn index_name(table: &str, columns: &[&str]) -> String {
    let name = format!("{table}_{}_idx", columns.join("_"));
    if name.len() <= 63 {
        return name;
    }
    // FNV-1a: stable across builds and platforms, unlike `std`'s hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut cut = 46;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}_{hash:016x}", &name[..cut])
}

fn default_sql(default: DefaultValue, ty: FieldType, dialect: Dialect) -> String {
    match (default, dialect) {
        (DefaultValue::Bool(value), Dialect::Sqlite | Dialect::Mysql) => {
            u8::from(value).to_string()
        }
        (DefaultValue::Bool(value), Dialect::Postgres) => value.to_string(),
        (DefaultValue::Int(value), _) => value.to_string(),
        (DefaultValue::Float(value), _) => format!("{value:?}"),
        // MySQL takes a default on LONGTEXT only as an expression.
        (DefaultValue::Text(value), Dialect::Mysql) if ty == FieldType::Text => {
            format!("({})", quote_text(value))
        }
        (DefaultValue::Text(value), _) => quote_text(value),
        (DefaultValue::Now, Dialect::Mysql) => "CURRENT_TIMESTAMP(3)".to_owned(),
        (DefaultValue::Now, _) => "CURRENT_TIMESTAMP".to_owned(),
    }
}

/// A single-quoted SQL string literal.
fn quote_text(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A double-quoted SQL identifier (every dialect accepts `"…"`; MySQL with `ANSI_QUOTES`).
pub(crate) fn quote_ident(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EnumMeta;

    const META: ModelMeta = ModelMeta {
        name: "Todo",
        table: "todos_todo",
        doc: "",
        indexes: &[],
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

    const TASK: ModelMeta = ModelMeta {
        name: "Task",
        table: "tracker_task",
        doc: "",
        indexes: &[&["team_id", "status"]],
        fields: &[
            FieldMeta::id(),
            FieldMeta::new("team_id", "teamId", FieldType::Text),
            FieldMeta::new(
                "status",
                "status",
                FieldType::Enum(EnumMeta {
                    name: "TaskStatus",
                    doc: "",
                    values: &["TODO", "IN_PROGRESS"],
                }),
            )
            .default(DefaultValue::Text("TODO")),
            FieldMeta::new("project_id", "projectId", FieldType::Text)
                .references("Project", "tracker_project", OnDelete::Cascade)
                .index(),
        ],
    };

    #[test]
    fn relations_enums_and_indexes() {
        assert_eq!(
            create_table(&TASK, Dialect::Postgres, Some("plugin_tracker")),
            "CREATE TABLE IF NOT EXISTS \"plugin_tracker\".\"tracker_task\" (\n    \"id\" TEXT NOT NULL PRIMARY KEY,\n    \"team_id\" TEXT NOT NULL,\n    \"status\" TEXT NOT NULL DEFAULT 'TODO' CHECK (\"status\" IN ('TODO', 'IN_PROGRESS')),\n    \"project_id\" TEXT NOT NULL REFERENCES \"plugin_tracker\".\"tracker_project\" (\"id\") ON DELETE CASCADE\n);\nCREATE INDEX IF NOT EXISTS \"tracker_task_project_id_idx\" ON \"plugin_tracker\".\"tracker_task\" (\"project_id\");\nCREATE INDEX IF NOT EXISTS \"tracker_task_team_id_status_idx\" ON \"plugin_tracker\".\"tracker_task\" (\"team_id\", \"status\")"
        );
        assert_eq!(
            create_table(&TASK, Dialect::Mysql, None),
            "CREATE TABLE IF NOT EXISTS \"tracker_task\" (\n    \"id\" VARCHAR(36) NOT NULL PRIMARY KEY,\n    \"team_id\" VARCHAR(255) NOT NULL,\n    \"status\" VARCHAR(11) NOT NULL DEFAULT 'TODO' CHECK (\"status\" IN ('TODO', 'IN_PROGRESS')),\n    \"project_id\" VARCHAR(36) NOT NULL,\n    FOREIGN KEY (\"project_id\") REFERENCES \"tracker_project\" (\"id\") ON DELETE CASCADE,\n    INDEX \"tracker_task_project_id_idx\" (\"project_id\"),\n    INDEX \"tracker_task_team_id_status_idx\" (\"team_id\", \"status\")\n) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin"
        );
    }

    #[test]
    fn long_index_names_are_cut_and_hashed() {
        let long = index_name(
            "analytics_customer_lifetime_value",
            &["first_purchase_at", "region_code"],
        );
        assert_eq!(long.len(), 63);
        assert!(
            long.starts_with("analytics_customer_lifetime_value_first_purcha_"),
            "{long}"
        );
        assert_ne!(
            long,
            index_name(
                "analytics_customer_lifetime_value",
                &["first_purchase_at", "region_codes"]
            )
        );
        assert_eq!(index_name("t", &["a", "b"]), "t_a_b_idx");
    }

    #[test]
    fn postgres_ddl() {
        assert!(
            create_table(&META, Dialect::Postgres, Some("plugin_todos"))
                .contains("\"completed\" BOOLEAN NOT NULL DEFAULT false")
        );
    }
}
