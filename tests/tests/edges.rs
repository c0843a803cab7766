//! HTTP at the edges, across every example: `HEAD` on every `GET` route the Stack serves,
//! percent-encoded path parameters, single-valued headers sent twice, the identity provider's
//! scheme in the document, and a deadline for each phase of reading a request. Runs on SQLite,
//! or on the server `BTST_TEST_DATABASE_URL` names.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use btst_runtime::Stack;
use btst_runtime::testing::{TestServer, Value, json};

/// A response read off the wire: status, headers (names lowercased) and the raw body.
#[derive(Debug)]
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

fn address(server: &TestServer) -> String {
    server
        .url("")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned()
}

/// Sends `request` (a whole HTTP/1.1 message) on a new connection and reads until the server
/// closes it.
fn exchange(server: &TestServer, request: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(address(server)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("a read timeout");
    stream.write_all(request).expect("sends");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("reads to the end");
    answer
}

fn parse(answer: &[u8]) -> Raw {
    let end = answer
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("a head: {}", String::from_utf8_lossy(answer)));
    let head = String::from_utf8_lossy(&answer[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Raw {
        status,
        headers,
        body: answer[end + 4..].to_vec(),
    }
}

fn raw(server: &TestServer, method: &str, path: &str, headers: &[(&str, &str)]) -> Raw {
    let mut request = format!("{method} {path} HTTP/1.1\r\nhost: test\r\nconnection: close\r\n");
    for (name, value) in headers {
        request.extend([name, ": ", value, "\r\n"]);
    }
    request.push_str("\r\n");
    parse(&exchange(server, request.as_bytes()))
}

/// Every `GET` path of the document, its parameters filled from `values`.
fn get_paths(server: &TestServer, values: &[(&str, &str)]) -> Vec<String> {
    let document = server.get("/openapi.json").json;
    let mut paths: Vec<String> = document["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .filter(|(_, item)| item.get("get").is_some())
        .map(|(path, _)| {
            values.iter().fold(path.clone(), |path, (name, value)| {
                path.replace(&format!("{{{name}}}"), value)
            })
        })
        .collect();
    assert!(
        paths.iter().all(|path| !path.contains('{')),
        "every parameter filled: {paths:?}"
    );
    paths.extend(
        [
            "/openapi.json",
            "/docs/",
            "/docs/index.html",
            "/docs/swagger-ui.css",
        ]
        .map(String::from),
    );
    paths
}

/// `HEAD` answers like `GET` (status, type, length), with no body.
fn assert_head_like_get(server: &TestServer, paths: &[String], headers: &[(&str, &str)]) {
    for path in paths {
        let get = raw(server, "GET", path, headers);
        let head = raw(server, "HEAD", path, headers);
        assert_eq!(head.status, get.status, "HEAD {path}");
        assert!(
            get.status == 200 || get.status == 404,
            "GET {path}: {}",
            get.status
        );
        for name in ["content-type", "content-length", "allow"] {
            assert_eq!(head.header(name), get.header(name), "HEAD {path}: {name}");
        }
        assert!(
            get.header("content-length").is_some(),
            "GET {path} has a length"
        );
        assert!(head.body.is_empty(), "HEAD {path} sent a body");
    }
}

#[test]
fn head_answers_every_get_route_of_every_example() {
    let todo = TestServer::start(todo_example::stack());
    let created = todo.post("/api/data/todos", &json!({ "title": "head" }));
    let id = created.json["id"].as_str().expect("an id").to_owned();
    let paths = get_paths(&todo, &[("id", &id)]);
    assert!(paths.contains(&"/health".to_owned()), "{paths:?}");
    assert_head_like_get(&todo, &paths, &[]);

    let blog = TestServer::start(blog_example::stack());
    let post = blog.send(
        "POST",
        "/api/data/posts",
        &[
            ("authorization", "Bearer alice"),
            ("content-type", "application/json"),
        ],
        Some(
            json!({ "title": "t", "content": "c", "slug": "head", "published": true, "tags": ["x"] })
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(post.status, 201, "{}", post.text);
    // Signed in: anonymous callers may not list drafts.
    let paths: Vec<String> = get_paths(&blog, &[])
        .into_iter()
        .map(|path| {
            if path.ends_with("/next-previous") {
                format!("{path}?date=2026-01-01T00:00:00Z")
            } else {
                path
            }
        })
        .collect();
    assert_head_like_get(&blog, &paths, &[("authorization", "Bearer alice")]);

    let tracker = TestServer::start(tracker_example::stack());
    let tenant = [("x-team-id", "t1"), ("x-user-id", "u1")];
    let mut headers = tenant.to_vec();
    headers.push(("content-type", "application/json"));
    let project = tracker.send(
        "POST",
        "/api/v1/task-tracker/projects",
        &headers,
        Some(json!({ "name": "p" }).to_string().as_bytes()),
    );
    assert_eq!(project.status, 201, "{}", project.text);
    let project_id = project.json["data"]["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let paths = get_paths(&tracker, &[("id", &project_id)]);
    assert_head_like_get(&tracker, &paths, &tenant);
}

#[test]
fn allow_lists_head_beside_get() {
    let server = TestServer::start(todo_example::stack());
    let collection = raw(&server, "PATCH", "/api/data/todos", &[]);
    assert_eq!(collection.status, 405);
    assert_eq!(collection.header("allow"), Some("GET, HEAD, POST"));
    let health = raw(&server, "POST", "/health", &[]);
    assert_eq!(health.header("allow"), Some("GET, HEAD"));
    // A path without GET refuses HEAD as it refuses GET.
    let item = raw(&server, "HEAD", "/api/data/todos/x", &[]);
    assert_eq!(item.status, 405);
    assert_eq!(item.header("allow"), Some("PUT, DELETE"));
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

#[test]
fn path_parameters_are_percent_decoded_once() {
    let probe = TestServer::start(btst_tests::probe_stack());
    let texts = [
        "a/b", "100%", "a+b", "a b", "École", "a%2Fb", "%41", "?x#y", "dot.", "...", "x\\y",
    ];
    for text in texts {
        let echoed = probe.get(&format!("/probe/echo/{}", encode(text)));
        assert_eq!(echoed.status, 200, "{text}: {}", echoed.text);
        assert_eq!(echoed.json, json!(text));
    }
    // Decoded once: `%2541` is the text `%41`.
    assert_eq!(probe.get("/probe/echo/%2541").json, json!("%41"));

    // The Blog stores such slugs and finds them through the list's `slug` filter; writes go
    // by id.
    let server = TestServer::start(blog_example::stack());
    let auth = ("authorization", "Bearer editor-alice");
    let json_type = ("content-type", "application/json");
    for slug in texts {
        let body = json!({ "title": "t", "content": "c", "slug": slug });
        let created = server.send(
            "POST",
            "/api/data/posts",
            &[auth, json_type],
            Some(body.to_string().as_bytes()),
        );
        assert_eq!(created.status, 201, "{slug}: {}", created.text);
        let read = server.send(
            "GET",
            &format!("/api/data/posts?slug={}", encode(slug)),
            &[auth],
            None,
        );
        assert_eq!(read.json["items"][0]["slug"], slug, "{}", read.text);
        let path = format!(
            "/api/data/posts/{}",
            created.json["id"].as_str().expect("an id")
        );
        let changed = server.send(
            "PUT",
            &path,
            &[auth, json_type],
            Some(json!({ "title": "changed" }).to_string().as_bytes()),
        );
        assert_eq!(changed.status, 200, "PUT {slug}: {}", changed.text);
        assert_eq!(changed.json["title"], "changed");
        let deleted = server.send("DELETE", &path, &[auth], None);
        assert_eq!(deleted.status, 200, "DELETE {slug}: {}", deleted.text);
    }
}

#[test]
fn a_single_valued_header_sent_twice_is_a_400_and_writes_nothing() {
    let tracker = TestServer::start(tracker_example::stack());
    let body = json!({ "name": "stolen" }).to_string();
    let twice = tracker.send(
        "POST",
        "/api/v1/task-tracker/projects",
        &[
            ("x-team-id", "victim"),
            ("x-team-id", "mallory"),
            ("x-user-id", "u"),
            ("content-type", "application/json"),
        ],
        Some(body.as_bytes()),
    );
    assert_eq!(twice.status, 400, "{}", twice.text);
    assert_eq!(twice.json["issues"][0]["path"], "x-team-id");
    for team in ["victim", "mallory"] {
        let listed = tracker.send(
            "GET",
            "/api/v1/task-tracker/projects",
            &[("x-team-id", team), ("x-user-id", "u")],
            None,
        );
        assert_eq!(
            listed.json,
            json!({ "success": true, "data": [] }),
            "nothing written for {team}"
        );
    }
    let user_twice = tracker.send(
        "GET",
        "/api/v1/task-tracker/projects",
        &[("x-team-id", "t"), ("x-user-id", "a"), ("x-user-id", "b")],
        None,
    );
    assert_eq!(user_twice.status, 400);
    assert_eq!(user_twice.json["issues"][0]["path"], "x-user-id");

    let blog = TestServer::start(blog_example::stack());
    let post = json!({ "title": "t", "content": "c", "slug": "s" }).to_string();
    let auth_twice = blog.send(
        "POST",
        "/api/data/posts",
        &[
            ("authorization", "Bearer alice"),
            ("authorization", "Bearer editor-mallory"),
            ("content-type", "application/json"),
        ],
        Some(post.as_bytes()),
    );
    assert_eq!(auth_twice.status, 400, "{}", auth_twice.text);
    assert_eq!(auth_twice.json["issues"][0]["path"], "authorization");

    let todo = TestServer::start(todo_example::stack());
    let type_twice = todo.send(
        "POST",
        "/api/data/todos",
        &[
            ("content-type", "application/json"),
            ("content-type", "text/plain"),
        ],
        Some(json!({ "title": "t" }).to_string().as_bytes()),
    );
    assert_eq!(type_twice.status, 400, "{}", type_twice.text);
    assert_eq!(type_twice.json["issues"][0]["path"], "content-type");
    assert_eq!(todo.get("/api/data/todos").json, json!([]));
}

#[test]
fn the_bearer_scheme_is_case_insensitive() {
    let server = TestServer::start(blog_example::stack());
    for (scheme, slug) in [
        ("bearer", "lower"),
        ("BEARER", "upper"),
        ("Bearer", "title"),
    ] {
        let auth = format!("{scheme} alice");
        let body = json!({ "title": "t", "content": "c", "slug": slug }).to_string();
        let response = server.send(
            "POST",
            "/api/data/posts",
            &[
                ("authorization", &auth),
                ("content-type", "application/json"),
            ],
            Some(body.as_bytes()),
        );
        assert_eq!(response.status, 201, "{auth}: {}", response.text);
    }
    let basic = server.send(
        "GET",
        "/api/data/posts",
        &[("authorization", "Basic YWxpY2U6")],
        None,
    );
    assert_eq!(basic.status, 401, "{}", basic.text);
    assert_eq!(basic.header("www-authenticate"), Some("Bearer"));
    let joined = server.send(
        "GET",
        "/api/data/posts",
        &[("authorization", "Bearer alice, Bearer editor-mallory")],
        None,
    );
    assert_eq!(joined.status, 401, "two tokens joined: {}", joined.text);
}

#[test]
fn the_identity_providers_scheme_is_in_the_document() {
    let blog = TestServer::start(blog_example::stack());
    let document = blog.get("/openapi.json").json;
    assert_eq!(
        document["components"]["securitySchemes"]["bearerAuth"],
        json!({ "type": "http", "scheme": "bearer", "description": "`Authorization: Bearer <token>`" })
    );
    let mut operations = 0;
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("operations") {
            let expected = if path.starts_with("/api/data/") {
                operations += 1;
                json!([{ "bearerAuth": [] }, {}])
            } else {
                Value::Null
            };
            assert_eq!(operation["security"], expected, "{method} {path}");
        }
    }
    assert!(operations >= 6, "{operations}");
    let todo = TestServer::start(todo_example::stack());
    let document = todo.get("/openapi.json").json;
    assert_eq!(document["components"]["securitySchemes"], Value::Null);
}

#[test]
fn the_stacks_own_routes_are_reserved() {
    use btst_tests::reserved;
    let refused = |stack: Stack, expected: &[&str]| {
        let error = stack
            .open("sqlite::memory:")
            .expect_err("refused at open")
            .to_string();
        for part in expected {
            assert!(error.contains(part), "`{part}` in: {error}");
        }
    };
    refused(
        Stack::new().plugin(reserved::health::plugin()),
        &["`health`", "GET /health", "the Stack serves `/health`"],
    );
    // Under a base path, its route is its own, and its operation is `health.health`.
    Stack::new()
        .base_path("/api")
        .plugin(reserved::health::plugin())
        .open("sqlite::memory:")
        .expect("the operation id is qualified by the plugin");
    refused(
        Stack::new().plugin(reserved::docs::plugin()),
        &["plugin `docs`", "GET /docs/page", "`/docs`"],
    );
    refused(
        Stack::new().plugin(reserved::docs::plugin()),
        &["POST /openapi.json"],
    );
    Stack::new()
        .base_path("/api")
        .plugin(reserved::docs::plugin())
        .open("sqlite::memory:")
        .expect("under a base path, the same routes are the plugin's own");
}

/// The Todo stack with these deadlines, in milliseconds: head, body, keep-alive.
fn timed_stack(head: u64, body: u64, keep_alive: u64) -> Stack {
    todo_example::stack()
        .client_request_timeout(Duration::from_millis(head))
        .body_timeout(Duration::from_millis(body))
        .keep_alive(Duration::from_millis(keep_alive))
}

#[test]
fn a_stalled_body_is_a_408_and_frees_the_connection() {
    // The head's deadline is long: only the body's may end the request.
    let server = TestServer::start(timed_stack(30_000, 500, 30_000));
    let started = Instant::now();
    let answer = exchange(
        &server,
        b"POST /api/data/todos HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n\
          content-length: 100\r\n\r\n{\"title\":",
    );
    let response = parse(&answer);
    assert_eq!(response.status, 408, "{}", String::from_utf8_lossy(&answer));
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(response.header("connection"), Some("close"));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "answered at the deadline, not at the default: {:?}",
        started.elapsed()
    );
    assert_eq!(
        server.get("/api/data/todos").json,
        json!([]),
        "nothing written"
    );
}

#[test]
fn a_stalled_chunked_body_is_a_408_and_the_connection_is_closed() {
    let server = TestServer::start(timed_stack(30_000, 500, 30_000));
    let started = Instant::now();
    // After the 408 the client would send the rest and another request: the connection must
    // be closed instead (read to the end returns only the 408).
    let answer = exchange(
        &server,
        b"POST /api/data/todos HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n\
          transfer-encoding: chunked\r\n\r\n5\r\n{\"tit\r\n",
    );
    let response = parse(&answer);
    assert_eq!(response.status, 408, "{}", String::from_utf8_lossy(&answer));
    assert_eq!(response.header("connection"), Some("close"));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "closed soon after the 408, not left to drain: {:?}",
        started.elapsed()
    );
}

#[test]
fn stalled_headers_and_idle_connections_are_closed() {
    let server = TestServer::start(timed_stack(500, 30_000, 30_000));
    // Headers never finished: actix-web's head deadline answers 408 and closes.
    let answer = exchange(&server, b"GET /health HTTP/1.1\r\nhost: te");
    assert_eq!(parse(&answer).status, 408);

    // The head's deadline is long, so a slow test machine cannot meet it before the request is
    // sent: only the idle deadline may close the connection.
    let server = TestServer::start(timed_stack(30_000, 30_000, 500));

    // A keep-alive connection left idle after one answer is closed by the server.
    let mut stream = TcpStream::connect(address(&server)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("a read timeout");
    stream
        .write_all(b"GET /health HTTP/1.1\r\nhost: test\r\n\r\n")
        .expect("sends");
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .expect("closed by the server");
    let response = parse(&answer);
    assert_eq!(response.status, 200);
    assert_eq!(response.body, br#"{"status":"ok"}"#);
}

#[test]
fn values_no_path_can_address_are_refused_at_create() {
    let server = TestServer::start(blog_example::stack());
    let auth = ("authorization", "Bearer editor-alice");
    let json_type = ("content-type", "application/json");
    let mut refused = 0;
    for slug in [".", ".."] {
        let body = json!({ "title": "t", "content": "c", "slug": slug });
        let created = server.send(
            "POST",
            "/api/data/posts",
            &[auth, json_type],
            Some(body.to_string().as_bytes()),
        );
        assert_eq!(created.status, 400, "{slug}: {}", created.text);
        assert_eq!(created.json["issues"][0]["path"], "slug");
        refused += 1;
        // Nor can an update move a post there.
        let kept = json!({ "title": "t", "content": "c", "slug": format!("kept{refused}") });
        let created = server.send(
            "POST",
            "/api/data/posts",
            &[auth, json_type],
            Some(kept.to_string().as_bytes()),
        );
        assert_eq!(created.status, 201, "{}", created.text);
        let moved = server.send(
            "PUT",
            &format!(
                "/api/data/posts/{}",
                created.json["id"].as_str().expect("an id")
            ),
            &[auth, json_type],
            Some(json!({ "slug": slug }).to_string().as_bytes()),
        );
        assert_eq!(moved.status, 400, "{slug}: {}", moved.text);
    }
    let listed = server.send("GET", "/api/data/posts", &[auth], None);
    let stored: Vec<&str> = listed.json["items"]
        .as_array()
        .expect("posts")
        .iter()
        .filter_map(|post| post["slug"].as_str())
        .collect();
    assert_eq!(stored.len(), 2, "only the addressable ones: {stored:?}");
    let document = server.get("/openapi.json").json;
    let pattern = document["components"]["schemas"]["blog.Post"]["properties"]["slug"]["pattern"]
        .as_str()
        .expect("a pattern")
        .to_owned();
    assert!(pattern.starts_with("^(?:[^."), "{pattern}");
}

#[test]
fn a_hook_reading_a_header_sent_twice_answers_400() {
    let hooks = btst_tests::GuardHooks(btst_tests::Recorder::default());
    let stack = Stack::new()
        .base_path("/api/data")
        .plugin(todo_example::todos::plugin().hooks(hooks));
    let server = TestServer::start(stack);
    let body = json!({ "title": "t" }).to_string();
    let twice = server.send(
        "POST",
        "/api/data/todos",
        &[
            ("authorization", "a"),
            ("authorization", "b"),
            ("content-type", "application/json"),
        ],
        Some(body.as_bytes()),
    );
    assert_eq!(twice.status, 400, "{}", twice.text);
    assert_eq!(twice.json["issues"][0]["path"], "authorization");
    let once = server.send(
        "POST",
        "/api/data/todos",
        &[("authorization", "a"), ("content-type", "application/json")],
        Some(body.as_bytes()),
    );
    assert_eq!(once.status, 201, "{}", once.text);
}

#[test]
fn a_sound_request_id_is_returned() {
    // Without the request spans (this test binary installs no subscriber), no id is made: it
    // would name nothing in a log. `request_log.rs` tests the ids made with the spans on.
    let server = TestServer::start(todo_example::stack());
    assert_eq!(server.get("/api/data/todos").header("x-request-id"), None);
    let kept = server.send("GET", "/health", &[("x-request-id", "gw-1")], None);
    assert_eq!(kept.header("x-request-id"), Some("gw-1"));
    let missing = server.send("GET", "/nothing-here", &[("x-request-id", "gw-2")], None);
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("x-request-id"), Some("gw-2"));
    let twice = server.send(
        "GET",
        "/health",
        &[("x-request-id", "a"), ("x-request-id", "b")],
        None,
    );
    assert_eq!(
        twice.header("x-request-id"),
        None,
        "a repeated id is not trusted"
    );
}

#[test]
fn the_document_and_docs_answer_405_and_revalidate_with_etags() {
    let server = TestServer::start(todo_example::stack());
    for path in ["/openapi.json", "/docs", "/docs/", "/docs/swagger-ui.css"] {
        let wrong = server.send("DELETE", path, &[], None);
        assert_eq!(wrong.status, 405, "DELETE {path}: {}", wrong.text);
        assert_eq!(wrong.allow.as_deref(), Some("GET, HEAD"), "{path}");
    }
    for (path, cache_control) in [
        ("/openapi.json", "no-cache"),
        ("/docs/swagger-ui.css", "public, max-age=86400"),
        ("/docs/", "public, max-age=86400"),
    ] {
        let first = server.get(path);
        assert_eq!(first.status, 200, "{path}");
        assert_eq!(first.header("cache-control"), Some(cache_control), "{path}");
        let etag = first.header("etag").expect("an ETag").to_owned();
        assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
        let again = server.send("GET", path, &[("if-none-match", &etag)], None);
        assert_eq!(again.status, 304, "{path}");
        assert!(again.text.is_empty());
        assert_eq!(again.header("etag"), Some(etag.as_str()));
        let listed = format!("\"other\", W/{etag}");
        let weak = server.send("GET", path, &[("if-none-match", &listed)], None);
        assert_eq!(
            weak.status, 304,
            "weak comparison (RFC 9110 §13.1.2): {path}"
        );
        let stale = server.send("GET", path, &[("if-none-match", "\"stale\"")], None);
        assert_eq!(stale.status, 200, "{path}");
        assert_eq!(stale.text, first.text, "{path}");
    }
}

/// Signs nobody in: every create is a 401 of the endpoint's own (not the provider's).
#[derive(Clone)]
struct SignInFirst;

impl todo_example::todos::Hooks for SignInFirst {
    async fn before_create_todo(
        &self,
        context: &btst_runtime::HookContext<'_>,
        _: &todo_example::todos::NewTodo,
    ) -> btst_runtime::ApiResult<()> {
        match context.identity() {
            Some(_) => Ok(()),
            None => Err(btst_runtime::ApiError::unauthorized(
                "sign in to write a todo",
            )),
        }
    }
}

/// RFC 9110 §11.6.1: a 401 carries a challenge. The identity provider's scheme is added to every
/// 401 that has none, whoever answered it: here a hook's own `ApiError::unauthorized`.
#[test]
fn every_401_carries_the_providers_challenge() {
    let stack = Stack::new()
        .base_path("/api/data")
        .identity(btst_runtime::identity::bearer(|token: &str| {
            Ok(Some(btst_runtime::Identity::new(token)))
        }))
        .plugin(todo_example::todos::plugin().hooks(SignInFirst));
    let server = TestServer::start(stack);
    let anonymous = server.post("/api/data/todos", &json!({ "title": "t" }));
    assert_eq!(anonymous.status, 401, "{}", anonymous.text);
    assert_eq!(anonymous.header("www-authenticate"), Some("Bearer"));
    assert_eq!(anonymous.json["detail"], "sign in to write a todo");
    let signed_in = server.send(
        "POST",
        "/api/data/todos",
        &[
            ("authorization", "Bearer alice"),
            ("content-type", "application/json"),
        ],
        Some(br#"{"title":"t"}"#),
    );
    assert_eq!(signed_in.status, 201, "{}", signed_in.text);
    assert_eq!(signed_in.header("www-authenticate"), None);
}
