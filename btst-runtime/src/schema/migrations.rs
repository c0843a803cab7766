//! Migration folders: written from a schema difference (`migrate generate`) in `diesel_cli`'s
//! layout, one set per backend (`<dir>/postgres`, `<dir>/mysql`, `<dir>/sqlite`), and applied
//! with `diesel_migrations` (`migrate apply`, or at start under
//! [`SchemaChanges::Migrations`](crate::SchemaChanges::Migrations)), so `diesel migration run`
//! applies them too. `diesel_migrations` keeps the bookkeeping (`__diesel_schema_migrations`);
//! each folder's `up.sql` also records the tables' new declarations in `btst_schema` (and
//! `down.sql` the old ones), so the Stack knows the schema however the folder was applied.
//!
//! Per backend:
//! - PostgreSQL: one folder, run in one transaction: all or nothing.
//! - SQLite: one folder; a table rebuild needs foreign keys off, which cannot change inside a
//!   transaction, so such a folder has `metadata.toml` with `run_in_transaction = false` and its
//!   own `BEGIN` / `COMMIT` around the statements: still all or nothing.
//! - MySQL / MariaDB: DDL commits by itself, so a failed folder would leave its first
//!   statements applied and unrecorded, and a re-run would fail on them. Each statement is
//!   therefore a folder of its own (versions `<time>-01`, `<time>-02`, ...), and a re-run
//!   starts at the statement that failed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use diesel::RunQueryDsl as _;
use diesel_migrations::{FileBasedMigrations, MigrationHarness};

use super::alter::{self, Statement};
use super::ddl::Dialect;
use super::diff::{Step, TableDiff};
use crate::backend::AnyConnection;

/// SQLite's check that a rebuild (run with foreign keys off) left no row referencing nothing: a
/// script cannot test a condition, so a `CHECK` on a temporary table fails the script, and the
/// transaction is rolled back.
const SQLITE_FOREIGN_KEY_CHECK: &str = "\
-- Foreign keys are off in this script: stop here if a row references no record.
CREATE TEMP TABLE \"btst_foreign_key_check\" (\"rows_referencing_nothing\" INTEGER CHECK (\"rows_referencing_nothing\" = 0));
INSERT INTO \"btst_foreign_key_check\" SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE \"btst_foreign_key_check\";
";

/// The folder of `dialect`'s migrations under `dir`.
pub(crate) fn backend_dir(dir: &Path, dialect: Dialect) -> PathBuf {
    dir.join(match dialect {
        Dialect::Postgres => "postgres",
        Dialect::Mysql => "mysql",
        Dialect::Sqlite => "sqlite",
    })
}

/// The folder of `dialect`'s migrations under `dir`, which must exist: a path that names none is
/// a mistake (a wrong `SchemaChanges::Migrations` or `BTST_SCHEMA_CHANGES`), never "nothing to
/// do".
fn existing(dir: &Path, dialect: Dialect) -> Result<PathBuf, String> {
    let root = backend_dir(dir, dialect);
    if root.is_dir() {
        Ok(root)
    } else {
        Err(format!(
            "no migration folders at {}: `migrate generate <name>` writes them there (check the \
             directory of `SchemaChanges::Migrations` or `BTST_SCHEMA_CHANGES`)",
            root.display()
        ))
    }
}

/// Whether a folder of `root` (a backend's) has the version `version` already (`<version>_..`, or
/// `<version>-NN_..` on MySQL).
pub(crate) fn version_taken(root: &Path, version: &str) -> bool {
    std::fs::read_dir(root).is_ok_and(|entries| {
        entries.flatten().any(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.strip_prefix(version)
                .is_some_and(|rest| rest.starts_with('_') || rest.starts_with('-'))
        })
    })
}

/// One table's difference, its plugin, and the ledger statements of both directions.
pub(crate) struct Planned<'a> {
    pub(crate) plugin: &'a str,
    pub(crate) diff: &'a TableDiff,
    /// [`crate::db`]'s statements that record the new declarations, and the old ones.
    pub(crate) record_up: String,
    pub(crate) record_down: String,
}

