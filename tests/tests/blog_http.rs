//! HTTP behaviour of the Blog example, spoken as a BTST client speaks it: BTST's routes (writes
//! by id, `PUT /posts/{id}`; one post read through `GET /posts?slug=..&limit=1`; `tagSlug`,
//! `query`, `next-previous`; the list's `{items, total, limit, offset}`), every error, tags
//! written with their post in one transaction, drafts and their tags hidden from anonymous
//! readers, the list query parameters and their bounds, the hooks (order, data, denial, an
//! error of the user's own type, rollback on a failing or panicking hook, after-commit), the
//! identity provider, cascade on delete, and the raw and guarded getters. Runs on SQLite, or on
//! the server `BTST_TEST_DATABASE_URL` names.

use std::sync::{Arc, Mutex};

use blog_example::blog::{self, Post, PostQuery, PostTag, Tag};
use blog_example::{BlogGuard, stack_with};
use btst_runtime::testing::{TestResponse, TestServer, Value, block_on, json};
use btst_runtime::{ApiError, ApiResult, HookContext, Identity, Sort};

const WRITER: &str = "Bearer alice";
const EDITOR: &str = "Bearer editor-bob";

fn server() -> (TestServer, BlogGuard) {
    let guard = BlogGuard::default();
    (TestServer::start(stack_with(guard.clone())), guard)
}

