// The Tracker example: enumerations are named types, tenant headers are typed parameters.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/tracker";

type Priority = components["schemas"]["Priority"];
type TaskStatus = components["schemas"]["TaskStatus"];

const urgent: Priority = "URGENT";
const doing: TaskStatus = "IN_PROGRESS";

export async function rename(baseUrl: string, taskId: string): Promise<Priority | undefined> {
  const client = createClient<paths>({ baseUrl });
  const tenant = { "x-team-id": "team-1", "x-user-id": "user-1" };
  // Renaming sends the title alone: the client has no default to send for priority or status.
  const renamed = await client.PUT("/api/tasks/{id}", {
    params: { path: { id: taskId }, header: tenant },
    body: { title: "renamed" },
  });
  await client.PATCH("/api/tasks/{id}/status", {
    params: { path: { id: taskId }, header: tenant },
    body: { status: doing },
  });
  const project = await client.POST("/api/projects", {
    params: { header: tenant },
    body: { name: "typed", status: "ACTIVE" },
  });
  if (project.data) {
    await client.POST("/api/projects/{id}/tasks", {
      params: { path: { id: project.data.id }, header: tenant },
      body: { title: "typed", priority: urgent, status: "TODO" },
    });
  }
  return renamed.data?.priority;
}
