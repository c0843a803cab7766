// The Blog example: posts with tags, a bearer token, list queries.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/blog";

type PostWithTags = components["schemas"]["PostWithTags"];

export async function publish(baseUrl: string, token: string): Promise<PostWithTags[]> {
  const client = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}` },
  });
  const created = await client.POST("/api/data/posts", {
    body: { title: "Typed", content: "From TypeScript.", slug: "typed", published: false, tags: ["ts"] },
  });
  if (created.error) {
    throw new Error(created.error.detail);
  }
  await client.PUT("/api/data/posts/{slug}", {
    params: { path: { slug: created.data.slug } },
    body: { published: true },
  });
  const listed = await client.GET("/api/data/posts", {
    params: { query: { published: true, q: "typed", sort: "-createdAt", limit: 5 } },
  });
  return listed.data ?? [];
}
