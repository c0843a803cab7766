//! The rules on a field's values that the document states too, shared by `#[model]`'s and
//! `#[body]`'s fields: the wire name (`rename = ".."`), the allowed values (`one_of = [..]`) and
//! a text format (`format = ".."`). Checked here; [`emit`] writes them onto a `FieldMeta`.

use darling::util::SpannedValue;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::args::{DefaultArg, Values};
use super::ir::Kind;
use crate::emit;
use crate::errors::Errors;
use crate::paths::Paths;

/// `one_of = [..]`, checked against the field's kind.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum OneOf {
    Text(Vec<String>),
    Integer(Vec<i64>),
    Number(Vec<f64>),
}

/// `format = ".."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Email,
    Uri,
    Uuid,
}

const FORMATS: &str = "\"email\", \"uri\" or \"uuid\"";

/// The wire name: `rename = ".."` when given (any non-empty JSON name, Rust keywords included),
/// else the field's name in camelCase.
pub(crate) fn wire_name(
    ident: &Ident,
    rename: Option<&SpannedValue<String>>,
    errors: &mut Errors,
) -> String {
    match rename {
        Some(name) if name.is_empty() => {
            errors.at_span(
                name.span(),
                "`rename = \"\"`: a field's JSON name cannot be empty\nhelp: write the name clients send, as `rename = \"type\"`",
            );
            emit::camel_case(&ident.to_string())
        }
        Some(name) => name.as_str().to_owned(),
        None => emit::camel_case(&ident.to_string()),
    }
}

/// `#[serde(rename = "..")]` for a field whose wire name is not its name in camelCase (the
/// struct's `rename_all`).
pub(crate) fn serde_rename(ident: &Ident, wire: &str) -> TokenStream {
    if emit::camel_case(&ident.to_string()) == wire {
        quote!()
    } else {
        quote!(#[serde(rename = #wire)])
    }
}

/// No two fields share a wire name: `(field, wire name)` in declaration order.
pub(crate) fn check_wire_names<'a>(
    fields: impl IntoIterator<Item = (&'a Ident, &'a str)>,
    errors: &mut Errors,
) {
    let mut seen: Vec<(&Ident, &str)> = Vec::new();
    for (ident, wire) in fields {
        if let Some((first, _)) = seen.iter().find(|(_, known)| *known == wire) {
            errors.at(
                ident,
                format!(
                    "`{first}` and `{ident}` are both `{wire}` in JSON\nhelp: give one of them another `rename = \"..\"`"
                ),
            );
        } else {
            seen.push((ident, wire));
        }
    }
}

/// `one_of = [..]`: two or more distinct values of the field's kind (text for a `String`,
/// integers in range for an `i32` / `i64`, numbers for an `f64`).
pub(crate) fn check_one_of(
    kind: Kind,
    values: &SpannedValue<Values>,
    errors: &mut Errors,
) -> Option<OneOf> {
    let before = errors.len();
    let wrong = |value: &DefaultArg, expected: &str, errors: &mut Errors| {
        errors.at_span(
            value.span(),
            format!(
                "`one_of` lists {expected}, and this is {}\nhelp: list values of the field's type",
                value.describe()
            ),
        );
    };
    let one_of = match kind {
        Kind::Text => OneOf::Text(
            values
                .0
                .iter()
                .filter_map(|value| match value {
                    DefaultArg::Text(text, _) => Some(text.clone()),
                    other => {
                        wrong(other, "strings", errors);
                        None
                    }
                })
                .collect(),
        ),
        Kind::I32 | Kind::I64 => OneOf::Integer(
            values
                .0
                .iter()
                .filter_map(|value| match value {
                    DefaultArg::Int(number, span) => {
                        if kind == Kind::I32 && i32::try_from(*number).is_err() {
                            errors.at_span(
                                *span,
                                "this value does not fit in an `i32`\nhelp: make the field an `i64`, or list smaller values",
                            );
                        }
                        Some(*number)
                    }
                    other => {
                        wrong(other, "integers", errors);
                        None
                    }
                })
                .collect(),
        ),
        Kind::F64 => OneOf::Number(
            values
                .0
                .iter()
                .filter_map(|value| match value {
                    #[expect(
                        clippy::cast_precision_loss,
                        reason = "an integer listed for a float field is that float"
                    )]
                    DefaultArg::Int(number, _) => Some(*number as f64),
                    DefaultArg::Float(number, _) => Some(*number),
                    other => {
                        wrong(other, "numbers", errors);
                        None
                    }
                })
                .collect(),
        ),
        Kind::Bool | Kind::Timestamp | Kind::Enum | Kind::Json | Kind::Decimal => {
            let help = match kind {
                Kind::Enum => "an enumeration's values are its variants",
                Kind::Bool => "a `bool` has two values already",
                Kind::Json => "declare a `#[body]` for the shape, or check it in the endpoint",
                Kind::Decimal => "a `Decimal`'s digits are its `decimal(precision, scale)`",
                _ => "use `#[field(range(..))]` on a number instead",
            };
            errors.at_span(
                values.span(),
                format!("`one_of` applies to `String` and number fields\nhelp: {help}"),
            );
            return None;
        }
    };
    check_listed(&one_of, values, errors);
    (errors.len() == before).then_some(one_of)
}

