//! A `#[model]` body is parsed on one of two paths: straight into its struct when that works and
//! the values keep their constraints (`Input::DIRECT`), or through a `serde_json::Value` that is
//! checked field by field and names every problem. The two must agree on every body: the direct
//! path may never accept what the checked path refuses. Each body below goes through both and the
//! outcomes are compared, value for value and error for error.

use std::fmt::Debug;

use btst_runtime::{Input, parse_body};
use btst_tests::probe::{NewTag, Survey, TagPatch};
use serde::{Deserialize, Deserializer};
use todo_example::todos::{NewTodo, TodoPatch};
use tracker_example::tracker::{
    CreateTask, NewProject, NewTask, ProjectPatch, StatusChange, TaskPatch,
};

/// `T` on the checked path only (`DIRECT` left `false`).
#[derive(Debug, PartialEq)]
struct Checked<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Checked)
    }
}

impl<T: Input> Input for Checked<T> {
    fn check(value: &serde_json::Value, issues: &mut Vec<btst_runtime::Issue>) {
        T::check(value, issues);
    }
}

/// Parses every body on both paths and asserts the same outcome; returns how many were accepted,
/// so that a caller can tell its list exercised both outcomes.
fn agree<T: Input + Debug + PartialEq>(bodies: &[&str]) -> usize {
    assert!(T::DIRECT, "a #[model] body takes the direct path");
    let mut accepted = 0;
    for body in bodies {
        let direct = parse_body::<T>(body.as_bytes());
        let checked = parse_body::<Checked<T>>(body.as_bytes());
        match (direct, checked) {
            (Ok(direct), Ok(Checked(checked))) => {
                assert_eq!(direct, checked, "{body}");
                accepted += 1;
            }
            (Err(direct), Err(checked)) => {
                assert_eq!(
                    (direct.status(), direct.detail(), direct.issues()),
                    (checked.status(), checked.detail(), checked.issues()),
                    "{body}"
                );
            }
            (direct, checked) => {
                panic!(
                    "{body}: direct {direct:?}, checked {:?}",
                    checked.map(|c| c.0)
                );
            }
        }
    }
    accepted
}

/// Bodies that any model refuses for their shape.
const MALFORMED: &[&str] = &[
    "",
    "null",
    "[]",
    "1",
    r#""title""#,
    "{",
    r#"{"title":"x"} trailing"#,
    r#"{"nope":1}"#,
    r#"{"id":"mine"}"#,
    r#"{"createdAt":"2026-01-01T00:00:00Z"}"#,
];

