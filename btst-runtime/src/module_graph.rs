//! The modules of the runtime import each other in one direction: this test reads every
//! `src/**/*.rs` file, collects the modules each top-level module names (a folder module, such as
//! `db/`, counts as one), and fails on a cycle, printing it with the line of each import.
//!
//! What counts as a use of module `m` by a file: a path `crate::m::..` or `$crate::m::..` in its
//! code (tests included; comments, doc comments and string literals are not code: a doc link
//! may point the reader to a higher layer), a crate-root re-export of `m`'s (`crate::Page` is
//! `list`'s), a re-export of `m`'s through `lib.rs`'s facades (`$crate::__private::Crud` in a
//! `macro_rules!` body is `db`'s), and a `#[macro_export]` macro defined in `m`
//! (`$crate::__on_backend!` is `crud`'s). Cross-module paths are spelled from `crate::`: a
//! `super::` naming another top-level module is refused, since this test would not follow it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One module's use of another: where it is spelled.
type Uses = BTreeMap<(String, String), Vec<String>>;

#[test]
fn the_runtime_modules_import_each_other_in_one_direction() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = ModuleGraph::read(&src);
    if let Some(cycle) = find_cycle(&graph.uses) {
        panic!(
            "the runtime's modules import each other in a cycle; move the item that makes the \
             import back down to the module it belongs to (see the layering in lib.rs's \
             docs):\n{}",
            describe(&cycle, &graph.uses)
        );
    }
}

#[test]
fn a_cycle_is_found_and_named() {
    let mut uses = Uses::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        uses.insert(
            (from.to_owned(), to.to_owned()),
            vec![format!("{from}.rs:1")],
        );
    }
    let cycle = find_cycle(&uses).expect("a -> b -> c -> a");
    assert_eq!(cycle, ["a", "b", "c", "a"]);
    assert_eq!(
        describe(&cycle, &uses),
        "  a -> b (a.rs:1)\n  b -> c (b.rs:1)\n  c -> a (c.rs:1)"
    );
    uses.remove(&("c".to_owned(), "a".to_owned()));
    assert_eq!(find_cycle(&uses), None);
}

#[test]
fn only_code_names_modules() {
    let source = "use crate::a::X; // crate::b\n/* crate::c /* nested */ crate::d */\n\
                  /// [`Y`](crate::e::Y)\nconst S: &str = \"crate::f \\\" crate::g\";\n\
                  const R: &str = r#\"crate::h \" crate::i\"#;\nfn f<'a>(x: &'a str) -> char { \
                  let _ = crate::j::f(x); '\"' }\nconst Q: char = '\\''; use crate::k;\n";
    let code = code_only(source);
    assert_eq!(
        code.lines().count(),
        source.lines().count(),
        "lines are kept"
    );
    let named: Vec<_> = paths_after_crate(&code)
        .into_iter()
        .map(|(path, _)| path.join("::"))
        .collect();
    assert_eq!(named, ["a::X", "j::f", "k"]);
}

/// The top-level modules and the uses among them.
struct ModuleGraph {
    uses: Uses,
}

impl ModuleGraph {
    fn read(src: &Path) -> Self {
        let mut files = Vec::new();
        collect_files(src, &mut files);
        let mut sources: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        let mut root = None;
        for file in files {
            let relative = file
                .strip_prefix(src)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&file).expect("readable source");
            if relative == "lib.rs" {
                root = Some(code_only(&text));
                continue;
            }
            let module = relative
                .split('/')
                .next()
                .expect("a first component")
                .trim_end_matches(".rs")
                .to_owned();
            sources
                .entry(module)
                .or_default()
                .push((relative, code_only(&text)));
        }
        let modules: BTreeSet<String> = sources.keys().cloned().collect();
        let macros: BTreeMap<String, String> = sources
            .iter()
            .flat_map(|(module, files)| {
                files.iter().flat_map(move |(_, code)| {
                    code.split("macro_rules!")
                        .skip(1)
                        .filter_map(|rest| leading_ident(rest.trim_start()))
                        .map(move |name| (name.to_owned(), module.clone()))
                })
            })
            .collect();
        let resolver = Resolver::new(&root.expect("src/lib.rs exists"), &modules, &macros);
        let mut uses = Uses::new();
        for (module, files) in &sources {
            for (file, code) in files {
                for (path, line) in paths_after_crate(code) {
                    let target = resolver.resolve(&path).unwrap_or_else(|| {
                        panic!(
                            "{file}:{line}: `crate::{}` names nothing this test knows; teach \
                             `module_graph.rs` what it is",
                            path.join("::")
                        )
                    });
                    if let Origin::Module(target) = target
                        && target != *module
                    {
                        let at = uses.entry((module.clone(), target)).or_default();
                        let here = format!("{file}:{line}");
                        if !at.contains(&here) {
                            at.push(here);
                        }
                    }
                }
                for (name, line) in idents_after(code, "super::") {
                    assert!(
                        !modules.contains(&name) || name == *module,
                        "{file}:{line}: `super::{name}`: spell another module's path from \
                         `crate::`, so that the module graph test sees it"
                    );
                }
            }
        }
        Self { uses }
    }
}