fn call(
    server: &TestServer,
    auth: Option<&str>,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> TestResponse {
    let mut headers = Vec::new();
    if let Some(auth) = auth {
        headers.push(("authorization", auth));
    }
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let body = body.map(Value::to_string);
    server.send(method, path, &headers, body.as_deref().map(str::as_bytes))
}

fn create(server: &TestServer, body: &Value) -> Value {
    let response = call(server, Some(WRITER), "POST", "/api/data/posts", Some(body));
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

fn post(slug: &str, published: bool, tags: &[&str]) -> Value {
    json!({
        "title": format!("About {slug}"),
        "content": format!("Text of {slug}."),
        "slug": slug,
        "published": published,
        "tags": tags,
    })
}

fn slugs(response: &TestResponse) -> Vec<String> {
    assert_eq!(response.status, 200, "{}", response.text);
    response.json["items"]
        .as_array()
        .unwrap_or_else(|| panic!("an array: {}", response.text))
        .iter()
        .map(|post| post["slug"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The post `slug` as a BTST client reads one (`GET /posts?slug=..&limit=1`, the first item).
fn read(server: &TestServer, auth: Option<&str>, slug: &str) -> Option<Value> {
    let response = call(
        server,
        auth,
        "GET",
        &format!("/api/data/posts?slug={slug}&limit=1"),
        None,
    );
    assert_eq!(response.status, 200, "{}", response.text);
    response.json["items"].get(0).cloned()
}

/// `/api/data/posts/{id}` of a created post.
fn post_path(post: &Value) -> String {
    format!("/api/data/posts/{}", post["id"].as_str().expect("an id"))
}

fn tag_names(response: &TestResponse) -> Vec<String> {
    assert_eq!(response.status, 200, "{}", response.text);
    response
        .json
        .as_array()
        .expect("tags")
        .iter()
        .map(|tag| tag["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn counts(server: &TestServer) -> (i64, i64, i64) {
    let db = server.stack().db();
    (
        block_on(db.count::<Post>()).expect("counts"),
        block_on(db.count::<Tag>()).expect("counts"),
        block_on(db.count::<PostTag>()).expect("counts"),
    )
}

#[test]
fn create_writes_the_post_its_new_tags_and_links() {
    let (server, _) = server();
    let first = create(&server, &post("hello", true, &["Rust", "Web Dev"]));
    assert_eq!(first["slug"], "hello");
    assert_eq!(first["published"], true);
    assert_eq!(first["createdAt"], first["updatedAt"]);
    let tags: Vec<(&str, &str)> = first["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .map(|tag| (tag["name"].as_str().unwrap(), tag["slug"].as_str().unwrap()))
        .collect();
    assert_eq!(tags, [("Rust", "rust"), ("Web Dev", "web-dev")]);
    let second = create(&server, &post("again", true, &["rust", "RUST!", "New"]));
    assert_eq!(
        second["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .map(|tag| tag["name"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["New", "Rust"],
        "`rust` and `RUST!` are the existing tag `Rust`"
    );
    assert_eq!(counts(&server), (2, 3, 4));
    let all = call(&server, None, "GET", "/api/data/tags", None);
    assert_eq!(all.status, 200);
    let names: Vec<&str> = all
        .json
        .as_array()
        .expect("tags")
        .iter()
        .map(|tag| tag["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["New", "Rust", "Web Dev"]);
}

/// Posts created at once that name one new tag all succeed: the tag is found or created as one
/// operation (`Crud::find_or_create`), so the losers of the race find the winner's tag instead
/// of answering 409 on its unique `name`.
#[test]
fn posts_created_at_once_naming_one_new_tag_all_succeed() {
    const POSTS: usize = 20;
    let (server, _) = server();
    let start = std::sync::Barrier::new(POSTS);
    let statuses: Vec<(u16, String)> = std::thread::scope(|scope| {
        let creates: Vec<_> = (0..POSTS)
            .map(|n| {
                let (server, start) = (&server, &start);
                scope.spawn(move || {
                    let body = post(&format!("race-{n}"), true, &["Brand New"]);
                    start.wait();
                    let response =
                        call(server, Some(WRITER), "POST", "/api/data/posts", Some(&body));
                    (response.status, response.text)
                })
            })
            .collect();
        creates
            .into_iter()
            .map(|create| create.join().expect("joins"))
            .collect()
    });
    for (status, text) in &statuses {
        assert_eq!(*status, 201, "{text}");
    }
    let posts = i64::try_from(POSTS).expect("a few posts");
    assert_eq!(counts(&server), (posts, 1, posts));
}

#[test]
fn bad_posts_are_refused_and_write_nothing() {
    let (server, _) = server();
    for (body, path) in [
        (json!({ "title": "x", "content": "y" }), "slug"),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": "rust" }),
            "tags",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": ["!!!"] }),
            "tags[0]",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": [""] }),
            "tags[0]",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": (0..11).map(|n| format!("t{n}")).collect::<Vec<_>>() }),
            "tags",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "createdAt": "2020-01-01T00:00:00Z" }),
            "createdAt",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "author": "me" }),
            "author",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": [{ "label": "rust" }] }),
            "tags[0].label",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": [{ "name": "!!" }] }),
            "tags[0].name",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": [{ "name": "a", "colour": "red" }] }),
            "tags[0].colour",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "tags": [{ "name": 1 }] }),
            "tags[0].name",
        ),
        (
            json!({ "title": "x", "content": "y", "slug": "s", "id": "mine" }),
            "id",
        ),
    ] {
        let response = call(
            &server,
            Some(WRITER),
            "POST",
            "/api/data/posts",
            Some(&body),
        );
        assert_eq!(response.status, 400, "{body}: {}", response.text);
        assert_eq!(
            response.json["issues"][0]["path"], path,
            "{}",
            response.text
        );
    }
    assert_eq!(counts(&server), (0, 0, 0));
}

#[test]
fn writes_need_an_identity_and_bad_credentials_are_401() {
    let (server, _) = server();
    let body = post("hello", false, &["rust"]);
    let anonymous = call(&server, None, "POST", "/api/data/posts", Some(&body));
    assert_eq!(anonymous.status, 403);
    assert_eq!(anonymous.json["code"], "FORBIDDEN");
    let garbled = call(
        &server,
        Some("Basic xyz"),
        "POST",
        "/api/data/posts",
        Some(&body),
    );
    assert_eq!(garbled.status, 401, "{}", garbled.text);
    assert_eq!(garbled.json["code"], "UNAUTHORIZED");
    assert_eq!(counts(&server), (0, 0, 0));
}

#[test]
fn a_duplicate_slug_is_409_on_create_and_update() {
    let (server, _) = server();
    create(&server, &post("taken", false, &["a"]));
    let other = create(&server, &post("other", false, &[]));
    let again = call(
        &server,
        Some(WRITER),
        "POST",
        "/api/data/posts",
        Some(&post("taken", false, &["brand-new"])),
    );
    assert_eq!(again.status, 409, "{}", again.text);
    assert!(again.json["detail"].as_str().unwrap().contains("`slug`"));
    let renamed = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&other),
        Some(&json!({ "slug": "taken" })),
    );
    assert_eq!(renamed.status, 409, "{}", renamed.text);
    assert_eq!(counts(&server), (2, 1, 1), "no `brand-new` tag");
}

#[test]
fn drafts_are_hidden_from_anonymous_readers() {
    let (server, _) = server();
    create(&server, &post("draft", false, &[]));
    create(&server, &post("live", true, &["rust"]));
    let live = read(&server, None, "live").expect("a published post is public");
    assert_eq!(live["tags"][0]["slug"], "rust");
    assert_eq!(
        read(&server, None, "draft"),
        None,
        "a draft reads as absent"
    );
    let as_writer = read(&server, Some(WRITER), "draft").expect("a caller reads drafts");
    assert_eq!(as_writer["tags"], json!([]));
    assert_eq!(read(&server, None, "missing"), None);
    let anonymous = call(&server, None, "GET", "/api/data/posts", None);
    assert_eq!(slugs(&anonymous), ["live"], "published posts only");
    assert_eq!(anonymous.json["total"], 1, "drafts are not counted either");
    let published = call(&server, None, "GET", "/api/data/posts?published=true", None);
    assert_eq!(slugs(&published), ["live"]);
    let asked = call(
        &server,
        None,
        "GET",
        "/api/data/posts?published=false",
        None,
    );
    assert_eq!(asked.status, 403, "asking for drafts needs a caller");
    let drafts = call(
        &server,
        Some(WRITER),
        "GET",
        "/api/data/posts?published=false",
        None,
    );
    assert_eq!(slugs(&drafts), ["draft"]);
    let everything = call(&server, Some(WRITER), "GET", "/api/data/posts", None);
    assert_eq!(slugs(&everything), ["live", "draft"]);
}

/// What BTST's post forms send: `excerpt`, `image`, `publishedAt`, tags as `{"name": ..}` (or a
/// stored tag's `{id, name, slug}`), and on update the post's `id` again in the body.
#[test]
fn a_btst_client_creates_and_updates_with_its_own_bodies() {
    let (server, _) = server();
    let created = create(
        &server,
        &json!({
            "title": "From BTST",
            "content": "Body.",
            "excerpt": "A summary.",
            "slug": "from-btst",
            "published": true,
            "publishedAt": "2026-05-01T10:00:00.000Z",
            "image": "https://example.com/cover.png",
            "tags": [{ "name": "Rust" }, { "name": "Web" }],
        }),
    );
    assert_eq!(created["excerpt"], "A summary.");
    assert_eq!(created["image"], "https://example.com/cover.png");
    assert_eq!(created["publishedAt"], "2026-05-01T10:00:00.000Z");
    // BTST's edit form sends a stored tag back as `{id, name, slug}`.
    let stored = json!({
        "id": created["tags"][0]["id"],
        "name": created["tags"][0]["name"],
        "slug": created["tags"][0]["slug"],
    });
    assert_eq!(stored["name"], "Rust");
    let updated = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&created),
        Some(&json!({
            "id": created["id"],
            "title": "From BTST, edited",
            "content": "Body.",
            "excerpt": "",
            "slug": "from-btst",
            "published": true,
            "publishedAt": "2026-05-01T10:00:00.000Z",
            "tags": [stored, { "name": "New" }],
        })),
    );
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.json["title"], "From BTST, edited");
    assert_eq!(updated.json["excerpt"], "");
    assert_eq!(
        updated.json["image"], "https://example.com/cover.png",
        "kept"
    );
    let names: Vec<&str> = updated.json["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|tag| tag["name"].as_str())
        .collect();
    assert_eq!(names, ["New", "Rust"]);
    // The body's `id` is BTST's echo of the path's; another is refused, and nothing changes.
    let other = create(&server, &post("other", false, &[]));
    let mismatched = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&other),
        Some(&json!({ "id": created["id"], "title": "Other, edited" })),
    );
    assert_eq!(mismatched.status, 400, "{}", mismatched.text);
    assert_eq!(mismatched.json["issues"][0]["path"], "id");
    assert_eq!(
        read(&server, Some(WRITER), "other").expect("kept")["title"],
        other["title"]
    );
    let found = call(&server, None, "GET", "/api/data/posts?query=summary", None);
    assert_eq!(
        slugs(&found),
        Vec::<String>::new(),
        "the excerpt was emptied"
    );
    let excerpt = call(&server, None, "GET", "/api/data/posts?query=body", None);
    assert_eq!(slugs(&excerpt), ["from-btst"]);
    // Without `excerpt`, it is empty, as BTST's default.
    assert_eq!(create(&server, &post("plain", false, &[]))["excerpt"], "");
}

