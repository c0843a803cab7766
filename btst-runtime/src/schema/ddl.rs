//! The DDL of a table, written from its [`Table`] declaration for each SQL dialect: the
//! `CREATE TABLE` of a new model, and the pieces ([`column`], [`index_name`], [`default_sql`])
//! that [`super::alter`] builds changes from. The Stack applies it at start; tests snapshot it.

use std::fmt::Write as _;

use super::declaration::{Column, ColumnType, Default, Table};
use crate::backend::quote_ident;
use crate::model::ModelMeta;

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
    create(
        &Table::of(meta),
        dialect,
        schema,
        "CREATE TABLE IF NOT EXISTS",
    )
    .join(";\n")
}

/// `table` qualified by `schema` (PostgreSQL's plugin schema), quoted.
pub(crate) fn qualified(schema: Option<&str>, table: &str) -> String {
    match schema {
        Some(schema) => format!("{}.{}", quote_ident(schema), quote_ident(table)),
        None => quote_ident(table),
    }
}

/// The statements that create `table` (`create` is `CREATE TABLE` or `CREATE TABLE IF NOT
/// EXISTS`): the table, then its indexes (inline on MySQL).
pub(crate) fn create(
    table: &Table,
    dialect: Dialect,
    schema: Option<&str>,
    create: &str,
) -> Vec<String> {
    create_as(table, &table.table, dialect, schema, create)
}

