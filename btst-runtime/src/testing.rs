//! Test support (feature `testing`): [`TestServer`] runs a Stack on a fresh database on a
//! loopback port in a background thread, and answers requests with a small blocking client.
//!
//! The database is a new SQLite file, or, when `BTST_TEST_DATABASE_URL` names a PostgreSQL
//! server (`postgres://postgres@127.0.0.1:5432/test`) or, with the `mysql` feature, a MySQL /
//! MariaDB server (`mysql://root@127.0.0.1:3306/test`), a new database created on it for this
//! server alone and dropped afterwards, so test runs never collide.

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
    /// Removed when the server is dropped, after it has stopped.
    _database: TestDatabase,
    agent: ureq::Agent,
}

/// A new, empty database for one test (see the module docs), removed on drop: what
/// [`TestServer`] opens its Stack on, for tests that open Stacks of their own.
#[derive(Debug)]
pub struct TestDatabase {
    kind: DatabaseKind,
    url: String,
}

impl TestDatabase {
    /// Creates the database.
    pub fn new() -> Self {
        let (kind, url) = DatabaseKind::create();
        Self { kind, url }
    }

    /// Its URL, for [`Stack::open`].
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Default for TestDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        self.kind.remove();
    }
}

#[derive(Debug)]
enum DatabaseKind {
    SqliteFile(PathBuf),
    Server { admin_url: String, name: String },
}

impl DatabaseKind {
    /// A new, empty database and its URL.
    fn create() -> (Self, String) {
        let id = crate::model::new_id().replace('-', "");
        match std::env::var("BTST_TEST_DATABASE_URL") {
            Ok(admin_url)
                if admin_url.starts_with("postgres") || admin_url.starts_with("mysql") =>
            {
                let name = format!("btst_test_{id}");
                admin(&admin_url, &format!("CREATE DATABASE {name}"));
                let url = match admin_url.rsplit_once('/') {
                    Some((server, _)) => format!("{server}/{name}"),
                    None => panic!("BTST_TEST_DATABASE_URL needs a database name: {admin_url}"),
                };
                (Self::Server { admin_url, name }, url)
            }
            _ => {
                let path = std::env::temp_dir().join(format!("btst-test-{id}.db"));
                let url = format!("sqlite://{}", path.display());
                (Self::SqliteFile(path), url)
            }
        }
    }

    fn remove(&self) {
        match self {
            Self::SqliteFile(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
            }
            Self::Server { admin_url, name } if admin_url.starts_with("postgres") => admin(
                admin_url,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            ),
            Self::Server { admin_url, name } => {
                admin(admin_url, &format!("DROP DATABASE IF EXISTS {name}"));
            }
        }
    }
}

fn admin(url: &str, sql: &str) {
    use diesel::Connection as _;
    use diesel::connection::SimpleConnection as _;
    let result = if url.starts_with("postgres") {
        diesel::PgConnection::establish(url)
            .expect("BTST_TEST_DATABASE_URL answers")
            .batch_execute(sql)
    } else {
        mysql_admin(url, sql)
    };
    result.expect("the test database statement runs");
}

#[cfg(feature = "mysql")]
fn mysql_admin(url: &str, sql: &str) -> diesel::QueryResult<()> {
    use diesel::Connection as _;
    use diesel::connection::SimpleConnection as _;
    diesel::MysqlConnection::establish(url)
        .expect("BTST_TEST_DATABASE_URL answers")
        .batch_execute(sql)
}

#[cfg(not(feature = "mysql"))]
fn mysql_admin(url: &str, _: &str) -> diesel::QueryResult<()> {
    panic!("BTST_TEST_DATABASE_URL is `{url}`, but this build has no `mysql` feature")
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
    /// Every header, names in lower case, in the order received (visible ASCII values only).
    pub headers: Vec<(String, String)>,
    /// The body, parsed as JSON.
    pub json: Value,
    /// The body as text.
    pub text: String,
    /// The body as received (still compressed when the server compressed it).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    /// The first value of the header `name` (lower case), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

impl TestServer {
    /// Opens `stack` on a new database (see the module docs) and serves it on 127.0.0.1.
    pub fn start(stack: Stack) -> Self {
        let database = TestDatabase::new();
        let stack = stack.open(database.url()).expect("the stack opens");
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
            _database: database,
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
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
            })
            .collect();
        let bytes = response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        TestResponse {
            status: response.status().as_u16(),
            content_type,
            allow,
            retry_after,
            headers,
            json,
            text,
            bytes,
        }
    }

    /// Sends `body` as JSON (`Content-Type: application/json`) with these headers too.
    pub fn send_json(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &Value,
    ) -> TestResponse {
        let mut all = headers.to_vec();
        all.push(("content-type", "application/json"));
        self.send(method, path, &all, Some(body.to_string().as_bytes()))
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

impl TestServer {
    /// Stops the server at once: requests in flight are dropped mid-way (as a shutdown past
    /// its grace period drops them), and the database and [`TestServer::stack`] stay, to
    /// inspect what they left.
    pub fn stop(&self) {
        actix_web::rt::System::new().block_on(self.handle.stop(false));
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        actix_web::rt::System::new().block_on(self.handle.stop(false));
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
