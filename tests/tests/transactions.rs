//! A scoped `Db` (the request transaction of a write endpoint with hooks) on every backend: a
//! failed write the caller handles leaves it usable, a savepoint left open fails the commit and
//! keeps nothing, calls after the end are refused, and a scope dropped mid-way keeps nothing.

use btst_runtime::Crud;
use btst_runtime::new_id;
use btst_runtime::testing::{TestServer, block_on, json, json_to};
use btst_runtime::{ApiError, Db};
use btst_tests::probe::{NewTag, Tag};

fn tag(name: &str) -> NewTag {
    json_to(json!({ "name": name }))
}

fn server() -> TestServer {
    TestServer::start(btst_tests::probe_stack())
}

fn count(db: &Db) -> i64 {
    block_on(db.count::<Tag>()).expect("counts")
}

#[test]
fn a_failed_write_that_the_caller_handles_leaves_the_transaction_usable() {
    let server = server();
    let db = server.stack().db();
    block_on(async {
        let scoped = db.scoped();
        scoped.create(tag("first")).await.expect("creates");
        let duplicate = scoped.create(tag("first")).await;
        assert_eq!(duplicate.expect_err("taken").status().as_u16(), 409);
        // On PostgreSQL a failed statement outside a savepoint aborts the whole transaction.
        scoped.create(tag("second")).await.expect("still usable");
        scoped.commit().await.expect("commits");
        let late = scoped.create(tag("late")).await;
        assert_eq!(
            late.expect_err("ended").status().as_u16(),
            500,
            "never run outside it"
        );
    });
    assert_eq!(count(db), 2);
}

#[test]
fn a_nested_transaction_left_open_fails_the_commit_and_keeps_nothing() {
    let server = server();
    let db = server.stack().db();
    block_on(async {
        let scoped = db.scoped();
        scoped.create(tag("kept?")).await.expect("creates");
        let inner = Tag {
            id: new_id(),
            name: "inner".to_owned(),
            note: None,
            uses: 0,
            color: None,
        };
        let panicked = scoped
            .transaction(move |conn| -> Result<(), ApiError> {
                <Tag as Crud>::insert(conn, inner)?;
                panic!("inside a nested transaction")
            })
            .await;
        assert_eq!(panicked.expect_err("a 500").status().as_u16(), 500);
        let commit = scoped.commit().await;
        assert!(
            commit.is_err(),
            "a savepoint was left open: no partial commit"
        );
    });
    assert_eq!(count(db), 0);
    block_on(db.create(tag("after"))).expect("the pool's connections are clean");
    assert_eq!(count(db), 1);
}

#[test]
fn a_scope_dropped_without_commit_keeps_nothing() {
    let server = server();
    let db = server.stack().db();
    block_on(async {
        let scoped = db.scoped();
        scoped.create(tag("abandoned")).await.expect("creates");
        drop(scoped);
    });
    assert_eq!(count(db), 0);
    block_on(db.create(tag("next"))).expect("the connection went back clean");
    assert_eq!(count(db), 1);
}

#[test]
fn a_memory_database_survives_a_dropped_scope() {
    let stack = btst_tests::probe_stack()
        .open("sqlite::memory:")
        .expect("opens");
    let db = stack.db();
    block_on(async {
        let scoped = db.scoped();
        scoped.create(tag("abandoned")).await.expect("creates");
        drop(scoped);
    });
    block_on(db.create(tag("next"))).expect("the table is still there");
    assert_eq!(count(db), 1);
}
