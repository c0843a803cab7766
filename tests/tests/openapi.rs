//! Each example's OpenAPI document is checked in; this fails on any drift.
//! Regenerate with `BLESS=1 cargo test -p btst-tests --test openapi` and review the diff.

use std::path::Path;

fn check(stack: &btst_runtime::Stack, file: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(file);
    let actual = stack.openapi().to_pretty_json().expect("serialises") + "\n";
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).expect("writes the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{file} drifted; run `BLESS=1 cargo test -p btst-tests --test openapi` and review the diff"
    );
}

#[test]
fn todo_example_openapi_matches_the_snapshot() {
    check(&todo_example::stack(), "examples/todo/openapi.json");
}

#[test]
fn probe_openapi_matches_the_snapshot() {
    check(
        &btst_tests::probe_stack(),
        "tests/snapshots/probe.openapi.json",
    );
}

#[test]
fn vocabulary_openapi_matches_the_snapshot() {
    check(
        &btst_tests::vocabulary::vocabulary_stack(),
        "tests/snapshots/vocabulary.openapi.json",
    );
}

/// Each rule of the vocabulary probe is stated in its schema: the wire names, `enum` for
/// allowed values (with `null` for a nullable field), `format`, the enumerations' spellings, and
/// an `immutable` field in the create body but not in the patch.
#[test]
fn the_vocabulary_is_stated_in_the_document() {
    let document: serde_json::Value = serde_json::from_str(
        &btst_tests::vocabulary::vocabulary_stack()
            .openapi()
            .to_json()
            .expect("serialises"),
    )
    .expect("JSON");
    let schemas = &document["components"]["schemas"];
    let wallet = &schemas["vocab.Wallet"]["properties"];
    assert!(
        wallet.get("kind").is_none() && wallet.get("type").is_some(),
        "{wallet}"
    );
    assert_eq!(wallet["type"]["enum"], serde_json::json!(["hot", "cold"]));
    assert_eq!(wallet["tier"]["enum"], serde_json::json!([1, 2, 4]));
    assert_eq!(wallet["fee"]["enum"], serde_json::json!([0.5, 1.0, 2.5]));
    assert_eq!(wallet["owner"]["format"], "email");
    assert_eq!(wallet["homepage"]["format"], "uri");
    assert_eq!(wallet["externalId"]["format"], "uuid");
    assert_eq!(
        schemas["vocab.Moderation"]["enum"],
        serde_json::json!(["pending", "approved", "spam", "needs-review"])
    );
    assert_eq!(
        schemas["vocab.Network"]["enum"],
        serde_json::json!(["main-net", "test-net"])
    );
    let create = &schemas["vocab.NewWallet"];
    let patch = &schemas["vocab.WalletPatch"];
    assert!(create["properties"].get("owner").is_some());
    assert!(
        create["required"]
            .as_array()
            .expect("required")
            .contains(&"owner".into())
    );
    assert!(patch["properties"].get("owner").is_none(), "{patch}");
    assert!(patch["properties"].get("type").is_some(), "{patch}");
    let conflict = &document["paths"]["/vocab/wallets"]["post"]["responses"]["409"];
    assert!(
        conflict.is_object(),
        "a composite unique constraint documents 409"
    );
    // A key the database numbers: an integer, read-only, absent from the create body, an
    // integer in the path; a reference to it is an integer too.
    let int64 = serde_json::json!({"type": "integer", "format": "int64", "readOnly": true});
    assert_eq!(schemas["vocab.Entry"]["properties"]["id"], int64);
    assert!(schemas["vocab.NewEntry"]["properties"].get("id").is_none());
    let parameter = &document["paths"]["/vocab/entries/{id}"]["get"]["parameters"][0];
    assert_eq!(
        (&parameter["name"], &parameter["schema"]["type"]),
        (&"id".into(), &"integer".into())
    );
    assert_eq!(
        schemas["vocab.NewLine"]["properties"]["entryId"]["type"],
        "integer"
    );
    // `Line.settles` references `Entry` with `restrict`: the plugin's deletes may be refused.
    let delete = &document["paths"]["/vocab/entries/{id}"]["delete"]["responses"];
    assert!(delete["409"].is_object(), "{delete}");
}

