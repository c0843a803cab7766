pub mod tickets {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    /// Where a ticket stands.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        __btst::diesel::AsExpression,
        __btst::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = __btst::diesel::sql_types::Text)]
    pub enum Status {
        Open,
        InProgress,
        Closed,
    }
    __btst::impl_enumeration!(
        Status, "Where a ticket stands." { Open = "OPEN", InProgress = "IN_PROGRESS",
        Closed = "CLOSED" }
    );
    /// A ticket.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        __btst::serde::Serialize,
        __btst::serde::Deserialize,
        __btst::diesel::Queryable,
        __btst::diesel::Selectable,
        __btst::diesel::Insertable,
        __btst::diesel::AsChangeset,
    )]
    #[serde(crate = "::btst_runtime::__private::serde", rename_all = "camelCase")]
    #[diesel(table_name = ticket, treat_none_as_null = true)]
    pub struct Ticket {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// Where it stands.
        pub status: Status,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Ticket`]: table `tickets_ticket`."] ticket =
        "tickets_ticket" { id = "id" :
        ::btst_runtime::__private::diesel::sql_types::Text, status = "status" :
        ::btst_runtime::__private::diesel::sql_types::Text, }
    }
    /// The fields a client sends to create one [`Ticket`].
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        __btst::serde::Serialize,
        __btst::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct NewTicket {
        /// Where it stands.
        pub status: Status,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewTicket {
        type Model = Ticket;
        fn into_model(self, _now: __btst::Timestamp) -> Ticket {
            let input = self;
            Ticket {
                id: __btst::new_id(),
                status: input.status,
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewTicket {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Ticket as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Ticket as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Ticket as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.status, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewTicket {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Ticket as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Ticket`]; each one optional.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::default::Default,
        __btst::serde::Serialize,
        __btst::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct TicketPatch {
        /// Where it stands.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub status: ::core::option::Option<Status>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for TicketPatch {
        type Model = Ticket;
        fn apply(self, row: &mut Ticket, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.status {
                row.status = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for TicketPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Ticket as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Ticket as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Ticket as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.status, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for TicketPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Ticket as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Ticket {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Ticket",
            plugin: "tickets",
            table: "tickets_ticket",
            doc: "A ticket.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new(
                        "status",
                        "status",
                        __btst::FieldType::Enum(<Status as __btst::Enumeration>::META),
                    )
                    .doc("Where it stands."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewTicket;
        type Patch = TicketPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Ticket {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Ticket {}
    __btst::impl_crud!(
        Ticket, ticket, { id : "id", status : "status", }, borrowed, given, none
    );
    /// The hooks of the `tickets` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
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
    /// The `tickets` plugin, with the hooks `H`. Add it to a Stack with `.plugin(tickets::plugin())`.
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
        pub const NAME: &'static str = "tickets";
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
            f.debug_struct("Plugin").field("name", &"tickets").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "tickets"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[<Ticket as __btst::Model>::META];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "tickets",
                "",
                ::std::vec::Vec::from([]),
                |endpoint| self.hooks.error_statuses(endpoint),
            )
        }
        fn configure(&self, config: &mut __btst::ServiceConfig, _base_path: &str) {}
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The server-side getters of the `tickets` plugin, called without HTTP: `stack.api::<tickets::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    /// The server-side getters of the `tickets` plugin with their hooks: `stack.api::<tickets::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("tickets");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `tickets` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `tickets::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
    }
}
