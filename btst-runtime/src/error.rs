//! Errors on the wire: [`ApiError`] renders every failure as `application/problem+json`
//! (RFC 9457) with the `code` and, for validation, the BTST-style `issues` list.
//!
//! Internal details (SQL text, type names, panics) are logged, never sent.

use std::borrow::Cow;
use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, HttpResponseBuilder, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::{Deserialize, Serialize};

/// The result type of endpoints, getters and database calls.
pub type ApiResult<T> = Result<T, ApiError>;

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One validation failure: where (`path`, the wire name of the field, empty for the whole body)
/// and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// The field's wire name (`createdAt`), or `""` for the body itself.
    pub path: String,
    /// A sentence a client can show.
    pub message: String,
}

impl Issue {
    /// An issue at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// An error answered as `application/problem+json`.
///
/// Build one with the constructors (`ApiError::not_found("no such todo")`) or
/// [`ApiError::new`] for a status and code of your own; `?` converts database errors.
#[derive(Debug, Clone)]
pub struct ApiError {
    status: StatusCode,
    code: Cow<'static, str>,
    detail: String,
    issues: Vec<Issue>,
    // Boxed strings, not `String`s: an `ApiError` stays under 128 bytes (clippy's
    // `result_large_err`), so every `ApiResult` stays small.
    allow: Option<Box<str>>,
    challenge: Option<Box<str>>,
}

#[derive(Serialize)]
struct ProblemBody<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "<[Issue]>::is_empty")]
    issues: &'a [Issue],
}

