//! A table that exists without a recorded declaration (created by hand, by another tool, or by
//! an earlier version of the app), read from the database's catalog so the diff can say how it
//! differs from its model: SQLite's `pragma_table_info`, `information_schema.columns` elsewhere.
//!
//! What is compared: which columns exist, their stored types and whether they may be null. What
//! the catalogs tell too differently to compare (defaults, `CHECK`s, unique keys, foreign keys,
//! indexes) is taken as the model declares it, for the columns both have: adopting a table
//! records the model's declaration, and those parts are trusted, not verified.

use diesel::prelude::*;

use super::ddl::Dialect;
use super::declaration::{Column, ColumnType, Table};
use crate::backend::AnyConnection;

#[derive(QueryableByName)]
struct LiveColumn {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    ty: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    nullable: i64,
}

/// The existing table `declared.table` as a declaration: `declared`'s own for what is not
/// compared (see the module's docs); `None` if the catalog lists no column of it.
pub(crate) fn read(
    conn: &mut AnyConnection,
    schema: Option<&str>,
    declared: &Table,
) -> QueryResult<Option<Table>> {
    let columns = match conn.dialect() {
        Dialect::Sqlite => diesel::sql_query(
            "SELECT \"name\" AS \"name\", lower(\"type\") AS \"ty\", \
             CAST(\"notnull\" = 0 AND \"pk\" = 0 AS BIGINT) AS \"nullable\" \
             FROM pragma_table_info(?) ORDER BY \"cid\"",
        )
        .bind::<diesel::sql_types::Text, _>(declared.table.clone())
        .load::<LiveColumn>(conn)?,
        Dialect::Postgres => diesel::sql_query(
            "SELECT CAST(column_name AS TEXT) AS name, CAST(lower(data_type) AS TEXT) AS ty, \
             CAST(CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END AS BIGINT) AS nullable \
             FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 \
             ORDER BY ordinal_position",
        )
        .bind::<diesel::sql_types::Text, _>(schema.unwrap_or("public").to_owned())
        .bind::<diesel::sql_types::Text, _>(declared.table.clone())
        .load::<LiveColumn>(conn)?,
        Dialect::Mysql => diesel::sql_query(
            "SELECT CAST(COLUMN_NAME AS CHAR) AS name, CAST(lower(COLUMN_TYPE) AS CHAR) AS ty, \
             CAST(CASE WHEN IS_NULLABLE = 'YES' THEN 1 ELSE 0 END AS SIGNED) AS nullable \
             FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? \
             ORDER BY ORDINAL_POSITION",
        )
        .bind::<diesel::sql_types::Text, _>(declared.table.clone())
        .load::<LiveColumn>(conn)?,
    };
    if columns.is_empty() {
        return Ok(None);
    }
    let columns = columns
        .into_iter()
        .map(|live| {
            let stored = stored_type(&live.ty);
            match declared.column(&live.name) {
                Some(column) => Column {
                    // The declared type when the storage is the same (an enumeration is text;
                    // SQLite's `INTEGER` holds both integer widths).
                    ty: match stored {
                        Some(stored) if same(&stored, &column.ty) => column.ty.clone(),
                        Some(stored) => stored,
                        None => ColumnType::Text,
                    },
                    nullable: live.nullable != 0 && !column.primary_key,
                    renamed_from: None,
                    ..column.clone()
                },
                None => Column {
                    nullable: live.nullable != 0,
                    ..Column::plain(&live.name, stored.unwrap_or(ColumnType::Text))
                },
            }
        })
        .collect();
    Ok(Some(Table {
        model: declared.model.clone(),
        table: declared.table.clone(),
        columns,
        indexes: declared.indexes.clone(),
        uniques: declared.uniques.clone(),
    }))
}

/// Whether a stored type read from the catalog is the declared one's storage.
fn same(stored: &ColumnType, declared: &ColumnType) -> bool {
    match (stored, declared) {
        // SQLite declares both widths `INTEGER`; it keeps JSON and decimals as text, which
        // PostgreSQL and MySQL read as `json` / `jsonb` and `numeric` / `decimal` (whatever the
        // digits).
        (ColumnType::I32, ColumnType::I64)
        | (ColumnType::I64, ColumnType::I32)
        | (ColumnType::Text | ColumnType::Json, ColumnType::Json | ColumnType::List(_))
        | (ColumnType::Text | ColumnType::Decimal { .. }, ColumnType::Decimal { .. }) => true,
        (stored, declared) => stored.same_storage(declared),
    }
}

/// The stored type a catalog's type name stands for (SQLite's declared type, PostgreSQL's
/// `data_type`, MySQL's `column_type`), lower case; `None` for one no field type stores as.
fn stored_type(ty: &str) -> Option<ColumnType> {
    let ty = ty.trim();
    Some(if ty == "tinyint(1)" || ty.starts_with("bool") {
        ColumnType::Bool
    } else if ty.contains("char") || ty.contains("text") || ty.contains("clob") {
        ColumnType::Text
    } else if ty.starts_with("bigint") || ty == "int8" {
        ColumnType::I64
    } else if ty.starts_with("int") || ty.starts_with("smallint") || ty == "int4" {
        ColumnType::I32
    } else if ty.starts_with("double") || ty.starts_with("real") || ty.starts_with("float") {
        ColumnType::F64
    } else if ty.starts_with("timestamp") || ty.starts_with("datetime") {
        ColumnType::Timestamp
    } else if ty.starts_with("json") {
        ColumnType::Json
    } else if ty.starts_with("numeric") || ty.starts_with("decimal") {
        ColumnType::Decimal {
            precision: 0,
            scale: 0,
        }
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_types_read_as_the_stored_types() {
        for (name, expected) in [
            ("text", Some(ColumnType::Text)),
            ("varchar(255)", Some(ColumnType::Text)),
            ("character varying", Some(ColumnType::Text)),
            ("longtext", Some(ColumnType::Text)),
            ("boolean", Some(ColumnType::Bool)),
            ("tinyint(1)", Some(ColumnType::Bool)),
            ("integer", Some(ColumnType::I32)),
            ("int(11)", Some(ColumnType::I32)),
            ("bigint", Some(ColumnType::I64)),
            ("double precision", Some(ColumnType::F64)),
            ("real", Some(ColumnType::F64)),
            ("timestamp without time zone", Some(ColumnType::Timestamp)),
            ("datetime(3)", Some(ColumnType::Timestamp)),
            ("bytea", None),
        ] {
            assert_eq!(stored_type(name), expected, "{name}");
        }
    }
}
