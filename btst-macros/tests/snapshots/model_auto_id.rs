pub mod ledger {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    /// An entry, numbered by the database.
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
    #[diesel(table_name = entry, treat_none_as_null = true)]
    pub struct Entry {
        #[diesel(skip_insertion)]
        /// The primary key: a number the database gives each new row.
        pub id: i64,
        /// What it is for.
        pub memo: String,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Entry`]: table `ledger_entry`."] entry =
        "ledger_entry" { id = "id" :
        ::btst_runtime::__private::diesel::sql_types::BigInt[ops], memo = "memo" :
        ::btst_runtime::__private::diesel::sql_types::Text, }
    }
    /// The fields a client sends to create one [`Entry`].
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
    pub struct NewEntry {
        /// What it is for.
        pub memo: String,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewEntry {
        type Model = Entry;
        fn into_model(self, _now: __btst::Timestamp) -> Entry {
            let input = self;
            Entry { id: 0, memo: input.memo }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewEntry {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Entry as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Entry as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Entry as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.memo, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewEntry {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Entry as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Entry`]; each one optional.
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
    pub struct EntryPatch {
        /// What it is for.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub memo: ::core::option::Option<String>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for EntryPatch {
        type Model = Entry;
        fn apply(self, row: &mut Entry, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.memo {
                row.memo = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for EntryPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Entry as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Entry as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Entry as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.memo, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for EntryPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Entry as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Entry {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Entry",
            plugin: "ledger",
            table: "ledger_entry",
            doc: "An entry, numbered by the database.",
            fields: &[
                __btst::FieldMeta::auto_id(),
                __btst::FieldMeta::new("memo", "memo", __btst::FieldType::Text)
                    .doc("What it is for."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = i64;
        type New = NewEntry;
        type Patch = EntryPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Entry {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Entry {}
    __btst::impl_crud!(
        Entry, entry, { id : "id", memo : "memo", }, borrowed, auto, none
    );
    /// A line of an entry.
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
    #[diesel(table_name = line, treat_none_as_null = true)]
    pub struct Line {
        #[diesel(skip_insertion)]
        /// The primary key: a number the database gives each new row.
        pub id: i64,
        /// Its entry.
        pub entry_id: i64,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Line`]: table `ledger_line`."] line =
        "ledger_line" { id = "id" :
        ::btst_runtime::__private::diesel::sql_types::BigInt[ops], entry_id = "entry_id"
        : ::btst_runtime::__private::diesel::sql_types::BigInt[ops], }
    }
    /// The fields a client sends to create one [`Line`].
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
    pub struct NewLine {
        /// Its entry.
        pub entry_id: i64,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewLine {
        type Model = Line;
        fn into_model(self, _now: __btst::Timestamp) -> Line {
            let input = self;
            Line {
                id: 0,
                entry_id: input.entry_id,
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewLine {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Line as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Line as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Line as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.entry_id, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewLine {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Line as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Line`]; each one optional.
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
    pub struct LinePatch {
        /// Its entry.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub entry_id: ::core::option::Option<i64>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for LinePatch {
        type Model = Line;
        fn apply(self, row: &mut Line, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.entry_id {
                row.entry_id = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for LinePatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Line as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Line as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Line as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.entry_id, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for LinePatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Line as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Line {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Line",
            plugin: "ledger",
            table: "ledger_line",
            doc: "A line of an entry.",
            fields: &[
                __btst::FieldMeta::auto_id(),
                __btst::FieldMeta::new("entry_id", "entryId", __btst::FieldType::I64)
                    .references("Entry", "ledger_entry", __btst::OnDelete::Cascade)
                    .doc("Its entry."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = i64;
        type New = NewLine;
        type Patch = LinePatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Line {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Line {}
    __btst::impl_crud!(
        Line, line, { id : "id", entry_id : "entryId", }, borrowed, auto, none
    );
    __btst::diesel::joinable!(line -> entry(entry_id));
    __btst::diesel::allow_tables_to_appear_in_same_query!(entry, line);
    /// The hooks of the `ledger` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
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
    /// The `ledger` plugin, with the hooks `H`. Add it to a Stack with `.plugin(ledger::plugin())`.
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
        pub const NAME: &'static str = "ledger";
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
            f.debug_struct("Plugin").field("name", &"ledger").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "ledger"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[
                <Entry as __btst::Model>::META,
                <Line as __btst::Model>::META,
            ];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "ledger",
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
    /// The server-side getters of the `ledger` plugin, called without HTTP: `stack.api::<ledger::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    /// The server-side getters of the `ledger` plugin with their hooks: `stack.api::<ledger::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("ledger");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `ledger` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `ledger::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
    }
}
