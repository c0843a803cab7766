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
fn tracker_example_openapi_matches_the_snapshot() {
    check(&tracker_example::stack(), "examples/tracker/openapi.json");
}

#[test]
fn blog_example_openapi_matches_the_snapshot() {
    check(&blog_example::stack(), "examples/blog/openapi.json");
}