/// `one_of`'s list: not empty, no value twice.
fn check_listed(one_of: &OneOf, values: &SpannedValue<Values>, errors: &mut Errors) {
    let count = match one_of {
        OneOf::Text(list) => list.len(),
        OneOf::Integer(list) => list.len(),
        OneOf::Number(list) => list.len(),
    };
    if values.0.is_empty() {
        errors.at_span(
            values.span(),
            "`one_of = []` allows no value at all\nhelp: list the values the field allows",
        );
    } else if count == values.0.len() {
        for (index, value) in values.0.iter().enumerate() {
            let repeated = match one_of {
                OneOf::Text(list) => list[..index].contains(&list[index]),
                OneOf::Integer(list) => list[..index].contains(&list[index]),
                #[expect(clippy::float_cmp, reason = "a value listed twice, exactly")]
                OneOf::Number(list) => list[..index].iter().any(|known| *known == list[index]),
            };
            if repeated {
                errors.at_span(
                    value.span(),
                    "this value is listed twice in `one_of`\nhelp: list each value once",
                );
            }
        }
    }
}

/// `format = "email" | "uri" | "uuid"` on a text field.
pub(crate) fn check_format(
    kind: Kind,
    format: &SpannedValue<String>,
    errors: &mut Errors,
) -> Option<Format> {
    if kind != Kind::Text {
        errors.at_span(
            format.span(),
            "`format` applies to `String` fields\nhelp: remove `format`",
        );
        return None;
    }
    match format.as_str() {
        "email" => Some(Format::Email),
        "uri" => Some(Format::Uri),
        "uuid" => Some(Format::Uuid),
        other => {
            let hint = match other {
                "url" | "URL" | "uri-reference" => {
                    "\nhelp: write `format = \"uri\"` for an absolute URL"
                }
                "e-mail" | "mail" => "\nhelp: write `format = \"email\"`",
                _ => "",
            };
            errors.at_span(
                format.span(),
                format!(
                    "unknown `format = \"{other}\"`: btst-rs checks {FORMATS}{hint}{}",
                    if hint.is_empty() {
                        format!("\nhelp: use {FORMATS}, or `pattern = \"..\"` for another shape")
                    } else {
                        String::new()
                    }
                ),
            );
            None
        }
    }
}

/// Whether `value` (a `default`) is one of `one_of`'s.
pub(crate) fn allows(one_of: &OneOf, value: &super::ir::Default) -> bool {
    use super::ir::Default;
    match (one_of, value) {
        (OneOf::Text(list), Default::Text(text)) => list.contains(text),
        (OneOf::Integer(list), Default::Int(number)) => list.contains(number),
        #[expect(
            clippy::float_cmp,
            reason = "the default must be one of the values, exactly"
        )]
        (OneOf::Number(list), Default::Float(number)) => list.iter().any(|known| known == number),
        _ => true,
    }
}

/// The runtime's `OneOf` of these values.
pub(crate) fn one_of_tokens(one_of: &OneOf, paths: &Paths) -> TokenStream {
    let private = paths.private();
    match one_of {
        OneOf::Text(list) => quote!(#private::OneOf::Text(&[#(#list),*])),
        OneOf::Integer(list) => quote!(#private::OneOf::Integer(&[#(#list),*])),
        OneOf::Number(list) => {
            let list = list
                .iter()
                .map(|number| proc_macro2::Literal::f64_suffixed(*number));
            quote!(#private::OneOf::Number(&[#(#list),*]))
        }
    }
}

/// `meta` (a `FieldMeta` expression) with `.one_of(..)` and `.format(..)`.
pub(crate) fn emit(
    mut meta: TokenStream,
    one_of: Option<&OneOf>,
    format: Option<Format>,
    paths: &Paths,
) -> TokenStream {
    let private = paths.private();
    if let Some(one_of) = one_of {
        let values = one_of_tokens(one_of, paths);
        meta = quote!(#meta.one_of(#values));
    }
    if let Some(format) = format {
        let variant = match format {
            Format::Email => quote!(Email),
            Format::Uri => quote!(Uri),
            Format::Uuid => quote!(Uuid),
        };
        meta = quote!(#meta.format(#private::Format::#variant));
    }
    meta
}