#[test]
fn tags_used_only_by_drafts_are_hidden_from_anonymous_readers() {
    let (server, _) = server();
    let secret = create(&server, &post("secret", false, &["Merger", "Rust"]));
    create(&server, &post("live", true, &["Rust"]));
    let anonymous = call(&server, None, "GET", "/api/data/tags", None);
    assert_eq!(
        tag_names(&anonymous),
        ["Rust"],
        "`Merger` is a draft's topic"
    );
    let signed_in = call(&server, Some(WRITER), "GET", "/api/data/tags", None);
    assert_eq!(tag_names(&signed_in), ["Merger", "Rust"]);
    let published = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&secret),
        Some(&json!({ "published": true })),
    );
    assert_eq!(published.status, 200, "{}", published.text);
    let anonymous = call(&server, None, "GET", "/api/data/tags", None);
    assert_eq!(
        tag_names(&anonymous),
        ["Merger", "Rust"],
        "published with its post"
    );
    let tagged = call(&server, None, "GET", "/api/data/posts?tagSlug=merger", None);
    assert_eq!(slugs(&tagged), ["secret"]);
}

#[test]
fn the_list_answers_items_and_counts_as_btst_does() {
    let (server, _) = server();
    for slug in ["a", "b", "c"] {
        create(&server, &post(slug, true, &["x"]));
    }
    let page = call(
        &server,
        None,
        "GET",
        "/api/data/posts?limit=2&offset=1",
        None,
    );
    assert_eq!(page.status, 200, "{}", page.text);
    let members: Vec<&String> = page.json.as_object().expect("an object").keys().collect();
    assert_eq!(members, ["items", "limit", "offset", "total"]);
    assert_eq!(slugs(&page), ["b", "a"]);
    assert_eq!(
        (
            &page.json["total"],
            &page.json["limit"],
            &page.json["offset"]
        ),
        (&json!(3), &json!(2), &json!(1))
    );
    let defaults = call(&server, None, "GET", "/api/data/posts", None);
    assert_eq!(
        (&defaults.json["limit"], &defaults.json["offset"]),
        (&json!(20), &json!(0))
    );
    let none = call(&server, None, "GET", "/api/data/posts?tagSlug=none", None);
    assert_eq!(
        none.json,
        json!({ "items": [], "total": 0, "limit": 20, "offset": 0 })
    );
}

