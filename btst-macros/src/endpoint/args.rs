//! Parse phase of `#[endpoint]`: `METHOD, "/path"` positionally, then darling options.

use darling::FromMeta;
use darling::ast::NestedMeta;
use proc_macro2::{Span, TokenStream};
use syn::{Ident, Lit, LitInt, LitStr, Meta};

use crate::errors::Errors;

pub(crate) const USAGE: &str = "help: write `#[endpoint(GET, \"/todos/{id}\")]`, optionally with `status = 201`, `errors(404, 409)`, `envelope = \"none\"` and `deny_by_default`";

/// `#[endpoint(METHOD, "/path", status = .., errors(..))]`.
pub(crate) struct EndpointArgs {
    pub(crate) method: Ident,
    pub(crate) path: LitStr,
    pub(crate) options: EndpointOptions,
}

/// The named options after the method and path.
#[derive(Debug, Default, FromMeta)]
pub(crate) struct EndpointOptions {
    /// The success status (200 by default).
    pub(crate) status: Option<LitInt>,
    /// Extra error statuses the body may answer, for the OpenAPI document.
    pub(crate) errors: Option<StatusList>,
    /// How its answers are wrapped, overriding the plugin's (`"success"` or `"none"`).
    pub(crate) envelope: Option<syn::Lit>,
    /// `deny_by_default`: refused (403) unless the host's `before_x` hook allows it.
    pub(crate) deny_by_default: darling::util::Flag,
}

/// `errors(404, 409)`.
#[derive(Debug, Default)]
pub(crate) struct StatusList(pub(crate) Vec<LitInt>);

impl FromMeta for StatusList {
    fn from_list(items: &[NestedMeta]) -> darling::Result<Self> {
        let mut errors = darling::Error::accumulator();
        let statuses = items
            .iter()
            .filter_map(|item| match item {
                NestedMeta::Lit(Lit::Int(status)) => Some(status.clone()),
                other => {
                    errors.push(
                        darling::Error::custom("expected a status code such as `404`")
                            .with_span(other),
                    );
                    None
                }
            })
            .collect();
        errors.finish_with(Self(statuses))
    }
}

impl EndpointArgs {
    /// Parses the attribute's tokens; `span` is the attribute's, for a missing method or path.
    pub(crate) fn parse(tokens: TokenStream, span: Span, errors: &mut Errors) -> Option<Self> {
        let items = errors.ok(NestedMeta::parse_meta_list(tokens))?;
        let mut items = items.into_iter();
        let method = match items.next() {
            Some(NestedMeta::Meta(Meta::Path(path))) if path.get_ident().is_some() => {
                path.get_ident().cloned()
            }
            Some(other) => {
                errors.at(&other, format!("expected the HTTP method first\n{USAGE}"));
                None
            }
            None => {
                errors.at_span(
                    span,
                    format!("`#[endpoint]` needs a method and a path\n{USAGE}"),
                );
                return None;
            }
        };
        let path = match items.next() {
            Some(NestedMeta::Lit(Lit::Str(path))) => Some(path),
            Some(other) => {
                errors.at(
                    &other,
                    format!("expected the route as a string literal after the method\n{USAGE}"),
                );
                None
            }
            None => {
                errors.at_span(
                    span,
                    format!("`#[endpoint]` needs a path after the method\n{USAGE}"),
                );
                None
            }
        };
        let rest: Vec<NestedMeta> = items.collect();
        let options = EndpointOptions::from_list(&rest).unwrap_or_else(|error| {
            errors.darling(error);
            EndpointOptions::default()
        });
        Some(Self {
            method: method?,
            path: path?,
            options,
        })
    }
}
