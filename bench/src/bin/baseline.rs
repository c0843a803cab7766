//! The baseline: the Todo example's routes written by hand on actix-web + Diesel, as a skilled
//! engineer would for speed: the concrete connection type of each backend (no multi-backend
//! layer), the same SQLite settings (WAL, `busy_timeout`, `foreign_keys`, `synchronous = NORMAL`,
//! `BEGIN IMMEDIATE` writes, one write transaction at a time queued on an async mutex taken
//! before the blocking call and the checkout, as the runtime's write gate), 8 pooled connections, 2 s checkout, the same validation and the same JSON. No
//! logging. `DATABASE_URL` is a SQLite path or a `postgres://` URL.

use std::time::Duration;

use actix_web::{App, HttpResponse, HttpServer, web};
use chrono::{NaiveDateTime, SecondsFormat, SubsecRound, Utc};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel::sql_types::BigInt;
use serde::{Deserialize, Serialize, Serializer};

diesel::table! {
    todos_todo (id) {
        id -> Text,
        title -> Text,
        completed -> Bool,
        created_at -> Timestamp,
    }
}

#[derive(Queryable, Selectable, Insertable, AsChangeset, Serialize)]
#[diesel(table_name = todos_todo)]
#[serde(rename_all = "camelCase")]
struct Todo {
    id: String,
    title: String,
    completed: bool,
    #[serde(serialize_with = "rfc3339")]
    created_at: NaiveDateTime,
}

fn rfc3339<S: Serializer>(at: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&at.and_utc().to_rfc3339_opts(SecondsFormat::Millis, true))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewTodo {
    title: String,
    completed: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TodoPatch {
    title: Option<String>,
    completed: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Page {
    limit: Option<i64>,
    offset: Option<i64>,
}

fn problem(status: u16, detail: &str) -> HttpResponse {
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default())
        .content_type("application/problem+json")
        .json(serde_json::json!({ "status": status, "detail": detail }))
}

fn valid_title(title: &str) -> bool {
    let length = title.chars().count();
    (1..=200).contains(&length) && !title.contains('\0')
}

/// `query` with `LIMIT` and `OFFSET` as bind parameters, on SQLite inside a `CAST`: SQLite
/// (3.48 and later) plans a bare `LIMIT ?` with its bound value as a constant and recompiles the
/// cached statement whenever it is bound again, that is on every call (Diesel's `.limit()`).
struct Paged<Q> {
    query: Q,
    limit: i64,
    offset: i64,
}

impl<Q: QueryId> QueryId for Paged<Q> {
    type QueryId = Paged<Q::QueryId>;
    const HAS_STATIC_QUERY_ID: bool = Q::HAS_STATIC_QUERY_ID;
}

impl<Q: Query> Query for Paged<Q> {
    type SqlType = Q::SqlType;
}

impl<Q, C> RunQueryDsl<C> for Paged<Q> {}

impl<Q, DB> QueryFragment<DB> for Paged<Q>
where
    DB: diesel::backend::Backend + 'static,
    Q: QueryFragment<DB>,
    i64: diesel::serialize::ToSql<BigInt, DB>,
    DB: diesel::sql_types::HasSqlType<BigInt>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        let sqlite =
            std::any::TypeId::of::<DB>() == std::any::TypeId::of::<diesel::sqlite::Sqlite>();
        let (open, close) = if sqlite {
            ("CAST(", " AS INTEGER)")
        } else {
            ("", "")
        };
        self.query.walk_ast(out.reborrow())?;
        out.push_sql(" LIMIT ");
        out.push_sql(open);
        out.push_bind_param::<BigInt, _>(&self.limit)?;
        out.push_sql(close);
        out.push_sql(" OFFSET ");
        out.push_sql(open);
        out.push_bind_param::<BigInt, _>(&self.offset)?;
        out.push_sql(close);
        Ok(())
    }
}

#[derive(Debug)]
struct Pragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for Pragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .map_err(diesel::r2d2::Error::QueryError)
    }
}

enum Failure {
    NotFound,
    Database,
    Busy,
}

impl From<diesel::result::Error> for Failure {
    fn from(_: diesel::result::Error) -> Self {
        Self::Database
    }
}

