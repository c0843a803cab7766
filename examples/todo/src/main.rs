//! Serves the Todo example: `DATABASE_URL` (default a SQLite file `btst.db`), `HOST`, `PORT`.

fn main() -> std::io::Result<()> {
    todo_example::stack().run()
}
