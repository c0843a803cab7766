//! Validate phase of `#[enumeration]`: a fieldless, non-generic enum whose variants become the
//! wire values (`InProgress` → `IN_PROGRESS`, `IN_PROGRESS` kept as written). A name the
//! conversion would mangle (`HTTPServer`, `Foo_bar`) is an error naming what to write, and so are
//! two variants with one wire value. The attribute takes no options.

use syn::{Attribute, Fields, Ident, ItemEnum, Visibility};

use crate::emit;
use crate::errors::Errors;

/// A validated `#[enumeration]` enum.
#[derive(Debug, Clone)]
pub(crate) struct Enumeration {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    /// Attributes kept on the emitted enum, `#[enumeration]` removed.
    pub(crate) attrs: Vec<Attribute>,
    /// The doc comment's text, for the OpenAPI schema.
    pub(crate) doc: String,
    /// Each variant with its wire value, in declaration order (the order `rank` sorts by).
    pub(crate) variants: Vec<(Ident, Vec<Attribute>, String)>,
}

impl Enumeration {
    /// The wire value of `variant`, if the enum has it.
    pub(crate) fn value_of(&self, variant: &Ident) -> Option<&str> {
        self.variants
            .iter()
            .find(|(ident, ..)| ident == variant)
            .map(|(.., value)| value.as_str())
    }

    /// The variants, for error messages: `Todo, InProgress, Done`.
    pub(crate) fn variant_list(&self) -> String {
        self.variants
            .iter()
            .map(|(ident, ..)| ident.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Validates `item`, which carried `attr`. `None` when it has errors.
    pub(crate) fn from_item(
        item: &ItemEnum,
        attr: &Attribute,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.at(attr, "`#[enumeration]` takes no options\nhelp: write `#[enumeration]`; the wire values are the variant names in SCREAMING_SNAKE_CASE");
        }
        if !item.generics.params.is_empty() {
            errors.at(
                &item.generics,
                "an enumeration cannot be generic\nhelp: remove the type parameters",
            );
        }
        if item.variants.is_empty() {
            errors.at(&item.ident, "an enumeration needs at least one variant");
        }
        let mut variants: Vec<(Ident, Vec<Attribute>, String)> = Vec::new();
        for variant in &item.variants {
            if !matches!(variant.fields, Fields::Unit) {
                errors.at(&variant.fields, format!("variant `{}` carries data; an enumeration's variants are names only\nhelp: remove the fields, or use a separate model for the data", variant.ident));
            }
            if let Some((_, discriminant)) = &variant.discriminant {
                errors.at(
                    discriminant,
                    "an enumeration is stored by name, not by number\nhelp: remove the `= ...`",
                );
            }
            let Some(value) = wire_name(&variant.ident.to_string()) else {
                let (camel, screaming) = suggestions(&variant.ident.to_string());
                let help = if wire_name(&camel).as_deref() == Some(screaming.as_str()) {
                    format!("write `{camel}` or `{screaming}` (both sent as `{screaming}`)")
                } else {
                    format!("write `{screaming}`")
                };
                errors.at(&variant.ident, format!("`{}` has no unambiguous wire name: a variant is either UpperCamelCase with one capital per word (`InProgress` is sent as `IN_PROGRESS`) or SCREAMING_SNAKE_CASE (sent as written)\nhelp: {help}", variant.ident));
                continue;
            };
            if let Some((first, ..)) = variants.iter().find(|(.., known)| *known == value) {
                errors.at(&variant.ident, format!("`{}` and `{first}` are both `{value}` on the wire\nhelp: rename one of them", variant.ident));
            }
            variants.push((variant.ident.clone(), variant.attrs.clone(), value));
        }
        if errors.len() > before {
            return None;
        }
        Some(Self {
            ident: item.ident.clone(),
            vis: item.vis.clone(),
            attrs: emit::without(&item.attrs, &["enumeration"]),
            doc: emit::doc_text(&item.attrs),
            variants,
        })
    }
}

/// The wire value of a variant named `name`: a `SCREAMING_SNAKE_CASE` name as written
/// (`AI_PIPELINES`), an `UpperCamelCase` name with one capital per word upper-cased by word
/// (`InProgress` → `IN_PROGRESS`). `None` for any other form (`HTTPServer`, `Foo_bar`, `inProgress`),
/// which the conversion would mangle or guess at.
pub(crate) fn wire_name(name: &str) -> Option<String> {
    let screaming = name.split('_').all(|word| {
        word.chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            && word
                .chars()
                .all(|ch| ch.is_uppercase() || ch.is_ascii_digit())
    }) && name.chars().next().is_some_and(char::is_uppercase);
    if screaming {
        return Some(name.to_owned());
    }
    let chars: Vec<char> = name.chars().collect();
    let camel = chars.first().is_some_and(|ch| ch.is_uppercase())
        && !name.contains('_')
        && !chars
            .windows(2)
            .any(|pair| pair[0].is_uppercase() && pair[1].is_uppercase());
    camel.then(|| emit::snake_case(name).to_uppercase())
}

/// What to write instead of a mangled `name`, as `UpperCamelCase` and as `SCREAMING_SNAKE_CASE`:
/// its words split at underscores, at a lowercase letter or digit followed by a capital, and
/// before the last capital of a run followed by a lowercase letter (`HTTPServer` → `HTTP`,
/// `Server`).
fn suggestions(name: &str) -> (String, String) {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = vec![String::new()];
    for (index, &ch) in chars.iter().enumerate() {
        if ch == '_' {
            words.push(String::new());
            continue;
        }
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1).copied();
        let boundary = ch.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if boundary {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(ch);
        }
    }
    words.retain(|word| !word.is_empty());
    let camel = words
        .iter()
        .map(|word| {
            let mut letters = word.chars();
            letters.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(letters.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<String>();
    let screaming = words
        .iter()
        .map(|word| word.to_uppercase())
        .collect::<Vec<_>>()
        .join("_");
    (camel, screaming)
}

#[cfg(test)]
mod tests {
    use super::{suggestions, wire_name};

    #[test]
    fn wire_names() {
        for (name, wire) in [
            ("InProgress", Some("IN_PROGRESS")),
            ("Low", Some("LOW")),
            ("V2Api", Some("V2_API")),
            ("GENERAL", Some("GENERAL")),
            ("AI_PIPELINES", Some("AI_PIPELINES")),
            ("IN_PROGRESS_2", Some("IN_PROGRESS_2")),
            ("A", Some("A")),
            ("AB", Some("AB")),
            ("HTTPServer", None),
            ("HttpSERVER", None),
            ("Foo_bar", None),
            ("Foo_Bar", None),
            ("FOO__BAR", None),
            ("FOO_", None),
            ("inProgress", None),
            ("low", None),
            ("ATest", None),
        ] {
            assert_eq!(wire_name(name).as_deref(), wire, "{name}");
        }
    }

    #[test]
    fn suggestions_split_words() {
        for (name, camel, screaming) in [
            ("HTTPServer", "HttpServer", "HTTP_SERVER"),
            ("Foo_bar", "FooBar", "FOO_BAR"),
            ("inProgress", "InProgress", "IN_PROGRESS"),
            ("ATest", "ATest", "A_TEST"),
        ] {
            assert_eq!(
                suggestions(name),
                (camel.to_owned(), screaming.to_owned()),
                "{name}"
            );
        }
    }
}
