//! HTTP behaviour of the Task Tracker example, spoken as a NAAP client speaks it: NAAP's routes
//! under `/api/v1/task-tracker` (`PATCH` updates, `POST /tasks` with `projectId`,
//! `GET /tasks?projectId=`), every answer in `{"success": true, "data": ...}` and every error
//! with `"success": false`; tenancy (headers required, other teams' rows invisible and
//! untouchable, team stamped by the server), enums, counts, ordering, cascade. Runs on SQLite,
//! or on the server `BTST_TEST_DATABASE_URL` names.

use btst_runtime::testing::{TestResponse, TestServer, Value, block_on, json};
use tracker_example::tracker::{self, Project, Task};

/// Where NAAP mounts the routes.
const BASE: &str = "/api/v1/task-tracker";

fn server() -> TestServer {
    TestServer::start(tracker_example::stack())
}

/// `BASE` + `path`.
fn at(path: &str) -> String {
    format!("{BASE}{path}")
}

/// A request as `team` (user `user-of-<team>`) to `BASE` + `path`.
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
    server.send(
        method,
        &at(path),
        &headers,
        body.as_deref().map(str::as_bytes),
    )
}

/// The `data` of a success envelope, after checking the status and the envelope.
fn data(response: &TestResponse, status: u16) -> Value {
    assert_eq!(response.status, status, "{}", response.text);
    assert_eq!(response.content_type, "application/json");
    assert_eq!(response.json["success"], true, "{}", response.text);
    let members = response.json.as_object().expect("an object").len();
    assert_eq!(members, 2, "`success` and `data` only: {}", response.text);
    response.json["data"].clone()
}

/// The error envelope: problem details with `success: false` and `error` (the detail).
fn failed(response: &TestResponse, status: u16) -> &Value {
    assert_eq!(response.status, status, "{}", response.text);
    assert_eq!(response.content_type, "application/problem+json");
    assert_eq!(response.json["success"], false, "{}", response.text);
    assert_eq!(response.json["status"], status);
    assert!(response.json["error"].is_string(), "{}", response.text);
    assert_eq!(response.json["error"], response.json["detail"]);
    &response.json
}

fn create_project(server: &TestServer, team: &str, name: &str) -> Value {
    let response = call(
        server,
        team,
        "POST",
        "/projects",
        Some(&json!({ "name": name })),
    );
    data(&response, 201)
}

/// NAAP's `POST /tasks`: `body` with `projectId` added.
fn create_task(server: &TestServer, team: &str, project: &str, body: &Value) -> Value {
    let mut body = body.clone();
    body["projectId"] = json!(project);
    let response = call(server, team, "POST", "/tasks", Some(&body));
    data(&response, 201)
}

fn id(value: &Value) -> String {
    value["id"].as_str().expect("an id").to_owned()
}

