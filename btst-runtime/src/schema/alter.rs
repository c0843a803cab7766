//! The SQL that takes a table from its recorded declaration to its current one ([`TableDiff`]), for
//! each dialect:
//! - PostgreSQL: `ALTER TABLE` per step, in the plugin's schema; constraints and indexes named
//!   after a renamed column are renamed with it (PostgreSQL names an inline `UNIQUE`
//!   `<table>_<column>_key`, a `CHECK` `<table>_<column>_check`, a foreign key
//!   `<table>_<column>_fkey`).
//! - MySQL / MariaDB: `ALTER TABLE` per step; a changed column is restated whole (`MODIFY
//!   COLUMN`), as MySQL requires. A `CHECK` restated so replaces the old one on MariaDB; MySQL 8
//!   keeps column checks as table constraints of their own, which a restated column does not
//!   replace. A foreign key of an existing column is not changed here (MySQL names it itself):
//!   such a change is refused with a message.
//! - SQLite: what `ALTER TABLE` can do (add a column that fills itself, rename, indexes) is done
//!   so; anything else rebuilds the table by SQLite's documented procedure
//!   (<https://sqlite.org/lang_altertable.html#otheralter>): create the new table, copy the rows,
//!   drop the old, rename the new, recreate the indexes. It must run with foreign keys off (so
//!   that dropping the old table does not cascade), which the caller arranges.
//!
//! A step that gives existing rows a value no one chose (a new required column, a column made
//! required) writes the type's plain value (`''`, `0`, `false`, the enumeration's first value,
//! the current time) and says so in a `-- REVIEW:` comment above it.

use std::fmt::Write as _;

use super::ddl::{
    Dialect, check_sql, column_list, column_sql, create, create_as, create_index, create_unique,
    default_sql, index_name, qualified, quote_text, sql_type, unique_name,
};
use super::declaration::{Column, ColumnType, Table};
use super::diff::{Alteration, Step, TableDiff};
use crate::backend::quote_ident;

/// One statement, with the comment a reviewer should read above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Statement {
    pub(crate) sql: String,
    pub(crate) review: Option<String>,
}

impl Statement {
    fn plain(sql: String) -> Self {
        Self { sql, review: None }
    }

    fn reviewed(sql: String, review: String) -> Self {
        Self {
            sql,
            review: Some(review),
        }
    }
}

/// The statements of `diff` on `dialect` (tables in `schema` on PostgreSQL), or why they cannot be
/// written.
pub(crate) fn statements(
    diff: &TableDiff,
    dialect: Dialect,
    schema: Option<&str>,
) -> Result<Vec<Statement>, String> {
    match (&diff.old, &diff.new) {
        (None, Some(new)) => Ok(create(new, dialect, schema, "CREATE TABLE IF NOT EXISTS")
            .into_iter()
            .map(Statement::plain)
            .collect()),
        (Some(old), None) => Ok(vec![Statement::reviewed(
            format!("DROP TABLE {}", qualified(schema, &old.table)),
            format!("drops table `{}` and every row in it", old.table),
        )]),
        (Some(old), Some(new)) => match dialect {
            Dialect::Sqlite if needs_rebuild(diff) => Ok(rebuild(diff, old, new)),
            Dialect::Sqlite | Dialect::Postgres => Ok(alter(diff, old, new, dialect, schema)),
            Dialect::Mysql => alter_mysql(diff, old, new),
        },
        (None, None) => Ok(Vec::new()),
    }
}

/// The steps in the order they can run: indexes dropped, columns renamed, dropped, added and
/// changed (under their new names), indexes created.
fn ordered(diff: &TableDiff) -> Vec<&Step> {
    let phase = |step: &Step| match step {
        Step::DropIndex(_) | Step::DropUnique(_) => 0,
        Step::RenameColumn { .. } => 1,
        Step::DropColumn(_) => 2,
        Step::AddColumn(_) => 3,
        Step::AlterColumn { .. } => 4,
        Step::CreateIndex(_) | Step::CreateUnique(_) | Step::CreateTable | Step::DropTable => 5,
    };
    let mut steps: Vec<&Step> = diff.steps.iter().collect();
    steps.sort_by_key(|step| phase(step));
    steps
}

/// A value for existing rows of a column that has none: the type's plain value.
fn fill(column: &Column, dialect: Dialect) -> String {
    match &column.ty {
        ColumnType::Text => "''".to_owned(),
        ColumnType::Bool if dialect == Dialect::Postgres => "false".to_owned(),
        ColumnType::Bool | ColumnType::I32 | ColumnType::I64 => "0".to_owned(),
        ColumnType::F64 => "0.0".to_owned(),
        ColumnType::Timestamp if dialect == Dialect::Mysql => "CURRENT_TIMESTAMP(3)".to_owned(),
        ColumnType::Timestamp => "CURRENT_TIMESTAMP".to_owned(),
        ColumnType::Enum { values, .. } => quote_text(values.first().map_or("", String::as_str)),
        ColumnType::Json => "'null'".to_owned(),
        ColumnType::Decimal { .. } => "'0'".to_owned(),
        ColumnType::List(_) => "'[]'".to_owned(),
    }
}

