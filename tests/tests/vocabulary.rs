//! The model vocabulary of issue 20, through the `vocab` probe (`tests/src/vocabulary.rs`):
//! wire renames, `immutable`, allowed values, formats, enumeration spellings, composite unique
//! constraints and their NULLs, arithmetic on a generated column, an alias self-join and a model
//! that references one table twice. Runs on every backend (`BTST_TEST_DATABASE_URL`).

use btst_runtime::testing::{TestResponse, TestServer, json};
use serde_json::Value;

fn server() -> TestServer {
    TestServer::start(btst_tests::vocabulary::vocabulary_stack())
}

/// A wallet's body: `fields` and the list and JSON fields every wallet has.
fn wallet_body(fields: &Value) -> Value {
    let mut body = json!({"tags": [], "history": [], "settings": {}, "balance": "0"});
    for (key, value) in fields.as_object().expect("an object") {
        body[key] = value.clone();
    }
    body
}

fn created(server: &TestServer, path: &str, body: &Value) -> Value {
    let body = if path == "/vocab/wallets" {
        wallet_body(body)
    } else {
        body.clone()
    };
    let response = server.post(path, &body);
    assert_eq!(response.status, 201, "{}", response.text);
    response.json
}

fn patch(server: &TestServer, path: &str, body: &Value) -> TestResponse {
    server.send_json("PATCH", path, &[], body)
}

