// The Tracker example, as a NAAP client calls it: `PATCH` updates, `POST /tasks` with
// `projectId`, answers in `{ success, data }` and errors with `success: false` and `error`;
// enumerations are named types, tenant headers are typed parameters.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/tracker";

type Priority = components["schemas"]["tracker.Priority"];
type TaskStatus = components["schemas"]["tracker.TaskStatus"];

const urgent: Priority = "URGENT";
const doing: TaskStatus = "IN_PROGRESS";

export async function rename(baseUrl: string, taskId: string): Promise<Priority | undefined> {
  const client = createClient<paths>({ baseUrl });
  const tenant = { "x-team-id": "team-1", "x-user-id": "user-1" };
  // Renaming sends the title alone: the client has no default to send for priority or status.
  const renamed = await client.PATCH("/api/v1/task-tracker/tasks/{id}", {
    params: { path: { id: taskId }, header: tenant },
    body: { title: "renamed" },
  });
  if (renamed.error) {
    const failed: false = renamed.error.success;
    throw new Error(`${failed}: ${renamed.error.error}`);
  }
  await client.PATCH("/api/v1/task-tracker/tasks/{id}/status", {
    params: { path: { id: taskId }, header: tenant },
    body: { status: doing },
  });
  const project = await client.POST("/api/v1/task-tracker/projects", {
    params: { header: tenant },
    body: { name: "typed", status: "ACTIVE" },
  });
  if (project.data) {
    await client.POST("/api/v1/task-tracker/tasks", {
      params: { header: tenant },
      body: { title: "typed", priority: urgent, status: "TODO", projectId: project.data.data.id },
    });
    const tasks = await client.GET("/api/v1/task-tracker/tasks", {
      params: { query: { projectId: project.data.data.id, status: doing }, header: tenant },
    });
    const deleted = await client.DELETE("/api/v1/task-tracker/projects/{id}", {
      params: { path: { id: project.data.data.id }, header: tenant },
    });
    const done: true | undefined = deleted.data?.success;
    void [tasks.data?.data.length, done];
  }
  const health = await client.GET("/api/v1/task-tracker/health");
  // A `#[view]` field's `one_of` is a literal type.
  const plugin: "task-tracker" | undefined = health.data?.plugin;
  void plugin;
  return renamed.data.data.priority;
}
