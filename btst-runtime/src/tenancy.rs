//! Tenancy as in NAAP: a gateway in front of the app authenticates the caller and tells it, in
//! headers, which team the request acts for (`x-team-id`) and who makes it (`x-user-id`).
//! [`Tenant`] is the endpoint argument that reads them; endpoints scope every query to
//! `tenant.team_id` and stamp it on what they create, so a team never sees or changes another
//! team's rows (they answer 404, as if absent).

use actix_web::HttpRequest;

use crate::error::{ApiError, Issue};
use crate::extract::Extract;
use crate::header::{REPEATED, single_header};
use crate::openapi::{ExtractMeta, HeaderParam};

/// The header naming the team a request acts for.
pub const TEAM_HEADER: &str = "x-team-id";
/// The header naming the user who makes the request.
pub const USER_HEADER: &str = "x-user-id";
/// The longest team or user id accepted, in bytes.
pub const MAX_ID_LEN: usize = 200;
/// What a team or user id may hold: visible ASCII and spaces but no comma (how a proxy joins a
/// header sent twice), not only spaces (surrounding spaces are trimmed).
const ID_PATTERN: &str = "^[ -+\\--~]*[!-+\\--~][ -+\\--~]*$";

/// The caller of a request: its team and user, from `x-team-id` and `x-user-id`. A request
/// without both (or with an empty, over-long or non-ASCII value, or with either header sent
/// more than once) is answered 400 naming the header, before any hook or query runs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tenant {
    /// The team the request acts for.
    pub team_id: String,
    /// The user who makes it.
    pub user_id: String,
}

impl Extract for Tenant {
    const META: ExtractMeta = ExtractMeta {
        headers: &[
            HeaderParam {
                name: TEAM_HEADER,
                description: "The team the request acts for, set by the gateway. Rows of other teams are invisible.",
                required: true,
                max_length: Some(MAX_ID_LEN),
                pattern: Some(ID_PATTERN),
            },
            HeaderParam {
                name: USER_HEADER,
                description: "The user making the request, set by the gateway.",
                required: true,
                max_length: Some(MAX_ID_LEN),
                pattern: Some(ID_PATTERN),
            },
        ],
        errors: &[400],
        ..ExtractMeta::NONE
    };

    fn extract(request: &HttpRequest) -> Result<Self, ApiError> {
        let mut issues = Vec::new();
        let mut read = |name: &'static str| {
            let Ok(value) = single_header(request.headers(), name) else {
                issues.push(Issue::new(name, REPEATED));
                return None;
            };
            let problem = match value.map(|value| value.to_str().map(str::trim)) {
                Some(Ok(text))
                    if !text.is_empty()
                        && text.len() <= MAX_ID_LEN
                        && !text.contains([',', '\t']) =>
                {
                    return Some(text.to_owned());
                }
                None => "this header is required".to_owned(),
                Some(Ok("")) => "must not be blank".to_owned(),
                // A proxy that joins a header sent twice writes `victim, mallory`.
                Some(Ok(text)) if text.contains(',') => {
                    "must not contain a comma (a header sent twice and joined)".to_owned()
                }
                Some(_) => format!("must be visible ASCII, at most {MAX_ID_LEN} bytes"),
            };
            issues.push(Issue::new(name, problem));
            None
        };
        let (team_id, user_id) = (read(TEAM_HEADER), read(USER_HEADER));
        match (team_id, user_id) {
            (Some(team_id), Some(user_id)) => Ok(Self { team_id, user_id }),
            _ => Err(ApiError::validation(issues)),
        }
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn both_headers_are_required() {
        let request = TestRequest::default()
            .insert_header((TEAM_HEADER, "team-1"))
            .insert_header((USER_HEADER, " user-1 "))
            .to_http_request();
        assert_eq!(
            Tenant::extract(&request).expect("both present"),
            Tenant {
                team_id: "team-1".into(),
                user_id: "user-1".into()
            }
        );
        let missing = TestRequest::default()
            .insert_header((TEAM_HEADER, ""))
            .to_http_request();
        let error = Tenant::extract(&missing).expect_err("refused");
        assert_eq!(error.status().as_u16(), 400);
        assert_eq!(error.issues().len(), 2, "both headers named");
    }

    #[test]
    fn joined_and_blank_tenant_headers_are_refused() {
        let request = TestRequest::default()
            .insert_header((TEAM_HEADER, "victim, mallory"))
            .insert_header((USER_HEADER, "   "))
            .to_http_request();
        let error = Tenant::extract(&request).expect_err("refused");
        let messages: Vec<&str> = error
            .issues()
            .iter()
            .map(|issue| issue.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "must not contain a comma (a header sent twice and joined)",
                "must not be blank"
            ]
        );
    }

    #[test]
    fn a_repeated_tenant_header_is_refused() {
        let request = TestRequest::default()
            .append_header((TEAM_HEADER, "victim"))
            .append_header((TEAM_HEADER, "mallory"))
            .insert_header((USER_HEADER, "user-1"))
            .to_http_request();
        let error = Tenant::extract(&request).expect_err("refused");
        assert_eq!(error.status().as_u16(), 400);
        assert_eq!(error.issues()[0].path, TEAM_HEADER);
    }
}
