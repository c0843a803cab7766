//! Validate phase of `#[enumeration]`: a fieldless, non-generic enum whose variants become the
//! wire values (`InProgress` → `IN_PROGRESS`). The attribute takes no options.

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
            let value = emit::snake_case(&variant.ident.to_string()).to_ascii_uppercase();
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
            variants,
        })
    }
}
