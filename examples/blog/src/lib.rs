//! BTST's Blog plugin on btst-rs: posts with tags, list queries, the full hook set in one
//! transaction per write, an identity provider, and server-side getters (raw and guarded).
//!
//! `cargo run -p blog-example` serves it under `/api/data` on a SQLite file. Reads are public;
//! a write needs `Authorization: Bearer <name>` (see [`stack`] and [`BlogGuard`]).

use std::sync::{Arc, Mutex};

use btst_runtime::prelude::*;
use btst_runtime::{StatusCode, identity};

/// Posts and their tags.
#[plugin(name = "blog", options = BlogOptions)]
pub mod blog {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    use btst_runtime::{AnyConnection, Crud, NewRecord, new_id};

    use super::slugify;

    /// What the app configures at install: `blog::plugin().options(BlogOptions { .. })`.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct BlogOptions {
        /// The most posts `GET /posts` answers: a larger `limit` is served this many, and the
        /// answer's `limit` says so. Default [`btst_runtime::MAX_LIMIT`] (100).
        pub max_page_size: i64,
    }

    impl Default for BlogOptions {
        fn default() -> Self {
            Self {
                max_page_size: btst_runtime::MAX_LIMIT,
            }
        }
    }

    /// A blog post.
    #[model]
    pub struct Post {
        /// Its title.
        #[field(length(min = 1, max = 200))]
        pub title: String,
        /// The body, in Markdown.
        #[field(length(max = 100_000))]
        pub content: String,
        /// A summary, shown in lists.
        #[field(default = "", length(max = 10_000))]
        pub excerpt: String,
        /// Its address (`GET /posts?slug=..`, and the page's path): unique; not `.` or `..`.
        #[field(unique, path_segment, length(min = 1, max = 200))]
        pub slug: String,
        /// The address of its cover image.
        #[field(length(max = 2000))]
        pub image: Option<String>,
        /// Whether readers see it.
        #[field(default = false)]
        pub published: bool,
        /// When it was published.
        pub published_at: Option<Timestamp>,
        /// When it was created.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
        /// When it last changed.
        #[field(default = now, on_update = now)]
        pub updated_at: Timestamp,
    }

    /// A tag; created by the posts that name it.
    #[model]
    pub struct Tag {
        /// Its name, as first written.
        #[field(unique, length(min = 1, max = 50))]
        pub name: String,
        /// Its address, from the name.
        #[field(unique, stamped, length(max = 100))]
        pub slug: String,
        /// When it was created.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
    }

    /// A post's tag.
    #[model(index(tag_id, post_id))]
    pub struct PostTag {
        /// The post.
        #[field(stamped, references = Post, on_delete = "cascade", index)]
        pub post_id: String,
        /// The tag.
        #[field(stamped, references = Tag, on_delete = "cascade")]
        pub tag_id: String,
    }

    /// A post with its tags.
    #[view]
    pub struct PostWithTags {
        /// The post.
        #[field(flatten)]
        pub post: Post,
        /// Its tags, by name.
        pub tags: Vec<Tag>,
    }

    /// `GET /posts`'s query (BTST's parameters, and `sort`): filters, page and order. Its
    /// `Serialize` writes the query string the typed client sends.
    #[query(model = Post)]
    pub struct PostQuery {
        /// Only the post with this slug (how BTST reads one post: `?slug=..&limit=1`).
        #[filter(eq)]
        pub slug: Option<String>,
        /// Only posts with the tag of this slug.
        pub tag_slug: Option<String>,
        /// Only posts whose title, content or excerpt contains this text, ignoring case.
        #[filter(contains(title, content, excerpt))]
        pub query: Option<String>,
        /// Only published (`true`) or draft (`false`) posts. Anonymous readers see published
        /// posts only.
        #[filter(eq)]
        pub published: Option<bool>,
        /// The order.
        #[sort(created_at, updated_at, published_at, title, default = "-created_at")]
        pub sort: Sort,
        /// The page.
        pub page: Page,
    }

    /// `GET /posts/next-previous`'s query: the date of the post whose neighbours are asked.
    #[query(model = Post)]
    pub struct NeighbourQuery {
        /// The `createdAt` of the post whose neighbours are asked.
        pub date: Timestamp,
    }

    /// The published posts created just before and just after a date.
    #[view]
    pub struct Neighbours {
        /// The newest published post created before the date, if any.
        pub previous: Option<PostWithTags>,
        /// The oldest published post created after the date, if any.
        pub next: Option<PostWithTags>,
    }

    /// A tag as a body names it: its name (`"rust"`), or BTST's object (`{"name": ..}`, or a
    /// stored tag's `{"id": .., "name": .., "slug": ..}`), of which the name counts.
    #[body(shorthand = name)]
    pub struct TagRef {
        /// The tag's name: 1 to 50 characters, with an ASCII letter or digit (its slug's).
        #[field(length(min = 1, max = 50), pattern = "[A-Za-z0-9]")]
        pub name: String,
        /// A stored tag's id, which BTST's client repeats (ignored).
        pub id: Option<String>,
        /// A stored tag's slug, which BTST's client repeats (ignored).
        pub slug: Option<String>,
    }

    /// A post to create, with its tags (missing tags are created).
    #[body]
    pub struct CreatePost {
        /// The post's fields.
        #[field(flatten)]
        pub post: NewPost,
        /// Its tags, at most 10: names, or `{"name": ..}` objects.
        #[field(length(max = 10))]
        pub tags: Option<Vec<TagRef>>,
    }

    /// Changes to a post; all optional. `tags`, when present, replaces its tags. (BTST's client
    /// also repeats the post's `id`: accepted when it is the path's.)
    #[body]
    pub struct UpdatePost {
        /// The fields to change.
        #[field(flatten)]
        pub post: PostPatch,
        /// Its new tags, at most 10: names, or `{"name": ..}` objects.
        #[field(length(max = 10))]
        pub tags: Option<Vec<TagRef>>,
        /// The post's id, which BTST's client repeats in the body: when sent, it must be the
        /// path's (a tolerance for that client, left out of the document).
        #[field(undocumented)]
        pub id: Option<String>,
    }

    /// The names of `tags`.
    fn names(tags: Option<Vec<TagRef>>) -> Option<Vec<String>> {
        tags.map(|tags| tags.into_iter().map(|tag| tag.name).collect())
    }

    /// Posts, filtered, paged and sorted, each with its tags, and how many match. Drafts are
    /// listed to signed-in callers only: an anonymous reader's list holds published posts.
    #[endpoint(GET, "/posts")]
    pub async fn list_posts(
        db: Db,
        caller: Option<Identity>,
        options: Options<BlogOptions>,
        query: Query<PostQuery>,
    ) -> ApiResult<List<PostWithTags>> {
        let mut query = query.into_inner();
        query.page.limit = query.page.limit.min(options.max_page_size.max(1));
        if caller.is_none() {
            query.published = Some(true);
        }
        find_posts(db, query).await
    }

    /// The published posts created just before and just after `date` (a post's `createdAt`),
    /// for "previous" and "next" links; `null` where there is none.
    #[endpoint(GET, "/posts/next-previous")]
    pub async fn get_next_previous_posts(
        db: Db,
        query: Query<NeighbourQuery>,
    ) -> ApiResult<Neighbours> {
        let date = query.into_inner().date;
        db.run(move |conn| {
            let published = || {
                post::table
                    .filter(post::published.eq(true))
                    .select(Post::as_select())
            };
            let previous = published()
                .filter(post::created_at.lt(date))
                .order((post::created_at.desc(), post::id.desc()))
                .first(conn)
                .optional()?;
            let next = published()
                .filter(post::created_at.gt(date))
                .order((post::created_at.asc(), post::id.asc()))
                .first(conn)
                .optional()?;
            let mut found = with_tags(conn, previous.into_iter().chain(next.clone()).collect())?;
            let next = next.and_then(|_| found.pop());
            let previous = found.pop();
            Ok::<_, ApiError>(Neighbours { previous, next })
        })
        .await
    }

    /// Creates a post and its missing tags, all in one transaction.
    #[endpoint(POST, "/posts", status = 201, errors(409))]
    pub async fn create_post(db: Db, body: Json<CreatePost>) -> ApiResult<PostWithTags> {
        let CreatePost { post, tags } = body.into_inner();
        let tags = names(tags).unwrap_or_default();
        let post = post.into_model(Timestamp::now());
        // Atomic on its own; with hooks installed, a savepoint in the request's transaction,
        // which the after hook can still roll back.
        db.transaction(move |conn| {
            let post = Post::insert(conn, post)?;
            let tags = set_tags(conn, &post.id, &tags)?;
            Ok::<_, ApiError>(PostWithTags { post, tags })
        })
        .await
    }

    /// Changes a post (by id); `tags`, when present, replaces its tags.
    #[endpoint(PUT, "/posts/{id}", errors(409))]
    pub async fn update_post(
        db: Db,
        id: Path<String>,
        body: Json<UpdatePost>,
    ) -> ApiResult<PostWithTags> {
        let (
            id,
            UpdatePost {
                post: patch,
                tags,
                id: repeated,
            },
        ) = (id.into_inner(), body.into_inner());
        if repeated.is_some_and(|repeated| repeated != id) {
            return Err(ApiError::validation(vec![Issue::new(
                "id",
                "must be the post's id, as in the path",
            )]));
        }
        let tags = names(tags);
        let now = Timestamp::now();
        db.transaction(move |conn| {
            let mut post = Post::find(conn, &id)?
                .ok_or_else(|| ApiError::not_found("no Post with this id"))?;
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
                None => tags_of(conn, &[post.id.as_str()])?
                    .into_iter()
                    .map(|(_, tag)| tag)
                    .collect(),
            };
            Ok::<_, ApiError>(PostWithTags { post, tags })
        })
        .await
    }

    /// Deletes a post (by id) and its tag links.
    #[endpoint(DELETE, "/posts/{id}")]
    pub async fn delete_post(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Post>(id.into_inner()).await
    }

    /// Every tag, by name. An anonymous reader sees only the tags of published posts, so a
    /// draft's topics stay private with the draft.
    #[endpoint(GET, "/tags")]
    pub async fn list_tags(db: Db, caller: Option<Identity>) -> ApiResult<Vec<Tag>> {
        let published_only = caller.is_none();
        db.run(move |conn| {
            let mut tags = tag::table.select(Tag::as_select()).into_boxed();
            if published_only {
                let public = post_tag::table
                    .inner_join(post::table)
                    .filter(post::published.eq(true))
                    .select(post_tag::tag_id);
                tags = tags.filter(tag::id.eq_any(public));
            }
            tags.order(tag::name.asc()).load(conn)
        })
        .await
    }

    /// The blog's public pages for `/sitemap.xml`: the index (`/blog`, changed when the newest
    /// published post was) and each published post at `/blog/<slug>`, with the time it last
    /// changed, as BTST's blog plugin lists them. Drafts are never listed.
    #[sitemap]
    pub async fn blog_pages(db: Db) -> ApiResult<Vec<SitemapEntry>> {
        let posts: Vec<(String, Timestamp)> = db
            .run(|conn| {
                post::table
                    .filter(post::published.eq(true))
                    .order((post::updated_at.desc(), post::id.desc()))
                    .select((post::slug, post::updated_at))
                    .load(conn)
            })
            .await?;
        let index = posts.first().map_or_else(
            || SitemapEntry::new("/blog"),
            |(_, newest)| SitemapEntry::new("/blog").last_modified(*newest),
        );
        Ok(
            std::iter::once(index.change_frequency(ChangeFrequency::Daily))
                .chain(posts.into_iter().map(|(slug, updated_at)| {
                    SitemapEntry::new(format!(
                        "/blog/{}",
                        btst_runtime::encode_path_segment(&slug)
                    ))
                    .last_modified(updated_at)
                }))
                .collect(),
        )
    }

    /// Posts as `GET /posts` lists them to a signed-in caller (bypasses hooks through
    /// `RawApi`).
    #[getter]
    pub async fn get_all_posts(db: Db, query: PostQuery) -> ApiResult<List<PostWithTags>> {
        find_posts(db, query).await
    }

    /// One post by slug, or `None` (bypasses hooks through `RawApi`).
    #[getter]
    pub async fn get_post_by_slug(db: Db, slug: String) -> ApiResult<Option<PostWithTags>> {
        find_post(db, slug).await
    }

    async fn find_posts(db: Db, query: PostQuery) -> ApiResult<List<PostWithTags>> {
        db.run(move |conn| {
            let List {
                items,
                total,
                limit,
                offset,
            } = query.list(conn, || {
                let posts = post::table.into_boxed();
                match &query.tag_slug {
                    Some(slug) => {
                        let tagged = post_tag::table
                            .inner_join(tag::table)
                            .filter(tag::slug.eq(slug.clone()))
                            .select(post_tag::post_id);
                        posts.filter(post::id.eq_any(tagged))
                    }
                    None => posts,
                }
            })?;
            Ok::<_, ApiError>(List {
                items: with_tags(conn, items)?,
                total,
                limit,
                offset,
            })
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

    /// `(post id, tag)` for the posts `ids`, tags by name.
    fn tags_of(conn: &mut AnyConnection, ids: &[&str]) -> QueryResult<Vec<(String, Tag)>> {
        post_tag::table
            .inner_join(tag::table)
            .filter(post_tag::post_id.eq_any(ids))
            .order(tag::name.asc())
            .select((post_tag::post_id, Tag::as_select()))
            .load(conn)
    }

    fn with_tags(conn: &mut AnyConnection, posts: Vec<Post>) -> ApiResult<Vec<PostWithTags>> {
        let ids: Vec<&str> = posts.iter().map(|post| post.id.as_str()).collect();
        let links = tags_of(conn, &ids)?;
        Ok(posts
            .into_iter()
            .map(|post| PostWithTags {
                tags: links
                    .iter()
                    .filter(|(post_id, _)| *post_id == post.id)
                    .map(|(_, tag)| tag.clone())
                    .collect(),
                post,
            })
            .collect())
    }

    /// Links the post to the tags named (creating the missing ones); the tags, by name.
    fn set_tags(conn: &mut AnyConnection, post_id: &str, names: &[String]) -> ApiResult<Vec<Tag>> {
        let mut tags: Vec<Tag> = Vec::new();
        for name in names {
            let slug = slugify(name);
            if tags.iter().any(|tag| tag.slug == slug) {
                continue;
            }
            // Posts naming one new tag at once all get the one tag stored (no 409 on the race).
            let new = Tag {
                id: new_id(),
                name: name.trim().to_owned(),
                slug: slug.clone(),
                created_at: Timestamp::now(),
            };
            let tag = Tag::find_or_create(conn, new, |conn| {
                tag::table
                    .filter(tag::slug.eq(&slug))
                    .select(Tag::as_select())
                    .first(conn)
                    .optional()
            })?;
            let link = PostTag {
                id: new_id(),
                post_id: post_id.to_owned(),
                tag_id: tag.id.clone(),
            };
            PostTag::insert(conn, link)?;
            tags.push(tag);
        }
        tags.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(tags)
    }
}

/// `Rust & WebAssembly!` → `rust-webassembly`: ASCII letters (lowercased) and digits, words
/// joined by `-`; empty when the name has no ASCII letter or digit.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Who may do what: anyone reads published posts; asking for drafts (`published=false`) and
/// writing need an identity (`Authorization: Bearer <name>`), deleting needs the `editor` role
/// (an anonymous reader's list and tags leave drafts out: see `list_posts` and `list_tags`). A published post must have a tag: [`TagRequired`], an error of our own
/// (422), raised by the after hook inside the write's transaction, so the write rolls back. After
/// a write commits, the post's page is queued for revalidation.
#[derive(Debug, Clone, Default)]
pub struct BlogGuard {
    /// The pages to revalidate, in order (`/posts/<slug>`), filled after commits.
    pub revalidated: Arc<Mutex<Vec<String>>>,
}

/// A published post without tags: 422.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagRequired;

impl From<TagRequired> for ApiError {
    fn from(_: TagRequired) -> Self {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "TAG_REQUIRED",
            "a published post needs at least one tag",
        )
    }
}

fn signed_in<'a>(context: &'a HookContext<'_>) -> ApiResult<&'a Identity> {
    context
        .identity()
        .ok_or_else(|| ApiError::forbidden("sign in first: send `Authorization: Bearer <name>`"))
}

fn publishable(post: &blog::PostWithTags) -> ApiResult<()> {
    if post.post.published && post.tags.is_empty() {
        return Err(TagRequired.into());
    }
    Ok(())
}

impl BlogGuard {
    fn revalidate(&self, slug: &str) {
        if let Ok(mut pages) = self.revalidated.lock() {
            pages.push(format!("/posts/{slug}"));
        }
    }
}

impl blog::Hooks for BlogGuard {
    async fn before_list_posts(
        &self,
        context: &HookContext<'_>,
        _: &Option<Identity>,
        query: &blog::PostQuery,
    ) -> ApiResult<()> {
        if query.published == Some(false) {
            signed_in(context)?;
        }
        Ok(())
    }

    async fn before_get_all_posts(
        &self,
        context: &HookContext<'_>,
        query: &blog::PostQuery,
    ) -> ApiResult<()> {
        // `RawApi::get_all_posts` lists drafts as a signed-in caller's list does.
        if query.published != Some(true) {
            signed_in(context)?;
        }
        Ok(())
    }

    async fn before_create_post(
        &self,
        context: &HookContext<'_>,
        _: &blog::CreatePost,
    ) -> ApiResult<()> {
        signed_in(context).map(|_| ())
    }

    async fn after_create_post(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        publishable(post)
    }

    async fn after_create_post_committed(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        self.revalidate(&post.post.slug);
        Ok(())
    }

    async fn before_update_post(
        &self,
        context: &HookContext<'_>,
        _: &String,
        _: &blog::UpdatePost,
    ) -> ApiResult<()> {
        signed_in(context).map(|_| ())
    }

    async fn after_update_post(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        publishable(post)
    }

    async fn after_update_post_committed(
        &self,
        _: &HookContext<'_>,
        post: &blog::PostWithTags,
    ) -> ApiResult<()> {
        self.revalidate(&post.post.slug);
        Ok(())
    }

    fn error_statuses(&self, endpoint: &'static str) -> &'static [u16] {
        match endpoint {
            "create_post" | "update_post" => &[422],
            _ => &[],
        }
    }

    async fn before_delete_post(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
        if signed_in(context)?.has_role("editor") {
            Ok(())
        } else {
            Err(ApiError::forbidden("only an editor deletes posts"))
        }
    }
}

/// The token of `Authorization: Bearer <name>` → the identity `<name>`; `editor-…` names get
/// the `editor` role. Used through [`identity::bearer`], which parses the header (the scheme in
/// any case), leaves a request without it anonymous, and answers 401 to another scheme.
pub fn bearer_identity(name: &str) -> ApiResult<Option<Identity>> {
    if name.len() > 100 {
        return Err(ApiError::unauthorized("a name is at most 100 bytes"));
    }
    let identity = Identity::new(name);
    Ok(Some(if name.starts_with("editor-") {
        identity.with_role("editor")
    } else {
        identity
    }))
}

/// The Blog stack: the `blog` plugin under `/api/data`, guarded by [`BlogGuard`], callers
/// resolved by [`bearer_identity`].
pub fn stack() -> Stack {
    stack_with(BlogGuard::default())
}

/// [`stack`] with these hooks (tests keep a handle on `revalidated`).
pub fn stack_with(hooks: impl blog::Hooks) -> Stack {
    stack_of(blog::plugin().hooks(hooks))
}

/// [`stack`] with the `blog` plugin installed as given (other hooks, other options).
pub fn stack_of(plugin: impl btst_runtime::Plugin) -> Stack {
    Stack::new()
        .info("Blog example", env!("CARGO_PKG_VERSION"))
        .base_path("/api/data")
        .identity(identity::bearer(bearer_identity))
        .plugin(plugin)
}
