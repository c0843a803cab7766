//! What must never go wrong: panics, a busy pool, unique violations, concurrent writers.

use std::time::Duration;

use btst_runtime::testing::{TestServer, json};

#[test]
fn a_panicking_endpoint_is_a_500_and_the_server_keeps_serving() {
    let server = TestServer::start(btst_tests::probe_stack());
    for _ in 0..3 {
        let response = server.get("/probe/panic");
        assert_eq!(response.status, 500);
        assert_eq!(response.content_type, "application/problem+json");
        assert_eq!(response.json["code"], "INTERNAL_ERROR");
        assert!(
            !response.text.contains("on purpose"),
            "the panic message is logged, not sent"
        );
    }
    assert_eq!(server.get("/health").status, 200);
}

#[test]
fn a_panicking_identity_provider_is_a_500_before_any_write() {
    let stack = todo_example::stack().identity(
        |_: &btst_runtime::HeaderMap| -> btst_runtime::ApiResult<_> {
            panic!("the provider panicked on purpose")
        },
    );
    let server = TestServer::start(stack);
    for _ in 0..2 {
        let response = server.post("/api/data/todos", &json!({ "title": "never stored" }));
        assert_eq!(response.status, 500, "{}", response.text);
        assert_eq!(response.content_type, "application/problem+json");
        assert_eq!(response.json["code"], "INTERNAL_ERROR");
        assert!(!response.text.contains("on purpose"), "logged, not sent");
    }
    assert_eq!(
        server.get("/health").status,
        200,
        "the server keeps serving"
    );
    assert_eq!(
        server.get("/api/data/todos").status,
        500,
        "reads ask it too"
    );
    let count =
        btst_runtime::testing::block_on(server.stack().db().count::<todo_example::todos::Todo>());
    assert_eq!(count.expect("counts"), 0, "nothing was written");
}

#[test]
fn an_exhausted_pool_answers_503_with_retry_after_quickly() {
    let stack = btst_tests::probe_stack()
        .pool_size(1)
        .checkout_timeout(Duration::from_millis(200));
    let server = TestServer::start(stack);
    std::thread::scope(|scope| {
        let holder = scope.spawn(|| server.request("POST", "/probe/hold/1500", None, None));
        std::thread::sleep(Duration::from_millis(300));
        let started = std::time::Instant::now();
        let response = server.request("POST", "/probe/hold/0", None, None);
        assert_eq!(response.status, 503, "{}", response.text);
        assert_eq!(response.retry_after.as_deref(), Some("1"));
        assert_eq!(response.json["code"], "SERVICE_UNAVAILABLE");
        assert!(
            started.elapsed() < Duration::from_millis(1200),
            "answered at the checkout timeout, not after the holder"
        );
        assert_eq!(holder.join().expect("holder").status, 200);
    });
    assert_eq!(
        server.request("POST", "/probe/hold/0", None, None).status,
        200,
        "served again once the pool frees"
    );
}

#[test]
fn a_unique_violation_is_a_409_naming_the_field() {
    let server = TestServer::start(btst_tests::probe_stack());
    assert_eq!(
        server
            .post("/probe/tags", &json!({ "name": "rust" }))
            .status,
        201
    );
    let duplicate = server.post("/probe/tags", &json!({ "name": "rust" }));
    assert_eq!(duplicate.status, 409, "{}", duplicate.text);
    assert_eq!(duplicate.json["code"], "CONFLICT");
    assert_eq!(
        duplicate.json["detail"],
        "a record with this `name` already exists"
    );
    // As a validation error does, `issues` names the field, so a form can mark it.
    assert_eq!(
        duplicate.json["issues"],
        json!([{ "path": "name", "message": "is already taken by another record" }])
    );
    assert!(
        !duplicate.text.contains("probe_tag"),
        "no table names on the wire"
    );
}

