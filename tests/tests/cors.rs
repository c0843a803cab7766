//! CORS (`Stack::cors`): preflights answered for every route the Stack serves, the
//! `Access-Control-*` headers on actual requests from allowed origins, refusals as
//! problem+json, nothing without a policy, and a policy's mistakes refused at open.

use std::time::Duration;

use btst_runtime::testing::{TestResponse, TestServer, json};
use btst_runtime::{Cors, Stack};

const APP: &str = "http://127.0.0.1:5173";

fn server() -> TestServer {
    TestServer::start(
        tracker_example::stack().cors(
            Cors::new()
                .allowed_origin(APP)
                .supports_credentials()
                .expose_headers(["retry-after"])
                .max_age(Duration::from_mins(10)),
        ),
    )
}

fn preflight(server: &TestServer, origin: &str, method: &str, path: &str) -> TestResponse {
    server.send(
        "OPTIONS",
        path,
        &[
            ("origin", origin),
            ("access-control-request-method", method),
            (
                "access-control-request-headers",
                "content-type, x-team-id, x-user-id",
            ),
        ],
        None,
    )
}

#[test]
fn preflights_are_answered_for_every_route() {
    let server = server();
    let routes = [
        ("GET", "/api/v1/task-tracker/projects"),
        ("POST", "/api/v1/task-tracker/projects"),
        ("PATCH", "/api/v1/task-tracker/projects/some-id"),
        ("PATCH", "/api/v1/task-tracker/tasks/some-id/status"),
        ("DELETE", "/api/v1/task-tracker/tasks/some-id"),
        ("GET", "/health"),
        ("GET", "/openapi.json"),
        ("GET", "/docs/index.html"),
    ];
    for (method, path) in routes {
        let response = preflight(&server, APP, method, path);
        assert_eq!(response.status, 200, "{method} {path}: {}", response.text);
        assert_eq!(response.header("access-control-allow-origin"), Some(APP));
        assert_eq!(
            response.header("access-control-allow-credentials"),
            Some("true")
        );
        assert_eq!(response.header("access-control-max-age"), Some("600"));
        let methods = response
            .header("access-control-allow-methods")
            .expect("methods");
        assert!(methods.contains(method), "{methods}");
        let headers = response
            .header("access-control-allow-headers")
            .expect("headers")
            .to_ascii_lowercase();
        assert!(headers.contains("x-team-id"), "{headers}");
    }
}

#[test]
fn actual_requests_from_allowed_origins_carry_the_headers() {
    let server = server();
    let tenant = [("x-team-id", "t"), ("x-user-id", "u"), ("origin", APP)];
    let mut headers = tenant.to_vec();
    headers.push(("content-type", "application/json"));
    let created = server.send(
        "POST",
        "/api/v1/task-tracker/projects",
        &headers,
        Some(json!({ "name": "p" }).to_string().as_bytes()),
    );
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.header("access-control-allow-origin"), Some(APP));
    assert_eq!(
        created.header("access-control-expose-headers"),
        Some("retry-after")
    );
    let listed = server.send("GET", "/api/v1/task-tracker/projects", &tenant, None);
    assert_eq!(listed.header("access-control-allow-origin"), Some(APP));
    // Errors carry them too, so the page can read the problem.
    let missing = server.send(
        "GET",
        "/api/v1/task-tracker/projects",
        &[("origin", APP)],
        None,
    );
    assert_eq!(missing.status, 400);
    assert_eq!(missing.header("access-control-allow-origin"), Some(APP));
}

#[test]
fn other_origins_get_no_cors_headers_and_refused_preflights_are_problems() {
    let server = server();
    let refused = preflight(
        &server,
        "http://evil.example",
        "POST",
        "/api/v1/task-tracker/projects",
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(refused.content_type, "application/problem+json");
    assert_eq!(refused.json["code"], "CORS_REJECTED");
    assert_eq!(refused.header("access-control-allow-origin"), None);
    let method = preflight(&server, APP, "TRACE", "/api/v1/task-tracker/projects");
    assert_eq!(method.status, 400, "{}", method.text);
    assert_eq!(method.json["code"], "CORS_REJECTED");
    // The server answers; the browser withholds it from the page.
    let actual = server.send("GET", "/health", &[("origin", "http://evil.example")], None);
    assert_eq!(actual.status, 200);
    assert_eq!(actual.header("access-control-allow-origin"), None);
}

#[test]
fn without_a_policy_there_are_no_cors_headers() {
    let server = TestServer::start(todo_example::stack());
    let response = preflight(&server, APP, "POST", "/api/data/todos");
    assert_eq!(response.status, 405, "{}", response.text);
    assert_eq!(response.header("access-control-allow-origin"), None);
    let actual = server.send("GET", "/api/data/todos", &[("origin", APP)], None);
    assert_eq!(actual.status, 200);
    assert_eq!(actual.header("access-control-allow-origin"), None);
}

#[test]
fn a_policys_mistakes_are_refused_at_open() {
    let refused = |policy: Cors, expected: &str| {
        let error = Stack::new()
            .cors(policy)
            .open("sqlite::memory:")
            .expect_err("refused")
            .to_string();
        assert!(error.contains(expected), "{error}");
    };
    refused(Cors::new(), "allows no origin");
    refused(Cors::new().allowed_origin("*"), "allow_any_origin");
    refused(
        Cors::new().allow_any_origin().allowed_methods(["G ET"]),
        "unknown method",
    );
    Stack::new()
        .cors(Cors::new().allow_any_origin())
        .open("sqlite::memory:")
        .expect("any origin is a policy");
}
