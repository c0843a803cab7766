//! Declared queries (`#[query]`), through the probe's `GET /probe/tags`: each filter kind, the
//! sort with the id breaking ties, the page and its declared maximum, and the 400s, with every
//! problem at once. Runs on every backend (`BTST_TEST_DATABASE_URL`).

use btst_runtime::testing::{TestServer, json};

/// A server with five tags: (name, note, uses, colour).
fn server() -> TestServer {
    let server = TestServer::start(btst_tests::probe_stack());
    for (name, note, uses, color) in [
        ("alpha", Some("First Letter"), 1, "red"),
        ("beta", None, 5, "red"),
        ("gamma", Some("third"), 5, "blue"),
        ("delta", None, 9, "blue"),
        ("Épée", Some("accented"), 3, "grey"),
    ] {
        let created = server.post(
            "/probe/tags",
            &json!({ "name": name, "note": note, "uses": uses, "color": color }),
        );
        assert_eq!(created.status, 201, "{}", created.text);
    }
    server
}

/// The names a list answers, in order, and its `total`, `limit` and `offset`.
fn names(server: &TestServer, query: &str) -> (Vec<String>, i64, i64, i64) {
    let response = server.get(&format!("/probe/tags?{query}"));
    assert_eq!(response.status, 200, "{query}: {}", response.text);
    let list = &response.json;
    let items = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|tag| tag["name"].as_str().expect("a name").to_owned())
        .collect();
    let number = |key: &str| list[key].as_i64().expect("a number");
    (items, number("total"), number("limit"), number("offset"))
}

#[test]
fn each_filter_narrows_the_rows_and_the_total_counts_them() {
    let server = server();
    let (mut every, total, limit, offset) = names(&server, "limit=5");
    every.sort_unstable();
    assert_eq!(every, ["alpha", "beta", "delta", "gamma", "Épée"]);
    assert_eq!((total, limit, offset), (5, 5, 0));
    let only = |query: &str| names(&server, &format!("{query}&limit=5&sort=uses")).0;
    assert_eq!(only("names=beta,gamma,nothing"), ["beta", "gamma"]);
    assert_eq!(only("minUses=5"), ["beta", "gamma", "delta"]);
    assert_eq!(only("maxUses=3"), ["alpha", "Épée"]);
    assert_eq!(only("minUses=3&maxUses=5"), ["Épée", "beta", "gamma"]);
    assert_eq!(only("withoutNote=true"), ["beta", "delta"]);
    assert_eq!(only("withoutNote=false"), ["alpha", "Épée", "gamma"]);
    assert_eq!(only("q=LETTER"), ["alpha"], "the note, ignoring case");
    assert_eq!(
        only("q=%C3%A9P%C3%89E"),
        ["Épée"],
        "the name, folding é and É"
    );
    assert_eq!(only("color=blue"), ["gamma", "delta"]);
    assert_eq!(only("color=blue&minUses=6"), ["delta"], "filters combine");
    let (_, total, _, _) = names(&server, "color=red&limit=1");
    assert_eq!(total, 2, "the total counts every page");
}

#[test]
fn the_sort_is_declared_and_the_id_breaks_ties_in_its_direction() {
    let server = server();
    let order = |query: &str| names(&server, &format!("limit=5&{query}")).0;
    let by_uses = order("sort=uses");
    assert_eq!(by_uses[0], "alpha");
    assert_eq!(by_uses[4], "delta");
    // beta and gamma both have 5 uses: the id (UUID v7, creation order) breaks the tie, in the
    // sort's direction.
    assert_eq!(by_uses[2..4], ["beta", "gamma"]);
    let descending = order("sort=-uses");
    assert_eq!(descending, ["delta", "gamma", "beta", "Épée", "alpha"]);
    let refused = server.get("/probe/tags?sort=color");
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(refused.json["issues"][0]["path"], "sort");
    assert!(
        refused.json["issues"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("name, uses")),
        "{}",
        refused.text
    );
}

#[test]
fn the_page_has_its_declared_default_and_maximum() {
    let server = server();
    let (first, total, limit, offset) = names(&server, "sort=uses");
    assert_eq!(
        (first.len(), total, limit, offset),
        (2, 5, 2, 0),
        "default 2"
    );
    let (rest, _, _, offset) = names(&server, "sort=uses&limit=5&offset=2");
    assert_eq!((rest.len(), offset), (3, 2));
    let above = server.get("/probe/tags?limit=6");
    assert_eq!(above.status, 400, "{}", above.text);
    assert_eq!(
        above.json["issues"][0]["message"],
        "expected an integer from 1 to 5"
    );
}