#[test]
fn nullable_fields_patch_to_null_and_defaults_apply() {
    let server = TestServer::start(btst_tests::probe_stack());
    let tag = server.post("/probe/tags", &json!({ "name": "a", "note": "first" }));
    assert_eq!(
        (tag.json["uses"].clone(), tag.json["note"].clone()),
        (json!(0), json!("first"))
    );
    let id = tag.json["id"].as_str().expect("id");
    let cleared = server.request(
        "PATCH",
        &format!("/probe/tags/{id}"),
        Some("application/json"),
        Some(br#"{"note":null}"#),
    );
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.json["note"], json!(null));
    let untouched = server.request(
        "PATCH",
        &format!("/probe/tags/{id}"),
        Some("application/json"),
        Some(br#"{"uses":3}"#),
    );
    assert_eq!(
        (
            untouched.json["uses"].clone(),
            untouched.json["note"].clone()
        ),
        (json!(3), json!(null))
    );
    let out_of_range = server.request(
        "PATCH",
        &format!("/probe/tags/{id}"),
        Some("application/json"),
        Some(br#"{"uses":1001}"#),
    );
    assert_eq!(out_of_range.status, 400);
    let not_null = server.request(
        "PATCH",
        &format!("/probe/tags/{id}"),
        Some("application/json"),
        Some(br#"{"name":null}"#),
    );
    assert_eq!(
        not_null.json["issues"],
        json!([{ "path": "name", "message": "must not be null" }])
    );
}

#[test]
fn two_hundred_concurrent_creates_all_succeed() {
    let server = TestServer::start(todo_example::stack());
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..200)
            .map(|index| {
                let server = &server;
                scope.spawn(move || {
                    server
                        .post(
                            "/api/data/todos",
                            &json!({ "title": format!("todo {index}") }),
                        )
                        .status
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("worker"))
            .collect()
    });
    assert!(statuses.iter().all(|&status| status == 201), "{statuses:?}");
    let rows =
        btst_runtime::testing::block_on(server.stack().db().count::<todo_example::todos::Todo>())
            .expect("counts");
    assert_eq!(rows, 200);
}

#[test]
fn literal_routes_win_over_parameters_and_methods_share_a_path() {
    let server = TestServer::start(btst_tests::probe_stack());
    let tag = server.post("/probe/tags", &json!({ "name": "x" }));
    assert_eq!(
        server.get("/probe/tags/count").json,
        json!(1),
        "not taken as an id"
    );
    let id = tag.json["id"].as_str().expect("id");
    assert_eq!(server.delete(&format!("/probe/tags/{id}")).status, 200);
    let other = server.request("PUT", &format!("/probe/tags/{id}"), None, None);
    assert_eq!(
        (other.status, other.allow.as_deref()),
        (405, Some("PATCH, DELETE"))
    );
}

#[test]
fn an_explicit_null_is_kept_and_a_missing_field_gets_its_default() {
    let server = TestServer::start(btst_tests::probe_stack());
    let absent = server.post("/probe/tags", &json!({ "name": "a" }));
    assert_eq!(absent.json["color"], "grey");
    let null = server.post("/probe/tags", &json!({ "name": "b", "color": null }));
    assert_eq!(null.json["color"], json!(null));
}

#[test]
fn plugins_that_collide_are_refused_when_the_stack_opens() {
    let error = btst_tests::probe_stack()
        .plugin(btst_tests::same_route::plugin())
        .open("sqlite::memory:")
        .expect_err("one route, two plugins");
    assert_eq!(
        error.to_string(),
        "plugins `probe` and `same_route` both declare the route `POST /tags`"
    );
    let error = btst_tests::probe_stack()
        .plugin(btst_tests::probe::plugin())
        .open("sqlite::memory:")
        .expect_err("one name, two plugins");
    assert_eq!(
        error.to_string(),
        "two plugins are named `probe`: add each plugin once (a name is its tables' prefix, its \
         schema and its tag, so it is unique in a Stack)"
    );
}

#[test]
fn the_body_limit_is_configurable() {
    let server = TestServer::start(todo_example::stack().body_limit(64));
    let body = format!(r#"{{"title":"{}"}}"#, "x".repeat(80));
    let response = server.request(
        "POST",
        "/api/data/todos",
        Some("application/json"),
        Some(body.as_bytes()),
    );
    assert_eq!(response.status, 413);
    assert_eq!(
        response.json["detail"],
        "the body is larger than the limit of 64 bytes"
    );
}

#[test]
fn raw_diesel_queries_run_over_the_generated_table_on_every_backend() {
    let server = TestServer::start(btst_tests::probe_stack());
    for name in ["pear", "apple", "fig"] {
        assert_eq!(
            server.post("/probe/tags", &json!({ "name": name })).status,
            201
        );
    }
    assert_eq!(
        server.get("/probe/tags/names").json,
        json!(["apple", "fig", "pear"])
    );
}
