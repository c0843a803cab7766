//! Small helpers shared by every codegen: doc comments, attribute filtering, names.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Expr, ExprLit, Lit, Meta};

/// The text of an item's `///` doc comments, lines joined, common indentation removed.
pub(crate) fn doc_text(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            Meta::NameValue(pair) if pair.path.is_ident("doc") => match &pair.value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(text),
                    ..
                }) => Some(text.value()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|line| line.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// The first paragraph of a doc comment (an OpenAPI summary) and the rest (its description).
pub(crate) fn summary_and_description(doc: &str) -> (String, String) {
    match doc.split_once("\n\n") {
        Some((summary, rest)) => (summary.replace('\n', " "), rest.trim().to_owned()),
        None => (doc.replace('\n', " "), String::new()),
    }
}

/// Whether `attr` is `#[name]` or `#[name(...)]`.
pub(crate) fn is_attr(attr: &Attribute, name: &str) -> bool {
    attr.path().is_ident(name)
}

/// `attrs` without the ones named `names`.
pub(crate) fn without(attrs: &[Attribute], names: &[&str]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| !names.iter().any(|name| is_attr(attr, name)))
        .cloned()
        .collect()
}

/// `CreatedAt` / `created_at` → `created_at`.
pub(crate) fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (index, ch) in name.chars().enumerate() {
        if ch.is_uppercase() {
            if index > 0 && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The argument of `Wrapper<T>` (`Option<T>`, `Vec<T>`) when `ty` is one.
pub(crate) fn wrapped<'a>(ty: &'a syn::Type, wrapper: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if path.qself.is_some() || last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>()[..] {
        [syn::GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}

/// `created_at` → `createdAt` (the runtime's `snake_to_camel`, and serde's `camelCase`).
pub(crate) fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for ch in snake.trim_start_matches("r#").chars() {
        if ch == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// `#[doc = " ..."]` for generated items (nothing for an empty text), one attribute per line so
/// it reads as `///` comments.
pub(crate) fn doc_attr(text: &str) -> TokenStream {
    text.lines()
        .map(|line| {
            let line = format!(" {line}");
            quote!(#[doc = #line])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_convert() {
        assert_eq!(snake_case("TodoItem"), "todo_item");
        assert_eq!(snake_case("Todo"), "todo");
        assert_eq!(camel_case("created_at"), "createdAt");
        assert_eq!(camel_case("r#type"), "type");
    }

    #[test]
    fn docs_split_into_summary_and_description() {
        assert_eq!(
            summary_and_description("One.\nTwo.\n\nMore."),
            ("One. Two.".to_owned(), "More.".to_owned())
        );
    }
}
