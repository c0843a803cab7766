//! HTTP behaviour of the showcase: the Todo, Blog and Comments plugins in one Stack under
//! `/api`. Comments on blog posts and todos wait for an editor, are visible meanwhile to their
//! author only, thread as replies on one resource, are liked once per caller, and go with
//! their replies; the comments plugin's deletes, likes and moderation are refused without
//! hooks and allowed by the showcase's. Runs on SQLite, or on the server
//! `BTST_TEST_DATABASE_URL` names.

use btst_comments::comments::{self, Comment, CommentLike};
use btst_runtime::testing::{TestResponse, TestServer, Value, block_on, json};
use showcase_example::{MAX_PAGE_SIZE, ShowcaseModeration, comments_options, stack, stack_with};

const ALICE: &str = "Bearer alice";
const BOB: &str = "Bearer bob";
const EDITOR: &str = "Bearer editor-eve";

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

/// A published blog post, written by alice; its id.
fn post(server: &TestServer, slug: &str) -> String {
    let body = json!({
        "title": format!("About {slug}"),
        "content": "Text.",
        "slug": slug,
        "published": true,
        "tags": ["news"],
    });
    let response = call(server, Some(ALICE), "POST", "/api/posts", Some(&body));
    assert_eq!(response.status, 201, "{}", response.text);
    id(&response.json)
}

fn id(value: &Value) -> String {
    value["id"]
        .as_str()
        .unwrap_or_else(|| panic!("an id in {value}"))
        .to_owned()
}

/// `POST /api/comments` as `auth`; the response, whatever it is.
fn try_comment(
    server: &TestServer,
    auth: Option<&str>,
    resource: (&str, &str),
    parent: Option<&str>,
    text: &str,
) -> TestResponse {
    let mut body = json!({ "resourceType": resource.0, "resourceId": resource.1, "body": text });
    if let Some(parent) = parent {
        body["parentId"] = json!(parent);
    }
    call(server, auth, "POST", "/api/comments", Some(&body))
}

