//! Validate phase of `#[sitemap]`: an `async fn(db: Db) -> ApiResult<Vec<SitemapEntry>>`, with
//! no options.

use syn::{Attribute, FnArg, Ident, ItemFn, Type};

use crate::endpoint::ir::api_result_type;
use crate::errors::Errors;

const SIGNATURE: &str = "help: a sitemap function looks like `async fn post_pages(db: Db) -> ApiResult<Vec<SitemapEntry>>`";

/// A validated sitemap function.
#[derive(Debug, Clone)]
pub(crate) struct Sitemap {
    /// The function.
    pub(crate) ident: Ident,
}

impl Sitemap {
    /// Validates `function`, whose `#[sitemap]` attribute is `attr`.
    pub(crate) fn from_fn(
        function: &ItemFn,
        attr: &Attribute,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.at(attr, format!("`#[sitemap]` takes no options\n{SIGNATURE}"));
        }
        let sig = &function.sig;
        if sig.asyncness.is_none() {
            errors.at(
                sig.fn_token,
                format!(
                    "a sitemap function must be an `async fn`\nhelp: write `async fn {}`",
                    sig.ident
                ),
            );
        }
        if !sig.generics.params.is_empty() {
            errors.at(
                &sig.generics,
                format!("a sitemap function cannot be generic\n{SIGNATURE}"),
            );
        }
        let is_db = |input: &FnArg| {
            matches!(input, FnArg::Typed(typed)
                if matches!(&*typed.ty, Type::Path(path) if path.path.segments.last().is_some_and(|last| last.ident == "Db")))
        };
        let mut inputs = sig.inputs.iter();
        match (inputs.next(), inputs.next()) {
            (Some(first), None) if is_db(first) => {}
            (_, Some(extra)) => errors.at(
                extra,
                format!("a sitemap function takes only the database, `db: Db`\n{SIGNATURE}"),
            ),
            _ => errors.at(
                &sig.ident,
                format!("a sitemap function's one argument is the database, `db: Db`\n{SIGNATURE}"),
            ),
        }
        api_result_type(&sig.output, &sig.ident, errors);
        (errors.len() == before).then(|| Self {
            ident: sig.ident.clone(),
        })
    }
}
