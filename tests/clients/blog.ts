// The Blog example, as a BTST client calls it: posts with tags, a bearer token, writes by id,
// one post read through the list's `slug` filter, `{ items, total }`, next-previous.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/blog";

type PostWithTags = components["schemas"]["blog.PostWithTags"];

export async function publish(baseUrl: string, token: string): Promise<PostWithTags[]> {
  const client = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}` },
  });
  const created = await client.POST("/api/data/posts", {
    // As BTST's post form sends it: `excerpt`, tags as `{ name }`.
    body: {
      title: "Typed",
      content: "From TypeScript.",
      excerpt: "",
      slug: "typed",
      published: false,
      image: "https://example.com/cover.png",
      tags: [{ name: "ts" }, "names-too"],
    },
  });
  if (created.error) {
    throw new Error(created.error.detail);
  }
  await client.PUT("/api/data/posts/{id}", {
    params: { path: { id: created.data.id } },
    body: { published: true },
  });
  const one = await client.GET("/api/data/posts", {
    params: { query: { slug: "typed", limit: 1 } },
  });
  const post: PostWithTags | undefined = one.data?.items[0];
  if (post) {
    const neighbours = await client.GET("/api/data/posts/next-previous", {
      params: { query: { date: post.createdAt } },
    });
    void neighbours.data?.previous?.slug;
  }
  const listed = await client.GET("/api/data/posts", {
    params: { query: { published: true, query: "typed", tagSlug: "ts", sort: "-createdAt", limit: 5 } },
  });
  const total: number | undefined = listed.data?.total;
  void total;
  await client.DELETE("/api/data/posts/{id}", { params: { path: { id: created.data.id } } });
  return listed.data?.items ?? [];
}