fn fill_note(table: &str, column: &Column, dialect: Dialect) -> String {
    format!(
        "existing rows of `{table}` get `{}` in `{}`; change the value if another fits them",
        fill(column, dialect),
        column.name
    )
}

/// Whether the SQL of `diff` on `dialect` rebuilds a table (SQLite's procedure, which needs
/// foreign keys off).
pub(crate) fn rebuilds(diff: &TableDiff, dialect: Dialect) -> bool {
    dialect == Dialect::Sqlite && diff.old.is_some() && diff.new.is_some() && needs_rebuild(diff)
}

/// Whether SQLite's `ALTER TABLE` cannot make the change.
fn needs_rebuild(diff: &TableDiff) -> bool {
    let new = diff.new.as_ref();
    diff.steps.iter().any(|step| match step {
        Step::CreateIndex(_)
        | Step::DropIndex(_)
        | Step::CreateUnique(_)
        | Step::DropUnique(_)
        | Step::RenameColumn { .. } => false,
        // SQLite adds a column that fills itself with a constant, if it is no key.
        Step::AddColumn(name) => new
            .and_then(|table| table.column(name))
            .is_none_or(|column| {
                !column.fills_itself()
                    || column.unique
                    || column.references.is_some()
                    || column.default == Some(super::declaration::Default::Now)
            }),
        _ => true,
    })
}

/// `ALTER TABLE` statements, PostgreSQL's and SQLite's (which has only the simple ones).
fn alter(
    diff: &TableDiff,
    old: &Table,
    new: &Table,
    dialect: Dialect,
    schema: Option<&str>,
) -> Vec<Statement> {
    let table = qualified(schema, &new.table);
    let name = &new.table;
    let mut out = Vec::new();
    for step in ordered(diff) {
        match step {
            Step::DropIndex(columns) => out.push(Statement::plain(format!(
                "DROP INDEX IF EXISTS {}",
                qualified(schema, &index_name(&old.table, columns))
            ))),
            Step::DropUnique(columns) => out.push(Statement::plain(format!(
                "DROP INDEX IF EXISTS {}",
                qualified(schema, &unique_name(&old.table, columns))
            ))),
            Step::RenameColumn { from, to } => {
                out.push(rename_column(&table, from, to));
                if dialect == Dialect::Postgres {
                    out.extend(rename_named_after(old, from, to, &table));
                }
                out.extend(rename_indexes(old, new, from, to, dialect, schema));
            }
            Step::DropColumn(column) => out.push(drop_column(&table, column)),
            Step::AddColumn(column) => {
                let column = new.column(column).expect("an added column is declared");
                let definition = column_sql(new, column, dialect, schema);
                if column.fills_itself() {
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ADD COLUMN {definition}"
                    )));
                } else {
                    // PostgreSQL: added with a one-off default, which is then dropped.
                    out.push(Statement::reviewed(
                        format!(
                            "ALTER TABLE {table} ADD COLUMN {definition} DEFAULT {}",
                            fill(column, dialect)
                        ),
                        fill_note(name, column, dialect),
                    ));
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ALTER COLUMN {} DROP DEFAULT",
                        quote_ident(&column.name)
                    )));
                }
            }
            Step::AlterColumn { to, what, .. } => {
                out.extend(alter_column(new, to, what, dialect, schema));
            }
            Step::CreateIndex(columns) => {
                out.push(Statement::plain(create_index(
                    new, columns, dialect, schema,
                )));
            }
            Step::CreateUnique(columns) => out.push(Statement::reviewed(
                create_unique(new, columns, dialect, schema),
                unique_note(&new.table, columns),
            )),
            Step::CreateTable | Step::DropTable => {}
        }
    }
    out
}