impl ApiError {
    /// An error with any status and machine-readable `code` (`UPPER_SNAKE_CASE` by convention).
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        Self {
            status,
            code: Cow::Borrowed(code),
            detail: detail.into(),
            issues: Vec::new(),
            allow: None,
            challenge: None,
        }
    }

    /// The error a server answered with `status` and `body`, decoded from its problem+json
    /// (RFC 9457: `code`, `detail` and `issues` as this crate sends them). A body that is not
    /// one keeps the status, with the code `HTTP_<status>` and the body's text as its detail.
    pub fn from_problem(status: u16, body: &[u8]) -> Self {
        #[derive(Deserialize)]
        struct Problem {
            code: String,
            #[serde(default)]
            detail: String,
            #[serde(default)]
            issues: Vec<Issue>,
        }
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let (code, detail, issues) = match serde_json::from_slice::<Problem>(body) {
            Ok(problem) => (Cow::Owned(problem.code), problem.detail, problem.issues),
            Err(_) => (
                Cow::Owned(format!("HTTP_{}", status.as_u16())),
                String::from_utf8_lossy(body).into_owned(),
                Vec::new(),
            ),
        };
        Self {
            status,
            code,
            detail,
            issues,
            allow: None,
            challenge: None,
        }
    }

    /// 400 `BAD_REQUEST`: the request cannot be understood (malformed JSON, a bad query string).
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", detail)
    }

    /// 400 `VALIDATION_ERROR` with one issue per failed field.
    pub fn validation(issues: Vec<Issue>) -> Self {
        let detail = match issues.as_slice() {
            [only] if only.path.is_empty() => only.message.clone(),
            [only] => format!("`{}`: {}", only.path, only.message),
            many => format!("{} fields are invalid", many.len()),
        };
        Self {
            issues,
            ..Self::new(StatusCode::BAD_REQUEST, "VALIDATION_ERROR", detail)
        }
    }

    /// 401 `UNAUTHORIZED`: the caller could not be identified (an identity provider refused
    /// the credentials).
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", detail)
    }

    /// 403 `FORBIDDEN`: a hook denied the request.
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "FORBIDDEN", detail)
    }

    /// 404 `NOT_FOUND`.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "NOT_FOUND", detail)
    }

    /// 405 `METHOD_NOT_ALLOWED`, with the `Allow` header listing `allowed`.
    pub fn method_not_allowed(allowed: &[&str]) -> Self {
        let allow = allowed.join(", ");
        Self {
            allow: Some(allow.clone().into_boxed_str()),
            ..Self::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                format!("this path accepts {allow}"),
            )
        }
    }

    /// This error with the field `from` named `to`, in its issues and its detail.
    pub(crate) fn renaming_field(mut self, from: &str, to: &str) -> Self {
        for issue in &mut self.issues {
            if issue.path == from {
                to.clone_into(&mut issue.path);
            }
        }
        self.detail = self
            .detail
            .replace(&format!("`{from}`"), &format!("`{to}`"));
        self
    }

    /// 409 `CONFLICT` for a unique constraint: another record has these `fields` (wire names;
    /// two or more for a composite constraint), named in `detail` and as one issue per field.
    pub(crate) fn unique_conflict(fields: &[&str]) -> Self {
        let named: Vec<String> = fields.iter().map(|field| format!("`{field}`")).collect();
        let detail = match named.as_slice() {
            [one] => format!("a record with this {one} already exists"),
            _ => format!("a record with these {} already exists", named.join(", ")),
        };
        let issues = fields
            .iter()
            .map(|field| {
                let others: Vec<&str> = named
                    .iter()
                    .map(String::as_str)
                    .filter(|other| other.trim_matches('`') != *field)
                    .collect();
                let message = if others.is_empty() {
                    "is already taken by another record".to_owned()
                } else {
                    format!(
                        "is already taken, together with this {}, by another record",
                        others.join(", ")
                    )
                };
                Issue::new(*field, message)
            })
            .collect();
        Self {
            issues,
            ..Self::conflict(detail)
        }
    }

    /// 409 `CONFLICT`: a unique value is taken, or a referenced row is missing.
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "CONFLICT", detail)
    }

    /// A failed delete, as its caller reads it: a foreign key's 409 (a row of another table
    /// references this one with `on_delete = "restrict"`, the default) becomes "this record is
    /// still referenced by other records"; every other error is kept as it is.
    pub(crate) fn still_referenced(self) -> Self {
        if self.status == StatusCode::CONFLICT {
            Self::conflict("this record is still referenced by other records")
        } else {
            self
        }
    }

    /// 408 `REQUEST_TIMEOUT`: the body did not arrive within the Stack's
    /// [`body_timeout`](crate::Stack::body_timeout). The connection is closed after the answer
    /// (RFC 9110 §15.5.9), which frees the socket.
    pub fn request_timeout(timeout: std::time::Duration) -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "REQUEST_TIMEOUT",
            format!("the body did not arrive within {} ms", timeout.as_millis()),
        )
    }

    /// 413 `PAYLOAD_TOO_LARGE`.
    pub fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
            format!("the body is larger than the limit of {limit} bytes"),
        )
    }

    /// 415 `UNSUPPORTED_MEDIA_TYPE`.
    pub fn unsupported_media_type(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            detail,
        )
    }

    /// 503 `SERVICE_UNAVAILABLE` with `Retry-After: 1`: the database cannot be reached now.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            detail,
        )
    }

    /// 500 `INTERNAL_ERROR`. `cause` is logged; the client sees a fixed sentence.
    pub fn internal(cause: impl fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL_ERROR",
            "the server failed to handle the request",
        )
    }

    /// With an authentication challenge (`Bearer`, `Basic realm="api"`), sent in the
    /// `WWW-Authenticate` header of a 401 (RFC 9110 §11.6.1 requires one). The identity
    /// providers of [`identity`](crate::identity) add theirs to the 401s they answer.
    #[must_use]
    pub fn with_challenge(mut self, challenge: impl Into<String>) -> Self {
        self.challenge = Some(challenge.into().into_boxed_str());
        self
    }

    /// The authentication challenge, if any ([`ApiError::with_challenge`]).
    pub fn challenge(&self) -> Option<&str> {
        self.challenge.as_deref()
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The machine-readable code (`NOT_FOUND`, ...).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The human-readable detail.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The validation issues (empty unless `VALIDATION_ERROR`).
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.status.as_u16(), self.code, self.detail)
    }
}