/// The issues of a 400 or 409, as (path, message) pairs in order.
fn issues(response: &TestResponse) -> Vec<(String, String)> {
    response.json["issues"]
        .as_array()
        .map(|issues| {
            issues
                .iter()
                .map(|issue| {
                    (
                        issue["path"].as_str().unwrap_or_default().to_owned(),
                        issue["message"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn paths(response: &TestResponse) -> Vec<String> {
    issues(response).into_iter().map(|(path, _)| path).collect()
}

fn count(server: &TestServer) -> i64 {
    let list = server.get("/vocab/wallets");
    assert_eq!(list.status, 200, "{}", list.text);
    list.json["total"].as_i64().expect("a total")
}

#[test]
fn renamed_fields_spellings_and_defaults_round_trip() {
    let server = server();
    let wallet = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum", "type": "cold",
                "homepage": "https://example.com/ada", "externalId": "01890a5d-ac96-774b-bcce-b302099a8057",
                "moderation": "needs-review", "network": "test-net"}),
    );
    assert_eq!(wallet["type"], "cold", "`kind` is `type` in JSON");
    assert!(wallet.get("kind").is_none(), "{wallet}");
    assert_eq!(wallet["moderation"], "needs-review");
    assert_eq!(wallet["network"], "test-net");
    assert_eq!(
        (wallet["tier"].as_i64(), wallet["fee"].as_f64()),
        (Some(1), Some(1.0))
    );
    let id = wallet["id"].as_str().expect("an id");
    let read = server.get(&format!("/vocab/wallets/{id}"));
    assert_eq!(read.json, wallet, "read back as written");
    let defaults = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "bob@example.com", "chain": "polygon"}),
    );
    assert_eq!(
        (
            &defaults["type"],
            &defaults["moderation"],
            &defaults["network"]
        ),
        (&json!("hot"), &json!("pending"), &json!("main-net"))
    );
    let changed = patch(
        &server,
        &format!("/vocab/wallets/{id}"),
        &json!({"type": "hot", "moderation": "spam", "tier": 4, "fee": 2.5}),
    );
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(
        (
            &changed.json["type"],
            &changed.json["moderation"],
            &changed.json["tier"],
            &changed.json["fee"]
        ),
        (&json!("hot"), &json!("spam"), &json!(4), &json!(2.5))
    );
}

#[test]
fn every_rule_is_checked_at_once_and_nothing_is_written() {
    let server = server();
    let refused = server.post(
        "/vocab/wallets",
        &wallet_body(&json!({"owner": "not an address", "chain": "bitcoin", "type": "warm", "tier": 3,
                "fee": 0.7, "homepage": "example.com", "externalId": "01890a5dac96774bbcceb302099a8057",
                "moderation": "PENDING", "network": "mainnet"})),
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    let found = issues(&refused);
    for (path, message) in [
        ("owner", "must be an email address (name@example.com)"),
        ("chain", "must be one of ethereum, polygon"),
        ("type", "must be one of hot, cold"),
        ("tier", "must be one of 1, 2, 4"),
        ("fee", "must be one of 0.5, 1, 2.5"),
        (
            "homepage",
            "must be an absolute URL (https://example.com/path)",
        ),
        (
            "externalId",
            "must be a UUID (01890a5d-ac96-774b-bcce-b302099a8057)",
        ),
        (
            "moderation",
            "must be one of pending, approved, spam, needs-review",
        ),
        ("network", "must be one of main-net, test-net"),
    ] {
        assert!(
            found.contains(&(path.to_owned(), message.to_owned())),
            "{path}: {message} in {found:?}"
        );
    }
    assert_eq!(found.len(), 9, "{found:?}");
    let renamed = server.post(
        "/vocab/wallets",
        &wallet_body(&json!({"owner": "ada@example.com", "chain": "ethereum", "kind": "hot"})),
    );
    assert_eq!(renamed.status, 400, "the Rust name is not the wire name");
    assert_eq!(
        issues(&renamed),
        [("kind".to_owned(), "unknown field".to_owned())]
    );
    assert_eq!(count(&server), 0, "nothing was written");
}

#[test]
fn an_immutable_field_is_sent_once() {
    let server = server();
    let wallet = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum"}),
    );
    let path = format!("/vocab/wallets/{}", wallet["id"].as_str().expect("an id"));
    let refused = patch(
        &server,
        &path,
        &json!({"owner": "eve@example.com", "tier": 2}),
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(
        issues(&refused),
        [(
            "owner".to_owned(),
            "is set when the record is created and cannot be changed".to_owned()
        )]
    );
    assert_eq!(server.get(&path).json, wallet, "nothing changed");
    let required = server.post(
        "/vocab/wallets",
        &wallet_body(&json!({"chain": "ethereum"})),
    );
    assert_eq!(
        paths(&required),
        ["owner"],
        "required at create: {}",
        required.text
    );
}

#[test]
fn a_composite_unique_constraint_is_a_409_naming_its_fields_and_nulls_never_conflict() {
    let server = server();
    let first = json!({"owner": "ada@example.com", "chain": "ethereum"});
    created(&server, "/vocab/wallets", &first);
    created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "polygon"}),
    );
    let taken = server.post("/vocab/wallets", &wallet_body(&first));
    assert_eq!(taken.status, 409, "{}", taken.text);
    assert_eq!(
        taken.json["detail"],
        "a record with these `owner`, `chain` already exists"
    );
    assert_eq!(paths(&taken), ["owner", "chain"]);
    // No nickname on either: NULLs are distinct in a unique constraint, on every backend.
    created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "bob@example.com", "chain": "ethereum"}),
    );
    let named = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "cy@example.com", "chain": "ethereum", "nickname": "vault"}),
    );
    let again = server.post(
        "/vocab/wallets",
        &wallet_body(
            &json!({"owner": "dee@example.com", "chain": "ethereum", "nickname": "vault"}),
        ),
    );
    assert_eq!(again.status, 409, "{}", again.text);
    assert_eq!(paths(&again), ["chain", "nickname"]);
    // A patch that makes two rows share the pair is a 409 too, and changes nothing.
    let other = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "dee@example.com", "chain": "polygon", "nickname": "vault"}),
    );
    let path = format!("/vocab/wallets/{}", other["id"].as_str().expect("an id"));
    let moved = patch(&server, &path, &json!({"chain": "ethereum"}));
    assert_eq!(moved.status, 409, "{}", moved.text);
    assert_eq!(paths(&moved), ["chain", "nickname"]);
    assert_eq!(server.get(&path).json, other);
    assert_eq!(named["nickname"], "vault");
    assert_eq!(count(&server), 5);
}

#[test]
fn generated_tables_take_arithmetic_aliases_and_explicit_joins() {
    let server = server();
    let ada = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum"}),
    );
    let bob = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "bob@example.com", "chain": "ethereum"}),
    );
    let id = ada["id"].as_str().expect("an id");
    for expected in [1, 2] {
        let used = server.post(&format!("/vocab/wallets/{id}/uses"), &json!({}));
        assert_eq!(used.status, 200, "{}", used.text);
        assert_eq!(used.json["uses"], expected);
    }
    let referral = created(
        &server,
        "/vocab/referrals",
        &json!({"referrerId": ada["id"], "refereeId": bob["id"]}),
    );
    let owners = server.get(&format!(
        "/vocab/referrals/{}/owners",
        referral["id"].as_str().expect("an id")
    ));
    assert_eq!(owners.status, 200, "{}", owners.text);
    assert_eq!(owners.json, json!(["ada@example.com", "bob@example.com"]));
}

