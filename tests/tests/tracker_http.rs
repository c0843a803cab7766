//! HTTP behaviour of the Task Tracker example: every route, tenancy (headers required, other
//! teams' rows invisible and untouchable, team stamped by the server), enums, counts, ordering,
//! cascade. Runs on SQLite, or on the server `BTST_TEST_DATABASE_URL` names.

use btst_runtime::testing::{TestResponse, TestServer, Value, block_on, json};
use tracker_example::tracker::{self, Project, Task};

fn server() -> TestServer {
    TestServer::start(tracker_example::stack())
}

/// A request as `team` (user `user-of-<team>`).
fn call(
    server: &TestServer,
    team: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> TestResponse {
    let user = format!("user-of-{team}");
    let mut headers = vec![("x-team-id", team), ("x-user-id", user.as_str())];
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let body = body.map(Value::to_string);
    server.send(method, path, &headers, body.as_deref().map(str::as_bytes))
}

fn create_project(server: &TestServer, team: &str, name: &str) -> Value {
    let response = call(
        server,
        team,
        "POST",
        "/api/projects",
        Some(&json!({ "name": name })),
    );
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

fn create_task(server: &TestServer, team: &str, project: &str, body: &Value) -> Value {
    let response = call(
        server,
        team,
        "POST",
        &format!("/api/projects/{project}/tasks"),
        Some(body),
    );
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

fn id(value: &Value) -> String {
    value["id"].as_str().expect("an id").to_owned()
}

fn titles(response: &TestResponse) -> Vec<String> {
    response
        .json
        .as_array()
        .expect("an array")
        .iter()
        .map(|task| task["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn every_route_requires_both_tenant_headers() {
    let server = server();
    let routes = [
        ("GET", "/api/projects"),
        ("POST", "/api/projects"),
        ("GET", "/api/projects/x"),
        ("PUT", "/api/projects/x"),
        ("DELETE", "/api/projects/x"),
        ("GET", "/api/projects/x/tasks"),
        ("POST", "/api/projects/x/tasks"),
        ("PUT", "/api/tasks/x"),
        ("PATCH", "/api/tasks/x/status"),
        ("DELETE", "/api/tasks/x"),
    ];
    for (method, path) in routes {
        let body = matches!(method, "POST" | "PUT" | "PATCH").then_some(b"{}".as_slice());
        let headers: &[(&str, &str)] = if body.is_some() {
            &[("content-type", "application/json")]
        } else {
            &[]
        };
        let response = server.send(method, path, headers, body);
        assert_eq!(response.status, 400, "{method} {path}: {}", response.text);
        assert_eq!(response.content_type, "application/problem+json");
        let named: Vec<&str> = response.json["issues"]
            .as_array()
            .expect("issues")
            .iter()
            .filter_map(|issue| issue["path"].as_str())
            .collect();
        assert!(
            named.contains(&"x-team-id") && named.contains(&"x-user-id"),
            "{method} {path}: {named:?}"
        );
        let only_team = server.send(method, path, &[("x-team-id", "t")], None);
        assert_eq!(only_team.status, 400, "{method} {path} without x-user-id");
    }
}

#[test]
fn create_stamps_the_team_and_owner_and_applies_defaults() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    assert_eq!(project["teamId"], "acme");
    assert_eq!(project["ownerId"], "user-of-acme");
    assert_eq!(project["status"], "ACTIVE");
    assert_eq!(project["description"], Value::Null);
    assert_eq!(project["createdAt"], project["updatedAt"]);
    for forged in [
        json!({ "name": "x", "teamId": "other" }),
        json!({ "name": "x", "ownerId": "mallory" }),
        json!({ "name": "x", "createdAt": "2020-01-01T00:00:00Z" }),
        json!({ "name": "x", "updatedAt": "2020-01-01T00:00:00Z" }),
    ] {
        let response = call(&server, "acme", "POST", "/api/projects", Some(&forged));
        assert_eq!(response.status, 400, "{forged}");
        assert!(
            response.text.contains("is set by the server"),
            "{}",
            response.text
        );
    }
    let task = create_task(&server, "acme", &id(&project), &json!({ "title": "Plan" }));
    assert_eq!(task["status"], "TODO");
    assert_eq!(task["priority"], "MEDIUM");
    assert_eq!(task["projectId"], project["id"]);
    assert_eq!(task["assigneeId"], Value::Null);
    assert_eq!(task["dueDate"], Value::Null);
}

#[test]
fn enums_are_validated_and_listed() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let path = format!("/api/projects/{}", id(&project));
    let bad = call(
        &server,
        "acme",
        "PUT",
        &path,
        Some(&json!({ "status": "DELETED" })),
    );
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json["issues"][0]["path"], "status");
    assert_eq!(
        bad.json["issues"][0]["message"],
        "must be one of ACTIVE, ARCHIVED, COMPLETED"
    );
    for wrong in [json!("active"), json!(1), json!(null)] {
        let response = call(
            &server,
            "acme",
            "PUT",
            &path,
            Some(&json!({ "status": wrong })),
        );
        assert_eq!(response.status, 400, "{wrong}");
    }
    let tasks = format!("{path}/tasks");
    let response = call(
        &server,
        "acme",
        "POST",
        &tasks,
        Some(&json!({ "title": "x", "priority": "CRITICAL" })),
    );
    assert_eq!(response.status, 400);
    let response = call(
        &server,
        "acme",
        "GET",
        &format!("{tasks}?status=OPEN"),
        None,
    );
    assert_eq!(response.status, 400);
    assert_eq!(response.json["issues"][0]["path"], "status");
    let response = call(&server, "acme", "GET", &format!("{tasks}?colour=red"), None);
    assert_eq!(response.status, 400, "unknown query parameter");
}

#[test]
fn projects_list_only_the_callers_team_with_task_counts() {
    let server = server();
    let launch = create_project(&server, "acme", "Launch");
    std::thread::sleep(std::time::Duration::from_millis(3));
    let hiring = create_project(&server, "acme", "Hiring");
    create_project(&server, "globex", "Secret");
    for (title, status) in [("a", "DONE"), ("b", "DONE"), ("c", "IN_PROGRESS")] {
        create_task(
            &server,
            "acme",
            &id(&launch),
            &json!({ "title": title, "status": status }),
        );
    }
    let list = call(&server, "acme", "GET", "/api/projects", None);
    assert_eq!(list.status, 200, "{}", list.text);
    let projects = list.json.as_array().expect("an array");
    assert_eq!(projects.len(), 2, "globex's project is not listed");
    assert_eq!(projects[0]["name"], "Hiring", "newest first");
    assert_eq!(projects[0]["id"], hiring["id"]);
    assert_eq!(
        (&projects[0]["taskCount"], &projects[0]["doneCount"]),
        (&json!(0), &json!(0))
    );
    assert_eq!(
        (&projects[1]["taskCount"], &projects[1]["doneCount"]),
        (&json!(3), &json!(2))
    );
    let page = call(
        &server,
        "acme",
        "GET",
        "/api/projects?limit=1&offset=1",
        None,
    );
    assert_eq!(page.json[0]["name"], "Launch");
    let other = call(&server, "globex", "GET", "/api/projects", None);
    assert_eq!(other.json.as_array().map(Vec::len), Some(1));
    assert_eq!(other.json[0]["name"], "Secret");
    let nobody = call(&server, "initech", "GET", "/api/projects", None);
    assert_eq!(nobody.json, json!([]));
}

#[test]
fn another_teams_rows_are_404_and_never_change() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let project_id = id(&project);
    let task = create_task(&server, "acme", &project_id, &json!({ "title": "Plan" }));
    let task_id = id(&task);
    let attempts = [
        ("GET", format!("/api/projects/{project_id}"), None),
        (
            "PUT",
            format!("/api/projects/{project_id}"),
            Some(json!({ "name": "pwned" })),
        ),
        ("DELETE", format!("/api/projects/{project_id}"), None),
        ("GET", format!("/api/projects/{project_id}/tasks"), None),
        (
            "POST",
            format!("/api/projects/{project_id}/tasks"),
            Some(json!({ "title": "planted" })),
        ),
        (
            "PUT",
            format!("/api/tasks/{task_id}"),
            Some(json!({ "title": "pwned" })),
        ),
        (
            "PATCH",
            format!("/api/tasks/{task_id}/status"),
            Some(json!({ "status": "DONE" })),
        ),
        ("DELETE", format!("/api/tasks/{task_id}"), None),
    ];
    for (method, path, body) in &attempts {
        let response = call(&server, "globex", method, path, body.as_ref());
        assert_eq!(response.status, 404, "{method} {path}: {}", response.text);
        assert_eq!(response.json["code"], "NOT_FOUND");
    }
    let mine = call(
        &server,
        "acme",
        "GET",
        &format!("/api/projects/{project_id}"),
        None,
    );
    assert_eq!(mine.status, 200);
    assert_eq!(mine.json["name"], "Launch");
    assert_eq!(
        titles(&TestResponse {
            json: mine.json["tasks"].clone(),
            ..mine
        }),
        ["Plan"]
    );
}

#[test]
fn a_project_comes_with_its_tasks_newest_first() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    for title in ["first", "second", "third"] {
        create_task(&server, "acme", &id(&project), &json!({ "title": title }));
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let response = call(
        &server,
        "acme",
        "GET",
        &format!("/api/projects/{}", id(&project)),
        None,
    );
    assert_eq!(response.status, 200);
    assert_eq!(response.json["name"], "Launch");
    let tasks: Vec<&str> = response.json["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter_map(|task| task["title"].as_str())
        .collect();
    assert_eq!(tasks, ["third", "second", "first"]);
    assert_eq!(
        call(&server, "acme", "GET", "/api/projects/missing", None).status,
        404
    );
}

#[test]
fn tasks_sort_by_priority_then_newest_and_filter() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let project_id = id(&project);
    for (title, priority, status, assignee) in [
        ("low", "LOW", "TODO", Some("ann")),
        ("urgent-old", "URGENT", "DONE", Some("bob")),
        ("medium", "MEDIUM", "TODO", None),
        ("high", "HIGH", "IN_REVIEW", Some("ann")),
        ("urgent-new", "URGENT", "TODO", Some("ann")),
    ] {
        create_task(
            &server,
            "acme",
            &project_id,
            &json!({ "title": title, "priority": priority, "status": status, "assigneeId": assignee }),
        );
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let path = format!("/api/projects/{project_id}/tasks");
    let all = call(&server, "acme", "GET", &path, None);
    assert_eq!(all.status, 200, "{}", all.text);
    assert_eq!(
        titles(&all),
        ["urgent-new", "urgent-old", "high", "medium", "low"],
        "declaration order of Priority, not alphabetical"
    );
    let todo = call(&server, "acme", "GET", &format!("{path}?status=TODO"), None);
    assert_eq!(titles(&todo), ["urgent-new", "medium", "low"]);
    let ann = call(
        &server,
        "acme",
        "GET",
        &format!("{path}?assigneeId=ann"),
        None,
    );
    assert_eq!(titles(&ann), ["urgent-new", "high", "low"]);
    let both = call(
        &server,
        "acme",
        "GET",
        &format!("{path}?assigneeId=ann&status=TODO"),
        None,
    );
    assert_eq!(titles(&both), ["urgent-new", "low"]);
}

#[test]
fn updates_maintain_updated_at_and_keep_the_rest() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let project_id = id(&project);
    std::thread::sleep(std::time::Duration::from_millis(5));
    let updated = call(
        &server,
        "acme",
        "PUT",
        &format!("/api/projects/{project_id}"),
        Some(&json!({ "description": "Q3", "status": "ARCHIVED" })),
    );
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.json["description"], "Q3");
    assert_eq!(updated.json["status"], "ARCHIVED");
    assert_eq!(updated.json["name"], "Launch");
    assert_eq!(updated.json["createdAt"], project["createdAt"]);
    assert!(
        updated.json["updatedAt"].as_str() > project["updatedAt"].as_str(),
        "updatedAt moves: {} then {}",
        project["updatedAt"],
        updated.json["updatedAt"]
    );
    let task = create_task(&server, "acme", &project_id, &json!({ "title": "Plan" }));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let path = format!("/api/tasks/{}", id(&task));
    let changed = call(
        &server,
        "acme",
        "PUT",
        &path,
        Some(&json!({ "assigneeId": "ann", "dueDate": "2026-12-01T09:00:00+01:00" })),
    );
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.json["assigneeId"], "ann");
    assert_eq!(changed.json["dueDate"], "2026-12-01T08:00:00.000Z");
    assert!(changed.json["updatedAt"].as_str() > task["updatedAt"].as_str());
    let cleared = call(
        &server,
        "acme",
        "PUT",
        &path,
        Some(&json!({ "assigneeId": null })),
    );
    assert_eq!(cleared.json["assigneeId"], Value::Null);
    assert_eq!(cleared.json["dueDate"], "2026-12-01T08:00:00.000Z");
    let moved = call(
        &server,
        "acme",
        "PUT",
        &path,
        Some(&json!({ "projectId": "elsewhere" })),
    );
    assert_eq!(moved.status, 400, "the project comes from the path only");
}

