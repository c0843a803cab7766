//! Validate phase of `#[getter]`: an `async fn(db: Db, ...) -> ApiResult<T>`.

use syn::{Attribute, FnArg, Ident, ItemFn, Pat, ReturnType, Type};

use crate::endpoint::ir::api_result_type;
use crate::errors::Errors;

const SIGNATURE: &str = "help: a getter looks like `async fn get_todo_by_id(db: Db, id: String) -> ApiResult<Option<Todo>>`";

/// A validated getter.
#[derive(Debug, Clone)]
pub(crate) struct Getter {
    pub(crate) ident: Ident,
    pub(crate) attrs: Vec<Attribute>,
    /// The arguments after `db`.
    pub(crate) args: Vec<(Ident, Type)>,
    pub(crate) output: ReturnType,
}

impl Getter {
    /// Validates `function`, whose `#[getter]` attribute is `attr`.
    pub(crate) fn from_fn(
        function: &ItemFn,
        attr: &Attribute,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.at(
                attr,
                "`#[getter]` takes no options\nhelp: write `#[getter]`",
            );
        }
        let sig = &function.sig;
        if sig.asyncness.is_none() {
            errors.at(
                sig.fn_token,
                format!(
                    "a getter must be an `async fn`\nhelp: write `async fn {}`",
                    sig.ident
                ),
            );
        }
        if !sig.generics.params.is_empty() {
            errors.at(
                &sig.generics,
                format!("a getter cannot be generic\n{SIGNATURE}"),
            );
        }
        let mut inputs = sig.inputs.iter();
        let first_is_db = matches!(inputs.next(), Some(FnArg::Typed(typed))
            if matches!(&*typed.ty, Type::Path(path) if path.path.segments.last().is_some_and(|last| last.ident == "Db")));
        if !first_is_db {
            errors.at(
                &sig.ident,
                format!("a getter's first argument is the database, `db: Db`\n{SIGNATURE}"),
            );
        }
        let mut args = Vec::new();
        for input in inputs {
            match input {
                FnArg::Typed(typed) => match &*typed.pat {
                    Pat::Ident(pat) => args.push((pat.ident.clone(), (*typed.ty).clone())),
                    other => errors.at(other, "name the argument with a plain identifier"),
                },
                FnArg::Receiver(receiver) => errors.at(
                    receiver,
                    format!("a getter is a free function, not a method\n{SIGNATURE}"),
                ),
            }
        }
        api_result_type(&sig.output, &sig.ident, errors);
        if errors.len() > before {
            return None;
        }
        Some(Self {
            ident: sig.ident.clone(),
            attrs: function
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("doc"))
                .cloned()
                .collect(),
            args,
            output: sig.output.clone(),
        })
    }
}
