//! The bad-input corpus: for each write endpoint, hostile or malformed requests get the documented
//! 4xx problem+json, never a 5xx, and write nothing.

use std::io::{Read, Write};
use std::net::TcpStream;

use btst_runtime::testing::{TestResponse, TestServer, Value, json};

const TODOS: &str = "/api/data/todos";

fn todo_server() -> (TestServer, String) {
    let server = TestServer::start(todo_example::stack());
    let created = server.post(TODOS, &json!({ "title": "keep me" }));
    assert_eq!(created.status, 201);
    let id = created.json["id"].as_str().expect("id").to_owned();
    (server, id)
}

fn assert_problem(response: &TestResponse, status: u16, case: &str) {
    assert_eq!(response.status, status, "{case}: {}", response.text);
    assert_eq!(response.content_type, "application/problem+json", "{case}");
    assert_eq!(response.json["status"], status, "{case}");
    assert!(
        response.json["code"].is_string() && response.json["detail"].is_string(),
        "{case}"
    );
}

/// The one row created at the start is still there, unchanged, and alone.
fn assert_untouched(server: &TestServer, id: &str) {
    let list = server.get(TODOS).json;
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(
        (
            list[0]["id"].as_str(),
            &list[0]["title"],
            &list[0]["completed"]
        ),
        (Some(id), &json!("keep me"), &json!(false))
    );
}

fn send_json(server: &TestServer, method: &str, path: &str, body: &[u8]) -> TestResponse {
    server.request(method, path, Some("application/json"), Some(body))
}

