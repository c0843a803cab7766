/// A plugin whose endpoints misbehave on purpose.
pub mod probe {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use std::time::Duration;
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    /// A tag: its name is unique.
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
    __btst::table! {
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
        __btst::serde::Deserialize
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
    impl __btst::NewRecord for NewTag {
        type Model = Tag;
        fn into_model(self, _now: __btst::Timestamp) -> Tag {
            let input = self;
            Tag {
                id: __btst::new_id(),
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
    impl __btst::Input for NewTag {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Tag as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Tag as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.note, &fields[2usize])
                && __btst::FieldValue::passes(&self.uses, &fields[3usize])
                && __btst::FieldValue::passes(&self.color, &fields[4usize])
        }
    }
    impl __btst::ApiSchema for NewTag {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Tag as __btst::Model>::META,
                __btst::InputKind::Create,
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
        __btst::serde::Deserialize
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
    impl __btst::PatchRecord for TagPatch {
        type Model = Tag;
        fn apply(self, row: &mut Tag, _now: __btst::Timestamp) {
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
    impl __btst::Input for TagPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Tag as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Tag as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.note, &fields[2usize])
                && __btst::FieldValue::passes(&self.uses, &fields[3usize])
                && __btst::FieldValue::passes(&self.color, &fields[4usize])
        }
    }
    impl __btst::ApiSchema for TagPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Tag as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    impl __btst::Model for Tag {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Tag",
            table: "probe_tag",
            doc: "A tag: its name is unique.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("name", "name", __btst::FieldType::Text)
                    .unique()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(40u32),
                    )
                    .doc("The tag's name."),
                __btst::FieldMeta::new("note", "note", __btst::FieldType::Text)
                    .nullable()
                    .doc("An optional note."),
                __btst::FieldMeta::new("uses", "uses", __btst::FieldType::I32)
                    .default(__btst::DefaultValue::Int(0i64))
                    .range(
                        ::core::option::Option::Some(0f64),
                        ::core::option::Option::Some(1000f64),
                    )
                    .doc("How often it was used."),
                __btst::FieldMeta::new("color", "color", __btst::FieldType::Text)
                    .nullable()
                    .default(__btst::DefaultValue::Text("grey"))
                    .doc(
                        "A colour: `\"grey\"` when left out, `null` when sent as `null`.",
                    ),
            ],
            indexes: &[],
        };
        type New = NewTag;
        type Patch = TagPatch;
    }
    impl __btst::ApiSchema for Tag {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    __btst::impl_crud!(
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
    /// The hooks of the `probe` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`create_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_create_tag(
            &self,
            context: &__btst::HookContext<'_>,
            body: &NewTag,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_create_tag(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Tag,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_create_tag_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Tag,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_tag`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_create_tag_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`update_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_update_tag(
            &self,
            context: &__btst::HookContext<'_>,
            id: &String,
            body: &TagPatch,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_update_tag(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Tag,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_update_tag_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Tag,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_tag`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_update_tag_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`delete_tag`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_delete_tag(
            &self,
            context: &__btst::HookContext<'_>,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_tag`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_delete_tag(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_tag`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_delete_tag_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_tag`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_delete_tag_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`count_tags_endpoint`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_count_tags_endpoint(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`count_tags_endpoint`] succeeded, with its result; an error fails the request.
        async fn after_count_tags_endpoint(
            &self,
            context: &__btst::HookContext<'_>,
            result: &i64,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`count_tags_endpoint`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_count_tags_endpoint_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`tag_names`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_tag_names(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`tag_names`] succeeded, with its result; an error fails the request.
        async fn after_tag_names(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<String>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`tag_names`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_tag_names_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`panic`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_panic(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`panic`] succeeded, with its result; an error fails the request.
        async fn after_panic(
            &self,
            context: &__btst::HookContext<'_>,
            result: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`panic`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_panic_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`hold`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_hold(
            &self,
            context: &__btst::HookContext<'_>,
            ms: &i64,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`hold`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_hold(
            &self,
            context: &__btst::HookContext<'_>,
            result: &bool,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`hold`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_hold_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &bool,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`hold`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_hold_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before the getter [`count_tags`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_count_tags(
            &self,
            context: &__btst::HookContext<'_>,
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
    /// No hooks: every request is allowed, and writes run without a request transaction.
    #[automatically_derived]
    impl Hooks for () {
        fn transactional(&self) -> bool {
            false
        }
    }
    /// The `probe` plugin, with the hooks `H`. Add it to a Stack with `.plugin(probe::plugin())`.
    pub struct Plugin<H = ()> {
        hooks: ::std::sync::Arc<H>,
    }
    /// The plugin, with no hooks.
    pub fn plugin() -> Plugin {
        Plugin {
            hooks: ::std::sync::Arc::new(()),
        }
    }
    impl<H: Hooks> Plugin<H> {
        /// The plugin with these hooks instead.
        #[must_use]
        pub fn hooks<G: Hooks>(self, hooks: G) -> Plugin<G> {
            Plugin {
                hooks: ::std::sync::Arc::new(hooks),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for Plugin<H> {
        fn clone(&self) -> Self {
            Self {
                hooks: ::std::sync::Arc::clone(&self.hooks),
            }
        }
    }
    #[automatically_derived]
    impl<H> ::core::fmt::Debug for Plugin<H> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("Plugin").field("name", &"probe").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "probe"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[<Tag as __btst::Model>::META];
            MODELS
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "probe",
                "A plugin whose endpoints misbehave on purpose.",
                ::std::vec::Vec::from([
                    <create_tag as __btst::Endpoint<H>>::META,
                    <update_tag as __btst::Endpoint<H>>::META,
                    <delete_tag as __btst::Endpoint<H>>::META,
                    <count_tags_endpoint as __btst::Endpoint<H>>::META,
                    <tag_names as __btst::Endpoint<H>>::META,
                    <panic as __btst::Endpoint<H>>::META,
                    <hold as __btst::Endpoint<H>>::META,
                ]),
                |endpoint| self.hooks.error_statuses(endpoint),
            )
        }
        fn configure(&self, config: &mut __btst::ServiceConfig, base_path: &str) {
            let transactional = self.hooks.transactional();
            __btst::register(
                config,
                base_path,
                ::std::vec::Vec::from([
                    __btst::route::<create_tag, H>(&self.hooks, transactional),
                    __btst::route::<update_tag, H>(&self.hooks, transactional),
                    __btst::route::<delete_tag, H>(&self.hooks, transactional),
                    __btst::route::<count_tags_endpoint, H>(&self.hooks, transactional),
                    __btst::route::<tag_names, H>(&self.hooks, transactional),
                    __btst::route::<panic, H>(&self.hooks, transactional),
                    __btst::route::<hold, H>(&self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`create_tag()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct create_tag {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for create_tag {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/tags",
                "create_tag",
                201u16,
                <Tag as __btst::ApiSchema>::schema,
            )
            .doc("Creates a tag; a taken name is a 409.", "")
            .body(<NewTag as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 409u16, 413u16, 415u16, 500u16, 503u16]);
        type Path = ();
        type Args = (Json<NewTag>,);
        type Output = Tag;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Tag>> {
            create_tag(db, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_create_tag(context, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Tag,
        ) -> impl __btst::HookFuture {
            hooks.after_create_tag(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Tag,
        ) -> impl __btst::HookFuture {
            hooks.after_create_tag_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_create_tag_error(context, error)
        }
    }
    /// The endpoint [`update_tag()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct update_tag {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for update_tag {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Patch,
                "/tags/{id}",
                "update_tag",
                200u16,
                <Tag as __btst::ApiSchema>::schema,
            )
            .doc("Changes a tag.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<TagPatch as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 409u16, 413u16, 415u16, 500u16, 503u16]);
        type Path = (Path<String>,);
        type Args = (Json<TagPatch>,);
        type Output = Tag;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Tag>> {
            update_tag(db, path.0, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_update_tag(context, &path.0, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Tag,
        ) -> impl __btst::HookFuture {
            hooks.after_update_tag(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Tag,
        ) -> impl __btst::HookFuture {
            hooks.after_update_tag_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_update_tag_error(context, error)
        }
    }
    /// The endpoint [`delete_tag()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct delete_tag {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for delete_tag {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Delete,
                "/tags/{id}",
                "delete_tag",
                200u16,
                <Deleted as __btst::ApiSchema>::schema,
            )
            .doc("Deletes a tag (same route as `update_tag`, another method).", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16]);
        type Path = (Path<String>,);
        type Args = ();
        type Output = Deleted;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Deleted>> {
            delete_tag(db, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_delete_tag(context, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_tag(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_tag_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_delete_tag_error(context, error)
        }
    }
    /// The endpoint [`count_tags_endpoint()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct count_tags_endpoint {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for count_tags_endpoint {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/tags/count",
                "count_tags_endpoint",
                200u16,
                <i64 as __btst::ApiSchema>::schema,
            )
            .doc(
                "How many tags exist: a literal route declared after `/tags/{id}`, matched first.",
                "",
            )
            .errors(&[403u16, 500u16, 503u16]);
        type Path = ();
        type Args = ();
        type Output = i64;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<i64>> {
            count_tags_endpoint(db)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_count_tags_endpoint(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &i64,
        ) -> impl __btst::HookFuture {
            hooks.after_count_tags_endpoint(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_count_tags_endpoint_error(context, error)
        }
    }
    /// The endpoint [`tag_names()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct tag_names {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for tag_names {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/tags/names",
                "tag_names",
                200u16,
                <Vec<String> as __btst::ApiSchema>::schema,
            )
            .doc(
                "Every tag's name, in order: a query of our own over the generated table module, through the multi-backend connection.",
                "",
            )
            .errors(&[403u16, 500u16, 503u16]);
        type Path = ();
        type Args = ();
        type Output = Vec<String>;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<String>>> {
            tag_names(db)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_tag_names(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<String>,
        ) -> impl __btst::HookFuture {
            hooks.after_tag_names(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_tag_names_error(context, error)
        }
    }
    /// The endpoint [`panic()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct panic {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for panic {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/panic",
                "panic",
                200u16,
                <String as __btst::ApiSchema>::schema,
            )
            .doc("Always panics.", "")
            .errors(&[403u16, 500u16]);
        type Path = ();
        type Args = ();
        type Output = String;
        fn call(
            _: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<String>> {
            panic()
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_panic(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &String,
        ) -> impl __btst::HookFuture {
            hooks.after_panic(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_panic_error(context, error)
        }
    }
    /// The endpoint [`hold()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct hold {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for hold {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/hold/{ms}",
                "hold",
                200u16,
                <bool as __btst::ApiSchema>::schema,
            )
            .doc("Holds a database connection for `ms` milliseconds.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "ms",
                        schema: <i64 as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16]);
        type Path = (Path<i64>,);
        type Args = ();
        type Output = bool;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<bool>> {
            hold(db, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_hold(context, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &bool,
        ) -> impl __btst::HookFuture {
            hooks.after_hold(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &bool,
        ) -> impl __btst::HookFuture {
            hooks.after_hold_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_hold_error(context, error)
        }
    }
    /// The server-side getters of the `probe` plugin, called without HTTP: `stack.api::<probe::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
        /// How many tags exist.
        pub async fn count_tags(&self) -> ApiResult<i64> {
            count_tags(::core::clone::Clone::clone(&self.db)).await
        }
    }
    /// The server-side getters of the `probe` plugin with their hooks: `stack.api::<probe::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
    ///
    /// # Panics
    /// `stack.api::<GuardedApi<H>>()` panics if the Stack does not have this plugin with hooks
    /// of type `H` (`()` when you do not name it): without them there are no hooks to run.
    pub struct GuardedApi<H = ()> {
        db: __btst::Db,
        hooks: ::std::sync::Arc<H>,
    }
    #[automatically_derived]
    impl<H> ::core::clone::Clone for GuardedApi<H> {
        fn clone(&self) -> Self {
            Self {
                db: ::core::clone::Clone::clone(&self.db),
                hooks: ::std::sync::Arc::clone(&self.hooks),
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
            let plugin = stack.installed::<Plugin<H>>("probe");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {
        /// How many tags exist.
        ///
        /// Runs `Hooks::before_count_tags` as `identity` (an error denies the call), then [`count_tags`].
        pub async fn count_tags(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
        ) -> ApiResult<i64> {
            let context = __btst::HookContext::server("count_tags", identity, &self.db);
            self.hooks.before_count_tags(&context).await?;
            count_tags(::core::clone::Clone::clone(&self.db)).await
        }
    }
}
