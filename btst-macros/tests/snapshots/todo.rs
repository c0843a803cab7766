/// Todos: a list of things to do.
pub mod todos {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::prelude::*;
    /// Something to do.
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
    #[diesel(table_name = todo, treat_none_as_null = true)]
    pub struct Todo {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// What to do.
        pub title: String,
        /// Whether it is done.
        pub completed: bool,
        /// When it was created.
        pub created_at: Timestamp,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Todo`]: table `todos_todo`."] todo =
        "todos_todo" { id = "id" : ::btst_runtime::__private::diesel::sql_types::Text,
        title = "title" : ::btst_runtime::__private::diesel::sql_types::Text, completed =
        "completed" : ::btst_runtime::__private::diesel::sql_types::Bool, created_at =
        "created_at" : ::btst_runtime::__private::sql_types::Instant, }
    }
    /// The fields a client sends to create one [`Todo`].
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
    pub struct NewTodo {
        /// What to do.
        pub title: String,
        /// Whether it is done.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub completed: ::core::option::Option<bool>,
    }
    #[automatically_derived]
    impl __btst::NewRecord for NewTodo {
        type Model = Todo;
        fn into_model(self, now: __btst::Timestamp) -> Todo {
            let input = self;
            Todo {
                id: __btst::new_id(),
                title: input.title,
                completed: input.completed.unwrap_or_else(|| false),
                created_at: now,
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for NewTodo {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Todo as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Todo as __btst::Model>::META,
            kind: __btst::InputKind::Create,
        });
        fn passes(&self) -> bool {
            let fields = <Todo as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.completed, &fields[2usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for NewTodo {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Todo as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Todo`]; each one optional.
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
    pub struct TodoPatch {
        /// What to do.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub title: ::core::option::Option<String>,
        /// Whether it is done.
        #[serde(
            default,
            deserialize_with = "::btst_runtime::__private::present",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub completed: ::core::option::Option<bool>,
    }
    #[automatically_derived]
    impl __btst::PatchRecord for TodoPatch {
        type Model = Todo;
        fn apply(self, row: &mut Todo, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.title {
                row.title = value;
            }
            if let ::core::option::Option::Some(value) = self.completed {
                row.completed = value;
            }
        }
    }
    #[automatically_derived]
    impl __btst::Input for TodoPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Todo as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        const INPUT_OF: ::core::option::Option<__btst::InputOf> = ::core::option::Option::Some(__btst::InputOf::Model {
            model: &<Todo as __btst::Model>::META,
            kind: __btst::InputKind::Update,
        });
        fn passes(&self) -> bool {
            let fields = <Todo as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.completed, &fields[2usize])
        }
    }
    #[automatically_derived]
    impl __btst::ApiSchema for TodoPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Todo as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    #[automatically_derived]
    impl __btst::Model for Todo {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Todo",
            plugin: "todos",
            table: "todos_todo",
            doc: "Something to do.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("title", "title", __btst::FieldType::Text)
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("What to do."),
                __btst::FieldMeta::new("completed", "completed", __btst::FieldType::Bool)
                    .default(__btst::DefaultValue::Bool(false))
                    .doc("Whether it is done."),
                __btst::FieldMeta::new(
                        "created_at",
                        "createdAt",
                        __btst::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(__btst::DefaultValue::Now)
                    .doc("When it was created."),
            ],
            indexes: &[],
            uniques: &[],
            row_scope: ::core::option::Option::None,
        };
        type Id = String;
        type New = NewTodo;
        type Patch = TodoPatch;
    }
    #[automatically_derived]
    impl __btst::ApiSchema for Todo {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    #[automatically_derived]
    impl __btst::TypedFields for Todo {}
    __btst::impl_crud!(
        Todo, todo, { id : "id", title : "title", completed : "completed", created_at :
        "createdAt", }, borrowed, given, none
    );
    /// All todos, newest first.
    pub async fn list_todos(db: Db, page: Query<Page>) -> ApiResult<Vec<Todo>> {
        db.list(ListOptions::new(page.into_inner()).sort(Sort::desc("createdAt"))).await
    }
    /// Creates a todo.
    pub async fn create_todo(db: Db, body: Json<NewTodo>) -> ApiResult<Todo> {
        db.create(body.into_inner()).await
    }
    /// Changes a todo's title or completion.
    pub async fn update_todo(
        db: Db,
        id: Path<String>,
        body: Json<TodoPatch>,
    ) -> ApiResult<Todo> {
        db.update(id.into_inner(), body.into_inner()).await
    }
    /// Deletes a todo.
    pub async fn delete_todo(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Todo>(id.into_inner()).await
    }
    /// Every todo, newest first, up to [`MAX_LIST`](crate::MAX_LIST) (bypasses hooks).
    pub async fn list_all_todos(db: Db) -> ApiResult<Vec<Todo>> {
        db.list(
                ListOptions::new(Page {
                        limit: crate::MAX_LIST,
                        offset: 0,
                    })
                    .sort(Sort::desc("createdAt")),
            )
            .await
    }
    /// One todo by id, or `None` (bypasses hooks).
    pub async fn get_todo_by_id(db: Db, id: String) -> ApiResult<Option<Todo>> {
        db.get(id).await
    }
    /// The hooks of the `todos` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_todos`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_list_todos(
            &self,
            context: &__btst::HookContext<'_>,
            page: &Page,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_todos`] succeeded, with its result; an error fails the request.
        async fn after_list_todos(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<Todo>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_todos`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_list_todos_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`create_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_create_todo(
            &self,
            context: &__btst::HookContext<'_>,
            body: &NewTodo,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_create_todo(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Todo,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_create_todo_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Todo,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_todo`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_create_todo_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`update_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_update_todo(
            &self,
            context: &__btst::HookContext<'_>,
            id: &String,
            body: &TodoPatch,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_update_todo(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Todo,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_update_todo_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Todo,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_todo`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_update_todo_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`delete_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_delete_todo(
            &self,
            context: &__btst::HookContext<'_>,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_delete_todo(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_delete_todo_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_todo`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_delete_todo_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before the getter [`list_all_todos`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_list_all_todos(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs before the getter [`get_todo_by_id`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_get_todo_by_id(
            &self,
            context: &__btst::HookContext<'_>,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
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
    /// The `todos` plugin, with the hooks `H`. Add it to a Stack with `.plugin(todos::plugin())`.
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
        pub const NAME: &'static str = "todos";
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
            f.debug_struct("Plugin").field("name", &"todos").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "todos"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[<Todo as __btst::Model>::META];
            MODELS
        }
        fn depends_on(&self) -> &'static [&'static str] {
            &[]
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "todos",
                "Todos: a list of things to do.",
                ::std::vec::Vec::from([
                    <list_todos as __btst::Endpoint<H>>::META,
                    <create_todo as __btst::Endpoint<H>>::META,
                    <update_todo as __btst::Endpoint<H>>::META,
                    <delete_todo as __btst::Endpoint<H>>::META,
                ]),
                |endpoint| self.hooks.error_statuses(endpoint),
            )
        }
        fn configure(&self, config: &mut __btst::ServiceConfig, base_path: &str) {
            let transactional = self.hooks.transactional();
            const ROW_SCOPED: bool = __btst::has_row_scope(
                &[<Todo as __btst::Model>::META],
            );
            __btst::register(
                config,
                base_path,
                ::std::vec::Vec::from([
                    __btst::route::<
                        list_todos,
                        H,
                        ROW_SCOPED,
                    >("todos", &self.hooks, transactional),
                    __btst::route::<
                        create_todo,
                        H,
                        ROW_SCOPED,
                    >("todos", &self.hooks, transactional),
                    __btst::route::<
                        update_todo,
                        H,
                        ROW_SCOPED,
                    >("todos", &self.hooks, transactional),
                    __btst::route::<
                        delete_todo,
                        H,
                        ROW_SCOPED,
                    >("todos", &self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`list_todos()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct list_todos {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for list_todos {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/todos",
                "list_todos",
                200u16,
                <Vec<Todo> as __btst::ApiSchema>::schema,
            )
            .doc("All todos, newest first.", "")
            .query(<Page as __btst::QueryParams>::parameters)
            .errors(&[400u16, 403u16, 500u16, 503u16])
            .database();
        type Path = ();
        type Args = (Query<Page>,);
        type Output = Vec<Todo>;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<Todo>>> {
            list_todos(db, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_list_todos(context, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<Todo>,
        ) -> impl __btst::HookFuture {
            hooks.after_list_todos(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_list_todos_error(context, error)
        }
    }
    /// The endpoint [`create_todo()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct create_todo {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for create_todo {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/todos",
                "create_todo",
                201u16,
                <Todo as __btst::ApiSchema>::schema,
            )
            .doc("Creates a todo.", "")
            .body(<NewTodo as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 408u16, 413u16, 415u16, 500u16, 503u16])
            .database();
        type Path = ();
        type Args = (Json<NewTodo>,);
        type Output = Todo;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Todo>> {
            create_todo(db, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_create_todo(context, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Todo,
        ) -> impl __btst::HookFuture {
            hooks.after_create_todo(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Todo,
        ) -> impl __btst::HookFuture {
            hooks.after_create_todo_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_create_todo_error(context, error)
        }
    }
    /// The endpoint [`update_todo()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct update_todo {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for update_todo {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Put,
                "/todos/{id}",
                "update_todo",
                200u16,
                <Todo as __btst::ApiSchema>::schema,
            )
            .doc("Changes a todo's title or completion.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<TodoPatch as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 408u16, 413u16, 415u16, 500u16, 503u16])
            .database();
        type Path = (Path<String>,);
        type Args = (Json<TodoPatch>,);
        type Output = Todo;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Todo>> {
            update_todo(db, path.0, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_update_todo(context, &path.0, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Todo,
        ) -> impl __btst::HookFuture {
            hooks.after_update_todo(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Todo,
        ) -> impl __btst::HookFuture {
            hooks.after_update_todo_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_update_todo_error(context, error)
        }
    }
    /// The endpoint [`delete_todo()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct delete_todo {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for delete_todo {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Delete,
                "/todos/{id}",
                "delete_todo",
                200u16,
                <Deleted as __btst::ApiSchema>::schema,
            )
            .doc("Deletes a todo.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16])
            .database();
        type Path = (Path<String>,);
        type Args = ();
        type Output = Deleted;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Deleted>> {
            delete_todo(db, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_delete_todo(context, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_todo(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_todo_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_delete_todo_error(context, error)
        }
    }
    /// The server-side getters of the `todos` plugin, called without HTTP: `stack.api::<todos::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
    impl RawApi {
        /// Every todo, newest first, up to [`MAX_LIST`](crate::MAX_LIST) (bypasses hooks).
        pub async fn list_todos(&self) -> ApiResult<Vec<Todo>> {
            list_all_todos(::core::clone::Clone::clone(&self.db)).await
        }
        /// One todo by id, or `None` (bypasses hooks).
        pub async fn get_todo_by_id(&self, id: String) -> ApiResult<Option<Todo>> {
            get_todo_by_id(::core::clone::Clone::clone(&self.db), id).await
        }
    }
    /// The server-side getters of the `todos` plugin with their hooks: `stack.api::<todos::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("todos");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
                options: ::std::sync::Arc::clone(&plugin.options),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {
        /// Every todo, newest first, up to [`MAX_LIST`](crate::MAX_LIST) (bypasses hooks).
        ///
        /// Runs `Hooks::before_list_all_todos` as `identity` (an error denies the call), then [`list_all_todos`].
        pub async fn list_todos(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
        ) -> ApiResult<Vec<Todo>> {
            let context = __btst::HookContext::server(
                    "list_all_todos",
                    identity,
                    &self.db,
                )
                .with_options(&*self.options);
            self.hooks.before_list_all_todos(&context).await?;
            list_all_todos(::core::clone::Clone::clone(&self.db)).await
        }
        /// One todo by id, or `None` (bypasses hooks).
        ///
        /// Runs `Hooks::before_get_todo_by_id` as `identity` (an error denies the call), then [`get_todo_by_id`].
        pub async fn get_todo_by_id(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
            id: String,
        ) -> ApiResult<Option<Todo>> {
            let context = __btst::HookContext::server(
                    "get_todo_by_id",
                    identity,
                    &self.db,
                )
                .with_options(&*self.options);
            self.hooks.before_get_todo_by_id(&context, &id).await?;
            get_todo_by_id(::core::clone::Clone::clone(&self.db), id).await
        }
    }
    /// A typed HTTP client of the `todos` plugin (feature `client` of btst-runtime): one method per endpoint, sending the plugin's own types and decoding its answers; an error status is `ClientError::Api` with the server's problem+json decoded. `todos::Client::new(ApiClient::new("http://127.0.0.1:8080/api"))`, the URL being the Stack's address and base path.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct Client(__btst::ApiClient);
    impl Client {
        /// A client sending through `api` (its base URL, reqwest client and headers).
        pub fn new(api: __btst::ApiClient) -> Self {
            Self(api)
        }
        /// All todos, newest first.
        ///
        /// `GET /todos`: [`list_todos`](fn@list_todos) on the server.
        pub async fn list_todos(
            &self,
            page: &Page,
        ) -> ::core::result::Result<Vec<Todo>, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Get,
                    "/todos",
                    __btst::join_queries(::std::vec::Vec::from([__btst::query(page)?])),
                    __btst::NO_BODY,
                )
                .await
        }
        /// Creates a todo.
        ///
        /// `POST /todos`: [`create_todo`](fn@create_todo) on the server.
        pub async fn create_todo(
            &self,
            body: &NewTodo,
        ) -> ::core::result::Result<Todo, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Post,
                    "/todos",
                    ::core::option::Option::None,
                    ::core::option::Option::Some(body),
                )
                .await
        }
        /// Changes a todo's title or completion.
        ///
        /// `PUT /todos/{id}`: [`update_todo`](fn@update_todo) on the server.
        pub async fn update_todo(
            &self,
            id: &str,
            body: &TodoPatch,
        ) -> ::core::result::Result<Todo, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Put,
                    &::std::format!("/todos/{}", __btst::segment(id) ?),
                    ::core::option::Option::None,
                    ::core::option::Option::Some(body),
                )
                .await
        }
        /// Deletes a todo.
        ///
        /// `DELETE /todos/{id}`: [`delete_todo`](fn@delete_todo) on the server.
        pub async fn delete_todo(
            &self,
            id: &str,
        ) -> ::core::result::Result<Deleted, __btst::ClientError> {
            self.0
                .send(
                    __btst::Method::Delete,
                    &::std::format!("/todos/{}", __btst::segment(id) ?),
                    ::core::option::Option::None,
                    __btst::NO_BODY,
                )
                .await
        }
    }
}
