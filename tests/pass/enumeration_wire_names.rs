//! Variants already in SCREAMING_SNAKE_CASE (Prisma's spelling) keep their names on the wire, in
//! the database and in the OpenAPI document; UpperCamelCase variants are converted by word.

use btst_runtime::prelude::*;
use btst_runtime::testing::{TestServer, json};

#[plugin(name = "news")]
mod news {
    use btst_runtime::prelude::*;

    /// Prisma's spelling, copied as is.
    #[enumeration]
    #[expect(non_camel_case_types, reason = "the names users copy from Prisma schemas")]
    pub enum Category {
        GENERAL,
        AI_PIPELINES,
    }

    /// Rust's spelling.
    #[enumeration]
    pub enum Audience {
        Everyone,
        PaidMembers,
    }

    #[model]
    pub struct Story {
        pub title: String,
        #[field(default = GENERAL)]
        pub category: Category,
        #[field(default = PaidMembers)]
        pub audience: Audience,
    }

    /// Creates a story.
    #[endpoint(POST, "/stories", status = 201)]
    pub async fn create_story(db: Db, body: Json<NewStory>) -> ApiResult<Story> {
        db.create(body.into_inner()).await
    }

    /// Every story.
    #[endpoint(GET, "/stories")]
    pub async fn list_stories(db: Db, page: Query<Page>) -> ApiResult<Vec<Story>> {
        db.list(ListOptions::new(page.into_inner())).await
    }
}

fn main() {
    assert_eq!(news::Category::AI_PIPELINES.as_str(), "AI_PIPELINES");
    assert_eq!(news::Audience::PaidMembers.as_str(), "PAID_MEMBERS");
    let server = TestServer::start(Stack::new().plugin(news::plugin()));
    let created = server.post("/stories", &json!({ "title": "Agents", "category": "AI_PIPELINES" }));
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json["category"], "AI_PIPELINES");
    assert_eq!(created.json["audience"], "PAID_MEMBERS");
    let defaulted = server.post("/stories", &json!({ "title": "News" }));
    assert_eq!(defaulted.json["category"], "GENERAL", "{}", defaulted.text);
    let mangled = server.post("/stories", &json!({ "title": "Old", "category": "A_I_P_I_P_E_L_I_N_E_S" }));
    assert_eq!(mangled.status, 400, "{}", mangled.text);
    let listed = server.get("/stories");
    let categories: Vec<&str> = listed.json.as_array().expect("a list").iter().map(|story| story["category"].as_str().expect("a string")).collect();
    assert_eq!(listed.status, 200);
    assert!(categories.contains(&"AI_PIPELINES") && categories.contains(&"GENERAL"), "{categories:?}");
    let document = server.get("/openapi.json");
    assert_eq!(document.json["components"]["schemas"]["news.Category"]["enum"], json!(["GENERAL", "AI_PIPELINES"]));
}