/// SQLite's writers queue here, in the process, not in SQLite's sleeping busy handler, and
/// without holding a blocking thread while they wait.
static SQLITE_WRITES: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The handlers over one concrete connection type; `$write` opens its write transaction, and
/// `$queue` says whether writers take their turn at `SQLITE_WRITES` first.
macro_rules! handlers {
    ($name:ident, $conn:ty, $write:ident, $queue:expr) => {
        mod $name {
            use super::*;

            pub(super) type DbPool = Pool<ConnectionManager<$conn>>;

            async fn blocking<T: Send + 'static>(
                pool: web::Data<DbPool>,
                writes: bool,
                work: impl FnOnce(&mut $conn) -> Result<T, Failure> + Send + 'static,
            ) -> Result<T, HttpResponse> {
                let turn = if writes && $queue {
                    Some(match SQLITE_WRITES.try_lock() {
                        Ok(turn) => turn,
                        Err(_) => SQLITE_WRITES.lock().await,
                    })
                } else {
                    None
                };
                let outcome = web::block(move || {
                    let _turn = turn;
                    let mut conn = pool.get().map_err(|_| Failure::Busy)?;
                    work(&mut conn)
                })
                .await;
                match outcome {
                    Ok(Ok(value)) => Ok(value),
                    Ok(Err(Failure::NotFound)) => Err(problem(404, "no Todo with this id")),
                    Ok(Err(Failure::Busy)) => Err(problem(503, "busy")),
                    Ok(Err(Failure::Database)) => Err(problem(500, "database error")),
                    Err(_) => Err(problem(500, "panicked")),
                }
            }

            pub(super) async fn list(pool: web::Data<DbPool>, query: web::Query<Page>) -> HttpResponse {
                let limit = query.limit.unwrap_or(20);
                let offset = query.offset.unwrap_or(0);
                if !(1..=100).contains(&limit) || offset < 0 {
                    return problem(400, "limit or offset out of range");
                }
                let rows = blocking(pool, false, move |conn| {
                    let query = todos_todo::table
                        .select(Todo::as_select())
                        .order((todos_todo::created_at.desc(), todos_todo::id.desc()));
                    Ok(Paged { query, limit, offset }.load(conn)?)
                })
                .await;
                match rows {
                    Ok(rows) => HttpResponse::Ok().json(rows),
                    Err(response) => response,
                }
            }

            pub(super) async fn create(pool: web::Data<DbPool>, body: web::Json<NewTodo>) -> HttpResponse {
                let body = body.into_inner();
                if !valid_title(&body.title) {
                    return problem(400, "`title`: invalid");
                }
                let row = Todo {
                    id: uuid::Uuid::now_v7().to_string(),
                    title: body.title,
                    completed: body.completed.unwrap_or(false),
                    created_at: Utc::now().naive_utc().trunc_subsecs(3),
                };
                let stored = blocking(pool, true, move |conn| {
                    conn.$write(|conn| diesel::insert_into(todos_todo::table).values(&row).execute(conn))?;
                    Ok(row)
                })
                .await;
                match stored {
                    Ok(row) => HttpResponse::Created().json(row),
                    Err(response) => response,
                }
            }

            pub(super) async fn update(pool: web::Data<DbPool>, id: web::Path<String>, body: web::Json<TodoPatch>) -> HttpResponse {
                let patch = body.into_inner();
                if patch.title.as_deref().is_some_and(|title| !valid_title(title)) {
                    return problem(400, "`title`: invalid");
                }
                let id = id.into_inner();
                let updated = blocking(pool, true, move |conn| {
                    conn.$write(|conn| {
                        // No `.first()`: its `LIMIT ?` makes SQLite compile the statement again per call.
                        let mut row: Todo =
                            todos_todo::table.find(&id).select(Todo::as_select()).get_result(conn).optional()?.ok_or(Failure::NotFound)?;
                        if let Some(title) = patch.title {
                            row.title = title;
                        }
                        if let Some(completed) = patch.completed {
                            row.completed = completed;
                        }
                        diesel::update(todos_todo::table.find(&id)).set(&row).execute(conn)?;
                        Ok(row)
                    })
                })
                .await;
                match updated {
                    Ok(row) => HttpResponse::Ok().json(row),
                    Err(response) => response,
                }
            }

            pub(super) async fn delete(pool: web::Data<DbPool>, id: web::Path<String>) -> HttpResponse {
                let id = id.into_inner();
                let deleted = blocking(pool, true, move |conn| {
                    match conn.$write(|conn| diesel::delete(todos_todo::table.find(&id)).execute(conn))? {
                        0 => Err(Failure::NotFound),
                        _ => Ok(()),
                    }
                })
                .await;
                match deleted {
                    Ok(()) => HttpResponse::Ok().json(serde_json::json!({ "success": true })),
                    Err(response) => response,
                }
            }

            pub(super) fn serve(pool: DbPool, port: u16) -> std::io::Result<()> {
                let pool = web::Data::new(pool);
                actix_web::rt::System::new().block_on(
                    HttpServer::new(move || {
                        App::new()
                            .app_data(pool.clone())
                            .service(web::resource("/api/data/todos").route(web::get().to(list)).route(web::post().to(create)))
                            .service(web::resource("/api/data/todos/{id}").route(web::put().to(update)).route(web::delete().to(delete)))
                            .route("/health", web::get().to(|| async { HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })) }))
                    })
                    .bind(("127.0.0.1", port))?
                    .run(),
                )
            }
        }
    };
}

handlers!(sqlite, SqliteConnection, immediate_transaction, true);
handlers!(postgres, PgConnection, transaction, false);

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS todos_todo (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, \
    completed BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)";

/// As the runtime: the first connection within 10 s, the others opened in the background.
const OPEN_PATIENCE: Duration = Duration::from_secs(10);

fn main() -> std::io::Result<()> {
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "baseline.db".to_owned());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|port| port.parse().ok())
        .unwrap_or(8081);
    if url.starts_with("postgres") {
        let pool = Pool::builder()
            .max_size(8)
            .connection_timeout(Duration::from_secs(2))
            .build_unchecked(ConnectionManager::<PgConnection>::new(url));
        pool.get_timeout(OPEN_PATIENCE)
            .map_err(std::io::Error::other)?
            .batch_execute(CREATE_TABLE)
            .map_err(std::io::Error::other)?;
        postgres::serve(pool, port)
    } else {
        let path = url.trim_start_matches("sqlite://").to_owned();
        let pool = Pool::builder()
            .max_size(8)
            .connection_timeout(Duration::from_secs(2))
            .connection_customizer(Box::new(Pragmas))
            .build_unchecked(ConnectionManager::<SqliteConnection>::new(path));
        pool.get_timeout(OPEN_PATIENCE)
            .map_err(std::io::Error::other)?
            .batch_execute(CREATE_TABLE)
            .map_err(std::io::Error::other)?;
        sqlite::serve(pool, port)
    }
}
