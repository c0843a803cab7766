//! Who makes a request. A Stack may have one identity provider (BTST's `stack({ auth })`): it
//! reads the request's headers once, before any hook runs, and every hook of that request sees
//! the result through [`HookContext::identity`](crate::HookContext::identity). Server-side calls
//! through a plugin's `GuardedApi` pass the identity in instead.

use std::sync::Arc;

pub use actix_web::http::header::HeaderMap;

use crate::StatusCode;
use crate::error::{ApiError, ApiResult};
use crate::header::single_header;

/// A resolved caller.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Identity {
    /// Who it is: a user id, a service name.
    pub subject: String,
    /// What it may do, as your hooks interpret it.
    pub roles: Vec<String>,
}

impl Identity {
    /// A caller with no roles.
    pub fn new(subject: impl Into<String>) -> Self {
        Self {
            subject: subject.into(),
            roles: Vec::new(),
        }
    }

    /// With one more role.
    #[must_use]
    pub fn with_role(mut self, role: impl Into<String>) -> Self {
        self.roles.push(role.into());
        self
    }

    /// Whether it has `role`.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|known| known == role)
    }
}

/// Resolves the caller of a request from its headers: `Ok(None)` for an anonymous request, an
/// error (say [`ApiError::unauthorized`]) to refuse the request outright. Any
/// `Fn(&HeaderMap) -> ApiResult<Option<Identity>>` is one, but declares no scheme: prefer
/// [`bearer`] or [`api_key`], which parse the credentials for you and declare their scheme in
/// the OpenAPI document (so Swagger UI at `/docs` offers to send them).
pub trait IdentityProvider: Send + Sync + 'static {
    /// The caller, if any.
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>>;

    /// How callers present their credentials, for the OpenAPI document's
    /// `components.securitySchemes` and every operation's `security`. `None` (the default)
    /// documents none.
    fn scheme(&self) -> Option<AuthScheme> {
        None
    }
}

impl<F> IdentityProvider for F
where
    F: Fn(&HeaderMap) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>> {
        self(headers)
    }
}

/// How a caller presents credentials (OpenAPI's security scheme types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `Authorization: Bearer <token>` (RFC 6750), documented as the scheme `bearerAuth`.
    Bearer,
    /// A key in the named request header (`x-api-key: <key>`), documented as `apiKeyAuth`.
    ApiKeyHeader(&'static str),
}

impl AuthScheme {
    /// The name of the scheme in `components.securitySchemes`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bearer => "bearerAuth",
            Self::ApiKeyHeader(_) => "apiKeyAuth",
        }
    }

    /// The `WWW-Authenticate` challenge of a 401: `Bearer`, or `ApiKey header="x-api-key"`.
    pub fn challenge(self) -> String {
        match self {
            Self::Bearer => "Bearer".to_owned(),
            Self::ApiKeyHeader(header) => format!("ApiKey header=\"{header}\""),
        }
    }

    /// A 401 `response` without a challenge gets this scheme's (RFC 9110 §11.6.1: a 401 carries
    /// at least one), whoever answered it: an endpoint's or a hook's own
    /// `ApiError::unauthorized`, as well as the provider's.
    pub(crate) fn challenge_response<B>(self, response: &mut actix_web::dev::ServiceResponse<B>) {
        use actix_web::http::header::{HeaderValue, WWW_AUTHENTICATE};
        if response.status() == StatusCode::UNAUTHORIZED
            && !response.headers().contains_key(WWW_AUTHENTICATE)
            && let Ok(value) = HeaderValue::from_str(&self.challenge())
        {
            response.headers_mut().insert(WWW_AUTHENTICATE, value);
        }
    }

    /// `error`, with this scheme's challenge when it is a 401 without one.
    pub(crate) fn challenge_on(self, error: ApiError) -> ApiError {
        if error.status() == StatusCode::UNAUTHORIZED && error.challenge().is_none() {
            error.with_challenge(self.challenge())
        } else {
            error
        }
    }
}

