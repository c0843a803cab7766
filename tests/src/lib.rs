//! Plugins and hooks that exist only to be tested: a `probe` plugin with a unique field, a
//! panicking endpoint and a slow one, and hooks that record what they see.

use std::sync::{Arc, Mutex};

use btst_runtime::prelude::*;
use todo_example::todos;

pub mod composition;
pub mod tenancy;
pub mod vocabulary;

/// A plugin whose endpoints misbehave on purpose.
#[plugin(name = "probe")]
pub mod probe {
    use std::time::Duration;

    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;

    /// A tag: its name is unique.
    #[model]
    pub struct Tag {
        /// The tag's name.
        #[field(unique, length(max = 40))]
        pub name: String,
        /// An optional note.
        pub note: Option<String>,
        /// How often it was used.
        #[field(default = 0, range(min = 0, max = 1000))]
        pub uses: i32,
        /// A colour: `"grey"` when left out, `null` when sent as `null`.
        #[field(default = "grey")]
        pub color: Option<String>,
    }

    /// A survey's answers: a declared body of values alone, deserialised directly when valid
    /// (`tests/tests/body_paths.rs` compares that path with the checked one).
    #[body]
    pub struct Survey {
        /// One to three words, each 1 to 5 lowercase letters.
        #[field(
            length(min = 1, max = 3),
            items(length(min = 1, max = 5), pattern = "^[a-z]+$")
        )]
        pub words: Vec<String>,
        /// A score from 0 to 10.
        #[field(range(min = 0, max = 10))]
        pub score: Option<i32>,
        /// At most four ratings, each 1 to 5.
        #[field(length(max = 4), items(range(min = 1, max = 5)))]
        pub ratings: Option<Vec<i64>>,
        /// When it was filled in.
        pub at: Option<Timestamp>,
    }

    /// Answers the survey it is sent.
    #[endpoint(POST, "/surveys")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn echo_survey(body: Json<Survey>) -> ApiResult<Survey> {
        Ok(body.into_inner())
    }

    /// `GET /tags`'s parameters: one of each filter, a sort and a small page.
    #[query(model = Tag)]
    pub struct TagQuery {
        /// Tags with one of these names (`names=a,b`).
        #[filter(one_of = name)]
        pub names: Option<Vec<String>>,
        /// Tags used at least this often.
        #[filter(from = uses)]
        pub min_uses: Option<i32>,
        /// Tags used at most this often.
        #[filter(to = uses)]
        pub max_uses: Option<i32>,
        /// Tags without (`true`) or with (`false`) a note.
        #[filter(null = note)]
        pub without_note: Option<bool>,
        /// Tags whose name or note contains this text, ignoring case.
        #[filter(contains(name, note))]
        pub q: Option<String>,
        /// Tags of this colour.
        #[filter(eq)]
        pub color: Option<String>,
        /// The order.
        #[sort(name, uses, default = "name")]
        pub sort: Sort,
        /// The page: 2 tags unless asked, at most 5.
        #[page(default = 2, max = 5)]
        pub page: Page,
    }

    /// `GET /tags/pages`'s parameters: the same filters by colour, paged by cursor.
    #[query(model = Tag)]
    pub struct TagPages {
        /// Tags of this colour.
        #[filter(eq)]
        pub color: Option<String>,
        /// The order.
        #[sort(name, uses, default = "name")]
        pub sort: Sort,
        /// The page: 2 tags unless asked, at most 5, after the `cursor` given.
        #[page(default = 2, max = 5)]
        pub page: CursorPage,
    }

    /// The tags, a page at a time by cursor.
    #[endpoint(GET, "/tags/pages")]
    pub async fn page_tags(db: Db, query: Query<TagPages>) -> ApiResult<CursorList<Tag>> {
        db.list_where(query.into_inner()).await
    }

    /// The tags the query selects, and how many match.
    #[endpoint(GET, "/tags")]
    pub async fn list_tags(db: Db, query: Query<TagQuery>) -> ApiResult<List<Tag>> {
        db.list_where(query.into_inner()).await
    }

    /// Creates a tag; a taken name is a 409.
    #[endpoint(POST, "/tags", status = 201)]
    pub async fn create_tag(db: Db, body: Json<NewTag>) -> ApiResult<Tag> {
        db.create(body.into_inner()).await
    }

    /// Changes a tag.
    #[endpoint(PATCH, "/tags/{id}")]
    pub async fn update_tag(db: Db, id: Path<String>, body: Json<TagPatch>) -> ApiResult<Tag> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes a tag (same route as `update_tag`, another method).
    #[endpoint(DELETE, "/tags/{id}")]
    pub async fn delete_tag(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Tag>(id.into_inner()).await
    }

    /// How many tags exist: a literal route declared after `/tags/{id}`, matched first.
    #[endpoint(GET, "/tags/count")]
    pub async fn count_tags_endpoint(db: Db) -> ApiResult<i64> {
        db.count::<Tag>().await
    }

    /// Every tag's name, in order: a query of our own over the generated table module, through
    /// the multi-backend connection.
    #[endpoint(GET, "/tags/names")]
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
    #[endpoint(GET, "/panic")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn panic() -> ApiResult<String> {
        panic!("the probe panics on purpose")
    }

    /// The path segment `text` as the endpoint receives it (decoded once).
    #[endpoint(GET, "/echo/{text}")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn echo(text: Path<String>) -> ApiResult<String> {
        Ok(text.into_inner())
    }

    /// Holds a database connection for `ms` milliseconds.
    #[endpoint(POST, "/hold/{ms}")]
    pub async fn hold(db: Db, ms: Path<i64>) -> ApiResult<bool> {
        let ms = ms.into_inner();
        db.run(move |_| {
            std::thread::sleep(Duration::from_millis(ms.unsigned_abs()));
            Ok::<_, ApiError>(true)
        })
        .await
    }

    /// How many tags exist.
    #[getter]
    pub async fn count_tags(db: Db) -> ApiResult<i64> {
        db.count::<Tag>().await
    }
}

