pub mod wallets {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    /// A wallet.
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
    #[diesel(table_name = wallet, treat_none_as_null = true)]
    pub struct Wallet {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// Set once.
        pub owner: String,
        /// One of two chains.
        pub chain: String,
        /// `type` in JSON.
        #[serde(rename = "type")]
        pub kind: String,
        /// Counted in SQL.
        pub uses: i64,
        #[diesel(
            serialize_as = __btst::StoredJson<Vec<String>>,
            deserialize_as = __btst::StoredJson<Vec<String>>
        )]
        /// Up to three tags.
        pub tags: Vec<String>,
        #[diesel(
            serialize_as = __btst::StoredJson<Option<JsonValue>>,
            deserialize_as = __btst::StoredJson<Option<JsonValue>>
        )]
        /// Any JSON.
        pub settings: Option<JsonValue>,
        /// An exact amount, rescaled to its two digits on create and update.
        pub amount: Decimal,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Wallet`]: table `wallets_wallet`."] wallet =
        "wallets_wallet" { id = "id" :
        ::btst_runtime::__private::diesel::sql_types::Text, owner = "owner" :
        ::btst_runtime::__private::diesel::sql_types::Text, chain = "chain" :
        ::btst_runtime::__private::diesel::sql_types::Text, kind = "wallet_type" :
        ::btst_runtime::__private::diesel::sql_types::Text, uses = "uses" :
        ::btst_runtime::__private::diesel::sql_types::BigInt[ops], tags = "tags" :
        ::btst_runtime::__private::sql_types::Json, settings = "settings" :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::sql_types::Json >, amount = "amount" :
        ::btst_runtime::__private::sql_types::Decimal, }
    }
    /// The fields a client sends to create one [`Wallet`].
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
    pub struct NewWallet {
        /// Set once.
        pub owner: String,
        /// One of two chains.
        pub chain: String,
        /// `type` in JSON.
        #[serde(rename = "type")]
        pub kind: String,
        /// Counted in SQL.
        pub uses: i64,
        /// Up to three tags.
        pub tags: Vec<String>,
        /// Any JSON.
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub settings: Option<JsonValue>,
        /// An exact amount, rescaled to its two digits on create and update.
        pub amount: Decimal,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewWallet {
        type Model = Wallet;
        fn into_model(self, _now: __btst::Timestamp) -> Wallet {
            let input = self;
            Wallet {
                id: __btst::new_id(),
                owner: input.owner,
                chain: input.chain,
                kind: input.kind,
                uses: input.uses,
                tags: input.tags,
                settings: input.settings,
                amount: (input.amount).rescaled(2i64),
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewWallet {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Wallet as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Wallet as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Wallet as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.owner, &fields[1usize])
                && __btst::FieldValue::passes(&self.chain, &fields[2usize])
                && __btst::FieldValue::passes(&self.kind, &fields[3usize])
                && __btst::FieldValue::passes(&self.uses, &fields[4usize])
                && __btst::FieldValue::passes(&self.tags, &fields[5usize])
                && __btst::FieldValue::passes(&self.settings, &fields[6usize])
                && __btst::FieldValue::passes(&self.amount, &fields[7usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewWallet {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Wallet as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Wallet`]; each one optional.
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
    pub struct WalletPatch {
        /// One of two chains.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub chain: ::core::option::Option<String>,
        /// `type` in JSON.
        #[serde(rename = "type")]
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub kind: ::core::option::Option<String>,
        /// Counted in SQL.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub uses: ::core::option::Option<i64>,
        /// Up to three tags.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub tags: ::core::option::Option<Vec<String>>,
        /// Any JSON.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::double_option",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub settings: ::core::option::Option<Option<JsonValue>>,
        /// An exact amount, rescaled to its two digits on create and update.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub amount: ::core::option::Option<Decimal>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for WalletPatch {
        type Model = Wallet;
        fn apply(self, row: &mut Wallet, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.chain {
                row.chain = value;
            }
            if let ::core::option::Option::Some(value) = self.kind {
                row.kind = value;
            }
            if let ::core::option::Option::Some(value) = self.uses {
                row.uses = value;
            }
            if let ::core::option::Option::Some(value) = self.tags {
                row.tags = value;
            }
            if let ::core::option::Option::Some(value) = self.settings {
                row.settings = value;
            }
            if let ::core::option::Option::Some(value) = self.amount {
                row.amount = (value).rescaled(2i64);
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for WalletPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Wallet as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Wallet as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Wallet as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.chain, &fields[2usize])
                && __btst::FieldValue::passes(&self.kind, &fields[3usize])
                && __btst::FieldValue::passes(&self.uses, &fields[4usize])
                && __btst::FieldValue::passes(&self.tags, &fields[5usize])
                && __btst::FieldValue::passes(&self.settings, &fields[6usize])
                && __btst::FieldValue::passes(&self.amount, &fields[7usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for WalletPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Wallet as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Wallet {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Wallet",
            plugin: "wallets",
            table: "wallets_wallet",
            doc: "A wallet.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("owner", "owner", __btst::FieldType::Text)
                    .immutable()
                    .format(__btst::Format::Email)
                    .doc("Set once."),
                __btst::FieldMeta::new("chain", "chain", __btst::FieldType::Text)
                    .one_of(__btst::OneOf::Text(&["ethereum", "polygon"]))
                    .doc("One of two chains."),
                __btst::FieldMeta::new("wallet_type", "type", __btst::FieldType::Text)
                    .doc("`type` in JSON."),
                __btst::FieldMeta::new("uses", "uses", __btst::FieldType::I64)
                    .doc("Counted in SQL."),
                __btst::FieldMeta::new("tags", "tags", __btst::FieldType::Text)
                    .list(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(3u32),
                    )
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(12u32),
                    )
                    .doc("Up to three tags."),
                __btst::FieldMeta::new("settings", "settings", __btst::FieldType::Json)
                    .nullable()
                    .doc("Any JSON."),
                __btst::FieldMeta::new(
                        "amount",
                        "amount",
                        __btst::FieldType::Decimal {
                            precision: 20u32,
                            scale: 2u32,
                        },
                    )
                    .doc(
                        "An exact amount, rescaled to its two digits on create and update.",
                    ),
            ],
            indexes: &[],
            uniques: &[&["owner", "chain"]],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewWallet;
        type Patch = WalletPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Wallet {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Wallet {}
    __btst::impl_crud!(
        Wallet, wallet, { id : "id", owner : "owner", chain : "chain", kind : "type",
        uses : "uses", tags : "tags", settings : "settings", amount : "amount", }, owned,
        given, none
    );
    /// The hooks of the `wallets` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
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
    /// The `wallets` plugin, with the hooks `H`. Add it to a Stack with `.plugin(wallets::plugin())`.
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
        pub const NAME: &'static str = "wallets";
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
            f.debug_struct("Plugin").field("name", &"wallets").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "wallets"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[<Wallet as __btst::Model>::META];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "wallets",
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
    /// The server-side getters of the `wallets` plugin, called without HTTP: `stack.api::<wallets::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    /// The server-side getters of the `wallets` plugin with their hooks: `stack.api::<wallets::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("wallets");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `wallets` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `wallets::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
    }
}
