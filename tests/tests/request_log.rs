//! The log line per request: written when `INFO` is enabled as the server starts. A test binary
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
fn each_request_is_logged_with_method_path_status_and_latency() {
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
    assert_eq!(server.get("/api/data/todos/nope").status, 405);
    drop(server);

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).expect("UTF-8");
    let lines: Vec<&str> = log
        .lines()
        .filter(|line| line.contains(" request "))
        .collect();
    assert_eq!(lines.len(), 2, "one line per request:\n{log}");
    assert!(
        lines[0].contains("method=POST")
            && lines[0].contains("path=\"/api/data/todos\"")
            && lines[0].contains("status=201")
            && lines[0].contains("latency_ms="),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("method=GET") && lines[1].contains("status=405"),
        "{}",
        lines[1]
    );
}
