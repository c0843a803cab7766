//! A plugin evolved through three versions on one database (SQLite, or the server
//! `BTST_TEST_DATABASE_URL` names), its rows kept at each step:
//! - v1 has rows;
//! - v2 adds a model, an optional field, a defaulted field, an index and an enumeration value:
//!   additive, applied at start;
//! - v3 renames a field and drops one: refused at start, then written as a migration folder by
//!   `migrate generate`, applied by `migrate apply`, and served under
//!   `SchemaChanges::Migrations`. A folder edited into invalid SQL fails with its name and the
//!   database's message, and changes nothing.

use btst_runtime::diesel::{self, QueryableByName, RunQueryDsl};
use btst_runtime::testing::TestDatabase;
use btst_runtime::{Dialect, SchemaChanges, Stack};

mod v1 {
    #[btst_runtime::plugin(name = "evo")]
    pub mod evo {
        /// Where a card stands.
        #[enumeration]
        pub enum Stage {
            Todo,
            Done,
        }

        /// A card.
        #[model]
        pub struct Card {
            #[field(length(max = 100))]
            pub title: String,
            pub stage: Stage,
            pub note: Option<String>,
            pub legacy: Option<String>,
        }
    }
}

mod v2 {
    #[btst_runtime::plugin(name = "evo")]
    pub mod evo {
        use btst_runtime::prelude::*;

        /// Where a card stands: `DOING` is new.
        #[enumeration]
        pub enum Stage {
            Todo,
            Doing,
            Done,
        }

        /// A card: `due` and `points` are new, and `title` is indexed.
        #[model]
        pub struct Card {
            #[field(length(max = 100), index)]
            pub title: String,
            pub stage: Stage,
            pub note: Option<String>,
            pub legacy: Option<String>,
            pub due: Option<Timestamp>,
            #[field(default = 0)]
            pub points: i32,
        }

        /// A label: a new model.
        #[model]
        pub struct Label {
            pub name: String,
        }
    }
}

mod v3 {
    #[btst_runtime::plugin(name = "evo")]
    pub mod evo {
        use btst_runtime::prelude::*;

        /// Where a card stands.
        #[enumeration]
        pub enum Stage {
            Todo,
            Doing,
            Done,
        }

        /// A card: `note` is now `remark`, and `legacy` is gone.
        #[model]
        pub struct Card {
            #[field(length(max = 100), index)]
            pub title: String,
            pub stage: Stage,
            #[field(renamed_from = "note")]
            pub remark: Option<String>,
            pub due: Option<Timestamp>,
            #[field(default = 0)]
            pub points: i32,
        }

        /// A label.
        #[model]
        pub struct Label {
            pub name: String,
        }
    }
}

#[derive(QueryableByName, Debug, PartialEq)]
struct Row {
    #[diesel(sql_type = diesel::sql_types::Text)]
    id: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    title: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    stage: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    text: Option<String>,
}

/// Every card, by id: its title, stage and the text of `column`.
fn cards(stack: &btst_runtime::OpenStack, column: &str) -> Vec<Row> {
    let sql = format!(
        "SELECT \"id\", \"title\", \"stage\", \"{column}\" AS \"text\" FROM \"evo_card\" ORDER BY \"id\""
    );
    Stack::block_on(
        stack
            .db()
            .run(move |conn| diesel::sql_query(sql).load::<Row>(conn)),
    )
    .expect("reads the cards")
}

fn execute(stack: &btst_runtime::OpenStack, sql: &str) {
    let sql = sql.to_owned();
    Stack::block_on(
        stack
            .db()
            .run(move |conn| diesel::sql_query(sql).execute(conn)),
    )
    .expect("runs");
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    count: i64,
}

fn count(stack: &btst_runtime::OpenStack, sql: &str) -> i64 {
    let sql = sql.to_owned();
    Stack::block_on(
        stack
            .db()
            .run(move |conn| diesel::sql_query(sql).get_result::<Count>(conn)),
    )
    .expect("counts")
    .count
}

fn row(id: &str, title: &str, stage: &str, text: Option<&str>) -> Row {
    Row {
        id: id.to_owned(),
        title: title.to_owned(),
        stage: stage.to_owned(),
        text: text.map(str::to_owned),
    }
}

fn migrate(stack: &Stack, url: &str, args: &[&str]) -> std::io::Result<String> {
    let args: Vec<String> = args.iter().map(|&arg| arg.to_owned()).collect();
    stack.migrate_command(url, &args)
}