/// The credentials of an `Authorization` header (RFC 9110 §11.6.2): an auth scheme and what
/// follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credentials<'a> {
    /// The scheme as sent (`Bearer`, `bearer`, `Basic`...); compare it with
    /// [`Credentials::is`], since schemes are case-insensitive.
    pub scheme: &'a str,
    /// What follows the scheme, without the surrounding spaces (a token, `token68`, or
    /// parameters); may be empty.
    pub token: &'a str,
}

impl<'a> Credentials<'a> {
    /// The request's `Authorization` credentials: `Ok(None)` without the header; 400 when it is
    /// sent more than once; 401 when it is not visible ASCII or has no scheme.
    pub fn from_headers(headers: &'a HeaderMap) -> ApiResult<Option<Self>> {
        let Some(value) = single_header(headers, "authorization")? else {
            return Ok(None);
        };
        let malformed =
            || ApiError::unauthorized("the `Authorization` header is not `<scheme> <credentials>`");
        let text = value
            .to_str()
            .map_err(|_| {
                ApiError::unauthorized("the `Authorization` header must be visible ASCII")
            })?
            .trim();
        let (scheme, token) = text.split_once([' ', '\t']).unwrap_or((text, ""));
        if scheme.is_empty() {
            return Err(malformed());
        }
        Ok(Some(Self {
            scheme,
            token: token.trim(),
        }))
    }

    /// Whether the scheme is `scheme`, ignoring ASCII case (`bearer` is `Bearer`).
    pub fn is(&self, scheme: &str) -> bool {
        self.scheme.eq_ignore_ascii_case(scheme)
    }

    /// Whether the credentials are one `token68` (RFC 9110 §11.2: letters, digits and
    /// `-._~+/`, then `=` padding), as a bearer token is (RFC 6750 §2.1). A space or a comma
    /// is not: `Bearer alice, Bearer bob` is two credentials merged into one line.
    pub fn is_token68(&self) -> bool {
        let body = self.token.trim_end_matches('=');
        !body.is_empty()
            && body
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"-._~+/".contains(&byte))
    }
}

/// An identity provider for `Authorization: Bearer <token>` (RFC 6750; the scheme in any case):
/// `resolve` maps the token to the caller. No header: anonymous (`resolve` is not called).
/// Another scheme, a token that is not one `token68` (empty, with spaces or commas), or a
/// header that is not visible ASCII: 401 with `WWW-Authenticate: Bearer`. The header sent
/// twice: 400. Declares [`AuthScheme::Bearer`].
///
/// ```
/// use btst_runtime::identity::{self, Identity};
/// use btst_runtime::{ApiError, Stack};
///
/// let stack = Stack::new().identity(identity::bearer(|token: &str| match token {
///     "let-me-in" => Ok(Some(Identity::new("admin"))),
///     _ => Err(ApiError::unauthorized("unknown token")),
/// }));
/// # let _ = stack;
/// ```
pub fn bearer<F>(resolve: F) -> Bearer<F>
where
    F: Fn(&str) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    Bearer(resolve)
}

/// The provider [`bearer`] returns.
#[derive(Debug, Clone, Copy)]
pub struct Bearer<F>(F);

impl<F> IdentityProvider for Bearer<F>
where
    F: Fn(&str) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>> {
        let credentials = Credentials::from_headers(headers)
            .map_err(|error| AuthScheme::Bearer.challenge_on(error))?;
        match credentials {
            None => Ok(None),
            Some(credentials) if credentials.is("Bearer") && credentials.is_token68() => {
                (self.0)(credentials.token).map_err(|error| AuthScheme::Bearer.challenge_on(error))
            }
            Some(_) => Err(AuthScheme::Bearer.challenge_on(ApiError::unauthorized(
                "expected `Authorization: Bearer <token>`, one token of letters, digits and -._~+/",
            ))),
        }
    }

    fn scheme(&self) -> Option<AuthScheme> {
        Some(AuthScheme::Bearer)
    }
}