fn titles(response: &TestResponse) -> Vec<String> {
    data(response, 200)
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
        ("GET", "/projects"),
        ("POST", "/projects"),
        ("GET", "/projects/x"),
        ("PATCH", "/projects/x"),
        ("DELETE", "/projects/x"),
        ("GET", "/tasks"),
        ("POST", "/tasks"),
        ("PATCH", "/tasks/x"),
        ("PATCH", "/tasks/x/status"),
        ("DELETE", "/tasks/x"),
    ];
    for (method, path) in routes {
        let path = &at(path);
        let body = matches!(method, "POST" | "PUT" | "PATCH").then_some(b"{}".as_slice());
        let headers: &[(&str, &str)] = if body.is_some() {
            &[("content-type", "application/json")]
        } else {
            &[]
        };
        let response = server.send(method, path, headers, body);
        failed(&response, 400);
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
        let response = call(&server, "acme", "POST", "/projects", Some(&forged));
        failed(&response, 400);
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
    let path = format!("/projects/{}", id(&project));
    let bad = call(
        &server,
        "acme",
        "PATCH",
        &path,
        Some(&json!({ "status": "DELETED" })),
    );
    failed(&bad, 400);
    assert_eq!(bad.json["code"], "VALIDATION_ERROR");
    assert_eq!(bad.json["issues"][0]["path"], "status");
    assert_eq!(
        bad.json["issues"][0]["message"],
        "must be one of ACTIVE, ARCHIVED, COMPLETED"
    );
    for wrong in [json!("active"), json!(1), json!(null)] {
        let response = call(
            &server,
            "acme",
            "PATCH",
            &path,
            Some(&json!({ "status": wrong })),
        );
        assert_eq!(response.status, 400, "{wrong}");
    }
    let response = call(
        &server,
        "acme",
        "POST",
        "/tasks",
        Some(&json!({ "title": "x", "priority": "CRITICAL", "projectId": id(&project) })),
    );
    failed(&response, 400);
    let response = call(&server, "acme", "GET", "/tasks?status=OPEN", None);
    failed(&response, 400);
    assert_eq!(response.json["issues"][0]["path"], "status");
    let response = call(&server, "acme", "GET", "/tasks?colour=red", None);
    failed(&response, 400);
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
    let list = data(&call(&server, "acme", "GET", "/projects", None), 200);
    let projects = list.as_array().expect("an array");
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
    let page = data(
        &call(&server, "acme", "GET", "/projects?limit=1&offset=1", None),
        200,
    );
    assert_eq!(page[0]["name"], "Launch");
    let other = data(&call(&server, "globex", "GET", "/projects", None), 200);
    assert_eq!(other.as_array().map(Vec::len), Some(1));
    assert_eq!(other[0]["name"], "Secret");
    let nobody = call(&server, "initech", "GET", "/projects", None);
    assert_eq!(nobody.json, json!({ "success": true, "data": [] }));
}

#[test]
fn another_teams_rows_are_404_and_never_change() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let project_id = id(&project);
    let task = create_task(&server, "acme", &project_id, &json!({ "title": "Plan" }));
    let task_id = id(&task);
    let attempts = [
        ("GET", format!("/projects/{project_id}"), None),
        (
            "PATCH",
            format!("/projects/{project_id}"),
            Some(json!({ "name": "pwned" })),
        ),
        ("DELETE", format!("/projects/{project_id}"), None),
        (
            "PATCH",
            format!("/tasks/{task_id}"),
            Some(json!({ "title": "pwned" })),
        ),
        (
            "PATCH",
            format!("/tasks/{task_id}/status"),
            Some(json!({ "status": "DONE" })),
        ),
        ("DELETE", format!("/tasks/{task_id}"), None),
    ];
    for (method, path, body) in &attempts {
        let response = call(&server, "globex", method, path, body.as_ref());
        failed(&response, 404);
        assert_eq!(response.json["code"], "NOT_FOUND", "{method} {path}");
    }
    // Another team's project has no tasks to list and takes none.
    let listed = call(
        &server,
        "globex",
        "GET",
        &format!("/tasks?projectId={project_id}"),
        None,
    );
    assert_eq!(data(&listed, 200), json!([]));
    let planted = call(
        &server,
        "globex",
        "POST",
        "/tasks",
        Some(&json!({ "title": "planted", "projectId": project_id })),
    );
    failed(&planted, 409);
    let mine = data(
        &call(
            &server,
            "acme",
            "GET",
            &format!("/projects/{project_id}"),
            None,
        ),
        200,
    );
    assert_eq!(mine["name"], "Launch");
    let tasks: Vec<&str> = mine["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter_map(|task| task["title"].as_str())
        .collect();
    assert_eq!(tasks, ["Plan"]);
}

