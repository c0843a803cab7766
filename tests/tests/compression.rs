//! Response compression: gzip when the client accepts it and the body is at least 1 KiB;
//! small bodies, clients without `Accept-Encoding` and 304s are sent as they are.

use std::io::Read;

use btst_runtime::testing::{TestResponse, TestServer, json};

fn gunzip(response: &TestResponse) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(response.bytes.as_slice())
        .read_to_string(&mut text)
        .expect("gzip");
    text
}

#[test]
fn large_bodies_are_gzipped_for_clients_that_accept_it() {
    let server = TestServer::start(todo_example::stack());
    let plain = server.get("/openapi.json");
    assert_eq!(plain.header("content-encoding"), None);
    for accept in ["gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5"] {
        let zipped = server.send("GET", "/openapi.json", &[("accept-encoding", accept)], None);
        assert_eq!(zipped.status, 200, "{accept}");
        assert_eq!(zipped.header("content-encoding"), Some("gzip"), "{accept}");
        assert!(
            zipped.bytes.len() * 3 < plain.bytes.len(),
            "{} bytes of {}",
            zipped.bytes.len(),
            plain.bytes.len()
        );
        assert_eq!(gunzip(&zipped), plain.text, "{accept}");
    }
    let asset = server.send(
        "GET",
        "/docs/swagger-ui-bundle.js",
        &[("accept-encoding", "gzip")],
        None,
    );
    assert_eq!(asset.header("content-encoding"), Some("gzip"));
    // A long list is compressed too.
    for index in 0..40 {
        let title = format!("a todo long enough to make the page large, number {index}");
        assert_eq!(
            server
                .post("/api/data/todos", &json!({ "title": title }))
                .status,
            201
        );
    }
    let page = server.send(
        "GET",
        "/api/data/todos?limit=40",
        &[("accept-encoding", "gzip")],
        None,
    );
    assert_eq!(page.header("content-encoding"), Some("gzip"));
    let todos: serde_json::Value = serde_json::from_str(&gunzip(&page)).expect("JSON");
    assert_eq!(todos.as_array().map(Vec::len), Some(40));
}

#[test]
fn small_bodies_refusals_and_not_modified_are_sent_as_they_are() {
    let server = TestServer::start(todo_example::stack());
    let gzip = [("accept-encoding", "gzip")];
    let health = server.send("GET", "/health", &gzip, None);
    assert_eq!(health.header("content-encoding"), None);
    assert_eq!(health.json, json!({ "status": "ok" }));
    let refused = server.send("GET", "/api/data/todos?limit=0", &gzip, None);
    assert_eq!(refused.status, 400);
    assert_eq!(refused.header("content-encoding"), None);
    let identity = server.send(
        "GET",
        "/openapi.json",
        &[("accept-encoding", "identity")],
        None,
    );
    assert_eq!(identity.header("content-encoding"), None);
    let etag = server
        .get("/openapi.json")
        .header("etag")
        .expect("an ETag")
        .to_owned();
    let unchanged = server.send(
        "GET",
        "/openapi.json",
        &[("accept-encoding", "gzip"), ("if-none-match", &etag)],
        None,
    );
    assert_eq!(unchanged.status, 304);
    assert_eq!(unchanged.header("content-encoding"), None);
}