/// An identity provider for a key in the request header `header` (`x-api-key`): `resolve` maps
/// the key to the caller. No header: anonymous. The header sent twice: 400; not visible ASCII
/// or empty: 401. Declares [`AuthScheme::ApiKeyHeader`].
pub fn api_key<F>(header: &'static str, resolve: F) -> ApiKey<F>
where
    F: Fn(&str) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    ApiKey { header, resolve }
}

/// The provider [`api_key`] returns.
#[derive(Debug, Clone, Copy)]
pub struct ApiKey<F> {
    header: &'static str,
    resolve: F,
}

impl<F> IdentityProvider for ApiKey<F>
where
    F: Fn(&str) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>> {
        let Some(value) = single_header(headers, self.header)? else {
            return Ok(None);
        };
        let scheme = AuthScheme::ApiKeyHeader(self.header);
        match value.to_str().map(str::trim) {
            Ok(key) if !key.is_empty() => {
                (self.resolve)(key).map_err(|error| scheme.challenge_on(error))
            }
            _ => Err(scheme.challenge_on(ApiError::unauthorized(format!(
                "expected a key of visible ASCII in the `{}` header",
                self.header
            )))),
        }
    }

    fn scheme(&self) -> Option<AuthScheme> {
        Some(AuthScheme::ApiKeyHeader(self.header))
    }
}

/// The Stack's provider, stored as app data.
#[derive(Clone)]
pub(crate) struct Provider(pub(crate) Arc<dyn IdentityProvider>);

#[cfg(test)]
mod tests {
    use actix_web::http::header::{AUTHORIZATION, HeaderValue};

    use super::*;

    fn headers(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(AUTHORIZATION, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn schemes_are_case_insensitive() {
        let provider = bearer(|token: &str| Ok(Some(Identity::new(token))));
        for value in ["Bearer bob", "bearer bob", "BEARER   bob ", "bEaReR\tbob"] {
            let caller = provider.identify(&headers(&[value])).expect(value);
            assert_eq!(caller, Some(Identity::new("bob")), "{value}");
        }
        assert_eq!(provider.identify(&headers(&[])).expect("anonymous"), None);
        for value in [
            "Basic Ym9iOg==",
            "Bearer",
            "Bearer ",
            "Bearerbob",
            "",
            "Bearer a b",
            "Bearer alice, Bearer bob",
        ] {
            let error = provider.identify(&headers(&[value])).expect_err(value);
            assert_eq!(error.status().as_u16(), 401, "{value}");
            assert_eq!(error.challenge(), Some("Bearer"), "{value}");
        }
        let padded = provider.identify(&headers(&["Bearer YWxp-Y2U_.~+/=="]));
        assert_eq!(
            padded.expect("a token68"),
            Some(Identity::new("YWxp-Y2U_.~+/=="))
        );
        let refused = bearer(|_: &str| Err(ApiError::unauthorized("unknown token")));
        let error = refused
            .identify(&headers(&["Bearer x"]))
            .expect_err("refused");
        assert_eq!(error.challenge(), Some("Bearer"), "the resolver's 401 too");
    }

    #[test]
    fn a_repeated_authorization_is_a_400() {
        let provider = bearer(|token: &str| Ok(Some(Identity::new(token))));
        let error = provider
            .identify(&headers(&["Bearer alice", "Bearer mallory"]))
            .expect_err("refused");
        assert_eq!(error.status().as_u16(), 400);
        assert_eq!(error.issues()[0].path, "authorization");
    }

    #[test]
    fn api_keys_are_read_from_their_header() {
        let provider = api_key("x-api-key", |key: &str| Ok(Some(Identity::new(key))));
        let mut sent = HeaderMap::new();
        sent.append(
            actix_web::http::header::HeaderName::from_static("x-api-key"),
            HeaderValue::from_static(" k1 "),
        );
        assert_eq!(
            provider.identify(&sent).expect("a key"),
            Some(Identity::new("k1"))
        );
        assert_eq!(
            provider.scheme(),
            Some(AuthScheme::ApiKeyHeader("x-api-key"))
        );
    }
}
