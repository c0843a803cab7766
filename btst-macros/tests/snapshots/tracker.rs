/// Projects and their tasks, per team.
pub mod tracker {
    #[allow(unused_imports)]
    use ::btst_runtime::__private::scope::*;
    use btst_runtime::backend::AnyConnection;
    use btst_runtime::db::Crud;
    use btst_runtime::diesel::dsl::count_star;
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::extract::{QueryParams, QueryReader, query_parameter};
    use btst_runtime::model::{FieldMeta, FieldType, ModelMeta, NewRecord, PatchRecord};
    use btst_runtime::openapi::{ApiSchema, Schemas, body_schema, with_fields};
    use btst_runtime::prelude::*;
    use btst_runtime::utoipa::openapi::path::Parameter;
    use btst_runtime::utoipa::openapi::{RefOr, schema::Schema};
    use btst_runtime::validate::{InputKind, check_model_input};
    use btst_runtime::{Enumeration, serde};
    /// Where a project stands.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        ::btst_runtime::__private::diesel::AsExpression,
        ::btst_runtime::__private::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = ::btst_runtime::__private::diesel::sql_types::Text)]
    pub enum ProjectStatus {
        Active,
        Archived,
        Completed,
    }
    ::btst_runtime::__private::impl_enumeration!(
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
        ::btst_runtime::__private::diesel::AsExpression,
        ::btst_runtime::__private::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = ::btst_runtime::__private::diesel::sql_types::Text)]
    pub enum TaskStatus {
        Todo,
        InProgress,
        InReview,
        Done,
    }
    ::btst_runtime::__private::impl_enumeration!(
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
        ::btst_runtime::__private::diesel::AsExpression,
        ::btst_runtime::__private::diesel::FromSqlRow,
    )]
    #[diesel(sql_type = ::btst_runtime::__private::diesel::sql_types::Text)]
    pub enum Priority {
        Low,
        Medium,
        High,
        Urgent,
    }
    ::btst_runtime::__private::impl_enumeration!(
        Priority, "How urgent a task is, least first." { Low = "LOW", Medium = "MEDIUM",
        High = "HIGH", Urgent = "URGENT" }
    );
    /// A project of a team.
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
    ::btst_runtime::__private::table! {
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::NewRecord for NewProject {
        type Model = Project;
        fn into_model(self, now: ::btst_runtime::__private::Timestamp) -> Project {
            let input = self;
            Project {
                id: ::btst_runtime::__private::new_id(),
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
    impl ::btst_runtime::__private::Input for NewProject {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Project as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Project as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.name, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.description,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.status,
                    &fields[3usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewProject {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Project as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::PatchRecord for ProjectPatch {
        type Model = Project;
        fn apply(self, row: &mut Project, now: ::btst_runtime::__private::Timestamp) {
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
    impl ::btst_runtime::__private::Input for ProjectPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Project as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Project as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.name, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.description,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.status,
                    &fields[3usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for ProjectPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Project as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for Project {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "Project",
            table: "tracker_project",
            doc: "A project of a team.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "name",
                        "name",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("Its name."),
                ::btst_runtime::__private::FieldMeta::new(
                        "description",
                        "description",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .nullable()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(5000u32),
                    )
                    .doc("What it is about."),
                ::btst_runtime::__private::FieldMeta::new(
                        "status",
                        "status",
                        ::btst_runtime::__private::FieldType::Enum(
                            <ProjectStatus as ::btst_runtime::__private::Enumeration>::META,
                        ),
                    )
                    .default(::btst_runtime::__private::DefaultValue::Text("ACTIVE"))
                    .doc("Where it stands."),
                ::btst_runtime::__private::FieldMeta::new(
                        "owner_id",
                        "ownerId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The user who created it (`x-user-id`)."),
                ::btst_runtime::__private::FieldMeta::new(
                        "team_id",
                        "teamId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .readonly()
                    .stamped()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The team that owns it (`x-team-id`)."),
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
            indexes: &[&["team_id", "status"]],
        };
        type New = NewProject;
        type Patch = ProjectPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for Project {
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
        Project, project, { id : "id", name : "name", description : "description", status
        : "status", owner_id : "ownerId", team_id : "teamId", created_at : "createdAt",
        updated_at : "updatedAt", }
    );
    /// A task of a project; deleted with its project.
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
    ::btst_runtime::__private::table! {
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::NewRecord for NewTask {
        type Model = Task;
        fn into_model(self, now: ::btst_runtime::__private::Timestamp) -> Task {
            let input = self;
            Task {
                id: ::btst_runtime::__private::new_id(),
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
    impl ::btst_runtime::__private::Input for NewTask {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Task as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Task as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.description,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.status,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.priority,
                    &fields[4usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.assignee_id,
                    &fields[5usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.due_date,
                    &fields[6usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for NewTask {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Task as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Create,
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
        ::btst_runtime::__private::serde::Deserialize
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
    impl ::btst_runtime::__private::PatchRecord for TaskPatch {
        type Model = Task;
        fn apply(self, row: &mut Task, now: ::btst_runtime::__private::Timestamp) {
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
    impl ::btst_runtime::__private::Input for TaskPatch {
        fn check(
            value: &::btst_runtime::__private::JsonValue,
            issues: &mut ::std::vec::Vec<::btst_runtime::__private::Issue>,
        ) {
            ::btst_runtime::__private::check_model_input(
                &<Task as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                value,
                issues,
            );
        }
        const DIRECT: bool = true;
        fn passes(&self) -> bool {
            let fields = <Task as ::btst_runtime::__private::Model>::META.fields;
            ::btst_runtime::__private::FieldValue::passes(&self.title, &fields[1usize])
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.description,
                    &fields[2usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.status,
                    &fields[3usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.priority,
                    &fields[4usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.assignee_id,
                    &fields[5usize],
                )
                && ::btst_runtime::__private::FieldValue::passes(
                    &self.due_date,
                    &fields[6usize],
                )
        }
    }
    impl ::btst_runtime::__private::ApiSchema for TaskPatch {
        fn schema(
            schemas: &mut ::btst_runtime::__private::Schemas,
        ) -> ::btst_runtime::__private::RefOr<::btst_runtime::__private::Schema> {
            ::btst_runtime::__private::input_schema(
                &<Task as ::btst_runtime::__private::Model>::META,
                ::btst_runtime::__private::InputKind::Update,
                schemas,
            )
        }
    }
    impl ::btst_runtime::__private::Model for Task {
        const META: ::btst_runtime::__private::ModelMeta = ::btst_runtime::__private::ModelMeta {
            name: "Task",
            table: "tracker_task",
            doc: "A task of a project; deleted with its project.",
            fields: &[
                ::btst_runtime::__private::FieldMeta::id(),
                ::btst_runtime::__private::FieldMeta::new(
                        "title",
                        "title",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .length(
                        ::core::option::Option::Some(1u32),
                        ::core::option::Option::Some(500u32),
                    )
                    .doc("What to do."),
                ::btst_runtime::__private::FieldMeta::new(
                        "description",
                        "description",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .nullable()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(10000u32),
                    )
                    .doc("The details."),
                ::btst_runtime::__private::FieldMeta::new(
                        "status",
                        "status",
                        ::btst_runtime::__private::FieldType::Enum(
                            <TaskStatus as ::btst_runtime::__private::Enumeration>::META,
                        ),
                    )
                    .default(::btst_runtime::__private::DefaultValue::Text("TODO"))
                    .doc("Where it stands."),
                ::btst_runtime::__private::FieldMeta::new(
                        "priority",
                        "priority",
                        ::btst_runtime::__private::FieldType::Enum(
                            <Priority as ::btst_runtime::__private::Enumeration>::META,
                        ),
                    )
                    .default(::btst_runtime::__private::DefaultValue::Text("MEDIUM"))
                    .doc("How urgent it is."),
                ::btst_runtime::__private::FieldMeta::new(
                        "assignee_id",
                        "assigneeId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .nullable()
                    .index()
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some(200u32),
                    )
                    .doc("The user it is assigned to."),
                ::btst_runtime::__private::FieldMeta::new(
                        "due_date",
                        "dueDate",
                        ::btst_runtime::__private::FieldType::Timestamp,
                    )
                    .nullable()
                    .doc("When it is due."),
                ::btst_runtime::__private::FieldMeta::new(
                        "project_id",
                        "projectId",
                        ::btst_runtime::__private::FieldType::Text,
                    )
                    .readonly()
                    .references(
                        "Project",
                        "tracker_project",
                        ::btst_runtime::__private::OnDelete::Cascade,
                    )
                    .stamped()
                    .doc("The project it belongs to (from the path)."),
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
            indexes: &[&["project_id", "status"]],
        };
        type New = NewTask;
        type Patch = TaskPatch;
    }
    impl ::btst_runtime::__private::ApiSchema for Task {
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
    ::btst_runtime::__private::diesel::joinable!(task -> project(project_id));
    ::btst_runtime::__private::diesel::allow_tables_to_appear_in_same_query!(
        project, task
    );
    /// The hooks of the `tracker` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and `on_x_error`. Every method defaults to allowing and doing nothing; implement the ones you need and install them with `plugin().hooks(..)`.
    pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Runs before [`list_projects`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_list_projects(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            page: &Page,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, page);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_projects`] succeeded, with its result; an error fails the request.
        fn after_list_projects(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<ProjectSummary>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_projects`] or its `after_` hook failed (not when a before hook denied it).
        fn on_list_projects_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`create_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_create_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            body: &NewProject,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_create_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Project,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_create_project_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Project,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_project`] or its `after_` hook failed (not when a before hook denied it).
        fn on_create_project_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`get_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_get_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`get_project`] succeeded, with its result; an error fails the request.
        fn after_get_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &ProjectWithTasks,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`get_project`] or its `after_` hook failed (not when a before hook denied it).
        fn on_get_project_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`update_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_update_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &ProjectPatch,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_update_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Project,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_update_project_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Project,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_project`] or its `after_` hook failed (not when a before hook denied it).
        fn on_update_project_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`delete_project`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_delete_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_project`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_delete_project(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_project`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_delete_project_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_project`] or its `after_` hook failed (not when a before hook denied it).
        fn on_delete_project_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`list_tasks`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default.
        fn before_list_tasks(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            filter: &TaskFilter,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id, filter);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`list_tasks`] succeeded, with its result; an error fails the request.
        fn after_list_tasks(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Vec<Task>,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`list_tasks`] or its `after_` hook failed (not when a before hook denied it).
        fn on_list_tasks_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`create_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_create_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &NewTask,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`create_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_create_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`create_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_create_task_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`create_task`] or its `after_` hook failed (not when a before hook denied it).
        fn on_create_task_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`update_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_update_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &TaskPatch,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`update_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_update_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`update_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_update_task_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`update_task`] or its `after_` hook failed (not when a before hook denied it).
        fn on_update_task_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`change_task_status`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_change_task_status(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
            body: &StatusChange,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id, body);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`change_task_status`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_change_task_status(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`change_task_status`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_change_task_status_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Task,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`change_task_status`] or its `after_` hook failed (not when a before hook denied it).
        fn on_change_task_status_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before [`delete_task`] with its validated input and the caller (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` answers 403, an error of your own the status it carries. Allows by default. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn before_delete_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            tenant: &Tenant,
            id: &String,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, tenant, id);
            ::core::result::Result::Ok(())
        }
        /// Runs after [`delete_task`] succeeded, with its result; an error fails the request. It runs inside the request's transaction: an error or a panic rolls the write back.
        fn after_delete_task(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs once [`delete_task`]'s transaction has committed (say, to revalidate cached pages). Its error or panic is logged and cannot undo the write.
        fn after_delete_task_committed(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            result: &Deleted,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }
        /// Runs when [`delete_task`] or its `after_` hook failed (not when a before hook denied it).
        fn on_delete_task_error(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            error: &::btst_runtime::__private::ApiError,
        ) {
            let _ = (context, error);
        }
        /// Runs before the getter [`team_projects`] when it is called through `GuardedApi`, with its arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. Return an error to deny the call. Allows by default.
        fn before_team_projects(
            &self,
            context: &::btst_runtime::__private::HookContext<'_>,
            team_id: &String,
            limit: &i64,
        ) -> ::btst_runtime::__private::ApiResult<()> {
            let _ = (context, team_id, limit);
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
    /// The `tracker` plugin. Add it to a Stack with `.plugin(tracker::plugin())`.
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
            f.debug_struct("Plugin").field("name", &"tracker").finish_non_exhaustive()
        }
    }
    impl ::btst_runtime::__private::Plugin for Plugin {
        fn name(&self) -> &'static str {
            "tracker"
        }
        fn models(&self) -> &'static [::btst_runtime::__private::ModelMeta] {
            const MODELS: &[::btst_runtime::__private::ModelMeta] = &[
                <Project as ::btst_runtime::__private::Model>::META,
                <Task as ::btst_runtime::__private::Model>::META,
            ];
            MODELS
        }
        fn doc(&self) -> ::btst_runtime::__private::PluginDoc {
            const ENDPOINTS: &[::btst_runtime::__private::EndpointMeta] = &[
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/projects",
                    operation_id: "list_projects",
                    summary: "The caller's team's projects, newest first, with their task counts.",
                    description: "",
                    status: 200u16,
                    path_params: &[],
                    query: ::core::option::Option::Some(
                        <Page as ::btst_runtime::__private::QueryParams>::parameters,
                    ),
                    body: ::core::option::Option::None,
                    response: <Vec<
                        ProjectSummary,
                    > as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/projects",
                    operation_id: "create_project",
                    summary: "Creates a project of the caller's team, owned by the caller.",
                    description: "",
                    status: 201u16,
                    path_params: &[],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <NewProject as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Project as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/projects/{id}",
                    operation_id: "get_project",
                    summary: "One project of the caller's team, with its tasks newest first.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <ProjectWithTasks as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Put,
                    path: "/projects/{id}",
                    operation_id: "update_project",
                    summary: "Changes a project of the caller's team.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <ProjectPatch as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Project as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Delete,
                    path: "/projects/{id}",
                    operation_id: "delete_project",
                    summary: "Deletes a project of the caller's team, and its tasks.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <Deleted as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Get,
                    path: "/projects/{id}/tasks",
                    operation_id: "list_tasks",
                    summary: "A project's tasks, most urgent first, then newest; filtered by status and assignee.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::Some(
                        <TaskFilter as ::btst_runtime::__private::QueryParams>::parameters,
                    ),
                    body: ::core::option::Option::None,
                    response: <Vec<
                        Task,
                    > as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Post,
                    path: "/projects/{id}/tasks",
                    operation_id: "create_task",
                    summary: "Adds a task to a project of the caller's team.",
                    description: "",
                    status: 201u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <NewTask as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Task as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Put,
                    path: "/tasks/{id}",
                    operation_id: "update_task",
                    summary: "Changes a task of the caller's team.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <TaskPatch as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Task as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Patch,
                    path: "/tasks/{id}/status",
                    operation_id: "change_task_status",
                    summary: "Moves a task to another status.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::Some(
                        <StatusChange as ::btst_runtime::__private::ApiSchema>::schema,
                    ),
                    response: <Task as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 413u16, 415u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
                ::btst_runtime::__private::EndpointMeta {
                    method: ::btst_runtime::__private::Method::Delete,
                    path: "/tasks/{id}",
                    operation_id: "delete_task",
                    summary: "Deletes a task of the caller's team.",
                    description: "",
                    status: 200u16,
                    path_params: &[
                        ::btst_runtime::__private::PathParam {
                            name: "id",
                            schema: <String as ::btst_runtime::__private::ApiSchema>::schema,
                        },
                    ],
                    query: ::core::option::Option::None,
                    body: ::core::option::Option::None,
                    response: <Deleted as ::btst_runtime::__private::ApiSchema>::schema,
                    errors: &[400u16, 403u16, 404u16, 500u16, 503u16],
                    extractors: &[<Tenant as ::btst_runtime::__private::Extract>::META],
                },
            ];
            ::btst_runtime::__private::PluginDoc {
                name: "tracker",
                doc: "Projects and their tasks, per team.",
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
                            "/projects",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Post,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_list_projects),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_create_project),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/projects/{id}",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Put,
                                ::btst_runtime::__private::Method::Delete,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_get_project),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Put
                                .route()
                                .to(__btst_handle_update_project),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Delete
                                .route()
                                .to(__btst_handle_delete_project),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tasks/{id}",
                            &[
                                ::btst_runtime::__private::Method::Put,
                                ::btst_runtime::__private::Method::Delete,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Put
                                .route()
                                .to(__btst_handle_update_task),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Delete
                                .route()
                                .to(__btst_handle_delete_task),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/projects/{id}/tasks",
                            &[
                                ::btst_runtime::__private::Method::Get,
                                ::btst_runtime::__private::Method::Post,
                            ],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Get
                                .route()
                                .to(__btst_handle_list_tasks),
                        )
                        .route(
                            ::btst_runtime::__private::Method::Post
                                .route()
                                .to(__btst_handle_create_task),
                        ),
                );
            config
                .service(
                    ::btst_runtime::__private::resource(
                            base_path,
                            "/tasks/{id}/status",
                            &[::btst_runtime::__private::Method::Patch],
                        )
                        .route(
                            ::btst_runtime::__private::Method::Patch
                                .route()
                                .to(__btst_handle_change_task_status),
                        ),
                );
        }
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
    }
    /// The actix handler of [`list_projects`].
    #[doc(hidden)]
    async fn __btst_handle_list_projects(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        db: Db,
        page: Query<Page>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context,) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "list_projects",
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
                    .before_list_projects(&__btst_context, &tenant, &page)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = list_projects(db, tenant, page).await?;
                __btst_hooks.after_list_projects(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "list_projects",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_list_projects_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`create_project`].
    #[doc(hidden)]
    async fn __btst_handle_create_project(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        body: Json<NewProject>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (__btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "create_project",
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
                    .before_create_project(&__btst_context, &tenant, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = create_project(db, tenant, body).await?;
                __btst_hooks.after_create_project(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            201u16,
            ::btst_runtime::__private::finish_write(
                    "create_project",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks
                            .after_create_project_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_create_project_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`get_project`].
    #[doc(hidden)]
    async fn __btst_handle_get_project(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        db: Db,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "get_project",
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
                    .before_get_project(&__btst_context, &tenant, &id)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = get_project(db, tenant, id).await?;
                __btst_hooks.after_get_project(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "get_project",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_get_project_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`update_project`].
    #[doc(hidden)]
    async fn __btst_handle_update_project(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        body: Json<ProjectPatch>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "update_project",
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
                    .before_update_project(&__btst_context, &tenant, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = update_project(db, tenant, id, body).await?;
                __btst_hooks.after_update_project(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "update_project",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks
                            .after_update_project_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_update_project_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`delete_project`].
    #[doc(hidden)]
    async fn __btst_handle_delete_project(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "delete_project",
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
                    .before_delete_project(&__btst_context, &tenant, &id)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = delete_project(db, tenant, id).await?;
                __btst_hooks.after_delete_project(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "delete_project",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks
                            .after_delete_project_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_delete_project_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`list_tasks`].
    #[doc(hidden)]
    async fn __btst_handle_list_tasks(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        db: Db,
        filter: Query<TaskFilter>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "list_tasks",
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
                    .before_list_tasks(&__btst_context, &tenant, &id, &filter)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = list_tasks(db, tenant, id, filter).await?;
                __btst_hooks.after_list_tasks(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_read(
                "list_tasks",
                __btst_result,
                __btst_denied,
                |error| { __btst_hooks.on_list_tasks_error(&__btst_context, error) },
            ),
        )
    }
    /// The actix handler of [`create_task`].
    #[doc(hidden)]
    async fn __btst_handle_create_task(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        body: Json<NewTask>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "create_task",
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
                    .before_create_task(&__btst_context, &tenant, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = create_task(db, tenant, id, body).await?;
                __btst_hooks.after_create_task(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            201u16,
            ::btst_runtime::__private::finish_write(
                    "create_task",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_create_task_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_create_task_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`update_task`].
    #[doc(hidden)]
    async fn __btst_handle_update_task(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        body: Json<TaskPatch>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "update_task",
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
                    .before_update_task(&__btst_context, &tenant, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = update_task(db, tenant, id, body).await?;
                __btst_hooks.after_update_task(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "update_task",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_update_task_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_update_task_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The actix handler of [`change_task_status`].
    #[doc(hidden)]
    async fn __btst_handle_change_task_status(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
        body: Json<StatusChange>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "change_task_status",
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
                    .before_change_task_status(&__btst_context, &tenant, &id, &body)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = change_task_status(db, tenant, id, body).await?;
                __btst_hooks.after_change_task_status(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "change_task_status",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks
                            .after_change_task_status_committed(&__btst_context, value)
                    },
                    |error| {
                        __btst_hooks.on_change_task_status_error(&__btst_context, error)
                    },
                )
                .await,
        )
    }
    /// The actix handler of [`delete_task`].
    #[doc(hidden)]
    async fn __btst_handle_delete_task(
        __btst_request: ::btst_runtime::__private::HttpRequest,
        __btst_hooks: ::btst_runtime::__private::Data<dyn Hooks>,
        ::btst_runtime::__private::Extracted(
            tenant,
        ): ::btst_runtime::__private::Extracted<Tenant>,
    ) -> ::btst_runtime::__private::HttpResponse {
        let (id, __btst_context, __btst_db) = match (|| {
            ::core::result::Result::Ok::<
                _,
                ::btst_runtime::__private::ApiError,
            >((
                <Path<String>>::from_request_named(&__btst_request, "id")?,
                ::btst_runtime::__private::HookContext::new(
                    &__btst_request,
                    "delete_task",
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
                    .before_delete_task(&__btst_context, &tenant, &id)
                {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = delete_task(db, tenant, id).await?;
                __btst_hooks.after_delete_task(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            })
            .await;
        ::btst_runtime::__private::respond(
            200u16,
            ::btst_runtime::__private::finish_write(
                    "delete_task",
                    &__btst_db,
                    __btst_result,
                    __btst_denied,
                    |value| {
                        __btst_hooks.after_delete_task_committed(&__btst_context, value)
                    },
                    |error| __btst_hooks.on_delete_task_error(&__btst_context, error),
                )
                .await,
        )
    }
    /// The server-side getters of the `tracker` plugin, called without HTTP: `stack.api::<tracker::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so authorise the caller yourself before you hand out what they return, or use `GuardedApi`.
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
                    "tracker"
                )
            };
            Self {
                db: ::core::clone::Clone::clone(stack.db()),
                hooks: ::std::sync::Arc::clone(&plugin.hooks),
            }
        }
    }
    impl GuardedApi {
        /// The caller's team's projects, newest first, up to `limit` (bypasses hooks; the tenant is
        /// yours to check).
        ///
        /// Runs `Hooks::before_team_projects` as `identity` (an error denies the call), then [`team_projects`].
        pub async fn team_projects(
            &self,
            identity: ::core::option::Option<::btst_runtime::__private::Identity>,
            team_id: String,
            limit: i64,
        ) -> ApiResult<Vec<Project>> {
            let context = ::btst_runtime::__private::HookContext::server(
                "team_projects",
                identity,
            );
            self.hooks.before_team_projects(&context, &team_id, &limit)?;
            team_projects(::core::clone::Clone::clone(&self.db), team_id, limit).await
        }
    }
}
