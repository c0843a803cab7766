//! Who makes a request. A Stack may have one identity provider (BTST's `stack({ auth })`): it
//! reads the request's headers once, before any hook runs, and every hook of that request sees
//! the result through [`HookContext::identity`](crate::HookContext::identity). Server-side calls
//! through a plugin's `GuardedApi` pass the identity in instead.

use std::sync::Arc;

pub use actix_web::http::header::HeaderMap;

use crate::error::ApiResult;

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
/// error (say [`ApiError::unauthorized`](crate::ApiError::unauthorized)) to refuse the request
/// outright. Any `Fn(&HeaderMap) -> ApiResult<Option<Identity>>` is one.
pub trait IdentityProvider: Send + Sync + 'static {
    /// The caller, if any.
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>>;
}

impl<F> IdentityProvider for F
where
    F: Fn(&HeaderMap) -> ApiResult<Option<Identity>> + Send + Sync + 'static,
{
    fn identify(&self, headers: &HeaderMap) -> ApiResult<Option<Identity>> {
        self(headers)
    }
}

/// The Stack's provider, stored as app data.
#[derive(Clone)]
pub(crate) struct Provider(pub(crate) Arc<dyn IdentityProvider>);