#[test]
fn next_previous_are_the_published_neighbours_of_a_date() {
    let (server, _) = server();
    let mut created = Vec::new();
    for (slug, published) in [
        ("first", true),
        ("hidden", false),
        ("middle", true),
        ("last", true),
    ] {
        created.push(create(&server, &post(slug, published, &["x"])));
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let neighbours = |date: &Value| {
        let date = date.as_str().expect("a date").replace('+', "%2B");
        let response = call(
            &server,
            None,
            "GET",
            &format!("/api/data/posts/next-previous?date={date}"),
            None,
        );
        assert_eq!(response.status, 200, "{}", response.text);
        (
            response.json["previous"]["slug"].clone(),
            response.json["next"]["slug"].clone(),
        )
    };
    assert_eq!(
        neighbours(&created[2]["createdAt"]),
        (json!("first"), json!("last")),
        "the draft between is skipped"
    );
    assert_eq!(
        neighbours(&created[0]["createdAt"]),
        (Value::Null, json!("middle"))
    );
    assert_eq!(
        neighbours(&created[3]["createdAt"]),
        (json!("middle"), Value::Null)
    );
    let with_tags = call(
        &server,
        None,
        "GET",
        &format!(
            "/api/data/posts/next-previous?date={}",
            created[3]["createdAt"].as_str().expect("a date")
        ),
        None,
    );
    assert_eq!(with_tags.json["previous"]["tags"][0]["name"], "x");
    for query in ["", "?date=yesterday", "?date=2026-01-01T00:00:00Z&x=1"] {
        let response = call(
            &server,
            None,
            "GET",
            &format!("/api/data/posts/next-previous{query}"),
            None,
        );
        assert_eq!(response.status, 400, "{query}: {}", response.text);
    }
}

#[test]
fn list_filters_by_tag_and_search_and_sorts_and_pages() {
    let (server, _) = server();
    create(
        &server,
        &json!({ "title": "Zebra crossing", "content": "Stripes.", "slug": "zebra", "published": true, "tags": ["animals"] }),
    );
    create(
        &server,
        &json!({ "title": "Apples", "content": "100% FRUIT, no_sugar.", "slug": "apples", "published": true, "tags": ["food"] }),
    );
    create(
        &server,
        &json!({ "title": "Bananas", "content": "Yellow fruit.", "slug": "bananas", "published": true, "tags": ["food", "animals"] }),
    );
    let list = |query: &str| {
        call(
            &server,
            Some(WRITER),
            "GET",
            &format!("/api/data/posts?{query}"),
            None,
        )
    };
    assert_eq!(
        slugs(&list("")),
        ["bananas", "apples", "zebra"],
        "newest first"
    );
    assert_eq!(slugs(&list("sort=title")), ["apples", "bananas", "zebra"]);
    assert_eq!(slugs(&list("sort=-title")), ["zebra", "bananas", "apples"]);
    assert_eq!(
        slugs(&list("sort=createdAt")),
        ["zebra", "apples", "bananas"]
    );
    assert_eq!(
        slugs(&list("tagSlug=food&sort=title")),
        ["apples", "bananas"]
    );
    assert_eq!(
        slugs(&list("tagSlug=animals&sort=title")),
        ["bananas", "zebra"]
    );
    assert_eq!(slugs(&list("tagSlug=none")), Vec::<String>::new());
    assert_eq!(
        slugs(&list("query=FRUIT&sort=title")),
        ["apples", "bananas"],
        "title or content, any case"
    );
    assert_eq!(slugs(&list("query=zebra")), ["zebra"]);
    assert_eq!(slugs(&list("query=100%25")), ["apples"], "`%` is literal");
    assert_eq!(slugs(&list("query=o_s")), ["apples"], "`_` is literal");
    assert_eq!(slugs(&list("query=%25")), ["apples"]);
    assert_eq!(slugs(&list("slug=apples")), ["apples"]);
    assert_eq!(
        slugs(&list("slug=apples&tagSlug=animals")),
        Vec::<String>::new()
    );
    assert_eq!(slugs(&list("sort=title&limit=2")), ["apples", "bananas"]);
    assert_eq!(slugs(&list("sort=title&limit=2&offset=2")), ["zebra"]);
    assert_eq!(slugs(&list("sort=title&limit=100")).len(), 3);
    let bananas = list("query=yellow");
    assert_eq!(
        bananas.json["items"][0]["tags"].as_array().map(Vec::len),
        Some(2),
        "each post carries its tags"
    );
    for (query, path) in [
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("sort=author", "sort"),
        ("sort=-", "sort"),
        ("published=yes", "published"),
        ("colour=red", "colour"),
        ("tag=rust", "tag"),
        ("q=rust", "q"),
        ("tagSlug=a&tagSlug=b", "tagSlug"),
    ] {
        let response = list(query);
        assert_eq!(response.status, 400, "{query}: {}", response.text);
        assert_eq!(response.json["issues"][0]["path"], path, "{query}");
    }
}

#[test]
fn update_changes_fields_and_replaces_tags() {
    let (server, guard) = server();
    let created = create(&server, &post("hello", false, &["a", "b"]));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let updated = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&created),
        Some(&json!({ "title": "Hello, world", "slug": "hello-world", "tags": ["b", "c"] })),
    );
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.json["title"], "Hello, world");
    assert_eq!(updated.json["createdAt"], created["createdAt"]);
    assert!(updated.json["updatedAt"].as_str() > created["updatedAt"].as_str());
    let tags: Vec<&str> = updated.json["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .map(|tag| tag["name"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["b", "c"]);
    assert_eq!(read(&server, Some(WRITER), "hello"), None, "renamed");
    assert_eq!(
        read(&server, Some(WRITER), "hello-world").expect("renamed")["id"],
        created["id"]
    );
    let kept = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&created),
        Some(&json!({ "content": "New text." })),
    );
    assert_eq!(
        kept.json["tags"].as_array().map(Vec::len),
        Some(2),
        "no `tags`: unchanged"
    );
    assert_eq!(
        call(
            &server,
            Some(WRITER),
            "PUT",
            "/api/data/posts/missing",
            Some(&json!({}))
        )
        .status,
        404
    );
    assert_eq!(
        *guard.revalidated.lock().unwrap(),
        ["/posts/hello", "/posts/hello-world", "/posts/hello-world"]
    );
}