#[test]
fn a_plugin_evolves_through_three_versions_and_keeps_its_rows() {
    let database = TestDatabase::new();
    let url = database.url();
    let migrations = tempdir();
    let additive = || SchemaChanges::ApplyAdditive;

    // v1, with rows.
    let opened = Stack::new()
        .plugin(v1::evo::plugin())
        .schema_changes(additive())
        .open(url)
        .expect("v1 opens");
    let dialect = opened.db().dialect();
    execute(
        &opened,
        "INSERT INTO \"evo_card\" (\"id\", \"title\", \"stage\", \"note\", \"legacy\") VALUES \
         ('a', 'first', 'TODO', 'note a', 'legacy a'), ('b', 'second', 'DONE', NULL, 'legacy b')",
    );
    drop(opened);

    evolve_to_v2(url, dialect);
    evolve_to_v3(url, &migrations, None);
    let _ = std::fs::remove_dir_all(&migrations);
}

/// The same evolution, v3's migration applied by `diesel migration run` (`diesel_cli`) instead of
/// `migrate apply`: the folders are diesel's. CI installs `diesel_cli` and names it in
/// `BTST_DIESEL_CLI`; without it this test says so and checks nothing else.
#[test]
fn generated_migrations_apply_with_diesel_cli() {
    let Ok(diesel_cli) = std::env::var("BTST_DIESEL_CLI") else {
        eprintln!("BTST_DIESEL_CLI is not set: skipped (CI sets it)");
        return;
    };
    let database = TestDatabase::new();
    let url = database.url();
    let migrations = tempdir();
    let opened = Stack::new()
        .plugin(v1::evo::plugin())
        .schema_changes(SchemaChanges::ApplyAdditive)
        .open(url)
        .expect("v1 opens");
    let dialect = opened.db().dialect();
    execute(
        &opened,
        "INSERT INTO \"evo_card\" (\"id\", \"title\", \"stage\", \"note\", \"legacy\") VALUES \
         ('a', 'first', 'TODO', 'note a', 'legacy a'), ('b', 'second', 'DONE', NULL, 'legacy b')",
    );
    drop(opened);
    evolve_to_v2(url, dialect);
    evolve_to_v3(url, &migrations, Some(&diesel_cli));
    let _ = std::fs::remove_dir_all(&migrations);
}

