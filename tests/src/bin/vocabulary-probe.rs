//! Serves the `vocab` probe (issue 20's model vocabulary) for the conformance run:
//! `DATABASE_URL` (default a SQLite file `btst.db`), `HOST`, `PORT`.

fn main() -> std::io::Result<()> {
    btst_tests::vocabulary::vocabulary_stack().run()
}