impl std::error::Error for ApiError {}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        self.response_builder()
            .body(serde_json::to_vec(&self.problem_body()).unwrap_or_default())
    }
}

impl ApiError {
    /// The problem details of the body.
    fn problem_body(&self) -> ProblemBody<'_> {
        ProblemBody {
            kind: "about:blank",
            title: self.status.canonical_reason().unwrap_or("Error"),
            status: self.status.as_u16(),
            detail: &self.detail,
            code: &self.code,
            issues: &self.issues,
        }
    }

    /// The response's status and headers (`Content-Type: application/problem+json`, and
    /// `Allow`, `WWW-Authenticate`, `Retry-After` or `Connection: close` as the error needs),
    /// for a body of problem details.
    pub(crate) fn response_builder(&self) -> HttpResponseBuilder {
        let mut response = HttpResponse::build(self.status);
        response.insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)));
        if let Some(allow) = &self.allow {
            response.insert_header((header::ALLOW, &**allow));
        }
        if let Some(challenge) = &self.challenge {
            response.insert_header((header::WWW_AUTHENTICATE, &**challenge));
        }
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, HeaderValue::from_static("1")));
        }
        if self.status == StatusCode::REQUEST_TIMEOUT {
            response.force_close();
        }
        response
    }
}

/// Database errors by what Diesel knows of them: its [`DatabaseErrorKind`], which it builds from
/// PostgreSQL's SQLSTATE, MySQL's error number and SQLite's extended result code, and, for a
/// unique violation, PostgreSQL's constraint and table names. Only what no kind covers is told
/// apart by its text: SQLite's busy or locked database, and the MySQL errors Diesel has no kind
/// for (a lock wait timeout, a value too long, a lost connection).
impl From<DieselError> for ApiError {
    fn from(error: DieselError) -> Self {
        let DieselError::DatabaseError(kind, info) = &error else {
            return match error {
                DieselError::NotFound => Self::not_found("no such record"),
                error => Self::internal(error),
            };
        };
        match kind {
            DatabaseErrorKind::UniqueViolation => unique_violation(&**info),
            DatabaseErrorKind::ForeignKeyViolation | DatabaseErrorKind::RestrictViolation => {
                Self::conflict(REFERENCE_CONFLICT)
            }
            // PostgreSQL's SQLSTATE class 08 or a connection found broken after the error;
            // a command that could not be sent.
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand => {
                Self::unavailable("the database connection was lost; retry")
            }
            // PostgreSQL's 40001 (serialization failure) and MySQL's 1213 (deadlock): the
            // transaction was rolled back, and running it again is the remedy.
            DatabaseErrorKind::SerializationFailure => {
                tracing::warn!(message = info.message(), "transaction conflict");
                Self::unavailable("the database is busy; retry shortly")
            }
            _ => unclassified(info.message()).unwrap_or_else(|| Self::internal(error)),
        }
    }
}

/// A foreign key refused a write: what a write of unknown direction says. A delete says more
/// ([`ApiError::still_referenced`]).
const REFERENCE_CONFLICT: &str =
    "a referenced record does not exist, or this record is still referenced";

/// SQLite's text for every foreign-key failure (`sqlite3ErrStr` and `fkey.c`, never translated).
const FOREIGN_KEY_FAILED: &str = "FOREIGN KEY constraint failed";

