//! Comments on any resource, after BTST's comments plugin (`@btst/stack/plugins/comments`):
//! threaded replies, one like per user with a stored counter, authors editing their own
//! comments, and a moderation workflow (`pending`, `approved`, `spam`).
//!
//! A comment belongs to a *resource* the host names with two strings, `resourceType` and
//! `resourceId` (a blog post is `("post", <the post's id>)`, a task `("task", <its id>)`): the
//! plugin stores them as they are and knows nothing of the host's models, so it attaches to
//! any plugin's records. Whether a resource exists, and who may comment on it, is the host's
//! to decide in its hooks (`before_create_comment`).
//!
//! # Installing it
//!
//! The plugin reads the caller from the Stack's identity provider (writing a comment needs
//! one: `Stack::open` refuses a Stack without a provider), so add one with
//! [`Stack::identity`](btst_runtime::Stack::identity):
//!
//! ```no_run
//! use btst_comments::comments::{self, CommentsOptions};
//! use btst_runtime::prelude::*;
//! use btst_runtime::identity;
//!
//! /// Moderators (the `moderator` role) approve, mark as spam and delete; anyone signed in likes.
//! struct Moderation;
//!
//! fn moderator(context: &HookContext<'_>) -> ApiResult<()> {
//!     match context.identity() {
//!         Some(caller) if caller.has_role("moderator") => Ok(()),
//!         _ => Err(ApiError::forbidden("only moderators do this")),
//!     }
//! }
//!
//! impl comments::Hooks for Moderation {
//!     async fn before_delete_comment(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
//!         moderator(context)
//!     }
//!     async fn before_approve_comment(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
//!         moderator(context)
//!     }
//!     async fn before_mark_comment_spam(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
//!         moderator(context)
//!     }
//!     async fn before_like_comment(
//!         &self,
//!         _: &HookContext<'_>,
//!         _: &String,
//!         _: &Identity,
//!     ) -> ApiResult<()> {
//!         Ok(()) // the endpoint already requires a caller
//!     }
//! }
//!
//! fn main() -> std::io::Result<()> {
//!     Stack::new()
//!         .base_path("/api")
//!         .identity(identity::bearer(|token: &str| Ok(Some(Identity::new(token)))))
//!         .plugin(
//!             comments::plugin()
//!                 .options(CommentsOptions { max_page_size: 20, ..CommentsOptions::default() })
//!                 .hooks(Moderation),
//!         )
//!         .run()
//! }
//! ```
//!
//! # Routes
//!
//! | route | who | answers |
//! |---|---|---|
//! | `GET /comments/{resource_type}/{resource_id}?limit&offset` | anyone | 200 [`List`](btst_runtime::List)`<Comment>`: the resource's `approved` comments and replies, oldest first, plus the caller's own that are not approved; `limit` at most [`CommentsOptions::max_page_size`](comments::CommentsOptions::max_page_size) |
//! | `POST /comments` | a caller (else 401) | 201 the comment, `authorId` the caller, `status` from [`CommentsOptions::auto_approve`](comments::CommentsOptions::auto_approve); a `parentId` that is no comment the caller can see, or one on another resource, is a 400 |
//! | `PATCH /comments/{id}` | its author (else 403) | 200 the comment with its new `body` |
//! | `DELETE /comments/{id}` | **denied by default** | 200 `{"success": true}`; its replies and likes go with it |
//! | `POST /comments/{id}/like` | **denied by default**, a caller | 200 the comment: the caller's like added, or removed if there was one, and `likeCount` recounted |
//! | `POST /comments/{id}/approve` | **denied by default** | 200 the comment, `approved` |
//! | `POST /comments/{id}/spam` | **denied by default** | 200 the comment, `spam` |
//! | `GET /comments?status&limit&offset` | **denied by default** | 200 [`List`](btst_runtime::List)`<Comment>`: every comment (of one status with `status`), newest first: the moderation queue |
//!
//! A comment the caller cannot see (another user's, not approved) answers 404 to them, as if it
//! did not exist. The routes' literal segments are matched first: a resource whose id is
//! `like`, `approve` or `spam` cannot be listed through `GET /comments/{resource_type}/{resource_id}`
//! (that request reaches `POST /comments/{id}/…` and answers 405).
//!
//! # Endpoints denied by default
//!
//! As in BTST, what can destroy or publish someone else's words is refused (403) until the
//! host says who may do it: deleting, liking, approving, marking as spam and the moderation
//! queue. A host allows them by implementing [`comments::Hooks`]: `before_delete_comment`,
//! `before_like_comment`, `before_approve_comment`, `before_mark_comment_spam` and
//! `before_list_all_comments` answer `Ok(())` for the callers it trusts (the hook sees the
//! caller as `context.identity()`, the plugin's options as `context.options::<CommentsOptions>()`,
//! and the database as `context.db()`, inside the write's transaction). A Stack that installs
//! the plugin without hooks serves the other routes and answers 403 on these.
//!
//! # Options
//!
//! [`CommentsOptions`](comments::CommentsOptions), given with
//! `comments::plugin().options(..)`: `max_page_size` (default 50) bounds every list, clamping
//! the `limit` a client asks for; `auto_approve` (default `false`) makes a new comment
//! `approved` at once instead of `pending` until a moderator approves it.
//!
//! # Wire format
//!
//! Fields are camelCase (`resourceType`, `parentId`, `authorId`, `likeCount`, `createdAt`,
//! `updatedAt`). A status is `pending`, `approved` or `spam`, as BTST's client sends and expects
//! them (`#[enumeration(rename_all = "lowercase")]`). A comment's `resourceType`, `resourceId` and
//! `parentId` are set when it is written and never change (`immutable`).