#[test]
fn queries_filter_and_sort_by_wire_names() {
    let server = server();
    for (owner, kind) in [
        ("a@example.com", "cold"),
        ("b@example.com", "hot"),
        ("c@example.com", "cold"),
    ] {
        created(
            &server,
            "/vocab/wallets",
            &json!({"owner": owner, "chain": "ethereum", "type": kind}),
        );
    }
    let owners = |query: &str| -> Vec<String> {
        let list = server.get(&format!("/vocab/wallets?{query}"));
        assert_eq!(list.status, 200, "{query}: {}", list.text);
        list.json["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|wallet| wallet["owner"].as_str().expect("an owner").to_owned())
            .collect()
    };
    assert_eq!(owners("kind=cold"), ["a@example.com", "c@example.com"]);
    assert_eq!(owners("sort=-type")[0], "b@example.com", "hot before cold");
    assert_eq!(owners("sort=type")[2], "b@example.com", "cold before hot");
    let refused = server.get("/vocab/wallets?sort=kind");
    assert_eq!(
        refused.status, 400,
        "the sort names the wire name: {}",
        refused.text
    );
}

#[test]
fn lists_and_json_round_trip_as_json() {
    let server = server();
    let settings = json!({"theme": "dark", "limits": [1, 2.5, null], "nested": {"ok": true}});
    let wallet = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum", "tags": ["savings", "eth"],
                "scores": [0, 100, 42], "history": ["pending", "needs-review"],
                "settings": settings, "extra": [1, "two"]}),
    );
    assert_eq!(wallet["tags"], json!(["savings", "eth"]));
    assert_eq!(wallet["scores"], json!([0, 100, 42]));
    assert_eq!(wallet["history"], json!(["pending", "needs-review"]));
    assert_eq!(wallet["settings"], settings);
    assert_eq!(wallet["extra"], json!([1, "two"]));
    let path = format!("/vocab/wallets/{}", wallet["id"].as_str().expect("an id"));
    assert_eq!(server.get(&path).json, wallet, "read back as written");
    // A patch replaces a list whole, clears a nullable one, and any JSON takes `null`.
    let changed = patch(
        &server,
        &path,
        &json!({"tags": [], "scores": null, "settings": null, "extra": null}),
    );
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(
        (
            &changed.json["tags"],
            &changed.json["scores"],
            &changed.json["settings"],
            &changed.json["extra"]
        ),
        (&json!([]), &Value::Null, &Value::Null, &Value::Null)
    );
    assert_eq!(server.get(&path).json, changed.json);
}