/// The errors Diesel reports without a kind (`Unknown`) that still have a known remedy. Their
/// codes are out of reach: Diesel keeps SQLite's and MySQL's errors as their message alone (a
/// `String` as the `DatabaseErrorInformation`), and PostgreSQL's SQLSTATE is read but not exposed;
/// reading the codes from the drivers ourselves would take `unsafe` FFI, which the workspace
/// forbids. So these match the message, as narrowly as each backend allows:
/// - SQLite, `SQLITE_BUSY` / `SQLITE_LOCKED` (another connection holds the write lock past
///   `busy_timeout`): SQLite's messages are fixed English text in its source (`sqlite3ErrStr`),
///   never translated: `database is locked`, `database table is locked[: <table>]`.
/// - SQLite, a delete that an `ON DELETE RESTRICT` foreign key refuses: SQLite reports it at
///   once, as a trigger-like constraint Diesel gives no kind (`FOREIGN KEY constraint failed`,
///   the same fixed text as the foreign-key kind it does classify): a 409, as on the others.
/// - MySQL / MariaDB, 1205 (a lock wait timed out), 1406 (data too long for a column) and the
///   client's 2006 / 2013 (the connection was lost): every connection sets `lc_messages =
///   'en_US'` ([`crate::backend`]), so the server's text does not follow its locale; the client
///   library's messages are English.
/// - PostgreSQL: nothing. Its messages follow `lc_messages`, which only a superuser may set, so
///   its text is never matched; a lost connection is a `ClosedConnection` (Diesel checks the
///   connection's status), and a deadlock (40P01) stays a 500.
fn unclassified(message: &str) -> Option<ApiError> {
    if message == "database is locked"
        || message.starts_with("database table is locked")
        || message.starts_with("Lock wait timeout exceeded")
    {
        tracing::warn!(message, "database busy");
        return Some(ApiError::unavailable("the database is busy; retry shortly"));
    }
    if message.ends_with("server has gone away")
        || message.ends_with("Server has gone away")
        || message.starts_with("Lost connection to")
    {
        return Some(ApiError::unavailable(
            "the database connection was lost; retry",
        ));
    }
    if message == FOREIGN_KEY_FAILED {
        return Some(ApiError::conflict(REFERENCE_CONFLICT));
    }
    let column = too_long_column(message)?;
    Some(ApiError::validation(vec![Issue::new(
        crate::model::snake_to_camel(column),
        "is longer than this database column holds; declare `length(max = ..)` on the field",
    )]))
}

impl From<r2d2_error::PoolTimeout> for ApiError {
    fn from(error: r2d2_error::PoolTimeout) -> Self {
        tracing::warn!(%error, "database pool checkout timed out");
        Self::unavailable("the database is busy or unreachable; retry shortly")
    }
}

/// The pool error, named without exposing r2d2 in our public types.
pub(crate) mod r2d2_error {
    pub(crate) type PoolTimeout = diesel::r2d2::PoolError;
}

/// MySQL in strict mode: `Data too long for column 'title' at row 1` (a `VARCHAR` shorter than
/// the value; SQLite and PostgreSQL `TEXT` has no such limit).
fn too_long_column(message: &str) -> Option<&str> {
    message
        .strip_prefix("Data too long for column '")
        .and_then(|rest| rest.split('\'').next())
}

