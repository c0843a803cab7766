// The showcase, as a client of the three plugins in one Stack calls it: a todo, a comment on
// it as a signed-in caller, the resource's comments with the applied `limit`, a reply, the
// like toggle, the author's edit and an editor's moderation.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/showcase";

type Comment = components["schemas"]["comments.Comment"];
type CommentStatus = components["schemas"]["comments.CommentStatus"];

export async function discuss(baseUrl: string, token: string, editorToken: string): Promise<Comment[]> {
  const client = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}` },
  });
  const todo = await client.POST("/api/todos", { body: { title: "Discuss it", completed: false } });
  if (todo.error) {
    throw new Error(todo.error.detail);
  }
  const written = await client.POST("/api/comments", {
    body: { resourceType: "todo", resourceId: todo.data.id, body: "Where do we start?", parentId: null },
  });
  if (written.error) {
    throw new Error(written.error.detail);
  }
  const pending: CommentStatus = written.data.status;
  void pending;
  await client.POST("/api/comments", {
    body: { resourceType: "todo", resourceId: todo.data.id, body: "Here.", parentId: written.data.id },
  });
  await client.PATCH("/api/comments/{id}", {
    params: { path: { id: written.data.id } },
    body: { body: "Where do we start, then?" },
  });
  const editor = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${editorToken}` },
  });
  const queue = await editor.GET("/api/comments", { params: { query: { status: "pending", limit: 50 } } });
  for (const waiting of queue.data?.items ?? []) {
    await editor.POST("/api/comments/{id}/approve", { params: { path: { id: waiting.id } } });
  }
  const liked = await client.POST("/api/comments/{id}/like", { params: { path: { id: written.data.id } } });
  const likes: number | undefined = liked.data?.likeCount;
  void likes;
  const listed = await client.GET("/api/comments/{resource_type}/{resource_id}", {
    params: { path: { resource_type: "todo", resource_id: todo.data.id }, query: { limit: 100 } },
  });
  const applied: number | undefined = listed.data?.limit;
  void applied;
  return listed.data?.items ?? [];
}