#[test]
fn an_error_of_our_own_type_in_an_after_hook_rolls_the_write_back() {
    let (server, guard) = server();
    let untagged = call(
        &server,
        Some(WRITER),
        "POST",
        "/api/data/posts",
        Some(&post("bare", true, &[])),
    );
    assert_eq!(untagged.status, 422, "{}", untagged.text);
    assert_eq!(untagged.json["code"], "TAG_REQUIRED");
    assert_eq!(counts(&server), (0, 0, 0), "the insert was rolled back");
    let draft = create(&server, &post("draft", false, &["x"]));
    let publish_untagged = call(
        &server,
        Some(WRITER),
        "PUT",
        &post_path(&draft),
        Some(&json!({ "published": true, "tags": [], "title": "Changed" })),
    );
    assert_eq!(publish_untagged.status, 422);
    let unchanged = read(&server, Some(WRITER), "draft").expect("still there");
    assert_eq!(unchanged["title"], "About draft");
    assert_eq!(unchanged["published"], false);
    assert_eq!(unchanged["tags"][0]["name"], "x", "the tag links survived");
    assert_eq!(
        *guard.revalidated.lock().unwrap(),
        ["/posts/draft"],
        "only committed writes"
    );
}

#[test]
fn delete_needs_an_editor_and_cascades_to_the_links() {
    let (server, _) = server();
    let doomed = post_path(&create(&server, &post("doomed", true, &["a", "b"])));
    create(&server, &post("kept", true, &["a"]));
    assert_eq!(call(&server, None, "DELETE", &doomed, None).status, 403);
    assert_eq!(
        call(&server, Some(WRITER), "DELETE", &doomed, None).status,
        403
    );
    let deleted = call(&server, Some(EDITOR), "DELETE", &doomed, None);
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    assert_eq!(deleted.json, json!({ "success": true }));
    assert_eq!(counts(&server), (1, 2, 1), "links cascade, tags stay");
    assert_eq!(
        call(&server, Some(EDITOR), "DELETE", &doomed, None).status,
        404
    );
    assert_eq!(
        call(
            &server,
            Some(EDITOR),
            "DELETE",
            "/api/data/posts/doomed",
            None
        )
        .status,
        404,
        "a slug is not an address for writes"
    );
}

