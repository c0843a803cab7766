// The Todo example through a client typed from its document: what a TypeScript user writes.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/todo";

type Todo = components["schemas"]["todos.Todo"];

export async function todos(baseUrl: string): Promise<Todo[]> {
  const client = createClient<paths>({ baseUrl });
  const created = await client.POST("/api/data/todos", {
    body: { title: "typed", completed: false },
  });
  if (created.error) {
    // Errors are problem+json with the issues of a 400.
    const issues: components["schemas"]["Issue"][] = created.error.issues ?? [];
    throw new Error(`${created.error.code}: ${issues.map((i) => i.path).join(", ")}`);
  }
  const todo: Todo = created.data;
  // An update sends only what changes: no field is required, none has a default.
  await client.PUT("/api/data/todos/{id}", {
    params: { path: { id: todo.id } },
    body: { completed: true },
  });
  await client.DELETE("/api/data/todos/{id}", { params: { path: { id: todo.id } } });
  const page = await client.GET("/api/data/todos", { params: { query: { limit: 10, offset: 0 } } });
  return page.data ?? [];
}