#[test]
fn a_project_comes_with_its_tasks_newest_first() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    for title in ["first", "second", "third"] {
        create_task(&server, "acme", &id(&project), &json!({ "title": title }));
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let response = data(
        &call(
            &server,
            "acme",
            "GET",
            &format!("/projects/{}", id(&project)),
            None,
        ),
        200,
    );
    assert_eq!(response["name"], "Launch");
    let tasks: Vec<&str> = response["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter_map(|task| task["title"].as_str())
        .collect();
    assert_eq!(tasks, ["third", "second", "first"]);
    failed(
        &call(&server, "acme", "GET", "/projects/missing", None),
        404,
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
    // Another project's task, listed without `projectId` only.
    let other = id(&create_project(&server, "acme", "Other"));
    create_task(
        &server,
        "acme",
        &other,
        &json!({ "title": "elsewhere", "priority": "LOW" }),
    );
    let everything = call(&server, "acme", "GET", "/tasks", None);
    assert_eq!(titles(&everything).len(), 6, "every project of the team");
    let path = format!("/tasks?projectId={project_id}");
    let all = call(&server, "acme", "GET", &path, None);
    assert_eq!(
        titles(&all),
        ["urgent-new", "urgent-old", "high", "medium", "low"],
        "declaration order of Priority, not alphabetical"
    );
    let todo = call(&server, "acme", "GET", &format!("{path}&status=TODO"), None);
    assert_eq!(titles(&todo), ["urgent-new", "medium", "low"]);
    let ann = call(
        &server,
        "acme",
        "GET",
        &format!("{path}&assigneeId=ann"),
        None,
    );
    assert_eq!(titles(&ann), ["urgent-new", "high", "low"]);
    let both = call(
        &server,
        "acme",
        "GET",
        &format!("{path}&assigneeId=ann&status=TODO"),
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
    let updated = data(
        &call(
            &server,
            "acme",
            "PATCH",
            &format!("/projects/{project_id}"),
            Some(&json!({ "description": "Q3", "status": "ARCHIVED" })),
        ),
        200,
    );
    assert_eq!(updated["description"], "Q3");
    assert_eq!(updated["status"], "ARCHIVED");
    assert_eq!(updated["name"], "Launch");
    assert_eq!(updated["createdAt"], project["createdAt"]);
    assert!(
        updated["updatedAt"].as_str() > project["updatedAt"].as_str(),
        "updatedAt moves: {} then {}",
        project["updatedAt"],
        updated["updatedAt"]
    );
    // NAAP answers 500 to an update of a missing id; here it is a 404.
    let missing = call(
        &server,
        "acme",
        "PATCH",
        "/projects/missing",
        Some(&json!({ "name": "x" })),
    );
    failed(&missing, 404);
    let task = create_task(&server, "acme", &project_id, &json!({ "title": "Plan" }));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let path = format!("/tasks/{}", id(&task));
    let changed = data(
        &call(
            &server,
            "acme",
            "PATCH",
            &path,
            Some(&json!({ "assigneeId": "ann", "dueDate": "2026-12-01T09:00:00+01:00" })),
        ),
        200,
    );
    assert_eq!(changed["assigneeId"], "ann");
    assert_eq!(changed["dueDate"], "2026-12-01T08:00:00.000Z");
    assert!(changed["updatedAt"].as_str() > task["updatedAt"].as_str());
    let cleared = data(
        &call(
            &server,
            "acme",
            "PATCH",
            &path,
            Some(&json!({ "assigneeId": null })),
        ),
        200,
    );
    assert_eq!(cleared["assigneeId"], Value::Null);
    assert_eq!(cleared["dueDate"], "2026-12-01T08:00:00.000Z");
    let moved = call(
        &server,
        "acme",
        "PATCH",
        &path,
        Some(&json!({ "projectId": "elsewhere" })),
    );
    failed(&moved, 400);
    assert_eq!(
        moved.json["issues"][0]["path"], "projectId",
        "a task stays in its project"
    );
    failed(
        &call(
            &server,
            "acme",
            "PATCH",
            "/tasks/missing",
            Some(&json!({ "title": "x" })),
        ),
        404,
    );
}

#[test]
fn the_quick_status_change() {
    let server = server();
    let project = create_project(&server, "acme", "Launch");
    let task = create_task(&server, "acme", &id(&project), &json!({ "title": "Plan" }));
    let path = format!("/tasks/{}/status", id(&task));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let done = data(
        &call(
            &server,
            "acme",
            "PATCH",
            &path,
            Some(&json!({ "status": "DONE" })),
        ),
        200,
    );
    assert_eq!(done["status"], "DONE");
    assert_eq!(done["title"], "Plan");
    assert!(done["updatedAt"].as_str() > task["updatedAt"].as_str());
    for bad in [
        json!({}),
        json!({ "status": "FINISHED" }),
        json!({ "status": null }),
        json!({ "status": "DONE", "title": "x" }),
        json!("DONE"),
    ] {
        let response = call(&server, "acme", "PATCH", &path, Some(&bad));
        failed(&response, 400);
    }
    failed(
        &call(
            &server,
            "acme",
            "PATCH",
            "/tasks/missing/status",
            Some(&json!({ "status": "DONE" })),
        ),
        404,
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
        &format!("/projects/{}", id(&drop)),
        None,
    );
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    assert_eq!(
        deleted.json,
        json!({ "success": true }),
        "NAAP's delete answer"
    );
    assert_eq!(block_on(db.count::<Task>()).expect("counts"), 1, "cascaded");
    assert_eq!(block_on(db.count::<Project>()).expect("counts"), 1);
    let gone = call(
        &server,
        "acme",
        "DELETE",
        &format!("/tasks/{}", id(&doomed)),
        None,
    );
    failed(&gone, 404);
    let again = call(
        &server,
        "acme",
        "DELETE",
        &format!("/projects/{}", id(&drop)),
        None,
    );
    failed(&again, 404);
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
        &format!("/tasks/{}", id(&task)),
        None,
    );
    assert_eq!(deleted.json, json!({ "success": true }));
    let list = data(&call(&server, "acme", "GET", "/projects", None), 200);
    assert_eq!(list[0]["taskCount"], 0);
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
    let tasks = format!("/tasks?projectId={project}");
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
        let listed = data(&call(&server, "t1", "GET", &tasks, None), 200);
        let read = listed
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
            "PATCH",
            &format!("/tasks/{}", id(&created)),
            Some(&json!({ "dueDate": sent })),
        );
        assert_eq!(data(&updated, 200)["dueDate"], stored, "{sent}");
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
        for (method, path, body) in [
            (
                "POST",
                "/tasks".to_owned(),
                json!({ "title": "t", "dueDate": sent, "projectId": project }),
            ),
            (
                "PATCH",
                format!("/tasks/{task}"),
                json!({ "title": "t", "dueDate": sent }),
            ),
        ] {
            let response = call(&server, "t1", method, &path, Some(&body));
            failed(&response, 400);
            assert_eq!(
                response.json["issues"][0]["path"], "dueDate",
                "{method} {sent}"
            );
        }
    }
    let listed = data(&call(&server, "t1", "GET", &tasks, None), 200);
    assert_eq!(
        listed.as_array().map(Vec::len),
        Some(6),
        "nothing refused was written"
    );
}

