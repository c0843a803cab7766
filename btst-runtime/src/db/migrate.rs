//! The schema set-up at start ([`Db::migrate_all_with`]): each table's declaration as recorded in
//! the ledger `btst_schema` is compared with the models' ([`crate::schema::diff`]); what the
//! [`SchemaChanges`] policy allows is applied and recorded, and any other difference stops the
//! start with a message naming each change. Processes opening one database at once take turns.

use std::fmt::Write as _;
use std::path::PathBuf;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::backend::{self, Dialect, begin_write, quote_ident};
use crate::model::ModelMeta;
use crate::schema::alter;
use crate::schema::ddl;
use crate::schema::declaration::Table;
use crate::schema::diff::TableDiff;
use crate::schema::live;
use crate::schema::migrations;
use crate::schema::plugin_schema;

use super::{Connection, Db, DbError};

/// What the Stack does at start when the models and the database differ (see the README's
/// "Changing your models"). Whatever the policy, nothing is dropped, renamed or rewritten
/// except by a migration file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SchemaChanges {
    /// Development: *additive* changes (a new model, a new optional or defaulted field, a new or
    /// dropped index, a new enumeration value, a relaxed constraint, a new or changed default)
    /// are applied at start, in one transaction where the backend allows, and logged one line
    /// each; any other change stops the start. The default for SQLite.
    ApplyAdditive,
    /// New models' tables are created (a new database is set up); any change to an existing
    /// table stops the start. The default for PostgreSQL and MySQL.
    CreateTables,
    /// Production: the pending migration folders of `dir` (for this backend, `dir/postgres`,
    /// `dir/mysql` or `dir/sqlite`, as `migrate generate` writes them) are applied at start with
    /// `diesel_migrations`; then any difference left stops the start.
    Migrations(PathBuf),
}

/// One table's difference, with the plugin it belongs to.
#[derive(Debug, Clone)]
pub(crate) struct PluginDiff {
    pub(crate) plugin: String,
    pub(crate) diff: TableDiff,
}

impl Db {
    /// [`Db::migrate_all`] for one plugin.
    pub fn migrate(&self, plugin: &str, models: &[ModelMeta]) -> Result<(), DbError> {
        self.migrate_all(&[(plugin, models)])
    }

    /// [`Db::migrate_all_with`] the default policy of this database's backend
    /// ([`SchemaChanges::ApplyAdditive`] on SQLite, [`SchemaChanges::CreateTables`] elsewhere).
    pub fn migrate_all(&self, plugins: &[(&str, &[ModelMeta])]) -> Result<(), DbError> {
        self.migrate_all_with(plugins, &SchemaChanges::default_for(self.shared.dialect))
    }

    /// Sets up every plugin's tables under `policy`: on PostgreSQL in the schema
    /// `plugin_<name>`, created here; each table's declaration recorded in `btst_schema`. Processes
    /// opening the same database at once (a rolling deploy) take turns, on one connection:
    /// PostgreSQL's `pg_advisory_lock` (per database), MySQL's `GET_LOCK` (named after the
    /// database), an SQLite write transaction (`BEGIN IMMEDIATE`, which also makes the set-up
    /// atomic there). The next instance then finds the tables recorded and checks them.
    ///
    /// # Errors
    /// The database cannot be reached or refuses a statement; a migration folder fails (its
    /// path and the database's message); the models differ from the database in a way `policy`
    /// does not apply (each change named, with the command that writes its migration).
    pub fn migrate_all_with(
        &self,
        plugins: &[(&str, &[ModelMeta])],
        policy: &SchemaChanges,
    ) -> Result<(), DbError> {
        let mut conn = self.connection()?;
        let dialect = self.shared.dialect;
        if let SchemaChanges::Migrations(dir) = policy
            && dialect == Dialect::Sqlite
        {
            // SQLite's lock is a transaction, which a migration's own `BEGIN` cannot be in.
            migrations::apply(&mut conn, dir).map_err(DbError)?;
        }
        SetUpLock::take(&mut conn).map_err(locked)?;
        let outcome = (|| {
            if let SchemaChanges::Migrations(dir) = policy
                && dialect != Dialect::Sqlite
            {
                migrations::apply(&mut conn, dir).map_err(DbError)?;
            }
            let diffs = self.diff_locked(&mut conn, plugins)?;
            let (apply, refuse): (Vec<_>, Vec<_>) = diffs
                .into_iter()
                .partition(|diff| policy.applies(&diff.diff));
            if !refuse.is_empty() {
                return Err(DbError(refusal(&refuse, policy)));
            }
            self.apply(&mut conn, &apply)
        })();
        let released = SetUpLock::release(&mut conn, outcome.is_ok());
        outcome?;
        released.map_err(|error| DbError(format!("the schema set-up could not finish: {error}")))
    }