/// The statements of one altered column, PostgreSQL's (SQLite rebuilds instead).
fn alter_column(
    new: &Table,
    to: &str,
    what: &[Alteration],
    dialect: Dialect,
    schema: Option<&str>,
) -> Vec<Statement> {
    let table = qualified(schema, &new.table);
    let name = &new.table;
    let constraint = |column: &str, suffix: &str| quote_ident(&format!("{name}_{column}_{suffix}"));
    let mut out = Vec::new();
    let column = new.column(to).expect("an altered column is declared");
    let quoted = quote_ident(to);
    for alteration in what {
        match alteration {
            Alteration::Type => {
                let ty = sql_type(column, dialect, new.keyed(column));
                if column.primary_key && !column.auto_increment {
                    // No longer numbered by the database: an identity holds integers only.
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ALTER COLUMN {quoted} DROP IDENTITY IF EXISTS"
                    )));
                }
                out.push(Statement::reviewed(
                    format!(
                        "ALTER TABLE {table} ALTER COLUMN {quoted} TYPE {ty} USING {quoted}::{ty}"
                    ),
                    format!(
                        "converts `{to}` to {ty}: a value that does not convert stops the migration"
                    ),
                ));
                if column.auto_increment {
                    // Now numbered by the database (`id = "auto"`): an identity, which goes on
                    // after the largest key the table holds.
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ALTER COLUMN {quoted} ADD GENERATED BY DEFAULT AS IDENTITY"
                    )));
                    out.push(Statement::plain(format!(
                        "SELECT setval(pg_get_serial_sequence({}, {}), (SELECT COALESCE(MAX({quoted}), 0) + 1 FROM {table}), false)",
                        quote_text(&table),
                        quote_text(to)
                    )));
                }
            }
            Alteration::Nullable(true) => out.push(Statement::plain(format!(
                "ALTER TABLE {table} ALTER COLUMN {quoted} DROP NOT NULL"
            ))),
            Alteration::Nullable(false) => {
                out.push(Statement::reviewed(
                    format!(
                        "UPDATE {table} SET {quoted} = {} WHERE {quoted} IS NULL",
                        fill(column, dialect)
                    ),
                    fill_note(name, column, dialect),
                ));
                out.push(Statement::plain(format!(
                    "ALTER TABLE {table} ALTER COLUMN {quoted} SET NOT NULL"
                )));
            }
            Alteration::Default => out.push(Statement::plain(match &column.default {
                Some(default) => format!(
                    "ALTER TABLE {table} ALTER COLUMN {quoted} SET DEFAULT {}",
                    default_sql(default, &column.ty, dialect)
                ),
                None => format!("ALTER TABLE {table} ALTER COLUMN {quoted} DROP DEFAULT"),
            })),
            Alteration::Unique(true) => out.push(Statement::reviewed(
                format!(
                    "ALTER TABLE {table} ADD CONSTRAINT {} UNIQUE ({quoted})",
                    constraint(to, "key")
                ),
                format!("makes `{to}` unique: two rows sharing a value stop the migration"),
            )),
            Alteration::Unique(false) => out.push(Statement::plain(format!(
                "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {}",
                constraint(to, "key")
            ))),
            Alteration::Values { .. } => {
                out.push(Statement::plain(format!(
                    "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {}",
                    constraint(to, "check")
                )));
                if let Some(check) = check_sql(column) {
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ADD CONSTRAINT {} {check}",
                        constraint(to, "check")
                    )));
                }
            }
            Alteration::Reference { .. } => {
                out.push(Statement::plain(format!(
                    "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {}",
                    constraint(to, "fkey")
                )));
                if let Some(reference) = &column.references {
                    out.push(Statement::reviewed(
                        format!(
                            "ALTER TABLE {table} ADD CONSTRAINT {} FOREIGN KEY ({quoted}) REFERENCES {} (\"id\") ON DELETE {}",
                            constraint(to, "fkey"),
                            reference.target(schema),
                            reference.on_delete
                        ),
                        format!("a row of `{name}` whose `{to}` names no record stops the migration"),
                    ));
                }
            }
            // Only MySQL's `VARCHAR` has a width.
            Alteration::MaxLength { .. } => {}
        }
    }
    out
}

/// `ALTER TABLE .. RENAME COLUMN`, which every backend spells alike.
fn rename_column(table: &str, from: &str, to: &str) -> Statement {
    Statement::reviewed(
        format!(
            "ALTER TABLE {table} RENAME COLUMN {} TO {}",
            quote_ident(from),
            quote_ident(to)
        ),
        format!("renames `{from}` to `{to}`, keeping its values"),
    )
}

/// `ALTER TABLE .. DROP COLUMN`, which every backend spells alike.
fn drop_column(table: &str, column: &str) -> Statement {
    Statement::reviewed(
        format!("ALTER TABLE {table} DROP COLUMN {}", quote_ident(column)),
        format!("drops `{column}`: its values are lost"),
    )
}

/// PostgreSQL's constraints named after a renamed column, renamed with it.
fn rename_named_after(old: &Table, from: &str, to: &str, table: &str) -> Vec<Statement> {
    let Some(column) = old.column(from) else {
        return Vec::new();
    };
    let name = &old.table;
    let suffixes = [
        (column.unique, "key"),
        (matches!(column.ty, ColumnType::Enum { .. }), "check"),
        (column.references.is_some(), "fkey"),
    ];
    suffixes
        .into_iter()
        .filter(|(present, _)| *present)
        .map(|(_, suffix)| {
            Statement::plain(format!(
                "ALTER TABLE {table} RENAME CONSTRAINT {} TO {}",
                quote_ident(&format!("{name}_{from}_{suffix}")),
                quote_ident(&format!("{name}_{to}_{suffix}"))
            ))
        })
        .collect()
}

