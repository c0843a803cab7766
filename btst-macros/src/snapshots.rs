//! Expansion snapshots: each `#[plugin]` module of the examples and test plugins, expanded and
//! pretty-printed, is checked in under `tests/snapshots/` and reviewed like code.
//! Regenerate with `BLESS=1 cargo test -p btst-macros snapshots` and read the diff.

use std::path::{Path, PathBuf};

use quote::ToTokens;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The expansion of the first `#[plugin]` module of `source`, pretty-printed.
fn expand_first_plugin(source: &str) -> String {
    let file: syn::File = syn::parse_str(source).expect("the source parses");
    let module = file
        .items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Mod(module)
                if module
                    .attrs
                    .iter()
                    .any(|attr| attr.path().is_ident("plugin")) =>
            {
                Some(module)
            }
            _ => None,
        })
        .expect("a #[plugin] module");
    let mut module = module;
    let index = module
        .attrs
        .iter()
        .position(|attr| attr.path().is_ident("plugin"))
        .expect("plugin attribute");
    let attr = module.attrs.remove(index);
    let args = match attr.meta {
        syn::Meta::List(list) => list.tokens,
        _ => proc_macro2::TokenStream::new(),
    };
    let tokens = crate::plugin::expand(args, &module.into_token_stream());
    prettyplease::unparse(&syn::parse2(tokens).expect("the expansion parses as a file"))
}

fn check(source: &str, snapshot: &str) {
    let source = std::fs::read_to_string(root().join(source)).expect("reads the source");
    let actual = expand_first_plugin(&source);
    let path = root().join("btst-macros/tests/snapshots").join(snapshot);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).expect("writes the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if let Some((line, (want, got))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
    {
        eprintln!("first difference at line {}:\n- {want}\n+ {got}", line + 1);
    }
    assert!(
        expected == actual,
        "{snapshot} drifted; run `BLESS=1 cargo test -p btst-macros snapshots` and review the diff"
    );
}

#[test]
fn todo_plugin() {
    check("examples/todo/src/lib.rs", "todo.rs");
}

#[test]
fn probe_plugin() {
    check("tests/src/lib.rs", "probe.rs");
}

#[test]
fn tracker_plugin() {
    check("examples/tracker/src/lib.rs", "tracker.rs");
}

#[test]
fn blog_plugin() {
    check("examples/blog/src/lib.rs", "blog.rs");
}