#[test]
fn the_quick_status_change() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let task = create_task(&server, "acme", &id(&project), &json!({ "title": "Plan" }));
    let path = format!("/api/tasks/{}/status", id(&task));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let done = call(
        &server,
        "acme",
        "PATCH",
        &path,
        Some(&json!({ "status": "DONE" })),
    );
    assert_eq!(done.status, 200, "{}", done.text);
    assert_eq!(done.json["status"], "DONE");
    assert_eq!(done.json["title"], "Plan");
    assert!(done.json["updatedAt"].as_str() > task["updatedAt"].as_str());
    for bad in [
        json!({}),
        json!({ "status": "FINISHED" }),
        json!({ "status": null }),
        json!({ "status": "DONE", "title": "x" }),
        json!("DONE"),
    ] {
        let response = call(&server, "acme", "PATCH", &path, Some(&bad));
        assert_eq!(response.status, 400, "{bad}: {}", response.text);
    }
    assert_eq!(
        call(
            &server,
            "acme",
            "PATCH",
            "/api/tasks/missing/status",
            Some(&json!({ "status": "DONE" }))
        )
        .status,
        404
    );
}

#[test]
fn deleting_a_project_deletes_its_tasks() {
    let server = server();
    let keep = create_project(&server, "acme", "Keep");
    let drop = create_project(&server, "acme", "Drop");
    create_task(&server, "acme", &id(&keep), &json!({ "title": "stays" }));
    let doomed = create_task(&server, "acme", &id(&drop), &json!({ "title": "goes" }));
    create_task(&server, "acme", &id(&drop), &json!({ "title": "goes too" }));
    let db = server.stack().db();
    assert_eq!(block_on(db.count::<Task>()).expect("counts"), 3);
    let deleted = call(
        &server,
        "acme",
        "DELETE",
        &format!("/api/projects/{}", id(&drop)),
        None,
    );
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    assert_eq!(deleted.json, json!({ "success": true }));
    assert_eq!(block_on(db.count::<Task>()).expect("counts"), 1, "cascaded");
    assert_eq!(block_on(db.count::<Project>()).expect("counts"), 1);
    let gone = call(
        &server,
        "acme",
        "DELETE",
        &format!("/api/tasks/{}", id(&doomed)),
        None,
    );
    assert_eq!(gone.status, 404);
    let again = call(
        &server,
        "acme",
        "DELETE",
        &format!("/api/projects/{}", id(&drop)),
        None,
    );
    assert_eq!(again.status, 404);
}