/// `diesel migration run` on `dir`'s folders for `url`'s backend.
fn diesel_migration_run(diesel_cli: &str, url: &str, dir: &std::path::Path) {
    // `diesel_cli` reads an SQLite database as a path, and the backend from the URL's scheme.
    let (backend, database_url) = match url.strip_prefix("sqlite://") {
        Some(path) => ("sqlite", path),
        None if url.starts_with("postgres") => ("postgres", url),
        None => ("mysql", url),
    };
    let output = std::process::Command::new(diesel_cli)
        .args(["migration", "run", "--migration-dir"])
        .arg(dir.join(backend))
        .args(["--database-url", database_url])
        .output()
        .expect("diesel_cli runs");
    assert!(
        output.status.success(),
        "diesel migration run failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// v2's changes are additive: applied at start (by default on SQLite; elsewhere the default
/// names them and `ApplyAdditive` applies them).
fn evolve_to_v2(url: &str, dialect: Dialect) {
    let additive = || SchemaChanges::ApplyAdditive;
    if dialect != Dialect::Sqlite {
        let error = Stack::new()
            .plugin(v2::evo::plugin())
            .open(url)
            .expect_err("new columns wait for a decision on a server database")
            .to_string();
        for expected in [
            "adds column `due` (timestamp, optional): additive",
            "adds column `points` (32-bit integer, with its default): additive",
            "changes column `stage` (more values): additive",
            "creates an index on (title): additive",
            "SchemaChanges::ApplyAdditive",
        ] {
            assert!(error.contains(expected), "{expected:?} in {error}");
        }
    }
    let v2_stack = || {
        let stack = Stack::new().plugin(v2::evo::plugin());
        if dialect == Dialect::Sqlite {
            stack
        } else {
            stack.schema_changes(additive())
        }
    };
    let opened = v2_stack()
        .open(url)
        .expect("v2 applies its additive changes");
    assert_eq!(
        cards(&opened, "note"),
        [
            row("a", "first", "TODO", Some("note a")),
            row("b", "second", "DONE", None)
        ]
    );
    assert_eq!(
        cards(&opened, "legacy")[1].text.as_deref(),
        Some("legacy b")
    );
    assert_eq!(
        count(
            &opened,
            "SELECT COUNT(*) AS \"count\" FROM \"evo_card\" WHERE \"points\" = 0 AND \"due\" IS NULL"
        ),
        2,
        "old rows take the default and null"
    );
    execute(
        &opened,
        "INSERT INTO \"evo_card\" (\"id\", \"title\", \"stage\", \"note\", \"points\") VALUES ('c', 'third', 'DOING', 'note c', 3)",
    );
    execute(
        &opened,
        "INSERT INTO \"evo_label\" (\"id\", \"name\") VALUES ('l', 'urgent')",
    );
    drop(opened);
    assert_eq!(
        migrate(&v2_stack(), url, &["status"]).expect("status"),
        "the database matches the models\n"
    );
}

/// v3's rename and drop need a decision: refused at start, then a generated migration.
fn evolve_to_v3(url: &str, migrations: &std::path::Path, diesel_cli: Option<&str>) {
    let additive = || SchemaChanges::ApplyAdditive;
    let v3_stack = || {
        Stack::new()
            .plugin(v3::evo::plugin())
            .schema_changes(SchemaChanges::Migrations(migrations.to_path_buf()))
    };
    let error = Stack::new()
        .plugin(v3::evo::plugin())
        .schema_changes(additive())
        .open(url)
        .expect_err("a rename and a drop stop the start")
        .to_string();
    for expected in [
        "renames column `note` to `remark`: needs a decision",
        "drops column `legacy`: needs a decision, its values are lost",
        "migrate generate <name>",
        "Nothing was changed.",
    ] {
        assert!(error.contains(expected), "{expected:?} in {error}");
    }
    let status = migrate(&v3_stack(), url, &["status"]).expect("status");
    assert!(
        status.contains("renames column `note` to `remark`"),
        "{status}"
    );
    let generated =
        migrate(&v3_stack(), url, &["generate", "remark_and_no_legacy"]).expect("generates");
    assert!(generated.contains("remark_and_no_legacy"), "{generated}");
    let folders = folders(migrations);
    assert!(!folders.is_empty(), "{generated}");
    let up = std::fs::read_to_string(folders[0].join("up.sql")).expect("up.sql");
    assert!(up.contains("-- REVIEW: "), "{up}");

    // Edited into invalid SQL, the first folder fails with its name, and nothing changes.
    let first_up = folders[0].join("up.sql");
    std::fs::write(&first_up, format!("THIS IS NOT SQL;\n{up}")).expect("edits");
    let error = migrate(&v3_stack(), url, &["apply"])
        .expect_err("invalid SQL fails")
        .to_string();
    let version = folders[0]
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| name.split('_').next())
        .expect("a version");
    assert!(error.contains(version), "{version:?} in {error}");
    assert!(
        error.to_lowercase().contains("syntax"),
        "the database's message: {error}"
    );
    let status = migrate(&v3_stack(), url, &["status"]).expect("status");
    assert!(
        status.contains("drops column `legacy`"),
        "unchanged: {status}"
    );
    std::fs::write(&first_up, &up).expect("restores");

    if let Some(diesel_cli) = diesel_cli {
        diesel_migration_run(diesel_cli, url, migrations);
        assert_eq!(
            migrate(&v3_stack(), url, &["status"]).expect("status"),
            "the database matches the models\n"
        );
    } else {
        let applied = migrate(&v3_stack(), url, &["apply"]).expect("applies");
        assert!(
            applied.ends_with("the database matches the models\n"),
            "{applied}"
        );
        revert_and_apply_again(url, &v3_stack());
    }
    let opened = v3_stack()
        .open(url)
        .expect("v3 serves on the migrated database");
    assert_eq!(
        cards(&opened, "remark"),
        [
            row("a", "first", "TODO", Some("note a")),
            row("b", "second", "DONE", None),
            row("c", "third", "DOING", Some("note c"))
        ]
    );
    assert_eq!(
        count(
            &opened,
            "SELECT SUM(\"points\") AS \"count\" FROM \"evo_card\""
        ),
        3
    );
    assert_eq!(
        count(&opened, "SELECT COUNT(*) AS \"count\" FROM \"evo_label\""),
        1
    );
    drop(opened);
}

/// Reverted, the database is v2's again (what was dropped comes back empty); applied again,
/// v3's.
fn revert_and_apply_again(url: &str, v3: &Stack) {
    let reverted = migrate(v3, url, &["revert"]).expect("reverts");
    // The reverted folder is pending again: status says so, and generate would redo its work.
    assert!(reverted.contains("not yet applied: "), "{reverted}");
    assert!(
        reverted.contains("`migrate apply` applies them."),
        "{reverted}"
    );
    let error = migrate(v3, url, &["generate", "again"])
        .expect_err("a pending folder first")
        .to_string();
    assert!(error.starts_with("migrations not yet applied: "), "{error}");
    assert!(
        reverted.contains("renames column `note` to `remark`"),
        "{reverted}"
    );
    let v2 = Stack::new()
        .plugin(v2::evo::plugin())
        .open(url)
        .expect("v2 serves the reverted database");
    assert_eq!(cards(&v2, "note")[0].text.as_deref(), Some("note a"));
    assert_eq!(cards(&v2, "legacy")[0].text, None);
    drop(v2);
    migrate(v3, url, &["apply"]).expect("applies again");
}

/// A fresh directory for migration folders.
fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "btst-evolution-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos())
    ));
    std::fs::create_dir_all(&dir).expect("creates the directory");
    dir
}