/// A comment written by `auth`; the stored comment.
fn comment(
    server: &TestServer,
    auth: &str,
    resource: (&str, &str),
    parent: Option<&str>,
    text: &str,
) -> Value {
    let response = try_comment(server, Some(auth), resource, parent, text);
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

/// The bodies of `GET /api/comments/{type}/{id}` as `auth` sees them, in order.
fn bodies(server: &TestServer, auth: Option<&str>, resource: (&str, &str)) -> Vec<String> {
    let path = format!("/api/comments/{}/{}", resource.0, resource.1);
    let response = call(server, auth, "GET", &path, None);
    assert_eq!(response.status, 200, "{}", response.text);
    texts(&response.json)
}

fn texts(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap_or_else(|| panic!("items in {list}"))
        .iter()
        .map(|comment| comment["body"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// `POST /api/comments/{id}/{action}` (`like`, `approve`, `spam`) as `auth`.
fn act(server: &TestServer, auth: Option<&str>, comment: &str, action: &str) -> TestResponse {
    call(
        server,
        auth,
        "POST",
        &format!("/api/comments/{comment}/{action}"),
        None,
    )
}

fn approve(server: &TestServer, comment: &str) -> Value {
    let approved = act(server, Some(EDITOR), comment, "approve");
    assert_eq!(approved.status, 200, "{}", approved.text);
    approved.json
}

fn delete(server: &TestServer, auth: Option<&str>, comment: &str) -> TestResponse {
    call(
        server,
        auth,
        "DELETE",
        &format!("/api/comments/{comment}"),
        None,
    )
}

fn counts(server: &TestServer) -> (i64, i64) {
    let db = server.stack().db();
    (
        block_on(db.count::<Comment>()).expect("counts"),
        block_on(db.count::<CommentLike>()).expect("counts"),
    )
}

#[test]
fn a_comment_on_a_post_waits_for_an_editor_and_only_its_author_sees_it_meanwhile() {
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let on_post = ("post", post.as_str());
    let written = comment(&server, ALICE, on_post, None, "First!");
    assert_eq!(written["status"], "pending");
    assert_eq!(written["authorId"], "alice");
    assert_eq!(written["likeCount"], 0);
    assert_eq!(written["parentId"], Value::Null);
    assert_eq!(
        (
            written["resourceType"].as_str(),
            written["resourceId"].as_str()
        ),
        (Some("post"), Some(post.as_str()))
    );
    let comment_id = id(&written);
    assert_eq!(bodies(&server, Some(ALICE), on_post), ["First!"]);
    assert!(bodies(&server, None, on_post).is_empty());
    assert!(bodies(&server, Some(BOB), on_post).is_empty());
    let anonymous = call(
        &server,
        None,
        "GET",
        &format!("/api/comments/post/{post}"),
        None,
    );
    assert_eq!(anonymous.json["total"], 0, "{}", anonymous.text);
    // The editor finds it in the moderation queue, which no one else reads.
    let queue = call(
        &server,
        Some(EDITOR),
        "GET",
        "/api/comments?status=pending",
        None,
    );
    assert_eq!(queue.status, 200, "{}", queue.text);
    assert_eq!(texts(&queue.json), ["First!"]);
    assert_eq!(
        call(&server, Some(BOB), "GET", "/api/comments", None).status,
        403
    );
    assert_eq!(
        texts(
            &call(
                &server,
                Some(EDITOR),
                "GET",
                "/api/comments?status=approved",
                None
            )
            .json
        ),
        Vec::<String>::new()
    );
    // A reader does not approve it; an editor does, and then everyone sees it.
    let by_bob = act(&server, Some(BOB), &comment_id, "approve");
    assert_eq!(by_bob.status, 403, "{}", by_bob.text);
    assert_eq!(approve(&server, &comment_id)["status"], "approved");
    assert_eq!(bodies(&server, None, on_post), ["First!"]);
    assert_eq!(bodies(&server, Some(BOB), on_post), ["First!"]);
    // Marked as spam, it is hidden again from everyone but its author.
    let spam = act(&server, Some(EDITOR), &comment_id, "spam");
    assert_eq!(
        (spam.status, &spam.json["status"]),
        (200, &json!("spam")),
        "{}",
        spam.text
    );
    assert!(bodies(&server, None, on_post).is_empty());
    assert_eq!(bodies(&server, Some(ALICE), on_post), ["First!"]);
    // Moderating a comment that does not exist is a 404.
    assert_eq!(
        act(&server, Some(EDITOR), "no-such-comment", "approve").status,
        404
    );
}

#[test]
fn without_hooks_deletes_likes_and_moderation_are_refused() {
    let server = TestServer::start(stack_with(comments::plugin().options(comments_options())));
    let post = post(&server, "hello");
    let written = comment(&server, ALICE, ("post", &post), None, "Mine");
    let comment_id = id(&written);
    for auth in [ALICE, BOB, EDITOR] {
        for action in ["like", "approve", "spam"] {
            let refused = act(&server, Some(auth), &comment_id, action);
            assert_eq!(refused.status, 403, "{auth} {action}: {}", refused.text);
            assert!(
                refused.json["detail"]
                    .as_str()
                    .is_some_and(|detail| detail.contains("unless the app's hooks allow it")),
                "{}",
                refused.text
            );
        }
        assert_eq!(
            delete(&server, Some(auth), &comment_id).status,
            403,
            "{auth}"
        );
        assert_eq!(
            call(&server, Some(auth), "GET", "/api/comments", None).status,
            403
        );
    }
    // A like needs a caller before any hook runs: 401 with the provider's challenge.
    let anonymous = act(&server, None, &comment_id, "like");
    assert_eq!(anonymous.status, 401, "{}", anonymous.text);
    assert_eq!(anonymous.header("www-authenticate"), Some("Bearer"));
    // Nothing changed; what no hook guards is still served.
    assert_eq!(counts(&server), (1, 0));
    assert_eq!(bodies(&server, Some(ALICE), ("post", &post)), ["Mine"]);
    let edited = call(
        &server,
        Some(ALICE),
        "PATCH",
        &format!("/api/comments/{comment_id}"),
        Some(&json!({ "body": "Mine, edited" })),
    );
    assert_eq!(
        (edited.status, &edited.json["status"]),
        (200, &json!("pending")),
        "{}",
        edited.text
    );
    // Without the showcase's hooks, nothing checks that the resource exists.
    comment(&server, BOB, ("anything", "at-all"), None, "Unchecked");
}

#[test]
fn the_showcase_hooks_let_editors_moderate_authors_delete_and_callers_like() {
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let on_post = ("post", post.as_str());
    let alices = id(&comment(&server, ALICE, on_post, None, "Alice's"));
    let bobs = id(&comment(&server, BOB, on_post, None, "Bob's"));
    approve(&server, &alices);
    approve(&server, &bobs);
    // A plain reader moderates nothing and deletes no one else's comment.
    for action in ["approve", "spam"] {
        let refused = act(&server, Some(BOB), &alices, action);
        assert_eq!(refused.status, 403, "{action}: {}", refused.text);
    }
    let refused = delete(&server, Some(BOB), &alices);
    assert_eq!(refused.status, 403, "{}", refused.text);
    assert_eq!(
        refused.json["detail"],
        "only its author or an editor deletes a comment"
    );
    assert_eq!(delete(&server, None, &alices).status, 403);
    // Any caller likes.
    let liked = act(&server, Some(BOB), &alices, "like");
    assert_eq!(
        (liked.status, &liked.json["likeCount"]),
        (200, &json!(1)),
        "{}",
        liked.text
    );
    // An author deletes their own; an editor deletes anyone's.
    let own = delete(&server, Some(ALICE), &alices);
    assert_eq!(
        (own.status, &own.json),
        (200, &json!({ "success": true })),
        "{}",
        own.text
    );
    assert_eq!(delete(&server, Some(EDITOR), &bobs).status, 200);
    assert_eq!(counts(&server), (0, 0));
    assert_eq!(delete(&server, Some(EDITOR), &bobs).status, 404);
    assert_eq!(delete(&server, Some(ALICE), &bobs).status, 404);
}

#[test]
fn a_like_toggles_once_per_caller_and_is_counted() {
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let comment_id = id(&comment(&server, ALICE, ("post", &post), None, "Like me"));
    // Someone else's pending comment cannot be liked: it is not there for them.
    assert_eq!(act(&server, Some(BOB), &comment_id, "like").status, 404);
    approve(&server, &comment_id);
    let likes = |auth: &str| {
        let response = act(&server, Some(auth), &comment_id, "like");
        assert_eq!(response.status, 200, "{}", response.text);
        assert_eq!(response.json["id"], comment_id.as_str());
        response.json["likeCount"].as_i64().expect("a count")
    };
    assert_eq!(likes(BOB), 1);
    assert_eq!(counts(&server), (1, 1));
    assert_eq!(likes(BOB), 0);
    assert_eq!(counts(&server), (1, 0));
    assert_eq!(likes(BOB), 1);
    assert_eq!(likes(EDITOR), 2);
    assert_eq!(likes(ALICE), 3);
    assert_eq!(likes(EDITOR), 2);
    assert_eq!(counts(&server), (1, 2));
    // The list shows the stored count.
    let list = call(
        &server,
        None,
        "GET",
        &format!("/api/comments/post/{post}"),
        None,
    );
    assert_eq!(list.json["items"][0]["likeCount"], 2, "{}", list.text);
    assert_eq!(act(&server, None, &comment_id, "like").status, 401);
    assert_eq!(
        act(&server, Some(BOB), "no-such-comment", "like").status,
        404
    );
}

/// Likes sent at once are toggled one after the other: ten callers liking once count ten, and
/// one caller's six likes sent together (an even number of toggles) leave none of theirs.
#[test]
fn likes_sent_at_once_are_each_counted() {
    const CALLERS: usize = 10;
    const TOGGLES: usize = 6;
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let comment_id = id(&comment(&server, ALICE, ("post", &post), None, "Popular"));
    approve(&server, &comment_id);
    let tokens: Vec<String> = (0..CALLERS)
        .map(|n| format!("Bearer reader-{n}"))
        .chain((0..TOGGLES).map(|_| BOB.to_owned()))
        .collect();
    let start = std::sync::Barrier::new(tokens.len());
    let statuses: Vec<(u16, String)> = std::thread::scope(|scope| {
        let likes: Vec<_> = tokens
            .iter()
            .map(|token| {
                let (server, start, comment_id) = (&server, &start, &comment_id);
                scope.spawn(move || {
                    start.wait();
                    let response = act(server, Some(token), comment_id, "like");
                    (response.status, response.text)
                })
            })
            .collect();
        likes
            .into_iter()
            .map(|like| like.join().expect("joins"))
            .collect()
    });
    for (status, text) in &statuses {
        assert_eq!(*status, 200, "{text}");
    }
    let callers = i64::try_from(CALLERS).expect("a few callers");
    assert_eq!(counts(&server), (1, callers));
    let list = call(
        &server,
        None,
        "GET",
        &format!("/api/comments/post/{post}"),
        None,
    );
    assert_eq!(list.json["items"][0]["likeCount"], callers, "{}", list.text);
}

#[test]
fn a_reply_goes_on_its_parents_resource_only() {
    let server = TestServer::start(stack());
    let first = post(&server, "first");
    let second = post(&server, "second");
    let parent = id(&comment(&server, ALICE, ("post", &first), None, "Top"));
    let refused = try_comment(
        &server,
        Some(ALICE),
        ("post", &second),
        Some(&parent),
        "Elsewhere",
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(refused.json["code"], "VALIDATION_ERROR");
    assert_eq!(refused.json["issues"][0]["path"], "parentId");
    assert_eq!(
        refused.json["issues"][0]["message"],
        "is a comment on another resource: a reply must have its parent's `resourceType` and \
         `resourceId`"
    );
    // Same id, another resource type: refused as well.
    let todo = call(
        &server,
        None,
        "POST",
        "/api/todos",
        Some(&json!({ "title": "t" })),
    );
    assert_eq!(todo.status, 201, "{}", todo.text);
    let other_type = try_comment(
        &server,
        Some(ALICE),
        ("todo", &id(&todo.json)),
        Some(&parent),
        "Elsewhere",
    );
    assert_eq!(other_type.status, 400, "{}", other_type.text);
    // A parent that does not exist, or that the caller cannot see (bob, alice's pending
    // comment), is no comment.
    for (auth, parent) in [(ALICE, "no-such-comment"), (BOB, parent.as_str())] {
        let missing = try_comment(&server, Some(auth), ("post", &first), Some(parent), "Reply");
        assert_eq!(missing.status, 400, "{}", missing.text);
        assert_eq!(
            missing.json["issues"][0]["message"],
            "no comment with this id"
        );
    }
    // On the parent's resource, a reply is stored with its parent.
    let reply = comment(&server, ALICE, ("post", &first), Some(&parent), "Reply");
    assert_eq!(reply["parentId"], parent.as_str());
    assert_eq!(
        bodies(&server, Some(ALICE), ("post", &first)),
        ["Top", "Reply"]
    );
    assert!(bodies(&server, Some(ALICE), ("post", &second)).is_empty());
    assert_eq!(counts(&server), (2, 0));
}

#[test]
fn deleting_a_comment_deletes_its_replies_and_their_likes() {
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let on_post = ("post", post.as_str());
    let top = id(&comment(&server, ALICE, on_post, None, "Top"));
    let reply = id(&comment(&server, ALICE, on_post, Some(&top), "Reply"));
    let nested = id(&comment(
        &server,
        ALICE,
        on_post,
        Some(&reply),
        "Reply to the reply",
    ));
    comment(&server, ALICE, on_post, None, "Another");
    for liked in [&top, &reply, &nested] {
        approve(&server, liked);
        assert_eq!(act(&server, Some(BOB), liked, "like").status, 200);
    }
    assert_eq!(counts(&server), (4, 3));
    let deleted = delete(&server, Some(ALICE), &top);
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    assert_eq!(counts(&server), (1, 0));
    assert_eq!(bodies(&server, Some(ALICE), on_post), ["Another"]);
    assert_eq!(act(&server, Some(EDITOR), &nested, "approve").status, 404);
}

#[test]
fn only_its_author_edits_a_comment_and_only_its_body() {
    let server = TestServer::start(stack());
    let post = post(&server, "hello");
    let written = comment(&server, ALICE, ("post", &post), None, "Typo");
    let comment_id = id(&written);
    let path = format!("/api/comments/{comment_id}");
    let edit = |auth: Option<&str>, body: &Value| call(&server, auth, "PATCH", &path, Some(body));
    let edited = edit(Some(ALICE), &json!({ "body": "Fixed" }));
    assert_eq!(edited.status, 200, "{}", edited.text);
    assert_eq!(
        (&edited.json["body"], &edited.json["status"]),
        (&json!("Fixed"), &json!("pending"))
    );
    assert_eq!(edited.json["createdAt"], written["createdAt"]);
    assert!(edited.json["updatedAt"].as_str() >= written["updatedAt"].as_str());
    // Bob does not see alice's pending comment; once approved, he sees it but may not edit it.
    assert_eq!(edit(Some(BOB), &json!({ "body": "Mine now" })).status, 404);
    approve(&server, &comment_id);
    let refused = edit(Some(BOB), &json!({ "body": "Mine now" }));
    assert_eq!(refused.status, 403, "{}", refused.text);
    assert_eq!(refused.json["detail"], "only its author edits a comment");
    assert_eq!(edit(None, &json!({ "body": "Anyone" })).status, 401);
    // A comment's resource, parent and status are not the client's to change.
    let moved = edit(
        Some(ALICE),
        &json!({ "body": "x", "resourceId": "elsewhere", "status": "approved" }),
    );
    assert_eq!(moved.status, 400, "{}", moved.text);
    let paths: Vec<&str> = moved.json["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .filter_map(|issue| issue["path"].as_str())
        .collect();
    assert_eq!(paths, ["resourceId", "status"], "{}", moved.text);
    let empty = edit(Some(ALICE), &json!({ "body": "" }));
    assert_eq!(empty.status, 400, "{}", empty.text);
    assert_eq!(empty.json["issues"][0]["path"], "body");
    assert_eq!(bodies(&server, None, ("post", &post)), ["Fixed"]);
    let missing = call(
        &server,
        Some(ALICE),
        "PATCH",
        "/api/comments/no-such-comment",
        Some(&json!({ "body": "x" })),
    );
    assert_eq!(missing.status, 404, "{}", missing.text);
}

#[test]
fn a_list_holds_at_most_the_options_page_size() {
    const WRITTEN: i64 = MAX_PAGE_SIZE + 5;
    let server = TestServer::start(stack());
    let post = post(&server, "busy");
    for n in 0..WRITTEN {
        comment(&server, ALICE, ("post", &post), None, &format!("c{n:02}"));
    }
    let page = |query: &str| {
        let response = call(
            &server,
            Some(ALICE),
            "GET",
            &format!("/api/comments/post/{post}{query}"),
            None,
        );
        assert_eq!(response.status, 200, "{}", response.text);
        response.json
    };
    let first = page("?limit=100");
    assert_eq!(
        (first["limit"].as_i64(), first["total"].as_i64()),
        (Some(MAX_PAGE_SIZE), Some(WRITTEN))
    );
    let expected: Vec<String> = (0..MAX_PAGE_SIZE).map(|n| format!("c{n:02}")).collect();
    assert_eq!(texts(&first), expected, "oldest first");
    let rest = page(&format!("?limit=100&offset={MAX_PAGE_SIZE}"));
    let expected: Vec<String> = (MAX_PAGE_SIZE..WRITTEN)
        .map(|n| format!("c{n:02}"))
        .collect();
    assert_eq!(texts(&rest), expected);
    // A smaller limit is kept; the runtime's own bound still answers 400.
    let small = page("?limit=3");
    assert_eq!((small["limit"].as_i64(), texts(&small).len()), (Some(3), 3));
    let default = page("");
    assert_eq!(
        default["limit"].as_i64(),
        Some(MAX_PAGE_SIZE.min(btst_runtime::DEFAULT_LIMIT))
    );
    let too_big = call(
        &server,
        None,
        "GET",
        &format!("/api/comments/post/{post}?limit=101"),
        None,
    );
    assert_eq!(too_big.status, 400, "{}", too_big.text);
    // The moderation queue is clamped too, newest first.
    let queue = call(
        &server,
        Some(EDITOR),
        "GET",
        "/api/comments?limit=100",
        None,
    );
    assert_eq!(queue.status, 200, "{}", queue.text);
    assert_eq!(queue.json["limit"].as_i64(), Some(MAX_PAGE_SIZE));
    assert_eq!(texts(&queue.json).first().map(String::as_str), Some("c24"));
}

#[test]
fn comments_go_on_existing_posts_and_todos_beside_the_todo_and_blog_routes() {
    let server = TestServer::start(stack());
    // The Todo plugin, as served alone.
    let todo = call(
        &server,
        None,
        "POST",
        "/api/todos",
        Some(&json!({ "title": "Write tests" })),
    );
    assert_eq!(todo.status, 201, "{}", todo.text);
    let todo_id = id(&todo.json);
    let done = call(
        &server,
        None,
        "PUT",
        &format!("/api/todos/{todo_id}"),
        Some(&json!({ "completed": true })),
    );
    assert_eq!(
        (done.status, &done.json["completed"]),
        (200, &json!(true)),
        "{}",
        done.text
    );
    let todos = call(&server, None, "GET", "/api/todos", None);
    assert_eq!(
        todos.json.as_array().map(Vec::len),
        Some(1),
        "{}",
        todos.text
    );
    // The Blog plugin, with its hooks: a write needs a caller, a delete an editor.
    let anonymous = call(
        &server,
        None,
        "POST",
        "/api/posts",
        Some(&json!({ "title": "t", "content": "c", "slug": "s" })),
    );
    assert_eq!(anonymous.status, 403, "{}", anonymous.text);
    let post_id = post(&server, "hello");
    let posts = call(&server, None, "GET", "/api/posts", None);
    assert_eq!(posts.json["total"], 1, "{}", posts.text);
    assert_eq!(
        call(&server, None, "GET", "/api/tags", None).json[0]["name"],
        "news"
    );
    // Comments on either, and on nothing else.
    comment(&server, ALICE, ("post", &post_id), None, "On the post");
    comment(&server, ALICE, ("todo", &todo_id), None, "On the todo");
    for (resource, detail) in [
        (
            ("post", "no-such-post"),
            "no post with the id `no-such-post`",
        ),
        (
            ("todo", post_id.as_str()),
            &*format!("no todo with the id `{post_id}`"),
        ),
        (
            ("page", "home"),
            "comments go on a post or a todo, not a `page`",
        ),
    ] {
        let refused = try_comment(&server, Some(ALICE), resource, None, "Lost");
        assert_eq!(refused.status, 422, "{}", refused.text);
        assert_eq!(
            (&refused.json["code"], &refused.json["detail"]),
            (&json!("UNKNOWN_RESOURCE"), &json!(detail))
        );
    }
    assert_eq!(counts(&server), (2, 0));
    assert_eq!(
        try_comment(&server, None, ("post", &post_id), None, "Anonymous").status,
        401
    );
    // Deleting the post leaves its comments (the plugin knows no posts): the host's to tidy.
    let deleted = call(
        &server,
        Some(EDITOR),
        "DELETE",
        &format!("/api/posts/{post_id}"),
        None,
    );
    assert_eq!(deleted.status, 200, "{}", deleted.text);
    assert_eq!(
        bodies(&server, Some(ALICE), ("post", &post_id)),
        ["On the post"]
    );
}

#[test]
fn one_document_describes_the_three_plugins() {
    let server = TestServer::start(stack());
    // The comments' statuses (the showcase's hooks add 422) and security beside the others.
    let document = call(&server, None, "GET", "/openapi.json", None).json;
    let paths = &document["paths"];
    for path in [
        "/api/todos",
        "/api/posts",
        "/api/tags",
        "/api/comments",
        "/api/comments/{id}/like",
    ] {
        assert!(paths[path].is_object(), "{path}");
    }
    let create = &paths["/api/comments"]["post"];
    assert_eq!(create["operationId"], "comments.create_comment");
    assert!(create["responses"]["422"].is_object(), "{create}");
    assert_eq!(create["security"], json!([{ "bearerAuth": [] }]));
    let like = &paths["/api/comments/{id}/like"]["post"];
    assert!(
        like["description"]
            .as_str()
            .is_some_and(|text| text.contains("Denied by default")),
        "{like}"
    );
    assert_eq!(call(&server, None, "GET", "/health", None).status, 200);
}

#[test]
fn options_given_at_install_approve_at_once_and_bound_the_page() {
    // The showcase's hooks, the plugin installed with other options: comments are approved as
    // they are written, and a page holds two.
    let server = TestServer::start(stack_with(
        comments::plugin()
            .options(comments::CommentsOptions {
                max_page_size: 2,
                auto_approve: true,
            })
            .hooks(ShowcaseModeration),
    ));
    let post = post(&server, "open");
    for text in ["a", "b", "c"] {
        assert_eq!(
            comment(&server, BOB, ("post", &post), None, text)["status"],
            "approved"
        );
    }
    let list = call(
        &server,
        None,
        "GET",
        &format!("/api/comments/post/{post}?limit=50"),
        None,
    );
    assert_eq!(
        (texts(&list.json), &list.json["total"]),
        (vec!["a".to_owned(), "b".to_owned()], &json!(3))
    );
}
