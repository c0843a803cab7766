//! The row scope (issue 21): models of two plugins, the desk's `Ticket` and the Tracker's
//! `Project` and `Task`, scoped by `x-team-id` through `Stack::row_scope`. A second team sees
//! nothing, changes nothing, deletes nothing and cannot move a row into its scope, on every
//! route: the typed operations, a declared query, `Db::count` and a query of one's own started
//! from `rows(&db)`. Run on every backend (`BTST_TEST_DATABASE_URL`).

use btst_runtime::Stack;
use btst_runtime::testing::{TestResponse, TestServer, block_on};
use btst_tests::tenancy::{self, desk::Ticket};
use serde_json::{Value, json};
use tracker_example::tracker::{Project, Task};

fn as_team(
    server: &TestServer,
    team: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> TestResponse {
    let headers = [("x-team-id", team), ("x-user-id", "someone")];
    match body {
        Some(body) => server.send_json(method, path, &headers, body),
        None => server.send(method, path, &headers, None),
    }
}

fn created(server: &TestServer, team: &str, path: &str, body: &Value) -> Value {
    let response = as_team(server, team, "POST", path, Some(body));
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

/// The desk answers bare; the Tracker in its `{"success": true, "data": ..}` envelope.
fn data(response: &TestResponse) -> &Value {
    response.json.get("data").unwrap_or(&response.json)
}

#[test]
fn a_second_team_sees_changes_and_deletes_nothing_of_the_first() {
    let server = TestServer::start(tenancy::stack());
    let ticket = created(
        &server,
        "acme",
        "/api/tickets",
        &json!({ "subject": "printer" }),
    );
    assert_eq!(ticket["teamId"], "acme", "stamped from the request");
    let project = created(
        &server,
        "acme",
        "/api/projects",
        &json!({ "name": "Launch" }),
    );
    let project = &project["data"];
    let task = created(
        &server,
        "acme",
        "/api/tasks",
        &json!({ "title": "Plan", "projectId": project["id"] }),
    );
    let task = &task["data"];
    assert_eq!(task["teamId"], "acme");
    let ticket_path = format!("/api/tickets/{}", ticket["id"].as_str().expect("id"));
    let project_path = format!("/api/projects/{}", project["id"].as_str().expect("id"));
    let task_path = format!("/api/tasks/{}", task["id"].as_str().expect("id"));

    // Lists, a declared query, a count and a query of one's own: nothing of acme's.
    for path in [
        "/api/tickets",
        "/api/tickets/open",
        "/api/projects",
        "/api/tasks",
    ] {
        let seen = as_team(&server, "globex", "GET", path, None);
        assert_eq!(seen.status, 200, "{path}: {}", seen.text);
        let rows = data(&seen);
        let rows = rows.get("items").unwrap_or(rows);
        assert_eq!(rows, &json!([]), "{path}");
    }
    let count = as_team(&server, "globex", "GET", "/api/tickets/count", None);
    assert_eq!(count.json["count"], 0, "{}", count.text);
    let listed = as_team(&server, "globex", "GET", "/api/tickets", None);
    assert_eq!(listed.json["total"], 0, "{}", listed.text);

    // One row, a change, a delete: 404, as if absent; nothing changed or deleted.
    for path in [&ticket_path, &project_path, &task_path] {
        // The Tracker has no `GET /tasks/{id}` (NAAP's has none).
        if path != &task_path {
            assert_eq!(
                as_team(&server, "globex", "GET", path, None).status,
                404,
                "{path}"
            );
        }
        let field = if path.contains("ticket") {
            json!({ "subject": "mine" })
        } else if path.contains("project") {
            json!({ "name": "mine" })
        } else {
            json!({ "title": "mine" })
        };
        assert_eq!(
            as_team(&server, "globex", "PATCH", path, Some(&field)).status,
            404,
            "{path}"
        );
        assert_eq!(
            as_team(&server, "globex", "DELETE", path, None).status,
            404,
            "{path}"
        );
    }
    assert_eq!(
        as_team(
            &server,
            "globex",
            "PATCH",
            &format!("{task_path}/status"),
            Some(&json!({"status": "DONE"}))
        )
        .status,
        404
    );
    // A task cannot be added to another team's project.
    let planted = as_team(
        &server,
        "globex",
        "POST",
        "/api/tasks",
        Some(&json!({ "title": "planted", "projectId": project["id"] })),
    );
    assert_eq!(planted.status, 409, "{}", planted.text);

    // acme still has everything, unchanged.
    let mine = as_team(&server, "acme", "GET", &ticket_path, None);
    assert_eq!(mine.json["subject"], "printer", "{}", mine.text);
    let mine = as_team(&server, "acme", "GET", &project_path, None);
    assert_eq!(mine.json["data"]["name"], "Launch", "{}", mine.text);
    assert_eq!(mine.json["data"]["tasks"][0]["title"], "Plan");
    let db = server.stack().db();
    assert_eq!(block_on(db.count::<Task>()).expect("counts"), 1);
    assert_eq!(block_on(db.count::<Ticket>()).expect("counts"), 1);
}

#[test]
fn no_body_moves_a_row_into_another_scope() {
    let server = TestServer::start(tenancy::stack());
    // The scope field is read-only: a create or a patch naming it is a 400.
    let sent = as_team(
        &server,
        "globex",
        "POST",
        "/api/tickets",
        Some(&json!({ "subject": "x", "teamId": "acme" })),
    );
    assert_eq!(sent.status, 400, "{}", sent.text);
    assert_eq!(sent.json["issues"][0]["path"], "teamId", "{}", sent.text);
    let ticket = created(
        &server,
        "acme",
        "/api/tickets",
        &json!({ "subject": "printer" }),
    );
    let path = format!("/api/tickets/{}", ticket["id"].as_str().expect("id"));
    let moved = as_team(
        &server,
        "acme",
        "PATCH",
        &path,
        Some(&json!({ "teamId": "globex" })),
    );
    assert_eq!(moved.status, 400, "{}", moved.text);
    let project = as_team(
        &server,
        "acme",
        "POST",
        "/api/projects",
        Some(&json!({ "name": "x", "teamId": "globex" })),
    );
    assert_eq!(project.status, 400, "{}", project.text);
    // Nothing moved: globex has no ticket, acme has its one.
    let globex = as_team(&server, "globex", "GET", "/api/tickets", None);
    assert_eq!(globex.json["total"], 0);
    assert_eq!(
        as_team(&server, "acme", "GET", &path, None).json["teamId"],
        "acme"
    );
}

#[test]
fn only_routes_that_take_db_in_a_scoped_plugin_need_the_scope() {
    let server = TestServer::start(tenancy::stack());
    // Without `x-team-id`: a 400 naming it, before the body is read (no 415 for a missing
    // content type).
    let refused = server.send("POST", "/api/tickets", &[("x-user-id", "u")], Some(b"{}"));
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(
        refused.json["issues"][0]["path"], "x-team-id",
        "{}",
        refused.text
    );
    // The Todo plugin has no row-scoped model; the Tracker's health check takes no `Db`.
    let todo = server.post("/api/todos", &json!({ "title": "anyone" }));
    assert_eq!(todo.status, 201, "{}", todo.text);
    assert_eq!(server.get("/api/health").status, 200);
    // The document says the same.
    let document: Value =
        serde_json::from_str(&server.stack().openapi().to_json().expect("serialises"))
            .expect("JSON");
    let headers = |path: &str, method: &str| -> Vec<String> {
        document["paths"][path][method]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|parameter| parameter["in"] == "header")
            .map(|parameter| parameter["name"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(headers("/api/tickets", "get"), ["x-team-id", "x-user-id"]);
    // Read once, though `create_project` also takes a `Tenant`.
    assert_eq!(headers("/api/projects", "post"), ["x-team-id", "x-user-id"]);
    assert!(headers("/api/todos", "get").is_empty());
    assert!(headers("/api/health", "get").is_empty());
    assert!(document["paths"]["/api/tickets/count"]["get"]["responses"]["400"].is_object());
}

#[test]
fn the_apps_own_handle_reads_every_scope_and_names_one_to_create() {
    let server = TestServer::start(tenancy::stack());
    created(&server, "acme", "/api/tickets", &json!({ "subject": "a" }));
    created(
        &server,
        "globex",
        "/api/tickets",
        &json!({ "subject": "g" }),
    );
    let db = server.stack().db();
    assert_eq!(block_on(db.count::<Ticket>()).expect("counts"), 2);
    assert_eq!(
        block_on(db.with_row_scope("acme").count::<Ticket>()).expect("counts"),
        1
    );
    // Which team would a row created through the app's handle belong to? None: a 500.
    let input = btst_runtime::testing::json_to(json!({ "subject": "nobody's" }));
    let error =
        block_on(db.create::<btst_tests::tenancy::desk::NewTicket>(input)).expect_err("refused");
    assert_eq!(error.status().as_u16(), 500, "a bug in the caller, logged");
    let input = btst_runtime::testing::json_to(json!({ "subject": "acme's" }));
    let ticket = block_on(
        db.with_row_scope("acme")
            .create::<btst_tests::tenancy::desk::NewTicket>(input),
    )
    .expect("created");
    assert_eq!(ticket.team_id, "acme");
    let projects: Vec<Project> = block_on(
        server
            .stack()
            .api::<tracker_example::tracker::RawApi>()
            .team_projects("acme".to_owned(), 10),
    )
    .expect("reads");
    assert!(projects.is_empty());
}

#[test]
fn a_stack_with_a_scoped_model_and_no_row_scope_does_not_open() {
    let error = Stack::new()
        .base_path("/api")
        .plugin(btst_tests::tenancy::desk::plugin())
        .open("sqlite::memory:")
        .expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("`desk.Ticket` is scoped by `team_id`")
            && message.contains("Stack::row_scope"),
        "{message}"
    );
}

#[test]
fn write_observers_see_the_row_scope_of_the_write() {
    use std::sync::{Arc, Mutex};
    // Each observed write: its method and endpoint, and its row scope.
    type Seen = Vec<(String, Option<String>)>;
    let seen: Arc<Mutex<Seen>> = Arc::default();
    let log = Arc::clone(&seen);
    let stack = tenancy::stack().observe_writes(move |write: btst_runtime::Committed| {
        let log = Arc::clone(&log);
        async move {
            let entry = (
                format!("{} {}", write.method, write.endpoint),
                write.row_scope,
            );
            log.lock().expect("not poisoned").push(entry);
        }
    });
    let server = TestServer::start(stack);
    created(&server, "acme", "/api/tickets", &json!({ "subject": "a" }));
    let todo = server.post("/api/todos", &json!({ "title": "anyone" }));
    assert_eq!(todo.status, 201, "{}", todo.text);
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        [
            ("POST open_ticket".to_owned(), Some("acme".to_owned())),
            ("POST create_todo".to_owned(), None),
        ]
    );
}
