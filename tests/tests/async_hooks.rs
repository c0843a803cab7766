//! Hooks are `async`: one that awaits does not hold up its actix worker; a write's hooks share
//! the request's transaction through `HookContext::db`; and a hook's error, panic or
//! cancellation (the client went away) leaves no transaction open and no row written.
//!
//! Nothing here waits on the clock to decide an outcome: the hooks signal each step on a
//! channel, and the timeouts only bound how long a broken build may hang.

use std::future::Future;
use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

use btst_runtime::prelude::*;
use btst_runtime::testing::{TestServer, block_on, json};
use todo_example::todos;

/// How long a step may take before the test fails rather than hangs.
const BOUND: Duration = Duration::from_secs(30);

/// What a test's hooks do in `after_create_todo`, keyed by the todo's title.
#[derive(Clone, Default)]
struct Hooks {
    /// Told when a hook reaches the point the test waits for.
    reached: Arc<Mutex<Option<Sender<&'static str>>>>,
    /// Released by `before_list_todos`: a create parked on it resumes.
    release: Arc<tokio::sync::Notify>,
}

impl Hooks {
    fn tell(&self, what: &'static str) {
        if let Some(sender) = &*self.reached.lock().expect("not poisoned") {
            let _ = sender.send(what);
        }
    }
}

/// Sends `dropped` when the hook's future is dropped before it finished.
struct OnDrop(Hooks);

impl Drop for OnDrop {
    fn drop(&mut self) {
        self.0.tell("dropped");
    }
}