/// Records every hook call, and can fail or panic in `after_create_post`.
#[derive(Clone, Default)]
struct Recording {
    calls: Arc<Mutex<Vec<String>>>,
    after_create: Option<&'static str>,
}

impl Recording {
    fn record(&self, call: String) {
        self.calls.lock().unwrap().push(call);
    }
}

impl blog::Hooks for Recording {
    async fn before_create_post(
        &self,
        context: &HookContext<'_>,
        body: &blog::CreatePost,
    ) -> ApiResult<()> {
        let who = context
            .identity()
            .map_or("nobody", |identity| identity.subject.as_str());
        let tags: Vec<&str> = body
            .tags
            .iter()
            .flatten()
            .map(|tag| tag.name.as_str())
            .collect();
        self.record(format!(
            "before_create_post {} {} {:?}",
            who, body.post.slug, tags
        ));
        Ok(())
    }

    async fn after_create_post(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        self.record(format!(
            "after_create_post {} {}",
            post.post.slug,
            post.tags.len()
        ));
        match self.after_create {
            Some("fail") => Err(ApiError::conflict("refused after the write")),
            Some("panic") => panic!("the after hook panicked"),
            _ => Ok(()),
        }
    }

    async fn after_create_post_committed(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        self.record(format!("after_create_post_committed {}", post.post.slug));
        Err(ApiError::internal("the cache is down"))
    }

    async fn on_create_post_error(&self, _: &HookContext<'_>, error: &ApiError) {
        self.record(format!("on_create_post_error {}", error.status().as_u16()));
    }

    async fn before_list_posts(
        &self,
        _: &HookContext<'_>,
        _: &Option<Identity>,
        query: &PostQuery,
    ) -> ApiResult<()> {
        self.record(format!(
            "before_list_posts {:?} {:?}",
            query.tag_slug, query.sort
        ));
        Ok(())
    }
}

fn recording(after_create: Option<&'static str>) -> (TestServer, Arc<Mutex<Vec<String>>>) {
    let hooks = Recording {
        after_create,
        ..Recording::default()
    };
    let calls = Arc::clone(&hooks.calls);
    (TestServer::start(stack_with(hooks)), calls)
}

