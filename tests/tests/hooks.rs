//! The generated hook call sites: before (may deny), after, on error, in order, with the data.

use btst_runtime::testing::{TestServer, json};
use btst_tests::{GuardHooks, Recorder};

use todo_example::todos;

fn guarded() -> (TestServer, Recorder) {
    let recorder = Recorder::default();
    let stack = btst_runtime::Stack::new()
        .base_path("/api/data")
        .plugin(todos::plugin().hooks(GuardHooks(recorder.clone())));
    (TestServer::start(stack), recorder)
}

#[test]
fn a_denying_before_hook_answers_403_and_writes_nothing() {
    let (server, recorder) = guarded();
    let response = server.post("/api/data/todos", &json!({ "title": "sneaky" }));
    assert_eq!(response.status, 403, "{}", response.text);
    assert_eq!(response.content_type, "application/problem+json");
    assert_eq!(response.json["code"], "FORBIDDEN");
    assert_eq!(
        response.json["detail"],
        "an `authorization` header is required"
    );
    assert_eq!(
        recorder.calls(),
        ["before_create_todo sneaky"],
        "no after hook for a denied request"
    );
    assert_eq!(server.get("/api/data/todos").json, json!([]));
}

#[test]
fn before_and_after_run_in_order_with_the_input_and_result() {
    let (server, recorder) = guarded();
    let body = json!({ "title": "allowed" }).to_string();
    let response = server.request(
        "POST",
        "/api/data/todos",
        Some("application/json"),
        Some(body.as_bytes()),
    );
    assert_eq!(response.status, 403);
    let with_auth = server_post_with_auth(&server, &body);
    assert_eq!(with_auth, 201);
    assert_eq!(
        recorder.calls(),
        [
            "before_create_todo allowed",
            "before_create_todo allowed",
            "after_create_todo allowed",
            "after_create_todo_committed allowed"
        ]
    );
}

#[test]
fn error_hooks_see_the_error() {
    let (server, recorder) = guarded();
    let response = server.put("/api/data/todos/missing", &json!({ "completed": true }));
    assert_eq!(response.status, 404);
    assert_eq!(
        recorder.calls(),
        ["before_update_todo 7", "on_update_todo_error 404"]
    );
}

#[test]
fn validation_errors_never_reach_the_hooks() {
    let (server, recorder) = guarded();
    let response = server.post("/api/data/todos", &json!({ "title": 5 }));
    assert_eq!(response.status, 400);
    assert!(recorder.calls().is_empty());
}

fn server_post_with_auth(server: &TestServer, body: &str) -> u16 {
    let headers = [
        ("content-type", "application/json"),
        ("authorization", "Bearer test"),
    ];
    server
        .send("POST", "/api/data/todos", &headers, Some(body.as_bytes()))
        .status
}
