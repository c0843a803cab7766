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

    /// Records darling's errors (each keeps its own span and "did you mean").
    pub(crate) fn darling(&mut self, error: darling::Error) {
        self.errors.push(error.into());
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