#[test]
fn list_rules_apply_to_the_count_and_to_each_item() {
    let server = server();
    let refused = server.post(
        "/vocab/wallets",
        &wallet_body(&json!({"owner": "ada@example.com", "chain": "ethereum",
                "tags": ["ok", "", "UPPER", "toolongtoolongtoo"], "scores": [5, 101, "7"],
                "history": ["spam", "SPAM"]})),
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    let found = issues(&refused);
    for (path, message) in [
        ("tags", "must hold at most 3 items"),
        ("tags[1]", "must be at least 1 character long"),
        ("tags[2]", "must match the pattern `^[a-z]+$`"),
        ("tags[3]", "must be at most 12 characters long"),
        ("scores[1]", "must be at most 100"),
        ("scores[2]", "expected an integer"),
        (
            "history[1]",
            "must be one of pending, approved, spam, needs-review",
        ),
    ] {
        assert!(
            found.contains(&(path.to_owned(), message.to_owned())),
            "{path}: {message} in {found:?}"
        );
    }
    for (tags, path, message) in [
        (json!("savings"), "tags", "expected an array"),
        (json!([null]), "tags[0]", "must not be null"),
        (Value::Null, "tags", "must not be null"),
    ] {
        let refused = server.post(
            "/vocab/wallets",
            &wallet_body(&json!({"owner": "ada@example.com", "chain": "ethereum", "tags": tags})),
        );
        assert_eq!(refused.status, 400, "{}", refused.text);
        assert_eq!(issues(&refused), [(path.to_owned(), message.to_owned())]);
    }
    assert_eq!(count(&server), 0, "nothing was written");
}

#[test]
fn a_key_the_client_chooses_is_sent_once_and_checked() {
    let server = server();
    let template = created(
        &server,
        "/vocab/templates",
        &json!({"id": "hello-world", "title": "Hello"}),
    );
    assert_eq!(template, json!({"id": "hello-world", "title": "Hello"}));
    assert_eq!(server.get("/vocab/templates/hello-world").json, template);
    let taken = server.post(
        "/vocab/templates",
        &json!({"id": "hello-world", "title": "Again"}),
    );
    assert_eq!(taken.status, 409, "{}", taken.text);
    assert_eq!(paths(&taken), ["id"]);
    let refused = server.post(
        "/vocab/templates",
        &json!({"id": "No Spaces", "title": "x"}),
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(paths(&refused), ["id"]);
    let missing = server.post("/vocab/templates", &json!({"title": "x"}));
    assert_eq!(paths(&missing), ["id"], "required: {}", missing.text);
    let moved = patch(
        &server,
        "/vocab/templates/hello-world",
        &json!({"id": "other"}),
    );
    assert_eq!(moved.status, 400, "{}", moved.text);
    assert_eq!(
        issues(&moved),
        [(
            "id".to_owned(),
            "is set when the record is created and cannot be changed".to_owned()
        )]
    );
    let renamed = patch(
        &server,
        "/vocab/templates/hello-world",
        &json!({"title": "Hi"}),
    );
    assert_eq!(renamed.json, json!({"id": "hello-world", "title": "Hi"}));
}

#[test]
fn decimals_are_exact_strings_with_their_declared_digits() {
    let server = server();
    let wei = "11579208923731619542357098500868790785326998466564056403945758400";
    let wallet = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum", "balance": wei, "price": "1.5"}),
    );
    assert_eq!(wallet["balance"], wei, "65 digits, exact");
    assert_eq!(
        wallet["price"], "1.50",
        "to the declared scale, on every backend"
    );
    let path = format!("/vocab/wallets/{}", wallet["id"].as_str().expect("an id"));
    assert_eq!(server.get(&path).json, wallet);
    let changed = patch(&server, &path, &json!({"price": "-0.05", "balance": "007"}));
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(
        (&changed.json["price"], &changed.json["balance"]),
        (&json!("-0.05"), &json!("7"))
    );
    for (field, value, message) in [
        (
            "price",
            json!(1.5),
            "must be a decimal number in a string: digits, an optional `-` and `.` (\"-12.50\")",
        ),
        (
            "price",
            json!("1e5"),
            "must be a decimal number in a string: digits, an optional `-` and `.` (\"-12.50\")",
        ),
        (
            "price",
            json!("1.234"),
            "must have at most 2 digits after the point",
        ),
        (
            "price",
            json!("123456789"),
            "must have at most 8 digits before the point",
        ),
        (
            "balance",
            json!("1.5"),
            "must be a whole number (no digits after the point)",
        ),
        (
            "balance",
            json!(format!("1{wei}")),
            "must have at most 65 digits before the point",
        ),
    ] {
        let refused = patch(&server, &path, &json!({ field: value }));
        assert_eq!(refused.status, 400, "{field} = {value}: {}", refused.text);
        assert_eq!(
            issues(&refused),
            [(field.to_owned(), message.to_owned())],
            "{value}"
        );
    }
    assert_eq!(server.get(&path).json, changed.json, "nothing changed");
}

#[test]
fn a_json_field_of_a_declared_type_is_checked_and_stored_as_that_type() {
    let server = server();
    let profile = json!({"displayName": "Ada", "links": ["https://example.com/ada"]});
    let wallet = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "ada@example.com", "chain": "ethereum", "profile": profile}),
    );
    assert_eq!(wallet["profile"], profile);
    let path = format!("/vocab/wallets/{}", wallet["id"].as_str().expect("an id"));
    assert_eq!(
        server.get(&path).json["profile"],
        profile,
        "read back as written"
    );
    let refused = patch(
        &server,
        &path,
        &json!({"profile": {"displayName": "", "links": ["not a url"], "extra": 1}}),
    );
    assert_eq!(refused.status, 400, "{}", refused.text);
    let mut found = issues(&refused);
    found.sort();
    assert_eq!(
        found,
        [
            (
                "profile.displayName".to_owned(),
                "must be at least 1 character long".to_owned()
            ),
            ("profile.extra".to_owned(), "unknown field".to_owned()),
            (
                "profile.links[0]".to_owned(),
                "must be an absolute URL (https://example.com/path)".to_owned()
            ),
        ]
    );
    let cleared = patch(&server, &path, &json!({"profile": null}));
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.json["profile"], Value::Null);
    let missing = created(
        &server,
        "/vocab/wallets",
        &json!({"owner": "bob@example.com", "chain": "ethereum"}),
    );
    assert_eq!(missing["profile"], Value::Null, "optional");
}

