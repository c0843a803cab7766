//! Test support (feature `testing`): [`TestServer`] runs a Stack on a fresh SQLite file on a
//! loopback port in a background thread, and answers requests with a small blocking client.

use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;

use actix_web::dev::ServerHandle;
pub use serde_json::{Value, json};

use crate::stack::{OpenStack, Stack};

/// A running Stack for tests; stopped, and its database file removed, on drop.
#[derive(Debug)]
pub struct TestServer {
    base: String,
    handle: ServerHandle,
    stack: OpenStack,
    database: PathBuf,
    agent: ureq::Agent,
}

/// A response: status, headers of interest, and the body as JSON (`Value::Null` when empty or not
/// JSON; the raw text is kept).
#[derive(Debug, Clone)]
pub struct TestResponse {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: String,
    /// The `Allow` header, if any.
    pub allow: Option<String>,
    /// The `Retry-After` header, if any.
    pub retry_after: Option<String>,
    /// The body, parsed as JSON.
    pub json: Value,
    /// The body as text.
    pub text: String,
}

impl TestServer {
    /// Opens `stack` on a new SQLite file in the temp directory and serves it on 127.0.0.1.
    pub fn start(stack: Stack) -> Self {
        let database =
            std::env::temp_dir().join(format!("btst-test-{}.db", crate::model::new_id()));
        let stack = stack
            .open(&format!("sqlite://{}", database.display()))
            .expect("the stack opens");
        let (sender, receiver) = mpsc::channel();
        let serving = stack.clone();
        thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let (server, addresses) = serving
                    .start(("127.0.0.1", 0))
                    .expect("binds a loopback port");
                sender
                    .send((server.handle(), addresses[0]))
                    .expect("the test waits");
                server.await
            })
        });
        let (handle, address) = receiver.recv().expect("the server starts");
        let agent = ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .build(),
        );
        Self {
            base: format!("http://{address}"),
            handle,
            stack,
            database,
            agent,
        }
    }

    /// The opened stack (database, getters).
    pub fn stack(&self) -> &OpenStack {
        &self.stack
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends a request; `body` is sent as-is with `content_type` when given.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: Option<&[u8]>,
    ) -> TestResponse {
        let headers: Vec<(&str, &str)> = content_type
            .map(|value| ("content-type", value))
            .into_iter()
            .collect();
        self.send(method, path, &headers, body)
    }

    /// Sends a request with these headers and body.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> TestResponse {
        let mut request = ureq::http::Request::builder()
            .method(method)
            .uri(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(body.map(<[u8]>::to_vec).unwrap_or_default())
            .expect("a valid request");
        let mut response = self.agent.run(request).expect("the server answers");
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let allow = header("allow");
        let retry_after = header("retry-after");
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        TestResponse {
            status: response.status().as_u16(),
            content_type,
            allow,
            retry_after,
            json,
            text,
        }
    }

    /// `GET path`.
    pub fn get(&self, path: &str) -> TestResponse {
        self.request("GET", path, None, None)
    }

    /// `DELETE path`.
    pub fn delete(&self, path: &str) -> TestResponse {
        self.request("DELETE", path, None, None)
    }

    /// `POST path` with a JSON body.
    pub fn post(&self, path: &str, body: &Value) -> TestResponse {
        self.request(
            "POST",
            path,
            Some("application/json"),
            Some(body.to_string().as_bytes()),
        )
    }

    /// `PUT path` with a JSON body.
    pub fn put(&self, path: &str, body: &Value) -> TestResponse {
        self.request(
            "PUT",
            path,
            Some("application/json"),
            Some(body.to_string().as_bytes()),
        )
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        actix_web::rt::System::new().block_on(self.handle.stop(false));
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.database.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }
}

/// [`Stack::block_on`](crate::Stack::block_on), for tests.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    crate::Stack::block_on(future)
}

/// Deserialises a JSON value into `T`, panicking with the error: for building inputs in tests.
pub fn json_to<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the JSON fits the type")
}
