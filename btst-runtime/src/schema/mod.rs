//! The database schema the models declare, and how it changes: each table's [`declaration`]
//! (recorded by the Stack when it creates or changes the table), its `CREATE TABLE`
//! ([`ddl`]), the [`diff`] between a recorded declaration and the current one, and the SQL of
//! that diff on each backend ([`alter`]), and a table found without a declaration read from the
//! catalog ([`live`]). [`crate::db`] applies it at start; [`migrations`] writes and applies it as
//! diesel migration folders.

pub(crate) mod alter;
pub(crate) mod ddl;
pub(crate) mod declaration;
pub(crate) mod diff;
pub(crate) mod live;
pub(crate) mod migrations;

/// The PostgreSQL schema that holds a plugin's tables.
pub(crate) fn plugin_schema(plugin: &str) -> String {
    format!("plugin_{plugin}")
}