#[test]
fn a_naap_client_creates_a_task_with_project_id_in_the_body() {
    let server = server();
    let project = id(&create_project(&server, "acme", "Launch"));
    let task = create_task(
        &server,
        "acme",
        &project,
        &json!({ "title": "Set up CI/CD", "priority": "HIGH" }),
    );
    assert_eq!(task["projectId"], project);
    assert_eq!(task["priority"], "HIGH");
    for (body, field) in [
        (json!({ "title": "no project" }), "projectId"),
        (json!({ "title": "x", "projectId": "" }), "projectId"),
        (json!({ "title": "x", "projectId": 7 }), "projectId"),
        (json!({ "title": "x", "projectId": null }), "projectId"),
        (json!({ "projectId": project }), "title"),
    ] {
        let response = call(&server, "acme", "POST", "/tasks", Some(&body));
        failed(&response, 400);
        let paths: Vec<&str> = response.json["issues"]
            .as_array()
            .expect("issues")
            .iter()
            .filter_map(|issue| issue["path"].as_str())
            .collect();
        assert_eq!(paths, [field], "{body}");
    }
    let missing = call(
        &server,
        "acme",
        "POST",
        "/tasks",
        Some(&json!({ "title": "x", "projectId": "no-such-project" })),
    );
    failed(&missing, 409);
    let listed = call(&server, "acme", "GET", "/tasks", None);
    assert_eq!(
        titles(&listed),
        ["Set up CI/CD"],
        "nothing refused was written"
    );
}

