//! Compile-time behaviour of the macros, through trybuild (one build for all cases):
//! - `ui/<macro>/`: one mistake per file, grouped by the macro whose error it is (`plugin`,
//!   `model`, `body`, `view`, `query`, `endpoint`, `getter`, `sitemap`, `enumeration`), each `.stderr`
//!   reviewed; see `ui/README.md`
//!   (regenerate with `TRYBUILD=overwrite cargo test -p btst-tests --test ui` and read the diff);
//! - `pass/`: crates whose only dependency is btst-runtime, compiled and run.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
    cases.pass("pass/*.rs");
}
