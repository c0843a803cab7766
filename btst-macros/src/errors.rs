//! The error accumulator every phase writes into: each mistake is recorded with its span and the
//! expansion goes on, so the user sees every error of one compile at once.

use proc_macro2::TokenStream;
use std::fmt::Display;

/// Collected errors; turned into `compile_error!` invocations at the end.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Records an error at `spanned`. `message` is lowercase; a fix goes after `help:` on its own
    /// line.
    pub(crate) fn at(&mut self, spanned: impl quote::ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(spanned, message));
    }

    /// Records an error at a span.
    pub(crate) fn at_span(&mut self, span: proc_macro2::Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Records darling's errors, each at its own span, reworded to our style: lowercase, the
    /// suggestion on a `help:` line.
    pub(crate) fn darling(&mut self, error: darling::Error) {
        for single in error {
            let span = single.span();
            self.errors
                .push(syn::Error::new(span, reword_darling(&single.to_string())));
        }
    }

    /// Runs `parse` and records its error, if any.
    pub(crate) fn ok<T>(&mut self, result: Result<T, impl Into<syn::Error>>) -> Option<T> {
        result.map_err(|error| self.errors.push(error.into())).ok()
    }

    /// How many errors so far (to tell whether one item added any).
    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    /// Every error as `compile_error!` tokens.
    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// Darling's "Unknown field: `uniqe`. Did you mean `unique`?" becomes "unknown option `uniqe`" and a help line.
fn reword_darling(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("Unknown field: ") {
        return match rest.split_once(". Did you mean ") {
            Some((name, suggestion)) => {
                format!(
                    "unknown option {name}\nhelp: did you mean {}",
                    suggestion.trim_end_matches('?')
                )
            }
            None => format!(
                "unknown option {rest}\nhelp: see the macro's documentation for its options"
            ),
        };
    }
    if let Some(name) = message.strip_prefix("Duplicate field ") {
        return format!("option {name} is given twice\nhelp: remove one of them");
    }
    if let Some(name) = message.strip_prefix("Missing field ") {
        return format!("missing option {name}");
    }
    let mut chars = message.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::reword_darling;

    #[test]
    fn darling_messages_follow_our_style() {
        assert_eq!(
            reword_darling("Unknown field: `uniqe`. Did you mean `unique`?"),
            "unknown option `uniqe`\nhelp: did you mean `unique`"
        );
        assert_eq!(
            reword_darling("Duplicate field `unique`"),
            "option `unique` is given twice\nhelp: remove one of them"
        );
        assert_eq!(
            reword_darling("Unexpected type `int`"),
            "unexpected type `int`"
        );
    }
}