/// The migration folders written, in version order.
fn folders(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut folders: Vec<_> = std::fs::read_dir(dir)
        .expect("the migrations directory")
        .flatten()
        .flat_map(|backend| std::fs::read_dir(backend.path()).expect("a backend's folders"))
        .flatten()
        .map(|entry| entry.path())
        .collect();
    folders.sort();
    folders
}

mod fk_v1 {
    #[btst_runtime::plugin(name = "fk")]
    pub mod fk {
        /// A board.
        #[model]
        pub struct Board {
            pub name: String,
        }

        /// A task, its board not yet a foreign key.
        #[model]
        pub struct Task {
            pub board_id: Option<String>,
        }
    }
}

mod fk_v2 {
    #[btst_runtime::plugin(name = "fk")]
    pub mod fk {
        /// A board.
        #[model]
        pub struct Board {
            pub name: String,
        }

        /// A task, on a board.
        #[model]
        pub struct Task {
            #[field(references = Board, on_delete = "cascade")]
            pub board_id: Option<String>,
        }
    }
}

/// A new foreign key needs a decision; its migration fails, changing nothing, while a row
/// references no record (SQLite's rebuild runs with foreign keys off, and checks them before
/// its commit); once the row is fixed it applies, and the key cascades.
#[test]
fn a_new_foreign_key_refuses_rows_that_reference_nothing() {
    let database = TestDatabase::new();
    let url = database.url();
    let migrations = tempdir();
    let opened = Stack::new()
        .plugin(fk_v1::fk::plugin())
        .open(url)
        .expect("v1 opens");
    let dialect = opened.db().dialect();
    execute(
        &opened,
        "INSERT INTO \"fk_board\" (\"id\", \"name\") VALUES ('b', 'board')",
    );
    execute(
        &opened,
        "INSERT INTO \"fk_task\" (\"id\", \"board_id\") VALUES ('t1', 'b'), ('t2', 'nowhere')",
    );
    drop(opened);
    let v2 = || {
        Stack::new()
            .plugin(fk_v2::fk::plugin())
            .schema_changes(SchemaChanges::Migrations(migrations.clone()))
    };
    let status = migrate(&v2(), url, &["status"]).expect("status");
    assert!(
        status.contains(
            "changes column `board_id` (foreign key): needs a decision, it gains a foreign key"
        ),
        "{status}"
    );
    let error = v2()
        .open(url)
        .expect_err("no migration folder yet")
        .to_string();
    assert!(error.contains("no migration folders at"), "{error}");
    let generated = migrate(&v2(), url, &["generate", "board_key"]);
    if dialect == Dialect::Mysql {
        let error = generated
            .expect_err("MySQL names its keys itself")
            .to_string();
        assert!(error.contains("write this step by hand"), "{error}");
        return;
    }
    generated.expect("generates");
    let error = migrate(&v2(), url, &["apply"])
        .expect_err("a dangling row stops it")
        .to_string();
    let expected = if dialect == Dialect::Sqlite {
        "rows_referencing_nothing"
    } else {
        "foreign key"
    };
    assert!(error.contains(expected), "{expected:?} in {error}");
    let status = migrate(&v2(), url, &["status"]).expect("status");
    assert!(
        status.contains("it gains a foreign key"),
        "unchanged: {status}"
    );

    // Fixed, it applies; the key is real: deleting the board deletes its task.
    let fixed = Stack::new()
        .plugin(fk_v1::fk::plugin())
        .open(url)
        .expect("v1 still opens");
    execute(
        &fixed,
        "UPDATE \"fk_task\" SET \"board_id\" = NULL WHERE \"id\" = 't2'",
    );
    drop(fixed);
    migrate(&v2(), url, &["apply"]).expect("applies");
    let opened = v2().open(url).expect("v2 serves");
    execute(&opened, "DELETE FROM \"fk_board\" WHERE \"id\" = 'b'");
    assert_eq!(
        count(&opened, "SELECT COUNT(*) AS \"count\" FROM \"fk_task\""),
        1,
        "t1 went with its board; t2 had none"
    );
    drop(opened);
    let _ = std::fs::remove_dir_all(&migrations);
}