/// The kept indexes over a renamed column, renamed after it.
fn rename_indexes(
    old: &Table,
    new: &Table,
    from: &str,
    to: &str,
    dialect: Dialect,
    schema: Option<&str>,
) -> Vec<Statement> {
    let mut out = rename_keys(old, new, from, to, dialect, schema, false);
    out.extend(rename_keys(old, new, from, to, dialect, schema, true));
    out
}

/// [`rename_indexes`] of the plain indexes, or of the unique ones.
fn rename_keys(
    old: &Table,
    new: &Table,
    from: &str,
    to: &str,
    dialect: Dialect,
    schema: Option<&str>,
    unique: bool,
) -> Vec<Statement> {
    let (old_keys, new_keys) = if unique {
        (&old.uniques, &new.uniques)
    } else {
        (&old.indexes, &new.indexes)
    };
    let name = if unique { unique_name } else { index_name };
    old_keys
        .iter()
        .filter(|columns| columns.iter().any(|column| column == from))
        .filter_map(|columns| {
            let renamed: Vec<String> = columns
                .iter()
                .map(|column| {
                    if column == from {
                        to.to_owned()
                    } else {
                        column.clone()
                    }
                })
                .collect();
            new_keys.contains(&renamed).then(|| {
                let (before, after) = (name(&old.table, columns), name(&new.table, &renamed));
                let create = if unique {
                    create_unique(new, &renamed, dialect, schema)
                } else {
                    create_index(new, &renamed, dialect, schema)
                };
                Statement::plain(match dialect {
                    Dialect::Mysql => format!(
                        "ALTER TABLE {} RENAME INDEX {} TO {}",
                        quote_ident(&new.table),
                        quote_ident(&before),
                        quote_ident(&after)
                    ),
                    // SQLite has no `ALTER INDEX`: recreated under the new name.
                    Dialect::Sqlite => {
                        format!("DROP INDEX IF EXISTS {};\n{create}", quote_ident(&before))
                    }
                    Dialect::Postgres => format!(
                        "ALTER INDEX IF EXISTS {} RENAME TO {}",
                        qualified(schema, &before),
                        quote_ident(&after)
                    ),
                })
            })
        })
        .collect()
}

/// SQLite's rebuild of a table (see the module's docs).
fn rebuild(diff: &TableDiff, old: &Table, new: &Table) -> Vec<Statement> {
    let scratch = format!("{}__btst_new", new.table);
    let mut out = vec![Statement::plain(
        create_as(new, &scratch, Dialect::Sqlite, None, "CREATE TABLE").swap_remove(0),
    )];
    let sources = diff.sources();
    let mut columns = Vec::new();
    let mut values = Vec::new();
    let mut notes = Vec::new();
    for column in &new.columns {
        let source = sources
            .iter()
            .find(|(target, _)| *target == column.name)
            .map(|(_, source)| source);
        let value = match (source, old.column(source.map_or("", String::as_str))) {
            (Some(source), Some(before)) => {
                if *source != column.name {
                    notes.push(format!(
                        "`{source}` is copied into `{}`, its new name",
                        column.name
                    ));
                }
                let mut value = quote_ident(source);
                if !before.ty.same_storage(&column.ty) {
                    value = format!(
                        "CAST({value} AS {})",
                        sql_type(column, Dialect::Sqlite, false)
                    );
                }
                if before.nullable && !column.nullable {
                    notes.push(fill_note(&new.table, column, Dialect::Sqlite));
                    value = format!("COALESCE({value}, {})", fill(column, Dialect::Sqlite));
                }
                value
            }
            _ if column.fills_itself() => continue,
            _ => {
                notes.push(fill_note(&new.table, column, Dialect::Sqlite));
                fill(column, Dialect::Sqlite)
            }
        };
        columns.push(column.name.clone());
        values.push(value);
    }
    for step in &diff.steps {
        if let Step::AlterColumn { to, what, .. } = step
            && what.contains(&Alteration::Reference { tightened: true })
        {
            notes.push(format!(
                "`{to}` gains a foreign key: a row whose `{to}` names no record stops the migration"
            ));
        }
    }
    let copy = format!(
        "INSERT INTO {} ({}) SELECT {} FROM {}",
        quote_ident(&scratch),
        column_list(&columns),
        values.join(", "),
        quote_ident(&old.table)
    );
    out.push(if notes.is_empty() {
        Statement::plain(copy)
    } else {
        Statement::reviewed(copy, notes.join("; "))
    });
    let dropped: Vec<String> = diff
        .steps
        .iter()
        .filter_map(|step| match step {
            Step::DropColumn(column) => Some(format!("`{column}`")),
            _ => None,
        })
        .collect();
    let drop = format!("DROP TABLE {}", quote_ident(&old.table));
    let mut review = String::from(
        "indexes and triggers the model does not declare go with the old table (recreate them below)",
    );
    if !dropped.is_empty() {
        review = format!(
            "the rows were copied above without {}: those values are lost; {review}",
            dropped.join(", ")
        );
    }
    out.push(Statement::reviewed(drop, review));
    out.push(Statement::plain(format!(
        "ALTER TABLE {} RENAME TO {}",
        quote_ident(&scratch),
        quote_ident(&new.table)
    )));
    let indexes = new
        .indexes
        .iter()
        .map(|columns| create_index(new, columns, Dialect::Sqlite, None));
    let uniques = new
        .uniques
        .iter()
        .map(|columns| create_unique(new, columns, Dialect::Sqlite, None));
    out.extend(indexes.chain(uniques).map(Statement::plain));
    out
}

