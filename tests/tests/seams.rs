//! The Stack's seams over every plugin of the showcase (Todo, Blog, Comments under `/api`): an
//! input normaliser sees each write body before its checks, and write observers see every write
//! that committed, and nothing else. Runs on SQLite, or on the server `BTST_TEST_DATABASE_URL`
//! names.

use std::sync::{Arc, Mutex};

use btst_runtime::testing::{TestResponse, TestServer, Value, json};
use btst_runtime::{Committed, InputKind, InputOf, JsonValue, Method};

const ALICE: &str = "Bearer alice";

fn call(server: &TestServer, method: &str, path: &str, body: Option<&Value>) -> TestResponse {
    let mut headers = vec![("authorization", ALICE)];
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let body = body.map(Value::to_string);
    server.send(method, path, &headers, body.as_deref().map(str::as_bytes))
}

/// Trims every top-level string of a body, and records what each body was the input of.
fn trimming(seen: &Arc<Mutex<Vec<String>>>) -> impl Fn(&mut JsonValue, InputOf) + use<> {
    let seen = Arc::clone(seen);
    move |body: &mut JsonValue, input: InputOf| {
        let (model, kind) = input
            .model()
            .expect("every body here carries a model's fields");
        let of = match input {
            InputOf::Body { name, .. } => format!("body {name}"),
            _ => "input".to_owned(),
        };
        let kind = if kind == InputKind::Create {
            "create"
        } else {
            "update"
        };
        seen.lock()
            .expect("not poisoned")
            .push(format!("{}.{} {kind} ({of})", model.plugin, model.name));
        for value in body
            .as_object_mut()
            .into_iter()
            .flat_map(|fields| fields.values_mut())
        {
            if let JsonValue::String(text) = value {
                *text = text.trim().to_owned();
            }
        }
    }
}

#[test]
fn a_normaliser_sees_every_plugins_write_bodies_before_their_checks() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let server = TestServer::start(showcase_example::stack().normalize_input(trimming(&seen)));
    let todo = call(
        &server,
        "POST",
        "/api/todos",
        Some(&json!({"title": "  buy milk  "})),
    );
    assert_eq!(todo.status, 201, "{}", todo.text);
    assert_eq!(
        todo.json["title"], "buy milk",
        "trimmed before it was stored"
    );
    let path = format!("/api/todos/{}", todo.json["id"].as_str().expect("an id"));
    let changed = call(
        &server,
        "PUT",
        &path,
        Some(&json!({"title": " oat milk\t"})),
    );
    assert_eq!(changed.json["title"], "oat milk", "{}", changed.text);
    // The checks see the normalised body: only spaces is an empty title.
    let blank = call(
        &server,
        "POST",
        "/api/todos",
        Some(&json!({"title": "   "})),
    );
    assert_eq!(blank.status, 400, "{}", blank.text);
    let post = call(
        &server,
        "POST",
        "/api/posts",
        Some(
            &json!({"title": " Seams ", "content": "Text.", "slug": "seams", "published": true, "tags": ["news"]}),
        ),
    );
    assert_eq!(
        (post.status, &post.json["title"]),
        (201, &json!("Seams")),
        "{}",
        post.text
    );
    let comment = call(
        &server,
        "POST",
        "/api/comments",
        Some(&json!({"resourceType": "post", "resourceId": post.json["id"], "body": "  First!  "})),
    );
    assert_eq!(
        (comment.status, &comment.json["body"]),
        (201, &json!("First!")),
        "{}",
        comment.text
    );
    // Reads carry no body, and are not normalised.
    assert_eq!(call(&server, "GET", "/api/todos", None).status, 200);
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        [
            "todos.Todo create (input)",
            "todos.Todo update (input)",
            "todos.Todo create (input)",
            "blog.Post create (body CreatePost)",
            "comments.Comment create (input)",
        ]
    );
}

/// What an observer keeps of a write.
fn seen(write: &Committed) -> String {
    let caller = write
        .caller
        .as_ref()
        .map_or("nobody", |caller| caller.subject.as_str());
    format!(
        "{}.{} {:?} {} by {caller}",
        write.plugin, write.endpoint, write.method, write.status
    )
}

#[test]
fn write_observers_see_every_committed_write_and_nothing_else() {
    let writes = Arc::new(Mutex::new(Vec::new()));
    let values = Arc::new(Mutex::new(Vec::new()));
    let (kept, kept_values) = (Arc::clone(&writes), Arc::clone(&values));
    let stack = showcase_example::stack()
        .observe_writes(|write: Committed| async move {
            assert!(
                write.status != 201,
                "the first observer panics on creates: {}",
                write.endpoint
            );
        })
        .observe_writes(move |write: Committed| {
            let (kept, kept_values) = (Arc::clone(&kept), Arc::clone(&kept_values));
            async move {
                assert_ne!(write.method, Method::Get);
                kept.lock().expect("not poisoned").push(seen(&write));
                kept_values
                    .lock()
                    .expect("not poisoned")
                    .push((write.route, write.value));
            }
        });
    let server = TestServer::start(stack);
    let todo = call(
        &server,
        "POST",
        "/api/todos",
        Some(&json!({"title": "observed"})),
    );
    assert_eq!(
        todo.status, 201,
        "a panicking observer changes nothing: {}",
        todo.text
    );
    let id = todo.json["id"].as_str().expect("an id").to_owned();
    assert_eq!(
        call(&server, "GET", "/api/todos", None).json[0]["id"],
        json!(id),
        "the write stands"
    );
    // Refused or failed writes, and reads, are not observed.
    assert_eq!(
        call(&server, "POST", "/api/todos", Some(&json!({"title": ""}))).status,
        400
    );
    assert_eq!(
        call(&server, "DELETE", "/api/todos/missing", None).status,
        404
    );
    let anonymous = server.send_json(
        "POST",
        "/api/posts",
        &[],
        &json!({"title": "x", "content": "y", "slug": "x"}),
    );
    assert_eq!(
        anonymous.status, 403,
        "denied by the Blog's hook: {}",
        anonymous.text
    );
    assert_eq!(
        call(&server, "GET", &format!("/api/todos/{id}"), None).status,
        405
    );
    assert_eq!(
        call(&server, "DELETE", &format!("/api/todos/{id}"), None).status,
        200
    );
    assert_eq!(
        *writes.lock().expect("not poisoned"),
        [
            "todos.create_todo Post 201 by alice",
            "todos.delete_todo Delete 200 by alice",
        ]
    );
    let values = values.lock().expect("not poisoned");
    assert_eq!(values[0].0, "/todos");
    assert_eq!(values[0].1, todo.json, "the value answered, as JSON");
    assert_eq!(values[1], ("/todos/{id}", json!({"success": true})));
}

#[test]
fn a_normaliser_that_panics_fails_the_write_and_nothing_is_written() {
    let server = TestServer::start(showcase_example::stack().normalize_input(
        |body: &mut JsonValue, _: InputOf| {
            assert!(
                body.get("title") != Some(&json!("boom")),
                "a bug in a normaliser"
            );
        },
    ));
    let failed = call(
        &server,
        "POST",
        "/api/todos",
        Some(&json!({"title": "boom"})),
    );
    assert_eq!(failed.status, 500, "{}", failed.text);
    assert_eq!(failed.json["code"], "INTERNAL_ERROR");
    assert_eq!(call(&server, "GET", "/api/todos", None).json, json!([]));
    let fine = call(
        &server,
        "POST",
        "/api/todos",
        Some(&json!({"title": "fine"})),
    );
    assert_eq!(fine.status, 201, "the server goes on: {}", fine.text);
}