    /// How every plugin's tables differ from their models (`migrate status`).
    pub(crate) fn schema_diff(
        &self,
        plugins: &[(&str, &[ModelMeta])],
    ) -> Result<Vec<PluginDiff>, DbError> {
        let mut conn = self.connection()?;
        SetUpLock::take(&mut conn).map_err(locked)?;
        let outcome = self.diff_locked(&mut conn, plugins);
        // Read only: rolled back on SQLite.
        let released = SetUpLock::release(&mut conn, false);
        let diffs = outcome?;
        released
            .map_err(|error| DbError(format!("the schema set-up could not finish: {error}")))?;
        Ok(diffs)
    }

    /// Applies the pending migration folders of `dir` (`migrate apply`).
    pub(crate) fn apply_migrations(&self, dir: &std::path::Path) -> Result<Vec<String>, DbError> {
        let mut conn = self.connection()?;
        migrations::apply(&mut conn, dir).map_err(DbError)
    }

    /// The folders of `dir` not yet applied (`migrate status`, `migrate generate`).
    pub(crate) fn pending_migrations(&self, dir: &std::path::Path) -> Result<Vec<String>, DbError> {
        let mut conn = self.connection()?;
        migrations::pending(&mut conn, dir).map_err(DbError)
    }

    /// Reverts the last migration of `dir` applied (`migrate revert`).
    pub(crate) fn revert_migration(&self, dir: &std::path::Path) -> Result<Vec<String>, DbError> {
        let mut conn = self.connection()?;
        migrations::revert(&mut conn, dir).map_err(DbError)
    }

    fn connection(&self) -> Result<diesel::r2d2::PooledConnection<super::pool::Manager>, DbError> {
        self.shared
            .pool
            .get()
            .map_err(|error| DbError(format!("cannot reach the database: {error}")))
    }

    /// [`Db::schema_diff`] under the set-up lock, the ledger made ready.
    fn diff_locked(
        &self,
        conn: &mut Connection,
        plugins: &[(&str, &[ModelMeta])],
    ) -> Result<Vec<PluginDiff>, DbError> {
        let dialect = self.shared.dialect;
        let mut diffs = Vec::new();
        for (plugin, models) in plugins {
            let fail = |error: diesel::result::Error| {
                DbError(format!(
                    "the schema set-up of plugin `{plugin}` failed: {error}"
                ))
            };
            let schema = (dialect == Dialect::Postgres).then(|| plugin_schema(plugin));
            conn.batch_execute(&ledger_ddl(dialect, schema.as_deref()))
                .map_err(fail)?;
            let recorded = recorded(conn, plugin).map_err(|error| match error {
                Recorded::Database(error) => fail(error),
                Recorded::Unknown(message) => DbError(message),
            })?;
            for meta in *models {
                let new = Table::of(meta);
                let old = recorded.iter().find(|table| table.table == new.table);
                // A table that exists without a record is read from the catalog: adopted when it
                // is the model's, else its differences are the diff's.
                let found = match old {
                    Some(_) => None,
                    None => live::read(conn, schema.as_deref(), &new).map_err(fail)?,
                };
                // PostgreSQL: a plugin's tables live in its schema; one left in `public` (where
                // Prisma puts them) would otherwise sit beside a new, empty one.
                if old.is_none()
                    && found.is_none()
                    && let Some(schema) = &schema
                    && live::read(conn, Some("public"), &new)
                        .map_err(fail)?
                        .is_some()
                {
                    return Err(DbError(format!(
                        "table `{table}` (model `{}`) is in the schema `public`, but plugin \
                         `{plugin}`'s tables live in the schema `{schema}`: move it there \
                         (`ALTER TABLE public.\"{table}\" SET SCHEMA \"{schema}\"`) and start again",
                        meta.name,
                        table = meta.table,
                    )));
                }
                if let Some(found) = found {
                    diffs.push(PluginDiff {
                        plugin: (*plugin).to_owned(),
                        diff: TableDiff::adopting(found, new),
                    });
                    continue;
                }
                if let Some(diff) = TableDiff::between(old, Some(&new)) {
                    diffs.push(PluginDiff {
                        plugin: (*plugin).to_owned(),
                        diff,
                    });
                }
            }
            for old in &recorded {
                if !models.iter().any(|meta| meta.table == old.table)
                    && let Some(diff) = TableDiff::between(Some(old), None)
                {
                    diffs.push(PluginDiff {
                        plugin: (*plugin).to_owned(),
                        diff,
                    });
                }
            }
        }
        Ok(diffs)
    }