/// MySQL's and MariaDB's statements (see the module's docs).
fn alter_mysql(diff: &TableDiff, old: &Table, new: &Table) -> Result<Vec<Statement>, String> {
    let dialect = Dialect::Mysql;
    let table = quote_ident(&new.table);
    let name = &new.table;
    let mut out = Vec::new();
    for step in ordered(diff) {
        match step {
            Step::DropIndex(columns) => out.push(Statement::plain(format!(
                "ALTER TABLE {table} DROP INDEX {}",
                quote_ident(&index_name(&old.table, columns))
            ))),
            Step::DropUnique(columns) => out.push(Statement::plain(format!(
                "ALTER TABLE {table} DROP INDEX {}",
                quote_ident(&unique_name(&old.table, columns))
            ))),
            Step::RenameColumn { from, to } => {
                out.push(rename_column(&table, from, to));
                if old.column(from).is_some_and(|column| column.unique) {
                    // An inline `UNIQUE` index is named after its column.
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} RENAME INDEX {} TO {}",
                        quote_ident(from),
                        quote_ident(to)
                    )));
                }
                out.extend(rename_indexes(old, new, from, to, dialect, None));
            }
            Step::DropColumn(column) => {
                if old
                    .column(column)
                    .is_some_and(|column| column.references.is_some())
                {
                    return Err(refused(name, column));
                }
                out.push(drop_column(&table, column));
            }
            Step::AddColumn(column) => {
                let column = new.column(column).expect("an added column is declared");
                let mut sql = format!(
                    "ALTER TABLE {table} ADD COLUMN {}",
                    column_sql(new, column, dialect, None)
                );
                if let Some(reference) = &column.references {
                    let _ = write!(
                        sql,
                        ", ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} (\"id\") ON DELETE {}",
                        quote_ident(&format!("{name}_{}_fkey", column.name)),
                        quote_ident(&column.name),
                        quote_ident(&reference.table),
                        reference.on_delete
                    );
                }
                if column.fills_itself() {
                    out.push(Statement::plain(sql));
                } else {
                    out.push(Statement::reviewed(
                        sql.replacen(
                            &column_sql(new, column, dialect, None),
                            &format!(
                                "{} DEFAULT {}",
                                column_sql(new, column, dialect, None),
                                fill(column, dialect)
                            ),
                            1,
                        ),
                        fill_note(name, column, dialect),
                    ));
                    out.push(Statement::plain(format!(
                        "ALTER TABLE {table} ALTER COLUMN {} DROP DEFAULT",
                        quote_ident(&column.name)
                    )));
                }
            }
            Step::AlterColumn { to, what, .. } => out.extend(modify_mysql(new, to, what)?),
            Step::CreateIndex(columns) => out.extend(index_mysql(diff, old, new, columns, false)),
            Step::CreateUnique(columns) => out.extend(index_mysql(diff, old, new, columns, true)),
            Step::CreateTable | Step::DropTable => {}
        }
    }
    Ok(out)
}

/// A new index on MySQL: a text column it keys is restated as a `VARCHAR` first.
fn index_mysql(
    diff: &TableDiff,
    old: &Table,
    new: &Table,
    columns: &[String],
    unique: bool,
) -> Vec<Statement> {
    let dialect = Dialect::Mysql;
    let table = quote_ident(&new.table);
    let definition =
        |column: &Column| super::ddl::definition(column, dialect, new.keyed(column), None, false);
    let mut out = Vec::new();
    // A text column becomes a key: restated as a `VARCHAR` first.
    for column in columns {
        let (Some(before), Some(after)) = (old.column(column), new.column(column)) else {
            continue;
        };
        let was = sql_type(before, dialect, old.keyed(before));
        let is = sql_type(after, dialect, new.keyed(after));
        let altered = diff
            .steps
            .iter()
            .any(|step| matches!(step, Step::AlterColumn { to, .. } if to == column));
        if was != is && !altered {
            out.push(Statement::reviewed(
                format!("ALTER TABLE {table} MODIFY COLUMN {}", definition(after)),
                format!(
                    "`{column}` becomes {is} to be indexed: a longer value stops the migration"
                ),
            ));
        }
    }
    out.push(if unique {
        Statement::reviewed(
            create_unique(new, columns, dialect, None),
            unique_note(&new.table, columns),
        )
    } else {
        Statement::plain(create_index(new, columns, dialect, None))
    });
    out
}

