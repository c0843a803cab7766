//! What `#[plugin]` implements: [`Plugin`], the unit the [`Stack`](crate::Stack) composes.

use actix_web::web::ServiceConfig;

use crate::db::Db;
use crate::model::ModelMeta;
use crate::openapi::PluginDoc;
use crate::sitemap::SitemapFuture;

/// A plugin: its models (tables), routes, hooks and OpenAPI part.
pub trait Plugin: Send + Sync + 'static {
    /// The plugin's name: table prefix, OpenAPI tag.
    fn name(&self) -> &'static str;

    /// Its models, in declaration order.
    fn models(&self) -> &'static [ModelMeta];

    /// The names of the plugins it depends on (`#[plugin(depends_on = [..])]`): the Stack
    /// refuses to open without them, and sets them up, and registers their routes and hooks,
    /// before this one.
    fn depends_on(&self) -> &'static [&'static str] {
        &[]
    }

    /// The type of its options (`#[plugin(options = Type)]`), if it takes any: its
    /// [`TypeId`](std::any::TypeId) and name. Two plugins of one Stack cannot share one.
    fn options_type(&self) -> Option<(std::any::TypeId, &'static str)> {
        None
    }

    /// Its OpenAPI part.
    fn doc(&self) -> PluginDoc;

    /// Registers its hooks and its routes, each under `base_path` (the Stack's, `""` or `/api`).
    fn configure(&self, config: &mut ServiceConfig, base_path: &str);

    /// Whether it has `#[sitemap]` functions (the Stack serves `/sitemap.xml` when one plugin
    /// has).
    fn has_sitemap(&self) -> bool {
        false
    }

    /// The entries of its `#[sitemap]` functions, read through `db`; `None` without any.
    fn sitemap(&self, db: &Db) -> Option<SitemapFuture> {
        let _ = db;
        None
    }

    /// Itself, to find a plugin of a known type in a Stack ([`OpenStack::plugin`](crate::OpenStack::plugin)).
    fn as_any(&self) -> &dyn std::any::Any;
}

/// Whether one of `models` declares a row scope (`#[model(row_scope = ..)]`): the endpoints of
/// its plugin that take `Db` then take the request's row scope value
/// ([`Stack::row_scope`](crate::Stack::row_scope)).
pub const fn has_row_scope(models: &[ModelMeta]) -> bool {
    let mut index = 0;
    while index < models.len() {
        if models[index].row_scope.is_some() {
            return true;
        }
        index += 1;
    }
    false
}