/// `migrate` reads its command before it reaches the database: a mistake is the usage, at once,
/// even with no server to connect to.
#[test]
fn a_wrong_migrate_command_is_the_usage_without_a_database() {
    let stack = Stack::new().plugin(v1::evo::plugin());
    let error = migrate(&stack, "postgres://nobody@127.0.0.1:9/none", &["bogus"])
        .expect_err("a usage error")
        .to_string();
    assert!(
        error.starts_with("usage: <your binary> migrate <command>"),
        "{error}"
    );
}

/// A table found without a record (made by another tool, or its record lost) is read from the
/// catalog: adopted as it is when it is the model's; otherwise its differences are a diff like
/// any other, here a column the model does not have, dropped by a generated migration.
#[test]
fn a_table_found_without_a_record_is_adopted_or_diffed() {
    let database = TestDatabase::new();
    let url = database.url();
    let migrations = tempdir();
    let v1 = || Stack::new().plugin(v1::evo::plugin());
    let opened = v1().open(url).expect("v1 opens");
    execute(
        &opened,
        "INSERT INTO \"evo_card\" (\"id\", \"title\", \"stage\") VALUES ('a', 'first', 'TODO')",
    );
    execute(&opened, "DELETE FROM \"btst_schema\"");
    drop(opened);
    let opened = v1().open(url).expect("the table is adopted");
    assert_eq!(
        count(&opened, "SELECT COUNT(*) AS \"count\" FROM \"btst_schema\""),
        1,
        "its declaration is recorded"
    );
    execute(&opened, "DELETE FROM \"btst_schema\"");
    execute(
        &opened,
        "ALTER TABLE \"evo_card\" ADD COLUMN \"extra\" TEXT",
    );
    drop(opened);
    let error = v1()
        .schema_changes(SchemaChanges::ApplyAdditive)
        .open(url)
        .expect_err("a column the model lacks needs a decision")
        .to_string();
    assert!(
        error.contains("drops column `extra`: needs a decision, its values are lost"),
        "{error}"
    );
    let with_migrations = || v1().schema_changes(SchemaChanges::Migrations(migrations.clone()));
    migrate(&with_migrations(), url, &["generate", "adopt_card"]).expect("generates");
    migrate(&with_migrations(), url, &["apply"]).expect("applies");
    let opened = with_migrations()
        .open(url)
        .expect("serves the adopted table");
    assert_eq!(cards(&opened, "note"), [row("a", "first", "TODO", None)]);
    // A second migration, then `revert`: only the last is undone.
    let dialect = opened.db().dialect();
    execute(&opened, "DELETE FROM \"btst_schema\"");
    execute(
        &opened,
        "ALTER TABLE \"evo_card\" ADD COLUMN \"extra_two\" TEXT",
    );
    drop(opened);
    migrate(&with_migrations(), url, &["generate", "drop_extra_two"]).expect("generates");
    migrate(&with_migrations(), url, &["apply"]).expect("applies");
    let reverted = migrate(&with_migrations(), url, &["revert"]).expect("reverts");
    // MySQL writes a folder per statement: the drop, then the record.
    let folders = if dialect == Dialect::Mysql { 2 } else { 1 };
    assert_eq!(
        reverted.lines().next().map(|line| line.split(", ").count()),
        Some(folders),
        "{reverted}"
    );
    assert!(reverted.contains("drops column `extra_two`"), "{reverted}");
    assert!(
        !reverted.contains("drops column `extra`:"),
        "the first migration stays: {reverted}"
    );
    let _ = std::fs::remove_dir_all(&migrations);
}