/// A unique violation as a 409 naming the field, in `detail` ("a record with this `slug`
/// already exists", never the SQL) and, as a validation error does, in `issues` (its wire name
/// as `path`), so a form can mark the field. PostgreSQL names the constraint and its table: the
/// DDL ([`crate::ddl`]) declares unique fields inline, so the constraint is PostgreSQL's
/// `<table>_<column>_key`, or `<table>_pkey` for the id. SQLite and MySQL give the message only
/// (see [`unclassified`] for why their text is stable):
/// - SQLite: `UNIQUE constraint failed: <table>.<column>`;
/// - MySQL: `Duplicate entry '<value>' for key '<index>'`, the index qualified by its table on
///   MySQL 8; an inline `UNIQUE` index is named after its column, the id's is `PRIMARY`.
///
/// PostgreSQL's detail, `Key (<column>)=(<value>) already exists.`, is the last resort (for a
/// constraint name PostgreSQL cut at 63 bytes). Without a column, the 409 has no `issues`.
fn unique_violation(info: &dyn diesel::result::DatabaseErrorInformation) -> ApiError {
    let constraint =
        info.constraint_name()
            .zip(info.table_name())
            .and_then(|(constraint, table)| {
                let column = constraint.strip_prefix(table)?.strip_prefix('_')?;
                match column {
                    "pkey" => Some("id"),
                    column => column.strip_suffix("_key"),
                }
            });
    let message = info.message();
    // Every column of the constraint, joined as PostgreSQL's constraint name joins them.
    let sqlite = message
        .strip_prefix("UNIQUE constraint failed: ")
        .map(|columns| {
            columns
                .split(", ")
                .filter_map(|qualified| qualified.rsplit('.').next())
                .collect::<Vec<_>>()
                .join("_")
        });
    let mysql = message
        .strip_prefix("Duplicate entry '")
        .and_then(|rest| rest.rsplit_once("' for key '"))
        .and_then(|(_, key)| key.strip_suffix('\''))
        .and_then(|qualified| qualified.rsplit('.').next())
        .map(|key| if key == "PRIMARY" { "id" } else { key });
    let postgres = info
        .details()
        .and_then(|detail| detail.strip_prefix("Key ("))
        .and_then(|rest| rest.split([')', ',']).next());
    match constraint.or(sqlite.as_deref()).or(mysql).or(postgres) {
        Some(column) => ApiError::unique_conflict(&[&crate::model::snake_to_camel(column)]),
        None => ApiError::conflict("a record with these values already exists"),
    }
}