#[test]
fn hooks_run_in_order_with_the_input_the_result_and_the_caller() {
    let (server, calls) = recording(None);
    create(&server, &post("ordered", false, &["Rust"]));
    let listed = call(
        &server,
        None,
        "GET",
        "/api/data/posts?tagSlug=rust&sort=-title",
        None,
    );
    assert_eq!(listed.status, 200);
    assert_eq!(
        *calls.lock().unwrap(),
        [
            "before_create_post alice ordered [\"Rust\"]",
            "after_create_post ordered 1",
            "after_create_post_committed ordered",
            "before_list_posts Some(\"rust\") Sort { field: \"title\", descending: true }",
        ],
        "a failing after-commit hook is logged; the 201 stands"
    );
}

#[test]
fn a_failing_after_hook_rolls_back_the_post_its_tags_and_links() {
    let (server, calls) = recording(Some("fail"));
    let response = call(
        &server,
        Some(WRITER),
        "POST",
        "/api/data/posts",
        Some(&post("refused", true, &["one", "two"])),
    );
    assert_eq!(response.status, 409, "{}", response.text);
    assert_eq!(counts(&server), (0, 0, 0));
    assert_eq!(
        calls.lock().unwrap().last().map(String::as_str),
        Some("on_create_post_error 409"),
        "no after-commit hook"
    );
}

#[test]
fn a_panicking_after_hook_is_a_500_and_rolls_back() {
    let (server, calls) = recording(Some("panic"));
    let response = call(
        &server,
        Some(WRITER),
        "POST",
        "/api/data/posts",
        Some(&post("boom", true, &["one"])),
    );
    assert_eq!(response.status, 500, "{}", response.text);
    assert_eq!(counts(&server), (0, 0, 0));
    assert_eq!(
        calls.lock().unwrap().last().map(String::as_str),
        Some("on_create_post_error 500")
    );
    let after = call(
        &server,
        Some(WRITER),
        "POST",
        "/api/data/posts",
        Some(&post("fine", false, &[])),
    );
    assert_eq!(
        after.status, 500,
        "the same hook panics again; the server keeps serving"
    );
    assert_eq!(call(&server, None, "GET", "/health", None).status, 200);
}

#[test]
fn raw_getters_bypass_the_hooks_and_guarded_ones_run_them() {
    let (server, _) = server();
    create(&server, &post("draft", false, &["x"]));
    create(&server, &post("live", true, &["x"]));
    let raw = server.stack().api::<blog::RawApi>();
    let everything = block_on(raw.get_all_posts(PostQuery::default())).expect("reads");
    assert_eq!(everything.items.len(), 2, "drafts included: no hook ran");
    assert_eq!(everything.total, 2);
    let draft = block_on(raw.get_post_by_slug("draft".to_owned())).expect("reads");
    assert_eq!(draft.map(|post| post.post.slug), Some("draft".to_owned()));

    let guarded = server.stack().api::<blog::GuardedApi<BlogGuard>>();
    let denied = block_on(guarded.get_all_posts(None, PostQuery::default()));
    assert_eq!(denied.expect_err("anonymous").status().as_u16(), 403);
    let published = PostQuery {
        published: Some(true),
        sort: Sort::asc("title"),
        ..PostQuery::default()
    };
    let public = block_on(guarded.get_all_posts(None, published)).expect("allowed");
    assert_eq!(public.items.len(), 1);
    let signed_in =
        block_on(guarded.get_all_posts(Some(Identity::new("alice")), PostQuery::default()))
            .expect("allowed");
    assert_eq!(signed_in.items.len(), 2);

    // The hooks' type is part of `GuardedApi`'s: asking for other hooks than the Stack's says so.
    let stack = server.stack();
    let wrong = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        stack.api::<blog::GuardedApi>()
    }))
    .expect_err("the Stack's blog plugin has `BlogGuard` hooks, not `()`");
    let message = wrong.downcast_ref::<String>().expect("a formatted message");
    assert!(
        message.contains("plugin `blog` is in this Stack, but not as")
            && message.contains("GuardedApi<MyHooks>"),
        "{message}"
    );
}

#[test]
fn slugs_keep_ascii_letters_and_digits() {
    assert_eq!(
        blog_example::slugify("Rust & WebAssembly!"),
        "rust-webassembly"
    );
    assert_eq!(blog_example::slugify("  C++ 20 "), "c-20");
    assert_eq!(blog_example::slugify("Crème brûlée"), "cr-me-br-l-e");
    assert_eq!(blog_example::slugify("日本"), "");
    assert_eq!(
        blog_example::slugify("\u{212A}elvin"),
        "elvin",
        "the Kelvin sign is not ASCII"
    );
}

