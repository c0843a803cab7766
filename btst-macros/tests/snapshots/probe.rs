/// A plugin whose endpoints misbehave on purpose.
pub mod probe {
    #[allow(unused_imports)]
    use ::btst_runtime::__private::scope::*;
    use std::time::Duration;
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    /// A tag: its name is unique.
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
    #[diesel(table_name = tag, treat_none_as_null = true)]
    pub struct Tag {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// The tag's name.
        pub name: String,
        /// An optional note.
        pub note: Option<String>,
        /// How often it was used.
        pub uses: i32,
        /// A colour: `"grey"` when left out, `null` when sent as `null`.
        pub color: Option<String>,
    }
    ::btst_runtime::__private::table! {
        #[doc = " The Diesel schema of [`Tag`]: table `probe_tag`."] tag = "probe_tag" {
        id : ::btst_runtime::__private::diesel::sql_types::Text, name :
        ::btst_runtime::__private::diesel::sql_types::Text, note :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, uses :
        ::btst_runtime::__private::diesel::sql_types::Integer, color :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, }
    }
    /// The fields a client sends to create a [`Tag`].
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
    pub struct NewTag {
        /// The tag's name.
        pub name: String,
        /// An optional note.
        #[serde(default)]
        pub note: Option<String>,
        /// How often it was used.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub uses: ::core::option::Option<i32>,
        /// A colour: `"grey"` when left out, `null` when sent as `null`.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub color: ::core::option::Option<Option<String>>,
    }
    impl ::btst_runtime::__private::NewRecord for NewTag {
        type Model = Tag;
        fn into_model(self, _now: ::btst_runtime::__private::Timestamp) -> Tag {
            let input = self;
            Tag {
                id: ::btst_runtime::__private::new_id(),
                name: input.name,
                note: input.note,
                uses: input.uses.unwrap_or_else(|| 0),
                color: input
                    .color
                    .unwrap_or_else(|| ::core::option::Option::Some(
                        ::std::string::String::from("grey"),
                    )),
            }
        }
    }
    impl ::btst_runtime::__private::Input for NewTag {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Tag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Tag as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.name, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.note,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.uses,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.color,
                    &fields[4usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewTag {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Tag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Tag`]; each one optional.
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
    pub struct TagPatch {
        /// The tag's name.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub name: ::core::option::Option<String>,
        /// An optional note.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub note: ::core::option::Option<Option<String>>,
        /// How often it was used.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub uses: ::core::option::Option<i32>,
        /// A colour: `"grey"` when left out, `null` when sent as `null`.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub color: ::core::option::Option<Option<String>>,
    }
    impl ::btst_runtime::__private::PatchRecord for TagPatch {
        type Model = Tag;
        fn apply(self, row: &mut Tag, _now: ::btst_runtime::__private::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
            }
            if let ::core::option::Option::Some(value) = self.note {
                row.note = value;
            }
            if let ::core::option::Option::Some(value) = self.uses {
                row.uses = value;
            }
            if let ::core::option::Option::Some(value) = self.color {
                row.color = value;
            }
        }
    }
    impl ::btst_runtime::__private::Input for TagPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Tag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Tag as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.name, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.note,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.uses,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.color,
                    &fields[4usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for TagPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Tag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for Tag {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "Tag",
            table: "probe_tag",
            doc: "A tag: its name is unique.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "name",
                        "name",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .unique()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(40u32),
                    )
                    .doc("The tag's name."),
                ::btst_runtime::__private::FieldMeta::new(
                        "note",
                        "note",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .nullable()
                    .doc("An optional note."),
                ::btst_runtime::__private::FieldMeta::new(
                        "uses",
                        "uses",
                        ::btst_runtime::__private::FieldType::I32,
                    )
                    .default(::btst_runtime::__private::DefaultValue::Int(0i64))
                    .range(
                        ::core::option::Option::Some(0f64),
                        ::core::option::Option::Some(1000f64),
                    )
                    .doc("How often it was used."),
                ::btst_runtime::__private::FieldMeta::new(
                        "color",
                        "color",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .nullable()
                    .default(::btst_runtime::__private::DefaultValue::Text("grey"))
                    .doc(
                        "A colour: `\"grey\"` when left out, `null` when sent as `null`.",
                    ),
            ],
            indexes: &[],
        };
        type New = NewTag;
        type Patch = TagPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for Tag {
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
        Tag, tag, { id : "id", name : "name", note : "note", uses : "uses", color :
        "color", }
    );
    /// Creates a tag; a taken name is a 409.
    pub async fn create_tag(db: Db, body: Json<NewTag>) -> ApiResult<Tag> {
        db.create(body.into_inner()).await
    }
    /// Changes a tag.
    pub async fn update_tag(
        db: Db,
        id: Path<String>,
        body: Json<TagPatch>,
    ) -> ApiResult<Tag> {
        db.update(id.into_inner(), body.into_inner()).await
    }
    /// Deletes a tag (same route as `update_tag`, another method).
    pub async fn delete_tag(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Tag>(id.into_inner()).await
    }
    /// How many tags exist: a literal route declared after `/tags/{id}`, matched first.
    pub async fn count_tags_endpoint(db: Db) -> ApiResult<i64> {
        db.count::<Tag>().await
    }
    /// Every tag's name, in order: a query of our own over the generated table module, through
    /// the multi-backend connection.
    pub async fn tag_names(db: Db) -> ApiResult<Vec<String>> {
        db.run(|conn| {
                tag::table
                    .select(tag::name)
                    .filter(tag::uses.ge(0))
                    .order(tag::name.asc())
                    .load::<String>(conn)
            })
            .await
    }
    /// Always panics.
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn panic() -> ApiResult<String> {
        panic!("the probe panics on purpose")
    }
    /// Holds a database connection for `ms` milliseconds.
    pub async fn hold(db: Db, ms: Path<i64>) -> ApiResult<bool> {
        let ms = ms.into_inner();
        db.run(move |_| {
                std::thread::sleep(Duration::from_millis(ms.unsigned_abs()));
                Ok::<_, ApiError>(true)
            })
            .await
    }
    /// How many tags exist.
    pub async fn count_tags(db: Db) -> ApiResult<i64> {
        db.count::<Tag>().await
    }
    /// The hooks of the `probe` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`. Every method defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`.
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`create_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_create_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            body: &NewTag,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_create_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Tag,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_create_tag_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Tag,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_tag`] or its `after_` hook failed (not when a before hook denied it).
        fn on_create_tag_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`update_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_update_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            id: &String,
            body: &TagPatch,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_update_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Tag,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_update_tag_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Tag,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_tag`] or its `after_` hook failed (not when a before hook denied it).
        fn on_update_tag_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`delete_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_delete_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, id);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_delete_tag(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_delete_tag_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_tag`] or its `after_` hook failed (not when a before hook denied it).
        fn on_delete_tag_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`count_tags_endpoint`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_count_tags_endpoint(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`count_tags_endpoint`] succeeded, with its result; an error fails the request.
        fn after_count_tags_endpoint(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &i64,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`count_tags_endpoint`] or its `after_` hook failed (not when a before hook denied it).
        fn on_count_tags_endpoint_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`tag_names`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_tag_names(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`tag_names`] succeeded, with its result; an error fails the request.
        fn after_tag_names(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<String>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`tag_names`] or its `after_` hook failed (not when a before hook denied it).
        fn on_tag_names_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`panic`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_panic(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`panic`] succeeded, with its result; an error fails the request.
        fn after_panic(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`panic`] or its `after_` hook failed (not when a before hook denied it).
        fn on_panic_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`hold`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_hold(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            ms: &i64,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, ms);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`hold`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_hold(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &bool,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`hold`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_hold_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &bool,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`hold`] or its `after_` hook failed (not when a before hook denied it).
        fn on_hold_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before the getter [`count_tags`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_count_tags(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
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
    /// The `probe` plugin. Add it to a Stack with `.plugin(probe::plugin())`.
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
            f.debug_struct("Plugin").field("name", &"probe").finish_non_exhaustive()
        }
    }
    impl ::btst_runtime::__private::Plugin for Plugin {
        fn name(&self) -> &'static str {
            "probe"
        }
        fn models(&self) -> &'static [::btst_runtime::__private::ModelMeta] {
            const MODELS: &[::btst_runtime::__private::ModelMeta] = &[
                <Tag as ::btst_runtime::__private::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> ::btst_runtime::__private::PluginDoc {
            const ENDPOINTS: &[::btst_runtime::__private::EndpointMeta] = &[
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/tags",
                    operation_id: "create_tag",
                    summary: "Creates a tag; a taken name is a 409.",
                    description: "",
                    status: 201u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <NewTag as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Tag as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 409u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Patch,
                    path: "/tags/{id}",
                    operation_id: "update_tag",
                    summary: "Changes a tag.",
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
                        <TagPatch as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Tag as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[
                        400u16, 403u16, 404u16, 409u16, 413u16, 415u16, 500u16, 503u16,
                    ],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Delete,
                    path: "/tags/{id}",
                    operation_id: "delete_tag",
                    summary: "Deletes a tag (same route as `update_tag`, another method).",
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
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/tags/count",
                    operation_id: "count_tags_endpoint",
                    summary: "How many tags exist: a literal route declared after `/tags/{id}`, matched first.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <i64 as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[403u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/tags/names",
                    operation_id: "tag_names",
                    summary: "Every tag's name, in order: a query of our own over the generated table module, through the multi-backend connection.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <Vec<
                        String,
                    > as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[403u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/panic",
                    operation_id: "panic",
                    summary: "Always panics.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <String as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[403u16, 500u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/hold/{ms}",
                    operation_id: "hold",
                    summary: "Holds a database connection for `ms` milliseconds.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "ms",
                            schema: <i64 as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <bool as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[],
                },
            ];
            ::btst_runtime::__private::PluginDoc {
                name: "probe",
                doc: "A plugin whose endpoints misbehave on purpose.",
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
                            "/tags",
                            &[::btst_runtime::__private::Method::Post],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_create_tag),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/panic",
                            &[::btst_runtime::__private::Method::Get],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_panic),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tags/count",
                            &[::btst_runtime::__private::Method::Get],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_count_tags_endpoint),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tags/names",
                            &[::btst_runtime::__private::Method::Get],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_tag_names),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tags/{id}",
                            &[
                                ::btst_runtime::__private::Method::Patch,
                                ::btst_runtime::__private::Method::Delete,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Patch
                                .route()
                                .to(__btst_handle_update_tag),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Delete
                                .route()
                                .to(__btst_handle_delete_tag),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/hold/{ms}",
                            &[::btst_runtime::__private::Method::Post],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_hold),
                        ),
                );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The actix handler of [`create_tag`].
    #[doc(hidden)]
    async fn __btst_handle_create_tag(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<NewTag>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "create_tag",
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
                    .before_create_tag(&__btst_context, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = create_tag(db, body).await?;
                __btst_hooks.after_create_tag(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            201u16,
            ::btst_runtime::__private::finish_write(
                    "create_tag",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_create_tag_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_create_tag_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`update_tag`].
    #[doc(hidden)]
    async fn __btst_handle_update_tag(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<TagPatch>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "update_tag",
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
                    .before_update_tag(&__btst_context, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = update_tag(db, id, body).await?;
                __btst_hooks.after_update_tag(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "update_tag",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_update_tag_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_update_tag_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`delete_tag`].
    #[doc(hidden)]
    async fn __btst_handle_delete_tag(
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
                    "delete_tag",
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
                    .before_delete_tag(&__btst_context, &id)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = delete_tag(db, id).await?;
                __btst_hooks.after_delete_tag(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "delete_tag",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_delete_tag_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_delete_tag_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`count_tags_endpoint`].
    #[doc(hidden)]
    async fn __btst_handle_count_tags_endpoint(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        db: Db,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "count_tags_endpoint",
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
                    .before_count_tags_endpoint(&__btst_context)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = count_tags_endpoint(db).await?;
                __btst_hooks.after_count_tags_endpoint(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "count_tags_endpoint",
                __btst_result,
                __btst_denied,
                |error| {
                    __btst_hooks.on_count_tags_endpoint_error(&__btst_context, error)
                },
            ),
        )
    }
    /// The actix handler of [`tag_names`].
    #[doc(hidden)]
    async fn __btst_handle_tag_names(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        db: Db,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "tag_names",
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
                    .before_tag_names(&__btst_context)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = tag_names(db).await?;
                __btst_hooks.after_tag_names(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "tag_names",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_tag_names_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`panic`].
    #[doc(hidden)]
    async fn __btst_handle_panic(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((::btst_runtime::__private::HookContext::new(&__btst_request, "panic")?,))
        })() {
            ::core::result::Result::Ok(started) => started,
            ::core::result::Result::Err(error) => {
                return ::btst_runtime::__private::refuse(&error);
            }
        };
        let mut __btst_denied = false;
        let __btst_result = ::btst_runtime::__private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks
                    .before_panic(&__btst_context)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = panic().await?;
                __btst_hooks.after_panic(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "panic",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_panic_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`hold`].
    #[doc(hidden)]
    async fn __btst_handle_hold(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (ms, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<i64>>::from_request_named(&__btst_request, "ms")?,
                ::btst_runtime::__private::HookContext::new(&__btst_request, "hold")?,
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
                    .before_hold(&__btst_context, &ms)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = hold(db, ms).await?;
                __btst_hooks.after_hold(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "hold",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| __btst_hooks.after_hold_committed(&__btst_context, value),
                    |error| __btst_hooks.on_hold_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The server-side getters of the `probe` plugin, called without HTTP: `stack.api::<probe::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
        /// How many tags exist.
        pub async fn count_tags(&self) -> ApiResult<i64> {
            count_tags(::core::clone::Clone::clone(&self.db)).await
        }
    }
    /// The server-side getters of the `probe` plugin with their hooks: `stack.api::<probe::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
                    "probe"
                )
            };
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl GuardedApi {
        /// How many tags exist.
        ///
        /// Runs `Hooks::before_count_tags` as `identity` (an error denies the call), then [`count_tags`].
        pub async fn count_tags(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
        ) -> ApiResult<i64> {
            let context = ::btst_runtime::__private::HookContext::server(
                "count_tags",
                identity,
            );
            self.hooks.before_count_tags(&context)?;
            count_tags(::core::clone::Clone::clone(&self.db)).await
        }
    }
}