#[test]
fn deleting_a_task_leaves_its_project() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let task = create_task(&server, "acme", &id(&project), &json!({ "title": "Plan" }));
    let deleted = call(
        &server,
        "acme",
        "DELETE",
        &format!("/api/tasks/{}", id(&task)),
        None,
    );
    assert_eq!(deleted.json, json!({ "success": true }));
    let list = call(&server, "acme", "GET", "/api/projects", None);
    assert_eq!(list.json[0]["taskCount"], 0);
}

#[test]
fn the_getter_reads_one_team_without_http() {
    let server = server();
    create_project(&server, "acme", "Launch");
    create_project(&server, "globex", "Secret");
    let api = server.stack().api::<tracker::RawApi>();
    let projects: Vec<Project> = block_on(api.team_projects("acme".to_owned(), 10)).expect("reads");
    assert_eq!(projects.len(), 1);
    assert_eq!(projects[0].name, "Launch");
    assert_eq!(projects[0].status, tracker::ProjectStatus::Active);
}

#[test]
fn creating_a_stamped_model_without_create_with_is_refused() {
    let server = server();
    let input: tracker::NewProject = btst_runtime::testing::json_to(json!({ "name": "x" }));
    let db = server.stack().db();
    let error = block_on(db.create(input)).expect_err("refused");
    assert_eq!(error.status().as_u16(), 500, "a bug in the caller, logged");
    assert_eq!(block_on(db.count::<Project>()).expect("counts"), 0);
}