#[test]
fn malformed_and_invalid_bodies_are_400_on_every_write_endpoint() {
    let (server, id) = todo_server();
    let item = format!("{TODOS}/{id}");
    let long = format!(r#"{{"title":"{}"}}"#, "😀".repeat(201));
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("unknown field", br#"{"title":"x","extra":1}"#.to_vec()),
        (
            "server-managed id",
            br#"{"title":"x","id":"mine"}"#.to_vec(),
        ),
        (
            "server-managed createdAt",
            br#"{"title":"x","createdAt":"2026-01-01T00:00:00Z"}"#.to_vec(),
        ),
        ("null required field", br#"{"title":null}"#.to_vec()),
        (
            "null defaulted field",
            br#"{"title":"x","completed":null}"#.to_vec(),
        ),
        ("wrong type string", br#"{"title":5}"#.to_vec()),
        (
            "wrong type boolean",
            br#"{"title":"x","completed":"yes"}"#.to_vec(),
        ),
        ("NaN", br#"{"title":NaN}"#.to_vec()),
        (
            "Infinity",
            br#"{"title":"x","completed":Infinity}"#.to_vec(),
        ),
        ("over the limit in characters", long.into_bytes()),
        ("empty title", br#"{"title":""}"#.to_vec()),
        ("NUL", br#"{"title":"a\u0000b"}"#.to_vec()),
        ("lone surrogate", br#"{"title":"\ud800"}"#.to_vec()),
        ("invalid UTF-8", b"{\"title\":\"\xc3\x28\"}".to_vec()),
        ("truncated", br#"{"title":"#.to_vec()),
        ("empty body", Vec::new()),
        ("an array", b"[1,2]".to_vec()),
        ("a string", br#""title""#.to_vec()),
        ("deeply nested", nested.into_bytes()),
        ("trailing garbage", br#"{"title":"x"} {}"#.to_vec()),
        ("duplicate key", br#"{"title":"x","title":"y"}"#.to_vec()),
    ];
    for (case, body) in &cases {
        assert_problem(
            &send_json(&server, "POST", TODOS, body),
            400,
            &format!("POST {case}"),
        );
        if *case != "null required field" {
            assert_problem(
                &send_json(&server, "PUT", &item, body),
                400,
                &format!("PUT {case}"),
            );
        }
    }
    let missing = send_json(&server, "POST", TODOS, b"{}");
    assert_problem(&missing, 400, "missing required field");
    assert_untouched(&server, &id);
}

#[test]
fn content_types_and_sizes_are_checked_before_parsing() {
    let (server, id) = todo_server();
    let item = format!("{TODOS}/{id}");
    for (method, path) in [("POST", TODOS), ("PUT", item.as_str())] {
        for content_type in [
            None,
            Some("text/plain"),
            Some("application/x-www-form-urlencoded"),
            Some("multipart/form-data"),
        ] {
            let response = server.request(method, path, content_type, Some(br#"{"title":"x"}"#));
            assert_problem(&response, 415, &format!("{method} {content_type:?}"));
        }
        let huge = format!(r#"{{"title":"{}"}}"#, "x".repeat(1024 * 1024));
        assert_problem(
            &send_json(&server, method, path, huge.as_bytes()),
            413,
            &format!("{method} oversize"),
        );
    }
    assert_untouched(&server, &id);
}

/// A request written by hand: for `Transfer-Encoding: chunked`, which the test client never sends.
fn raw(server: &TestServer, request: &[u8]) -> (u16, String) {
    let address = server.url("").trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(address).expect("connects");
    stream.write_all(request).expect("sends");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn chunked(path: &str, body: &[u8]) -> Vec<u8> {
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    for piece in body.chunks(4096) {
        request.extend(format!("{:x}\r\n", piece.len()).as_bytes());
        request.extend(piece);
        request.extend(b"\r\n");
    }
    request.extend(b"0\r\n\r\n");
    request
}

#[test]
fn chunked_bodies_are_limited_like_any_other() {
    let (server, id) = todo_server();
    let huge = format!(r#"{{"title":"{}"}}"#, "x".repeat(1024 * 1024));
    let (status, text) = raw(&server, &chunked(TODOS, huge.as_bytes()));
    assert_eq!(status, 413, "{text}");
    assert!(text.contains("application/problem+json"), "{text}");
    assert_untouched(&server, &id);
    let (status, text) = raw(&server, &chunked(TODOS, br#"{"title":"sent in chunks"}"#));
    assert_eq!(status, 201, "{text}");
}

#[test]
fn sql_metacharacters_are_stored_byte_exact() {
    let (server, _) = todo_server();
    for title in [
        "'); DROP TABLE todos_todo; --",
        "\" OR 1=1 --",
        "%_\\",
        "Robert'); --",
        "😀 \u{202e}rtl",
    ] {
        let created = server.post(TODOS, &json!({ "title": title }));
        assert_eq!(created.status, 201, "{title}");
        assert_eq!(created.json["title"], title);
    }
    let titles: Vec<Value> = server
        .get(TODOS)
        .json
        .as_array()
        .expect("list")
        .iter()
        .map(|todo| todo["title"].clone())
        .collect();
    assert_eq!(titles.len(), 6, "the table survived and holds every row");
    assert!(titles.contains(&json!("'); DROP TABLE todos_todo; --")));
}

#[test]
fn hostile_ids_are_404_and_touch_nothing() {
    let (server, id) = todo_server();
    let long = "a".repeat(4000);
    for hostile in [
        "..%2F..%2Fetc%2Fpasswd",
        "'%20OR%20'1'%3D'1",
        "%00",
        "%F0%9F%98%80",
        &long,
        "1;DELETE%20FROM%20todos_todo",
    ] {
        let path = format!("{TODOS}/{hostile}");
        assert_problem(
            &server.put(&path, &json!({ "completed": true })),
            404,
            &format!("PUT {hostile:.20}"),
        );
        assert_problem(&server.delete(&path), 404, &format!("DELETE {hostile:.20}"));
    }
    assert_untouched(&server, &id);
}

#[test]
fn list_parameters_out_of_range_are_400() {
    let (server, id) = todo_server();
    for query in [
        "limit=0",
        "limit=101",
        "limit=-1",
        "limit=1.0",
        "limit=",
        "offset=-1",
        "offset=99999999999999999999",
        "sort=-createdAt",
        "limit=1&limit=x",
    ] {
        assert_problem(&server.get(&format!("{TODOS}?{query}")), 400, query);
    }
    assert_untouched(&server, &id);
}

/// JSON Schema 2020-12 (OpenAPI 3.1's) counts a number with a zero fraction as an integer:
/// `1.0` and `2e0` are the integers 1 and 2, in a body; Schemathesis sends them.
#[test]
fn whole_numbers_written_with_a_fraction_are_integers() {
    let server = TestServer::start(btst_tests::probe_stack());
    for (uses, stored) in [("1.0", 1), ("2e0", 2), ("-0.0", 0)] {
        let body = format!(r#"{{"name":"n{stored}","uses":{uses}}}"#);
        let created = send_json(&server, "POST", "/probe/tags", body.as_bytes());
        assert_eq!(created.status, 201, "{uses}: {}", created.text);
        assert_eq!(created.json["uses"], stored, "{uses}");
    }
}

#[test]
fn integers_out_of_their_width_are_400() {
    let server = TestServer::start(btst_tests::probe_stack());
    for uses in [
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "1e30",
        "1.5",
        "\"1\"",
        "true",
    ] {
        let body = format!(r#"{{"name":"n","uses":{uses}}}"#);
        assert_problem(
            &send_json(&server, "POST", "/probe/tags", body.as_bytes()),
            400,
            uses,
        );
    }
    let count =
        btst_runtime::testing::block_on(server.stack().db().count::<btst_tests::probe::Tag>())
            .expect("counts");
    assert_eq!(count, 0);
}