#[test]
fn a_delete_documents_409_only_where_a_model_references_with_restrict() {
    let responses = |stack: btst_runtime::Stack, path: &str| {
        let document: serde_json::Value =
            serde_json::from_str(&stack.openapi().to_json().expect("serialises")).expect("JSON");
        document["paths"][path]["delete"]["responses"].clone()
    };
    // Across plugins: `community.Profile.mentorId` references `users.User`.
    let users = responses(btst_tests::composition::stack(), "/api/users/{id}");
    assert!(users["409"].is_object(), "{users}");
    // No model references a todo: its delete answers no 409.
    let todos = responses(todo_example::stack(), "/api/data/todos/{id}");
    assert!(todos.get("404").is_some(), "{todos}");
    assert!(todos.get("409").is_none(), "{todos}");
}

#[test]
fn composed_plugins_openapi_matches_the_snapshot() {
    // Two plugins that share model and endpoint names, one depending on the other; and the
    // probe with the clash plugin and the Todo plugin.
    check(
        &btst_tests::composition::stack(),
        "tests/snapshots/composition.openapi.json",
    );
    check(
        &btst_tests::probe_stack()
            .plugin(btst_tests::clash::plugin())
            .plugin(todo_example::todos::plugin()),
        "tests/snapshots/shared_names.openapi.json",
    );
}

#[test]
fn tracker_example_openapi_matches_the_snapshot() {
    check(&tracker_example::stack(), "examples/tracker/openapi.json");
}

#[test]
fn blog_example_openapi_matches_the_snapshot() {
    check(&blog_example::stack(), "examples/blog/openapi.json");
}

#[test]
fn showcase_example_openapi_matches_the_snapshot() {
    check(&showcase_example::stack(), "examples/showcase/openapi.json");
}

/// Every object schema's properties, with the path that reaches them.
fn properties(value: &serde_json::Value, at: &str, found: &mut Vec<(String, serde_json::Value)>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                for (name, schema) in props {
                    found.push((format!("{at}.{name}"), schema.clone()));
                }
            }
            for (key, inner) in map {
                properties(inner, &format!("{at}/{key}"), found);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                properties(item, at, found);
            }
        }
        _ => {}
    }
}

#[test]
fn enumerations_are_named_schemas_and_nul_is_stated_once() {
    let document: serde_json::Value =
        serde_json::to_value(tracker_example::stack().openapi()).expect("JSON");
    let schemas = &document["components"]["schemas"];
    for (name, values) in [
        ("tracker.Priority", vec!["LOW", "MEDIUM", "HIGH", "URGENT"]),
        (
            "tracker.TaskStatus",
            vec!["TODO", "IN_PROGRESS", "IN_REVIEW", "DONE"],
        ),
        (
            "tracker.ProjectStatus",
            vec!["ACTIVE", "ARCHIVED", "COMPLETED"],
        ),
    ] {
        assert_eq!(schemas[name]["enum"], serde_json::json!(values), "{name}");
    }
    let mut found = Vec::new();
    properties(&document, "", &mut found);
    assert!(found.len() > 20, "{}", found.len());
    for (at, schema) in &found {
        // `Deleted.success` is the constant `true`, `Health.status` the constant "ok".
        assert!(
            schema.get("enum").is_none() || schema["enum"].as_array().is_some_and(|v| v.len() == 1),
            "{at}: an enumeration is a $ref to its named schema, not inline: {schema}"
        );
        assert_ne!(
            schema["pattern"], "^[^\\u0000]*$",
            "{at}: NUL is stated once, not on every string"
        );
    }
    let description = document["info"]["description"]
        .as_str()
        .expect("a description");
    assert!(description.contains("U+0000"), "{description}");
}