#[test]
fn the_database_numbers_auto_keys_and_never_reuses_one() {
    let server = server();
    let first = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "rent", "amount": 1200}),
    );
    let second = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "food", "amount": 300}),
    );
    assert_eq!(
        (first["id"].as_i64(), second["id"].as_i64()),
        (Some(1), Some(2)),
        "numbers, in order"
    );
    assert_eq!(
        server.get("/vocab/entries/2").json,
        second,
        "read back by its number"
    );
    let changed = patch(&server, "/vocab/entries/1", &json!({"amount": 1300}));
    assert_eq!(
        (changed.status, changed.json["amount"].as_i64()),
        (200, Some(1300)),
        "{}",
        changed.text
    );
    assert_eq!(server.delete("/vocab/entries/2").status, 200);
    assert_eq!(server.get("/vocab/entries/2").status, 404);
    let third = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "books", "amount": 40}),
    );
    assert_eq!(
        third["id"].as_i64(),
        Some(3),
        "a deleted number is not given again"
    );
    // The key is the database's: a create that sends one is refused, and nothing is written.
    let sent = server.post(
        "/vocab/entries",
        &json!({"id": 7, "memo": "mine", "amount": 1}),
    );
    assert_eq!(sent.status, 400, "{}", sent.text);
    assert_eq!(paths(&sent), ["id"]);
    assert_eq!(server.get("/vocab/entries/7").status, 404);
    // The path parameter is an integer.
    let word = server.get("/vocab/entries/first");
    assert_eq!(word.status, 400, "{}", word.text);
    assert_eq!(paths(&word), ["id"]);
    assert_eq!(server.get("/vocab/entries/99").status, 404);
    assert_eq!(server.get("/vocab/entries/-1").status, 404);
}

#[test]
fn a_reference_to_a_numbered_key_is_a_number_with_its_foreign_key() {
    let server = server();
    let rent = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "rent", "amount": 1200}),
    );
    let food = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "food", "amount": 300}),
    );
    let line = created(
        &server,
        "/vocab/lines",
        &json!({"entryId": rent["id"], "note": "march", "seeAlso": food["id"]}),
    );
    assert_eq!(
        (
            line["id"].as_i64(),
            line["entryId"].as_i64(),
            line["seeAlso"].as_i64()
        ),
        (Some(1), Some(1), Some(2))
    );
    let text = server.post("/vocab/lines", &json!({"entryId": "1", "note": "as text"}));
    assert_eq!(text.status, 400, "{}", text.text);
    assert_eq!(paths(&text), ["entryId"]);
    let missing = server.post("/vocab/lines", &json!({"entryId": 99, "note": "nowhere"}));
    assert_eq!(missing.status, 409, "{}", missing.text);
    assert_eq!(server.get("/vocab/lines/2").status, 404, "nothing written");
    // `set null`, then `cascade`.
    assert_eq!(server.delete("/vocab/entries/2").status, 200);
    assert_eq!(server.get("/vocab/lines/1").json["seeAlso"], Value::Null);
    assert_eq!(server.delete("/vocab/entries/1").status, 200);
    assert_eq!(
        server.get("/vocab/lines/1").status,
        404,
        "the line went with its entry"
    );
}

#[test]
fn a_delete_that_restrict_refuses_is_a_409_and_deletes_nothing() {
    let server = server();
    let debt = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "debt", "amount": 50}),
    );
    let payment = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "payment", "amount": -50}),
    );
    let line = created(
        &server,
        "/vocab/lines",
        &json!({"entryId": payment["id"], "note": "settles", "settles": debt["id"]}),
    );
    let refused = server.delete(&format!("/vocab/entries/{}", debt["id"]));
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert_eq!(
        refused.json["detail"], "this record is still referenced by other records",
        "{}",
        refused.text
    );
    assert_eq!(
        server.get(&format!("/vocab/entries/{}", debt["id"])).status,
        200,
        "nothing deleted"
    );
    assert_eq!(
        server.get(&format!("/vocab/lines/{}", line["id"])).json["settles"],
        debt["id"]
    );
    // Once nothing references it, it goes.
    assert_eq!(
        server
            .delete(&format!("/vocab/entries/{}", payment["id"]))
            .status,
        200,
        "the line went with its own entry"
    );
    assert_eq!(
        server
            .delete(&format!("/vocab/entries/{}", debt["id"]))
            .status,
        200
    );
}