/// [`create`] under another name (SQLite's table rebuild creates the new table beside the old);
/// the index names stay `table`'s.
pub(crate) fn create_as(
    table: &Table,
    name: &str,
    dialect: Dialect,
    schema: Option<&str>,
    create: &str,
) -> Vec<String> {
    let qualify = |name: &str| qualified(schema, name);
    let mut lines: Vec<String> = table
        .columns
        .iter()
        .map(|column| format!("    {}", column_sql(table, column, dialect, schema)))
        .collect();
    if dialect == Dialect::Mysql {
        // MySQL before 9.0 parses and ignores a column's inline `REFERENCES`: say it per table.
        for column in &table.columns {
            if let Some(reference) = &column.references {
                lines.push(format!(
                    "    FOREIGN KEY ({}) REFERENCES {} (\"id\") ON DELETE {}",
                    quote_ident(&column.name),
                    reference.target(schema),
                    reference.on_delete
                ));
            }
        }
        for columns in &table.indexes {
            lines.push(format!(
                "    INDEX {} ({})",
                quote_ident(&index_name(&table.table, columns)),
                column_list(columns)
            ));
        }
        for columns in &table.uniques {
            lines.push(format!(
                "    UNIQUE INDEX {} ({})",
                quote_ident(&unique_name(&table.table, columns)),
                column_list(columns)
            ));
        }
    }
    let mut statements = vec![format!(
        "{create} {} (\n{}\n)",
        qualify(name),
        lines.join(",\n")
    )];
    if dialect == Dialect::Mysql {
        statements[0].push_str(" ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
    } else {
        for columns in &table.indexes {
            statements.push(create_index(table, columns, dialect, schema));
        }
        for columns in &table.uniques {
            statements.push(create_unique(table, columns, dialect, schema));
        }
    }
    statements
}

/// `CREATE INDEX` of `columns` on `table` (`IF NOT EXISTS` but on MySQL, which lacks it).
pub(crate) fn create_index(
    table: &Table,
    columns: &[String],
    dialect: Dialect,
    schema: Option<&str>,
) -> String {
    create_index_sql(
        "INDEX",
        &index_name(&table.table, columns),
        table,
        columns,
        dialect,
        schema,
    )
}

/// `CREATE UNIQUE INDEX` of `columns` on `table`: a composite unique constraint
/// (`#[model(unique(..))]`). A unique index, not a table constraint, so that every backend
/// creates and drops it in place (SQLite's `ALTER TABLE` cannot add a constraint) and names it
/// in its violation: PostgreSQL as the constraint, MySQL as the key, SQLite by its columns.
pub(crate) fn create_unique(
    table: &Table,
    columns: &[String],
    dialect: Dialect,
    schema: Option<&str>,
) -> String {
    create_index_sql(
        "UNIQUE INDEX",
        &unique_name(&table.table, columns),
        table,
        columns,
        dialect,
        schema,
    )
}

fn create_index_sql(
    what: &str,
    name: &str,
    table: &Table,
    columns: &[String],
    dialect: Dialect,
    schema: Option<&str>,
) -> String {
    let exists = if dialect == Dialect::Mysql {
        ""
    } else {
        "IF NOT EXISTS "
    };
    format!(
        "CREATE {what} {exists}{} ON {} ({})",
        quote_ident(name),
        qualified(schema, &table.table),
        column_list(columns)
    )
}

/// The quoted names, comma-separated.
pub(crate) fn column_list(columns: &[String]) -> String {
    columns
        .iter()
        .map(|column| quote_ident(column))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A column's definition: name, type, `NOT NULL`, key, default, check and (but on MySQL, whose
/// foreign keys are table constraints) reference.
pub(crate) fn column_sql(
    table: &Table,
    column: &Column,
    dialect: Dialect,
    schema: Option<&str>,
) -> String {
    definition(column, dialect, table.keyed(column), schema, true)
}

/// [`column_sql`] with `keyed` given ([`Table::keyed`]), and `UNIQUE` and `PRIMARY KEY` left
/// out unless `inline_keys` (MySQL's `MODIFY COLUMN` restates a column without its keys, which
/// stay as they are: restating `PRIMARY KEY` there would declare a second one).
pub(crate) fn definition(
    column: &Column,
    dialect: Dialect,
    keyed: bool,
    schema: Option<&str>,
    inline_keys: bool,
) -> String {
    let mut sql = format!(
        "{} {}",
        quote_ident(&column.name),
        sql_type(column, dialect, keyed)
    );
    if column.primary_key {
        // A key the database numbers (`id = "auto"`): PostgreSQL's identity column (which
        // still takes an id an import writes), MySQL's `AUTO_INCREMENT`, SQLite's
        // `AUTOINCREMENT` (on its rowid, `INTEGER PRIMARY KEY`), which never reuses the number
        // of a deleted row, as the other two do not.
        sql.push_str(match (column.auto_increment, dialect) {
            (true, Dialect::Postgres) => " GENERATED BY DEFAULT AS IDENTITY",
            (true, Dialect::Mysql) => " NOT NULL AUTO_INCREMENT",
            _ => " NOT NULL",
        });
        if inline_keys {
            sql.push_str(" PRIMARY KEY");
            if column.auto_increment && dialect == Dialect::Sqlite {
                sql.push_str(" AUTOINCREMENT");
            }
        }
    } else if !column.nullable {
        sql.push_str(" NOT NULL");
    }
    if column.unique && inline_keys {
        sql.push_str(" UNIQUE");
    }
    if let Some(default) = &column.default {
        let _ = write!(
            sql,
            " DEFAULT {}",
            default_sql(default, &column.ty, dialect)
        );
    }
    if let Some(check) = check_sql(column) {
        let _ = write!(sql, " {check}");
    }
    if let Some(reference) = column
        .references
        .as_ref()
        .filter(|_| dialect != Dialect::Mysql)
    {
        let _ = write!(
            sql,
            " REFERENCES {} (\"id\") ON DELETE {}",
            reference.target(schema),
            reference.on_delete
        );
    }
    sql
}

/// An enumeration's `CHECK (column IN (..))`.
pub(crate) fn check_sql(column: &Column) -> Option<String> {
    let ColumnType::Enum { values, .. } = &column.ty else {
        return None;
    };
    let values: Vec<String> = values.iter().map(|value| quote_text(value)).collect();
    Some(format!(
        "CHECK ({} IN ({}))",
        quote_ident(&column.name),
        values.join(", ")
    ))
}

/// The column's SQL type on `dialect`; `keyed` is [`Table::keyed`].
pub(crate) fn sql_type(column: &Column, dialect: Dialect, keyed: bool) -> String {
    let fixed = match (&column.ty, dialect) {
        (ColumnType::Text | ColumnType::Enum { .. }, Dialect::Mysql) => {
            return mysql_text(column, keyed);
        }
        // SQLite keeps JSON and decimals (exact, where its numbers are 64-bit floats) as text.
        (ColumnType::Text | ColumnType::Enum { .. }, _)
        | (ColumnType::Json | ColumnType::List(_) | ColumnType::Decimal { .. }, Dialect::Sqlite) => {
            "TEXT"
        }
        (ColumnType::Bool, _) => "BOOLEAN",
        (ColumnType::I32, _) | (ColumnType::I64, Dialect::Sqlite) => "INTEGER",
        (ColumnType::I64, _) => "BIGINT",
        (ColumnType::F64, Dialect::Sqlite) => "REAL",
        (ColumnType::F64, Dialect::Postgres) => "DOUBLE PRECISION",
        (ColumnType::F64, Dialect::Mysql) => "DOUBLE",
        (ColumnType::Timestamp, Dialect::Mysql) => "DATETIME(3)",
        (ColumnType::Timestamp, _) => "TIMESTAMP",
        (ColumnType::Json | ColumnType::List(_), Dialect::Postgres) => "JSONB",
        (ColumnType::Json | ColumnType::List(_), Dialect::Mysql) => "JSON",
        // MySQL's `DECIMAL` holds at most 65 digits: a larger precision fails the statement
        // with MySQL's own error, naming the column.
        (ColumnType::Decimal { precision, scale }, Dialect::Mysql) => {
            return format!("DECIMAL({precision}, {scale})");
        }
        (ColumnType::Decimal { precision, scale }, Dialect::Postgres) => {
            return format!("NUMERIC({precision}, {scale})");
        }
    };
    fixed.to_owned()
}

/// MySQL cannot index `TEXT`: a key, an indexed or referencing column, or an enumeration is a
/// `VARCHAR` (of its `length(max)` up to [`MYSQL_INDEXED_TEXT`]); all other text is `LONGTEXT`,
/// which keeps rows under MySQL's 65,535-byte limit whatever the lengths.
fn mysql_text(column: &Column, keyed: bool) -> String {
    if let ColumnType::Enum { values, .. } = &column.ty {
        let longest = values.iter().map(String::len).max().unwrap_or(1);
        return format!("VARCHAR({longest})");
    }
    // A generated key is a UUID (36 characters); a key the client chooses declares its
    // `length(max = ..)`; a reference holds either.
    if column.primary_key {
        return format!(
            "VARCHAR({})",
            column.max_length.unwrap_or(36).clamp(1, MYSQL_INDEXED_TEXT)
        );
    }
    if column.references.is_some() {
        return format!("VARCHAR({MYSQL_INDEXED_TEXT})");
    }
    if keyed {
        let max = column.max_length.unwrap_or(MYSQL_INDEXED_TEXT);
        return format!("VARCHAR({})", max.clamp(1, MYSQL_INDEXED_TEXT));
    }
    "LONGTEXT".to_owned()
}

/// `<table>_<columns>_idx`, or, past 63 bytes (PostgreSQL's limit; MySQL's is 64), its first 46
/// bytes and a hash of the whole, so two long names stay distinct.
pub(crate) fn index_name(table: &str, columns: &[String]) -> String {
    key_name(table, columns, "idx")
}

/// `<table>_<columns>_key`, the name of a composite unique index (PostgreSQL's own suffix for
/// unique constraints), shortened past 63 bytes as [`index_name`] is.
pub(crate) fn unique_name(table: &str, columns: &[String]) -> String {
    key_name(table, columns, "key")
}

fn key_name(table: &str, columns: &[String], suffix: &str) -> String {
    let name = format!("{table}_{}_{suffix}", columns.join("_"));
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

/// A default as SQL on `dialect`.
pub(crate) fn default_sql(default: &Default, ty: &ColumnType, dialect: Dialect) -> String {
    match (default, dialect) {
        (Default::Bool(value), Dialect::Sqlite | Dialect::Mysql) => u8::from(*value).to_string(),
        (Default::Bool(value), Dialect::Postgres) => value.to_string(),
        (Default::Int(value), _) => value.to_string(),
        (Default::Float(value), _) => format!("{value:?}"),
        // MySQL takes a default on LONGTEXT only as an expression.
        (Default::Text(value), Dialect::Mysql) if *ty == ColumnType::Text => {
            format!("({})", quote_text(value))
        }
        (Default::Text(value), _) => quote_text(value),
        (Default::Now, Dialect::Mysql) => "CURRENT_TIMESTAMP(3)".to_owned(),
        (Default::Now, _) => "CURRENT_TIMESTAMP".to_owned(),
    }
}

/// A single-quoted SQL string literal.
pub(crate) fn quote_text(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DefaultValue, EnumMeta, FieldMeta, FieldType, OnDelete};

    const META: ModelMeta = ModelMeta {
        name: "Todo",
        plugin: "todos",
        table: "todos_todo",
        doc: "",
        indexes: &[],
        uniques: &[],
        row_scope: None,
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
        plugin: "tracker",
        table: "tracker_task",
        doc: "",
        indexes: &[&["team_id", "status"]],
        uniques: &[],
        row_scope: None,
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
            "CREATE TABLE IF NOT EXISTS \"tracker_task\" (\n    \"id\" VARCHAR(36) NOT NULL PRIMARY KEY,\n    \"team_id\" VARCHAR(255) NOT NULL,\n    \"status\" VARCHAR(11) NOT NULL DEFAULT 'TODO' CHECK (\"status\" IN ('TODO', 'IN_PROGRESS')),\n    \"project_id\" VARCHAR(255) NOT NULL,\n    FOREIGN KEY (\"project_id\") REFERENCES \"tracker_project\" (\"id\") ON DELETE CASCADE,\n    INDEX \"tracker_task_project_id_idx\" (\"project_id\"),\n    INDEX \"tracker_task_team_id_status_idx\" (\"team_id\", \"status\")\n) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin"
        );
    }

    #[test]
    fn long_index_names_are_cut_and_hashed() {
        let names = |names: &[&str]| {
            names
                .iter()
                .map(|&name| name.to_owned())
                .collect::<Vec<_>>()
        };
        let long = index_name(
            "analytics_customer_lifetime_value",
            &names(&["first_purchase_at", "region_code"]),
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
                &names(&["first_purchase_at", "region_codes"])
            )
        );
        assert_eq!(index_name("t", &names(&["a", "b"])), "t_a_b_idx");
    }

    #[test]
    fn postgres_ddl() {
        assert!(
            create_table(&META, Dialect::Postgres, Some("plugin_todos"))
                .contains("\"completed\" BOOLEAN NOT NULL DEFAULT false")
        );
    }
}
