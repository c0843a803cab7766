//! What `#[plugin]` implements: [`Plugin`], the unit the [`Stack`](crate::Stack) composes, and
//! [`PluginApi`], the plugin's server-side getters.

use actix_web::web::ServiceConfig;

use crate::model::ModelMeta;
use crate::openapi::PluginDoc;
use crate::stack::OpenStack;

/// A plugin: its models (tables), routes, hooks and OpenAPI part.
pub trait Plugin: Send + Sync + 'static {
    /// The plugin's name: table prefix, OpenAPI tag.
    fn name(&self) -> &'static str;

    /// Its models, in declaration order.
    fn models(&self) -> &'static [ModelMeta];

    /// Its OpenAPI part.
    fn doc(&self) -> PluginDoc;

    /// Registers its hooks and its routes, each under `base_path` (the Stack's, `""` or `/api`).
    fn configure(&self, config: &mut ServiceConfig, base_path: &str);

    /// Itself, to find a plugin of a known type in a Stack ([`OpenStack::plugin`]).
    fn as_any(&self) -> &dyn std::any::Any;
}

/// A plugin's server-side API: its getters called without HTTP (`RawApi`, which bypasses the
/// hooks, or `GuardedApi`, which runs them with an identity you pass in).
pub trait PluginApi {
    /// The API over an opened Stack.
    fn from_stack(stack: &OpenStack) -> Self;
}