/// Writes the migration folder(s) of `planned` under `dir` for `dialect`, named `name`, at
/// `version` (`YYYY-MM-DD-HHMMSS`, `diesel_cli`'s); returns the folders written.
///
/// # Errors
/// A step this backend's SQL cannot be written for (a MySQL foreign key), or the file system's.
pub(crate) fn generate(
    dir: &Path,
    name: &str,
    version: &str,
    dialect: Dialect,
    planned: &[Planned<'_>],
) -> Result<Vec<PathBuf>, String> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "`{name}` is not a migration name: use lowercase letters, digits and `_` (`add_due_date`)"
        ));
    }
    let schema_of =
        |plugin: &str| (dialect == Dialect::Postgres).then(|| super::plugin_schema(plugin));
    // One direction's statements: each table's DDL, then its record in the ledger.
    let direction = |items: &mut dyn Iterator<Item = (&str, TableDiff, &String)>| {
        let mut statements = Vec::new();
        let mut rebuilds = false;
        for (plugin, diff, record) in items {
            let schema = schema_of(plugin);
            rebuilds |= alter::rebuilds(&diff, dialect);
            statements.extend(alter::statements(&diff, dialect, schema.as_deref())?);
            statements.push(Statement {
                sql: record.clone(),
                review: None,
            });
        }
        Ok::<_, String>((statements, rebuilds))
    };
    let (up, up_rebuilds) = direction(
        &mut planned
            .iter()
            .map(|item| (item.plugin, item.diff.clone(), &item.record_up)),
    )?;
    let (down, down_rebuilds) = direction(
        &mut planned
            .iter()
            .rev()
            .map(|item| (item.plugin, item.diff.reversed(), &item.record_down)),
    )?;
    let rebuilds = up_rebuilds || down_rebuilds;
    let header = header(name, planned);
    write(
        &backend_dir(dir, dialect),
        name,
        version,
        dialect,
        rebuilds,
        &up,
        &down,
        &header,
    )
}

