//! Validate phase of `#[enumeration]`: a fieldless, non-generic enum whose variants become the
//! wire values: by default in `SCREAMING_SNAKE_CASE` (`InProgress` → `IN_PROGRESS`, `IN_PROGRESS`
//! kept as written), in another of serde's spellings with `#[enumeration(rename_all = "..")]`,
//! or as written with `#[enumeration(rename = "..")]` on a variant. A name the conversion would
//! mangle (`HTTPServer`, `Foo_bar`) is an error naming what to write, and so are two variants
//! with one wire value.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::SpannedValue;
use syn::{Attribute, Fields, Ident, ItemEnum, Visibility};

use crate::emit;
use crate::errors::Errors;

/// `#[enumeration(rename_all = "..")]` on the enum.
#[derive(Debug, Default, FromMeta)]
struct EnumArgs {
    rename_all: Option<SpannedValue<String>>,
}

/// `#[enumeration(rename = "..")]` on a variant.
#[derive(Debug, Default, FromMeta)]
struct VariantArgs {
    rename: Option<SpannedValue<String>>,
}

/// serde's `rename_all` spellings (serde's names, so the attribute reads as serde's does).
const SPELLINGS: [&str; 8] = [
    "lowercase",
    "UPPERCASE",
    "PascalCase",
    "camelCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
];

/// The arguments of an `#[enumeration(..)]` attribute, `T::default()` for the bare attribute.
fn parse_args<T: FromMeta + Default>(attr: &Attribute, errors: &mut Errors) -> T {
    let syn::Meta::List(list) = &attr.meta else {
        return T::default();
    };
    let Some(items) = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone())) else {
        return T::default();
    };
    T::from_list(&items).unwrap_or_else(|error| {
        errors.darling(error);
        T::default()
    })
}

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
        let args: EnumArgs = parse_args(attr, errors);
        let spelling = args.rename_all.as_ref().and_then(|spelling| {
            if SPELLINGS.contains(&spelling.as_str()) {
                Some(spelling.as_str())
            } else {
                errors.at_span(
                    spelling.span(),
                    format!(
                        "unknown `rename_all = \"{}\"`\nhelp: use one of serde's: {}",
                        spelling.as_str(),
                        SPELLINGS.map(|name| format!("\"{name}\"")).join(", ")
                    ),
                );
                None
            }
        });
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
            let own = variant
                .attrs
                .iter()
                .filter(|attr| emit::is_attr(attr, "enumeration"))
                .map(|attr| parse_args::<VariantArgs>(attr, errors))
                .find_map(|args| args.rename);
            if let Some(rename) = &own
                && rename.is_empty()
            {
                errors.at_span(rename.span(), "a wire value cannot be empty\nhelp: write the value clients send, as `rename = \"spam\"`");
            }
            let spelled = match (&own, spelling) {
                (Some(rename), _) => Some(rename.as_str().to_owned()),
                (None, Some(spelling)) => {
                    words(&variant.ident.to_string()).map(|words| spell(&words, spelling))
                }
                (None, None) => wire_name(&variant.ident.to_string()),
            };
            let Some(value) = spelled else {
                let (camel, screaming) = suggestions(&variant.ident.to_string());
                let help = if wire_name(&camel).as_deref() == Some(screaming.as_str()) {
                    format!("write `{camel}` or `{screaming}` (both sent as `{screaming}`)")
                } else {
                    format!("write `{screaming}`")
                };
                errors.at(&variant.ident, format!("`{}` has no unambiguous wire name: a variant is either UpperCamelCase with one capital per word (`InProgress` is sent as `IN_PROGRESS`) or SCREAMING_SNAKE_CASE (sent as written)\nhelp: {help}, or give its wire value with `#[enumeration(rename = \"..\")]`", variant.ident));
                continue;
            };
            if let Some((first, ..)) = variants.iter().find(|(.., known)| *known == value) {
                errors.at(&variant.ident, format!("`{}` and `{first}` are both `{value}` on the wire\nhelp: rename one of them, or give it its own value with `#[enumeration(rename = \"..\")]`", variant.ident));
            }
            variants.push((
                variant.ident.clone(),
                emit::without(&variant.attrs, &["enumeration"]),
                value,
            ));
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

/// The words of a variant's name, lowercase: `InProgress` → `in`, `progress`; `IN_PROGRESS` the
/// same. `None` for a name [`wire_name`] refuses.
fn words(name: &str) -> Option<Vec<String>> {
    let screaming = wire_name(name)?;
    Some(screaming.split('_').map(str::to_lowercase).collect())
}

/// `words` in one of serde's `rename_all` spellings.
fn spell(words: &[String], spelling: &str) -> String {
    let capitalised = |word: &String| {
        let mut letters = word.chars();
        letters.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(letters).collect()
        })
    };
    match spelling {
        "lowercase" => words.concat(),
        "UPPERCASE" => words.concat().to_uppercase(),
        "PascalCase" => words.iter().map(capitalised).collect(),
        "camelCase" => words
            .iter()
            .enumerate()
            .map(|(index, word)| {
                if index == 0 {
                    word.clone()
                } else {
                    capitalised(word)
                }
            })
            .collect(),
        "snake_case" => words.join("_"),
        "kebab-case" => words.join("-"),
        "SCREAMING-KEBAB-CASE" => words.join("-").to_uppercase(),
        _ => words.join("_").to_uppercase(),
    }
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
    use super::{spell, suggestions, wire_name, words};

    #[test]
    fn rename_all_spells_like_serde() {
        let words = words("InProgress").expect("a camel-case name");
        assert_eq!(words, words_of("IN_PROGRESS"));
        for (spelling, value) in [
            ("lowercase", "inprogress"),
            ("UPPERCASE", "INPROGRESS"),
            ("PascalCase", "InProgress"),
            ("camelCase", "inProgress"),
            ("snake_case", "in_progress"),
            ("SCREAMING_SNAKE_CASE", "IN_PROGRESS"),
            ("kebab-case", "in-progress"),
            ("SCREAMING-KEBAB-CASE", "IN-PROGRESS"),
        ] {
            assert_eq!(spell(&words, spelling), value, "{spelling}");
        }
    }

    fn words_of(name: &str) -> Vec<String> {
        words(name).expect("a screaming name")
    }

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
