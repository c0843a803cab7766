//! Serves the Task Tracker example: `DATABASE_URL` (default a SQLite file `btst.db`), `HOST`,
//! `PORT`. Every request needs the `x-team-id` and `x-user-id` headers.

fn main() -> std::io::Result<()> {
    tracker_example::stack().run()
}
