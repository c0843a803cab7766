//! `migrate`, the schema command of every app's own binary ([`Stack::run`](crate::Stack::run)
//! reads it from the command line): `status` lists how the database differs from the models,
//! `generate <name>` writes a migration folder for the differences, `apply` applies the pending
//! folders. So `cargo run -p my-app -- migrate status` needs no other tool.

use std::fmt::Write as _;
use std::path::Path;

use crate::db::{Db, DbError, PluginDiff, binary_name, describe, record_sql};
use crate::model::ModelMeta;
use crate::schema::migrations::{self, Planned};

/// What `migrate` without a valid subcommand prints.
pub(crate) const USAGE: &str = "usage: <your binary> migrate <command>
  status           how the database differs from the models (additive, or needs a decision)
  generate <name>  writes a migration folder (up.sql, down.sql) for every difference
  apply            applies the pending migration folders
  revert           reverts the last migration applied (runs its down.sql)
The folders are under `migrations/` (or the directory of `SchemaChanges::Migrations`), one set
per backend, in diesel_cli's layout: `diesel migration run --migration-dir migrations/<backend>`
applies them too. DATABASE_URL names the database, as for serving.";

/// A `migrate` command, read before the database is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Command {
    Status,
    Generate(String),
    Apply,
    Revert,
}

impl Command {
    /// `args`, what follows `migrate` on the command line.
    pub(crate) fn parse(args: &[String]) -> Result<Self, DbError> {
        match args {
            [command] if command == "status" => Ok(Self::Status),
            [command, name] if command == "generate" => Ok(Self::Generate(name.clone())),
            [command] if command == "apply" => Ok(Self::Apply),
            [command] if command == "revert" => Ok(Self::Revert),
            _ => Err(DbError(USAGE.to_owned())),
        }
    }
}

/// Runs `command` against `db`; returns what to print.
pub(crate) fn run(
    db: &Db,
    plugins: &[(&str, &[ModelMeta])],
    dir: &Path,
    command: &Command,
) -> Result<String, DbError> {
    let folder = || migrations::backend_dir(dir, db.dialect());
    match command {
        Command::Status => status(db, plugins, dir),
        Command::Generate(name) => generate(db, plugins, dir, name),
        Command::Apply => {
            let applied = db.apply_migrations(dir)?;
            let mut out = if applied.is_empty() {
                format!("no pending migration in {}\n", folder().display())
            } else {
                format!("applied {}\n", applied.join(", "))
            };
            out.push_str(&status(db, plugins, dir)?);
            Ok(out)
        }
        Command::Revert => {
            let reverted = db.revert_migration(dir)?;
            let mut out = if reverted.is_empty() {
                format!("no migration of {} is applied\n", folder().display())
            } else {
                format!("reverted {}\n", reverted.join(", "))
            };
            out.push_str(&status(db, plugins, dir)?);
            Ok(out)
        }
    }
}

fn status(db: &Db, plugins: &[(&str, &[ModelMeta])], dir: &Path) -> Result<String, DbError> {
    let diffs = db.schema_diff(plugins)?;
    let pending = db.pending_migrations(dir)?;
    let mut out = if diffs.is_empty() {
        "the database matches the models\n".to_owned()
    } else {
        format!(
            "the database differs from the models:\n{}",
            describe(&diffs)
        )
    };
    if pending.is_empty() {
        if !diffs.is_empty() {
            let _ = writeln!(
                out,
                "`{} migrate generate <name>` writes a migration for them.",
                binary_name()
            );
        }
    } else {
        let _ = writeln!(
            out,
            "not yet applied: {}; `migrate apply` applies them.",
            pending.join(", ")
        );
    }
    Ok(out)
}

fn generate(
    db: &Db,
    plugins: &[(&str, &[ModelMeta])],
    dir: &Path,
    name: &str,
) -> Result<String, DbError> {
    let pending = db.pending_migrations(dir)?;
    if !pending.is_empty() {
        // The diff is the database's, which those folders would change: a migration written now
        // would do their work again.
        return Err(DbError(format!(
            "migrations not yet applied: {}. Apply them (`migrate apply`) or remove them, then \
             generate",
            pending.join(", ")
        )));
    }
    let diffs = db.schema_diff(plugins)?;
    if diffs.is_empty() {
        return Ok("the database matches the models: nothing to generate\n".to_owned());
    }
    let dialect = db.dialect();
    let planned: Vec<Planned<'_>> = diffs
        .iter()
        .map(|PluginDiff { plugin, diff }| Planned {
            plugin,
            diff,
            record_up: record_sql(plugin, diff, dialect),
            record_down: record_sql(plugin, &diff.reversed(), dialect),
        })
        .collect();
    // A version is the second it was written in; two migrations written within one second
    // (a script) take the next free second, so each keeps a version of its own.
    let folder = migrations::backend_dir(dir, dialect);
    let mut at = chrono::Utc::now();
    let version = loop {
        let version = at.format("%Y-%m-%d-%H%M%S").to_string();
        if !migrations::version_taken(&folder, &version) {
            break version;
        }
        at += chrono::Duration::seconds(1);
    };
    let folders = migrations::generate(dir, name, &version, dialect, &planned).map_err(DbError)?;
    let mut out = String::from("wrote\n");
    for folder in &folders {
        let _ = writeln!(out, "  {}", folder.display());
    }
    out.push_str(
        "Review up.sql and down.sql (each `-- REVIEW:` line says what a step loses or assumes), \
         then `migrate apply`.\n",
    );
    Ok(out)
}
