//! Plugins that compose like packages (issue 18): names per plugin, dependencies, references
//! across plugins with their cascade, options, the caller as an endpoint argument, and
//! endpoints denied by default. Run on every backend (`BTST_TEST_DATABASE_URL`).

use btst_runtime::Stack;
use btst_runtime::testing::TestServer;
use btst_tests::composition::community::CommunityOptions;
use btst_tests::composition::{self, Moderation, community, users};
use serde_json::{Value, json};

const ALICE: (&str, &str) = ("authorization", "Bearer alice");
const MODERATOR: (&str, &str) = ("authorization", "Bearer mod-mia");

fn create_user(server: &TestServer, handle: &str) -> String {
    let user = server.post("/api/users", &json!({ "handle": handle }));
    assert_eq!(user.status, 201, "{}", user.text);
    user.json["id"].as_str().expect("an id").to_owned()
}

fn create_profile(server: &TestServer, user: &str, bio: &str) -> Value {
    let profile = server.send_json(
        "POST",
        "/api/profiles",
        &[ALICE],
        &json!({ "userId": user, "bio": bio }),
    );
    assert_eq!(profile.status, 201, "{}", profile.text);
    profile.json
}

#[test]
fn a_reference_to_another_plugins_model_is_a_foreign_key_with_its_cascade() {
    let server = TestServer::start(composition::stack());
    let ann = create_user(&server, "ann");
    let bob = create_user(&server, "bob");
    create_profile(&server, &ann, "hello");
    create_profile(&server, &bob, "hi");
    // A profile of no user is refused by the foreign key: 409, nothing written.
    let orphan = server.send_json(
        "POST",
        "/api/profiles",
        &[ALICE],
        &json!({ "userId": "nobody", "bio": "?" }),
    );
    assert_eq!(orphan.status, 409, "{}", orphan.text);
    // The join across the two plugins' tables.
    assert_eq!(
        server.get("/api/profiles/handles").json,
        json!(["ann", "bob"])
    );
    // Deleting a user deletes its profile, in the other plugin's table.
    assert_eq!(server.delete(&format!("/api/users/{ann}")).status, 200);
    let left = server.get("/api/profiles").json;
    assert_eq!(left.as_array().map(Vec::len), Some(1), "{left}");
    assert_eq!(left[0]["userId"], bob);
}

#[test]
fn a_user_another_plugin_references_with_restrict_is_not_deleted() {
    let server = TestServer::start(composition::stack());
    let ann = create_user(&server, "ann");
    let nickname = server.post(
        "/api/nicknames",
        &json!({ "nickname": "annie", "accountId": ann }),
    );
    assert_eq!(nickname.status, 201, "{}", nickname.text);
    let refused = server.delete(&format!("/api/users/{ann}"));
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert_eq!(
        refused.json["detail"],
        "this record is still referenced by other records"
    );
    // Nothing deleted: a profile of the user can still be made.
    create_profile(&server, &ann, "still here");
}