impl todos::Hooks for Hooks {
    async fn before_create_todo(
        &self,
        context: &HookContext<'_>,
        body: &todos::NewTodo,
    ) -> ApiResult<()> {
        match body.title.as_str() {
            "parked" => {
                self.tell("parked");
                self.release.notified().await;
                Ok(())
            }
            "denied after a write" => {
                context
                    .db()
                    .create(todos::NewTodo {
                        title: "written by the hook".to_owned(),
                        completed: None,
                    })
                    .await?;
                Err(ApiError::forbidden("no"))
            }
            "with a companion" => {
                context
                    .db()
                    .create(todos::NewTodo {
                        title: "companion".to_owned(),
                        completed: None,
                    })
                    .await?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    async fn after_create_todo(&self, _: &HookContext<'_>, todo: &todos::Todo) -> ApiResult<()> {
        // Yield once first, so each outcome below comes from a resumed future.
        yield_once().await;
        match todo.title.as_str() {
            "fails" => Err(ApiError::conflict("the after hook refuses")),
            "panics" => panic!("the after hook panics"),
            "abandoned" => {
                let _guard = OnDrop(self.clone());
                self.tell("waiting");
                std::future::pending::<()>().await;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    async fn before_list_todos(&self, _: &HookContext<'_>, _: &Page) -> ApiResult<()> {
        self.release.notify_one();
        Ok(())
    }
}

/// Pending once (waking itself at once), then ready: the caller's future is suspended and
/// resumed.
fn yield_once() -> impl Future<Output = ()> {
    let mut yielded = false;
    std::future::poll_fn(move |cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
}

fn server(hooks: &Hooks) -> (TestServer, Receiver<&'static str>) {
    let (sender, receiver) = mpsc::channel();
    *hooks.reached.lock().expect("not poisoned") = Some(sender);
    let stack = Stack::new()
        .base_path("/api/data")
        .workers(1)
        .plugin(todos::plugin().hooks(hooks.clone()));
    (TestServer::start(stack), receiver)
}

fn titles(server: &TestServer) -> Vec<String> {
    let mut titles: Vec<String> = server
        .get("/api/data/todos")
        .json
        .as_array()
        .expect("a list")
        .iter()
        .map(|todo| todo["title"].as_str().expect("a title").to_owned())
        .collect();
    titles.sort();
    titles
}

#[test]
fn a_hook_that_awaits_leaves_its_worker_free_for_other_requests() {
    let hooks = Hooks::default();
    let (server, reached) = server(&hooks);
    let server = Arc::new(server);
    let (done, finished) = mpsc::channel();
    let creating = Arc::clone(&server);
    thread::spawn(move || {
        let response = creating.post("/api/data/todos", &json!({ "title": "parked" }));
        let _ = done.send(response.status);
    });
    assert_eq!(reached.recv_timeout(BOUND), Ok("parked"));
    // One worker, and the create's before hook is parked on it: the list is served only if the
    // parked hook left the worker free. Its own before hook releases the create.
    let (listed, list) = mpsc::channel();
    let listing = Arc::clone(&server);
    thread::spawn(move || {
        let _ = listed.send(listing.get("/api/data/todos").status);
    });
    assert_eq!(list.recv_timeout(BOUND), Ok(200), "the list was served");
    assert_eq!(finished.recv_timeout(BOUND), Ok(201), "the create resumed");
    assert_eq!(titles(&server), ["parked"]);
}

#[test]
fn an_after_hook_that_fails_or_panics_after_awaiting_writes_nothing() {
    let hooks = Hooks::default();
    let (server, _reached) = server(&hooks);
    let failed = server.post("/api/data/todos", &json!({ "title": "fails" }));
    assert_eq!(failed.status, 409, "{}", failed.text);
    let panicked = server.post("/api/data/todos", &json!({ "title": "panics" }));
    assert_eq!(panicked.status, 500, "{}", panicked.text);
    assert_eq!(panicked.json["code"], "INTERNAL_ERROR");
    assert_eq!(titles(&server), Vec::<String>::new(), "both rolled back");
    let fine = server.post("/api/data/todos", &json!({ "title": "fine" }));
    assert_eq!(fine.status, 201, "the database is free: {}", fine.text);
}

#[test]
fn a_hook_writes_in_the_request_transaction_through_its_context() {
    let hooks = Hooks::default();
    let (server, _reached) = server(&hooks);
    let denied = server.post(
        "/api/data/todos",
        &json!({ "title": "denied after a write" }),
    );
    assert_eq!(denied.status, 403, "{}", denied.text);
    assert_eq!(
        titles(&server),
        Vec::<String>::new(),
        "the denial rolled back the hook's own write"
    );
    let created = server.post("/api/data/todos", &json!({ "title": "with a companion" }));
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(
        titles(&server),
        ["companion", "with a companion"],
        "the hook's write committed with the endpoint's"
    );
}

#[test]
fn a_request_dropped_mid_hook_leaves_no_row_and_no_open_transaction() {
    let hooks = Hooks::default();
    let (server, reached) = server(&hooks);
    let address = server.url("").trim_start_matches("http://").to_owned();
    let body = json!({ "title": "abandoned" }).to_string();
    let mut client = TcpStream::connect(&address).expect("connects");
    write!(
        client,
        "POST /api/data/todos HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("sends");
    assert_eq!(
        reached.recv_timeout(BOUND),
        Ok("waiting"),
        "the row is written, uncommitted"
    );
    // actix-web lets a handler run on after its client hangs up; a request's future is dropped
    // when the server stops without waiting for it (or its grace period ends).
    drop(client);
    server.stop();
    assert_eq!(
        reached.recv_timeout(BOUND),
        Ok("dropped"),
        "the server dropped the request in its hook"
    );
    let stack = server.stack();
    let left = block_on(stack.api::<todos::RawApi>().list_todos()).expect("reads");
    assert!(left.is_empty(), "nothing committed: {left:?}");
    // The transaction (and, on SQLite, the write turn) ended with the request: the next write
    // goes straight through.
    let next = block_on(stack.db().create(todos::NewTodo {
        title: "next".to_owned(),
        completed: None,
    }))
    .expect("writes");
    assert_eq!(next.title, "next");
}

#[test]
fn a_request_past_the_stacks_request_timeout_is_a_503_and_writes_nothing() {
    let hooks = Hooks::default();
    let (sender, reached) = mpsc::channel();
    *hooks.reached.lock().expect("not poisoned") = Some(sender);
    let stack = Stack::new()
        .base_path("/api/data")
        .request_timeout(Duration::from_millis(300))
        .plugin(todos::plugin().hooks(hooks.clone()));
    let server = TestServer::start(stack);
    let response = server.send_json(
        "POST",
        "/api/data/todos",
        &[("x-request-id", "timed-out-1")],
        &json!({ "title": "abandoned" }),
    );
    assert_eq!(response.status, 503, "{:?}", response.json);
    assert_eq!(response.header("x-request-id"), Some("timed-out-1"));
    assert_eq!(response.json["code"], "SERVICE_UNAVAILABLE");
    assert_eq!(
        response.json["detail"],
        "the request took longer than the server's limit of 300 ms"
    );
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(reached.recv_timeout(BOUND), Ok("waiting"));
    assert_eq!(
        reached.recv_timeout(BOUND),
        Ok("dropped"),
        "the hook's future was dropped at the deadline"
    );
    // The transaction ended with the request: nothing stored, and the next write (which takes
    // SQLite's write turn) goes through at once.
    assert!(titles(&server).is_empty(), "nothing committed");
    let next = server.post("/api/data/todos", &json!({ "title": "next" }));
    assert_eq!(next.status, 201, "{:?}", next.json);
    assert_eq!(titles(&server), ["next"]);
}
