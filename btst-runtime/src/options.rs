//! A plugin's options: a typed configuration the app gives when it installs the plugin
//! (`comments::plugin().options(CommentsOptions { max_page_size: 50, ..Default::default() })`),
//! as BTST's plugins take theirs (`commentsBackendPlugin({ ... })`). The plugin declares the
//! type (`#[plugin(name = "comments", options = CommentsOptions)]`, a `Default` type: a plugin
//! installed without options gets the default), and reads it in an endpoint through an
//! [`Options`] argument and in a hook through [`HookContext::options`](crate::HookContext::options).

use std::ops::Deref;
use std::sync::Arc;

use actix_web::HttpRequest;

use crate::error::{ApiError, ApiResult};
use crate::extract::Extract;

/// A plugin's options, as an endpoint argument: `options: Options<CommentsOptions>`. It derefs
/// to the options. The plugin registers its options with its routes, so an endpoint of the
/// plugin that declares `T` always finds them (another plugin's endpoint asking for `T` gets a
/// 500 naming the type).
#[derive(Debug)]
pub struct Options<T>(Arc<T>);

impl<T> Options<T> {
    /// The options `value`, shared.
    pub fn new(value: Arc<T>) -> Self {
        Self(value)
    }

    /// The shared options.
    pub fn into_inner(self) -> Arc<T> {
        self.0
    }
}

impl<T> Clone for Options<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> Deref for Options<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Send + Sync + 'static> Extract for Options<T> {
    fn extract(request: &HttpRequest) -> ApiResult<Self> {
        request.app_data::<Self>().cloned().ok_or_else(|| {
            ApiError::internal(format_args!(
                "no plugin in this Stack has options of type `{}`: an endpoint reads the \
                 options of its own plugin (`#[plugin(.., options = Type)]`)",
                std::any::type_name::<T>()
            ))
        })
    }
}