/// Where a name that a path reaches comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origin {
    /// A top-level module of the runtime.
    Module(String),
    /// Another crate (`diesel`, `actix_web::http::StatusCode`), re-exported by `lib.rs`.
    OtherCrate,
}

/// What `lib.rs` declares: the re-exports of each scope (the crate root, `prelude`,
/// `__private`, ...), as the origin of each name.
struct Resolver<'a> {
    modules: &'a BTreeSet<String>,
    macros: &'a BTreeMap<String, String>,
    /// Scope (`""` for the root, `"__private"`, `"__private::scope"`) → name → origin.
    exports: BTreeMap<String, BTreeMap<String, Origin>>,
}

impl<'a> Resolver<'a> {
    fn new(lib: &str, modules: &'a BTreeSet<String>, macros: &'a BTreeMap<String, String>) -> Self {
        let mut resolver = Self {
            modules,
            macros,
            exports: BTreeMap::new(),
        };
        resolver.exports.insert(String::new(), BTreeMap::new());
        resolver.read_scope(lib, "");
        resolver
    }

    /// Records the `pub use`s of one scope's text and of the inline modules inside it.
    fn read_scope(&mut self, text: &str, scope: &str) {
        let chars: Vec<char> = text.chars().collect();
        let mut depth = 0_usize;
        let mut at = 0;
        while at < chars.len() {
            match chars[at] {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ if depth == 0 && starts_word(&chars, at, "mod") => {
                    let rest: String = chars[at + 3..].iter().collect();
                    let name = leading_ident(rest.trim_start()).unwrap_or_default();
                    let Some(open) = chars[at..].iter().position(|&c| c == '{' || c == ';') else {
                        break;
                    };
                    if chars[at + open] == '{' {
                        let close = matching_brace(&chars, at + open);
                        let inner: String = chars[at + open + 1..close].iter().collect();
                        let inner_scope = if scope.is_empty() {
                            name.to_owned()
                        } else {
                            format!("{scope}::{name}")
                        };
                        self.exports.insert(inner_scope.clone(), BTreeMap::new());
                        self.read_scope(&inner, &inner_scope);
                        at = close;
                    }
                }
                _ if depth == 0 && starts_word(&chars, at, "use") => {
                    let end = chars[at..]
                        .iter()
                        .position(|&c| c == ';')
                        .map_or(chars.len(), |end| at + end);
                    let tree: String = chars[at + 3..end].iter().collect();
                    for (path, name) in use_leaves(&tree) {
                        let path: Vec<&str> = match path.first() {
                            Some(&"crate") => path[1..].to_vec(),
                            _ => path,
                        };
                        let origin = self.origin_of_root_path(&path);
                        self.exports
                            .get_mut(scope)
                            .expect("scope recorded")
                            .insert(name, origin);
                    }
                    at = end;
                }
                _ => {}
            }
            at += 1;
        }
    }

    /// Where a path from the crate root (`db::Db`, `__impl_crud`, `diesel`) comes from.
    fn origin_of_root_path(&self, path: &[&str]) -> Origin {
        let Some(&first) = path.first() else {
            return Origin::OtherCrate;
        };
        if self.modules.contains(first) {
            return Origin::Module(first.to_owned());
        }
        if let Some(module) = self.macros.get(first) {
            return Origin::Module(module.clone());
        }
        self.exports
            .get("")
            .and_then(|root| root.get(first).cloned())
            .unwrap_or(Origin::OtherCrate)
    }

