//! Expansion snapshots, pretty-printed and reviewed like code, under `tests/snapshots/`:
//! - `todo.rs`: the Todo example's plugin (`examples/todo/src/lib.rs`), whole;
//! - `<name>.rs` for each `tests/cases/<name>.rs`: a small `#[plugin]` module with only what one
//!   feature needs (an enumeration field, a reference, `crate = "..."`, ...).
//!
//! Adding a case is adding a file to `tests/cases/`. Regenerate with
//! `BLESS=1 cargo test -p btst-macros snapshots` and read the diff.
//!
//! Items behind btst-runtime's feature gate (`__btst::client! { .. }`) are shown as the feature
//! `client` expands them, so that their code is printed as code rather than as the macro's raw
//! tokens.

use std::path::{Path, PathBuf};

use quote::ToTokens;

fn macros_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some()
}

/// The expansion of the first `#[plugin]` module of `source`, pretty-printed, or why there is none.
fn expand_first_plugin(source: &str) -> Result<String, String> {
    let file: syn::File =
        syn::parse_str(source).map_err(|error| format!("does not parse: {error}"))?;
    let mut module = file
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
        .ok_or("has no `#[plugin]` module")?;
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
    let mut expansion: syn::File = syn::parse2(tokens)
        .map_err(|error| format!("expands to something that is not a file: {error}"))?;
    for item in &mut expansion.items {
        if let syn::Item::Mod(module) = item
            && let Some((_, items)) = &mut module.content
        {
            *items = open_feature_gates(std::mem::take(items))?;
        }
    }
    let text = prettyplease::unparse(&expansion);
    if text.contains("compile_error!") {
        return Err(format!("expands to an error:\n{text}"));
    }
    Ok(text)
}

/// `items` with each feature-gate invocation replaced by what it gives with the feature on.
fn open_feature_gates(items: Vec<syn::Item>) -> Result<Vec<syn::Item>, String> {
    let mut opened = Vec::new();
    for item in items {
        let syn::Item::Macro(invocation) = &item else {
            opened.push(item);
            continue;
        };
        let name = invocation
            .mac
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string());
        let tokens = invocation.mac.tokens.clone();
        match name.as_deref() {
            Some("client") => {
                let file: syn::File = syn::parse2(tokens)
                    .map_err(|error| format!("`client!` holds no items: {error}"))?;
                opened.extend(file.items);
            }
            _ => opened.push(item),
        }
    }
    Ok(opened)
}

/// Expands `source` and compares it with the snapshot at `snapshot` (writes it with `BLESS`):
/// `Err` says what differs.
fn check(source: &Path, snapshot: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(source).map_err(|error| format!("unreadable: {error}"))?;
    let actual = expand_first_plugin(&source)?;
    if bless() {
        std::fs::write(snapshot, &actual).expect("writes the snapshot");
        return Ok(());
    }
    let Ok(expected) = std::fs::read_to_string(snapshot) else {
        return Err(format!("no snapshot at {}", snapshot.display()));
    };
    if expected == actual {
        return Ok(());
    }
    let (expected_lines, actual_lines) = (expected.lines().count(), actual.lines().count());
    Err(expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
        .map_or_else(
            || format!("{expected_lines} lines in the snapshot, {actual_lines} expanded"),
            |(line, (want, got))| {
                format!("first difference at line {}:\n- {want}\n+ {got}", line + 1)
            },
        ))
}

/// Fails with every entry of `drifted`, each `(name, what differs)`.
fn report(drifted: &[(String, String)]) {
    for (name, difference) in drifted {
        eprintln!("{name}: {difference}\n");
    }
    let names: Vec<&str> = drifted.iter().map(|(name, _)| name.as_str()).collect();
    assert!(
        drifted.is_empty(),
        "drifted or failed: {}; run `BLESS=1 cargo test -p btst-macros snapshots` and review the diff",
        names.join(", ")
    );
}

#[test]
fn todo_plugin() {
    if let Err(difference) = check(
        &macros_dir().join("../examples/todo/src/lib.rs"),
        &macros_dir().join("tests/snapshots/todo.rs"),
    ) {
        report(&[("todo".to_owned(), difference)]);
    }
}

/// Every `tests/cases/<name>.rs` against `tests/snapshots/<name>.rs`; a snapshot left without its
/// case is reported too (and removed with `BLESS`).
#[test]
fn cases() {
    let (cases_dir, snapshots_dir) = (
        macros_dir().join("tests/cases"),
        macros_dir().join("tests/snapshots"),
    );
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("reads the directory")
            .map(|entry| entry.expect("reads an entry").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
            .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
            .collect();
        names.sort();
        names
    };
    let cases = names(&cases_dir);
    assert!(!cases.is_empty(), "no case in {}", cases_dir.display());
    let mut drifted = Vec::new();
    for name in &cases {
        if name == "todo" {
            drifted.push((
                name.clone(),
                "`todo` is the Todo example's snapshot; name the case otherwise".to_owned(),
            ));
            continue;
        }
        let file = format!("{name}.rs");
        if let Err(difference) = check(&cases_dir.join(&file), &snapshots_dir.join(&file)) {
            drifted.push((name.clone(), difference));
        }
    }
    for name in names(&snapshots_dir) {
        if name == "todo" || cases.contains(&name) {
            continue;
        }
        let path = snapshots_dir.join(format!("{name}.rs"));
        if bless() {
            std::fs::remove_file(&path).expect("removes the stale snapshot");
        } else {
            drifted.push((
                name,
                format!("{} has no case in tests/cases/", path.display()),
            ));
        }
    }
    report(&drifted);
}
