//! Serves the showcase: the Todo, Blog and Comments plugins in one Stack under `/api`.
//! `DATABASE_URL` (default a SQLite file `btst.db`), `HOST`, `PORT`.

fn main() -> std::io::Result<()> {
    showcase_example::stack().run()
}
