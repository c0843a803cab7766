//! Plugins composed in one Stack: BTST's Todo and Blog plugins (the examples'), and the
//! Comments plugin ([`btst_comments`]) attached to their records, under `/api`, over one
//! database, with one identity provider and one OpenAPI document.
//!
//! `cargo run -p showcase-example` serves it on a SQLite file; browse
//! <http://127.0.0.1:8080/docs>. Callers are the Blog's: `Authorization: Bearer <name>`, and
//! `Bearer editor-<name>` for an editor ([`blog_example::bearer_identity`]).
//!
//! | plugin | routes | hooks |
//! |---|---|---|
//! | `todos` | `/api/todos` | none |
//! | `blog` | `/api/posts`, `/api/tags` | [`BlogGuard`]: writes need a caller, deletes an editor |
//! | `comments` | `/api/comments` | [`ShowcaseModeration`]: comments go on existing posts and todos; editors moderate |
//!
//! A comment names what it is on: `{"resourceType": "post", "resourceId": <a post's id>}` or
//! `{"resourceType": "todo", "resourceId": <a todo's id>}`. It waits, `pending` and visible
//! to its author only, until an editor approves it (`POST /api/comments/{id}/approve`); pages
//! hold at most [`MAX_PAGE_SIZE`] comments.

use blog_example::{BlogGuard, bearer_identity, blog};
use btst_comments::comments::{self, Comment, CommentsOptions};
use btst_runtime::prelude::*;
use btst_runtime::{StatusCode, identity};
use todo_example::todos;

/// The most comments a page of the showcase holds (the comments plugin's `max_page_size`).
pub const MAX_PAGE_SIZE: i64 = 20;

/// The resource types comments go on: a blog post (by its id) and a todo (by its id).
pub const RESOURCE_TYPES: [&str; 2] = ["post", "todo"];

/// The comments plugin's options in the showcase: pages of at most [`MAX_PAGE_SIZE`], and new
/// comments wait for an editor.
pub fn comments_options() -> CommentsOptions {
    CommentsOptions {
        max_page_size: MAX_PAGE_SIZE,
        auto_approve: false,
    }
}

/// The showcase's policy for comments, on top of the plugin's own rules (a caller writes, only
/// the author edits):
/// - a comment goes on a [`RESOURCE_TYPES`] record that exists: a post of the Blog or a todo,
///   read in the same transaction as the write (else 422 `UNKNOWN_RESOURCE`);
/// - an editor (the Blog's `editor` role) approves, marks as spam, deletes any comment and
///   reads the moderation queue;
/// - an author deletes their own comment;
/// - any signed-in caller likes.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShowcaseModeration;

/// A comment on something that is not there: 422.
fn unknown_resource(detail: String) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "UNKNOWN_RESOURCE", detail)
}

fn signed_in<'a>(context: &'a HookContext<'_>) -> ApiResult<&'a Identity> {
    context
        .identity()
        .ok_or_else(|| ApiError::forbidden("sign in first: send `Authorization: Bearer <name>`"))
}

fn editor(context: &HookContext<'_>, what: &str) -> ApiResult<()> {
    if signed_in(context)?.has_role("editor") {
        Ok(())
    } else {
        Err(ApiError::forbidden(format!("only an editor {what}")))
    }
}

impl comments::Hooks for ShowcaseModeration {
    async fn before_create_comment(
        &self,
        context: &HookContext<'_>,
        _: &Identity,
        comment: &comments::NewComment,
    ) -> ApiResult<()> {
        let (kind, id) = (comment.resource_type.as_str(), comment.resource_id.clone());
        let db = context.db();
        let exists = match kind {
            "post" => db.get::<blog::Post>(id).await?.is_some(),
            "todo" => db.get::<todos::Todo>(id).await?.is_some(),
            _ => {
                return Err(unknown_resource(format!(
                    "comments go on a {}, not a `{kind}`",
                    RESOURCE_TYPES.join(" or a ")
                )));
            }
        };
        if exists {
            Ok(())
        } else {
            Err(unknown_resource(format!(
                "no {kind} with the id `{}`",
                comment.resource_id
            )))
        }
    }

    fn error_statuses(&self, endpoint: &'static str) -> &'static [u16] {
        match endpoint {
            "create_comment" => &[422],
            _ => &[],
        }
    }

    async fn before_delete_comment(&self, context: &HookContext<'_>, id: &String) -> ApiResult<()> {
        let caller = signed_in(context)?;
        if caller.has_role("editor") {
            return Ok(());
        }
        // Read in the delete's transaction. A comment that does not exist is left to the
        // endpoint, which answers 404 (as it does to an editor).
        match context.db().get::<Comment>(id.clone()).await? {
            Some(comment) if comment.author_id != caller.subject => Err(ApiError::forbidden(
                "only its author or an editor deletes a comment",
            )),
            _ => Ok(()),
        }
    }

    async fn before_like_comment(
        &self,
        _: &HookContext<'_>,
        _: &String,
        _: &Identity,
    ) -> ApiResult<()> {
        // The endpoint takes an `Identity`: an anonymous like is a 401 before this runs.
        Ok(())
    }

    async fn before_approve_comment(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
        editor(context, "approves comments")
    }

    async fn before_mark_comment_spam(
        &self,
        context: &HookContext<'_>,
        _: &String,
    ) -> ApiResult<()> {
        editor(context, "marks comments as spam")
    }

    async fn before_list_all_comments(
        &self,
        context: &HookContext<'_>,
        _: &comments::ModerationQuery,
    ) -> ApiResult<()> {
        editor(context, "reads the moderation queue")
    }
}

/// The showcase: `todos`, `blog` (guarded by [`BlogGuard`]) and `comments` (with
/// [`comments_options`] and [`ShowcaseModeration`]) under `/api`, callers resolved by the
/// Blog's [`bearer_identity`].
pub fn stack() -> Stack {
    stack_with(
        comments::plugin()
            .options(comments_options())
            .hooks(ShowcaseModeration),
    )
}

/// [`stack`] with the comments plugin installed as given (other options, other hooks, or none).
pub fn stack_with(comments: impl btst_runtime::Plugin) -> Stack {
    Stack::new()
        .info("Showcase example", env!("CARGO_PKG_VERSION"))
        .base_path("/api")
        .identity(identity::bearer(bearer_identity))
        .plugin(todos::plugin())
        .plugin(blog::plugin().hooks(BlogGuard::default()))
        .plugin(comments)
}
