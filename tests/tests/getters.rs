//! The server-side getters, called without HTTP.

use btst_runtime::testing::{TestServer, json};

use todo_example::todos;

#[test]
fn getters_read_what_http_wrote() {
    let server = TestServer::start(todo_example::stack());
    let created = server.post("/api/data/todos", &json!({ "title": "via http" }));
    let id = created.json["id"].as_str().expect("id").to_owned();
    let api = server.stack().api::<todos::RawApi>();
    btst_runtime::testing::block_on(async move {
        let all = api.list_todos().await.expect("lists");
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].title, "via http");
        let one = api.get_todo_by_id(id).await.expect("finds");
        assert_eq!(one.map(|todo| todo.title), Some("via http".to_owned()));
        assert_eq!(
            api.get_todo_by_id("missing".to_owned())
                .await
                .expect("no error"),
            None
        );
    });
}