/// The comment at the top of a script: what it is and what it changes, table by table.
fn header(name: &str, planned: &[Planned<'_>]) -> impl Fn(&str) -> String {
    let mut tables = String::new();
    for item in planned {
        let _ = writeln!(
            tables,
            "-- {} (plugin `{}`, table `{}`): {}",
            item.diff.model(),
            item.plugin,
            item.diff.table(),
            item.diff
                .steps
                .iter()
                .map(|step| item.diff.describe(step))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    let lossy = planned.iter().any(|item| {
        item.diff
            .steps
            .iter()
            .any(|step| matches!(step, Step::DropColumn(_) | Step::DropTable))
    });
    let name = name.to_owned();
    move |direction: &str| {
        let restore = if direction == "down" && lossy {
            "-- What up.sql dropped comes back empty: its values are not restored.\n"
        } else {
            ""
        };
        format!(
            "-- {direction} of `{name}`, written by btst-rs's `migrate generate` from the models' declarations.\n\
             -- Review it: each `-- REVIEW:` line says what a step loses or assumes.\n{restore}{tables}"
        )
    }
}

/// Writes the folders of one migration under `root` (see [`generate`]).
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, each argument distinct"
)]
fn write(
    root: &Path,
    name: &str,
    version: &str,
    dialect: Dialect,
    rebuilds: bool,
    up: &[Statement],
    down: &[Statement],
    header: &dyn Fn(&str) -> String,
) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    match dialect {
        Dialect::Mysql => {
            // One statement per folder (see the module's docs). Reverting runs the folders' downs
            // last first, so the first folder's `down.sql` undoes the whole migration and the
            // others' do nothing: `migrate revert` (or `diesel migration revert -n <count>`)
            // reverts them all.
            let count = up.len();
            for (index, statement) in up.iter().enumerate() {
                let folder = root.join(format!("{version}-{:02}_{name}", index + 1));
                let mut up_sql = header("up");
                let _ = writeln!(up_sql, "-- step {} of {count}", index + 1);
                up_sql.push_str(&script(std::slice::from_ref(statement), dialect));
                let down_sql = if index == 0 {
                    let mut text = header("down");
                    text.push_str(&script(down, dialect));
                    text
                } else {
                    format!(
                        "-- step {} of {count} of `{name}`: reverted as a whole by the first step's down.sql\n\
                         SELECT 1;\n",
                        index + 1
                    )
                };
                write_folder(&folder, &up_sql, &down_sql, None)?;
                written.push(folder);
            }
        }
        Dialect::Postgres | Dialect::Sqlite => {
            let folder = root.join(format!("{version}_{name}"));
            let wrap = |statements: &[Statement], direction: &str| {
                let mut text = header(direction);
                if dialect == Dialect::Sqlite && rebuilds {
                    text.push_str("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
                    text.push_str(&script(statements, dialect));
                    text.push_str(SQLITE_FOREIGN_KEY_CHECK);
                    text.push_str("COMMIT;\nPRAGMA foreign_keys = ON;\n");
                } else {
                    text.push_str(&script(statements, dialect));
                }
                text
            };
            let metadata = (dialect == Dialect::Sqlite && rebuilds).then_some(
                "# The table rebuild turns foreign keys off, which SQLite allows only outside a\n\
                 # transaction: up.sql and down.sql open and commit their own.\n\
                 run_in_transaction = false\n",
            );
            write_folder(&folder, &wrap(up, "up"), &wrap(down, "down"), metadata)?;
            written.push(folder);
        }
    }
    Ok(written)
}

/// The statements as a script: each `-- REVIEW:` note above its statement, each statement ended
/// by `;`. MySQL's scripts first set `ANSI_QUOTES` (the identifiers are double-quoted), which
/// `diesel_cli`'s connection does not.
fn script(statements: &[Statement], dialect: Dialect) -> String {
    let mut text = String::new();
    if dialect == Dialect::Mysql {
        text.push_str("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES');\n");
    }
    for statement in statements {
        if let Some(review) = &statement.review {
            let _ = writeln!(text, "-- REVIEW: {review}");
        }
        let _ = writeln!(text, "{};", statement.sql);
    }
    text
}

fn write_folder(folder: &Path, up: &str, down: &str, metadata: Option<&str>) -> Result<(), String> {
    let fail = |error: std::io::Error| format!("cannot write {}: {error}", folder.display());
    std::fs::create_dir_all(folder).map_err(fail)?;
    std::fs::write(folder.join("up.sql"), up).map_err(fail)?;
    std::fs::write(folder.join("down.sql"), down).map_err(fail)?;
    if let Some(metadata) = metadata {
        std::fs::write(folder.join("metadata.toml"), metadata).map_err(fail)?;
    }
    Ok(())
}

/// Applies the pending folders of `dir` for the connection's backend, in version order; returns
/// the versions applied. A missing folder is an error.
///
/// # Errors
/// The folder that failed, and the database's message. PostgreSQL and SQLite leave the database
/// as it was before that folder; on MySQL, the statement (one per folder) did not apply.
pub(crate) fn apply(conn: &mut AnyConnection, dir: &Path) -> Result<Vec<String>, String> {
    let root = existing(dir, conn.dialect())?;
    let source = FileBasedMigrations::from_path(&root)
        .map_err(|error| format!("cannot read the migrations in {}: {error}", root.display()))?;
    let fail = |error: Box<dyn std::error::Error + Send + Sync>| {
        format!(
            "a migration in {} failed (its folder is named in the message; nothing of it was \
             kept where the backend allows): {error}",
            root.display()
        )
    };
    let dialect = conn.dialect();
    let applied = match conn {
        // diesel_cli keeps its bookkeeping in `public` (a new connection's search path); the
        // Stack's connections search the plugins' schemas first, so they switch for the run.
        AnyConnection::Postgresql(conn) => in_public(conn, |conn| run(conn, source)),
        AnyConnection::Sqlite(conn) => run(conn, source),
        #[cfg(feature = "mysql")]
        AnyConnection::Mysql(conn) => run(conn, source),
    }
    .map_err(|error| {
        if dialect == Dialect::Sqlite {
            // A script that failed between its own `BEGIN` and `COMMIT` left its transaction
            // open on this pooled connection.
            use diesel::connection::SimpleConnection as _;
            let _ = conn.batch_execute("ROLLBACK");
            let _ = conn.batch_execute("PRAGMA foreign_keys = ON");
        }
        fail(error)
    })?;
    for version in &applied {
        tracing::info!(version = version.as_str(), "applied migration");
    }
    Ok(applied)
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// Runs `f` with `public` as the search path, as `diesel_cli`'s connections have it (its
/// bookkeeping table lives there); the Stack's connections search the plugins' schemas first.
/// The path is restored whatever `f`'s outcome: the connection goes back to the pool.
fn in_public<T>(
    conn: &mut diesel::PgConnection,
    f: impl FnOnce(&mut diesel::PgConnection) -> Result<T, Failure>,
) -> Result<T, Failure> {
    use diesel::connection::SimpleConnection as _;
    let path = diesel::sql_query("SELECT current_setting('search_path') AS path")
        .get_result::<SearchPath>(conn)?
        .path;
    conn.batch_execute("SET search_path TO public")?;
    let outcome = f(conn);
    let restored = conn.batch_execute(&format!("SET search_path TO {path}"));
    let value = outcome?;
    restored?;
    Ok(value)
}

#[derive(diesel::QueryableByName)]
struct SearchPath {
    #[diesel(sql_type = diesel::sql_types::Text)]
    path: String,
}

/// Reverts the last migration applied from `dir` (every folder of it: on MySQL, one per
/// statement, whose first folder's `down.sql` undoes the whole); returns the versions reverted.
///
/// # Errors
/// The folder that failed, and the database's message.
pub(crate) fn revert(conn: &mut AnyConnection, dir: &Path) -> Result<Vec<String>, String> {
    let root = existing(dir, conn.dialect())?;
    let source = || {
        FileBasedMigrations::from_path(&root)
            .map_err(|error| format!("cannot read the migrations in {}: {error}", root.display()))
    };
    let fail = |error: Box<dyn std::error::Error + Send + Sync>| {
        format!(
            "reverting a migration in {} failed: {error}",
            root.display()
        )
    };
    let mut reverted: Vec<String> = Vec::new();
    loop {
        let last = match &mut *conn {
            AnyConnection::Postgresql(conn) => in_public(conn, last_applied),
            AnyConnection::Sqlite(conn) => last_applied(conn),
            #[cfg(feature = "mysql")]
            AnyConnection::Mysql(conn) => last_applied(conn),
        }
        .map_err(fail)?;
        let Some(last) = last.filter(|last| {
            reverted
                .first()
                .is_none_or(|first| same_migration(first, last))
        }) else {
            break;
        };
        match &mut *conn {
            AnyConnection::Postgresql(conn) => {
                let source = source()?;
                in_public(conn, |conn| undo(conn, source))
            }
            AnyConnection::Sqlite(conn) => undo(conn, source()?),
            #[cfg(feature = "mysql")]
            AnyConnection::Mysql(conn) => undo(conn, source()?),
        }
        .map_err(fail)?;
        tracing::info!(version = last.as_str(), "reverted migration");
        reverted.push(last);
    }
    Ok(reverted)
}

/// Whether two applied versions are folders of one migration: diesel keeps a version's digits
/// (`2026-12-01-040000-02` is `2026120104000002`), and a migration's folders share its time,
/// the first 14.
fn same_migration(left: &str, right: &str) -> bool {
    let time = |version: &str| -> String {
        version
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .collect()
    };
    time(left) == time(right)
}

/// The folders of `dir` not yet applied, by name (`2026-12-01-040000_add_due`); none when the
/// directory does not exist.
///
/// # Errors
/// The folders cannot be read, or the database's bookkeeping cannot.
pub(crate) fn pending(conn: &mut AnyConnection, dir: &Path) -> Result<Vec<String>, String> {
    let root = backend_dir(dir, conn.dialect());
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let source = FileBasedMigrations::from_path(&root)
        .map_err(|error| format!("cannot read the migrations in {}: {error}", root.display()))?;
    match conn {
        AnyConnection::Postgresql(conn) => in_public(conn, |conn| pending_names(conn, source)),
        AnyConnection::Sqlite(conn) => pending_names(conn, source),
        #[cfg(feature = "mysql")]
        AnyConnection::Mysql(conn) => pending_names(conn, source),
    }
    .map_err(|error| {
        format!(
            "cannot read which migrations of {} are applied: {error}",
            root.display()
        )
    })
}

fn pending_names<DB, C>(conn: &mut C, source: FileBasedMigrations) -> Result<Vec<String>, Failure>
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB>,
    FileBasedMigrations: diesel::migration::MigrationSource<DB>,
{
    Ok(conn
        .pending_migrations(source)?
        .iter()
        .map(|migration| migration.name().to_string())
        .collect())
}

fn last_applied<DB, C>(
    conn: &mut C,
) -> Result<Option<String>, Box<dyn std::error::Error + Send + Sync>>
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB>,
{
    let mut applied: Vec<String> = conn
        .applied_migrations()?
        .iter()
        .map(ToString::to_string)
        .collect();
    applied.sort();
    Ok(applied.pop())
}

fn undo<DB, C>(
    conn: &mut C,
    source: FileBasedMigrations,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>>
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB>,
    FileBasedMigrations: diesel::migration::MigrationSource<DB>,
{
    conn.revert_last_migration(source)?;
    Ok(())
}

fn run<DB, C>(
    conn: &mut C,
    source: FileBasedMigrations,
) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>>
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB>,
    FileBasedMigrations: diesel::migration::MigrationSource<DB>,
{
    let versions = conn.run_pending_migrations(source)?;
    Ok(versions.iter().map(ToString::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::same_migration;

    #[test]
    fn a_migrations_folders_share_its_time_and_no_other_does() {
        // As diesel reports applied versions: digits only.
        assert!(same_migration("2026120104421901", "2026120104421902"));
        assert!(same_migration("20261201044219", "2026-12-01-044219"));
        assert!(!same_migration("20261201044219", "20261201044149"));
        assert!(!same_migration("2026120104421901", "2026120104414901"));
    }
}