mod mapped {
    #[btst_runtime::plugin(name = "naap")]
    pub mod naap {
        /// A template, on a table named as Prisma named it (`@@map`), two fields on columns of
        /// other names (`@map`): one of them the SQL word `type`.
        #[model(table = "PluginTemplate")]
        pub struct Template {
            #[field(column = "display_name", unique)]
            pub title: String,
            #[field(column = "type")]
            pub kind: String,
        }
    }
}

/// `#[model(table = "..")]` and `#[field(column = "..")]` map a model onto a table made by
/// another tool: adopted, read and written under the mapped names, a taken unique value named
/// by its field.
#[test]
fn a_model_maps_onto_an_existing_table_and_columns() {
    use btst_runtime::diesel::connection::SimpleConnection as _;
    let database = TestDatabase::new();
    let url = database.url();
    let bare = Stack::new().open(url).expect("connects");
    let ddl = match bare.db().dialect() {
        Dialect::Sqlite => {
            "CREATE TABLE \"PluginTemplate\" (\"id\" TEXT NOT NULL PRIMARY KEY, \
                            \"display_name\" TEXT NOT NULL UNIQUE, \"type\" TEXT NOT NULL)"
        }
        // Where Prisma puts it: in `public`, which the start refuses below.
        Dialect::Postgres => {
            "CREATE TABLE \"public\".\"PluginTemplate\" (\"id\" TEXT NOT NULL PRIMARY KEY, \
             \"display_name\" TEXT NOT NULL UNIQUE, \"type\" TEXT NOT NULL)"
        }
        Dialect::Mysql => {
            "CREATE TABLE \"PluginTemplate\" (\"id\" VARCHAR(36) NOT NULL PRIMARY KEY, \
              \"display_name\" VARCHAR(255) NOT NULL UNIQUE, \"type\" LONGTEXT NOT NULL)"
        }
    };
    let table = if bare.db().dialect() == Dialect::Postgres {
        "\"public\".\"PluginTemplate\""
    } else {
        "\"PluginTemplate\""
    };
    let seed = format!(
        "{ddl}; INSERT INTO {table} (\"id\", \"display_name\", \"type\") VALUES ('t1', 'Hello', 'basic')"
    );
    Stack::block_on(bare.db().run(move |conn| conn.batch_execute(&seed)))
        .expect("another tool made the table");
    let table = if bare.db().dialect() == Dialect::Postgres {
        let error = Stack::new()
            .plugin(mapped::naap::plugin())
            .open(url)
            .expect_err("a plugin's table in `public` stops the start")
            .to_string();
        assert!(
            error.contains("ALTER TABLE public.\"PluginTemplate\" SET SCHEMA \"plugin_naap\""),
            "{error}"
        );
        Stack::block_on(bare.db().run(|conn| {
            conn.batch_execute(
                "CREATE SCHEMA IF NOT EXISTS \"plugin_naap\"; \
                 ALTER TABLE public.\"PluginTemplate\" SET SCHEMA \"plugin_naap\"",
            )
        }))
        .expect("moves it, as the message says");
        "\"plugin_naap\".\"PluginTemplate\""
    } else {
        table
    };
    drop(bare);

    let opened = Stack::new()
        .plugin(mapped::naap::plugin())
        .open(url)
        .expect("the table is the model's: adopted");
    let db = opened.db().clone();
    let found = Stack::block_on(db.find_where::<mapped::naap::Template>("t1", |_| true))
        .expect("reads the row");
    assert_eq!(
        (found.title.as_str(), found.kind.as_str()),
        ("Hello", "basic")
    );
    let created = Stack::block_on(db.create(mapped::naap::NewTemplate {
        title: "Second".to_owned(),
        kind: "pro".to_owned(),
    }))
    .expect("writes under the mapped names");
    let stored = count(
        &opened,
        &format!(
            "SELECT COUNT(*) AS \"count\" FROM {table} WHERE \"display_name\" = 'Second' AND \"type\" = 'pro' AND \"id\" = '{}'",
            created.id
        ),
    );
    assert_eq!(stored, 1);
    let taken = Stack::block_on(db.create(mapped::naap::NewTemplate {
        title: "Hello".to_owned(),
        kind: "basic".to_owned(),
    }))
    .expect_err("the title is taken");
    assert_eq!(taken.status().as_u16(), 409);
    assert_eq!(taken.detail(), "a record with this `title` already exists");
    assert_eq!(
        taken.issues()[0].path,
        "title",
        "the field's name, not the column's"
    );
    drop(opened);
}
