pub mod teams {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::prelude::*;
    /// The caller's team.
    pub async fn my_team(tenant: Tenant) -> ApiResult<String> {
        Ok(tenant.team_id)
    }
    /// The hooks of the `teams` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`my_team`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_my_team(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`my_team`] succeeded, with its result; an error fails the request.
        async fn after_my_team(
            &self,
            context: &__btst::HookContext<'_>,
            result: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`my_team`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_my_team_error(
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
    /// The `teams` plugin, with the hooks `H`. Add it to a Stack with `.plugin(teams::plugin())`.
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
        pub const NAME: &'static str = "teams";
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
            f.debug_struct("Plugin").field("name", &"teams").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "teams"
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
                "teams",
                "",
                ::std::vec::Vec::from([<my_team as __btst::Endpoint<H>>::META]),
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
                        my_team,
                        H,
                        ROW_SCOPED,
                    >("teams", &self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`my_team()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct my_team {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for my_team {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/team",
                "my_team",
                200u16,
                <String as __btst::ApiSchema>::schema,
            )
            .doc("The caller's team.", "")
            .errors(&[400u16, 403u16, 500u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = ();
        type Args = (__btst::Extracted<Tenant>,);
        type Output = String;
        fn call(
            _: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<String>> {
            my_team(args.0.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_my_team(context, &args.0.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &String,
        ) -> impl __btst::HookFuture {
            hooks.after_my_team(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_my_team_error(context, error)
        }
    }
    /// The server-side getters of the `teams` plugin, called without HTTP: `stack.api::<teams::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    /// The server-side getters of the `teams` plugin with their hooks: `stack.api::<teams::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("teams");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `teams` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `teams::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
        /// The caller's team.
        ///
        /// `GET /team`: [`my_team`](fn@my_team) on the server.
        pub async fn my_team(
            &self,
        ) -> ::core::result::Result<String, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Get,
                    "/team",
                    ::core::option::Option::None,
                    __btst::NO_BODY,
                )
                .await
        }
    }
}
