//! The bad-input corpus on the Task Tracker's and the Blog's write endpoints (the Todo's is in
//! `bad_input.rs`): sent with valid tenant headers or credentials, every malformed or hostile
//! body gets its documented 4xx problem+json, never a 5xx, and no row changes. The Tracker's
//! problems are in NAAP's envelope too (`"success": false`).

use btst_runtime::testing::{TestResponse, TestServer, json};

/// Bodies every JSON write endpoint must refuse, with the status each gets.
fn corpus() -> Vec<(&'static str, Vec<u8>, u16)> {
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let oversize = format!(r#"{{"title":"{}"}}"#, "x".repeat(300 * 1024));
    vec![
        ("not JSON", b"{title".to_vec(), 400),
        ("empty body", Vec::new(), 400),
        ("an array", b"[]".to_vec(), 400),
        ("a string", br#""x""#.to_vec(), 400),
        ("unknown field", br#"{"nope":1}"#.to_vec(), 400),
        ("server-managed id", br#"{"id":"mine"}"#.to_vec(), 400),
        (
            "server-managed createdAt",
            br#"{"createdAt":"2026-01-01T00:00:00Z"}"#.to_vec(),
            400,
        ),
        ("NaN", br#"{"title":NaN}"#.to_vec(), 400),
        (
            "NUL",
            br#"{"title":"a\u0000b","name":"a\u0000b","status":"a\u0000b"}"#.to_vec(),
            400,
        ),
        (
            "lone surrogate",
            br#"{"title":"\ud800","name":"\ud800"}"#.to_vec(),
            400,
        ),
        ("invalid UTF-8", b"{\"title\":\"\xff\xfe\"}".to_vec(), 400),
        (
            "duplicate key",
            br#"{"title":"a","title":"b"}"#.to_vec(),
            400,
        ),
        ("deep nesting", nested.into_bytes(), 400),
        ("integer overflow", br#"{"title":1e400}"#.to_vec(), 400),
        ("over the body limit", oversize.into_bytes(), 413),
    ]
}

/// Sends every body of the corpus to `method` `path`, and the bodies without a JSON
/// Content-Type; each gets its problem.
fn check(server: &TestServer, headers: &[(&str, &str)], method: &str, path: &str) {
    for (case, body, status) in corpus() {
        let mut with_type = headers.to_vec();
        with_type.push(("content-type", "application/json"));
        let response = server.send(method, path, &with_type, Some(&body));
        assert_problem(&response, status, &format!("{method} {path}: {case}"));
    }
    let untyped = server.send(method, path, headers, Some(br#"{"title":"x"}"#));
    assert_problem(&untyped, 415, &format!("{method} {path}: no Content-Type"));
    let mut text = headers.to_vec();
    text.push(("content-type", "text/plain"));
    let wrong = server.send(method, path, &text, Some(br#"{"title":"x"}"#));
    assert_problem(&wrong, 415, &format!("{method} {path}: text/plain"));
}

/// A problem with `status`; in an envelope (`success` present), `success: false` and `error`.
fn assert_problem(response: &TestResponse, status: u16, case: &str) {
    assert_eq!(response.status, status, "{case}: {}", response.text);
    assert_eq!(response.content_type, "application/problem+json", "{case}");
    assert_eq!(response.json["status"], status, "{case}");
    if let Some(success) = response.json.get("success") {
        assert_eq!(success, false, "{case}");
        assert_eq!(response.json["error"], response.json["detail"], "{case}");
    }
}

#[test]
fn the_trackers_write_endpoints_refuse_the_corpus_and_change_nothing() {
    let server = TestServer::start(tracker_example::stack());
    let tenant = [("x-team-id", "acme"), ("x-user-id", "ann")];
    let mut headers = tenant.to_vec();
    headers.push(("content-type", "application/json"));
    let base = tracker_example::BASE_PATH;
    let project = server.send(
        "POST",
        &format!("{base}/projects"),
        &headers,
        Some(br#"{"name":"Keep"}"#),
    );
    assert_eq!(project.status, 201, "{}", project.text);
    let project_id = project.json["data"]["id"].as_str().expect("id").to_owned();
    let task = server.send(
        "POST",
        &format!("{base}/tasks"),
        &headers,
        Some(
            json!({ "title": "Keep", "projectId": project_id })
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(task.status, 201, "{}", task.text);
    let task_id = task.json["data"]["id"].as_str().expect("id").to_owned();
    let project_path = format!("{base}/projects/{project_id}");
    let before = server.send("GET", &project_path, &tenant, None);
    for (method, path) in [
        ("POST", format!("{base}/projects")),
        ("PATCH", project_path.clone()),
        ("POST", format!("{base}/tasks")),
        ("PATCH", format!("{base}/tasks/{task_id}")),
        ("PATCH", format!("{base}/tasks/{task_id}/status")),
    ] {
        check(&server, &tenant, method, &path);
    }
    for (method, path, body) in [
        (
            "PATCH",
            project_path.clone(),
            json!({ "status": "DELETED" }),
        ),
        (
            "PATCH",
            format!("{base}/tasks/{task_id}"),
            json!({ "priority": "low" }),
        ),
        (
            "PATCH",
            format!("{base}/tasks/{task_id}"),
            json!({ "dueDate": "tomorrow" }),
        ),
        (
            "PATCH",
            format!("{base}/tasks/{task_id}"),
            json!({ "title": "x".repeat(501) }),
        ),
        (
            "PATCH",
            format!("{base}/tasks/{task_id}/status"),
            json!({ "status": 3 }),
        ),
        (
            "POST",
            format!("{base}/tasks"),
            json!({ "title": "x", "projectId": "a\u{0}b" }),
        ),
    ] {
        let response = server.send(method, &path, &headers, Some(body.to_string().as_bytes()));
        assert_problem(&response, 400, &format!("{method} {path}: {body}"));
    }
    let after = server.send("GET", &project_path, &tenant, None);
    assert_eq!(after.json, before.json, "nothing changed");
    let projects = server.send("GET", &format!("{base}/projects"), &tenant, None);
    assert_eq!(
        projects.json["data"].as_array().map(Vec::len),
        Some(1),
        "nothing created"
    );
}

#[test]
fn the_blogs_write_endpoints_refuse_the_corpus_and_change_nothing() {
    let server = TestServer::start(blog_example::stack());
    let auth = [("authorization", "Bearer editor-eve")];
    let mut headers = auth.to_vec();
    headers.push(("content-type", "application/json"));
    let created = server.send(
        "POST",
        "/api/data/posts",
        &headers,
        Some(br#"{"title":"Keep","content":"Text.","slug":"keep","tags":["rust"]}"#),
    );
    assert_eq!(created.status, 201, "{}", created.text);
    let keep = format!(
        "/api/data/posts/{}",
        created.json["id"].as_str().expect("id")
    );
    let before = server.send("GET", "/api/data/posts?slug=keep", &auth, None);
    for (method, path) in [("POST", "/api/data/posts"), ("PUT", keep.as_str())] {
        check(&server, &auth, method, path);
    }
    for body in [
        json!({ "tags": "rust" }),
        json!({ "tags": [1] }),
        json!({ "tags": ["?!"] }),
        json!({ "tags": ["x".repeat(51)] }),
        json!({ "slug": "" }),
        json!({ "publishedAt": "yesterday" }),
        json!({ "published": "yes" }),
    ] {
        let response = server.send("PUT", &keep, &headers, Some(body.to_string().as_bytes()));
        assert_problem(&response, 400, &format!("PUT: {body}"));
    }
    let sql = server.send(
        "POST",
        "/api/data/posts",
        &headers,
        Some(br#"{"title":"x'); DROP TABLE blog_post; --","content":"\" OR 1=1 --","slug":"sql","tags":["a' OR '1'='1"]}"#),
    );
    assert_eq!(sql.status, 201, "{}", sql.text);
    assert_eq!(
        sql.json["title"], "x'); DROP TABLE blog_post; --",
        "stored byte-exact"
    );
    assert_eq!(sql.json["tags"][0]["name"], "a' OR '1'='1");
    let after = server.send("GET", "/api/data/posts?slug=keep", &auth, None);
    assert_eq!(after.json, before.json, "nothing changed");
    let posts = server.send("GET", "/api/data/posts", &auth, None);
    assert_eq!(
        posts.json["items"].as_array().map(Vec::len),
        Some(2),
        "only the SQL-looking post added"
    );
}
