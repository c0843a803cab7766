//! The Stack's seams: code registered once, for the whole Stack, that the runtime runs at fixed
//! points of every endpoint of every plugin (json-rest-api's hooks at stable seams), beside the
//! per-endpoint hooks of each plugin:
//! - an input normaliser ([`Stack::normalize_input`](crate::Stack::normalize_input)) sees the
//!   JSON of each write body before it is checked, with what the body is the input of
//!   ([`InputOf`]), and may change it (json-rest-api's `beforeSchemaValidate`);
//! - write observers ([`Stack::observe_writes`](crate::Stack::observe_writes)) see every write
//!   that committed ([`Committed`]): audit logs, cache revalidation;
//! - the row scope ([`Stack::row_scope`](crate::Stack::row_scope)) takes, from each request to
//!   a plugin with row-scoped models (`#[model(row_scope = team_id)]`), the value every typed
//!   operation of the request filters by and stamps (json-rest-api's query filtering).
//!
//! Where each runs among the per-endpoint hooks is the README's "Seams" table.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;

use serde_json::Value;

use crate::error::ApiError;
use crate::identity::Identity;
use crate::method::Method;
use crate::model::InputOf;

/// A write that committed, as an observer sees it: the endpoint, the request and the value
/// answered (its JSON, before any envelope).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Committed {
    /// The plugin (`todos`).
    pub plugin: &'static str,
    /// The endpoint: its function's name (`create_todo`); its operation id in the document is
    /// `<plugin>.<endpoint>`.
    pub endpoint: &'static str,
    /// Its method (never `GET`: only writes are observed).
    pub method: Method,
    /// Its route, as declared (`/todos/{id}`).
    pub route: &'static str,
    /// The request's path (`/api/data/todos/0193..`).
    pub path: String,
    /// The status answered (`201`).
    pub status: u16,
    /// The caller, if the Stack's identity provider found one.
    pub caller: Option<Identity>,
    /// The request's row scope value (its team, with `Stack::row_scope` and `Tenant`), for an
    /// endpoint that took one.
    pub row_scope: Option<String>,
    /// The value answered, as JSON (what the client receives, without the envelope).
    pub value: Value,
}

/// A boxed future of an observer.
pub(crate) type ObserverFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

type Normalizer = dyn Fn(&mut Value, InputOf) + Send + Sync;
pub(crate) type Observer = dyn Fn(Committed) -> ObserverFuture + Send + Sync;

/// The seams of a Stack, shared by its workers (actix app data).
#[derive(Clone, Default)]
pub(crate) struct Seams {
    normalizers: Vec<Arc<Normalizer>>,
    observers: Vec<Arc<Observer>>,
}

impl std::fmt::Debug for Seams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Seams")
            .field("normalizers", &self.normalizers.len())
            .field("observers", &self.observers.len())
            .finish()
    }
}

impl Seams {
    pub(crate) fn add_normalizer(
        &mut self,
        normalizer: impl Fn(&mut Value, InputOf) + Send + Sync + 'static,
    ) {
        self.normalizers.push(Arc::new(normalizer));
    }

    pub(crate) fn add_observer<F, Fut>(&mut self, observer: F)
    where
        F: Fn(Committed) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.observers
            .push(Arc::new(move |write| Box::pin(observer(write))));
    }

    /// Whether a body of this input must go through the normalisers.
    pub(crate) fn normalizes(&self, input: Option<InputOf>) -> bool {
        input.is_some() && !self.normalizers.is_empty()
    }

    /// Runs every normaliser, in the order they were registered, on `value`. A panic in one is
    /// the request's 500 (logged, as an endpoint's panic is), before anything is written.
    pub(crate) fn normalize(&self, value: &mut Value, input: InputOf) -> Result<(), ApiError> {
        for normalizer in &self.normalizers {
            std::panic::catch_unwind(AssertUnwindSafe(|| normalizer(value, input))).map_err(
                |payload| {
                    ApiError::internal(format_args!(
                        "an input normaliser panicked: {}",
                        crate::error::panic_message(&*payload)
                    ))
                },
            )?;
        }
        Ok(())
    }

    /// Whether any observer watches writes (only then is a write's value turned into JSON).
    pub(crate) fn observes(&self) -> bool {
        !self.observers.is_empty()
    }

    /// The observers, in the order they were registered.
    pub(crate) fn observers(&self) -> impl Iterator<Item = &Arc<Observer>> {
        self.observers.iter()
    }
}