#[test]
fn every_problem_is_reported_at_once_and_nothing_unknown_passes() {
    let server = server();
    let response =
        server.get("/probe/tags?minUses=x&withoutNote=maybe&names=a,b&names=c&colour=red&limit=0");
    assert_eq!(response.status, 400, "{}", response.text);
    let mut paths: Vec<&str> = response.json["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|issue| issue["path"].as_str().expect("a path"))
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        ["colour", "limit", "minUses", "names", "withoutNote"],
        "{}",
        response.text
    );
    let nul = server.get("/probe/tags?q=a%00b");
    assert_eq!(nul.status, 400, "{}", nul.text);
    let too_many = (0..101)
        .map(|n| format!("t{n}"))
        .collect::<Vec<_>>()
        .join(",");
    let long = server.get(&format!("/probe/tags?names={too_many}"));
    assert_eq!(long.status, 400, "{}", long.text);
}

#[test]
fn the_document_lists_the_parameters_with_the_servers_limits() {
    let document = serde_json::to_value(btst_tests::probe_stack().openapi()).expect("JSON");
    let parameters = document["paths"]["/probe/tags"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let named = |name: &str| {
        parameters
            .iter()
            .find(|parameter| parameter["name"] == name)
            .unwrap_or_else(|| panic!("no parameter {name}"))
    };
    assert_eq!(named("limit")["schema"]["maximum"], 5);
    assert_eq!(named("limit")["schema"]["default"], 2);
    assert_eq!(named("names")["style"], "form");
    assert_eq!(named("names")["explode"], false);
    assert_eq!(named("names")["schema"]["maxItems"], 100);
    assert_eq!(
        named("sort")["schema"]["enum"],
        json!(["name", "-name", "uses", "-uses"])
    );
    assert_eq!(named("sort")["schema"]["default"], "name");
    assert_eq!(named("minUses")["schema"]["format"], "int32");
    assert_eq!(parameters.len(), 9);
}

/// Every page of `GET /probe/tags/pages?{query}` by its cursors: the names, page by page.
fn walk(server: &TestServer, query: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(cursor) => format!("/probe/tags/pages?{query}&cursor={cursor}"),
            None => format!("/probe/tags/pages?{query}"),
        };
        let response = server.get(&path);
        assert_eq!(response.status, 200, "{path}: {}", response.text);
        pages.push(
            response.json["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|tag| tag["name"].as_str().expect("a name").to_owned())
                .collect(),
        );
        match response.json["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return pages,
        }
        assert!(pages.len() < 10, "the cursors end");
    }
}

#[test]
fn cursor_pages_walk_the_list_once_in_order_ties_included() {
    let server = server();
    assert_eq!(
        walk(&server, "sort=uses"),
        [vec!["alpha", "Épée"], vec!["beta", "gamma"], vec!["delta"]],
        "beta and gamma tie on 5 uses: the id orders them, and neither is lost"
    );
    assert_eq!(
        walk(&server, "sort=-uses&limit=3"),
        [vec!["delta", "gamma", "beta"], vec!["Épée", "alpha"]]
    );
    assert_eq!(
        walk(&server, "sort=uses&color=red&limit=1"),
        [vec!["alpha"], vec!["beta"]]
    );
    assert_eq!(
        walk(&server, "sort=uses&limit=5").len(),
        1,
        "no next after the last"
    );
}

#[test]
fn a_cursor_page_is_stable_when_rows_are_added_before_it() {
    let server = server();
    let first = server.get("/probe/tags/pages?sort=uses");
    let next = first.json["next"].as_str().expect("a next page").to_owned();
    // A tag that sorts before the cursor: an offset page would now repeat `Épée`.
    let created = server.post("/probe/tags", &json!({ "name": "zero", "uses": 0 }));
    assert_eq!(created.status, 201, "{}", created.text);
    let second = server.get(&format!("/probe/tags/pages?sort=uses&cursor={next}"));
    assert_eq!(second.status, 200, "{}", second.text);
    assert_eq!(second.json["items"][0]["name"], "beta", "{}", second.text);
}

#[test]
fn a_cursor_from_another_order_or_not_ours_is_a_400() {
    let server = server();
    let first = server.get("/probe/tags/pages?sort=uses");
    let next = first.json["next"].as_str().expect("a next page").to_owned();
    for path in [
        format!("/probe/tags/pages?sort=-uses&cursor={next}"),
        format!("/probe/tags/pages?sort=name&cursor={next}"),
        "/probe/tags/pages?cursor=bm90LWpzb24".to_owned(),
        "/probe/tags/pages?cursor=%25%25".to_owned(),
    ] {
        let response = server.get(&path);
        assert_eq!(response.status, 400, "{path}: {}", response.text);
        assert_eq!(
            response.json["issues"][0]["path"], "cursor",
            "{}",
            response.text
        );
    }
    let document = serde_json::to_value(btst_tests::probe_stack().openapi()).expect("JSON");
    let parameters = document["paths"]["/probe/tags/pages"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let names: Vec<&str> = parameters
        .iter()
        .map(|parameter| parameter["name"].as_str().expect("a name"))
        .collect();
    assert_eq!(names, ["color", "sort", "limit", "cursor"]);
    assert_eq!(
        document["components"]["schemas"]["probe.TagCursorList"]["required"],
        json!(["items", "limit", "next"])
    );
}
