//! The typed client `#[plugin]` generates (feature `client`), against each example's running
//! server: every Todo route with its own types, errors decoded from problem+json, headers sent
//! from the `ApiClient` for the Tracker's `Tenant`, a query string from a query type, and path
//! parameters that stay one segment. Runs on SQLite, or on the server `BTST_TEST_DATABASE_URL`
//! names.

use btst_runtime::testing::{TestServer, block_on};
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
fn headers_of_the_api_client_reach_extract_arguments() {
    use tracker_example::tracker;
    let server = TestServer::start(tracker_example::stack());
    let as_team = |team: &str| {
        tracker::Client::new(
            ApiClient::new(server.url("/api"))
                .header("x-team-id", team)
                .and_then(|client| client.header("x-user-id", "u1"))
                .expect("valid headers"),
        )
    };
    let (ours, theirs) = (as_team("team-a"), as_team("team-b"));
    block_on(async {
        let project = ours
            .create_project(&btst_runtime::testing::json_to(
                btst_runtime::testing::json!({ "name": "Typed" }),
            ))
            .await
            .expect("creates");
        assert_eq!(
            project.team_id, "team-a",
            "stamped from the client's header"
        );
        let task = ours
            .create_task(
                &project.id,
                &btst_runtime::testing::json_to(
                    btst_runtime::testing::json!({ "title": "one", "status": "DONE" }),
                ),
            )
            .await
            .expect("creates a task");
        let done = ours
            .list_tasks(
                &project.id,
                &tracker::TaskFilter {
                    status: Some(tracker::TaskStatus::Done),
                    assignee_id: None,
                },
            )
            .await
            .expect("lists with a query");
        assert_eq!(done, [task]);
        let hidden = theirs
            .get_project(&project.id)
            .await
            .expect_err("another team");
        assert_eq!(hidden.api().map(|error| error.status().as_u16()), Some(404));
        let anonymous = tracker::Client::new(ApiClient::new(server.url("/api")));
        let refused = anonymous
            .list_projects(&Page::default())
            .await
            .expect_err("no team");
        assert_eq!(
            refused.api().map(|error| error.status().as_u16()),
            Some(400)
        );
    });
}

#[test]
fn path_parameters_stay_one_segment() {
    use blog_example::blog;
    let server = TestServer::start(blog_example::stack());
    let client = blog::Client::new(
        ApiClient::new(server.url("/api/data"))
            .header("authorization", "Bearer alice")
            .expect("a valid header"),
    );
    block_on(async {
        let created = client
            .create_post(&btst_runtime::testing::json_to(
                btst_runtime::testing::json!({
                    "title": "Slashes", "content": "...", "slug": "a/b?c#d%e", "tags": ["rust"]
                }),
            ))
            .await
            .expect("creates");
        let read = client
            .get_post(&created.post.slug)
            .await
            .expect("reads by slug");
        assert_eq!(read.post.id, created.post.id);
    });
}
