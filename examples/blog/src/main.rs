//! Serves the Blog example: `DATABASE_URL` (default a SQLite file `btst.db`), `HOST`, `PORT`.
//! Writes need `Authorization: Bearer <name>` (see `blog_example::stack`).

fn main() -> std::io::Result<()> {
    blog_example::stack().run()
}
