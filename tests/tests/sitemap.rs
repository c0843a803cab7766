//! `/sitemap.xml`: the Blog's `#[sitemap]` function lists its index and its published posts (never
//! a draft) with their last change, joined to `Stack::public_url` or to the request's own
//! origin; a Stack whose plugins declare no sitemap has no `/sitemap.xml`. Runs on SQLite, or on
//! the server `BTST_TEST_DATABASE_URL` names.

use btst_runtime::testing::{TestServer, Value, json};

fn create(server: &TestServer, slug: &str, published: bool) -> Value {
    let body = json!({
        "title": format!("About {slug}"),
        "content": "...",
        "slug": slug,
        "published": published,
        "tags": ["rust"],
    });
    let response = server.send_json(
        "POST",
        "/api/data/posts",
        &[("authorization", "Bearer alice")],
        &body,
    );
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

/// The `<loc>`s of a sitemap, in order.
fn locations(xml: &str) -> Vec<&str> {
    xml.split("<loc>")
        .skip(1)
        .map(|rest| rest.split("</loc>").next().unwrap_or_default())
        .collect()
}

#[test]
fn the_blog_lists_its_index_and_published_posts_with_their_last_change() {
    let server = TestServer::start(blog_example::stack().public_url("https://blog.example/"));
    let empty = server.get("/sitemap.xml");
    assert_eq!(empty.status, 200, "{}", empty.text);
    assert_eq!(empty.content_type, "application/xml; charset=utf-8");
    assert!(empty.text.starts_with("<?xml"), "{}", empty.text);
    assert!(
        empty
            .text
            .contains("xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""),
        "{}",
        empty.text
    );
    assert_eq!(locations(&empty.text), ["https://blog.example/blog"]);

    let first = create(&server, "first", true);
    create(&server, "a draft", false);
    let slashed = create(&server, "a/b c", true);
    let sitemap = server.get("/sitemap.xml");
    assert_eq!(
        locations(&sitemap.text),
        [
            "https://blog.example/blog",
            "https://blog.example/blog/a%2Fb%20c",
            "https://blog.example/blog/first",
        ],
        "newest change first; the draft is not listed"
    );
    for post in [&first, &slashed] {
        let updated = post["updatedAt"].as_str().expect("a timestamp");
        // sitemaps.org's W3C datetime, to the second.
        let lastmod = format!("<lastmod>{}", &updated[..19]);
        assert!(
            sitemap.text.contains(&lastmod),
            "{lastmod} in {}",
            sitemap.text
        );
    }
    assert!(sitemap.text.contains("<changefreq>daily</changefreq>"));

    let head = server.request("HEAD", "/sitemap.xml", None, None);
    assert_eq!(head.status, 200);
    assert!(head.text.is_empty());
}

#[test]
fn without_a_public_url_locations_join_the_requests_origin() {
    let server = TestServer::start(blog_example::stack());
    create(&server, "here", true);
    let sitemap = server.get("/sitemap.xml");
    let origin = server.url("");
    assert_eq!(
        locations(&sitemap.text),
        [format!("{origin}/blog"), format!("{origin}/blog/here")]
    );
}

#[test]
fn a_stack_without_sitemaps_has_no_sitemap_xml() {
    let server = TestServer::start(todo_example::stack());
    let response = server.get("/sitemap.xml");
    assert_eq!(response.status, 404, "{}", response.text);
}
