//! NAAP's Task Tracker plugin (`plugin_tracker`) on btst-rs: projects and their tasks, each
//! project owned by a team, served route for route as NAAP's Express back end serves them
//! (`/api/v1/task-tracker/projects`, `/tasks`, `PATCH` updates, `GET /health`), in NAAP's
//! `{"success": true, "data": ...}` envelope (`#[plugin(envelope = "success")]`).
//!
//! Tenancy: a gateway authenticates the caller and sends `x-team-id` and `x-user-id`. Projects
//! and tasks are scoped by their `team_id` (`#[model(row_scope = team_id)]`), and the Stack
//! takes the scope's value from the request's [`Tenant`] ([`Stack::row_scope`]): every endpoint
//! that takes `Db` reads the team, and every typed operation and `rows(&db)` query sees, changes
//! and deletes the team's rows only, and stamps the team on what it creates. Another team's
//! project or task answers 404, exactly like one that does not exist. No endpoint filters by
//! team itself.
//!
//! `cargo run -p tracker-example` serves it under `/api/v1/task-tracker` on a SQLite file;
//! `DATABASE_URL=postgres://...` or `mysql://...` (feature `mysql`) runs it on a server.

use btst_runtime::prelude::*;

/// Projects and their tasks, per team.
#[plugin(name = "tracker", envelope = "success", options = TrackerOptions)]
pub mod tracker {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;
    use btst_runtime::{ListOptions, Sort};

    /// Where a project stands.
    #[enumeration]
    pub enum ProjectStatus {
        Active,
        Archived,
        Completed,
    }

    /// Where a task stands.
    #[enumeration]
    pub enum TaskStatus {
        Todo,
        InProgress,
        InReview,
        Done,
    }

    /// How urgent a task is, least first.
    #[enumeration]
    pub enum Priority {
        Low,
        Medium,
        High,
        Urgent,
    }

