pub mod tracker {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    /// A project.
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
    #[diesel(table_name = project, treat_none_as_null = true)]
    pub struct Project {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// Its name.
        pub name: String,
        #[diesel(
            skip_insertion,
            skip_update,
            select_expression = project::task_count,
            select_expression_type = project::task_count
        )]
        /// How many tasks it has.
        pub task_count: i64,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Project`]: table `tracker_project`."] project =
        "tracker_project" { id = "id" :
        ::btst_runtime::__private::diesel::sql_types::Text, name = "name" :
        ::btst_runtime::__private::diesel::sql_types::Text, } computed { task_count =
        "SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id"
        : ::btst_runtime::__private::diesel::sql_types::BigInt, }
    }
    /// The fields a client sends to create one [`Project`].
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
    pub struct NewProject {
        /// Its name.
        pub name: String,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewProject {
        type Model = Project;
        fn into_model(self, _now: __btst::Timestamp) -> Project {
            let input = self;
            Project {
                id: __btst::new_id(),
                name: input.name,
                task_count: ::core::default::Default::default(),
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewProject {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Project as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Project as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewProject {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Project`]; each one optional.
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
    pub struct ProjectPatch {
        /// Its name.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub name: ::core::option::Option<String>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for ProjectPatch {
        type Model = Project;
        fn apply(self, row: &mut Project, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for ProjectPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Project as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Project as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for ProjectPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Project {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Project",
            plugin: "tracker",
            table: "tracker_project",
            doc: "A project.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("name", "name", __btst::FieldType::Text)
                    .doc("Its name."),
                __btst::FieldMeta::new("task_count", "taskCount", __btst::FieldType::I64)
                    .computed(
                        "SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id",
                    )
                    .doc("How many tasks it has."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewProject;
        type Patch = ProjectPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Project {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Project {}
    __btst::impl_crud!(
        Project, project, { id : "id", name : "name", task_count : "taskCount", },
        borrowed, given, none
    );
    /// A task.
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
    #[diesel(table_name = task, treat_none_as_null = true)]
    pub struct Task {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// What to do.
        pub title: String,
        /// Its project.
        pub project_id: String,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Task`]: table `tracker_task`."] task =
        "tracker_task" { id = "id" : ::btst_runtime::__private::diesel::sql_types::Text,
        title = "title" : ::btst_runtime::__private::diesel::sql_types::Text, project_id
        = "project_id" : ::btst_runtime::__private::diesel::sql_types::Text, }
    }
    /// The fields a client sends to create one [`Task`].
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
    pub struct NewTask {
        /// What to do.
        pub title: String,
        /// Its project.
        pub project_id: String,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewTask {
        type Model = Task;
        fn into_model(self, _now: __btst::Timestamp) -> Task {
            let input = self;
            Task {
                id: __btst::new_id(),
                title: input.title,
                project_id: input.project_id,
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewTask {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Task as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Task as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.project_id, &fields[2usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewTask {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Task`]; each one optional.
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
    pub struct TaskPatch {
        /// What to do.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub title: ::core::option::Option<String>,
        /// Its project.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub project_id: ::core::option::Option<String>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for TaskPatch {
        type Model = Task;
        fn apply(self, row: &mut Task, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.title {
                row.title = value;
            }
            if let ::core::option::Option::Some(value) = self.project_id {
                row.project_id = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for TaskPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Task as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Task as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.project_id, &fields[2usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for TaskPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Task {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Task",
            plugin: "tracker",
            table: "tracker_task",
            doc: "A task.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("title", "title", __btst::FieldType::Text)
                    .doc("What to do."),
                __btst::FieldMeta::new(
                        "project_id",
                        "projectId",
                        __btst::FieldType::Text,
                    )
                    .references("Project", "tracker_project", __btst::OnDelete::Cascade)
                    .doc("Its project."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewTask;
        type Patch = TaskPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Task {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Task {}
    __btst::impl_crud!(
        Task, task, { id : "id", title : "title", project_id : "projectId", }, borrowed,
        given, none
    );
    __btst::diesel::joinable!(task -> project(project_id));
    __btst::diesel::allow_tables_to_appear_in_same_query!(project, task);
    /// The hooks of the `tracker` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
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
    /// The `tracker` plugin, with the hooks `H`. Add it to a Stack with `.plugin(tracker::plugin())`.
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
        pub const NAME: &'static str = "tracker";
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
            f.debug_struct("Plugin").field("name", &"tracker").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "tracker"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[
                <Project as __btst::Model>::META,
                <Task as __btst::Model>::META,
            ];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "tracker",
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
    /// The server-side getters of the `tracker` plugin, called without HTTP: `stack.api::<tracker::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    /// The server-side getters of the `tracker` plugin with their hooks: `stack.api::<tracker::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("tracker");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {}
    /// A typed HTTP client of the `tracker` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `tracker::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
    }
}
