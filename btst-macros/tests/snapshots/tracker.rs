/// Projects and their tasks, per team.
pub mod tracker {
    #[allow(unused_imports)]
    use ::btst_runtime::__private as __btst;
    #[allow(unused_imports)]
    use __btst::scope::*;
    use btst_runtime::diesel::{dsl::count_star, prelude::*};
    use btst_runtime::prelude::*;
    use btst_runtime::{
        AnyConnection, ApiSchema, Crud, Enumeration, FieldMeta, FieldType, InputKind,
        ModelMeta, NewRecord, PatchRecord, QueryParams, QueryReader, Schemas,
        body_schema, check_model_input, query_parameter, serde,
        utoipa::openapi::{RefOr, path::Parameter, schema::Schema},
        with_fields,
    };
    /// Where a project stands.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        __btst::diesel::AsExpression,
        __btst::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = __btst::diesel::sql_types::Text)]
    pub enum ProjectStatus {
        Active,
        Archived,
        Completed,
    }
    __btst::impl_enumeration!(
        ProjectStatus, "Where a project stands." { Active = "ACTIVE", Archived =
        "ARCHIVED", Completed = "COMPLETED" }
    );
    /// Where a task stands.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        __btst::diesel::AsExpression,
        __btst::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = __btst::diesel::sql_types::Text)]
    pub enum TaskStatus {
        Todo,
        InProgress,
        InReview,
        Done,
    }
    __btst::impl_enumeration!(
        TaskStatus, "Where a task stands." { Todo = "TODO", InProgress = "IN_PROGRESS",
        InReview = "IN_REVIEW", Done = "DONE" }
    );
    /// How urgent a task is, least first.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        __btst::diesel::AsExpression,
        __btst::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = __btst::diesel::sql_types::Text)]
    pub enum Priority {
        Low,
        Medium,
        High,
        Urgent,
    }
    __btst::impl_enumeration!(
        Priority, "How urgent a task is, least first." { Low = "LOW", Medium = "MEDIUM",
        High = "HIGH", Urgent = "URGENT" }
    );
    /// A project of a team.
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
    #[diesel(table_name = project, treat_none_as_null = true)]
    pub struct Project {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// Its name.
        pub name: String,
        /// What it is about.
        pub description: Option<String>,
        /// Where it stands.
        pub status: ProjectStatus,
        /// The user who created it (`x-user-id`).
        pub owner_id: String,
        /// The team that owns it (`x-team-id`).
        pub team_id: String,
        /// When it was created.
        pub created_at: Timestamp,
        /// When it last changed.
        pub updated_at: Timestamp,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Project`]: table `tracker_project`."] project =
        "tracker_project" { id : ::btst_runtime::__private::diesel::sql_types::Text, name
        : ::btst_runtime::__private::diesel::sql_types::Text, description :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, status :
        ::btst_runtime::__private::diesel::sql_types::Text, owner_id :
        ::btst_runtime::__private::diesel::sql_types::Text, team_id :
        ::btst_runtime::__private::diesel::sql_types::Text, created_at :
        ::btst_runtime::__private::sql_types::Instant, updated_at :
        ::btst_runtime::__private::sql_types::Instant, }
    }
    /// The fields a client sends to create a [`Project`].
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
    pub struct NewProject {
        /// Its name.
        pub name: String,
        /// What it is about.
        #[serde(default)]
        pub description: Option<String>,
        /// Where it stands.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub status: ::core::option::Option<ProjectStatus>,
    }
    impl __btst::NewRecord for NewProject {
        type Model = Project;
        fn into_model(self, now: __btst::Timestamp) -> Project {
            let input = self;
            Project {
                id: __btst::new_id(),
                name: input.name,
                description: input.description,
                status: input.status.unwrap_or_else(|| ProjectStatus::Active),
                owner_id: ::core::default::Default::default(),
                team_id: ::core::default::Default::default(),
                created_at: now,
                updated_at: now,
            }
        }
    }
    impl __btst::Input for NewProject {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Project as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.description, &fields[2usize])
                && __btst::FieldValue::passes(&self.status, &fields[3usize])
        }
    }
    impl __btst::ApiSchema for NewProject {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Project`]; each one optional.
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
    pub struct ProjectPatch {
        /// Its name.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub name: ::core::option::Option<String>,
        /// What it is about.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub description: ::core::option::Option<Option<String>>,
        /// Where it stands.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub status: ::core::option::Option<ProjectStatus>,
    }
    impl __btst::PatchRecord for ProjectPatch {
        type Model = Project;
        fn apply(self, row: &mut Project, now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.name {
                row.name = value;
            }
            if let ::core::option::Option::Some(value) = self.description {
                row.description = value;
            }
            if let ::core::option::Option::Some(value) = self.status {
                row.status = value;
            }
            row.updated_at = now;
        }
    }
    impl __btst::Input for ProjectPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Project as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.name, &fields[1usize])
                && __btst::FieldValue::passes(&self.description, &fields[2usize])
                && __btst::FieldValue::passes(&self.status, &fields[3usize])
        }
    }
    impl __btst::ApiSchema for ProjectPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Project as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    impl __btst::Model for Project {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Project",
            table: "tracker_project",
            doc: "A project of a team.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("name", "name", __btst::FieldType::Text)
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("Its name."),
                __btst::FieldMeta::new(
                        "description",
                        "description",
                        __btst::FieldType::Text,
                    )
                    .nullable()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(5000u32),
                    )
                    .doc("What it is about."),
                __btst::FieldMeta::new(
                        "status",
                        "status",
                        __btst::FieldType::Enum(
                            <ProjectStatus as __btst::Enumeration>::META,
                        ),
                    )
                    .default(__btst::DefaultValue::Text("ACTIVE"))
                    .doc("Where it stands."),
                __btst::FieldMeta::new("owner_id", "ownerId", __btst::FieldType::Text)
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The user who created it (`x-user-id`)."),
                __btst::FieldMeta::new("team_id", "teamId", __btst::FieldType::Text)
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The team that owns it (`x-team-id`)."),
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
            indexes: &[&["team_id", "status"]],
        };
        type New = NewProject;
        type Patch = ProjectPatch;
    }
    impl __btst::ApiSchema for Project {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    __btst::impl_crud!(
        Project, project, { id : "id", name : "name", description : "description", status
        : "status", owner_id : "ownerId", team_id : "teamId", created_at : "createdAt",
        updated_at : "updatedAt", }
    );
    /// A task of a project; deleted with its project.
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
    #[diesel(table_name = task, treat_none_as_null = true)]
    pub struct Task {
        /// The primary key: a UUID v7, set by the server.
        pub id: String,
        /// What to do.
        pub title: String,
        /// The details.
        pub description: Option<String>,
        /// Where it stands.
        pub status: TaskStatus,
        /// How urgent it is.
        pub priority: Priority,
        /// The user it is assigned to.
        pub assignee_id: Option<String>,
        /// When it is due.
        pub due_date: Option<Timestamp>,
        /// The project it belongs to (from the path).
        pub project_id: String,
        /// When it was created.
        pub created_at: Timestamp,
        /// When it last changed.
        pub updated_at: Timestamp,
    }
    __btst::table! {
        #[doc = " The Diesel schema of [`Task`]: table `tracker_task`."] task =
        "tracker_task" { id : ::btst_runtime::__private::diesel::sql_types::Text, title :
        ::btst_runtime::__private::diesel::sql_types::Text, description :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, status :
        ::btst_runtime::__private::diesel::sql_types::Text, priority :
        ::btst_runtime::__private::diesel::sql_types::Text, assignee_id :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::diesel::sql_types::Text >, due_date :
        ::btst_runtime::__private::diesel::sql_types::Nullable <
        ::btst_runtime::__private::sql_types::Instant >, project_id :
        ::btst_runtime::__private::diesel::sql_types::Text, created_at :
        ::btst_runtime::__private::sql_types::Instant, updated_at :
        ::btst_runtime::__private::sql_types::Instant, }
    }
    /// The fields a client sends to create a [`Task`].
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
    pub struct NewTask {
        /// What to do.
        pub title: String,
        /// The details.
        #[serde(default)]
        pub description: Option<String>,
        /// Where it stands.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub status: ::core::option::Option<TaskStatus>,
        /// How urgent it is.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub priority: ::core::option::Option<Priority>,
        /// The user it is assigned to.
        #[serde(default)]
        pub assignee_id: Option<String>,
        /// When it is due.
        #[serde(default)]
        pub due_date: Option<Timestamp>,
    }
    impl __btst::NewRecord for NewTask {
        type Model = Task;
        fn into_model(self, now: __btst::Timestamp) -> Task {
            let input = self;
            Task {
                id: __btst::new_id(),
                title: input.title,
                description: input.description,
                status: input.status.unwrap_or_else(|| TaskStatus::Todo),
                priority: input.priority.unwrap_or_else(|| Priority::Medium),
                assignee_id: input.assignee_id,
                due_date: input.due_date,
                project_id: ::core::default::Default::default(),
                created_at: now,
                updated_at: now,
            }
        }
    }
    impl __btst::Input for NewTask {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Task as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.description, &fields[2usize])
                && __btst::FieldValue::passes(&self.status, &fields[3usize])
                && __btst::FieldValue::passes(&self.priority, &fields[4usize])
                && __btst::FieldValue::passes(&self.assignee_id, &fields[5usize])
                && __btst::FieldValue::passes(&self.due_date, &fields[6usize])
        }
    }
    impl __btst::ApiSchema for NewTask {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Create,
                schemas,
            )
        }
    }
    /// The fields a client sends to change a [`Task`]; each one optional.
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
    pub struct TaskPatch {
        /// What to do.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub title: ::core::option::Option<String>,
        /// The details.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub description: ::core::option::Option<Option<String>>,
        /// Where it stands.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub status: ::core::option::Option<TaskStatus>,
        /// How urgent it is.
        #[serde(default, deserialize_with = "::btst_runtime::__private::present")]
        pub priority: ::core::option::Option<Priority>,
        /// The user it is assigned to.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub assignee_id: ::core::option::Option<Option<String>>,
        /// When it is due.
        #[serde(default, deserialize_with = "::btst_runtime::__private::double_option")]
        pub due_date: ::core::option::Option<Option<Timestamp>>,
    }
    impl __btst::PatchRecord for TaskPatch {
        type Model = Task;
        fn apply(self, row: &mut Task, now: __btst::Timestamp) {
            if let ::core::option::Option::Some(value) = self.title {
                row.title = value;
            }
            if let ::core::option::Option::Some(value) = self.description {
                row.description = value;
            }
            if let ::core::option::Option::Some(value) = self.status {
                row.status = value;
            }
            if let ::core::option::Option::Some(value) = self.priority {
                row.priority = value;
            }
            if let ::core::option::Option::Some(value) = self.assignee_id {
                row.assignee_id = value;
            }
            if let ::core::option::Option::Some(value) = self.due_date {
                row.due_date = value;
            }
            row.updated_at = now;
        }
    }
    impl __btst::Input for TaskPatch {
        fn check(
            value: &__btst::JsonValue,
            issues: &mut ::std::vec::Vec<__btst::Issue>,
        ) {
            __btst::check_model_input(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Task as __btst::Model>::META.fields;
            __btst::FieldValue::passes(&self.title, &fields[1usize])
                && __btst::FieldValue::passes(&self.description, &fields[2usize])
                && __btst::FieldValue::passes(&self.status, &fields[3usize])
                && __btst::FieldValue::passes(&self.priority, &fields[4usize])
                && __btst::FieldValue::passes(&self.assignee_id, &fields[5usize])
                && __btst::FieldValue::passes(&self.due_date, &fields[6usize])
        }
    }
    impl __btst::ApiSchema for TaskPatch {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::input_schema(
                &<Task as __btst::Model>::META,
                __btst::InputKind::Update,
                schemas,
            )
        }
    }
    impl __btst::Model for Task {
        const META: __btst::ModelMeta = __btst::ModelMeta {
            name: "Task",
            table: "tracker_task",
            doc: "A task of a project; deleted with its project.",
            fields: &[
                __btst::FieldMeta::id(),
                __btst::FieldMeta::new("title", "title", __btst::FieldType::Text)
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(500u32),
                    )
                    .doc("What to do."),
                __btst::FieldMeta::new(
                        "description",
                        "description",
                        __btst::FieldType::Text,
                    )
                    .nullable()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(10000u32),
                    )
                    .doc("The details."),
                __btst::FieldMeta::new(
                        "status",
                        "status",
                        __btst::FieldType::Enum(
                            <TaskStatus as __btst::Enumeration>::META,
                        ),
                    )
                    .default(__btst::DefaultValue::Text("TODO"))
                    .doc("Where it stands."),
                __btst::FieldMeta::new(
                        "priority",
                        "priority",
                        __btst::FieldType::Enum(<Priority as __btst::Enumeration>::META),
                    )
                    .default(__btst::DefaultValue::Text("MEDIUM"))
                    .doc("How urgent it is."),
                __btst::FieldMeta::new(
                        "assignee_id",
                        "assigneeId",
                        __btst::FieldType::Text,
                    )
                    .nullable()
                    .index()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The user it is assigned to."),
                __btst::FieldMeta::new(
                        "due_date",
                        "dueDate",
                        __btst::FieldType::Timestamp,
                    )
                    .nullable()
                    .doc("When it is due."),
                __btst::FieldMeta::new(
                        "project_id",
                        "projectId",
                        __btst::FieldType::Text,
                    )
                    .readonly()
                    .references("Project", "tracker_project", __btst::OnDelete::Cascade)
                    .stamped()
                    .doc("The project it belongs to (from the path)."),
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
            indexes: &[&["project_id", "status"]],
        };
        type New = NewTask;
        type Patch = TaskPatch;
    }
    impl __btst::ApiSchema for Task {
        fn schema(schemas: &mut __btst::Schemas) -> __btst::RefOr<__btst::Schema> {
            __btst::model_schema(&<Self as __btst::Model>::META, schemas)
        }
    }
    __btst::impl_crud!(
        Task, task, { id : "id", title : "title", description : "description", status :
        "status", priority : "priority", assignee_id : "assigneeId", due_date :
        "dueDate", project_id : "projectId", created_at : "createdAt", updated_at :
        "updatedAt", }
    );
    /// A project with its task counts, computed in SQL.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    #[serde(crate = "btst_runtime::serde", rename_all = "camelCase")]
    pub struct ProjectSummary {
        /// The project.
        #[serde(flatten)]
        pub project: Project,
        /// How many tasks it has.
        pub task_count: i64,
        /// How many of them are done.
        pub done_count: i64,
    }
    impl ApiSchema for ProjectSummary {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            with_fields(
                schemas,
                "ProjectSummary",
                Project::schema,
                &[
                    ("taskCount", "How many tasks it has.", i64::schema),
                    ("doneCount", "How many of them are done.", i64::schema),
                ],
            )
        }
    }
    /// A project with its tasks, newest first.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    #[serde(crate = "btst_runtime::serde", rename_all = "camelCase")]
    pub struct ProjectWithTasks {
        /// The project.
        #[serde(flatten)]
        pub project: Project,
        /// Its tasks, newest first.
        pub tasks: Vec<Task>,
    }
    impl ApiSchema for ProjectWithTasks {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            with_fields(
                schemas,
                "ProjectWithTasks",
                Project::schema,
                &[("tasks", "Its tasks, newest first.", Vec::<Task>::schema)],
            )
        }
    }
    /// The body of the quick status change.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
    #[serde(crate = "btst_runtime::serde", deny_unknown_fields)]
    pub struct StatusChange {
        /// The new status.
        pub status: TaskStatus,
    }
    /// Its fields, declared like a model's so that validation and the schema come from them.
    const STATUS_CHANGE: ModelMeta = ModelMeta {
        name: "StatusChange",
        table: "",
        doc: "The body of the quick status change.",
        fields: &[
            FieldMeta::new("status", "status", FieldType::Enum(TaskStatus::META))
                .doc("The new status."),
        ],
        indexes: &[],
    };
    impl Input for StatusChange {
        fn check(value: &JsonValue, issues: &mut Vec<Issue>) {
            check_model_input(&STATUS_CHANGE, InputKind::Create, value, issues);
        }
    }
    impl ApiSchema for StatusChange {
        fn schema(schemas: &mut Schemas) -> RefOr<Schema> {
            body_schema(&STATUS_CHANGE, schemas)
        }
    }
    /// The filters of a project's task list.
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct TaskFilter {
        /// Only tasks with this status.
        pub status: Option<TaskStatus>,
        /// Only tasks assigned to this user.
        pub assignee_id: Option<String>,
    }
    impl QueryParams for TaskFilter {
        fn parse(query: &str) -> ApiResult<Self> {
            let mut query = QueryReader::new(query)?;
            let filter = Self {
                status: query.enumeration("status"),
                assignee_id: query.text("assigneeId"),
            };
            query.finish()?;
            Ok(filter)
        }
        fn parameters() -> Vec<Parameter> {
            vec![
                query_parameter::< TaskStatus > ("status",
                "Only tasks with this status."), query_parameter::< String >
                ("assigneeId", "Only tasks assigned to this user."),
            ]
        }
    }
    /// The caller's team's projects, newest first, with their task counts.
    pub async fn list_projects(
        db: Db,
        tenant: Tenant,
        page: Query<Page>,
    ) -> ApiResult<Vec<ProjectSummary>> {
        let page = page.into_inner();
        db.run(move |conn| {
                let projects: Vec<Project> = project::table
                    .filter(project::team_id.eq(&tenant.team_id))
                    .order((project::created_at.desc(), project::id.desc()))
                    .limit(page.limit)
                    .offset(page.offset)
                    .select(Project::as_select())
                    .load(conn)?;
                let ids: Vec<&str> = projects
                    .iter()
                    .map(|project| project.id.as_str())
                    .collect();
                let counts = |conn: &mut AnyConnection, done: bool| {
                    let mut query = task::table
                        .filter(task::project_id.eq_any(&ids))
                        .group_by(task::project_id)
                        .select((task::project_id, count_star()))
                        .into_boxed();
                    if done {
                        query = query.filter(task::status.eq(TaskStatus::Done));
                    }
                    query.load::<(String, i64)>(conn)
                };
                let (totals, done) = (counts(conn, false)?, counts(conn, true)?);
                let count_of = |counts: &[(String, i64)], id: &str| {
                    counts
                        .iter()
                        .find(|(project, _)| project == id)
                        .map_or(0, |(_, count)| *count)
                };
                Ok::<
                    _,
                    ApiError,
                >(
                    projects
                        .into_iter()
                        .map(|project| ProjectSummary {
                            task_count: count_of(&totals, &project.id),
                            done_count: count_of(&done, &project.id),
                            project,
                        })
                        .collect(),
                )
            })
            .await
    }
    /// Creates a project of the caller's team, owned by the caller.
    pub async fn create_project(
        db: Db,
        tenant: Tenant,
        body: Json<NewProject>,
    ) -> ApiResult<Project> {
        db.create_with(
                body.into_inner(),
                move |project| {
                    project.team_id = tenant.team_id;
                    project.owner_id = tenant.user_id;
                },
            )
            .await
    }
    /// One project of the caller's team, with its tasks newest first.
    pub async fn get_project(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
    ) -> ApiResult<ProjectWithTasks> {
        let id = id.into_inner();
        db.run(move |conn| {
                let project = team_project(conn, &tenant, &id)?;
                let tasks = task::table
                    .filter(task::project_id.eq(&project.id))
                    .order((task::created_at.desc(), task::id.desc()))
                    .select(Task::as_select())
                    .load(conn)?;
                Ok::<_, ApiError>(ProjectWithTasks { project, tasks })
            })
            .await
    }
    /// Changes a project of the caller's team.
    pub async fn update_project(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
        body: Json<ProjectPatch>,
    ) -> ApiResult<Project> {
        db.update_where(
                id.into_inner(),
                body.into_inner(),
                move |project| { project.team_id == tenant.team_id },
            )
            .await
    }
    /// Deletes a project of the caller's team, and its tasks.
    pub async fn delete_project(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
    ) -> ApiResult<Deleted> {
        db.delete_where::<
                Project,
            >(id.into_inner(), move |project| { project.team_id == tenant.team_id })
            .await
    }
    /// A project's tasks, most urgent first, then newest; filtered by status and assignee.
    pub async fn list_tasks(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
        filter: Query<TaskFilter>,
    ) -> ApiResult<Vec<Task>> {
        let (id, filter) = (id.into_inner(), filter.into_inner());
        db.run(move |conn| {
                let project = team_project(conn, &tenant, &id)?;
                let mut query = task::table
                    .filter(task::project_id.eq(project.id))
                    .select(Task::as_select())
                    .into_boxed();
                if let Some(status) = filter.status {
                    query = query.filter(task::status.eq(status));
                }
                if let Some(assignee) = filter.assignee_id {
                    query = query.filter(task::assignee_id.eq(assignee));
                }
                let tasks = query
                    .order((
                        rank::<Priority>("priority").desc(),
                        task::created_at.desc(),
                        task::id.desc(),
                    ))
                    .load(conn)?;
                Ok::<_, ApiError>(tasks)
            })
            .await
    }
    /// Adds a task to a project of the caller's team.
    pub async fn create_task(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
        body: Json<NewTask>,
    ) -> ApiResult<Task> {
        let (id, input) = (id.into_inner(), body.into_inner());
        let mut task = input.into_model(Timestamp::now());
        db.transaction(move |conn| {
                task.project_id = team_project(conn, &tenant, &id)?.id;
                Task::insert(conn, &task)?;
                Ok::<_, ApiError>(task)
            })
            .await
    }
    /// Changes a task of the caller's team.
    pub async fn update_task(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
        body: Json<TaskPatch>,
    ) -> ApiResult<Task> {
        change_task(db, tenant, id.into_inner(), body.into_inner()).await
    }
    /// Moves a task to another status.
    pub async fn change_task_status(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
        body: Json<StatusChange>,
    ) -> ApiResult<Task> {
        let patch = TaskPatch {
            status: Some(body.status),
            ..TaskPatch::default()
        };
        change_task(db, tenant, id.into_inner(), patch).await
    }
    /// Deletes a task of the caller's team.
    pub async fn delete_task(
        db: Db,
        tenant: Tenant,
        id: Path<String>,
    ) -> ApiResult<Deleted> {
        let id = id.into_inner();
        db.transaction(move |conn| {
                let task = team_task(conn, &tenant, &id)?;
                Task::delete(conn, &task.id)?;
                Ok::<_, ApiError>(Deleted { success: true })
            })
            .await
    }
    /// The project `id` if it belongs to the caller's team, else 404.
    fn team_project(
        conn: &mut AnyConnection,
        tenant: &Tenant,
        id: &str,
    ) -> ApiResult<Project> {
        project::table
            .filter(project::id.eq(id))
            .filter(project::team_id.eq(&tenant.team_id))
            .select(Project::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_found("no Project with this id"))
    }
    /// The task `id` if its project belongs to the caller's team, else 404.
    fn team_task(
        conn: &mut AnyConnection,
        tenant: &Tenant,
        id: &str,
    ) -> ApiResult<Task> {
        task::table
            .inner_join(project::table)
            .filter(task::id.eq(id))
            .filter(project::team_id.eq(&tenant.team_id))
            .select(Task::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::not_found("no Task with this id"))
    }
    async fn change_task(
        db: Db,
        tenant: Tenant,
        id: String,
        patch: TaskPatch,
    ) -> ApiResult<Task> {
        let now = Timestamp::now();
        db.transaction(move |conn| {
                let mut task = team_task(conn, &tenant, &id)?;
                patch.apply(&mut task, now);
                Task::save(conn, &task)?;
                Ok::<_, ApiError>(task)
            })
            .await
    }
    /// The caller's team's projects, newest first, up to `limit` (bypasses hooks; the tenant is
    /// yours to check).
    pub async fn team_projects(
        db: Db,
        team_id: String,
        limit: i64,
    ) -> ApiResult<Vec<Project>> {
        db.run(move |conn| {
                project::table
                    .filter(project::team_id.eq(team_id))
                    .order((project::created_at.desc(), project::id.desc()))
                    .limit(limit)
                    .select(Project::as_select())
                    .load(conn)
            })
            .await
    }
    __btst::diesel::joinable!(task -> project(project_id));
    __btst::diesel::allow_tables_to_appear_in_same_query!(project, task);
    /// The hooks of the `tracker` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be `Send`.
    #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_projects`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_list_projects(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            page: &Page,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_projects`] succeeded, with its result; an error fails the request.
        async fn after_list_projects(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<ProjectSummary>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_projects`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_list_projects_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`create_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_create_project(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            body: &NewProject,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_create_project(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Project,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_create_project_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Project,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_project`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_create_project_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`get_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_get_project(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`get_project`] succeeded, with its result; an error fails the request.
        async fn after_get_project(
            &self,
            context: &__btst::HookContext<'_>,
            result: &ProjectWithTasks,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`get_project`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_get_project_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`update_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_update_project(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &ProjectPatch,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_update_project(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Project,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_update_project_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Project,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_project`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_update_project_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`delete_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_delete_project(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_delete_project(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_delete_project_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_project`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_delete_project_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`list_tasks`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        async fn before_list_tasks(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            filter: &TaskFilter,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_tasks`] succeeded, with its result; an error fails the request.
        async fn after_list_tasks(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Vec<Task>,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_tasks`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_list_tasks_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`create_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_create_task(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &NewTask,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_create_task(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_create_task_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_task`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_create_task_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`update_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_update_task(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &TaskPatch,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_update_task(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_update_task_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_task`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_update_task_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`change_task_status`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_change_task_status(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &StatusChange,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`change_task_status`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_change_task_status(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`change_task_status`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_change_task_status_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Task,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`change_task_status`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_change_task_status_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before [`delete_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn before_delete_task(
            &self,
            context: &__btst::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        async fn after_delete_task(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        async fn after_delete_task_committed(
            &self,
            context: &__btst::HookContext<'_>,
            result: &Deleted,
        ) -> __btst::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_task`] or its `after_` hook failed (not when a before hook denied it).
        async fn on_delete_task_error(
            &self,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) {}
        /// Runs before the getter [`team_projects`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        async fn before_team_projects(
            &self,
            context: &__btst::HookContext<'_>,
            team_id: &String,
            limit: &i64,
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
    /// The `tracker` plugin, with the hooks `H`. Add it to a Stack with `.plugin(tracker::plugin())`.
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
            f.debug_struct("Plugin").field("name", &"tracker").finish_non_exhaustive()
        }
    }
    #[automatically_derived]
    impl<H: Hooks> __btst::Plugin for Plugin<H> {
        fn name(&self) -> &'static str {
            "tracker"
        }
        fn models(&self) -> &'static [__btst::ModelMeta] {
            const MODELS: &[__btst::ModelMeta] = &[
                <Project as __btst::Model>::META,
                <Task as __btst::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> __btst::PluginDoc {
            __btst::PluginDoc::new(
                "tracker",
                "Projects and their tasks, per team.",
                ::std::vec::Vec::from([
                    <list_projects as __btst::Endpoint<H>>::META,
                    <create_project as __btst::Endpoint<H>>::META,
                    <get_project as __btst::Endpoint<H>>::META,
                    <update_project as __btst::Endpoint<H>>::META,
                    <delete_project as __btst::Endpoint<H>>::META,
                    <list_tasks as __btst::Endpoint<H>>::META,
                    <create_task as __btst::Endpoint<H>>::META,
                    <update_task as __btst::Endpoint<H>>::META,
                    <change_task_status as __btst::Endpoint<H>>::META,
                    <delete_task as __btst::Endpoint<H>>::META,
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
                    __btst::route::<list_projects, H>(&self.hooks, transactional),
                    __btst::route::<create_project, H>(&self.hooks, transactional),
                    __btst::route::<get_project, H>(&self.hooks, transactional),
                    __btst::route::<update_project, H>(&self.hooks, transactional),
                    __btst::route::<delete_project, H>(&self.hooks, transactional),
                    __btst::route::<list_tasks, H>(&self.hooks, transactional),
                    __btst::route::<create_task, H>(&self.hooks, transactional),
                    __btst::route::<update_task, H>(&self.hooks, transactional),
                    __btst::route::<change_task_status, H>(&self.hooks, transactional),
                    __btst::route::<delete_task, H>(&self.hooks, transactional),
                ]),
            );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The endpoint [`list_projects()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct list_projects {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for list_projects {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/projects",
                "list_projects",
                200u16,
                <Vec<ProjectSummary> as __btst::ApiSchema>::schema,
            )
            .doc(
                "The caller's team's projects, newest first, with their task counts.",
                "",
            )
            .query(<Page as __btst::QueryParams>::parameters)
            .errors(&[400u16, 403u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = ();
        type Args = (__btst::Extracted<Tenant>, Query<Page>);
        type Output = Vec<ProjectSummary>;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<ProjectSummary>>> {
            list_projects(db, args.0.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_list_projects(context, &args.0.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<ProjectSummary>,
        ) -> impl __btst::HookFuture {
            hooks.after_list_projects(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_list_projects_error(context, error)
        }
    }
    /// The endpoint [`create_project()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct create_project {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for create_project {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/projects",
                "create_project",
                201u16,
                <Project as __btst::ApiSchema>::schema,
            )
            .doc("Creates a project of the caller's team, owned by the caller.", "")
            .body(<NewProject as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 413u16, 415u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = ();
        type Args = (__btst::Extracted<Tenant>, Json<NewProject>);
        type Output = Project;
        fn call(
            db: __btst::Db,
            _: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Project>> {
            create_project(db, args.0.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            _: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_create_project(context, &args.0.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Project,
        ) -> impl __btst::HookFuture {
            hooks.after_create_project(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Project,
        ) -> impl __btst::HookFuture {
            hooks.after_create_project_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_create_project_error(context, error)
        }
    }
    /// The endpoint [`get_project()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct get_project {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for get_project {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/projects/{id}",
                "get_project",
                200u16,
                <ProjectWithTasks as __btst::ApiSchema>::schema,
            )
            .doc("One project of the caller's team, with its tasks newest first.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>,);
        type Output = ProjectWithTasks;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<ProjectWithTasks>> {
            get_project(db, args.0.0, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_get_project(context, &args.0.0, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &ProjectWithTasks,
        ) -> impl __btst::HookFuture {
            hooks.after_get_project(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_get_project_error(context, error)
        }
    }
    /// The endpoint [`update_project()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct update_project {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for update_project {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Put,
                "/projects/{id}",
                "update_project",
                200u16,
                <Project as __btst::ApiSchema>::schema,
            )
            .doc("Changes a project of the caller's team.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<ProjectPatch as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>, Json<ProjectPatch>);
        type Output = Project;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Project>> {
            update_project(db, args.0.0, path.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_update_project(context, &args.0.0, &path.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Project,
        ) -> impl __btst::HookFuture {
            hooks.after_update_project(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Project,
        ) -> impl __btst::HookFuture {
            hooks.after_update_project_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_update_project_error(context, error)
        }
    }
    /// The endpoint [`delete_project()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct delete_project {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for delete_project {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Delete,
                "/projects/{id}",
                "delete_project",
                200u16,
                <Deleted as __btst::ApiSchema>::schema,
            )
            .doc("Deletes a project of the caller's team, and its tasks.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>,);
        type Output = Deleted;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Deleted>> {
            delete_project(db, args.0.0, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_delete_project(context, &args.0.0, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_project(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_project_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_delete_project_error(context, error)
        }
    }
    /// The endpoint [`list_tasks()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct list_tasks {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for list_tasks {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Get,
                "/projects/{id}/tasks",
                "list_tasks",
                200u16,
                <Vec<Task> as __btst::ApiSchema>::schema,
            )
            .doc(
                "A project's tasks, most urgent first, then newest; filtered by status and assignee.",
                "",
            )
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .query(<TaskFilter as __btst::QueryParams>::parameters)
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>, Query<TaskFilter>);
        type Output = Vec<Task>;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Vec<Task>>> {
            list_tasks(db, args.0.0, path.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_list_tasks(context, &args.0.0, &path.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Vec<Task>,
        ) -> impl __btst::HookFuture {
            hooks.after_list_tasks(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_list_tasks_error(context, error)
        }
    }
    /// The endpoint [`create_task()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct create_task {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for create_task {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Post,
                "/projects/{id}/tasks",
                "create_task",
                201u16,
                <Task as __btst::ApiSchema>::schema,
            )
            .doc("Adds a task to a project of the caller's team.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<NewTask as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>, Json<NewTask>);
        type Output = Task;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Task>> {
            create_task(db, args.0.0, path.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_create_task(context, &args.0.0, &path.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_create_task(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_create_task_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_create_task_error(context, error)
        }
    }
    /// The endpoint [`update_task()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct update_task {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for update_task {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Put,
                "/tasks/{id}",
                "update_task",
                200u16,
                <Task as __btst::ApiSchema>::schema,
            )
            .doc("Changes a task of the caller's team.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<TaskPatch as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>, Json<TaskPatch>);
        type Output = Task;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Task>> {
            update_task(db, args.0.0, path.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_update_task(context, &args.0.0, &path.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_update_task(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_update_task_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_update_task_error(context, error)
        }
    }
    /// The endpoint [`change_task_status()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct change_task_status {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for change_task_status {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Patch,
                "/tasks/{id}/status",
                "change_task_status",
                200u16,
                <Task as __btst::ApiSchema>::schema,
            )
            .doc("Moves a task to another status.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .body(<StatusChange as __btst::ApiSchema>::schema)
            .errors(&[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>, Json<StatusChange>);
        type Output = Task;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Task>> {
            change_task_status(db, args.0.0, path.0, args.1)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_change_task_status(context, &args.0.0, &path.0, &args.1)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_change_task_status(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Task,
        ) -> impl __btst::HookFuture {
            hooks.after_change_task_status_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_change_task_status_error(context, error)
        }
    }
    /// The endpoint [`delete_task()`]: its typed pieces, served by the runtime's request lifecycle.
    #[allow(non_camel_case_types)]
    pub struct delete_task {}
    #[automatically_derived]
    impl<__H: Hooks> __btst::Endpoint<__H> for delete_task {
        const META: __btst::EndpointMeta = __btst::EndpointMeta::new(
                __btst::Method::Delete,
                "/tasks/{id}",
                "delete_task",
                200u16,
                <Deleted as __btst::ApiSchema>::schema,
            )
            .doc("Deletes a task of the caller's team.", "")
            .path_params(
                &[
                    __btst::PathParam {
                        name: "id",
                        schema: <String as __btst::ApiSchema>::schema,
                    },
                ],
            )
            .errors(&[400u16, 403u16, 404u16, 500u16, 503u16])
            .extractors(&[<Tenant as __btst::Extract>::META]);
        type Path = (Path<String>,);
        type Args = (__btst::Extracted<Tenant>,);
        type Output = Deleted;
        fn call(
            db: __btst::Db,
            path: Self::Path,
            args: Self::Args,
        ) -> impl __btst::Future<Output = __btst::ApiResult<Deleted>> {
            delete_task(db, args.0.0, path.0)
        }
        fn before(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            path: &Self::Path,
            args: &Self::Args,
        ) -> impl __btst::HookFuture {
            hooks.before_delete_task(context, &args.0.0, &path.0)
        }
        fn after(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_task(context, value)
        }
        fn committed(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            value: &Deleted,
        ) -> impl __btst::HookFuture {
            hooks.after_delete_task_committed(context, value)
        }
        fn on_error(
            hooks: &__H,
            context: &__btst::HookContext<'_>,
            error: &__btst::ApiError,
        ) -> impl __btst::Future<Output = ()> {
            hooks.on_delete_task_error(context, error)
        }
    }
    /// The server-side getters of the `tracker` plugin, called without HTTP: `stack.api::<tracker::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
        /// The caller's team's projects, newest first, up to `limit` (bypasses hooks; the tenant is
        /// yours to check).
        pub async fn team_projects(
            &self,
            team_id: String,
            limit: i64,
        ) -> ApiResult<Vec<Project>> {
            team_projects(::core::clone::Clone::clone(&self.db), team_id, limit).await
        }
    }
    /// The server-side getters of the `tracker` plugin with their hooks: `stack.api::<tracker::GuardedApi>()`. Each method takes the caller's identity first and runs the getter's `before_*` hook with it, as a request would; a denial is the hook's error.
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
            let plugin = stack.installed::<Plugin<H>>("tracker");
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl<H: Hooks> GuardedApi<H> {
        /// The caller's team's projects, newest first, up to `limit` (bypasses hooks; the tenant is
        /// yours to check).
        ///
        /// Runs `Hooks::before_team_projects` as `identity` (an error denies the call), then [`team_projects`].
        pub async fn team_projects(
            &self,
            identity: ::core::option::Option<__btst::Identity>,
            team_id: String,
            limit: i64,
        ) -> ApiResult<Vec<Project>> {
            let context = __btst::HookContext::server(
                "team_projects",
                identity,
                &self.db,
            );
            self.hooks.before_team_projects(&context, &team_id, &limit).await?;
            team_projects(::core::clone::Clone::clone(&self.db), team_id, limit).await
        }
    }
}