#[test]
fn todo_bodies_agree() {
    let long = format!(r#"{{"title":"{}"}}"#, "😀".repeat(201));
    let longest = format!(r#"{{"title":"{}"}}"#, "😀".repeat(200));
    let bodies = [
        r#"{"title":"x"}"#,
        r#"{"title":"x","completed":true}"#,
        r#"{"completed":false}"#,
        r#"{"title":""}"#,
        r#"{"title":null}"#,
        r#"{"title":"x","completed":null}"#,
        r#"{"title":1}"#,
        r#"{"title":"x","completed":1}"#,
        r#"{"title":"x","completed":"true"}"#,
        r#"{"title":"a\u0000b"}"#,
        r#"{"title":"\ud800"}"#,
        r#"{"title":"\ud83d\ude00"}"#,
        r#"{"tit\u006ce":"escaped key"}"#,
        r#"{"title":"x","title":"y"}"#,
        r#"{"completed":true,"completed":true}"#,
        r#"{"title":"'; DROP TABLE todos; --"}"#,
        r#"{"title":"x","extra":1}"#,
        &long,
        &longest,
        "{}",
    ];
    for set in [&bodies[..], MALFORMED] {
        agree::<NewTodo>(set);
        agree::<TodoPatch>(set);
    }
    assert_eq!(agree::<NewTodo>(&bodies), 6);
    assert_eq!(agree::<TodoPatch>(&bodies), 8);
}

#[test]
fn bodies_with_numbers_defaults_and_nullable_fields_agree() {
    let bodies = [
        r#"{"name":"a"}"#,
        r#"{"name":"a","uses":0}"#,
        r#"{"name":"a","uses":1000}"#,
        r#"{"name":"a","uses":1001}"#,
        r#"{"name":"a","uses":-1}"#,
        r#"{"name":"a","uses":1.0}"#,
        r#"{"name":"a","uses":1e2}"#,
        r#"{"name":"a","uses":2147483648}"#,
        r#"{"name":"a","uses":99999999999999999999}"#,
        r#"{"name":"a","uses":null}"#,
        r#"{"name":"a","uses":"1"}"#,
        r#"{"name":"a","note":null}"#,
        r#"{"name":"a","note":"n"}"#,
        r#"{"name":"a","color":null}"#,
        r#"{"name":"a","color":"red"}"#,
        r#"{"name":"a","color":7}"#,
        r#"{"uses":5}"#,
        r#"{"name":null}"#,
    ];
    for set in [&bodies[..], MALFORMED] {
        agree::<NewTag>(set);
        agree::<TagPatch>(set);
    }
    // `1.0` and `1e2` are integers (JSON Schema): accepted by the checked path, which the
    // direct one falls back to.
    assert_eq!(agree::<NewTag>(&bodies), 9);
    assert_eq!(agree::<TagPatch>(&bodies), 10);
}

#[test]
fn bodies_with_enumerations_and_timestamps_agree() {
    let tasks = [
        r#"{"title":"t"}"#,
        r#"{"title":"t","status":"IN_PROGRESS","priority":"HIGH"}"#,
        r#"{"title":"t","status":"in_progress"}"#,
        r#"{"title":"t","status":"InProgress"}"#,
        r#"{"title":"t","status":{"DONE":null}}"#,
        r#"{"title":"t","status":["DONE"]}"#,
        r#"{"title":"t","status":null}"#,
        r#"{"title":"t","priority":1}"#,
        r#"{"title":"t","dueDate":"2026-01-31T12:00:00Z"}"#,
        r#"{"title":"t","dueDate":"2026-01-31"}"#,
        r#"{"title":"t","dueDate":null}"#,
        r#"{"title":"t","dueDate":"9999-12-31T22:30:00-01:00"}"#,
        r#"{"title":"t","dueDate":"9999-12-31T23:30:00-01:00"}"#,
        r#"{"title":"t","dueDate":"0999-12-31T23:59:59Z"}"#,
        r#"{"title":"t","dueDate":"2016-12-31T23:59:60Z"}"#,
        r#"{"title":"t","assigneeId":null}"#,
        r#"{"title":"t","projectId":"p"}"#,
        r#"{"title":"t","updatedAt":"2026-01-31T12:00:00Z"}"#,
    ];
    for set in [&tasks[..], MALFORMED] {
        agree::<NewTask>(set);
        agree::<TaskPatch>(set);
    }
    assert_eq!(agree::<NewTask>(&tasks), 6);
    assert_eq!(agree::<TaskPatch>(&tasks), 6);
    let projects = [
        r#"{"name":"p","status":"ARCHIVED"}"#,
        r#"{"name":"p","status":"GONE"}"#,
        r#"{"name":"p","ownerId":"me"}"#,
        r#"{"name":"p","description":null}"#,
    ];
    assert_eq!(agree::<NewProject>(&projects), 2);
    assert_eq!(agree::<ProjectPatch>(&projects), 2);
}

/// A `#[body]` of values alone (lists included) takes the direct path too, and agrees with the
/// checked one at and beyond every bound: the number of items, each item's length, pattern and
/// range, `null` items, optional lists.
#[test]
fn declared_bodies_agree() {
    let bodies = [
        r#"{"words":["a"]}"#,
        r#"{"words":["abcde","b","c"],"score":10,"ratings":[1,5,3,2],"at":"2026-01-01T00:00:00Z"}"#,
        r#"{"words":["a"],"score":null,"ratings":null,"at":null}"#,
        r#"{"words":[]}"#,
        r#"{"words":["a","b","c","d"]}"#,
        r#"{"words":[""]}"#,
        r#"{"words":["abcdef"]}"#,
        r#"{"words":["ABC"]}"#,
        r#"{"words":["a1"]}"#,
        r#"{"words":[null]}"#,
        r#"{"words":"a"}"#,
        r#"{"words":[1]}"#,
        r#"{"words":["a"],"score":11}"#,
        r#"{"words":["a"],"score":-1}"#,
        r#"{"words":["a"],"score":1.5}"#,
        r#"{"words":["a"],"ratings":[0]}"#,
        r#"{"words":["a"],"ratings":[6]}"#,
        r#"{"words":["a"],"ratings":[1,2,3,4,5]}"#,
        r#"{"words":["a"],"ratings":[null]}"#,
        r#"{"words":["a"],"at":"yesterday"}"#,
        r#"{"words":["a"],"extra":1}"#,
        r#"{"words":["a"],"words":["b"]}"#,
        r#"{"words":["a\u0000"]}"#,
        "{}",
    ];
    let accepted = agree::<Survey>(&bodies);
    assert!((3..bodies.len()).contains(&accepted), "{accepted} accepted");
    for body in MALFORMED {
        agree::<Survey>(&[body]);
    }
    assert_eq!(
        agree::<StatusChange>(&[r#"{"status":"DONE"}"#, r#"{"status":"done"}"#, "{}"]),
        1
    );
    // A body that flattens a model's input takes the checked path only (serde's `flatten`
    // cannot refuse unknown fields).
    const { assert!(!<CreateTask as Input>::DIRECT) };
}