/// The text of a panic's payload.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a non-string payload")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a driver reports: the message, and PostgreSQL's structured fields.
    #[derive(Default)]
    struct Reported {
        message: &'static str,
        details: Option<&'static str>,
        table: Option<&'static str>,
        constraint: Option<&'static str>,
    }

    impl diesel::result::DatabaseErrorInformation for Reported {
        fn message(&self) -> &str {
            self.message
        }
        fn details(&self) -> Option<&str> {
            self.details
        }
        fn hint(&self) -> Option<&str> {
            None
        }
        fn table_name(&self) -> Option<&str> {
            self.table
        }
        fn column_name(&self) -> Option<&str> {
            None
        }
        fn constraint_name(&self) -> Option<&str> {
            self.constraint
        }
        fn statement_position(&self) -> Option<i32> {
            None
        }
    }

    fn api_error(kind: DatabaseErrorKind, reported: Reported) -> ApiError {
        ApiError::from(DieselError::DatabaseError(kind, Box::new(reported)))
    }

    /// The 409's detail, after checking that its `issues` name the same field (or none).
    fn unique(reported: Reported) -> String {
        let error = api_error(DatabaseErrorKind::UniqueViolation, reported);
        assert_eq!(error.status(), StatusCode::CONFLICT);
        let detail = error.detail().to_owned();
        match error.issues() {
            [] => assert_eq!(detail, "a record with these values already exists"),
            [issue] => assert_eq!(
                detail,
                format!("a record with this `{}` already exists", issue.path)
            ),
            many => panic!("one field at most: {many:?}"),
        }
        detail
    }

    #[test]
    fn postgres_unique_violations_name_the_field_from_the_constraint_in_any_locale() {
        // A server with `lc_messages = 'de_DE'`: the text is no help, the names are.
        let german = |constraint| Reported {
            message: "doppelter Schlüsselwert verletzt Unique-Constraint",
            details: Some("Schlüssel »(name)=(rust)« existiert bereits."),
            table: Some("blog_tag"),
            constraint: Some(constraint),
        };
        assert_eq!(
            unique(german("blog_tag_name_key")),
            "a record with this `name` already exists"
        );
        assert_eq!(
            unique(german("blog_tag_created_by_key")),
            "a record with this `createdBy` already exists"
        );
        assert_eq!(
            unique(german("blog_tag_pkey")),
            "a record with this `id` already exists"
        );
        // A name PostgreSQL cut: its English detail, else no field.
        assert_eq!(
            unique(Reported {
                details: Some("Key (slug_text)=(x) already exists."),
                ..Reported::default()
            }),
            "a record with this `slugText` already exists"
        );
        assert_eq!(
            unique(Reported::default()),
            "a record with these values already exists"
        );
    }

    #[test]
    fn sqlite_and_mysql_unique_violations_name_the_field_from_their_fixed_text() {
        let message = |message| Reported {
            message,
            ..Reported::default()
        };
        assert_eq!(
            unique(message("UNIQUE constraint failed: blog_post.slug_text")),
            "a record with this `slugText` already exists"
        );
        // MariaDB names the index; MySQL 8 qualifies it with the table.
        assert_eq!(
            unique(message("Duplicate entry 'rust' for key 'name'")),
            "a record with this `name` already exists"
        );
        assert_eq!(
            unique(message("Duplicate entry 'it''s' for key 'blog_tag.name'")),
            "a record with this `name` already exists"
        );
        assert_eq!(
            unique(message("Duplicate entry 'x' for key 'PRIMARY'")),
            "a record with this `id` already exists"
        );
        assert_eq!(
            too_long_column("Data too long for column 'team_id' at row 1"),
            Some("team_id")
        );
    }

    #[test]
    fn statuses_follow_the_kind_diesel_derives_from_each_backends_code() {
        let status = |kind, message| {
            api_error(
                kind,
                Reported {
                    message,
                    ..Reported::default()
                },
            )
            .status()
            .as_u16()
        };
        // PostgreSQL 40001 and MySQL 1213 (deadlock), in any language: retry.
        assert_eq!(
            status(DatabaseErrorKind::SerializationFailure, "Deadlock gefunden"),
            503
        );
        // PostgreSQL's class 08 or a broken connection; a command not sent.
        assert_eq!(
            status(DatabaseErrorKind::ClosedConnection, "Verbindung verloren"),
            503
        );
        assert_eq!(status(DatabaseErrorKind::UnableToSendCommand, ""), 503);
        // PostgreSQL 23503 / 23001, SQLite's SQLITE_CONSTRAINT_FOREIGNKEY, MySQL 1451 / 1452.
        assert_eq!(status(DatabaseErrorKind::ForeignKeyViolation, ""), 409);
        assert_eq!(status(DatabaseErrorKind::RestrictViolation, ""), 409);
        assert_eq!(status(DatabaseErrorKind::CheckViolation, ""), 500);
        // SQLite's `ON DELETE RESTRICT` refusal comes without a kind, as its fixed text.
        assert_eq!(
            status(DatabaseErrorKind::Unknown, "FOREIGN KEY constraint failed"),
            409
        );
        // No kind: only the fixed texts of SQLite and of MySQL in English have a remedy.
        assert_eq!(
            status(DatabaseErrorKind::Unknown, "database is locked"),
            503
        );
        assert_eq!(
            status(DatabaseErrorKind::Unknown, "database table is locked: t"),
            503
        );
        assert_eq!(
            status(
                DatabaseErrorKind::Unknown,
                "Lock wait timeout exceeded; try restarting transaction"
            ),
            503
        );
        assert_eq!(
            status(DatabaseErrorKind::Unknown, "MySQL server has gone away"),
            503
        );
        assert_eq!(
            status(
                DatabaseErrorKind::Unknown,
                "Lost connection to MySQL server during query"
            ),
            503
        );
        assert_eq!(
            status(
                DatabaseErrorKind::Unknown,
                "Data too long for column 'team_id' at row 1"
            ),
            400
        );
        // A message that merely mentions a lock is not a busy database.
        assert_eq!(
            status(
                DatabaseErrorKind::Unknown,
                "syntax error near \"database is locked\""
            ),
            500
        );
    }

    #[test]
    fn validation_detail_names_the_only_field() {
        let error = ApiError::validation(vec![Issue::new("title", "is required")]);
        assert_eq!(error.detail(), "`title`: is required");
        assert_eq!(error.code(), "VALIDATION_ERROR");
    }
}
