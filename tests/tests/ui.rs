//! Compile errors of the macros: one mistake per file in `tests/ui/`, each `.stderr` reviewed.
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