/// Every hook call, in order: `before_create_todo`, `after_create_todo`, ...
#[derive(Debug, Clone, Default)]
pub struct Recorder(pub Arc<Mutex<Vec<String>>>);

impl Recorder {
    /// The calls so far.
    pub fn calls(&self) -> Vec<String> {
        self.0.lock().expect("not poisoned").clone()
    }

    fn record(&self, call: String) {
        self.0.lock().expect("not poisoned").push(call);
    }
}

/// Todo hooks: deny unless an `authorization` header is present; record every call.
#[derive(Debug, Clone, Default)]
pub struct GuardHooks(pub Recorder);

impl todos::Hooks for GuardHooks {
    async fn before_create_todo(
        &self,
        context: &HookContext<'_>,
        body: &todos::NewTodo,
    ) -> ApiResult<()> {
        self.0.record(format!("before_create_todo {}", body.title));
        match context.header("authorization")? {
            Some(_) => Ok(()),
            None => Err(ApiError::forbidden("an `authorization` header is required")),
        }
    }

    async fn after_create_todo(&self, _: &HookContext<'_>, result: &todos::Todo) -> ApiResult<()> {
        self.0.record(format!("after_create_todo {}", result.title));
        Ok(())
    }

    async fn after_create_todo_committed(
        &self,
        _: &HookContext<'_>,
        result: &todos::Todo,
    ) -> ApiResult<()> {
        self.0
            .record(format!("after_create_todo_committed {}", result.title));
        Ok(())
    }

    async fn before_update_todo(
        &self,
        _: &HookContext<'_>,
        id: &String,
        _: &todos::TodoPatch,
    ) -> ApiResult<()> {
        self.0.record(format!("before_update_todo {}", id.len()));
        Ok(())
    }

    async fn on_update_todo_error(&self, _: &HookContext<'_>, error: &ApiError) {
        self.0
            .record(format!("on_update_todo_error {}", error.status().as_u16()));
    }
}

/// A plugin that declares a model, an enumeration and an endpoint named like the probe's (and
/// the Todo plugin's): names are per plugin, so it joins them in one Stack.
#[plugin(name = "clash")]
pub mod clash {
    use btst_runtime::prelude::*;

    /// Another `Tag`, with a `Color` of its own.
    #[model]
    pub struct Tag {
        /// Its label.
        #[field(length(min = 1, max = 40))]
        pub label: String,
        /// Its colour.
        #[field(default = Red)]
        pub color: Color,
    }

    /// A colour.
    #[enumeration]
    pub enum Color {
        /// Red.
        Red,
        /// Blue.
        Blue,
    }

    /// Creates a tag: named like the probe's `create_tag`.
    #[endpoint(POST, "/clash-tags", status = 201)]
    pub async fn create_tag(db: Db, body: Json<NewTag>) -> ApiResult<Tag> {
        db.create(body.into_inner()).await
    }

    /// Every todo-like thing: named like the Todo plugin's `list_todos`.
    #[endpoint(GET, "/clash-tags")]
    pub async fn list_todos(db: Db, page: Query<Page>) -> ApiResult<Vec<Tag>> {
        db.list(ListOptions::new(page.into_inner())).await
    }
}

/// A plugin whose route is the probe's `POST /tags`: one route has one plugin, so the Stack
/// refuses the pair.
#[plugin(name = "same_route")]
pub mod same_route {
    use btst_runtime::prelude::*;

    /// Takes the probe's route.
    #[endpoint(POST, "/tags")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn make_tag() -> ApiResult<bool> {
        Ok(true)
    }
}

/// Plugins that take what the Stack serves itself: each is refused by `Stack::open`.
pub mod reserved {
    use btst_runtime::prelude::*;

    /// An endpoint named like the Stack's own `health` operation, at its path.
    #[plugin(name = "health")]
    pub mod health {
        use btst_runtime::prelude::*;

        /// Always fine.
        #[endpoint(GET, "/health")]
        #[expect(
            clippy::unused_async,
            reason = "an endpoint is an async fn, even one that never awaits"
        )]
        pub async fn health() -> ApiResult<bool> {
            Ok(true)
        }
    }

    /// Routes under `/docs` and at `/openapi.json`.
    #[plugin(name = "docs")]
    pub mod docs {
        use btst_runtime::prelude::*;

        /// A page of its own.
        #[endpoint(GET, "/docs/page")]
        #[expect(
            clippy::unused_async,
            reason = "an endpoint is an async fn, even one that never awaits"
        )]
        pub async fn docs_page() -> ApiResult<bool> {
            Ok(true)
        }

        /// A document of its own.
        #[endpoint(POST, "/openapi.json")]
        #[expect(
            clippy::unused_async,
            reason = "an endpoint is an async fn, even one that never awaits"
        )]
        pub async fn upload_document() -> ApiResult<bool> {
            Ok(true)
        }
    }
}

/// The probe plugin alone, under `/probe`.
pub fn probe_stack() -> Stack {
    Stack::new().base_path("/probe").plugin(probe::plugin())
}
