//! The `envelope = ".."` option, shared by `#[plugin]` (every endpoint's) and `#[endpoint]`
//! (one endpoint's, overriding the plugin's): parsed here, emitted as the runtime's
//! `Envelope` in the endpoint's metadata.

use proc_macro2::TokenStream;
use quote::quote;

use crate::errors::Errors;
use crate::paths::Paths;

/// How an endpoint's answers are wrapped (the runtime's `Envelope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Envelope {
    /// `"none"`: the value itself.
    None,
    /// `"success"`: NAAP's `{"success": true, "data": ..}`.
    Success,
}

const HELP: &str = "help: write `envelope = \"success\"` (NAAP's `{\"success\": true, \"data\": ..}`) or `envelope = \"none\"` (the value itself, the default)";

impl Envelope {
    /// The envelope `value` names, or an error at it.
    pub(crate) fn parse(value: &syn::Lit, errors: &mut Errors) -> Option<Self> {
        let syn::Lit::Str(value) = value else {
            errors.at(value, format!("`envelope` takes a string\n{HELP}"));
            return None;
        };
        match value.value().as_str() {
            "none" => Some(Self::None),
            "success" => Some(Self::Success),
            other => {
                errors.at(value, format!("unknown envelope `{other}`\n{HELP}"));
                None
            }
        }
    }

    /// The builder call adding it to an `EndpointMeta`; nothing for `None`, the default.
    pub(crate) fn meta_builder(self, paths: &Paths) -> Option<TokenStream> {
        let private = paths.private();
        match self {
            Self::None => None,
            Self::Success => Some(quote!(.envelope(#private::Envelope::Success))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_parse_and_others_are_errors() {
        let mut errors = Errors::default();
        let parse = |text: &str, errors: &mut Errors| {
            let text = syn::LitStr::new(text, proc_macro2::Span::call_site());
            Envelope::parse(&syn::Lit::Str(text), errors)
        };
        assert_eq!(parse("success", &mut errors), Some(Envelope::Success));
        assert_eq!(parse("none", &mut errors), Some(Envelope::None));
        assert_eq!(errors.len(), 0);
        assert_eq!(parse("naap", &mut errors), None);
        assert_eq!(errors.len(), 1);
        let flag = syn::Lit::Bool(syn::LitBool::new(true, proc_macro2::Span::call_site()));
        assert_eq!(Envelope::parse(&flag, &mut errors), None);
        assert_eq!(errors.len(), 2);
    }
}
