//! Two plugins that compose: `community` depends on `users`, references its `User` (a
//! profile is deleted with its user), takes options, reads the caller in its endpoints, and
//! has a delete that is denied unless the app's hooks allow it.

use btst_runtime::prelude::*;

/// The platform's accounts.
#[plugin(name = "users")]
pub mod users {
    use btst_runtime::prelude::*;

    /// An account.
    #[model]
    pub struct User {
        /// Its public handle.
        #[field(unique, length(min = 1, max = 40))]
        pub handle: String,
    }

    /// Creates an account.
    #[endpoint(POST, "/users", status = 201)]
    pub async fn create_user(db: Db, body: Json<NewUser>) -> ApiResult<User> {
        db.create(body.into_inner()).await
    }

    /// Deletes an account, and through the foreign keys of the plugins that depend on this one,
    /// what belongs to it.
    #[endpoint(DELETE, "/users/{id}")]
    pub async fn delete_user(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<User>(id.into_inner()).await
    }
}

/// Profiles of the `users` plugin's accounts (NAAP's community plugin).
#[plugin(name = "community", depends_on = [crate::composition::users], options = CommunityOptions)]
pub mod community {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;

    /// What the app configures at install.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CommunityOptions {
        /// The most profiles a list answers.
        pub max_page_size: i64,
        /// How `GET /greeting` greets.
        pub greeting: String,
    }

    impl Default for CommunityOptions {
        fn default() -> Self {
            Self {
                max_page_size: 20,
                greeting: "Welcome".to_owned(),
            }
        }
    }

    /// A user's profile: deleted with the user.
    #[model]
    pub struct Profile {
        /// Whose profile it is.
        #[field(references = crate::composition::users::User, on_delete = "cascade", index)]
        pub user_id: String,
        /// What they say of themselves.
        #[field(length(max = 200))]
        pub bio: String,
        /// Who wrote it: the caller's subject.
        #[field(stamped)]
        pub author: String,
    }

    /// A `User` of this plugin's own, named like the `users` plugin's model.
    #[model]
    pub struct User {
        /// A nickname.
        #[field(length(min = 1, max = 40))]
        pub nickname: String,
        /// The account that goes by it, if any: that account cannot be deleted meanwhile (no
        /// `on_delete`: `restrict`, across plugins too).
        #[field(references = crate::composition::users::User)]
        pub account_id: Option<String>,
    }

    /// Creates a profile, written by the caller.
    #[endpoint(POST, "/profiles", status = 201)]
    pub async fn create_profile(
        db: Db,
        caller: Identity,
        body: Json<NewProfile>,
    ) -> ApiResult<Profile> {
        db.create_with(body.into_inner(), move |profile| {
            profile.author = caller.subject;
        })
        .await
    }

    /// The profiles, oldest first, at most the options' `max_page_size`.
    #[endpoint(GET, "/profiles")]
    pub async fn list_profiles(
        db: Db,
        options: Options<CommunityOptions>,
        page: Query<Page>,
    ) -> ApiResult<Vec<Profile>> {
        let mut page = page.into_inner();
        page.limit = page.limit.min(options.max_page_size);
        db.list(ListOptions::new(page)).await
    }

    /// The handle of each profile's user: a join across the two plugins' tables.
    #[endpoint(GET, "/profiles/handles")]
    pub async fn profile_handles(db: Db) -> ApiResult<Vec<String>> {
        use crate::composition::users::user;
        db.run(|conn| {
            profile::table
                .inner_join(user::table)
                .order(user::handle.asc())
                .select(user::handle)
                .load(conn)
        })
        .await
    }

    /// A greeting for the caller, or for a stranger.
    #[endpoint(GET, "/greeting")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn greeting(
        options: Options<CommunityOptions>,
        caller: Option<Identity>,
    ) -> ApiResult<String> {
        let name = caller.map_or_else(|| "stranger".to_owned(), |caller| caller.subject);
        Ok(format!("{}, {name}", options.greeting))
    }

    /// Deletes a profile: refused unless the app's hooks allow it (BTST comments' moderation).
    #[endpoint(DELETE, "/profiles/{id}", deny_by_default)]
    pub async fn delete_profile(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Profile>(id.into_inner()).await
    }

    /// Creates one of this plugin's own `User`s: named like the `users` plugin's endpoint.
    #[endpoint(POST, "/nicknames", status = 201)]
    pub async fn create_user(db: Db, body: Json<NewUser>) -> ApiResult<User> {
        db.create(body.into_inner()).await
    }
}

/// The app's hooks for `community`: moderators may delete profiles; each delete reads the
/// plugin's options.
#[derive(Debug, Clone, Default)]
pub struct Moderation;

impl community::Hooks for Moderation {
    async fn before_delete_profile(&self, context: &HookContext<'_>, _: &String) -> ApiResult<()> {
        let options = context
            .options::<community::CommunityOptions>()
            .ok_or_else(|| ApiError::internal("the hook sees no options"))?;
        match context.identity() {
            Some(caller) if caller.has_role("moderator") && options.max_page_size > 0 => Ok(()),
            _ => Err(ApiError::forbidden("only moderators delete profiles")),
        }
    }
}

/// The bearer tokens of the composition tests: `Bearer <name>`, and `Bearer mod-<name>` for a
/// moderator; `Bearer revoked` is refused (401).
fn tokens(token: &str) -> ApiResult<Option<Identity>> {
    if token == "revoked" {
        return Err(ApiError::unauthorized("this token was revoked"));
    }
    Ok(Some(match token.strip_prefix("mod-") {
        Some(name) => Identity::new(name).with_role("moderator"),
        None => Identity::new(token),
    }))
}

/// `users` and `community` (added dependent first: the Stack orders them), with a bearer
/// identity provider, under `/api`.
pub fn stack() -> Stack {
    stack_with(community::plugin())
}

/// [`stack`] with `community` installed as given (options, hooks).
pub fn stack_with(community: impl btst_runtime::Plugin) -> Stack {
    Stack::new()
        .base_path("/api")
        .identity(btst_runtime::identity::bearer(tokens))
        .plugin(community)
        .plugin(users::plugin())
}

/// Two plugins that depend on each other: the Stack cannot set either up first.
#[plugin(name = "chicken", depends_on = [super::egg])]
pub mod chicken {}

/// See [`chicken`].
#[plugin(name = "egg", depends_on = [super::chicken])]
pub mod egg {}

/// Reactions to comments of the `btst-comments` crate: a reference to a model of a plugin in
/// another crate, deleted with the comment.
#[plugin(name = "reactions", depends_on = [btst_comments::comments])]
pub mod reactions {
    use btst_runtime::prelude::*;

    /// An emoji on a comment.
    #[model]
    pub struct Reaction {
        /// The comment.
        #[field(references = btst_comments::comments::Comment, on_delete = "cascade")]
        pub comment_id: String,
        /// The emoji.
        #[field(length(min = 1, max = 8))]
        pub emoji: String,
    }

    /// Reacts to a comment.
    #[endpoint(POST, "/reactions", status = 201)]
    pub async fn create_reaction(db: Db, body: Json<NewReaction>) -> ApiResult<Reaction> {
        db.create(body.into_inner()).await
    }

    /// Every reaction.
    #[endpoint(GET, "/reactions")]
    pub async fn list_reactions(db: Db, page: Query<Page>) -> ApiResult<Vec<Reaction>> {
        db.list(ListOptions::new(page.into_inner())).await
    }
}
