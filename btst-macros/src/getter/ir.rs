//! Validate phase of `#[getter]`: an `async fn(db: Db, ...) -> ApiResult<T>`.

use darling::FromMeta;
use darling::ast::NestedMeta;
use syn::{Attribute, FnArg, Ident, ItemFn, Pat, ReturnType, Type};

use crate::endpoint::ir::api_result_type;
use crate::errors::Errors;

const SIGNATURE: &str = "help: a getter looks like `async fn get_todo_by_id(db: Db, id: String) -> ApiResult<Option<Todo>>`";

/// `#[getter]` or `#[getter(name = "list_todos")]`.
#[derive(Debug, Default, FromMeta)]
struct GetterArgs {
    /// The method's name on `RawApi`, when it differs from the function's.
    name: Option<syn::LitStr>,
}

/// A validated getter.
#[derive(Debug, Clone)]
pub(crate) struct Getter {
    /// The function.
    pub(crate) ident: Ident,
    /// The `RawApi` method.
    pub(crate) method: Ident,
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
        let method = getter_method(attr, &function.sig.ident, errors);
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
            method: method?,
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

/// The `RawApi` method's name: `name = "..."`, else the function's.
fn getter_method(attr: &Attribute, function: &Ident, errors: &mut Errors) -> Option<Ident> {
    let syn::Meta::List(list) = &attr.meta else {
        return Some(function.clone());
    };
    let items = errors.ok(NestedMeta::parse_meta_list(list.tokens.clone()))?;
    let args = GetterArgs::from_list(&items)
        .map_err(|error| errors.darling(error))
        .ok()?;
    let Some(name) = args.name else {
        return Some(function.clone());
    };
    let parsed = name.parse::<Ident>().ok();
    if parsed.is_none() {
        errors.at(
            &name,
            format!(
                "`{}` is not a method name\nhelp: use a Rust identifier such as `list_todos`",
                name.value()
            ),
        );
    }
    parsed
}
