//! The span and closing line per request: written when `INFO` is enabled as the server starts. A test binary
//! of its own, because the subscriber it installs is global (the server logs from its own
//! threads).

use std::io;
use std::sync::{Arc, Mutex};

use btst_runtime::testing::{TestServer, json};

/// What the subscriber wrote.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn each_request_is_a_span_with_its_route_id_and_trace_and_one_closing_line() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish(),
    )
    .expect("the only subscriber of this test binary");

    let server = TestServer::start(todo_example::stack());
    let created = server.post("/api/data/todos", &json!({ "title": "logged" }));
    assert_eq!(created.status, 201, "{}", created.text);
    let made_id = created.header("x-request-id").expect("an id").to_owned();
    let traced = server.send(
        "GET",
        "/api/data/todos/nope",
        &[
            ("x-request-id", "gateway-7"),
            (
                "traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            ),
        ],
        None,
    );
    assert_eq!(traced.status, 405);
    assert_eq!(traced.header("x-request-id"), Some("gateway-7"));
    // Routed as a `GET`, logged as the `HEAD` it was.
    assert_eq!(server.request("HEAD", "/health", None, None).status, 200);
    drop(server);

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).expect("UTF-8");
    let lines: Vec<&str> = log
        .lines()
        .filter(|line| line.contains(": request "))
        .collect();
    assert_eq!(lines.len(), 3, "one line per request:\n{log}");
    for expected in [
        "method=POST",
        "route=\"/api/data/todos\"",
        "path=\"/api/data/todos\"",
        &format!("request_id={made_id}"),
        "status=201",
        "latency_ms=",
    ] {
        assert!(lines[0].contains(expected), "`{expected}` in {}", lines[0]);
    }
    for expected in [
        "method=GET",
        "route=\"/api/data/todos/{id}\"",
        "request_id=gateway-7",
        "trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"",
        "parent_span_id=\"00f067aa0ba902b7\"",
        "status=405",
    ] {
        assert!(lines[1].contains(expected), "`{expected}` in {}", lines[1]);
    }
    assert!(
        lines[2].contains("method=HEAD") && lines[2].contains("route=\"/health\""),
        "{}",
        lines[2]
    );
}