    /// Applies `diffs` and records the new declarations: in one transaction on PostgreSQL, in the
    /// set-up's on SQLite; MySQL commits each DDL statement by itself.
    fn apply(&self, conn: &mut Connection, diffs: &[PluginDiff]) -> Result<(), DbError> {
        if diffs.is_empty() {
            return Ok(());
        }
        let dialect = self.shared.dialect;
        let run = |conn: &mut Connection| -> Result<(), DbError> {
            for PluginDiff { plugin, diff } in diffs {
                let schema = (dialect == Dialect::Postgres).then(|| plugin_schema(plugin));
                let statements =
                    alter::statements(diff, dialect, schema.as_deref()).map_err(DbError)?;
                for statement in &statements {
                    conn.batch_execute(&statement.sql).map_err(|error| {
                        DbError(format!(
                            "table `{}` of plugin `{plugin}`: `{}` failed: {error}",
                            diff.table(),
                            statement.sql
                        ))
                    })?;
                }
                conn.batch_execute(&record_sql(plugin, diff, dialect))
                    .map_err(|error| {
                        DbError(format!("recording `{}` failed: {error}", diff.table()))
                    })?;
                for line in diff.lines() {
                    tracing::info!(plugin = plugin.as_str(), table = diff.table(), "{line}");
                }
            }
            Ok(())
        };
        match dialect {
            // Foreign keys are off for the set-up (`SetUpLock::take`): what the changes left
            // referencing nothing stops the commit.
            Dialect::Sqlite => run(conn).and_then(|()| dangling_references(conn)),
            Dialect::Postgres => {
                let mut failed = None;
                let outcome = diesel::Connection::transaction(conn, |conn| {
                    run(conn).map_err(|error| {
                        failed = Some(error);
                        diesel::result::Error::RollbackTransaction
                    })
                });
                match (outcome, failed) {
                    (_, Some(error)) => Err(error),
                    (Err(error), None) => {
                        Err(DbError(format!("the schema change failed: {error}")))
                    }
                    (Ok(()), None) => Ok(()),
                }
            }
            // DDL commits implicitly.
            Dialect::Mysql => run(conn),
        }
    }
}

#[derive(QueryableByName)]
struct Dangling {
    #[diesel(sql_type = diesel::sql_types::Text)]
    table: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    rows: i64,
}