/// Comments on any resource: replies, likes and moderation.
///
/// Install with `comments::plugin()`, optionally `.options(CommentsOptions { .. })` and
/// `.hooks(..)` (the deletes, likes and moderation are denied until the hooks allow them).
#[btst_runtime::plugin(name = "comments", options = CommentsOptions)]
pub mod comments {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    use btst_runtime::{AnyConnection, Crud, new_id};

    /// What the host configures when it installs the plugin
    /// (`comments::plugin().options(CommentsOptions { .. })`).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CommentsOptions {
        /// The most comments a list answers (default 50): a larger `limit` is lowered to it.
        /// Values below 1 count as 1.
        pub max_page_size: i64,
        /// Whether a new comment is `approved` at once (`true`), or `pending` until a moderator
        /// approves it (`false`, the default), visible meanwhile to its author only.
        pub auto_approve: bool,
    }

    impl Default for CommentsOptions {
        fn default() -> Self {
            Self {
                max_page_size: 50,
                auto_approve: false,
            }
        }
    }

    /// Where a comment stands in moderation: `pending`, `approved` and `spam`, BTST's values.
    #[enumeration(rename_all = "lowercase")]
    pub enum CommentStatus {
        /// Waiting for a moderator: visible to its author only.
        Pending,
        /// Visible to everyone.
        Approved,
        /// Hidden from everyone but its author.
        Spam,
    }

    /// A comment on a resource, or a reply to another comment on the same resource.
    #[model(index(resource_type, resource_id, created_at))]
    pub struct Comment {
        /// The kind of thing commented on, as the host names it (`post`, `task`).
        #[field(length(min = 1, max = 50), immutable)]
        pub resource_type: String,
        /// The id of the thing commented on.
        #[field(length(min = 1, max = 200), immutable)]
        pub resource_id: String,
        /// The comment this one replies to, on the same resource; `null` for a top-level
        /// comment. Deleting a comment deletes its replies.
        #[field(references = Comment, on_delete = "cascade", index, immutable)]
        pub parent_id: Option<String>,
        /// Who wrote it: the caller's subject, set by the server.
        #[field(stamped)]
        pub author_id: String,
        /// The text.
        #[field(length(min = 1, max = 2000))]
        pub body: String,
        /// Where it stands in moderation, set by the server (see `CommentsOptions::auto_approve`).
        #[field(default = Pending, readonly)]
        pub status: CommentStatus,
        /// How many callers like it.
        #[field(default = 0, readonly)]
        pub like_count: i32,
        /// When it was written.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
        /// When its body or its status last changed (a like does not count).
        #[field(default = now, on_update = now, readonly)]
        pub updated_at: Timestamp,
    }

    /// One caller's like of one comment; deleted with the comment.
    #[model(index(comment_id, author_id))]
    pub struct CommentLike {
        /// The comment liked.
        #[field(stamped, references = Comment, on_delete = "cascade")]
        pub comment_id: String,
        /// Who likes it: the caller's subject.
        #[field(stamped)]
        pub author_id: String,
        /// When.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
    }

    /// The body of `PATCH /comments/{id}`: the new text. A comment's resource and parent are
    /// set when it is written and never change.
    #[body]
    pub struct CommentEdit {
        /// The new text (`Comment.body`'s bounds).
        #[field(length(min = 1, max = 2000))]
        pub body: String,
    }

    /// The query of the moderation queue, `GET /comments?status&sort&limit&offset`, newest
    /// first by default.
    #[query(model = Comment)]
    pub struct ModerationQuery {
        /// Only comments with this status; every comment without it.
        #[filter(eq)]
        pub status: Option<CommentStatus>,
        /// The order: newest first unless asked otherwise.
        #[sort(created_at, default = "-created_at")]
        pub sort: Sort,
        /// The page.
        pub page: Page,
    }

    /// A resource's comments and replies, oldest first: the approved ones, and the caller's
    /// own that are not (yet) approved.
    ///
    /// Replies carry their `parentId`; build the thread from it. `limit` is lowered to the
    /// plugin's `max_page_size`; the answer states the `limit` applied.
    #[endpoint(GET, "/comments/{resource_type}/{resource_id}")]
    pub async fn list_comments(
        db: Db,
        resource_type: Path<String>,
        resource_id: Path<String>,
        caller: Option<Identity>,
        page: Query<Page>,
        options: Options<CommentsOptions>,
    ) -> ApiResult<List<Comment>> {
        let (resource_type, resource_id) = (resource_type.into_inner(), resource_id.into_inner());
        let subject = caller.map(|caller| caller.subject);
        let page = clamp(page.into_inner(), &options);
        db.run(move |conn| {
            let visible = || on_resource(&resource_type, &resource_id, subject.as_deref());
            let total: i64 = visible().count().get_result(conn)?;
            let items = visible()
                .select(Comment::as_select())
                .order((comment::created_at.asc(), comment::id.asc()))
                .limit(page.limit)
                .offset(page.offset)
                .load(conn)?;
            Ok::<_, ApiError>(List::new(items, total, page))
        })
        .await
    }

    /// Writes a comment, or a reply with `parentId`, as the caller.
    ///
    /// It is `pending` (visible to its author only) until a moderator approves it, unless the
    /// plugin's `auto_approve` is on. A `parentId` must be a comment the caller can see on the
    /// same resource (else 400).
    #[endpoint(POST, "/comments", status = 201)]
    pub async fn create_comment(
        db: Db,
        caller: Identity,
        body: Json<NewComment>,
        options: Options<CommentsOptions>,
    ) -> ApiResult<Comment> {
        let input = body.into_inner();
        if let Some(parent_id) = &input.parent_id {
            let parent = db.get::<Comment>(parent_id.clone()).await?;
            match parent {
                Some(parent) if visible_to(&parent, Some(&caller.subject)) => {
                    if (&parent.resource_type, &parent.resource_id)
                        != (&input.resource_type, &input.resource_id)
                    {
                        return Err(ApiError::validation(vec![Issue::new(
                            "parentId",
                            "is a comment on another resource: a reply must have its parent's \
                             `resourceType` and `resourceId`",
                        )]));
                    }
                }
                _ => {
                    return Err(ApiError::validation(vec![Issue::new(
                        "parentId",
                        "no comment with this id",
                    )]));
                }
            }
        }
        let status = if options.auto_approve {
            CommentStatus::Approved
        } else {
            CommentStatus::Pending
        };
        // The parent cannot move to another resource (a comment's resource never changes), and
        // if it is deleted meanwhile, its foreign key refuses the reply (409).
        db.create_with(input, move |comment| {
            comment.author_id = caller.subject;
            comment.status = status;
        })
        .await
    }

    /// Changes the text of one of the caller's comments.
    ///
    /// Only its author edits a comment (403 for anyone else); the status stays as it was.
    #[endpoint(PATCH, "/comments/{id}")]
    pub async fn update_comment(
        db: Db,
        id: Path<String>,
        caller: Identity,
        body: Json<CommentEdit>,
    ) -> ApiResult<Comment> {
        let (id, CommentEdit { body }) = (id.into_inner(), body.into_inner());
        let now = Timestamp::now();
        db.transaction(move |conn| {
            let comment = find_visible(conn, &id, Some(&caller.subject))?;
            if comment.author_id != caller.subject {
                return Err(ApiError::forbidden("only its author edits a comment"));
            }
            btst_runtime::diesel::update(comment::table.find(&id))
                .set((comment::body.eq(body), comment::updated_at.eq(now)))
                .execute(conn)?;
            reread(conn, &id)
        })
        .await
    }

    /// Deletes a comment, its replies (and theirs) and its likes.
    ///
    /// Allow it in `before_delete_comment` (say, for moderators and the comment's author).
    #[endpoint(DELETE, "/comments/{id}", deny_by_default)]
    pub async fn delete_comment(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Comment>(id.into_inner()).await
    }

    /// Likes a comment as the caller, or takes the caller's like back: one like per caller.
    ///
    /// Answers the comment with its `likeCount` recounted; the like and the count are written
    /// in one transaction. Allow it in `before_like_comment`.
    #[endpoint(POST, "/comments/{id}/like", deny_by_default)]
    pub async fn like_comment(db: Db, id: Path<String>, caller: Identity) -> ApiResult<Comment> {
        let id = id.into_inner();
        db.transaction(move |conn| {
            // A no-op write locks the comment's row first (PostgreSQL, MySQL; SQLite has one
            // writer at a time), so that one caller's likes sent at once toggle one after the
            // other instead of both inserting.
            let found = btst_runtime::diesel::update(comment::table.find(&id))
                .set(comment::like_count.eq(comment::like_count))
                .execute(conn)?;
            if found == 0 {
                return Err(not_found());
            }
            find_visible(conn, &id, Some(&caller.subject))?;
            let mine = comment_like::table
                .filter(comment_like::comment_id.eq(&id))
                .filter(comment_like::author_id.eq(&caller.subject));
            if btst_runtime::diesel::delete(mine).execute(conn)? == 0 {
                CommentLike::insert(
                    conn,
                    CommentLike {
                        id: new_id(),
                        comment_id: id.clone(),
                        author_id: caller.subject.clone(),
                        created_at: Timestamp::now(),
                    },
                )?;
            }
            let likes: i64 = comment_like::table
                .filter(comment_like::comment_id.eq(&id))
                .count()
                .get_result(conn)?;
            let likes = i32::try_from(likes).unwrap_or(i32::MAX);
            btst_runtime::diesel::update(comment::table.find(&id))
                .set(comment::like_count.eq(likes))
                .execute(conn)?;
            reread(conn, &id)
        })
        .await
    }

    /// Approves a comment: everyone sees it.
    ///
    /// Allow it in `before_approve_comment` (moderators).
    #[endpoint(POST, "/comments/{id}/approve", deny_by_default)]
    pub async fn approve_comment(db: Db, id: Path<String>) -> ApiResult<Comment> {
        set_status(db, id.into_inner(), CommentStatus::Approved).await
    }

    /// Marks a comment as spam: only its author still sees it.
    ///
    /// Allow it in `before_mark_comment_spam` (moderators).
    #[endpoint(POST, "/comments/{id}/spam", deny_by_default)]
    pub async fn mark_comment_spam(db: Db, id: Path<String>) -> ApiResult<Comment> {
        set_status(db, id.into_inner(), CommentStatus::Spam).await
    }

    /// The moderation queue: every comment on every resource (of one `status` with it), newest
    /// first.
    ///
    /// Allow it in `before_list_all_comments` (moderators). `limit` is lowered to the plugin's
    /// `max_page_size`.
    #[endpoint(GET, "/comments", deny_by_default)]
    pub async fn list_all_comments(
        db: Db,
        query: Query<ModerationQuery>,
        options: Options<CommentsOptions>,
    ) -> ApiResult<List<Comment>> {
        let mut query = query.into_inner();
        query.page = clamp(query.page, &options);
        db.list_where(query).await
    }

    /// A boxed query over comments, on the multi-backend connection.
    type Comments<'a> =
        comment::BoxedQuery<'a, <AnyConnection as btst_runtime::diesel::Connection>::Backend>;

    /// The comments on a resource that `subject` (or an anonymous caller) sees.
    fn on_resource<'a>(
        resource_type: &'a str,
        resource_id: &'a str,
        subject: Option<&'a str>,
    ) -> Comments<'a> {
        let comments = comment::table
            .into_boxed()
            .filter(comment::resource_type.eq(resource_type))
            .filter(comment::resource_id.eq(resource_id));
        match subject {
            Some(subject) => comments.filter(
                comment::status
                    .eq(CommentStatus::Approved)
                    .or(comment::author_id.eq(subject)),
            ),
            None => comments.filter(comment::status.eq(CommentStatus::Approved)),
        }
    }

    /// Whether `subject` (or an anonymous caller) sees `comment`: approved, or their own.
    fn visible_to(comment: &Comment, subject: Option<&str>) -> bool {
        comment.status == CommentStatus::Approved || subject == Some(comment.author_id.as_str())
    }

    /// The comment `id` if `subject` sees it, else 404.
    fn find_visible(
        conn: &mut AnyConnection,
        id: &str,
        subject: Option<&str>,
    ) -> ApiResult<Comment> {
        Comment::find(conn, id)?
            .filter(|comment| visible_to(comment, subject))
            .ok_or_else(not_found)
    }

    /// The comment `id`, read again after a write.
    fn reread(conn: &mut AnyConnection, id: &str) -> ApiResult<Comment> {
        Comment::find(conn, id)?.ok_or_else(not_found)
    }

    fn not_found() -> ApiError {
        ApiError::not_found("no Comment with this id")
    }

    /// `page` with its limit lowered to the options' `max_page_size` (at least 1).
    fn clamp(mut page: Page, options: &CommentsOptions) -> Page {
        page.limit = page.limit.min(options.max_page_size.max(1));
        page
    }

    /// Sets a comment's status (404 if there is none), touching only that column and
    /// `updatedAt`, so that a like counted meanwhile is kept.
    async fn set_status(db: Db, id: String, status: CommentStatus) -> ApiResult<Comment> {
        let now = Timestamp::now();
        db.transaction(move |conn| {
            let found = btst_runtime::diesel::update(comment::table.find(&id))
                .set((comment::status.eq(status), comment::updated_at.eq(now)))
                .execute(conn)?;
            if found == 0 {
                return Err(not_found());
            }
            reread(conn, &id)
        })
        .await
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_edit_body_has_the_bounds_of_the_comment_body() {
            let body = Comment::META.field_by_wire("body").expect("a body field");
            let edit = <CommentEdit as btst_runtime::Body>::META.fields[0].field;
            assert_eq!(
                (edit.min_length, edit.max_length, edit.ty),
                (body.min_length, body.max_length, body.ty)
            );
        }

        #[test]
        fn a_page_is_clamped_to_the_options() {
            let options = CommentsOptions {
                max_page_size: 5,
                ..CommentsOptions::default()
            };
            let page = Page {
                limit: 20,
                offset: 3,
            };
            assert_eq!(
                clamp(page, &options),
                Page {
                    limit: 5,
                    offset: 3
                }
            );
            let small = Page {
                limit: 2,
                offset: 0,
            };
            assert_eq!(clamp(small, &options), small);
            let none = CommentsOptions {
                max_page_size: 0,
                ..CommentsOptions::default()
            };
            assert_eq!(clamp(page, &none).limit, 1);
        }
    }
}
