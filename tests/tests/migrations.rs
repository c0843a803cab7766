//! Migrations: every plugin's tables created at start, idempotently, their declarations
//! recorded; a change that needs a decision is refused; the earlier ledger is adopted.

use btst_runtime::__private::create_table;
use btst_runtime::Dialect;
use btst_runtime::Stack;
use btst_runtime::diesel;
use btst_runtime::diesel::prelude::*;
use btst_runtime::prelude::Model;
use todo_example::todos::Todo;

/// A fresh SQLite file of its own: tests of this binary run at once, in one process, so the
/// name carries a counter beside the process id.
fn temp_db() -> (std::path::PathBuf, String) {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let number = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!(
        "btst-migrations-{}-{number}.db",
        std::process::id()
    ));
    let _ = std::fs::remove_file(&path);
    let url = format!("sqlite://{}", path.display());
    (path, url)
}

#[test]
fn the_todo_ddl_for_each_dialect() {
    assert_eq!(
        create_table(&Todo::META, Dialect::Sqlite, None),
        "CREATE TABLE IF NOT EXISTS \"todos_todo\" (\n    \"id\" TEXT NOT NULL PRIMARY KEY,\n    \"title\" TEXT NOT NULL,\n    \
         \"completed\" BOOLEAN NOT NULL DEFAULT 0,\n    \"created_at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)"
    );
    assert_eq!(
        create_table(&Todo::META, Dialect::Postgres, Some("plugin_todos")),
        "CREATE TABLE IF NOT EXISTS \"plugin_todos\".\"todos_todo\" (\n    \"id\" TEXT NOT NULL PRIMARY KEY,\n    \"title\" TEXT NOT NULL,\n    \
         \"completed\" BOOLEAN NOT NULL DEFAULT false,\n    \"created_at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)"
    );
}

#[test]
fn migrations_are_idempotent_recorded_and_refuse_drift() {
    let (path, url) = temp_db();
    let first = todo_example::stack()
        .open(&url)
        .expect("creates the tables");
    drop(first);
    let again = todo_example::stack()
        .open(&url)
        .expect("opening twice is fine");
    let recorded: Vec<(String, String)> = Stack::block_on(again.db().run(|conn| {
        btst_runtime::diesel::sql_query("SELECT table_name, plugin FROM btst_schema")
            .load::<Recorded>(conn)
            .map(|rows| {
                rows.into_iter()
                    .map(|row| (row.table_name, row.plugin))
                    .collect::<Vec<_>>()
            })
    }))
    .expect("reads the record");
    assert_eq!(recorded, [("todos_todo".to_owned(), "todos".to_owned())]);

    // An earlier model had a field the current one dropped: that needs a decision.
    let declaration: String = Stack::block_on(again.db().run(|conn| {
        diesel::sql_query("SELECT declaration AS name FROM btst_schema")
            .get_result::<Named>(conn)
            .map(|row| row.name)
    }))
    .expect("reads the declaration");
    let mut declaration: serde_json::Value =
        serde_json::from_str(&declaration).expect("a declaration is JSON");
    declaration["columns"]
        .as_array_mut()
        .expect("columns")
        .push(serde_json::json!({ "name": "legacy", "type": "text", "nullable": true }));
    let older = declaration.to_string().replace('\'', "''");
    Stack::block_on(again.db().run(move |conn| {
        diesel::sql_query(format!("UPDATE btst_schema SET declaration = '{older}'")).execute(conn)
    }))
    .expect("simulates an older model");
    drop(again);
    let error = todo_example::stack()
        .open(&url)
        .expect_err("drift stops the start");
    let error = error.to_string();
    for expected in [
        "model `Todo` (plugin `todos`, table `todos_todo`)",
        "drops column `legacy`: needs a decision, its values are lost",
        "migrate generate <name>",
        "Nothing was changed.",
    ] {
        assert!(error.contains(expected), "{expected:?} in {error}");
    }
    let _ = std::fs::remove_file(path);
}

/// A database set up by an earlier btst-rs (its ledger `btst_migrations` held each table's DDL),
/// or by hand: a table found without a record is read from the catalog, adopted when it is the
/// model's, and otherwise its differences are named.
#[test]
fn a_table_found_without_a_record_is_adopted_when_it_is_the_models() {
    let (path, url) = temp_db();
    let earlier = |table: &str| {
        let mut conn = diesel::SqliteConnection::establish(&url).expect("opens the file");
        let ddl = table.replace('\'', "''");
        diesel::connection::SimpleConnection::batch_execute(
            &mut conn,
            &format!(
                "CREATE TABLE btst_migrations (table_name TEXT NOT NULL PRIMARY KEY, plugin TEXT NOT NULL, \
                 ddl TEXT NOT NULL, applied_at TIMESTAMP NOT NULL);\
                 INSERT INTO btst_migrations VALUES ('todos_todo', 'todos', '{ddl}', CURRENT_TIMESTAMP);\
                 {table};\
                 INSERT INTO todos_todo (id, title) VALUES ('kept', 'a row of before');"
            ),
        )
        .expect("writes the earlier database");
    };
    earlier(&create_table(&Todo::META, Dialect::Sqlite, None));
    let opened = todo_example::stack().open(&url).expect("adopts the table");
    let recorded = Stack::block_on(opened.db().run(|conn| {
        diesel::sql_query("SELECT table_name AS name FROM btst_schema").load::<Named>(conn)
    }))
    .expect("reads the ledger");
    assert_eq!(
        recorded,
        [Named {
            name: "todos_todo".to_owned()
        }]
    );
    let kept =
        Stack::block_on(opened.db().run(|conn| {
            diesel::sql_query("SELECT title AS name FROM todos_todo").load::<Named>(conn)
        }))
        .expect("reads the row");
    assert_eq!(
        kept,
        [Named {
            name: "a row of before".to_owned()
        }]
    );
    drop(opened);
    let _ = std::fs::remove_file(&path);

    earlier(
        "CREATE TABLE todos_todo (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, done BOOLEAN)",
    );
    let error = todo_example::stack()
        .open(&url)
        .expect_err("a table unlike the model stops the start")
        .to_string();
    for expected in [
        "drops column `done`: needs a decision, its values are lost",
        "adds column `completed` (boolean, with its default): additive",
        "If a dropped field was renamed, say so with `#[field(renamed_from = \"old_name\")]`",
        "Nothing was changed.",
    ] {
        assert!(error.contains(expected), "{expected:?} in {error}");
    }
    let _ = std::fs::remove_file(&path);
}