/// SQLite: an error naming each table with rows that reference no record (`PRAGMA
/// foreign_key_check`), which the set-up's rollback then undoes.
fn dangling_references(conn: &mut Connection) -> Result<(), DbError> {
    let dangling = diesel::sql_query(
        "SELECT \"table\" AS \"table\", COUNT(*) AS \"rows\" FROM pragma_foreign_key_check GROUP BY \"table\"",
    )
    .load::<Dangling>(conn)
    .map_err(|error| DbError(format!("checking the foreign keys failed: {error}")))?;
    if dangling.is_empty() {
        return Ok(());
    }
    let tables: Vec<String> = dangling
        .iter()
        .map(|item| format!("{} rows of `{}`", item.rows, item.table))
        .collect();
    Err(DbError(format!(
        "the schema change would leave {} referencing records that do not exist \
         (`PRAGMA foreign_key_check` lists them): nothing was changed. Fix those rows, or write \
         the change as a migration (`migrate generate`)",
        tables.join(", ")
    )))
}

/// `BTST_SCHEMA_CHANGES`'s spelling: `apply-additive`, `create-tables`, `migrations=<dir>`.
impl std::str::FromStr for SchemaChanges {
    type Err = DbError;

    fn from_str(value: &str) -> Result<Self, DbError> {
        match value {
            "apply-additive" => Ok(Self::ApplyAdditive),
            "create-tables" => Ok(Self::CreateTables),
            other => match other.strip_prefix("migrations=") {
                Some(dir) if !dir.is_empty() => Ok(Self::Migrations(dir.into())),
                _ => Err(DbError(format!(
                    "`{value}` is not a schema policy: use `apply-additive`, `create-tables` or \
                     `migrations=<dir>`"
                ))),
            },
        }
    }
}

impl SchemaChanges {
    /// The default for `dialect`: [`Self::ApplyAdditive`] on SQLite, [`Self::CreateTables`]
    /// elsewhere.
    pub fn default_for(dialect: Dialect) -> Self {
        match dialect {
            Dialect::Sqlite => Self::ApplyAdditive,
            Dialect::Postgres | Dialect::Mysql => Self::CreateTables,
        }
    }

    /// Whether the start applies `diff` by itself. Adopting a table that is already the model's
    /// changes nothing but the record, so every policy does it.
    fn applies(&self, diff: &TableDiff) -> bool {
        if diff.steps.is_empty() {
            return true;
        }
        match self {
            Self::ApplyAdditive => diff.additive(),
            Self::CreateTables => diff.old.is_none(),
            Self::Migrations(_) => false,
        }
    }
}

#[expect(clippy::needless_pass_by_value, reason = "a `map_err` callback")]
fn locked(error: diesel::result::Error) -> DbError {
    DbError(format!("cannot take the schema set-up lock: {error}"))
}

/// The message that stops a start: each change, why it is not applied, and what to do.
fn refusal(diffs: &[PluginDiff], policy: &SchemaChanges) -> String {
    let mut message = String::from("the models differ from the database:\n");
    message.push_str(&describe(diffs));
    let generate = format!("`{} migrate generate <name>`", binary_name());
    let advice = match policy {
        SchemaChanges::ApplyAdditive => format!(
            "Only additive changes are applied at start. Write a migration for the others with \
             {generate}, review it, then `migrate apply`"
        ),
        SchemaChanges::CreateTables => format!(
            "Only new tables are created at start on this backend. Apply additive changes with \
             `Stack::schema_changes(SchemaChanges::ApplyAdditive)` (or `BTST_SCHEMA_CHANGES=\
             apply-additive`), or write a migration with {generate}, review it, then `migrate \
             apply`"
        ),
        SchemaChanges::Migrations(_) => format!(
            "The migration folders leave these differences. Write a migration for them with \
             {generate}, review it, and deploy it"
        ),
    };
    let _ = write!(message, "{advice} (README: \"Changing your models\").");
    if diffs.iter().any(|item| item.diff.maybe_renamed()) {
        message.push_str(
            " If a dropped field was renamed, say so with `#[field(renamed_from = \"old_name\")]` \
             on the new one: its values are then kept.",
        );
    }
    message.push_str(" Nothing was changed.");
    message
}

