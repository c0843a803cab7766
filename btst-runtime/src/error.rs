//! Errors on the wire: [`ApiError`] renders every failure as `application/problem+json`
//! (RFC 9457) with the `code` and, for validation, the BTST-style `issues` list.
//!
//! Internal details (SQL text, type names, panics) are logged, never sent.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

/// The result type of endpoints, getters and database calls.
pub type ApiResult<T> = Result<T, ApiError>;

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One validation failure: where (`path`, the wire name of the field, empty for the whole body)
/// and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    code: &'static str,
    detail: String,
    issues: Vec<Issue>,
    allow: Option<String>,
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
            code,
            detail: detail.into(),
            issues: Vec::new(),
            allow: None,
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
            allow: Some(allow.clone()),
            ..Self::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                format!("this path accepts {allow}"),
            )
        }
    }

    /// 409 `CONFLICT`: a unique value is taken, or a referenced row is missing.
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "CONFLICT", detail)
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

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The machine-readable code (`NOT_FOUND`, ...).
    pub fn code(&self) -> &'static str {
        self.code
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
        let body = ProblemBody {
            kind: "about:blank",
            title: self.status.canonical_reason().unwrap_or("Error"),
            status: self.status.as_u16(),
            detail: &self.detail,
            code: self.code,
            issues: &self.issues,
        };
        let mut response = HttpResponse::build(self.status);
        response.insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)));
        if let Some(allow) = &self.allow {
            response.insert_header((header::ALLOW, allow.as_str()));
        }
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, HeaderValue::from_static("1")));
        }
        if self.status == StatusCode::REQUEST_TIMEOUT {
            response.force_close();
        }
        response.body(serde_json::to_vec(&body).unwrap_or_default())
    }
}

impl From<DieselError> for ApiError {
    fn from(error: DieselError) -> Self {
        match &error {
            DieselError::NotFound => Self::not_found("no such record"),
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => Self::conflict(
                unique_violation_detail(info.details().unwrap_or(info.message())),
            ),
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                Self::conflict(
                    "a referenced record does not exist, or this record is still referenced",
                )
            }
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, _) => {
                Self::unavailable("the database connection was lost; retry")
            }
            DieselError::DatabaseError(_, info) if too_long_column(info.message()).is_some() => {
                let column = too_long_column(info.message()).unwrap_or_default();
                Self::validation(vec![Issue::new(
                    crate::model::snake_to_camel(column),
                    "is longer than this database column holds; declare `length(max = ..)` on the field",
                )])
            }
            DieselError::DatabaseError(_, info) if is_lost(info.message()) => {
                Self::unavailable("the database connection was lost; retry")
            }
            DieselError::DatabaseError(_, info) if is_busy(info.message()) => {
                tracing::warn!(message = info.message(), "database busy");
                Self::unavailable("the database is busy; retry shortly")
            }
            _ => Self::internal(error),
        }
    }
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

/// SQLite's `SQLITE_BUSY` / `SQLITE_LOCKED` and MySQL's lock waits and deadlocks reach Diesel as
/// unknown errors with these messages: retrying is the remedy.
fn is_busy(message: &str) -> bool {
    message.contains("database is locked")
        || message.contains("database table is locked")
        || message.contains("database is busy")
        || message.starts_with("Deadlock found")
        || message.starts_with("Lock wait timeout exceeded")
}

/// A connection that died under a query (PostgreSQL restarting, MySQL's `server has gone away`).
fn is_lost(message: &str) -> bool {
    message.contains("server has gone away")
        || message.starts_with("Lost connection to")
        || message.contains("terminating connection due to administrator command")
        || message.contains("server closed the connection unexpectedly")
}

/// MySQL in strict mode: `Data too long for column 'title' at row 1` (a `VARCHAR` shorter than
/// the value; SQLite and PostgreSQL `TEXT` has no such limit).
fn too_long_column(message: &str) -> Option<&str> {
    message
        .strip_prefix("Data too long for column '")
        .and_then(|rest| rest.split('\'').next())
}

/// `UNIQUE constraint failed: todos_todo.title` (SQLite) names the column; so does PostgreSQL's
/// detail `Key (title)=(...) already exists.`. Say which field, never the SQL.
fn unique_violation_detail(message: &str) -> String {
    let sqlite = message
        .rsplit_once("failed: ")
        .and_then(|(_, cols)| cols.split(", ").next())
        .and_then(|qualified| qualified.rsplit('.').next());
    let postgres = message
        .strip_prefix("Key (")
        .and_then(|rest| rest.split([')', ',']).next());
    // MySQL: `Duplicate entry 'x' for key 'slug'` (MariaDB) or `... for key 'blog_post.slug'`.
    let mysql = message
        .rsplit_once("for key '")
        .and_then(|(_, key)| key.split('\'').next())
        .and_then(|qualified| qualified.rsplit('.').next());
    let column = sqlite.or(postgres).or(mysql);
    match column {
        Some(column) => format!(
            "a record with this `{}` already exists",
            crate::model::snake_to_camel(column)
        ),
        None => "a record with these values already exists".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_violation_names_the_field_in_wire_case() {
        assert_eq!(
            unique_violation_detail("UNIQUE constraint failed: blog_post.slug_text"),
            "a record with this `slugText` already exists"
        );
        assert_eq!(
            unique_violation_detail("Key (name)=(rust) already exists."),
            "a record with this `name` already exists"
        );
        assert_eq!(
            unique_violation_detail("Duplicate entry 'rust' for key 'blog_tag.name'"),
            "a record with this `name` already exists"
        );
        assert_eq!(
            too_long_column("Data too long for column 'team_id' at row 1"),
            Some("team_id")
        );
        assert_eq!(
            unique_violation_detail("duplicate"),
            "a record with these values already exists"
        );
    }

    #[test]
    fn a_locked_database_is_a_503() {
        struct Locked;
        impl diesel::result::DatabaseErrorInformation for Locked {
            fn message(&self) -> &'static str {
                "database is locked"
            }
            fn details(&self) -> Option<&str> {
                None
            }
            fn hint(&self) -> Option<&str> {
                None
            }
            fn table_name(&self) -> Option<&str> {
                None
            }
            fn column_name(&self) -> Option<&str> {
                None
            }
            fn constraint_name(&self) -> Option<&str> {
                None
            }
            fn statement_position(&self) -> Option<i32> {
                None
            }
        }
        let error = ApiError::from(DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new(Locked),
        ));
        assert_eq!(error.status(), StatusCode::SERVICE_UNAVAILABLE);
    }

    #[test]
    fn validation_detail_names_the_only_field() {
        let error = ApiError::validation(vec![Issue::new("title", "is required")]);
        assert_eq!(error.detail(), "`title`: is required");
        assert_eq!(error.code(), "VALIDATION_ERROR");
    }
}
