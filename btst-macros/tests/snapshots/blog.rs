/// Posts and their tags.
pub mod blog {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    use btst_runtime::utoipa::openapi::{RefOr, path::Parameter, schema::Schema};
    use btst_runtime::{
        AnyConnection, ApiSchema, Crud, InputKind, NewRecord, QueryParams, QueryReader,
        Schemas, check_model_input_with, input_schema_with, new_id, query_parameter,
        serde, sort_parameter, with_fields,
    };
    use super::{MAX_TAGS, slugify};
    /// A blog post.
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
    #[diesel(table_name = post, treat_none_as_null = true)]
    pub struct Post {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// Its title.
        pub title: String,
        /// The body, in Markdown.
        pub content: String,
        /// Its address (`/posts/{slug}`): unique; not `.` or `..`.
        pub slug: String,
        /// Whether readers see it.
        pub published: bool,
        /// When it was published.
        pub published_at: Option<Timestamp>,
        /// When it was created.
        pub created_at: Timestamp,
        /// When it last changed.
        pub updated_at: Timestamp,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Post`]: table `blog_post`."] post = "blog_post"
        { id : ::btst_runtime::__private::diesel::sql_types::Text, title :
        ::btst_runtime::__private::diesel::sql_types::Text, content :
        ::btst_runtime::__private::diesel::sql_types::Text, slug :
        ::btst_runtime::__private::diesel::sql_types::Text, published :
        ::btst_runtime::__private::diesel::sql_types::Bool, published_at :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::sql_types::Instant >, created_at :
        ::btst_runtime::__private::sql_types::Instant, updated_at :
        ::btst_runtime::__private::sql_types::Instant, }
    }
    /// The fields a client sends to create a [`Post`].
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
    pub struct NewPost {
        /// Its title.
        pub title: String,
        /// The body, in Markdown.
        pub content: String,
        /// Its address (`/posts/{slug}`): unique; not `.` or `..`.
        pub slug: String,
        /// Whether readers see it.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub published: ::core::option::Option<bool>,
        /// When it was published.
        #[serde(default)]
        pub published_at: Option<Timestamp>,
    }
    impl __btst::NewRecord for NewPost {
        type Model = Post;
        fn into_model(self, now: __btst::Timestamp) -> Post {
            let input = self;
            Post {
                id: __btst::new_id(),
                title: input.title,
                content: input.content,
                slug: input.slug,
                published: input.published.unwrap_or_else(|| false),
                published_at: input.published_at,
                created_at: now,
                updated_at: now,
            }
        }
    }
    impl __btst::Input for NewPost {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Post as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Post as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.content, &fields[2usize])
                && __btst::FieldValue::passes(&self.slug, &fields[3usize])
                && __btst::FieldValue::passes(&self.published, &fields[4usize])
                && __btst::FieldValue::passes(&self.published_at, &fields[5usize])
        }
    }
    impl __btst::ApiSchema for NewPost {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Post as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Post`]; each one optional.
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
    pub struct PostPatch {
        /// Its title.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub title: ::core::option::Option<String>,
        /// The body, in Markdown.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub content: ::core::option::Option<String>,
        /// Its address (`/posts/{slug}`): unique; not `.` or `..`.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub slug: ::core::option::Option<String>,
        /// Whether readers see it.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub published: ::core::option::Option<bool>,
        /// When it was published.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub published_at: ::core::option::Option<Option<Timestamp>>,
    }
    impl __btst::PatchRecord for PostPatch {
        type Model = Post;
        fn apply(self, row: &mut Post, now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.title {
                row.title = value;
            }
            if let ::core::option::Option::Some(value) = self.content {
                row.content = value;
            }
            if let ::core::option::Option::Some(value) = self.slug {
                row.slug = value;
            }
            if let ::core::option::Option::Some(value) = self.published {
                row.published = value;
            }
            if let ::core::option::Option::Some(value) = self.published_at {
                row.published_at = value;
            }
            row.updated_at = now;
        }
    }
    impl __btst::Input for PostPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Post as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Post as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.content, &fields[2usize])
                && __btst::FieldValue::passes(&self.slug, &fields[3usize])
                && __btst::FieldValue::passes(&self.published, &fields[4usize])
                && __btst::FieldValue::passes(&self.published_at, &fields[5usize])
        }
    }
    impl __btst::ApiSchema for PostPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Post as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    impl __btst::Model for Post {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Post",
            table: "blog_post",
            doc: "A blog post.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("title", "title", __btst::FieldType::Text)
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("Its title."),
                __btst::FieldMeta::new("content", "content", __btst::FieldType::Text)
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(100000u32),
                    )
                    .doc("The body, in Markdown."),
                __btst::FieldMeta::new("slug", "slug", __btst::FieldType::Text)
                    .unique()
                    .path_segment()
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("Its address (`/posts/{slug}`): unique; not `.` or `..`."),
                __btst::FieldMeta::new("published", "published", __btst::FieldType::Bool)
                    .default(__btst::DefaultValue::Bool(false))
                    .doc("Whether readers see it."),
                __btst::FieldMeta::new(
                        "published_at",
                        "publishedAt",
                        __btst::FieldType::Timestamp,
                    )
                    .nullable()
                    .doc("When it was published."),
                __btst::FieldMeta::new(
                        "created_at",
                        "createdAt",
                        __btst::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(__btst::DefaultValue::Now)
                    .doc("When it was created."),
                __btst::FieldMeta::new(
                        "updated_at",
                        "updatedAt",
                        __btst::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(__btst::DefaultValue::Now)
                    .on_update_now()
                    .doc("When it last changed."),
            ],
            indexes: &[],
        };
        type New = NewPost;
        type Patch = PostPatch;
    }
    impl __btst::ApiSchema for Post {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    __btst::impl_crud!(
        Post, post, { id : "id", title : "title", content : "content", slug : "slug",
        published : "published", published_at : "publishedAt", created_at : "createdAt",
        updated_at : "updatedAt", }
    );
    /// A tag; created by the posts that name it.
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
        /// Its name, as first written.
        pub name: String,
        /// Its address, from the name.
        pub slug: String,
        /// When it was created.
        pub created_at: Timestamp,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Tag`]: table `blog_tag`."] tag = "blog_tag" { id
        : ::btst_runtime::__private::diesel::sql_types::Text, name :
        ::btst_runtime::__private::diesel::sql_types::Text, slug :
        ::btst_runtime::__private::diesel::sql_types::Text, created_at :
        ::btst_runtime::__private::sql_types::Instant, }
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
        /// Its name, as first written.
        pub name: String,
    }
    impl __btst::NewRecord for NewTag {
        type Model = Tag;
        fn into_model(self, now: __btst::Timestamp) -> Tag {
            let input = self;
            Tag {
                id: __btst::new_id(),
                name: input.name,
                slug: ::core::default::Default::default(),
                created_at: now,
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
        /// Its name, as first written.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub name: ::core::option::Option<String>,
    }
    impl __btst::PatchRecord for TagPatch {
        type Model = Tag;
        fn apply(self, row: &mut Tag, _now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
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
            table: "blog_tag",
            doc: "A tag; created by the posts that name it.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("name", "name", __btst::FieldType::Text)
                    .unique()
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(50u32),
                    )
                    .doc("Its name, as first written."),
                __btst::FieldMeta::new("slug", "slug", __btst::FieldType::Text)
                    .unique()
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(100u32),
                    )
                    .doc("Its address, from the name."),
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
        Tag, tag, { id : "id", name : "name", slug : "slug", created_at : "createdAt", }
    );
    /// A post's tag.
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
    #[diesel(table_name = post_tag, treat_none_as_null = true)]
    pub struct PostTag {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// The post.
        pub post_id: String,
        /// The tag.
        pub tag_id: String,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`PostTag`]: table `blog_post_tag`."] post_tag =
        "blog_post_tag" { id : ::btst_runtime::__private::diesel::sql_types::Text,
        post_id : ::btst_runtime::__private::diesel::sql_types::Text, tag_id :
        ::btst_runtime::__private::diesel::sql_types::Text, }
    }
    /// The fields a client sends to create a [`PostTag`].
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
    pub struct NewPostTag {}
    impl __btst::NewRecord for NewPostTag {
        type Model = PostTag;
        fn into_model(self, _now: __btst::Timestamp) -> PostTag {
            let input = self;
            PostTag {
                id: __btst::new_id(),
                post_id: ::core::default::Default::default(),
                tag_id: ::core::default::Default::default(),
            }
        }
    }
    impl __btst::Input for NewPostTag {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<PostTag as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            true
        }
    }
    impl __btst::ApiSchema for NewPostTag {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<PostTag as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`PostTag`]; each one optional.
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
    pub struct PostTagPatch {}
    impl __btst::PatchRecord for PostTagPatch {
        type Model = PostTag;
        fn apply(self, _row: &mut PostTag, _now: __btst::Timestamp) {}
    }
    impl __btst::Input for PostTagPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<PostTag as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            true
        }
    }
    impl __btst::ApiSchema for PostTagPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<PostTag as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    impl __btst::Model for PostTag {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "PostTag",
            table: "blog_post_tag",
            doc: "A post's tag.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("post_id", "postId", __btst::FieldType::Text)
                    .readonly()
                    .references("Post", "blog_post", __btst::OnDelete::Cascade)
                    .index()
                    .stamped()
                    .doc("The post."),
                __btst::FieldMeta::new("tag_id", "tagId", __btst::FieldType::Text)
                    .readonly()
                    .references("Tag", "blog_tag", __btst::OnDelete::Cascade)
                    .stamped()
                    .doc("The tag."),
            ],
            indexes: &[&["tag_id", "post_id"]],
        };
        type New = NewPostTag;
        type Patch = PostTagPatch;
    }
    impl __btst::ApiSchema for PostTag {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    __btst::impl_crud!(
        PostTag, post_tag, { id : "id", post_id : "postId", tag_id : "tagId", }
    );
    /// A post with its tags.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    #[serde(crate = "btst_runtime::serde", rename_all = "camelCase")]
    pub struct PostWithTags {
        /// The post.
        #[serde(flatten)]
        pub post: Post,
        /// Its tags, by name.
        pub tags: Vec<Tag>,
    }
    impl ApiSchema for PostWithTags {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            with_fields(
                schemas,
                "PostWithTags",
                Post::schema,
                &[("tags", "Its tags, by name.", Vec::<Tag>::schema)],
            )
        }
    }
    /// The fields sortable by `sort`.
    pub const SORTABLE: [&str; 4] = ["createdAt", "updatedAt", "publishedAt", "title"];
    /// `GET /posts`'s query: filters, page and order.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct PostQuery {
        /// Only published (`true`) or draft (`false`) posts.
        pub published: Option<bool>,
        /// Only posts with the tag of this slug.
        pub tag: Option<String>,
        /// Only posts whose title or content contains this text, ignoring case.
        pub q: Option<String>,
        /// The page.
        pub page: Page,
        /// The order (default newest first).
        pub sort: Sort,
    }
    impl Default for PostQuery {
        fn default() -> Self {
            Self {
                published: None,
                tag: None,
                q: None,
                page: Page::default(),
                sort: Sort::desc("createdAt"),
            }
        }
    }
    impl QueryParams for PostQuery {
        fn parse(query: &str) -> ApiResult<Self> {
            let mut query = QueryReader::new(query)?;
            let parsed = Self {
                published: query.boolean("published"),
                tag: query.text("tag"),
                q: query.text("q"),
                page: query.page(),
                sort: query.sort("sort", &SORTABLE).unwrap_or(Sort::desc("createdAt")),
            };
            query.finish()?;
            Ok(parsed)
        }
        fn parameters() -> Vec<Parameter> {
            let mut parameters = vec![
                query_parameter::< bool > ("published",
                "Only published (`true`) or draft (`false`) posts.",), query_parameter::<
                String > ("tag", "Only posts with the tag of this slug."),
                query_parameter::< String > ("q",
                "Only posts whose title or content contains this text, ignoring case.",),
                sort_parameter("sort", & SORTABLE, "-createdAt"),
            ];
            parameters.extend(Page::parameters());
            parameters
        }
    }
    /// A post to create, with the names of its tags (missing tags are created).
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[serde(crate = "btst_runtime::serde", rename_all = "camelCase")]
    pub struct CreatePost {
        /// The post's fields.
        #[serde(flatten)]
        pub post: NewPost,
        /// Its tags, by name.
        #[serde(default)]
        pub tags: Vec<String>,
    }
    /// Changes to a post; `tags`, when present, replaces its tags.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[serde(crate = "btst_runtime::serde", rename_all = "camelCase")]
    pub struct UpdatePost {
        /// The fields to change.
        #[serde(flatten)]
        pub post: PostPatch,
        /// Its new tags, by name.
        #[serde(default)]
        pub tags: Option<Vec<String>>,
    }
    /// `tags`: at most [`MAX_TAGS`] names, each 1 to 50 characters with a letter or digit.
    fn check_tags(value: &JsonValue, issues: &mut Vec<Issue>) {
        let Some(tags) = value.get("tags") else {
            return;
        };
        let Some(tags) = tags.as_array() else {
            issues.push(Issue::new("tags", "expected an array of tag names"));
            return;
        };
        if tags.len() > MAX_TAGS {
            issues.push(Issue::new("tags", format!("at most {MAX_TAGS} tags")));
        }
        for tag in tags {
            match tag.as_str() {
                Some(name) if !(1..=50).contains(&name.chars().count()) => {
                    issues.push(Issue::new("tags", "a tag name is 1 to 50 characters"));
                }
                Some(name) if name.contains('\0') || slugify(name).is_empty() => {
                    issues
                        .push(
                            Issue::new(
                                "tags",
                                "a tag name needs an ASCII letter or digit (A-Z, a-z, 0-9)",
                            ),
                        );
                }
                Some(_) => {}
                None => issues.push(Issue::new("tags", "expected an array of tag names")),
            }
        }
    }
    fn tags_schema(schemas: &mut Schemas) -> RefOr<Schema> {
        let _ = schemas;
        btst_runtime::utoipa::openapi::schema::ArrayBuilder::new()
            .items(
                btst_runtime::utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(btst_runtime::utoipa::openapi::schema::Type::String)
                    .min_length(Some(1))
                    .max_length(Some(50))
                    .pattern(Some("^[^\\u0000]*[A-Za-z0-9][^\\u0000]*$")),
            )
            .max_items(Some(MAX_TAGS))
            .into()
    }
    impl Input for CreatePost {
        fn check(value: &JsonValue, issues: &mut Vec<Issue>) {
            check_model_input_with(
                &Post::META,
                InputKind::Create,
                value,
                &["tags"],
                issues,
            );
            check_tags(value, issues);
        }
    }
    impl ApiSchema for CreatePost {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            input_schema_with(
                &Post::META,
                InputKind::Create,
                "CreatePost",
                "A post to create, with the names of its tags (missing tags are created).",
                &[("tags", "Its tags, by name.", tags_schema, false)],
                schemas,
            )
        }
    }
    impl Input for UpdatePost {
        fn check(value: &JsonValue, issues: &mut Vec<Issue>) {
            check_model_input_with(
                &Post::META,
                InputKind::Update,
                value,
                &["tags"],
                issues,
            );
            check_tags(value, issues);
        }
    }
    impl ApiSchema for UpdatePost {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            input_schema_with(
                &Post::META,
                InputKind::Update,
                "UpdatePost",
                "Changes to a post; all optional. `tags`, when present, replaces its tags.",
                &[("tags", "Its new tags, by name.", tags_schema, false)],
                schemas,
            )
        }
    }
    /// Posts, filtered, paged and sorted, each with its tags.
    pub async fn list_posts(
        db: Db,
        query: Query<PostQuery>,
    ) -> ApiResult<Vec<PostWithTags>> {
        find_posts(db, query.into_inner()).await
    }
    /// One post by its slug, with its tags.
    pub async fn get_post(db: Db, slug: Path<String>) -> ApiResult<PostWithTags> {
        find_post(db, slug.into_inner())
            .await?
            .ok_or_else(|| ApiError::not_found("no Post with this slug"))
    }
    /// Creates a post and its missing tags, all in one transaction.
    pub async fn create_post(db: Db, body: Json<CreatePost>) -> ApiResult<PostWithTags> {
        let CreatePost { post, tags } = body.into_inner();
        let post = post.into_model(Timestamp::now());
        db.transaction(move |conn| {
                Post::insert(conn, &post)?;
                let tags = set_tags(conn, &post.id, &tags)?;
                Ok::<_, ApiError>(PostWithTags { post, tags })
            })
            .await
    }
    /// Changes a post (by slug); `tags`, when present, replaces its tags.
    pub async fn update_post(
        db: Db,
        slug: Path<String>,
        body: Json<UpdatePost>,
    ) -> ApiResult<PostWithTags> {
        let (slug, UpdatePost { post: patch, tags }) = (
            slug.into_inner(),
            body.into_inner(),
        );
        let now = Timestamp::now();
        db.transaction(move |conn| {
                let mut post = post_by_slug(conn, &slug)?;
                btst_runtime::PatchRecord::apply(patch, &mut post, now);
                Post::save(conn, &post)?;
                let tags = match tags {
                    Some(names) => {
                        btst_runtime::diesel::delete(
                                post_tag::table.filter(post_tag::post_id.eq(&post.id)),
                            )
                            .execute(conn)?;
                        set_tags(conn, &post.id, &names)?
                    }
                    None => {
                        tags_of(conn, &[post.id.as_str()])?
                            .into_iter()
                            .map(|(_, tag)| tag)
                            .collect()
                    }
                };
                Ok::<_, ApiError>(PostWithTags { post, tags })
            })
            .await
    }
    /// Deletes a post (by slug) and its tag links.
    pub async fn delete_post(db: Db, slug: Path<String>) -> ApiResult<Deleted> {
        let slug = slug.into_inner();
        db.transaction(move |conn| {
                let post = post_by_slug(conn, &slug)?;
                Post::delete(conn, &post.id)?;
                Ok::<_, ApiError>(Deleted { success: true })
            })
            .await
    }
    /// Every tag, by name.
    pub async fn list_tags(db: Db) -> ApiResult<Vec<Tag>> {
        db.run(|conn| {
                tag::table.order(tag::name.asc()).select(Tag::as_select()).load(conn)
            })
            .await
    }
    /// Posts as `GET /posts` lists them (bypasses hooks through `RawApi`).
    pub async fn get_all_posts(
        db: Db,
        query: PostQuery,
    ) -> ApiResult<Vec<PostWithTags>> {
        find_posts(db, query).await
    }
    /// One post by slug, or `None` (bypasses hooks through `RawApi`).
    pub async fn get_post_by_slug(
        db: Db,
        slug: String,
    ) -> ApiResult<Option<PostWithTags>> {
        find_post(db, slug).await
    }
    async fn find_posts(db: Db, query: PostQuery) -> ApiResult<Vec<PostWithTags>> {
        db.run(move |conn| {
                let mut posts = post::table.select(Post::as_select()).into_boxed();
                if let Some(published) = query.published {
                    posts = posts.filter(post::published.eq(published));
                }
                if let Some(slug) = &query.tag {
                    let tagged = post_tag::table
                        .inner_join(tag::table)
                        .filter(tag::slug.eq(slug.clone()))
                        .select(post_tag::post_id);
                    posts = posts.filter(post::id.eq_any(tagged));
                }
                if let Some(text) = &query.q {
                    posts = posts
                        .filter(
                            contains_ignoring_case(post::title, text)
                                .or(contains_ignoring_case(post::content, text)),
                        );
                }
                posts = match (query.sort.field, query.sort.descending) {
                    ("updatedAt", false) => posts.order(post::updated_at.asc()),
                    ("updatedAt", true) => posts.order(post::updated_at.desc()),
                    ("publishedAt", false) => posts.order(post::published_at.asc()),
                    ("publishedAt", true) => posts.order(post::published_at.desc()),
                    ("title", false) => posts.order(post::title.asc()),
                    ("title", true) => posts.order(post::title.desc()),
                    (_, false) => posts.order(post::created_at.asc()),
                    (_, true) => posts.order(post::created_at.desc()),
                };
                posts = if ListOptions::ties_descending(
                    std::slice::from_ref(&query.sort),
                ) {
                    posts.then_order_by(post::id.desc())
                } else {
                    posts.then_order_by(post::id.asc())
                };
                let posts: Vec<Post> = posts
                    .limit(query.page.limit)
                    .offset(query.page.offset)
                    .load(conn)?;
                with_tags(conn, posts)
            })
            .await
    }
    async fn find_post(db: Db, slug: String) -> ApiResult<Option<PostWithTags>> {
        db.run(move |conn| {
                let post = post::table
                    .filter(post::slug.eq(slug))
                    .select(Post::as_select())
                    .first(conn)
                    .optional()?;
                Ok::<_, ApiError>(with_tags(conn, post.into_iter().collect())?.pop())
            })
            .await
    }
    fn post_by_slug(conn: &mut AnyConnection, slug: &str) -> ApiResult<Post> {
        post::table
            .filter(post::slug.eq(slug))
            .select(Post::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_found("no Post with this slug"))
    }
    /// `(post id, tag)` for the posts `ids`, tags by name.
    fn tags_of(
        conn: &mut AnyConnection,
        ids: &[&str],
    ) -> QueryResult<Vec<(String, Tag)>> {
        post_tag::table
            .inner_join(tag::table)
            .filter(post_tag::post_id.eq_any(ids))
            .order(tag::name.asc())
            .select((post_tag::post_id, Tag::as_select()))
            .load(conn)
    }
    fn with_tags(
        conn: &mut AnyConnection,
        posts: Vec<Post>,
    ) -> ApiResult<Vec<PostWithTags>> {
        let ids: Vec<&str> = posts.iter().map(|post| post.id.as_str()).collect();
        let links = tags_of(conn, &ids)?;
        Ok(
            posts
                .into_iter()
                .map(|post| PostWithTags {
                    tags: links
                        .iter()
                        .filter(|(post_id, _)| *post_id == post.id)
                        .map(|(_, tag)| tag.clone())
                        .collect(),
                    post,
                })
                .collect(),
        )
    }
    /// Links the post to the tags named (creating the missing ones); the tags, by name.
    fn set_tags(
        conn: &mut AnyConnection,
        post_id: &str,
        names: &[String],
    ) -> ApiResult<Vec<Tag>> {
        let mut tags: Vec<Tag> = Vec::new();
        for name in names {
            let slug = slugify(name);
            if tags.iter().any(|tag| tag.slug == slug) {
                continue;
            }
            let new = Tag {
                id: new_id(),
                name: name.trim().to_owned(),
                slug: slug.clone(),
                created_at: Timestamp::now(),
            };
            let tag = Tag::find_or_create(
                conn,
                new,
                |conn| {
                    tag::table
                        .filter(tag::slug.eq(&slug))
                        .select(Tag::as_select())
                        .first(conn)
                        .optional()
                },
            )?;
            let link = PostTag {
                id: new_id(),
                post_id: post_id.to_owned(),
                tag_id: tag.id.clone(),
            };
            PostTag::insert(conn, &link)?;
            tags.push(tag);
        }
        tags.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(tags)
    }
    __btst::diesel::joinable!(post_tag -> post(post_id));
    __btst::diesel::joinable!(post_tag -> tag(tag_id));
    __btst::diesel::allow_tables_to_appear_in_same_query!(post, tag);
    __btst::diesel::allow_tables_to_appear_in_same_query!(post, post_tag);
    __btst::diesel::allow_tables_to_appear_in_same_query!(tag, post_tag);
    /// The hooks of the `blog` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_posts`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_list_posts(
            &self,
            context: &__btst::HookContext<'_>,
            query: &PostQuery,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_posts`] succeeded, with its result; an error fails the request.
        async fn after_list_posts(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<PostWithTags>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_posts`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_list_posts_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`get_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_get_post(
            &self,
            context: &__btst::HookContext<'_>,
            slug: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`get_post`] succeeded, with its result; an error fails the request.
        async fn after_get_post(
            &self,
            context: &__btst::HookContext<'_>,
            result: &PostWithTags,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`get_post`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_get_post_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`create_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_create_post(
            &self,
            context: &__btst::HookContext<'_>,
            body: &CreatePost,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_create_post(
            &self,
            context: &__btst::HookContext<'_>,
            result: &PostWithTags,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_create_post_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &PostWithTags,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_post`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_create_post_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`update_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_update_post(
            &self,
            context: &__btst::HookContext<'_>,
            slug: &String,
            body: &UpdatePost,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_update_post(
            &self,
            context: &__btst::HookContext<'_>,
            result: &PostWithTags,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_update_post_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &PostWithTags,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_post`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_update_post_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`delete_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_delete_post(
            &self,
            context: &__btst::HookContext<'_>,
            slug: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_delete_post(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_delete_post_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_post`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_delete_post_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`list_tags`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_list_tags(
            &self,
            context: &__btst::HookContext<'_>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_tags`] succeeded, with its result; an error fails the request.
        async fn after_list_tags(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<Tag>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_tags`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_list_tags_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before the getter [`get_all_posts`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_get_all_posts(
            &self,
            context: &__btst::HookContext<'_>,
            query: &PostQuery,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs before the getter [`get_post_by_slug`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_get_post_by_slug(
            &self,
            context: &__btst::HookContext<'_>,
            slug: &String,
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
    /// The `blog` plugin, with the hooks `H`. Add it to a Stack with `.plugin(blog::plugin())`.
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
            f.debug_struct("Plugin").field("name", &"blog").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "blog"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[
                <Post as __btst::Model>::META,
                <Tag as __btst::Model>::META,
                <PostTag as __btst::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "blog",
                "Posts and their tags.",
                ::std::vec::Vec::from([
                    <list_posts as __btst::Endpoint<H>>::META,
                    <get_post as __btst::Endpoint<H>>::META,
                    <create_post as __btst::Endpoint<H>>::META,
                    <update_post as __btst::Endpoint<H>>::META,
                    <delete_post as __btst::Endpoint<H>>::META,
                    <list_tags as __btst::Endpoint<H>>::META,
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
                    __btst::route::<list_posts, H>(&self.hooks, transactional),
                    __btst::route::<get_post, H>(&self.hooks, transactional),
                    __btst::route::<create_post, H>(&self.hooks, transactional),
                    __btst::route::<update_post, H>(&self.hooks, transactional),
                    __btst::route::<delete_post, H>(&self.hooks, transactional),
                    __btst::route::<list_tags, H>(&self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`list_posts()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct list_posts {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for list_posts {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/posts",
                "list_posts",
                200u16,
                <Vec<PostWithTags> as __btst::ApiSchema>::schema,
            )
            .doc("Posts, filtered, paged and sorted, each with its tags.", "")
            .query(<PostQuery as __btst::QueryParams>::parameters)
            .errors(&[400u16, 403u16, 500u16, 503u16]);
        type Path = ();
        type Args = (Query<PostQuery>,);
        type Output = Vec<PostWithTags>;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<PostWithTags>>> {
            list_posts(db, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_list_posts(context, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<PostWithTags>,
        ) -> impl __btst::HookFuture {
            hooks.after_list_posts(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_list_posts_error(context, error)
        }
    }
    /// The endpoint [`get_post()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct get_post {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for get_post {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/posts/{slug}",
                "get_post",
                200u16,
                <PostWithTags as __btst::ApiSchema>::schema,
            )
            .doc("One post by its slug, with its tags.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "slug",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16]);
        type Path = (Path<String>,);
        type Args = ();
        type Output = PostWithTags;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<PostWithTags>> {
            get_post(db, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_get_post(context, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &PostWithTags,
        ) -> impl __btst::HookFuture {
            hooks.after_get_post(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_get_post_error(context, error)
        }
    }
    /// The endpoint [`create_post()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct create_post {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for create_post {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/posts",
                "create_post",
                201u16,
                <PostWithTags as __btst::ApiSchema>::schema,
            )
            .doc("Creates a post and its missing tags, all in one transaction.", "")
            .body(<CreatePost as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 409u16, 413u16, 415u16, 500u16, 503u16]);
        type Path = ();
        type Args = (Json<CreatePost>,);
        type Output = PostWithTags;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<PostWithTags>> {
            create_post(db, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_create_post(context, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &PostWithTags,
        ) -> impl __btst::HookFuture {
            hooks.after_create_post(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &PostWithTags,
        ) -> impl __btst::HookFuture {
            hooks.after_create_post_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_create_post_error(context, error)
        }
    }
    /// The endpoint [`update_post()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct update_post {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for update_post {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Put,
                "/posts/{slug}",
                "update_post",
                200u16,
                <PostWithTags as __btst::ApiSchema>::schema,
            )
            .doc(
                "Changes a post (by slug); `tags`, when present, replaces its tags.",
                "",
            )
            .path_params(
                &[
                    __btst::PathParam {
                        name: "slug",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<UpdatePost as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 409u16, 413u16, 415u16, 500u16, 503u16]);
        type Path = (Path<String>,);
        type Args = (Json<UpdatePost>,);
        type Output = PostWithTags;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<PostWithTags>> {
            update_post(db, path.0, args.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_update_post(context, &path.0, &args.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &PostWithTags,
        ) -> impl __btst::HookFuture {
            hooks.after_update_post(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &PostWithTags,
        ) -> impl __btst::HookFuture {
            hooks.after_update_post_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_update_post_error(context, error)
        }
    }
    /// The endpoint [`delete_post()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct delete_post {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for delete_post {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Delete,
                "/posts/{slug}",
                "delete_post",
                200u16,
                <Deleted as __btst::ApiSchema>::schema,
            )
            .doc("Deletes a post (by slug) and its tag links.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "slug",
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
            delete_post(db, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_delete_post(context, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_post(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_post_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_delete_post_error(context, error)
        }
    }
    /// The endpoint [`list_tags()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct list_tags {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for list_tags {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/tags",
                "list_tags",
                200u16,
                <Vec<Tag> as __btst::ApiSchema>::schema,
            )
            .doc("Every tag, by name.", "")
            .errors(&[403u16, 500u16, 503u16]);
        type Path = ();
        type Args = ();
        type Output = Vec<Tag>;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            _: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<Tag>>> {
            list_tags(db)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            _: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_list_tags(context)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<Tag>,
        ) -> impl __btst::HookFuture {
            hooks.after_list_tags(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_list_tags_error(context, error)
        }
    }
    /// The server-side getters of the `blog` plugin, called without HTTP: `stack.api::<blog::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
        /// Posts as `GET /posts` lists them (bypasses hooks through `RawApi`).
        pub async fn get_all_posts(
            &self,
            query: PostQuery,
        ) -> ApiResult<Vec<PostWithTags>> {
            get_all_posts(::core::clone::Clone::clone(&self.db), query).await
        }
        /// One post by slug, or `None` (bypasses hooks through `RawApi`).
        pub async fn get_post_by_slug(
            &self,
            slug: String,
        ) -> ApiResult<Option<PostWithTags>> {
            get_post_by_slug(::core::clone::Clone::clone(&self.db), slug).await
        }
    }
    /// The server-side getters of the `blog` plugin with their hooks: `stack.api::<blog::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("blog");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {
        /// Posts as `GET /posts` lists them (bypasses hooks through `RawApi`).
        ///
        /// Runs `Hooks::before_get_all_posts` as `identity` (an error denies the call), then [`get_all_posts`].
        pub async fn get_all_posts(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
            query: PostQuery,
        ) -> ApiResult<Vec<PostWithTags>> {
            let context = __btst::HookContext::server(
                "get_all_posts",
                identity,
                &self.db,
            );
            self.hooks.before_get_all_posts(&context, &query).await?;
            get_all_posts(::core::clone::Clone::clone(&self.db), query).await
        }
        /// One post by slug, or `None` (bypasses hooks through `RawApi`).
        ///
        /// Runs `Hooks::before_get_post_by_slug` as `identity` (an error denies the call), then [`get_post_by_slug`].
        pub async fn get_post_by_slug(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
            slug: String,
        ) -> ApiResult<Option<PostWithTags>> {
            let context = __btst::HookContext::server(
                "get_post_by_slug",
                identity,
                &self.db,
            );
            self.hooks.before_get_post_by_slug(&context, &slug).await?;
            get_post_by_slug(::core::clone::Clone::clone(&self.db), slug).await
        }
    }
}
