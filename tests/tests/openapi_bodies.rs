//! Each example's OpenAPI document states what the server does with each request body, so a
//! client generated from it (progenitor, openapi-typescript) sends what the server expects:
//! - an update body (any method but `POST`) has no `default` (a generated client would send it
//!   and reset the stored value);
//! - every body's `required` is exactly what the server requires: a body missing a listed field
//!   is a 400 naming it, a body missing any other field succeeds.
//!
//! Runs on SQLite, or on the server `BTST_TEST_DATABASE_URL` names.

use std::cell::{Cell, RefCell};

use btst_runtime::testing::{TestResponse, TestServer, Value, json};

/// Headers every request of an example sends (tenancy, identity).
type Headers = &'static [(&'static str, &'static str)];

struct Example {
    server: TestServer,
    headers: Headers,
    document: Value,
    counter: Cell<u32>,
    /// Values of properties that must name something that exists (the Tracker's `projectId`).
    fixed: RefCell<Vec<(&'static str, Value)>>,
}

impl Example {
    fn new(stack: btst_runtime::Stack, headers: Headers) -> Self {
        let document =
            serde_json::from_str(&stack.openapi().to_json().expect("serialises")).expect("parses");
        Self {
            server: TestServer::start(stack),
            headers,
            document,
            counter: Cell::new(0),
            fixed: RefCell::new(Vec::new()),
        }
    }

    fn send(&self, method: &str, path: &str, body: &Value) -> TestResponse {
        let mut headers = self.headers.to_vec();
        headers.push(("content-type", "application/json"));
        self.server
            .send(method, path, &headers, Some(body.to_string().as_bytes()))
    }

    /// `schema`, with `$ref` followed.
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema["$ref"].as_str() {
            Some(reference) => {
                let name = reference.trim_start_matches("#/components/schemas/");
                &self.document["components"]["schemas"][name]
            }
            None => schema,
        }
    }

