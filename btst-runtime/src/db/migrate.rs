//! The tables the Stack creates at start ([`Db::migrate_all`]): each model's DDL, recorded in
//! `btst_migrations`, under a lock that processes opening one database at once take in turn.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::backend::{self, Dialect, begin_write, write_transaction};
use crate::ddl;
use crate::model::ModelMeta;
use crate::timestamp::Timestamp;

use super::{Connection, Db, DbError};

impl Db {
    /// Creates every model's table, idempotently, and records what was applied in
    /// `btst_migrations`. On PostgreSQL the plugin's tables go in the schema `plugin_<name>`,
    /// created here. A table whose recorded DDL differs from the current model, or that exists
    /// without a record, is an error: the Stack never alters or drops a table by itself.
    /// [`Db::migrate_all`] for one plugin.
    pub fn migrate(&self, plugin: &str, models: &[ModelMeta]) -> Result<(), DbError> {
        self.migrate_all(&[(plugin, models)])
    }

    /// [`Db::migrate`] for every `(plugin, models)`, as one set-up that processes opening the
    /// same database at once (a rolling deploy) take in turn, on one connection: PostgreSQL's
    /// `pg_advisory_lock` (per database), MySQL's `GET_LOCK` (named after the database), an
    /// SQLite write transaction (`BEGIN IMMEDIATE`, which also makes the set-up atomic there).
    /// The next instance then finds the tables recorded and checks them.
    pub fn migrate_all(&self, plugins: &[(&str, &[ModelMeta])]) -> Result<(), DbError> {
        let mut conn = self
            .shared
            .pool
            .get()
            .map_err(|error| DbError(format!("cannot reach the database: {error}")))?;
        let locked = |error: diesel::result::Error| {
            DbError(format!("cannot take the schema set-up lock: {error}"))
        };
        SetUpLock::take(&mut conn).map_err(locked)?;
        let outcome = plugins
            .iter()
            .try_for_each(|(plugin, models)| self.migrate_plugin(&mut conn, plugin, models));
        let released = SetUpLock::release(&mut conn, outcome.is_ok());
        outcome?;
        released.map_err(|error| DbError(format!("the schema set-up failed to end: {error}")))
    }

    fn migrate_plugin(
        &self,
        conn: &mut Connection,
        plugin: &str,
        models: &[ModelMeta],
    ) -> Result<(), DbError> {
        let fail = |error: diesel::result::Error| {
            DbError(format!("migration of plugin `{plugin}` failed: {error}"))
        };
        let schema = (self.shared.dialect == Dialect::Postgres).then(|| plugin_schema(plugin));
        let ledger = match self.shared.dialect {
            Dialect::Postgres => format!(
                "CREATE SCHEMA IF NOT EXISTS {};CREATE TABLE IF NOT EXISTS public.btst_migrations (\n    \
                 \"table_name\" TEXT NOT NULL PRIMARY KEY,\n    \"plugin\" TEXT NOT NULL,\n    \
                 \"ddl\" TEXT NOT NULL,\n    \"applied_at\" TIMESTAMP NOT NULL\n)",
                ddl::quote_ident(schema.as_deref().unwrap_or("public"))
            ),
            Dialect::Sqlite => "CREATE TABLE IF NOT EXISTS btst_migrations (\n    \
                 \"table_name\" TEXT NOT NULL PRIMARY KEY,\n    \"plugin\" TEXT NOT NULL,\n    \
                 \"ddl\" TEXT NOT NULL,\n    \"applied_at\" TIMESTAMP NOT NULL\n)"
                .to_owned(),
            Dialect::Mysql => "CREATE TABLE IF NOT EXISTS btst_migrations (\n    \
                 \"table_name\" VARCHAR(255) NOT NULL PRIMARY KEY,\n    \"plugin\" VARCHAR(255) NOT NULL,\n    \
                 \"ddl\" LONGTEXT NOT NULL,\n    \"applied_at\" DATETIME(3) NOT NULL\n) \
                 ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin"
                .to_owned(),
        };
        conn.batch_execute(&ledger).map_err(fail)?;
        for meta in models {
            let ddl = ddl::create_table(meta, self.shared.dialect, schema.as_deref());
            let outcome = write_transaction(conn, |conn| {
                let recorded = migrations::table
                    .find(meta.table)
                    .select(migrations::ddl)
                    .first::<String>(conn)
                    .optional()?;
                match recorded {
                    Some(recorded) if recorded == ddl => Ok(None),
                    Some(_) => Ok(Some(meta.table)),
                    None if table_exists(conn, schema.as_deref(), meta.table)? => {
                        Ok(Some(meta.table))
                    }
                    None => {
                        conn.batch_execute(&ddl)?;
                        diesel::insert_into(migrations::table)
                            .values((
                                migrations::table_name.eq(meta.table),
                                migrations::plugin.eq(plugin),
                                migrations::ddl.eq(&ddl),
                                migrations::applied_at.eq(Timestamp::now()),
                            ))
                            .execute(conn)?;
                        tracing::info!(plugin, table = meta.table, "created table");
                        Ok::<_, diesel::result::Error>(None)
                    }
                }
            });
            if let Some(table) = outcome.map_err(fail)? {
                return Err(DbError(format!(
                    "table `{table}` was created from an earlier definition of model `{}`, or \
                     outside btst-rs; btst-rs does not alter tables: migrate it by hand (see \
                     `btst_migrations`) or start from an empty database",
                    meta.name
                )));
            }
        }
        Ok(())
    }
}

/// The PostgreSQL schema that holds a plugin's tables.
pub(crate) fn plugin_schema(plugin: &str) -> String {
    format!("plugin_{plugin}")
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    found: i64,
}

/// Whether the table already exists (in `schema` on PostgreSQL, in the current database on
/// MySQL).
fn table_exists(conn: &mut Connection, schema: Option<&str>, table: &str) -> QueryResult<bool> {
    let query = match conn.dialect() {
        Dialect::Sqlite => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM sqlite_master WHERE type = 'table' AND name = ?",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
        Dialect::Postgres => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(schema.unwrap_or("public").to_owned())
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
        Dialect::Mysql => diesel::sql_query(
            "SELECT COUNT(*) AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
        )
        .into_boxed()
        .bind::<diesel::sql_types::Text, _>(table.to_owned()),
    };
    query.get_result::<Found>(conn).map(|row| row.found > 0)
}

/// The lock that makes the schema set-up of processes opening one database at once take turns
/// ([`Db::migrate_all`]), held on the connection that runs the set-up.
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
            Dialect::Sqlite => begin_write(conn),
        }
    }

    /// Lets the next instance in; on SQLite, commits the set-up (`commit`) or rolls it back.
    fn release(conn: &mut Connection, commit: bool) -> QueryResult<()> {
        match conn.dialect() {
            Dialect::Postgres => conn.batch_execute(&format!(
                "SELECT pg_advisory_unlock({})",
                Self::POSTGRES_KEY
            )),
            Dialect::Mysql => conn.batch_execute(&format!("DO RELEASE_LOCK({})", Self::MYSQL_NAME)),
            Dialect::Sqlite if commit => backend::commit(conn),
            Dialect::Sqlite => backend::rollback_all(conn),
        }
    }
}

diesel::table! {
    #[sql_name = "btst_migrations"]
    migrations (table_name) {
        table_name -> Text,
        plugin -> Text,
        ddl -> Text,
        applied_at -> crate::sql_types::Instant,
    }
}
