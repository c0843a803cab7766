//! The typed client `#[plugin]` generates (feature `client`), against each example's running
//! server: every Todo route with its own types, errors decoded from problem+json, headers sent
//! from the `ApiClient` for the Tracker's `Tenant`, a query string from a query type, and path
//! parameters that stay one segment. Runs on SQLite, or on the server `BTST_TEST_DATABASE_URL`
//! names.

use btst_runtime::testing::{TestServer, block_on, json};
use btst_runtime::{ApiClient, ClientError, Page};
use todo_example::todos;

fn todos_client(server: &TestServer) -> todos::Client {
    todos::Client::new(ApiClient::new(server.url("/api/data")))
}

#[test]
fn every_todo_route_takes_and_returns_the_plugins_own_types() {
    let server = TestServer::start(todo_example::stack());
    let client = todos_client(&server);
    block_on(async {
        let created = client
            .create_todo(&todos::NewTodo {
                title: "typed".to_owned(),
                completed: None,
            })
            .await
            .expect("creates");
        assert_eq!(created.title, "typed");
        assert!(!created.completed, "the default applied: absent, not null");
        let listed = client
            .list_todos(&Page {
                limit: 10,
                offset: 0,
            })
            .await
            .expect("lists");
        assert_eq!(listed, std::slice::from_ref(&created));
        let updated = client
            .update_todo(
                &created.id,
                &todos::TodoPatch {
                    completed: Some(true),
                    ..todos::TodoPatch::default()
                },
            )
            .await
            .expect("updates");
        assert!(updated.completed);
        assert_eq!(updated.title, "typed", "a field left out is unchanged");
        let deleted = client.delete_todo(&created.id).await.expect("deletes");
        assert!(deleted.success);
        let listed = client.list_todos(&Page::default()).await.expect("lists");
        assert!(listed.is_empty());
    });
}

#[test]
fn error_statuses_are_the_servers_problem_decoded() {
    let server = TestServer::start(todo_example::stack());
    let client = todos_client(&server);
    block_on(async {
        let missing = client
            .update_todo("no-such-id", &todos::TodoPatch::default())
            .await
            .expect_err("404");
        let error = missing.api().expect("an answer from the server");
        assert_eq!(error.status().as_u16(), 404);
        assert_eq!(error.code(), "NOT_FOUND");
        let invalid = client
            .create_todo(&todos::NewTodo {
                title: String::new(),
                completed: None,
            })
            .await
            .expect_err("400");
        let error = invalid.api().expect("an answer from the server");
        assert_eq!(error.status().as_u16(), 400);
        assert_eq!(error.code(), "VALIDATION_ERROR");
        assert_eq!(error.issues()[0].path, "title");
        let out_of_range = client
            .list_todos(&Page {
                limit: 1000,
                offset: 0,
            })
            .await
            .expect_err("400");
        assert_eq!(
            out_of_range
                .api()
                .map(|error| error.issues()[0].path.as_str()),
            Some("limit")
        );
    });
}

#[test]
fn no_server_is_a_transport_error() {
    let server = TestServer::start(todo_example::stack());
    let url = server.url("/api/data");
    server.stop();
    let client = todos::Client::new(ApiClient::new(url));
    let error = block_on(client.list_todos(&Page::default())).expect_err("nothing listens");
    assert!(matches!(error, ClientError::Transport(_)), "{error:?}");
}

#[test]
fn headers_of_the_api_client_reach_extract_arguments_and_envelopes_are_unwrapped() {
    use btst_runtime::testing::json_to;
    use tracker_example::tracker;
    let server = TestServer::start(tracker_example::stack());
    let base = server.url(tracker_example::BASE_PATH);
    let as_team = |team: &str| {
        tracker::Client::new(
            ApiClient::new(base.clone())
                .header("x-team-id", team)
                .and_then(|client| client.header("x-user-id", "u1"))
                .expect("valid headers"),
        )
    };
    let (ours, theirs) = (as_team("team-a"), as_team("team-b"));
    block_on(async {
        let health = ours.health_check().await.expect("answers bare");
        assert_eq!(health.plugin, "task-tracker");
        let project = ours
            .create_project(&json_to(json!({ "name": "Typed" })))
            .await
            .expect("creates, read from the envelope's data");
        assert_eq!(
            project.team_id, "team-a",
            "stamped from the client's header"
        );
        let task = ours
            .create_task(&json_to(
                json!({ "title": "one", "status": "DONE", "projectId": project.id }),
            ))
            .await
            .expect("creates a task");
        let done = ours
            .list_tasks(&tracker::TaskFilter {
                project_id: Some(project.id.clone()),
                status: Some(tracker::TaskStatus::Done),
                assignee_id: None,
            })
            .await
            .expect("lists with a query");
        assert_eq!(done, [task]);
        let hidden = theirs
            .get_project(&project.id)
            .await
            .expect_err("another team");
        assert_eq!(hidden.api().map(|error| error.status().as_u16()), Some(404));
        let anonymous = tracker::Client::new(ApiClient::new(base.clone()));
        let refused = anonymous
            .list_projects(&Page::default())
            .await
            .expect_err("no team");
        assert_eq!(
            refused.api().map(|error| error.status().as_u16()),
            Some(400)
        );
        // NAAP's delete answers `{"success": true}`, without `data`.
        ours.delete_project(&project.id).await.expect("deletes");
        let gone = ours.get_project(&project.id).await.expect_err("deleted");
        assert_eq!(
            gone.api().map(btst_runtime::ApiError::code),
            Some("NOT_FOUND")
        );
    });
}

#[test]
fn blog_posts_are_read_through_the_lists_query_and_written_by_id() {
    use blog_example::blog;
    use btst_runtime::testing::json_to;
    let server = TestServer::start(blog_example::stack());
    let client = blog::Client::new(
        ApiClient::new(server.url("/api/data"))
            .header("authorization", "Bearer editor-alice")
            .expect("a valid header"),
    );
    block_on(async {
        let created = client
            .create_post(&json_to(json!({
                "title": "Typed", "content": "...", "slug": "typed", "tags": ["rust"]
            })))
            .await
            .expect("creates");
        let found = client
            .list_posts(&blog::PostQuery {
                slug: Some("typed".to_owned()),
                ..blog::PostQuery::default()
            })
            .await
            .expect("lists by slug");
        assert_eq!(found.total, 1);
        assert_eq!(found.items[0].post.id, created.post.id);
        let updated = client
            .update_post(
                &created.post.id,
                &json_to(json!({ "title": "Typed again" })),
            )
            .await
            .expect("updates by id");
        assert_eq!(updated.post.title, "Typed again");
        assert_eq!(updated.tags.len(), 1, "tags left out are kept");
        client
            .delete_post(&created.post.id)
            .await
            .expect("deletes by id");
    });
}

#[test]
fn path_parameters_stay_one_segment() {
    let server = TestServer::start(btst_tests::probe_stack());
    let client = btst_tests::probe::Client::new(ApiClient::new(server.url("/probe")));
    for text in ["a/b", "100%", "%41", "École ?#", ".hidden", "..."] {
        let echoed = block_on(client.echo(text)).unwrap_or_else(|error| panic!("{text}: {error}"));
        assert_eq!(echoed, text, "sent as one segment, decoded once");
    }
    // No URL carries these: refused before anything is sent.
    for text in [".", ".."] {
        let error = block_on(client.echo(text)).expect_err("a dot segment");
        assert!(matches!(error, ClientError::Encode(_)), "{error:?}");
    }
}
