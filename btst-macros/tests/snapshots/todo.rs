/// Todos: a list of things to do.
pub mod todos {
    #[allow(unused_imports)]
    use ::btst_runtime::__private::scope::*;
    use btst_runtime::prelude::*;
    /// Something to do.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::btst_runtime::__private::serde::Serialize,
        ::btst_runtime::__private::serde::Deserialize,
        ::btst_runtime::__private::diesel::Queryable,
        ::btst_runtime::__private::diesel::Selectable,
        ::btst_runtime::__private::diesel::Insertable,
        ::btst_runtime::__private::diesel::AsChangeset,
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
    ::btst_runtime::__private::table! {
        #[doc = " The Diesel schema of [`Todo`]: table `todos_todo`."] todo =
        "todos_todo" { id : ::btst_runtime::__private::diesel::sql_types::Text, title :
        ::btst_runtime::__private::diesel::sql_types::Text, completed :
        ::btst_runtime::__private::diesel::sql_types::Bool, created_at :
        ::btst_runtime::__private::sql_types::Instant, }
    }
    /// The fields a client sends to create a [`Todo`].
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::btst_runtime::__private::serde::Deserialize
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
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub completed: ::core::option::Option<bool>,
    }
    impl ::btst_runtime::__private::NewRecord for NewTodo {
        type Model = Todo;
        fn into_model(self, now: ::btst_runtime::__private::Timestamp) -> Todo {
            let input = self;
            Todo {
                id: ::btst_runtime::__private::new_id(),
                title: input.title,
                completed: input.completed.unwrap_or_else(|| false),
                created_at: now,
            }
        }
    }
    impl ::btst_runtime::__private::Input for NewTodo {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Todo as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Todo as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.completed,
                    &fields[2usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewTodo {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Todo as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
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
        ::btst_runtime::__private::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct TodoPatch {
        /// What to do.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub title: ::core::option::Option<String>,
        /// Whether it is done.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub completed: ::core::option::Option<bool>,
    }
    impl ::btst_runtime::__private::PatchRecord for TodoPatch {
        type Model = Todo;
        fn apply(self, row: &mut Todo, _now: ::btst_runtime::__private::Timestamp) {
            if let ::core::option::Option::Some(value) = self.title {
                row.title = value;
            }
            if let ::core::option::Option::Some(value) = self.completed {
                row.completed = value;
            }
        }
    }
    impl ::btst_runtime::__private::Input for TodoPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Todo as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Todo as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.completed,
                    &fields[2usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for TodoPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Todo as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for Todo {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "Todo",
            table: "todos_todo",
            doc: "Something to do.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "title",
                        "title",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("What to do."),
                ::btst_runtime::__private::FieldMeta::new(
                        "completed",
                        "completed",
                        ::btst_runtime::__private::FieldType::Bool,
                    )
                    .default(::btst_runtime::__private::DefaultValue::Bool(false))
                    .doc("Whether it is done."),
                ::btst_runtime::__private::FieldMeta::new(
                        "created_at",
                        "createdAt",
                        ::btst_runtime::__private::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(::btst_runtime::__private::DefaultValue::Now)
                    .doc("When it was created."),
            ],
            indexes: &[],
        };
        type New = NewTodo;
        type Patch = TodoPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for Todo {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::model_schema(
                &<Self as ::btst_runtime::__private::Model>::META,
                schemas,
            )
        }
    }
    ::btst_runtime::__private::impl_crud!(
        Todo, todo, { id : "id", title : "title", completed : "completed", created_at :
        "createdAt", }
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
    /// The hooks of the `todos` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`. Every method defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`.
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_todos`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_list_todos(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            page: &Page,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, page);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_todos`] succeeded, with its result; an error fails the request.
        fn after_list_todos(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<Todo>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_todos`] or its `after_` hook failed (not when a before hook denied it).
        fn on_list_todos_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`create_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_create_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            body: &NewTodo,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_create_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Todo,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_create_todo_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Todo,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_todo`] or its `after_` hook failed (not when a before hook denied it).
        fn on_create_todo_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`update_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_update_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            id: &String,
            body: &TodoPatch,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_update_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Todo,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_update_todo_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Todo,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_todo`] or its `after_` hook failed (not when a before hook denied it).
        fn on_update_todo_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`delete_todo`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_delete_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, id);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_todo`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_delete_todo(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_todo`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_delete_todo_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_todo`] or its `after_` hook failed (not when a before hook denied it).
        fn on_delete_todo_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before the getter [`list_all_todos`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_list_all_todos(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
            ::core::result::Result::Ok(())
        }
        /// Runs before the getter [`get_todo_by_id`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_get_todo_by_id(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, id);
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
    /// No hooks: every request is allowed, and writes run without a request transaction.
    impl Hooks for () {
        fn transactional(&self) -> bool {
            false
        }
    }
    /// The `todos` plugin. Add it to a Stack with `.plugin(todos::plugin())`.
    #[derive(::core::clone::Clone)]
    pub struct Plugin {
        hooks: ::std::sync::Arc<dyn Hooks>,
    }
    /// The plugin, with no hooks.
    pub fn plugin() -> Plugin {
        Plugin {
            hooks: ::std::sync::Arc::new(()),
        }
    }
    impl Plugin {
        /// Installs the plugin's hooks.
        #[must_use]
        pub fn hooks(self, hooks: impl Hooks) -> Self {
            Self {
                hooks: ::std::sync::Arc::new(hooks),
            }
        }
    }
    impl ::core::fmt::Debug for Plugin {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("Plugin").field("name", &"todos").finish_non_exhaustive()
        }
    }
    impl ::btst_runtime::__private::Plugin for Plugin {
        fn name(&self) -> &'static str {
            "todos"
        }
        fn models(&self) -> &'static [::btst_runtime::__private::ModelMeta] {
            const MODELS: &[::btst_runtime::__private::ModelMeta] = &[
                <Todo as ::btst_runtime::__private::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> ::btst_runtime::__private::PluginDoc {
            const ENDPOINTS: &[::btst_runtime::__private::EndpointMeta] = &[
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/todos",
                    operation_id: "list_todos",
                    summary: "All todos, newest first.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::Some(
                        <Page as ::btst_runtime::__private::QueryParams>::parameters,
                    ),
                    body: ::core::option::Option::None,
                    response: <Vec<
                        Todo,
                    > as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/todos",
                    operation_id: "create_todo",
                    summary: "Creates a todo.",
                    description: "",
                    status: 201u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <NewTodo as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Todo as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Put,
                    path: "/todos/{id}",
                    operation_id: "update_todo",
                    summary: "Changes a todo's title or completion.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <TodoPatch as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Todo as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Delete,
                    path: "/todos/{id}",
                    operation_id: "delete_todo",
                    summary: "Deletes a todo.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <Deleted as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[],
                },
            ];
            ::btst_runtime::__private::PluginDoc {
                name: "todos",
                doc: "Todos: a list of things to do.",
                endpoints: ENDPOINTS,
                hook_errors: ENDPOINTS
                    .iter()
                    .map(|endpoint| (
                        endpoint.operation_id,
                        self.hooks.error_statuses(endpoint.operation_id),
                    ))
                    .collect(),
            }
        }
        fn configure(
            &self,
            config: &mut ::btst_runtime::__private::ServiceConfig,
            base_path: &str,
        ) {
            config
                .app_data(
                    ::btst_runtime::__private::Data::<
                        dyn Hooks,
                    >::from(::std::sync::Arc::clone(&self.hooks)),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/todos",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Post,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_list_todos),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_create_todo),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/todos/{id}",
                            &[
                                ::btst_runtime::__private::Method::Put,
                                ::btst_runtime::__private::Method::Delete,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Put
                                .route()
                                .to(__btst_handle_update_todo),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Delete
                                .route()
                                .to(__btst_handle_delete_todo),
                        ),
                );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The actix handler of [`list_todos`].
    #[doc(hidden)]
    async fn __btst_handle_list_todos(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        db: Db,
        page: Query<Page>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "list_todos",
                )?,
            ))
        })() {
            ::core::result::Result::Ok(started) => started,
            ::core::result::Result::Err(error) => {
                return ::btst_runtime::__private::refuse(&error);
            }
        };
        let mut __btst_denied = false;
        let __btst_result = ::btst_runtime::__private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks
                    .before_list_todos(&__btst_context, &page)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = list_todos(db, page).await?;
                __btst_hooks.after_list_todos(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "list_todos",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_list_todos_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`create_todo`].
    #[doc(hidden)]
    async fn __btst_handle_create_todo(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<NewTodo>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "create_todo",
                )?,
                ::btst_runtime::__private::write_db(
                    &__btst_request,
                    __btst_hooks.transactional(),
                )?,
            ))
        })() {
            ::core::result::Result::Ok(started) => started,
            ::core::result::Result::Err(error) => {
                return ::btst_runtime::__private::refuse(&error);
            }
        };
        let db = ::core::clone::Clone::clone(&__btst_db);
        let mut __btst_denied = false;
        let __btst_result = ::btst_runtime::__private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks
                    .before_create_todo(&__btst_context, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = create_todo(db, body).await?;
                __btst_hooks.after_create_todo(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            201u16,
            ::btst_runtime::__private::finish_write(
                    "create_todo",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_create_todo_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_create_todo_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`update_todo`].
    #[doc(hidden)]
    async fn __btst_handle_update_todo(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<TodoPatch>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "update_todo",
                )?,
                ::btst_runtime::__private::write_db(
                    &__btst_request,
                    __btst_hooks.transactional(),
                )?,
            ))
        })() {
            ::core::result::Result::Ok(started) => started,
            ::core::result::Result::Err(error) => {
                return ::btst_runtime::__private::refuse(&error);
            }
        };
        let db = ::core::clone::Clone::clone(&__btst_db);
        let mut __btst_denied = false;
        let __btst_result = ::btst_runtime::__private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks
                    .before_update_todo(&__btst_context, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = update_todo(db, id, body).await?;
                __btst_hooks.after_update_todo(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "update_todo",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_update_todo_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_update_todo_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`delete_todo`].
    #[doc(hidden)]
    async fn __btst_handle_delete_todo(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "delete_todo",
                )?,
                ::btst_runtime::__private::write_db(
                    &__btst_request,
                    __btst_hooks.transactional(),
                )?,
            ))
        })() {
            ::core::result::Result::Ok(started) => started,
            ::core::result::Result::Err(error) => {
                return ::btst_runtime::__private::refuse(&error);
            }
        };
        let db = ::core::clone::Clone::clone(&__btst_db);
        let mut __btst_denied = false;
        let __btst_result = ::btst_runtime::__private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks
                    .before_delete_todo(&__btst_context, &id)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = delete_todo(db, id).await?;
                __btst_hooks.after_delete_todo(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "delete_todo",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_delete_todo_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_delete_todo_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The server-side getters of the `todos` plugin, called without HTTP: `stack.api::<todos::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
    #[derive(::core::fmt::Debug, ::core::clone::Clone)]
    pub struct RawApi {
        db: ::btst_runtime::__private::Db,
    }
    impl ::btst_runtime::__private::PluginApi for RawApi {
        fn from_stack(stack: &::btst_runtime::__private::OpenStack) -> Self {
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
    /// `stack.api::<GuardedApi>()` panics if the Stack does not have this plugin: without it
    /// there are no hooks to run.
    #[derive(::core::clone::Clone)]
    pub struct GuardedApi {
        db: ::btst_runtime::__private::Db,
        hooks: ::std::sync::Arc<dyn Hooks>,
    }
    impl ::core::fmt::Debug for GuardedApi {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("GuardedApi").field("db", &self.db).finish_non_exhaustive()
        }
    }
    impl ::btst_runtime::__private::PluginApi for GuardedApi {
        fn from_stack(stack: &::btst_runtime::__private::OpenStack) -> Self {
            let Some(plugin) = stack.plugin::<Plugin>() else {
                ::core::panic!(
                    "the plugin `{}` is not in this Stack; add it with `.plugin(..)`",
                    "todos"
                )
            };
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl GuardedApi {
        /// Every todo, newest first, up to [`MAX_LIST`](crate::MAX_LIST) (bypasses hooks).
        ///
        /// Runs `Hooks::before_list_all_todos` as `identity` (an error denies the call), then [`list_all_todos`].
        pub async fn list_todos(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
        ) -> ApiResult<Vec<Todo>> {
            let context = ::btst_runtime::__private::HookContext::server(
                "list_all_todos",
                identity,
            );
            self.hooks.before_list_all_todos(&context)?;
            list_all_todos(::core::clone::Clone::clone(&self.db)).await
        }
        /// One todo by id, or `None` (bypasses hooks).
        ///
        /// Runs `Hooks::before_get_todo_by_id` as `identity` (an error denies the call), then [`get_todo_by_id`].
        pub async fn get_todo_by_id(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
            id: String,
        ) -> ApiResult<Option<Todo>> {
            let context = ::btst_runtime::__private::HookContext::server(
                "get_todo_by_id",
                identity,
            );
            self.hooks.before_get_todo_by_id(&context, &id)?;
            get_todo_by_id(::core::clone::Clone::clone(&self.db), id).await
        }
    }
}