#[derive(QueryableByName)]
#[diesel(check_for_backend(btst_runtime::diesel::sqlite::Sqlite))]
struct Recorded {
    #[diesel(sql_type = btst_runtime::diesel::sql_types::Text)]
    table_name: String,
    #[diesel(sql_type = btst_runtime::diesel::sql_types::Text)]
    plugin: String,
}

#[derive(QueryableByName, Debug, PartialEq)]
struct Named {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

#[test]
fn the_tracker_creates_its_indexes_and_foreign_keys() {
    let path = std::env::temp_dir().join(format!("btst-tracker-ddl-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let stack = tracker_example::stack()
        .open(&format!("sqlite://{}", path.display()))
        .expect("creates the tables");
    let names = |sql: &'static str| {
        btst_runtime::testing::block_on(
            stack
                .db()
                .run(move |conn| diesel::sql_query(sql).load::<Named>(conn)),
        )
        .expect("reads the catalog")
        .into_iter()
        .map(|row| row.name)
        .collect::<Vec<_>>()
    };
    assert_eq!(
        names(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'tracker_%' ORDER BY name"
        ),
        [
            "tracker_project_team_id_status_idx",
            "tracker_task_assignee_id_idx",
            "tracker_task_project_id_status_idx",
        ]
    );
    assert_eq!(
        names(
            "SELECT \"table\" || '.' || \"from\" || ' ' || on_delete AS name FROM pragma_foreign_key_list('tracker_task')"
        ),
        ["tracker_project.project_id CASCADE"]
    );
    assert_eq!(
        names("SELECT table_name AS name FROM btst_schema ORDER BY rowid"),
        ["tracker_project", "tracker_task"],
        "the referenced table first"
    );
    drop(stack);
    let _ = std::fs::remove_file(&path);
}

#[derive(QueryableByName)]
struct Ledger {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    rows: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    tables: i64,
}

/// A rolling deploy: instances started at the same moment on one new database (SQLite file, or
/// a new database on the server `BTST_TEST_DATABASE_URL` names) take turns at the schema set-up,
/// and all of them serve.
#[test]
fn instances_starting_together_on_one_new_database_all_open() {
    use btst_runtime::Plugin;
    const INSTANCES: usize = 6;
    let stack = || {
        Stack::new()
            // The Tracker's `GET /health` needs a base path: `/health` is the Stack's.
            .base_path("/api")
            // The Tracker's models are scoped by team.
            .row_scope(|tenant: &btst_runtime::Tenant| tenant.team_id.clone())
            .plugin(todo_example::todos::plugin())
            .plugin(tracker_example::tracker::plugin())
            .plugin(blog_example::blog::plugin())
    };
    let models = todo_example::todos::plugin().models().len()
        + tracker_example::tracker::plugin().models().len()
        + blog_example::blog::plugin().models().len();
    let database = btst_runtime::testing::TestDatabase::new();
    let start = std::sync::Arc::new(std::sync::Barrier::new(INSTANCES));
    let instances: Vec<_> = (0..INSTANCES)
        .map(|_| {
            let (url, start) = (database.url().to_owned(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                stack().open(&url).map_err(|error| error.to_string())
            })
        })
        .collect();
    let opened: Vec<_> = instances
        .into_iter()
        .map(|instance| instance.join().expect("joins"))
        .collect();
    for outcome in &opened {
        if let Err(error) = outcome {
            panic!("an instance failed to start: {error}");
        }
    }
    let stack = opened[0].as_ref().expect("opened");
    let ledger = btst_runtime::testing::block_on(stack.db().run(|conn| {
        diesel::sql_query(
            "SELECT COUNT(*) AS \"rows\", COUNT(DISTINCT table_name) AS \"tables\" FROM btst_schema",
        )
        .get_result::<Ledger>(conn)
    }))
    .expect("reads the ledger");
    let models = i64::try_from(models).expect("a few models");
    assert_eq!((ledger.rows, ledger.tables), (models, models));
    drop(opened);
}