#[test]
fn computed_fields_are_read_sorted_and_filtered_and_never_written() {
    let server = server();
    let rent = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "rent", "amount": 1200}),
    );
    // The create's answer carries what the database computes (the row is read back).
    assert_eq!(
        (&rent["lineCount"], &rent["shout"]),
        (&json!(0), &json!("RENT"))
    );
    let food = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "food", "amount": 300}),
    );
    let tea = created(
        &server,
        "/vocab/entries",
        &json!({"memo": "tea", "amount": 5}),
    );
    for (entry, lines) in [(&food, 2), (&tea, 1)] {
        for index in 0..lines {
            created(
                &server,
                "/vocab/lines",
                &json!({"entryId": entry["id"], "note": format!("line {index}")}),
            );
        }
    }
    let food_id = food["id"].as_i64().expect("id");
    let read = server.get(&format!("/vocab/entries/{food_id}"));
    assert_eq!(read.json["lineCount"], 2, "{}", read.text);
    // A patch's answer is read back too.
    let renamed = patch(
        &server,
        &format!("/vocab/entries/{food_id}"),
        &json!({"memo": "groceries"}),
    );
    assert_eq!(renamed.status, 200, "{}", renamed.text);
    assert_eq!(
        (&renamed.json["shout"], &renamed.json["lineCount"]),
        (&json!("GROCERIES"), &json!(2))
    );
    // Sorted by the computed field, both ways, and filtered by it.
    let memos = |path: &str| -> Vec<String> {
        let page = server.get(path);
        assert_eq!(page.status, 200, "{path}: {}", page.text);
        page.json["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|item| item["memo"].as_str().expect("memo").to_owned())
            .collect()
    };
    assert_eq!(
        memos("/vocab/entries/by-lines"),
        ["rent", "tea", "groceries"]
    );
    assert_eq!(
        memos("/vocab/entries/by-lines?sort=-lineCount"),
        ["groceries", "tea", "rent"]
    );
    assert_eq!(
        memos("/vocab/entries/by-lines?minLines=1&sort=amount"),
        ["tea", "groceries"]
    );
    let total = server.get("/vocab/entries/by-lines?minLines=2");
    assert_eq!(total.json["total"], 1, "{}", total.text);
    // Never written: a create or a patch that sends one is a 400 naming it, and changes nothing.
    let sent = server.post(
        "/vocab/entries",
        &json!({"memo": "x", "amount": 1, "lineCount": 9}),
    );
    assert_eq!(sent.status, 400, "{}", sent.text);
    assert_eq!(paths(&sent), ["lineCount"]);
    let patched = patch(
        &server,
        &format!("/vocab/entries/{food_id}"),
        &json!({"shout": "NO"}),
    );
    assert_eq!(patched.status, 400, "{}", patched.text);
    assert_eq!(paths(&patched), ["shout"]);
    let all = server.get("/vocab/entries/by-lines");
    assert_eq!(all.json["total"], 3, "nothing written: {}", all.text);
}

#[test]
fn numbered_keys_page_by_cursor_in_numeric_order() {
    let server = server();
    for index in 1..=12 {
        created(
            &server,
            "/vocab/entries",
            &json!({"memo": format!("entry {index}"), "amount": index}),
        );
    }
    let mut seen = Vec::new();
    let mut path = "/vocab/entries?limit=5".to_owned();
    loop {
        let page = server.get(&path);
        assert_eq!(page.status, 200, "{}", page.text);
        seen.extend(
            page.json["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|item| item["id"].as_i64().expect("a number")),
        );
        match page.json["next"].as_str() {
            Some(next) => path = format!("/vocab/entries?limit=5&cursor={next}"),
            None => break,
        }
    }
    // As text, 10 would come before 2.
    assert_eq!(seen, (1..=12).collect::<Vec<i64>>());
}
