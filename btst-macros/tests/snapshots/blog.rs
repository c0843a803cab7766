/// Posts and their tags.
pub mod blog {
    #[allow(unused_imports)]
    use ::btst_runtime::__private::scope::*;
    use btst_runtime::backend::AnyConnection;
    use btst_runtime::db::Crud;
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::extract::{
        QueryParams, QueryReader, query_parameter, sort_parameter,
    };
    use btst_runtime::model::{NewRecord, new_id};
    use btst_runtime::openapi::{ApiSchema, Schemas, input_schema_with, with_fields};
    use btst_runtime::prelude::*;
    use btst_runtime::serde;
    use btst_runtime::utoipa::openapi::path::Parameter;
    use btst_runtime::utoipa::openapi::{RefOr, schema::Schema};
    use btst_runtime::validate::{InputKind, check_model_input_with};
    use super::{MAX_TAGS, slugify};
    /// A blog post.
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
    ::btst_runtime::__private::table! {
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::NewRecord for NewPost {
        type Model = Post;
        fn into_model(self, now: ::btst_runtime::__private::Timestamp) -> Post {
            let input = self;
            Post {
                id: ::btst_runtime::__private::new_id(),
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
    impl ::btst_runtime::__private::Input for NewPost {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Post as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Post as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.content,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.slug,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.published,
                    &fields[4usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.published_at,
                    &fields[5usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewPost {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Post as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::PatchRecord for PostPatch {
        type Model = Post;
        fn apply(self, row: &mut Post, now: ::btst_runtime::__private::Timestamp) {
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
    impl ::btst_runtime::__private::Input for PostPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Post as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Post as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.content,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.slug,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.published,
                    &fields[4usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.published_at,
                    &fields[5usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for PostPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Post as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for Post {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "Post",
            table: "blog_post",
            doc: "A blog post.",
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
                    .doc("Its title."),
                ::btst_runtime::__private::FieldMeta::new(
                        "content",
                        "content",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(100000u32),
                    )
                    .doc("The body, in Markdown."),
                ::btst_runtime::__private::FieldMeta::new(
                        "slug",
                        "slug",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .unique()
                    .path_segment()
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("Its address (`/posts/{slug}`): unique; not `.` or `..`."),
                ::btst_runtime::__private::FieldMeta::new(
                        "published",
                        "published",
                        ::btst_runtime::__private::FieldType::Bool,
                    )
                    .default(::btst_runtime::__private::DefaultValue::Bool(false))
                    .doc("Whether readers see it."),
                ::btst_runtime::__private::FieldMeta::new(
                        "published_at",
                        "publishedAt",
                        ::btst_runtime::__private::FieldType::Timestamp,
                    )
                    .nullable()
                    .doc("When it was published."),
                ::btst_runtime::__private::FieldMeta::new(
                        "created_at",
                        "createdAt",
                        ::btst_runtime::__private::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(::btst_runtime::__private::DefaultValue::Now)
                    .doc("When it was created."),
                ::btst_runtime::__private::FieldMeta::new(
                        "updated_at",
                        "updatedAt",
                        ::btst_runtime::__private::FieldType::Timestamp,
                    )
                    .readonly()
                    .default(::btst_runtime::__private::DefaultValue::Now)
                    .on_update_now()
                    .doc("When it last changed."),
            ],
            indexes: &[],
        };
        type New = NewPost;
        type Patch = PostPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for Post {
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
        Post, post, { id : "id", title : "title", content : "content", slug : "slug",
        published : "published", published_at : "publishedAt", created_at : "createdAt",
        updated_at : "updatedAt", }
    );
    /// A tag; created by the posts that name it.
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
        /// Its name, as first written.
        pub name: String,
        /// Its address, from the name.
        pub slug: String,
        /// When it was created.
        pub created_at: Timestamp,
    }
    ::btst_runtime::__private::table! {
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::NewRecord for NewTag {
        type Model = Tag;
        fn into_model(self, now: ::btst_runtime::__private::Timestamp) -> Tag {
            let input = self;
            Tag {
                id: ::btst_runtime::__private::new_id(),
                name: input.name,
                slug: ::core::default::Default::default(),
                created_at: now,
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
        /// Its name, as first written.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub name: ::core::option::Option<String>,
    }
    impl ::btst_runtime::__private::PatchRecord for TagPatch {
        type Model = Tag;
        fn apply(self, row: &mut Tag, _now: ::btst_runtime::__private::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
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
            table: "blog_tag",
            doc: "A tag; created by the posts that name it.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "name",
                        "name",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .unique()
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(50u32),
                    )
                    .doc("Its name, as first written."),
                ::btst_runtime::__private::FieldMeta::new(
                        "slug",
                        "slug",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .unique()
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(100u32),
                    )
                    .doc("Its address, from the name."),
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
        Tag, tag, { id : "id", name : "name", slug : "slug", created_at : "createdAt", }
    );
    /// A post's tag.
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
    #[diesel(table_name = post_tag, treat_none_as_null = true)]
    pub struct PostTag {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// The post.
        pub post_id: String,
        /// The tag.
        pub tag_id: String,
    }
    ::btst_runtime::__private::table! {
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
        ::btst_runtime::__private::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct NewPostTag {}
    impl ::btst_runtime::__private::NewRecord for NewPostTag {
        type Model = PostTag;
        fn into_model(self, _now: ::btst_runtime::__private::Timestamp) -> PostTag {
            let input = self;
            PostTag {
                id: ::btst_runtime::__private::new_id(),
                post_id: ::core::default::Default::default(),
                tag_id: ::core::default::Default::default(),
            }
        }
    }
    impl ::btst_runtime::__private::Input for NewPostTag {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<PostTag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            true
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewPostTag {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<PostTag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
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
        ::btst_runtime::__private::serde::Deserialize
    )]
    #[serde(
        crate = "::btst_runtime::__private::serde",
        rename_all = "camelCase",
        deny_unknown_fields
    )]
    pub struct PostTagPatch {}
    impl ::btst_runtime::__private::PatchRecord for PostTagPatch {
        type Model = PostTag;
        fn apply(self, _row: &mut PostTag, _now: ::btst_runtime::__private::Timestamp) {}
    }
    impl ::btst_runtime::__private::Input for PostTagPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<PostTag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            true
        }
    }
    impl ::btst_runtime::__private::ApiSchema for PostTagPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<PostTag as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for PostTag {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "PostTag",
            table: "blog_post_tag",
            doc: "A post's tag.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "post_id",
                        "postId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .readonly()
                    .references(
                        "Post",
                        "blog_post",
                        ::btst_runtime::__private::OnDelete::Cascade,
                    )
                    .index()
                    .stamped()
                    .doc("The post."),
                ::btst_runtime::__private::FieldMeta::new(
                        "tag_id",
                        "tagId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .readonly()
                    .references(
                        "Tag",
                        "blog_tag",
                        ::btst_runtime::__private::OnDelete::Cascade,
                    )
                    .stamped()
                    .doc("The tag."),
            ],
            indexes: &[&["tag_id", "post_id"]],
        };
        type New = NewPostTag;
        type Patch = PostTagPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for PostTag {
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
                btst_runtime::model::PatchRecord::apply(patch, &mut post, now);
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
    ::btst_runtime::__private::diesel::joinable!(post_tag -> post(post_id));
    ::btst_runtime::__private::diesel::joinable!(post_tag -> tag(tag_id));
    ::btst_runtime::__private::diesel::allow_tables_to_appear_in_same_query!(post, tag);
    ::btst_runtime::__private::diesel::allow_tables_to_appear_in_same_query!(
        post, post_tag
    );
    ::btst_runtime::__private::diesel::allow_tables_to_appear_in_same_query!(
        tag, post_tag
    );
    /// The hooks of the `blog` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`. Every method defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`.
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_posts`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_list_posts(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            query: &PostQuery,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, query);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_posts`] succeeded, with its result; an error fails the request.
        fn after_list_posts(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<PostWithTags>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_posts`] or its `after_` hook failed (not when a before hook denied it).
        fn on_list_posts_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`get_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_get_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            slug: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, slug);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`get_post`] succeeded, with its result; an error fails the request.
        fn after_get_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &PostWithTags,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`get_post`] or its `after_` hook failed (not when a before hook denied it).
        fn on_get_post_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`create_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_create_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            body: &CreatePost,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_create_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &PostWithTags,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_create_post_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &PostWithTags,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_post`] or its `after_` hook failed (not when a before hook denied it).
        fn on_create_post_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`update_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_update_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            slug: &String,
            body: &UpdatePost,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, slug, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_update_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &PostWithTags,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_update_post_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &PostWithTags,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_post`] or its `after_` hook failed (not when a before hook denied it).
        fn on_update_post_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`delete_post`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_delete_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            slug: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, slug);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_post`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_delete_post(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_post`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_delete_post_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_post`] or its `after_` hook failed (not when a before hook denied it).
        fn on_delete_post_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`list_tags`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_list_tags(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context,);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_tags`] succeeded, with its result; an error fails the request.
        fn after_list_tags(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<Tag>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_tags`] or its `after_` hook failed (not when a before hook denied it).
        fn on_list_tags_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before the getter [`get_all_posts`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_get_all_posts(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            query: &PostQuery,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, query);
            ::core::result::Result::Ok(())
        }
        /// Runs before the getter [`get_post_by_slug`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_get_post_by_slug(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            slug: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, slug);
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
    /// The `blog` plugin. Add it to a Stack with `.plugin(blog::plugin())`.
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
            f.debug_struct("Plugin").field("name", &"blog").finish_non_exhaustive()
        }
    }
    impl ::btst_runtime::__private::Plugin for Plugin {
        fn name(&self) -> &'static str {
            "blog"
        }
        fn models(&self) -> &'static [::btst_runtime::__private::ModelMeta] {
            const MODELS: &[::btst_runtime::__private::ModelMeta] = &[
                <Post as ::btst_runtime::__private::Model>::META,
                <Tag as ::btst_runtime::__private::Model>::META,
                <PostTag as ::btst_runtime::__private::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> ::btst_runtime::__private::PluginDoc {
            const ENDPOINTS: &[::btst_runtime::__private::EndpointMeta] = &[
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/posts",
                    operation_id: "list_posts",
                    summary: "Posts, filtered, paged and sorted, each with its tags.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::Some(
                        <PostQuery as ::btst_runtime::__private::QueryParams>::parameters,
                    ),
                    body: ::core::option::Option::None,
                    response: <Vec<
                        PostWithTags,
                    > as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/posts/{slug}",
                    operation_id: "get_post",
                    summary: "One post by its slug, with its tags.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "slug",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <PostWithTags as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/posts",
                    operation_id: "create_post",
                    summary: "Creates a post and its missing tags, all in one transaction.",
                    description: "",
                    status: 201u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <CreatePost as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <PostWithTags as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 409u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Put,
                    path: "/posts/{slug}",
                    operation_id: "update_post",
                    summary: "Changes a post (by slug); `tags`, when present, replaces its tags.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "slug",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <UpdatePost as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <PostWithTags as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[
                        400u16, 403u16, 404u16, 409u16, 413u16, 415u16, 500u16, 503u16,
                    ],
                    extractors: &[],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Delete,
                    path: "/posts/{slug}",
                    operation_id: "delete_post",
                    summary: "Deletes a post (by slug) and its tag links.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "slug",
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
                    path: "/tags",
                    operation_id: "list_tags",
                    summary: "Every tag, by name.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <Vec<Tag> as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[403u16, 500u16, 503u16],
                    extractors: &[],
                },
            ];
            ::btst_runtime::__private::PluginDoc {
                name: "blog",
                doc: "Posts and their tags.",
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
                            "/posts",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Post,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_list_posts),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_create_post),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tags",
                            &[::btst_runtime::__private::Method::Get],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_list_tags),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/posts/{slug}",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Put,
                                ::btst_runtime::__private::Method::Delete,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_get_post),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Put
                                .route()
                                .to(__btst_handle_update_post),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Delete
                                .route()
                                .to(__btst_handle_delete_post),
                        ),
                );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The actix handler of [`list_posts`].
    #[doc(hidden)]
    async fn __btst_handle_list_posts(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        db: Db,
        query: Query<PostQuery>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "list_posts",
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
                    .before_list_posts(&__btst_context, &query)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = list_posts(db, query).await?;
                __btst_hooks.after_list_posts(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "list_posts",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_list_posts_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`get_post`].
    #[doc(hidden)]
    async fn __btst_handle_get_post(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        db: Db,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (slug, __btst_context) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "slug")?,
                ::btst_runtime::__private::HookContext::new(&__btst_request, "get_post")?,
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
                    .before_get_post(&__btst_context, &slug)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = get_post(db, slug).await?;
                __btst_hooks.after_get_post(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "get_post",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_get_post_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`create_post`].
    #[doc(hidden)]
    async fn __btst_handle_create_post(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<CreatePost>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "create_post",
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
                    .before_create_post(&__btst_context, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = create_post(db, body).await?;
                __btst_hooks.after_create_post(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            201u16,
            ::btst_runtime::__private::finish_write(
                    "create_post",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_create_post_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_create_post_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`update_post`].
    #[doc(hidden)]
    async fn __btst_handle_update_post(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        body: Json<UpdatePost>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (slug, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "slug")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "update_post",
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
                    .before_update_post(&__btst_context, &slug, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = update_post(db, slug, body).await?;
                __btst_hooks.after_update_post(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "update_post",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_update_post_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_update_post_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`delete_post`].
    #[doc(hidden)]
    async fn __btst_handle_delete_post(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (slug, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "slug")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "delete_post",
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
                    .before_delete_post(&__btst_context, &slug)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = delete_post(db, slug).await?;
                __btst_hooks.after_delete_post(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "delete_post",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_delete_post_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_delete_post_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`list_tags`].
    #[doc(hidden)]
    async fn __btst_handle_list_tags(
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
                    "list_tags",
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
                    .before_list_tags(&__btst_context)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = list_tags(db).await?;
                __btst_hooks.after_list_tags(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "list_tags",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_list_tags_error(&__btst_context, error) },
            ),
        )
    }
    /// The server-side getters of the `blog` plugin, called without HTTP: `stack.api::<blog::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
                    "blog"
                )
            };
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl GuardedApi {
        /// Posts as `GET /posts` lists them (bypasses hooks through `RawApi`).
        ///
        /// Runs `Hooks::before_get_all_posts` as `identity` (an error denies the call), then [`get_all_posts`].
        pub async fn get_all_posts(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
            query: PostQuery,
        ) -> ApiResult<Vec<PostWithTags>> {
            let context = ::btst_runtime::__private::HookContext::server(
                "get_all_posts",
                identity,
            );
            self.hooks.before_get_all_posts(&context, &query)?;
            get_all_posts(::core::clone::Clone::clone(&self.db), query).await
        }
        /// One post by slug, or `None` (bypasses hooks through `RawApi`).
        ///
        /// Runs `Hooks::before_get_post_by_slug` as `identity` (an error denies the call), then [`get_post_by_slug`].
        pub async fn get_post_by_slug(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
            slug: String,
        ) -> ApiResult<Option<PostWithTags>> {
            let context = ::btst_runtime::__private::HookContext::server(
                "get_post_by_slug",
                identity,
            );
            self.hooks.before_get_post_by_slug(&context, &slug)?;
            get_post_by_slug(::core::clone::Clone::clone(&self.db), slug).await
        }
    }
}