#[test]
fn posts_of_one_millisecond_break_ties_in_the_sort_direction() {
    use btst_runtime::diesel::prelude::*;
    let (server, _) = server();
    let mut ids: Vec<(String, String)> = ["one", "two", "three", "four"]
        .iter()
        .map(|slug| {
            let created = create(&server, &post(slug, false, &[]));
            (
                created["id"].as_str().expect("an id").to_owned(),
                (*slug).to_owned(),
            )
        })
        .collect();
    // Every post in one millisecond, deterministically (ids are UUID v7: creation order).
    block_on(server.stack().db().run(|conn| {
        let first: btst_runtime::Timestamp = blog::post::table
            .select(blog::post::created_at)
            .order(blog::post::id.asc())
            .first(conn)?;
        btst_runtime::diesel::update(blog::post::table)
            .set(blog::post::created_at.eq(first))
            .execute(conn)
    }))
    .expect("updates");
    ids.sort();
    let ascending: Vec<String> = ids.iter().map(|(_, slug)| slug.clone()).collect();
    let descending: Vec<String> = ascending.iter().rev().cloned().collect();
    let list = |query: &str| {
        slugs(&call(
            &server,
            Some(WRITER),
            "GET",
            &format!("/api/data/posts?{query}"),
            None,
        ))
    };
    assert_eq!(list(""), descending, "newest first, ties by id descending");
    assert_eq!(list("sort=-createdAt"), descending);
    assert_eq!(list("sort=createdAt"), ascending, "oldest first");
    assert_eq!(list("sort=-createdAt&limit=2"), descending[..2]);
    assert_eq!(list("sort=-createdAt&limit=2&offset=2"), descending[2..]);
}

#[test]
fn search_ignores_case_in_every_script() {
    let (server, _) = server();
    for (slug, title) in [
        ("ecole", "École"),
        ("odos", "ΟΔΟΣ"),
        ("izmir", "İzmir"),
        ("ilik", "Ilık"),
        ("strasse", "Straße"),
    ] {
        create(
            &server,
            &json!({ "title": title, "content": "Text.", "slug": slug, "tags": [] }),
        );
    }
    let search = |text: &str| {
        let query = text.bytes().fold(String::new(), |mut query, byte| {
            use std::fmt::Write as _;
            let _ = write!(query, "%{byte:02X}");
            query
        });
        let mut found = slugs(&call(
            &server,
            Some(WRITER),
            "GET",
            &format!("/api/data/posts?query={query}"),
            None,
        ));
        found.sort();
        found
    };
    for (text, expected) in [
        ("École", &["ecole"][..]),
        ("ÉCOLE", &["ecole"]),
        ("école", &["ecole"]),
        ("cOl", &["ecole"]),
        ("ΟΔΟΣ", &["odos"]),
        ("οδος", &["odos"]),
        ("οδοσ", &["odos"]),
        ("Οδος", &["odos"]),
        ("İZMİR", &["izmir"]),
        ("izmir", &["izmir"]),
        ("IZMIR", &["izmir"]),
        ("ızmır", &["izmir"]),
        ("ılık", &["ilik"]),
        ("ILIK", &["ilik"]),
        ("İlİk", &["ilik"]),
        ("i", &["ilik", "izmir"]),
        ("ı", &["ilik", "izmir"]),
        ("straße", &["strasse"]),
        ("STRASSE", &[]),
        ("ss", &[]),
    ] {
        assert_eq!(search(text), expected, "q={text}");
    }
}

#[test]
fn the_page_size_is_capped_by_the_plugins_options() {
    let server = TestServer::start(blog_example::stack_of(
        blog_example::blog::plugin()
            .hooks(BlogGuard::default())
            .options(blog_example::blog::BlogOptions { max_page_size: 1 }),
    ));
    create(&server, &post("first", true, &["rust"]));
    create(&server, &post("second", true, &["rust"]));
    let page = call(&server, None, "GET", "/api/data/posts?limit=50", None);
    assert_eq!(slugs(&page).len(), 1, "{}", page.text);
    assert_eq!(
        (&page.json["limit"], &page.json["total"]),
        (&json!(1), &json!(2))
    );
}