    /// A valid value of `schema`: the first of an `enum`, a unique lowercase word of a string
    /// within its lengths, an empty array, `false`, the minimum of a number.
    fn value(&self, schema: &Value) -> Value {
        // An enumeration field is its named schema in an `allOf`, or a `oneOf` with `null`.
        for combinator in ["allOf", "oneOf"] {
            if let Some(first) = schema[combinator]
                .as_array()
                .and_then(|items| items.first())
            {
                return self.value(first);
            }
        }
        let schema = self.resolve(schema);
        if let Some(values) = schema["enum"].as_array() {
            return values
                .iter()
                .find(|v| !v.is_null())
                .cloned()
                .expect("a value");
        }
        let types: Vec<&str> = match &schema["type"] {
            Value::String(ty) => vec![ty.as_str()],
            Value::Array(types) => types.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        match types.iter().find(|ty| **ty != "null").copied() {
            Some("string") if schema["format"] == "date-time" => json!("2030-01-02T03:04:05.000Z"),
            Some("string") => {
                self.counter.set(self.counter.get() + 1);
                let mut word = format!("value{}", self.counter.get());
                let min = schema["minLength"]
                    .as_u64()
                    .and_then(|min| usize::try_from(min).ok())
                    .unwrap_or(0);
                while word.len() < min {
                    word.push('x');
                }
                json!(word)
            }
            Some("boolean") => json!(false),
            Some("integer" | "number") => schema["minimum"].clone().max_or_zero(),
            Some("array") => json!([]),
            other => panic!("no value for {other:?}: {schema}"),
        }
    }

    /// A body with every property of the request body of `method path`, and that schema.
    fn full_body(&self, path: &str, method: &str) -> (Value, Value) {
        let schema =
            self.resolve(
                &self.document["paths"][path][method]["requestBody"]["content"]["application/json"]
                    ["schema"],
            );
        let body = schema["properties"]
            .as_object()
            .expect("properties")
            .iter()
            .map(|(name, property)| {
                let fixed = self
                    .fixed
                    .borrow()
                    .iter()
                    .find(|(fixed, _)| fixed == name)
                    .map(|(_, value)| value.clone());
                (name.clone(), fixed.unwrap_or_else(|| self.value(property)))
            })
            .collect();
        (Value::Object(body), schema.clone())
    }

    /// `POST path` with a full body; the created resource (the `data` of an envelope).
    fn create(&self, path: &str) -> Value {
        let (body, _) = self.full_body(path, "post");
        let response = self.send("POST", path, &body);
        assert_eq!(response.status, 201, "POST {path}: {}", response.text);
        if response.json["success"] == true {
            response.json["data"].clone()
        } else {
            response.json
        }
    }

    /// Checks every request body of the document against the server; `target` turns a path
    /// template into a path to a fresh resource.
    fn check(&self, target: impl Fn(&Self, &str) -> String) {
        let paths = self.document["paths"].as_object().expect("paths");
        let mut checked = 0;
        for (template, operations) in paths {
            for (method, operation) in operations.as_object().expect("operations") {
                if operation.get("requestBody").is_none() {
                    continue;
                }
                let (full, schema) = self.full_body(template, method);
                let required: Vec<&str> = schema["required"]
                    .as_array()
                    .map(|names| names.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                for (name, property) in schema["properties"].as_object().expect("properties") {
                    if method != "post" {
                        assert!(
                            property.get("default").is_none(),
                            "{method} {template}: `{name}` has a default: an update keeps what it leaves out"
                        );
                    }
                    // A fresh body (unique values) and target for each request.
                    let (mut body, _) = self.full_body(template, method);
                    body.as_object_mut().expect("an object").remove(name);
                    let path = target(self, template);
                    let response = self.send(&method.to_uppercase(), &path, &body);
                    if required.contains(&name.as_str()) {
                        assert_eq!(
                            response.status, 400,
                            "{method} {template} without `{name}`, listed as required: {}",
                            response.text
                        );
                        assert!(
                            response.json["issues"]
                                .as_array()
                                .is_some_and(|issues| issues
                                    .iter()
                                    .any(|issue| issue["path"] == name.as_str())),
                            "{method} {template} without `{name}`: {}",
                            response.text
                        );
                    } else {
                        assert!(
                            (200..300).contains(&response.status),
                            "{method} {template} without `{name}`, not listed as required: {} {}",
                            response.status,
                            response.text
                        );
                    }
                    checked += 1;
                }
                let path = target(self, template);
                let response = self.send(&method.to_uppercase(), &path, &full);
                assert!(
                    (200..300).contains(&response.status),
                    "{method} {template} with every field: {}",
                    response.text
                );
            }
        }
        assert!(checked > 0, "no body checked");
    }
}

trait MaxOrZero {
    fn max_or_zero(self) -> Value;
}

impl MaxOrZero for Value {
    fn max_or_zero(self) -> Value {
        if self.is_null() { json!(0) } else { self }
    }
}

#[test]
fn todo_bodies_say_what_the_server_does() {
    let example = Example::new(todo_example::stack(), &[]);
    example.check(|example, template| match template {
        "/api/data/todos" => template.to_owned(),
        "/api/data/todos/{id}" => {
            let id = example.create("/api/data/todos")["id"].clone();
            format!("/api/data/todos/{}", id.as_str().expect("an id"))
        }
        other => panic!("unexpected path {other}"),
    });
}

#[test]
fn tracker_bodies_say_what_the_server_does() {
    let example = Example::new(
        tracker_example::stack(),
        &[("x-team-id", "team-a"), ("x-user-id", "user-a")],
    );
    let project = |example: &Example| {
        let id = example.create("/api/v1/task-tracker/projects")["id"].clone();
        // A new task's `projectId` names this project.
        *example.fixed.borrow_mut() = vec![("projectId", id.clone())];
        id.as_str().expect("an id").to_owned()
    };
    let task = |example: &Example| {
        project(example);
        example.create("/api/v1/task-tracker/tasks")["id"]
            .as_str()
            .expect("an id")
            .to_owned()
    };
    example.check(|example, template| match template {
        "/api/v1/task-tracker/projects" => template.to_owned(),
        "/api/v1/task-tracker/projects/{id}" => {
            format!("/api/v1/task-tracker/projects/{}", project(example))
        }
        "/api/v1/task-tracker/tasks" => {
            project(example);
            template.to_owned()
        }
        "/api/v1/task-tracker/tasks/{id}" => {
            format!("/api/v1/task-tracker/tasks/{}", task(example))
        }
        "/api/v1/task-tracker/tasks/{id}/status" => {
            format!("/api/v1/task-tracker/tasks/{}/status", task(example))
        }
        other => panic!("unexpected path {other}"),
    });
}

#[test]
fn blog_bodies_say_what_the_server_does() {
    let example = Example::new(
        blog_example::stack(),
        &[("authorization", "Bearer editor-bob")],
    );
    example.check(|example, template| match template {
        "/api/data/posts" => template.to_owned(),
        "/api/data/posts/{id}" => {
            let id = example.create("/api/data/posts")["id"].clone();
            format!("/api/data/posts/{}", id.as_str().expect("an id"))
        }
        other => panic!("unexpected path {other}"),
    });
}
