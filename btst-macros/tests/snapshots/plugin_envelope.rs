pub mod wrapped {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::prelude::*;
    /// Answers `{"success": true, "data": "pong"}`.
    pub async fn ping() -> ApiResult<String> {
        Ok("pong".to_owned())
    }
    /// Answers `true`, bare.
    pub async fn health() -> ApiResult<bool> {
        Ok(true)
    }
    /// The hooks of the `wrapped` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`ping`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_ping(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`ping`] succeeded, with its result; an error fails the request.
        async fn after_ping(
            &self,
            context: &__btst::HookContext<'_>,
            result: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`ping`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_ping_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`health`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_health(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`health`] succeeded, with its result; an error fails the request.
        async fn after_health(
            &self,
            context: &__btst::HookContext<'_>,
            result: &bool,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`health`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_health_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// The error statuses these hooks can answer for the endpoint `endpoint` (its
        /// function's name) beyond the 403 of a denial, say 422 from an error type of your
        /// own: the OpenAPI document lists them.
        fn error_statuses(&self, endpoint: &'static str) -> &'static [u16] {
            let _ = endpoint;
            &[]
        }
        /// Whether a write endpoint's hooks and body share one database transaction (the
        /// default). `()`, no hooks, answers `false`: with no hook to include, each `Db` call
        /// is its own transaction, which spares a write one blocking round trip; an endpoint
        /// that makes several writes uses `db.transaction(..)` to keep them together.
        fn transactional(&self) -> bool {
            true
        }
    }
    /// No hooks: every request is allowed (but a `deny_by_default` endpoint's, which is
    /// refused), and writes run without a request transaction.
    #[automatically_derived]
    impl Hooks for () {
        fn transactional(&self) -> bool {
            false
        }
    }
    /// The `wrapped` plugin, with the hooks `H`. Add it to a Stack with `.plugin(wrapped::plugin())`.
    pub struct Plugin<H = ()> {
        hooks: ::std::sync::Arc<H>,
        options: ::std::sync::Arc<()>,
    }
    /// The plugin, with no hooks and the default options.
    pub fn plugin() -> Plugin {
        Plugin {
            hooks: ::std::sync::Arc::new(()),
            options: ::std::sync::Arc::new(<() as ::core::default::Default>::default()),
        }
    }
    impl<H> Plugin<H> {
        /// The plugin's name.
        pub const NAME: &'static str = "wrapped";
    }
    impl<H: Hooks> Plugin<H> {
        /// The plugin with these hooks instead.
        #[must_use]
        pub fn hooks<G: Hooks>(self, hooks: G) -> Plugin<G> {
            Plugin {
                hooks: ::std::sync::Arc::new(hooks),
                options: self.options,
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for Plugin<H> {
        fn clone(&self) -> Self {
            Self {
                hooks: ::std::sync::Arc::clone(&self.hooks),
                options: ::std::sync::Arc::clone(&self.options),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::fmt::Debug for Plugin<H> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("Plugin").field("name", &"wrapped").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "wrapped"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "wrapped",
                "",
                ::std::vec::Vec::from([
                    <ping as __btst::Endpoint<H>>::META,
                    <health as __btst::Endpoint<H>>::META,
                ]),
                |endpoint| self.hooks.error_statuses(endpoint),
            )
        }
        fn configure(&self, config: &mut __btst::ServiceConfig, base_path: &str) {
            let transactional = self.hooks.transactional();
            const ROW_SCOPED: bool = __btst::has_row_scope(&[]);
            __btst::register(
                config,
                base_path,
                ::std::vec::Vec::from([
                    __btst::route::<
                        ping,
                        H,
                        ROW_SCOPED,
                    >("wrapped", &self.hooks, transactional),
                    __btst::route::<
                        health,
                        H,
                        ROW_SCOPED,
                    >("wrapped", &self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`ping()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct ping {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for ping {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/ping",
                "ping",
                200u16,
                <String as __btst::ApiSchema>::schema,
            )
            .doc("Answers `{\"success\": true, \"data\": \"pong\"}`.", "")
            .errors(&[403u16, 500u16])
            .envelope(__btst::Envelope::Success);
        type Path = ();
        type Args = ();
        type Output = String;
        fn call(
            _: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<String>> {
            ping()
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_ping(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &String,
        ) -> impl __btst::HookFuture {
            hooks.after_ping(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_ping_error(context, error)
        }
    }
    /// The endpoint [`health()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct health {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for health {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/health",
                "health",
                200u16,
                <bool as __btst::ApiSchema>::schema,
            )
            .doc("Answers `true`, bare.", "")
            .errors(&[403u16, 500u16]);
        type Path = ();
        type Args = ();
        type Output = bool;
        fn call(
            _: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<bool>> {
            health()
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_health(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &bool,
        ) -> impl __btst::HookFuture {
            hooks.after_health(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_health_error(context, error)
        }
    }
    /// The server-side getters of the `wrapped` plugin, called without HTTP: `stack.api::<wrapped::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct RawApi {
        db: __btst::Db,
    }
    #[automatically_derived]
    impl __btst::PluginApi for RawApi {
        fn from_stack(stack: &__btst::OpenStack) -> Self {
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
            }
        }
    }
    impl RawApi {}
    /// The server-side getters of the `wrapped` plugin with their hooks: `stack.api::<wrapped::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
    ///
    /// # Panics
    /// `stack.api::<GuardedApi<H>>()` panics if the Stack does not have this plugin with hooks
    /// of type `H` (`()` when you do not name it): without them there are no hooks to run.
    pub struct GuardedApi<H = ()> {
        db: __btst::Db,
        hooks: ::std::sync::Arc<H>,
        options: ::std::sync::Arc<()>,
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for GuardedApi<H> {
        fn clone(&self) -> Self {
            Self {
                db: ::core::clone::Clone::clone(&self.db),
                hooks: ::std::sync::Arc::clone(&self.hooks),
                options: ::std::sync::Arc::clone(&self.options),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::fmt::Debug for GuardedApi<H> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("GuardedApi").field("db", &self.db).finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::PluginApi for GuardedApi<H> {
        fn from_stack(stack: &__btst::OpenStack) -> Self {
            let plugin = stack.installed::<Plugin<H>>("wrapped");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `wrapped` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `wrapped::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
        /// Answers `{"success": true, "data": "pong"}`.
        ///
        /// `GET /ping`: [`ping`](fn@ping) on the server.
        pub async fn ping(&self) -> ::core::result::Result<String, __btst::ClientError> {
            self.0
                .send_enveloped(
                    __btst::Method::Get,
                    "/ping",
                    ::core::option::Option::None,
                    __btst::NO_BODY,
                )
                .await
        }
        /// Answers `true`, bare.
        ///
        /// `GET /health`: [`health`](fn@health) on the server.
        pub async fn health(&self) -> ::core::result::Result<bool, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Get,
                    "/health",
                    ::core::option::Option::None,
                    __btst::NO_BODY,
                )
                .await
        }
    }
}