fn unique_note(table: &str, columns: &[String]) -> String {
    format!(
        "rows of `{table}` that already share ({}) stop the migration: change or delete one of each first",
        columns.join(", ")
    )
}

/// The statements of one altered column on MySQL: restated whole (`MODIFY COLUMN`, without
/// `UNIQUE`), its unique index kept or changed apart.
fn modify_mysql(new: &Table, to: &str, what: &[Alteration]) -> Result<Vec<Statement>, String> {
    let dialect = Dialect::Mysql;
    let table = quote_ident(&new.table);
    let name = &new.table;
    let definition =
        |column: &Column| super::ddl::definition(column, dialect, new.keyed(column), None, false);
    let mut out = Vec::new();
    let column = new.column(to).expect("an altered column is declared");
    if what
        .iter()
        .any(|alteration| matches!(alteration, Alteration::Reference { .. }))
    {
        return Err(refused(&new.table, to));
    }
    let quoted = quote_ident(to);
    if what.contains(&Alteration::Nullable(false)) {
        out.push(Statement::reviewed(
            format!(
                "UPDATE {table} SET {quoted} = {} WHERE {quoted} IS NULL",
                fill(column, dialect)
            ),
            fill_note(name, column, dialect),
        ));
    }
    let restated = what.iter().any(|alteration| {
        !matches!(
            alteration,
            Alteration::Unique(_) | Alteration::Reference { .. }
        )
    });
    if restated {
        let review = what
            .iter()
            .any(|alteration| {
                matches!(
                    alteration,
                    Alteration::Type
                        | Alteration::Values { narrowed: true }
                        | Alteration::MaxLength { narrowed: true }
                )
            })
            .then(|| format!("restates `{to}`: a value that does not fit stops the migration"));
        out.push(Statement {
            sql: format!("ALTER TABLE {table} MODIFY COLUMN {}", definition(column)),
            review,
        });
    }
    if what.contains(&Alteration::Unique(true)) {
        out.push(Statement::reviewed(
            format!("ALTER TABLE {table} ADD UNIQUE INDEX {quoted} ({quoted})"),
            format!("makes `{to}` unique: two rows sharing a value stop the migration"),
        ));
    }
    if what.contains(&Alteration::Unique(false)) {
        out.push(Statement::plain(format!(
            "ALTER TABLE {table} DROP INDEX {quoted}"
        )));
    }
    Ok(out)
}