    /// What the app configures at install: `tracker::plugin().options(TrackerOptions { .. })`.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct TrackerOptions {
        /// The most projects `GET /projects` answers: a larger `limit` is served this many.
        /// Default [`btst_runtime::MAX_LIMIT`] (100).
        pub max_page_size: i64,
    }

    impl Default for TrackerOptions {
        fn default() -> Self {
            Self {
                max_page_size: btst_runtime::MAX_LIMIT,
            }
        }
    }

    /// A project of a team.
    #[model(row_scope = team_id, index(team_id, status))]
    pub struct Project {
        /// Its name.
        #[field(length(min = 1, max = 200))]
        pub name: String,
        /// What it is about.
        #[field(length(max = 5000))]
        pub description: Option<String>,
        /// Where it stands.
        #[field(default = Active)]
        pub status: ProjectStatus,
        /// The user who created it (`x-user-id`).
        #[field(stamped, length(max = 200))]
        pub owner_id: String,
        /// The team that owns it (`x-team-id`).
        #[field(length(max = 200))]
        pub team_id: String,
        /// When it was created.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
        /// When it last changed.
        #[field(default = now, on_update = now)]
        pub updated_at: Timestamp,
        /// How many tasks it has, computed by the database.
        #[field(
            computed = "SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id"
        )]
        pub task_count: i64,
        /// How many of them are done, computed by the database.
        #[field(
            computed = "SELECT COUNT(*) FROM tracker_task WHERE tracker_task.project_id = tracker_project.id AND tracker_task.status = 'DONE'"
        )]
        pub done_count: i64,
    }

    /// A task of a project, of its project's team; deleted with its project.
    #[model(row_scope = team_id, index(project_id, status))]
    pub struct Task {
        /// What to do.
        #[field(length(min = 1, max = 500))]
        pub title: String,
        /// The details.
        #[field(length(max = 10000))]
        pub description: Option<String>,
        /// Where it stands.
        #[field(default = Todo)]
        pub status: TaskStatus,
        /// How urgent it is.
        #[field(default = Medium)]
        pub priority: Priority,
        /// The user it is assigned to.
        #[field(length(max = 200), index)]
        pub assignee_id: Option<String>,
        /// When it is due.
        pub due_date: Option<Timestamp>,
        /// The project it belongs to (`projectId` of the create body; never changed).
        #[field(stamped, references = Project, on_delete = "cascade")]
        pub project_id: String,
        /// The team of its project (`x-team-id`).
        #[field(length(max = 200))]
        pub team_id: String,
        /// When it was created.
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
        /// When it last changed.
        #[field(default = now, on_update = now)]
        pub updated_at: Timestamp,
    }

    /// A project with its tasks, newest first.
    #[view]
    pub struct ProjectWithTasks {
        /// The project.
        #[field(flatten)]
        pub project: Project,
        /// Its tasks, newest first.
        pub tasks: Vec<Task>,
    }

    /// The body of the quick status change.
    #[body]
    pub struct StatusChange {
        /// The new status.
        pub status: TaskStatus,
    }

    /// A task to create, in the project `projectId`.
    #[body]
    pub struct CreateTask {
        /// The task's fields.
        #[field(flatten)]
        pub task: NewTask,
        /// The project it goes into: one of the caller's team.
        #[field(length(min = 1, max = 200))]
        pub project_id: String,
    }

    /// The filters of the task list (NAAP's `GET /tasks?projectId=&status=&assigneeId=`). Its
    /// `Serialize` writes the query string the typed client sends.
    #[query(model = Task)]
    pub struct TaskFilter {
        /// Only tasks of this project; without it, of every project of the team.
        #[filter(eq)]
        pub project_id: Option<String>,
        /// Only tasks with this status.
        #[filter(eq)]
        pub status: Option<TaskStatus>,
        /// Only tasks assigned to this user.
        #[filter(eq)]
        pub assignee_id: Option<String>,
    }

    /// What `GET /health` answers: NAAP's `{"status": "ok", "plugin": "task-tracker"}`.
    #[view]
    pub struct PluginHealth {
        /// Always `ok`.
        #[field(one_of = ["ok"])]
        pub status: String,
        /// The plugin's name in NAAP: `task-tracker`.
        #[field(one_of = ["task-tracker"])]
        pub plugin: String,
    }

    /// Whether the plugin is up (NAAP's health check; not enveloped, as NAAP's is not). The
    /// Stack's own `GET /health`, at the server's root, also checks the database.
    #[endpoint(GET, "/health", envelope = "none")]
    #[expect(
        clippy::unused_async,
        reason = "an endpoint is an async fn, even one that never awaits"
    )]
    pub async fn health_check() -> ApiResult<PluginHealth> {
        Ok(PluginHealth {
            status: "ok".to_owned(),
            plugin: "task-tracker".to_owned(),
        })
    }

    /// The caller's team's projects, newest first, with their task counts.
    #[endpoint(GET, "/projects")]
    pub async fn list_projects(
        db: Db,
        options: Options<TrackerOptions>,
        page: Query<Page>,
    ) -> ApiResult<Vec<Project>> {
        let mut page = page.into_inner();
        page.limit = page.limit.min(options.max_page_size.max(1));
        db.list(ListOptions {
            sort: vec![Sort::desc("createdAt")],
            page,
        })
        .await
    }

    /// Creates a project of the caller's team, owned by the caller.
    #[endpoint(POST, "/projects", status = 201)]
    pub async fn create_project(
        db: Db,
        tenant: Tenant,
        body: Json<NewProject>,
    ) -> ApiResult<Project> {
        db.create_with(body.into_inner(), move |project| {
            project.owner_id = tenant.user_id;
        })
        .await
    }

    /// One project of the caller's team, with its tasks newest first.
    #[endpoint(GET, "/projects/{id}")]
    pub async fn get_project(db: Db, id: Path<String>) -> ApiResult<ProjectWithTasks> {
        let project: Project = db.find(id.into_inner()).await?;
        let tasks = Task::rows(&db)?
            .filter(task::project_id.eq(project.id.clone()))
            .order((task::created_at.desc(), task::id.desc()))
            .select(Task::as_select());
        let tasks = db.run(move |conn| tasks.load(conn)).await?;
        Ok(ProjectWithTasks { project, tasks })
    }

    /// Changes a project of the caller's team.
    #[endpoint(PATCH, "/projects/{id}")]
    pub async fn update_project(
        db: Db,
        id: Path<String>,
        body: Json<ProjectPatch>,
    ) -> ApiResult<Project> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes a project of the caller's team, and its tasks; answers `{"success": true}`.
    #[endpoint(DELETE, "/projects/{id}")]
    pub async fn delete_project(db: Db, id: Path<String>) -> ApiResult<()> {
        db.delete::<Project>(id.into_inner()).await.map(|_| ())
    }

    /// The team's tasks, most urgent first, then newest; filtered by project, status and
    /// assignee (a project of another team has no tasks here).
    #[endpoint(GET, "/tasks")]
    pub async fn list_tasks(db: Db, filter: Query<TaskFilter>) -> ApiResult<Vec<Task>> {
        let (filter, tasks) = (filter.into_inner(), Task::rows(&db)?);
        db.run(move |conn| {
            filter
                .filter(tasks)
                .order((
                    rank::<Priority>("priority").desc(),
                    task::created_at.desc(),
                    task::id.desc(),
                ))
                .select(Task::as_select())
                .load(conn)
        })
        .await
    }

    /// Adds a task to the project `projectId` of the caller's team (409 if the team has no such
    /// project).
    #[endpoint(POST, "/tasks", status = 201, errors(409))]
    pub async fn create_task(db: Db, body: Json<CreateTask>) -> ApiResult<Task> {
        let CreateTask { task, project_id } = body.into_inner();
        let project: Option<Project> = db.get(project_id).await?;
        let project = project
            .ok_or_else(|| ApiError::conflict("`projectId`: the team has no such project"))?;
        db.create_with(task, move |task| task.project_id = project.id)
            .await
    }

    /// Changes a task of the caller's team.
    #[endpoint(PATCH, "/tasks/{id}")]
    pub async fn update_task(db: Db, id: Path<String>, body: Json<TaskPatch>) -> ApiResult<Task> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Moves a task to another status.
    #[endpoint(PATCH, "/tasks/{id}/status")]
    pub async fn change_task_status(
        db: Db,
        id: Path<String>,
        body: Json<StatusChange>,
    ) -> ApiResult<Task> {
        let patch = TaskPatch {
            status: Some(body.status),
            ..TaskPatch::default()
        };
        db.update(id.into_inner(), patch).await
    }

    /// Deletes a task of the caller's team; answers `{"success": true}`.
    #[endpoint(DELETE, "/tasks/{id}")]
    pub async fn delete_task(db: Db, id: Path<String>) -> ApiResult<()> {
        db.delete::<Task>(id.into_inner()).await.map(|_| ())
    }

    /// The team's projects, newest first, up to `limit` (bypasses hooks; the team is the
    /// caller's to choose).
    #[getter]
    pub async fn team_projects(db: Db, team_id: String, limit: i64) -> ApiResult<Vec<Project>> {
        let newest = ListOptions {
            sort: vec![Sort::desc("createdAt")],
            page: Page { limit, offset: 0 },
        };
        db.with_row_scope(team_id).list(newest).await
    }
}

/// Where NAAP mounts the Task Tracker's routes.
pub const BASE_PATH: &str = "/api/v1/task-tracker";

/// The Task Tracker stack: the `tracker` plugin under [`BASE_PATH`].
pub fn stack() -> Stack {
    stack_of(tracker::plugin())
}

/// [`stack`] with the `tracker` plugin installed as given (hooks, options). The team of each
/// request is its row scope: `x-team-id`, read by [`Tenant`].
pub fn stack_of(plugin: impl btst_runtime::Plugin) -> Stack {
    Stack::new()
        .info("Task Tracker example", env!("CARGO_PKG_VERSION"))
        .base_path(BASE_PATH)
        .row_scope(|tenant: &Tenant| tenant.team_id.clone())
        .plugin(plugin)
}