#[test]
fn puts_are_not_naap_routes() {
    let server = server();
    let project = id(&create_project(&server, "acme", "Launch"));
    let response = call(
        &server,
        "acme",
        "PUT",
        &format!("/projects/{project}"),
        Some(&json!({ "name": "x" })),
    );
    assert_eq!(response.status, 405);
    // The path is the plugin's: its 405 is in the plugin's envelope, as every other error.
    assert_eq!(response.json["success"], false, "{}", response.text);
    assert_eq!(response.json["code"], "METHOD_NOT_ALLOWED");
    assert!(response.json["error"].is_string(), "{}", response.text);
    let allow = response.allow.expect("Allow");
    assert!(allow.contains("PATCH") && !allow.contains("PUT"), "{allow}");
    assert_eq!(
        call(
            &server,
            "acme",
            "GET",
            &format!("/projects/{project}/tasks"),
            None
        )
        .status,
        404,
        "tasks are no longer nested under their project"
    );
}

#[test]
fn the_plugin_health_check_answers_as_naap_and_the_stack_keeps_its_own() {
    let server = server();
    let plugin = server.get(&at("/health"));
    assert_eq!(plugin.status, 200, "{}", plugin.text);
    assert_eq!(
        plugin.json,
        json!({ "status": "ok", "plugin": "task-tracker" })
    );
    let stack = server.get("/health");
    assert_eq!(stack.status, 200, "{}", stack.text);
    assert_eq!(stack.json, json!({ "status": "ok" }));
}

#[test]
fn the_document_describes_the_envelope() {
    let document = serde_json::to_value(tracker_example::stack().openapi()).expect("JSON");
    let operation = &document["paths"][at("/projects/{id}")]["patch"];
    let success = &operation["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(success["required"], json!(["success", "data"]));
    assert_eq!(success["properties"]["success"]["enum"], json!([true]));
    assert_eq!(
        success["properties"]["data"]["$ref"],
        "#/components/schemas/tracker.Project"
    );
    let not_found = &operation["responses"]["404"]["content"]["application/problem+json"]["schema"];
    assert_eq!(not_found["$ref"], "#/components/schemas/EnvelopedProblem");
    let deleted = &document["paths"][at("/tasks/{id}")]["delete"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(deleted["required"], json!(["success"]));
    assert!(deleted["properties"].get("data").is_none(), "{deleted}");
    let health = &document["paths"][at("/health")]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(
        health["$ref"], "#/components/schemas/tracker.PluginHealth",
        "not enveloped: the view itself"
    );
    assert_eq!(
        document["components"]["schemas"]["tracker.PluginHealth"]["required"],
        json!(["status", "plugin"])
    );
}

#[test]
fn the_page_size_is_capped_by_the_plugins_options() {
    let server = TestServer::start(tracker_example::stack_of(
        tracker_example::tracker::plugin()
            .options(tracker_example::tracker::TrackerOptions { max_page_size: 1 }),
    ));
    create_project(&server, "team-a", "One");
    create_project(&server, "team-a", "Two");
    let page = call(&server, "team-a", "GET", "/projects?limit=50", None);
    assert_eq!(
        data(&page, 200).as_array().map(Vec::len),
        Some(1),
        "{}",
        page.text
    );
    let default = TestServer::start(tracker_example::stack());
    create_project(&default, "team-a", "One");
    create_project(&default, "team-a", "Two");
    let page = call(&default, "team-a", "GET", "/projects?limit=50", None);
    assert_eq!(data(&page, 200).as_array().map(Vec::len), Some(2));
}