fn refused(table: &str, column: &str) -> String {
    format!(
        "the foreign key of `{table}.{column}` changes, and MySQL named it itself: write this \
         step by hand (`SHOW CREATE TABLE {table}` shows the name)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::declaration::{Default, ForeignKey};

    fn column(name: &str, ty: ColumnType) -> Column {
        Column {
            primary_key: name == "id",
            ..Column::plain(name, ty)
        }
    }

    fn v1() -> Table {
        Table {
            model: "Task".to_owned(),
            table: "kanban_task".to_owned(),
            columns: vec![
                column("id", ColumnType::Text),
                column("title", ColumnType::Text),
                Column {
                    unique: true,
                    ..column("code", ColumnType::Text)
                },
                column("note", ColumnType::Text),
            ],
            indexes: vec![vec!["title".to_owned()]],
            uniques: Vec::new(),
        }
    }

    fn sql(old: &Table, new: &Table, dialect: Dialect) -> Vec<String> {
        let diff = TableDiff::between(Some(old), Some(new)).expect("differs");
        statements(
            &diff,
            dialect,
            (dialect == Dialect::Postgres).then_some("plugin_kanban"),
        )
        .expect("writable")
        .into_iter()
        .map(|statement| statement.sql)
        .collect()
    }

    #[test]
    fn an_optional_column_is_added_in_place_everywhere() {
        let mut v2 = v1();
        v2.columns.push(Column {
            nullable: true,
            ..column("due", ColumnType::Timestamp)
        });
        assert_eq!(
            sql(&v1(), &v2, Dialect::Sqlite),
            ["ALTER TABLE \"kanban_task\" ADD COLUMN \"due\" TIMESTAMP"]
        );
        assert_eq!(
            sql(&v1(), &v2, Dialect::Postgres),
            ["ALTER TABLE \"plugin_kanban\".\"kanban_task\" ADD COLUMN \"due\" TIMESTAMP"]
        );
        assert_eq!(
            sql(&v1(), &v2, Dialect::Mysql),
            ["ALTER TABLE \"kanban_task\" ADD COLUMN \"due\" DATETIME(3)"]
        );
    }

    #[test]
    fn sqlite_rebuilds_what_alter_table_cannot_do() {
        let mut v2 = v1();
        v2.columns.push(Column {
            default: Some(Default::Now),
            ..column("created_at", ColumnType::Timestamp)
        });
        v2.columns.retain(|column| column.name != "note");
        assert_eq!(
            sql(&v1(), &v2, Dialect::Sqlite),
            [
                "CREATE TABLE \"kanban_task__btst_new\" (\n    \"id\" TEXT NOT NULL PRIMARY KEY,\n    \"title\" TEXT NOT NULL,\n    \"code\" TEXT NOT NULL UNIQUE,\n    \"created_at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)",
                "INSERT INTO \"kanban_task__btst_new\" (\"id\", \"title\", \"code\") SELECT \"id\", \"title\", \"code\" FROM \"kanban_task\"",
                "DROP TABLE \"kanban_task\"",
                "ALTER TABLE \"kanban_task__btst_new\" RENAME TO \"kanban_task\"",
                "CREATE INDEX IF NOT EXISTS \"kanban_task_title_idx\" ON \"kanban_task\" (\"title\")",
            ]
        );
    }

    #[test]
    fn a_rename_carries_its_constraints_and_indexes() {
        let mut v2 = v1();
        for column in &mut v2.columns {
            if column.name == "title" || column.name == "code" {
                column.renamed_from = Some(column.name.clone());
                column.name = format!("{}_text", column.name);
            }
        }
        v2.indexes = vec![vec!["title_text".to_owned()]];
        assert_eq!(
            sql(&v1(), &v2, Dialect::Postgres),
            [
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" RENAME COLUMN \"title\" TO \"title_text\"",
                "ALTER INDEX IF EXISTS \"plugin_kanban\".\"kanban_task_title_idx\" RENAME TO \"kanban_task_title_text_idx\"",
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" RENAME COLUMN \"code\" TO \"code_text\"",
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" RENAME CONSTRAINT \"kanban_task_code_key\" TO \"kanban_task_code_text_key\"",
            ]
        );
        assert_eq!(
            sql(&v1(), &v2, Dialect::Mysql),
            [
                "ALTER TABLE \"kanban_task\" RENAME COLUMN \"title\" TO \"title_text\"",
                "ALTER TABLE \"kanban_task\" RENAME INDEX \"kanban_task_title_idx\" TO \"kanban_task_title_text_idx\"",
                "ALTER TABLE \"kanban_task\" RENAME COLUMN \"code\" TO \"code_text\"",
                "ALTER TABLE \"kanban_task\" RENAME INDEX \"code\" TO \"code_text\"",
            ]
        );
    }

    #[test]
    fn a_required_column_gets_a_reviewed_value() {
        let mut v2 = v1();
        v2.columns.push(column("points", ColumnType::I32));
        let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
        let statements = statements(&diff, Dialect::Postgres, None).expect("writable");
        assert_eq!(
            statements[0].sql,
            "ALTER TABLE \"kanban_task\" ADD COLUMN \"points\" INTEGER NOT NULL DEFAULT 0"
        );
        assert_eq!(
            statements[0].review.as_deref(),
            Some(
                "existing rows of `kanban_task` get `0` in `points`; change the value if another fits them"
            )
        );
        assert_eq!(
            statements[1].sql,
            "ALTER TABLE \"kanban_task\" ALTER COLUMN \"points\" DROP DEFAULT"
        );
    }

    #[test]
    fn mysql_refuses_to_guess_a_foreign_keys_name() {
        let mut v2 = v1();
        v2.columns[3].references = Some(ForeignKey {
            table: "kanban_board".to_owned(),
            on_delete: "CASCADE".to_owned(),
            plugin: None,
        });
        let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
        let error = statements(&diff, Dialect::Mysql, None).expect_err("refused");
        assert!(error.contains("write this step by hand"), "{error}");
    }

    #[test]
    fn a_new_composite_unique_needs_a_decision_and_is_a_unique_index_everywhere() {
        let mut v2 = v1();
        v2.uniques.push(vec!["title".to_owned(), "note".to_owned()]);
        let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
        assert!(!diff.additive(), "rows may already share the pair");
        for (dialect, expected) in [
            (
                Dialect::Postgres,
                "CREATE UNIQUE INDEX IF NOT EXISTS \"kanban_task_title_note_key\" ON \"kanban_task\" (\"title\", \"note\")",
            ),
            (
                Dialect::Sqlite,
                "CREATE UNIQUE INDEX IF NOT EXISTS \"kanban_task_title_note_key\" ON \"kanban_task\" (\"title\", \"note\")",
            ),
        ] {
            let statements = statements(&diff, dialect, None).expect("writable");
            assert_eq!(statements.len(), 1, "{dialect:?}: in place, no rebuild");
            assert_eq!(statements[0].sql, expected, "{dialect:?}");
            assert!(statements[0].review.is_some(), "{dialect:?}: reviewed");
        }
        // MySQL restates `note` as a `VARCHAR` first: it becomes a key.
        let mysql = sql(&v1(), &v2, Dialect::Mysql);
        assert_eq!(
            mysql.last().map(String::as_str),
            Some(
                "CREATE UNIQUE INDEX \"kanban_task_title_note_key\" ON \"kanban_task\" (\"title\", \"note\")"
            )
        );
        // Dropping it loses nothing; renaming a member renames it.
        let back = TableDiff::between(Some(&v2), Some(&v1())).expect("differs");
        assert!(back.additive());
        assert_eq!(
            sql(&v2, &v1(), Dialect::Postgres),
            ["DROP INDEX IF EXISTS \"plugin_kanban\".\"kanban_task_title_note_key\""]
        );
        let mut v3 = v2.clone();
        v3.columns[3].name = "body".to_owned();
        v3.columns[3].renamed_from = Some("note".to_owned());
        v3.uniques = vec![vec!["title".to_owned(), "body".to_owned()]];
        assert!(
            sql(&v2, &v3, Dialect::Postgres).contains(
                &"ALTER INDEX IF EXISTS \"plugin_kanban\".\"kanban_task_title_note_key\" RENAME TO \"kanban_task_title_body_key\"".to_owned()
            ),
            "{:?}",
            sql(&v2, &v3, Dialect::Postgres)
        );
    }

    #[test]
    fn lists_and_json_are_json_documents() {
        let mut v2 = v1();
        v2.columns
            .push(column("tags", ColumnType::List(Box::new(ColumnType::Text))));
        v2.columns.push(Column {
            nullable: true,
            ..column("settings", ColumnType::Json)
        });
        let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
        let postgres = statements(&diff, Dialect::Postgres, None).expect("writable");
        assert_eq!(
            postgres[0].sql,
            "ALTER TABLE \"kanban_task\" ADD COLUMN \"tags\" JSONB NOT NULL DEFAULT '[]'"
        );
        assert_eq!(
            postgres[2].sql,
            "ALTER TABLE \"kanban_task\" ADD COLUMN \"settings\" JSONB"
        );
        let mut v3 = v2.clone();
        v3.columns[4].ty = ColumnType::List(Box::new(ColumnType::I64));
        let changed = TableDiff::between(Some(&v2), Some(&v3)).expect("differs");
        assert!(
            !changed.additive(),
            "a list of other items reads back as nothing"
        );
    }

    #[test]
    fn a_key_the_database_numbers_is_an_identity_everywhere() {
        let mut numbered = v1();
        numbered.columns[0] = Column {
            auto_increment: true,
            ..column("id", ColumnType::I64)
        };
        let create = |dialect| super::super::ddl::create(&numbered, dialect, None, "CREATE TABLE");
        assert!(
            create(Dialect::Sqlite)[0]
                .contains("\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"),
            "{:?}",
            create(Dialect::Sqlite)
        );
        assert!(
            create(Dialect::Postgres)[0]
                .contains("\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"),
            "{:?}",
            create(Dialect::Postgres)
        );
        assert!(
            create(Dialect::Mysql)[0]
                .contains("\"id\" BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"),
            "{:?}",
            create(Dialect::Mysql)
        );
        // A model that changes its key strategy: a type change, reviewed; PostgreSQL then
        // numbers on from the largest key, and back again drops the identity first.
        let diff = TableDiff::between(Some(&v1()), Some(&numbered)).expect("differs");
        assert!(!diff.additive());
        let postgres = sql(&v1(), &numbered, Dialect::Postgres);
        assert_eq!(
            postgres,
            [
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" ALTER COLUMN \"id\" TYPE BIGINT USING \"id\"::BIGINT",
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('\"plugin_kanban\".\"kanban_task\"', 'id'), (SELECT COALESCE(MAX(\"id\"), 0) + 1 FROM \"plugin_kanban\".\"kanban_task\"), false)",
            ]
        );
        assert_eq!(
            sql(&numbered, &v1(), Dialect::Postgres)[..2],
            [
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" ALTER COLUMN \"id\" DROP IDENTITY IF EXISTS",
                "ALTER TABLE \"plugin_kanban\".\"kanban_task\" ALTER COLUMN \"id\" TYPE TEXT USING \"id\"::TEXT",
            ]
        );
        // MySQL restates the column, never its primary key (that would declare a second one).
        assert_eq!(
            sql(&v1(), &numbered, Dialect::Mysql),
            ["ALTER TABLE \"kanban_task\" MODIFY COLUMN \"id\" BIGINT NOT NULL AUTO_INCREMENT"]
        );
        let mut wider = v1();
        wider.columns[0].max_length = Some(64);
        assert_eq!(
            sql(&v1(), &wider, Dialect::Mysql),
            ["ALTER TABLE \"kanban_task\" MODIFY COLUMN \"id\" VARCHAR(64) NOT NULL"]
        );
    }
}