#[test]
fn only_models_with_an_on_update_now_field_read_the_clock_on_update() {
    use btst_runtime::prelude::Model;
    assert!(Project::META.stamps_updates());
    assert!(Task::META.stamps_updates());
    assert!(!todo_example::todos::Todo::META.stamps_updates());
}

#[test]
fn due_dates_are_rfc3339_in_utc_and_read_back_as_created() {
    let server = server();
    let project = id(&create_project(&server, "t1", "Dates"));
    let tasks = format!("/api/projects/{project}/tasks");
    // Accepted at both ends of the range, in any offset that stays inside it in UTC.
    for (sent, stored) in [
        ("1000-01-01T00:00:00Z", "1000-01-01T00:00:00.000Z"),
        ("1000-01-01T01:00:00.0009+01:00", "1000-01-01T00:00:00.000Z"),
        ("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"),
        ("9999-12-31T22:30:00-01:00", "9999-12-31T23:30:00.000Z"),
        (
            "2024-02-29T12:00:00.123456+05:30",
            "2024-02-29T06:30:00.123Z",
        ),
    ] {
        let created = create_task(
            &server,
            "t1",
            &project,
            &json!({ "title": sent, "dueDate": sent }),
        );
        assert_eq!(created["dueDate"], stored, "{sent}");
        let listed = call(&server, "t1", "GET", &tasks, None);
        let read = listed
            .json
            .as_array()
            .expect("a list")
            .iter()
            .find(|task| task["id"] == created["id"])
            .expect("listed")
            .clone();
        assert_eq!(
            read, created,
            "what a create returns is what a read returns: {sent}"
        );
        let updated = call(
            &server,
            "t1",
            "PUT",
            &format!("/api/tasks/{}", id(&created)),
            Some(&json!({ "dueDate": sent })),
        );
        assert_eq!(updated.json["dueDate"], stored, "{sent}: {}", updated.text);
    }
    let task = id(&create_task(
        &server,
        "t1",
        &project,
        &json!({ "title": "kept" }),
    ));
    // Refused: outside four-digit years in UTC, and leap seconds; on create and on update.
    for sent in [
        "9999-12-31T23:30:00-01:00",
        "1000-01-01T00:30:00+01:00",
        "0999-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z",
        "2016-12-31T23:59:60Z",
        "2017-01-01T00:59:60+01:00",
    ] {
        for (method, path) in [
            ("POST", tasks.clone()),
            ("PUT", format!("/api/tasks/{task}")),
        ] {
            let response = call(
                &server,
                "t1",
                method,
                &path,
                Some(&json!({ "title": "t", "dueDate": sent })),
            );
            assert_eq!(response.status, 400, "{method} {sent}: {}", response.text);
            assert_eq!(
                response.json["issues"][0]["path"], "dueDate",
                "{method} {sent}"
            );
        }
    }
    let listed = call(&server, "t1", "GET", &tasks, None);
    assert_eq!(
        listed.json.as_array().map(Vec::len),
        Some(6),
        "nothing refused was written"
    );
}
