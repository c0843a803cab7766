//! `Timestamp`s at the edges of the accepted range, and on both sides of MySQL's `TIMESTAMP`
//! range (1970-01-01T00:00:01Z to 2038-01-19T03:14:07Z), are stored, updated, compared and read
//! back as they were sent on every backend: through the typed operations (`Db::create`,
//! `Db::update`, `Db::find`, `Db::list`), which run on the backend's own connection, and through
//! queries of one's own on the multi-backend connection (`Db::run`). MariaDB once stored such a
//! value as `NULL`, because Diesel bound it as a `TIMESTAMP`.

use btst_runtime::diesel;
use btst_runtime::diesel::prelude::*;
use btst_runtime::new_id;
use btst_runtime::prelude::*;
use btst_runtime::testing::{TestServer, block_on, json, json_to};
use instants::{Moment, MomentPatch, NewMoment, moment};

/// A plugin with a required and an optional timestamp.
#[plugin(name = "instants")]
pub mod instants {
    use btst_runtime::prelude::*;

    /// A moment.
    #[model]
    pub struct Moment {
        /// When.
        pub at: Timestamp,
        /// When else, if ever.
        pub maybe: Option<Timestamp>,
    }
}

/// In order: the first accepted instant, the last millisecond before 1970, the first second after
/// MySQL's `TIMESTAMP` range, the last accepted instant.
const EDGES: [&str; 4] = [
    "1000-01-01T00:00:00.000Z",
    "1969-12-31T23:59:59.999Z",
    "2038-01-19T03:14:08.000Z",
    "9999-12-31T23:59:59.999Z",
];

fn server() -> TestServer {
    TestServer::start(Stack::new().plugin(instants::plugin()))
}

fn instant(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("an accepted instant")
}

#[test]
fn typed_operations_store_update_and_read_back_every_edge() {
    let server = server();
    let db = server.stack().db();
    block_on(async {
        let mut ids = Vec::new();
        for text in EDGES {
            let created: Moment = db
                .create(json_to::<NewMoment>(json!({ "at": text, "maybe": text })))
                .await
                .expect("creates");
            assert_eq!(created.at.to_string(), text);
            let read: Moment = db.find(created.id.clone()).await.expect("reads");
            assert_eq!(read, created, "read back as created: {text}");
            ids.push(created.id);
        }
        // Each row takes the edge at the other end of the list.
        for (id, text) in ids.iter().zip(EDGES.iter().rev()) {
            let patch = json_to::<MomentPatch>(json!({ "at": text, "maybe": text }));
            let updated = db.update(id.clone(), patch).await.expect("updates");
            assert_eq!(updated.at.to_string(), *text);
            let read: Moment = db.find(id.clone()).await.expect("reads");
            assert_eq!(read, updated, "read back as updated: {text}");
            assert_eq!(read.maybe, Some(instant(text)));
        }
        let listed: Vec<Moment> = db
            .list(ListOptions::default().sort(Sort::asc("at")))
            .await
            .expect("lists");
        let listed: Vec<String> = listed.iter().map(|row| row.at.to_string()).collect();
        assert_eq!(listed, EDGES, "ordered by the stored instants");
    });
}

#[test]
fn queries_of_ones_own_store_update_compare_and_read_back_every_edge() {
    let server = server();
    let db = server.stack().db();
    block_on(async {
        for text in EDGES {
            let at = instant(text);
            db.run(move |conn| {
                diesel::insert_into(moment::table)
                    .values((
                        moment::id.eq(new_id()),
                        moment::at.eq(instant(EDGES[0])),
                        moment::maybe.eq(None::<Timestamp>),
                    ))
                    .execute(conn)?;
                // Updated to the edge, so that an update's bind is what is stored.
                diesel::update(moment::table.filter(moment::maybe.is_null()))
                    .set((moment::at.eq(at), moment::maybe.eq(Some(at))))
                    .execute(conn)
            })
            .await
            .expect("inserts and updates");
        }
        let stored: Vec<(Timestamp, Option<Timestamp>)> = db
            .run(|conn| {
                moment::table
                    .select((moment::at, moment::maybe))
                    .order(moment::at.asc())
                    .load(conn)
            })
            .await
            .expect("reads");
        let expected: Vec<_> = EDGES
            .iter()
            .map(|text| (instant(text), Some(instant(text))))
            .collect();
        assert_eq!(stored, expected);
        for (index, text) in EDGES.iter().enumerate() {
            let at = instant(text);
            let (equal, before, from) = db
                .run(move |conn| {
                    let equal: i64 = moment::table
                        .filter(moment::at.eq(at).and(moment::maybe.eq(at)))
                        .count()
                        .get_result(conn)?;
                    let before: i64 = moment::table
                        .filter(moment::at.lt(at))
                        .count()
                        .get_result(conn)?;
                    let from: i64 = moment::table
                        .filter(moment::maybe.ge(at))
                        .count()
                        .get_result(conn)?;
                    Ok::<_, diesel::result::Error>((equal, before, from))
                })
                .await
                .expect("compares");
            let earlier = i64::try_from(index).expect("a few");
            let later = i64::try_from(EDGES.len() - index).expect("a few");
            assert_eq!((equal, before, from), (1, earlier, later), "{text}");
        }
    });
}