    /// Where the item that `crate::<path>` names comes from; `None` when this test cannot tell.
    fn resolve(&self, path: &[String]) -> Option<Origin> {
        let mut scope = String::new();
        for segment in path {
            if scope.is_empty() && self.modules.contains(segment) {
                return Some(Origin::Module(segment.clone()));
            }
            if scope.is_empty()
                && let Some(module) = self.macros.get(segment)
            {
                return Some(Origin::Module(module.clone()));
            }
            let inner = if scope.is_empty() {
                segment.clone()
            } else {
                format!("{scope}::{segment}")
            };
            if self.exports.contains_key(&inner) {
                scope = inner;
                continue;
            }
            return self.exports.get(&scope)?.get(segment).cloned();
        }
        None
    }
}

/// Every `.rs` file under `dir`.
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// `source` with its comments, string literals and character literals blanked out (their line
/// breaks kept, so that lines still count), leaving code.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |out: &mut String, text: &[char]| {
        out.extend(text.iter().map(|&c| if c == '\n' { '\n' } else { ' ' }));
    };
    let mut at = 0;
    while at < chars.len() {
        let rest = &chars[at..];
        let after_ident = at > 0 && is_ident_char(chars[at - 1]);
        let end = if rest.starts_with(&['/', '/']) {
            rest.iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |n| at + n)
        } else if rest.starts_with(&['/', '*']) {
            let mut depth = 0;
            let mut index = at;
            loop {
                if chars[index..].starts_with(&['/', '*']) {
                    depth += 1;
                    index += 2;
                } else if chars[index..].starts_with(&['*', '/']) {
                    depth -= 1;
                    index += 2;
                    if depth == 0 {
                        break index;
                    }
                } else {
                    index += 1;
                }
            }
        } else if let Some(end) = (!after_ident).then(|| raw_string_end(&chars, at)).flatten() {
            end
        } else if chars[at] == '"' {
            let mut index = at + 1;
            while chars[index] != '"' {
                index += if chars[index] == '\\' { 2 } else { 1 };
            }
            index + 1
        } else if chars[at] == '\'' && rest.get(1) == Some(&'\\') {
            // An escape: `'\n'`, `'\''`, `'\u{7f}'`.
            at + 3 + rest[3..].iter().position(|&c| c == '\'').expect("closed") + 1
        } else if chars[at] == '\'' && rest.get(2) == Some(&'\'') {
            at + 3
        } else {
            out.push(chars[at]);
            at += 1;
            continue;
        };
        blank(&mut out, &chars[at..end]);
        at = end;
    }
    out
}

/// Where the raw string literal starting at `at` (`r"..."`, `br#"..."#`) ends, if one does.
fn raw_string_end(chars: &[char], at: usize) -> Option<usize> {
    let mut index = at;
    if matches!(chars.get(index), Some('b' | 'c')) {
        index += 1;
    }
    if chars.get(index) != Some(&'r') {
        return None;
    }
    index += 1;
    let hashes = chars[index..].iter().take_while(|&&c| c == '#').count();
    index += hashes;
    if chars.get(index) != Some(&'"') {
        return None;
    }
    index += 1;
    loop {
        if chars[index] == '"' && chars[index + 1..].iter().take(hashes).all(|&c| c == '#') {
            return Some(index + 1 + hashes);
        }
        index += 1;
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn leading_ident(text: &str) -> Option<&str> {
    let end = text.find(|c: char| !is_ident_char(c)).unwrap_or(text.len());
    (end > 0).then(|| &text[..end])
}

/// Whether the keyword `word` stands at `at` (not inside a longer identifier).
fn starts_word(chars: &[char], at: usize, word: &str) -> bool {
    let word: Vec<char> = word.chars().collect();
    chars[at..].starts_with(&word)
        && (at == 0 || !is_ident_char(chars[at - 1]))
        && chars
            .get(at + word.len())
            .is_some_and(|&c| !is_ident_char(c))
}

fn matching_brace(chars: &[char], open: usize) -> usize {
    let mut depth = 0;
    for (index, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    panic!("an unclosed brace");
}

/// Every path written after `crate::` (also `$crate::`) in `code`, one per leaf of a use group
/// (`crate::{a, b::c}` gives `a` and `b::c`), with its line.
fn paths_after_crate(code: &str) -> Vec<(Vec<String>, usize)> {
    let mut found = Vec::new();
    let mut searched = 0;
    while let Some(offset) = code[searched..].find("crate::") {
        let start = searched + offset;
        searched = start + "crate::".len();
        if code[..start].chars().next_back().is_some_and(is_ident_char) {
            continue;
        }
        let line = code[..start].matches('\n').count() + 1;
        let rest = &code[searched..];
        let tree_end = path_end(rest);
        for (path, _) in use_leaves(&rest[..tree_end]) {
            found.push((path.iter().map(|s| (*s).to_owned()).collect(), line));
        }
    }
    found
}

/// How far the path (or use tree) at the start of `text` reaches.
fn path_end(text: &str) -> usize {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut depth = 0;
    let mut index = 0;
    while index < chars.len() {
        let (byte, c) = chars[index];
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    return byte + 1;
                }
            }
            ':' if text[byte..].starts_with("::") => index += 1,
            c if is_ident_char(c) || c == '*' => {}
            _ if depth > 0 => {}
            _ => return byte,
        }
        index += 1;
    }
    text.len()
}