/// Each difference, a line per step under its model: what `migrate status` and a refused start
/// print.
pub(crate) fn describe(diffs: &[PluginDiff]) -> String {
    let mut text = String::new();
    for PluginDiff { plugin, diff } in diffs {
        let _ = writeln!(
            text,
            "  model `{}` (plugin `{plugin}`, table `{}`):",
            diff.model(),
            diff.table()
        );
        for line in diff.lines() {
            let _ = writeln!(text, "    - {line}");
        }
    }
    text
}

/// The running program's name, for the commands a message suggests (`todo-example migrate ..`).
pub(crate) fn binary_name() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|path| {
            path.file_stem()
                .map(|name| name.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "<your binary>".to_owned())
}

/// The ledger's name, qualified on PostgreSQL (where it lives in `public`).
pub(crate) fn ledger(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "\"public\".\"btst_schema\"",
        Dialect::Sqlite | Dialect::Mysql => "\"btst_schema\"",
    }
}

/// The plugin's schema (PostgreSQL) and the ledger, created if missing.
fn ledger_ddl(dialect: Dialect, schema: Option<&str>) -> String {
    let text = if dialect == Dialect::Mysql {
        "VARCHAR(255)"
    } else {
        "TEXT"
    };
    let long = if dialect == Dialect::Mysql {
        "LONGTEXT"
    } else {
        "TEXT"
    };
    let time = if dialect == Dialect::Mysql {
        "DATETIME(3)"
    } else {
        "TIMESTAMP"
    };
    let mut sql = String::new();
    if let Some(schema) = schema {
        let _ = write!(sql, "CREATE SCHEMA IF NOT EXISTS {};", quote_ident(schema));
    }
    let _ = write!(
        sql,
        "CREATE TABLE IF NOT EXISTS {} (\n    \"table_name\" {text} NOT NULL PRIMARY KEY,\n    \
         \"plugin\" {text} NOT NULL,\n    \"declaration\" {long} NOT NULL,\n    \
         \"recorded_at\" {time} NOT NULL\n)",
        ledger(dialect)
    );
    if dialect == Dialect::Mysql {
        sql.push_str(" ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
    }
    sql
}

/// The statements that record `diff`'s outcome in the ledger (the table's new declaration, or
/// its removal), run after its DDL: by the start, and at the end of a migration's `up.sql`.
pub(crate) fn record_sql(plugin: &str, diff: &TableDiff, dialect: Dialect) -> String {
    let table = diff.table();
    let mut sql = format!(
        "DELETE FROM {} WHERE \"table_name\" = {}",
        ledger(dialect),
        ddl::quote_text(table)
    );
    if let Some(new) = &diff.new {
        let now = if dialect == Dialect::Mysql {
            "CURRENT_TIMESTAMP(3)"
        } else {
            "CURRENT_TIMESTAMP"
        };
        let _ = write!(
            sql,
            ";\nINSERT INTO {} (\"table_name\", \"plugin\", \"declaration\", \"recorded_at\") VALUES ({}, {}, {}, {now})",
            ledger(dialect),
            ddl::quote_text(table),
            ddl::quote_text(plugin),
            ddl::quote_text(&new.to_json())
        );
    }
    sql
}

enum Recorded {
    Database(diesel::result::Error),
    Unknown(String),
}

impl From<diesel::result::Error> for Recorded {
    fn from(error: diesel::result::Error) -> Self {
        Self::Database(error)
    }
}

#[derive(QueryableByName)]
struct LedgerRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    table_name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    declaration: String,
}

/// The plugin's recorded declarations. (A table of an earlier btst-rs, which recorded its DDL in
/// `btst_migrations`, has none: it is read from the catalog, as any table found without one.)
fn recorded(conn: &mut Connection, plugin: &str) -> Result<Vec<Table>, Recorded> {
    let dialect = conn.dialect();
    let rows = diesel::sql_query(format!(
        "SELECT \"table_name\", \"declaration\" FROM {} WHERE \"plugin\" = {}",
        ledger(dialect),
        ddl::quote_text(plugin)
    ))
    .load::<LedgerRow>(conn)?;
    let mut tables = Vec::new();
    for row in rows {
        let table = Table::from_json(&row.declaration).ok_or_else(|| {
            Recorded::Unknown(format!(
                "the declaration of table `{}` in `btst_schema` is not one this version of \
                 btst-rs reads (was it written by a newer one?)",
                row.table_name
            ))
        })?;
        tables.push(table);
    }
    Ok(tables)
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    found: i64,
}