#[test]
fn plugins_sharing_model_and_endpoint_names_serve_together_with_qualified_names() {
    let server = TestServer::start(composition::stack());
    // `community` has a `User` model and a `create_user` endpoint, as `users` has.
    let nickname = server.post("/api/nicknames", &json!({ "nickname": "zed" }));
    assert_eq!(nickname.status, 201, "{}", nickname.text);
    create_user(&server, "zed");
    let document = server.get("/openapi.json").json;
    let schemas = &document["components"]["schemas"];
    for name in [
        "users.User",
        "community.User",
        "users.NewUser",
        "community.NewUser",
    ] {
        assert!(schemas[name].is_object(), "{name} in {schemas}");
    }
    assert_eq!(
        schemas["community.User"]["properties"]["nickname"]["type"],
        "string"
    );
    assert_eq!(
        document["paths"]["/api/users"]["post"]["operationId"],
        "users.create_user"
    );
    assert_eq!(
        document["paths"]["/api/nicknames"]["post"]["operationId"],
        "community.create_user"
    );
    // The probe, the clash plugin (a `Tag`, a `Color` and a `create_tag` of its own) and the
    // Todo plugin's names, in one Stack.
    let server = TestServer::start(
        btst_tests::probe_stack()
            .plugin(btst_tests::clash::plugin())
            .plugin(todo_example::todos::plugin()),
    );
    assert_eq!(
        server.post("/probe/tags", &json!({ "name": "a" })).status,
        201
    );
    let clash = server.post("/probe/clash-tags", &json!({ "label": "b" }));
    assert_eq!((clash.status, &clash.json["color"]), (201, &json!("RED")));
    let document = server.get("/openapi.json").json;
    let schemas = &document["components"]["schemas"];
    assert!(schemas["probe.Tag"].is_object() && schemas["clash.Tag"].is_object());
    assert!(
        schemas["clash.Color"]["enum"].is_array(),
        "{}",
        schemas["clash.Color"]
    );
    let operations: Vec<&str> = document["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().expect("an item").values())
        .filter_map(|operation| operation["operationId"].as_str())
        .collect();
    for id in [
        "probe.create_tag",
        "clash.create_tag",
        "todos.list_todos",
        "clash.list_todos",
    ] {
        assert!(operations.contains(&id), "{id} in {operations:?}");
    }
}

#[test]
fn a_missing_dependency_or_a_cycle_is_refused_at_open() {
    let error = Stack::new()
        .plugin(community::plugin())
        .open("sqlite::memory:")
        .expect_err("users is missing");
    assert_eq!(
        error.to_string(),
        "plugin `community` depends on the plugin `users`, which is not in this Stack: add it \
         with `.plugin(..)`"
    );
    let error = Stack::new()
        .plugin(composition::chicken::plugin())
        .plugin(composition::egg::plugin())
        .open("sqlite::memory:")
        .expect_err("a cycle");
    assert_eq!(
        error.to_string(),
        "the plugins `chicken` (depends on `egg`) and `egg` (depends on `chicken`) depend on \
         each other, so none can be set up first: remove one of the dependencies"
    );
    // Added dependent first, opened in dependency order: the foreign key's table exists.
    Stack::new()
        .identity(|_: &btst_runtime::HeaderMap| Ok(None))
        .plugin(community::plugin())
        .plugin(users::plugin())
        .open("sqlite::memory:")
        .expect("ordered by dependency");
}

#[test]
fn options_are_defaulted_or_given_and_reach_endpoints_and_hooks() {
    let server = TestServer::start(composition::stack());
    assert_eq!(server.get("/api/greeting").json, json!("Welcome, stranger"));
    let user = create_user(&server, "ann");
    for bio in ["a", "b", "c"] {
        create_profile(&server, &user, bio);
    }
    assert_eq!(
        server
            .get("/api/profiles?limit=50")
            .json
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    let server = TestServer::start(composition::stack_with(community::plugin().options(
        CommunityOptions {
            max_page_size: 2,
            greeting: "Hello".to_owned(),
        },
    )));
    assert_eq!(server.get("/api/greeting").json, json!("Hello, stranger"));
    let user = create_user(&server, "ann");
    for bio in ["a", "b", "c"] {
        create_profile(&server, &user, bio);
    }
    let page = server.get("/api/profiles?limit=50");
    assert_eq!(
        page.json.as_array().map(Vec::len),
        Some(2),
        "the options' page size: {}",
        page.text
    );
}

#[test]
fn identity_arguments_require_or_accept_the_caller() {
    let server = TestServer::start(composition::stack());
    let user = create_user(&server, "ann");
    // `Identity`: 401 without a caller, with the provider's challenge; nothing written.
    let anonymous = server.post("/api/profiles", &json!({ "userId": user, "bio": "x" }));
    assert_eq!(anonymous.status, 401, "{}", anonymous.text);
    assert_eq!(anonymous.header("www-authenticate"), Some("Bearer"));
    assert_eq!(server.get("/api/profiles").json, json!([]));
    // With one, the endpoint stamps the caller.
    assert_eq!(create_profile(&server, &user, "x")["author"], "alice");
    // `Option<Identity>`: both served.
    assert_eq!(
        server.send("GET", "/api/greeting", &[ALICE], None).json,
        json!("Welcome, alice")
    );
    // Credentials the provider refuses are a 401 wherever the caller is read.
    let revoked = server.send(
        "GET",
        "/api/greeting",
        &[("authorization", "Bearer revoked")],
        None,
    );
    assert_eq!(revoked.status, 401, "{}", revoked.text);
    // The document: an `Identity` argument requires the scheme; `Option<Identity>` also
    // accepts anonymous callers.
    let document = server.get("/openapi.json").json;
    let create = &document["paths"]["/api/profiles"]["post"];
    assert_eq!(
        create["security"],
        json!([{ "bearerAuth": [] }]),
        "{create}"
    );
    assert!(create["responses"]["401"].is_object());
    // A reference can answer 409 (no such user), and the document says so.
    assert!(create["responses"]["409"].is_object(), "{create}");
    let greeting = &document["paths"]["/api/greeting"]["get"];
    assert_eq!(greeting["security"], json!([{ "bearerAuth": [] }, {}]));
    // Without an identity provider, an endpoint that requires a caller cannot be served.
    let error = Stack::new()
        .plugin(users::plugin())
        .plugin(community::plugin())
        .open("sqlite::memory:")
        .expect_err("no provider");
    assert!(
        error
            .to_string()
            .starts_with("endpoint `create_profile` of plugin `community` takes an `Identity`"),
        "{error}"
    );
}

#[test]
fn a_deny_by_default_endpoint_is_refused_unless_a_hook_allows_it() {
    for hooks in [false, true] {
        let stack = if hooks {
            composition::stack_with(community::plugin().hooks(Moderation))
        } else {
            composition::stack()
        };
        let server = TestServer::start(stack);
        let user = create_user(&server, "ann");
        let id = create_profile(&server, &user, "x")["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let path = format!("/api/profiles/{id}");
        let by_alice = server.send("DELETE", &path, &[ALICE], None);
        assert_eq!(by_alice.status, 403, "{}", by_alice.text);
        let by_moderator = server.send("DELETE", &path, &[MODERATOR], None);
        if hooks {
            assert_eq!(by_moderator.status, 200, "{}", by_moderator.text);
        } else {
            assert_eq!(by_moderator.status, 403, "no hook allows it");
            assert!(
                by_moderator.json["detail"]
                    .as_str()
                    .is_some_and(|detail| detail.contains("unless the app's hooks allow it")),
                "{}",
                by_moderator.text
            );
        }
        let left = server.get("/api/profiles").json;
        assert_eq!(
            left.as_array().map(Vec::len),
            Some(usize::from(!hooks)),
            "{left}"
        );
        let document = server.get("/openapi.json").json;
        let delete = &document["paths"]["/api/profiles/{id}"]["delete"];
        assert!(
            delete["description"]
                .as_str()
                .is_some_and(|text| text.contains("Denied by default")),
            "{delete}"
        );
        assert!(delete["responses"]["403"].is_object());
    }
}

#[test]
fn a_reference_to_a_model_of_a_plugin_in_another_crate_cascades_too() {
    let server = TestServer::start(
        Stack::new()
            .base_path("/api")
            .identity(btst_runtime::identity::bearer(|token: &str| {
                Ok(Some(btst_runtime::Identity::new(token)))
            }))
            .plugin(btst_tests::composition::reactions::plugin())
            .plugin(btst_comments::comments::plugin().options(
                btst_comments::comments::CommentsOptions {
                    auto_approve: true,
                    ..Default::default()
                },
            )),
    );
    let comment = server.send_json(
        "POST",
        "/api/comments",
        &[ALICE],
        &json!({ "resourceType": "post", "resourceId": "p1", "body": "nice" }),
    );
    assert_eq!(comment.status, 201, "{}", comment.text);
    let id = comment.json["id"].as_str().expect("an id");
    let reaction = server.post("/api/reactions", &json!({ "commentId": id, "emoji": "+1" }));
    assert_eq!(reaction.status, 201, "{}", reaction.text);
    let orphan = server.post(
        "/api/reactions",
        &json!({ "commentId": "none", "emoji": "+1" }),
    );
    assert_eq!(orphan.status, 409, "{}", orphan.text);
    // The comments plugin denies deletes by default; the database cascades a deleted comment
    // to its reactions in the other plugin's table.
    let deleted = btst_runtime::testing::block_on(
        server
            .stack()
            .db()
            .delete::<btst_comments::comments::Comment>(id.to_owned()),
    );
    assert!(deleted.is_ok(), "{deleted:?}");
    assert_eq!(server.get("/api/reactions").json, json!([]));
}