/// The leaves of a use tree (`db::{self, Db as Handle}`, `x::*`): each one's path and the name
/// it is known by.
fn use_leaves(tree: &str) -> Vec<(Vec<&str>, String)> {
    fn walk<'t>(tree: &'t str, prefix: &[&'t str], out: &mut Vec<(Vec<&'t str>, String)>) {
        let tree = tree.trim();
        if tree.is_empty() {
            return;
        }
        let (head, group) = match tree.find('{') {
            Some(open) => (
                &tree[..open],
                Some(&tree[open + 1..tree.rfind('}').unwrap_or(tree.len())]),
            ),
            None => (tree, None),
        };
        let (head, alias) = match head.split_once(" as ") {
            Some((head, alias)) => (head, Some(alias.trim())),
            None => (head, None),
        };
        let mut path = prefix.to_vec();
        path.extend(head.split("::").map(str::trim).filter(|s| !s.is_empty()));
        match group {
            None => {
                let name = alias
                    .or_else(|| path.last().copied())
                    .unwrap_or_default()
                    .to_owned();
                out.push((path, name));
            }
            Some(group) => {
                let mut depth = 0;
                let mut start = 0;
                for (index, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            walk(&group[start..index], &path, out);
                            start = index + 1;
                        }
                        _ => {}
                    }
                }
                walk(&group[start..], &path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(tree, &[], &mut out);
    for (path, name) in &mut out {
        if path.last() == Some(&"self") {
            path.pop();
            if name == "self" {
                *name = path.last().copied().unwrap_or_default().to_owned();
            }
        }
    }
    out
}

/// The identifiers written right after `prefix` (not inside a longer path), with their lines.
fn idents_after(code: &str, prefix: &str) -> Vec<(String, usize)> {
    code.match_indices(prefix)
        .filter(|(start, _)| {
            !code[..*start]
                .chars()
                .next_back()
                .is_some_and(|c| is_ident_char(c) || c == ':')
        })
        .filter_map(|(start, _)| {
            let name = leading_ident(&code[start + prefix.len()..])?;
            Some((name.to_owned(), code[..start].matches('\n').count() + 1))
        })
        .collect()
}

/// A cycle of uses, as the modules along it (the first repeated last), if there is one.
fn find_cycle(uses: &Uses) -> Option<Vec<String>> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in uses.keys() {
        next.entry(from).or_default().push(to);
    }
    let mut state = BTreeMap::new();
    for &module in next.keys() {
        if !state.contains_key(module)
            && let Some(cycle) = visit(module, &next, &mut state, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

/// Depth first from `module`: `state` 1 while on the current path, 2 once done (no cycle
/// through it).
fn visit<'m>(
    module: &'m str,
    next: &BTreeMap<&'m str, Vec<&'m str>>,
    state: &mut BTreeMap<&'m str, u8>,
    path: &mut Vec<&'m str>,
) -> Option<Vec<String>> {
    state.insert(module, 1);
    path.push(module);
    for &to in next.get(module).into_iter().flatten() {
        match state.get(to) {
            Some(1) => {
                let start = path.iter().position(|&m| m == to).expect("on the path");
                let mut cycle: Vec<String> =
                    path[start..].iter().map(|m| (*m).to_owned()).collect();
                cycle.push(to.to_owned());
                return Some(cycle);
            }
            Some(_) => {}
            None => {
                if let Some(cycle) = visit(to, next, state, path) {
                    return Some(cycle);
                }
            }
        }
    }
    path.pop();
    state.insert(module, 2);
    None
}

/// Each use along `cycle`, with where it is spelled.
fn describe(cycle: &[String], uses: &Uses) -> String {
    cycle
        .windows(2)
        .map(|pair| {
            let at = &uses[&(pair[0].clone(), pair[1].clone())];
            format!("  {} -> {} ({})", pair[0], pair[1], at.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
