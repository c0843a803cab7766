//! HTTP behaviour of the Todo example on SQLite: every route, every error status.

use btst_runtime::testing::{TestServer, Value, json};

fn server() -> TestServer {
    TestServer::start(todo_example::stack())
}

fn create(server: &TestServer, title: &str) -> Value {
    let response = server.post("/api/data/todos", &json!({ "title": title }));
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

#[test]
fn create_returns_201_with_the_stored_todo() {
    let server = server();
    let todo = create(&server, "write tests");
    assert_eq!(todo["title"], "write tests");
    assert_eq!(todo["completed"], false);
    assert_eq!(todo["id"].as_str().map(str::len), Some(36));
    assert!(
        todo["createdAt"]
            .as_str()
            .is_some_and(|at| at.ends_with('Z'))
    );
    let keys: Vec<_> = todo.as_object().expect("object").keys().cloned().collect();
    assert_eq!(keys, ["completed", "createdAt", "id", "title"]);
}

#[test]
fn list_is_newest_first_and_paged() {
    let server = server();
    for title in ["one", "two", "three"] {
        create(&server, title);
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let list = server.get("/api/data/todos");
    assert_eq!(list.status, 200);
    let titles: Vec<_> = list
        .json
        .as_array()
        .expect("array")
        .iter()
        .map(|todo| todo["title"].clone())
        .collect();
    assert_eq!(titles, [json!("three"), json!("two"), json!("one")]);
    let page = server.get("/api/data/todos?limit=1&offset=1");
    assert_eq!(page.json.as_array().map(Vec::len), Some(1));
    assert_eq!(page.json[0]["title"], "two");
}

#[test]
fn list_bounds_are_enforced() {
    let server = server();
    for query in [
        "limit=0",
        "limit=101",
        "offset=-1",
        "limit=abc",
        "sort=title",
    ] {
        let response = server.get(&format!("/api/data/todos?{query}"));
        assert_eq!(response.status, 400, "{query}: {}", response.text);
        assert_eq!(response.json["code"], "VALIDATION_ERROR");
    }
}

#[test]
fn update_changes_only_the_given_fields() {
    let server = server();
    let todo = create(&server, "draft");
    let id = todo["id"].as_str().expect("id");
    let response = server.put(
        &format!("/api/data/todos/{id}"),
        &json!({ "completed": true }),
    );
    assert_eq!(response.status, 200, "{}", response.text);
    assert_eq!(response.json["completed"], true);
    assert_eq!(response.json["title"], "draft");
    assert_eq!(response.json["createdAt"], todo["createdAt"]);
    let renamed = server.put(
        &format!("/api/data/todos/{id}"),
        &json!({ "title": "final" }),
    );
    assert_eq!(renamed.json["title"], "final");
    assert_eq!(renamed.json["completed"], true);
}

#[test]
fn delete_answers_success_then_404() {
    let server = server();
    let id = create(&server, "gone")["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let deleted = server.delete(&format!("/api/data/todos/{id}"));
    assert_eq!(
        (deleted.status, deleted.json.clone()),
        (200, json!({ "success": true }))
    );
    let again = server.delete(&format!("/api/data/todos/{id}"));
    assert_eq!(again.status, 404);
    assert_eq!(again.json["code"], "NOT_FOUND");
    assert_eq!(server.get("/api/data/todos").json, json!([]));
}

#[test]
fn unknown_ids_are_404_problems() {
    let server = server();
    let response = server.put(
        "/api/data/todos/does-not-exist",
        &json!({ "completed": true }),
    );
    assert_eq!(response.status, 404);
    assert_eq!(response.content_type, "application/problem+json");
    assert_eq!(response.json["status"], 404);
}

#[test]
fn validation_lists_every_issue() {
    let server = server();
    let response = server.post(
        "/api/data/todos",
        &json!({ "title": "", "completed": "yes", "createdAt": "2026-01-01T00:00:00Z", "extra": 1 }),
    );
    assert_eq!(response.status, 400, "{}", response.text);
    assert_eq!(response.content_type, "application/problem+json");
    assert_eq!(response.json["code"], "VALIDATION_ERROR");
    let issues: Vec<(String, String)> = response.json["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|issue| {
            (
                issue["path"].as_str().unwrap_or("").to_owned(),
                issue["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        issues,
        [
            (
                "createdAt".to_owned(),
                "is set by the server and cannot be sent".to_owned()
            ),
            ("extra".to_owned(), "unknown field".to_owned()),
            (
                "title".to_owned(),
                "must be at least 1 character long".to_owned()
            ),
            ("completed".to_owned(), "expected a boolean".to_owned()),
        ]
    );
    assert_eq!(
        server.get("/api/data/todos").json,
        json!([]),
        "nothing was written"
    );
}

#[test]
fn missing_required_and_overlong_fields_are_400() {
    let server = server();
    let missing = server.post("/api/data/todos", &json!({}));
    assert_eq!(
        missing.json["issues"],
        json!([{ "path": "title", "message": "is required" }])
    );
    let long = server.post("/api/data/todos", &json!({ "title": "😀".repeat(201) }));
    assert_eq!(long.status, 400);
    let fits = server.post("/api/data/todos", &json!({ "title": "😀".repeat(200) }));
    assert_eq!(fits.status, 201, "200 emoji are 200 characters");
}

#[test]
fn malformed_json_is_400() {
    let server = server();
    let response = server.request(
        "POST",
        "/api/data/todos",
        Some("application/json"),
        Some(b"{\"title\":"),
    );
    assert_eq!(response.status, 400);
    assert_eq!(response.json["code"], "BAD_REQUEST");
    let not_utf8 = server.request(
        "POST",
        "/api/data/todos",
        Some("application/json"),
        Some(b"{\"title\":\"\xff\"}"),
    );
    assert_eq!(not_utf8.status, 400);
}

#[test]
fn wrong_or_missing_content_type_is_415() {
    let server = server();
    for content_type in [Some("text/plain"), None] {
        let response = server.request(
            "POST",
            "/api/data/todos",
            content_type,
            Some(br#"{"title":"x"}"#),
        );
        assert_eq!(response.status, 415, "{content_type:?}");
        assert_eq!(response.json["code"], "UNSUPPORTED_MEDIA_TYPE");
    }
}

#[test]
fn bodies_over_the_limit_are_413() {
    let server = server();
    let body = format!(r#"{{"title":"{}"}}"#, "x".repeat(300 * 1024));
    let response = server.request(
        "POST",
        "/api/data/todos",
        Some("application/json"),
        Some(body.as_bytes()),
    );
    assert_eq!(response.status, 413);
    assert_eq!(response.content_type, "application/problem+json");
}

#[test]
fn undeclared_methods_are_405_with_allow() {
    let server = server();
    let collection = server.request("PATCH", "/api/data/todos", None, None);
    assert_eq!(
        (collection.status, collection.allow.as_deref()),
        (405, Some("GET, HEAD, POST"))
    );
    let item = server.get("/api/data/todos/some-id");
    assert_eq!(
        (item.status, item.allow.as_deref()),
        (405, Some("PUT, DELETE"))
    );
    assert_eq!(item.content_type, "application/problem+json");
}

#[test]
fn unknown_paths_are_404_problems() {
    let server = server();
    let response = server.get("/api/data/nothing-here");
    assert_eq!(response.status, 404);
    assert_eq!(response.content_type, "application/problem+json");
}

#[test]
fn health_openapi_and_docs_are_served() {
    let server = server();
    assert_eq!(server.get("/health").json, json!({ "status": "ok" }));
    let post_health = server.request("POST", "/health", None, None);
    assert_eq!(
        (post_health.status, post_health.allow.as_deref()),
        (405, Some("GET, HEAD"))
    );
    let openapi = server.get("/openapi.json");
    assert_eq!(openapi.json["openapi"], "3.1.0");
    assert!(openapi.json["paths"]["/api/data/todos/{id}"]["put"].is_object());
    let docs = server.get("/docs/");
    assert_eq!(docs.status, 200);
    assert!(docs.text.contains("swagger-ui"), "Swagger UI's page");
    let script = server.get("/docs/swagger-ui-bundle.js");
    assert_eq!(
        script.status, 200,
        "the UI's script is served locally, not from a CDN"
    );
}