/// The lock that makes the schema set-up of processes opening one database at once take turns
/// ([`Db::migrate_all_with`]), held on the connection that runs the set-up.
struct SetUpLock;

impl SetUpLock {
    /// PostgreSQL's advisory lock key (`btstmigr` in ASCII); advisory locks are per database.
    const POSTGRES_KEY: i64 = 0x6274_7374_6d69_6772;
    /// MySQL's named locks are per server, so the name carries a digest of the database's name
    /// (a name is at most 64 characters).
    const MYSQL_NAME: &str = "CONCAT('btst_migrations.', MD5(DATABASE()))";
    /// How long MySQL waits for another instance's set-up, in seconds (PostgreSQL and SQLite wait
    /// for as long as it takes, and SQLite's `busy_timeout`, respectively).
    const MYSQL_PATIENCE: u32 = 120;

    /// On SQLite, foreign keys are off for the set-up (a rebuilt table is dropped and replaced;
    /// with them on, the drop would cascade); [`Db::apply`] checks them before the commit.
    fn take(conn: &mut Connection) -> QueryResult<()> {
        match conn.dialect() {
            Dialect::Postgres => {
                conn.batch_execute(&format!("SELECT pg_advisory_lock({})", Self::POSTGRES_KEY))
            }
            Dialect::Mysql => {
                let taken = diesel::sql_query(format!(
                    "SELECT CAST(COALESCE(GET_LOCK({}, {}), 0) AS SIGNED) AS found",
                    Self::MYSQL_NAME,
                    Self::MYSQL_PATIENCE
                ))
                .get_result::<Found>(conn)?;
                if taken.found == 1 {
                    Ok(())
                } else {
                    Err(diesel::result::Error::QueryBuilderError(
                        format!(
                            "another instance held the lock for more than {} s",
                            Self::MYSQL_PATIENCE
                        )
                        .into(),
                    ))
                }
            }
            Dialect::Sqlite => {
                conn.batch_execute("PRAGMA foreign_keys = OFF")?;
                begin_write(conn)
            }
        }
    }

    /// Lets the next instance in; on SQLite, commits the set-up (`commit`) or rolls it back, and
    /// turns foreign keys back on.
    fn release(conn: &mut Connection, commit: bool) -> QueryResult<()> {
        match conn.dialect() {
            Dialect::Postgres => conn.batch_execute(&format!(
                "SELECT pg_advisory_unlock({})",
                Self::POSTGRES_KEY
            )),
            Dialect::Mysql => conn.batch_execute(&format!("DO RELEASE_LOCK({})", Self::MYSQL_NAME)),
            Dialect::Sqlite => {
                let outcome = if commit {
                    backend::commit(conn)
                } else {
                    backend::rollback_all(conn)
                };
                conn.batch_execute("PRAGMA foreign_keys = ON")?;
                outcome
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SchemaChanges;

    #[test]
    fn policies_are_read_as_btst_schema_changes_spells_them() {
        assert_eq!(
            "apply-additive".parse::<SchemaChanges>().ok(),
            Some(SchemaChanges::ApplyAdditive)
        );
        assert_eq!(
            "create-tables".parse::<SchemaChanges>().ok(),
            Some(SchemaChanges::CreateTables)
        );
        assert_eq!(
            "migrations=db/migrations".parse::<SchemaChanges>().ok(),
            Some(SchemaChanges::Migrations("db/migrations".into()))
        );
        for wrong in ["", "additive", "migrations=", "Apply-Additive"] {
            let error = wrong.parse::<SchemaChanges>().expect_err(wrong).to_string();
            assert!(
                error.contains("`apply-additive`, `create-tables` or `migrations=<dir>`"),
                "{error}"
            );
        }
    }
}
