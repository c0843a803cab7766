//! Validate phase of `#[endpoint]`: the attribute and the function signature are checked
//! independently (every error reported), then joined: each `{param}` of the route needs an
//! argument of that name typed `Path<T>`, and the reverse.

use proc_macro2::Span;
use syn::{Attribute, FnArg, GenericArgument, Ident, ItemFn, Pat, PathArguments, ReturnType, Type};

use super::args::{EndpointArgs, USAGE};
use crate::emit;
use crate::envelope::Envelope;
use crate::errors::Errors;

const SIGNATURE: &str = "help: an endpoint looks like `async fn name(db: Db, id: Path<String>, query: Query<Page>, body: Json<NewTodo>, tenant: Tenant) -> ApiResult<Todo>`, every argument optional";

/// What an argument is extracted from.
#[derive(Debug, Clone)]
pub(crate) enum ArgKind {
    /// `Db`.
    Db,
    /// `Json<T>`: the body.
    Json(Type),
    /// `Query<T>`: the query string.
    Query(Type),
    /// `Path<T>`: the route parameter named like the argument.
    Path(Type),
    /// Any other type: read from the request's head by its `Extract` impl (`Tenant`).
    Extract(Type),
}

/// One argument of the endpoint function.
#[derive(Debug, Clone)]
pub(crate) struct Arg {
    pub(crate) ident: Ident,
    /// The type as written.
    pub(crate) ty: Type,
    pub(crate) kind: ArgKind,
}

impl Arg {
    /// The type a hook sees (`T` of `Json<T>`), or `None` for `Db` and for the plugin's
    /// `Options<T>` (a hook reads those through `context.options()`).
    pub(crate) fn inner(&self) -> Option<&Type> {
        match &self.kind {
            ArgKind::Db => None,
            ArgKind::Extract(Type::Path(path))
                if path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Options") =>
            {
                None
            }
            ArgKind::Json(inner)
            | ArgKind::Query(inner)
            | ArgKind::Path(inner)
            | ArgKind::Extract(inner) => Some(inner),
        }
    }
}

/// A validated endpoint.
#[derive(Debug, Clone)]
pub(crate) struct Endpoint {
    pub(crate) ident: Ident,
    /// The function's visibility, which its endpoint type shares.
    pub(crate) vis: syn::Visibility,
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) path_span: Span,
    pub(crate) status: u16,
    pub(crate) summary: String,
    pub(crate) description: String,
    pub(crate) args: Vec<Arg>,
    /// `T` of `ApiResult<T>`.
    pub(crate) output: Type,
    /// Error statuses for the OpenAPI document, sorted.
    pub(crate) errors: Vec<u16>,
    /// Its answers' envelope: its own `envelope = ".."`, else the plugin's (set by the plugin).
    pub(crate) envelope: Option<Envelope>,
    /// `deny_by_default`: its before hook's default denies (403), so the host must allow it.
    pub(crate) deny_by_default: bool,
}

impl Endpoint {
    /// Whether it writes (any method but `GET`): its hooks and body share one transaction.
    pub(crate) fn is_write(&self) -> bool {
        self.method != "GET"
    }

    /// The body's type, if any.
    pub(crate) fn body(&self) -> Option<&Type> {
        self.args.iter().find_map(|arg| match &arg.kind {
            ArgKind::Json(inner) => Some(inner),
            _ => None,
        })
    }

    /// Validates `function`, which carried `attr`. `None` if it has errors.
    pub(crate) fn from_fn(
        function: &ItemFn,
        attr: &Attribute,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        let args = match &attr.meta {
            syn::Meta::List(list) => {
                EndpointArgs::parse(list.tokens.clone(), attr.bracket_token.span.join(), errors)
            }
            _ => {
                errors.at(
                    attr,
                    format!("`#[endpoint]` needs a method and a path\n{USAGE}"),
                );
                None
            }
        };
        let signature = Signature::from_fn(function, errors);
        let args = args?;
        let method = check_method(&args.method, errors);
        let status = check_status(args.options.status.as_ref(), errors);
        let envelope = args
            .options
            .envelope
            .as_ref()
            .map(|value| Envelope::parse(value, errors));
        let path = args.path.value();
        let path_params = route_params(&path, &args.path, errors);
        let signature = signature?;
        for param in &path_params {
            if !signature
                .args
                .iter()
                .any(|arg| matches!(arg.kind, ArgKind::Path(_)) && arg.ident == param)
            {
                errors.at(
                    &args.path,
                    format!("path parameter `{{{param}}}` has no matching argument\nhelp: add the argument `{param}: Path<String>` to `{}`", function.sig.ident),
                );
            }
        }
        for arg in signature
            .args
            .iter()
            .filter(|arg| matches!(arg.kind, ArgKind::Path(_)))
        {
            if !path_params.iter().any(|param| arg.ident == param) {
                errors.at(
                    &arg.ident,
                    format!("`{}` is a `Path` argument, but the route `{path}` has no `{{{}}}`\nhelp: add `{{{}}}` to the route, or take the value another way", arg.ident, arg.ident, arg.ident),
                );
            }
        }
        let extra_errors = args.options.errors.map(|list| list.0).unwrap_or_default();
        let mut statuses = default_errors(&signature.args);
        for status in &extra_errors {
            match status.base10_parse::<u16>() {
                Ok(code) if (400..=599).contains(&code) => statuses.push(code),
                _ => errors.at(status, "an error status is a number from 400 to 599"),
            }
        }
        statuses.sort_unstable();
        statuses.dedup();
        if errors.len() > before {
            return None;
        }
        let (summary, description) =
            emit::summary_and_description(&emit::doc_text(&function.attrs));
        Some(Self {
            ident: function.sig.ident.clone(),
            vis: function.vis.clone(),
            method: method?,
            path,
            path_span: args.path.span(),
            status: status?,
            summary,
            description,
            args: signature.args,
            output: signature.output,
            errors: statuses,
            envelope: envelope.flatten(),
            deny_by_default: args.options.deny_by_default.is_present(),
        })
    }
}

fn default_errors(args: &[Arg]) -> Vec<u16> {
    let mut statuses = vec![403, 500];
    if args.iter().any(|arg| !matches!(arg.kind, ArgKind::Db)) {
        statuses.push(400);
    }
    if args.iter().any(|arg| matches!(arg.kind, ArgKind::Path(_))) {
        statuses.push(404);
    }
    if args.iter().any(|arg| matches!(arg.kind, ArgKind::Json(_))) {
        // A body sent too slowly (`Stack::body_timeout`), too large, or not JSON.
        statuses.extend([408, 413, 415]);
    }
    if args.iter().any(|arg| matches!(arg.kind, ArgKind::Db)) {
        statuses.push(503);
    }
    statuses
}

fn check_method(method: &Ident, errors: &mut Errors) -> Option<&'static str> {
    let found = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        .into_iter()
        .find(|known| method == known);
    if found.is_none() {
        errors.at(method, format!("unknown HTTP method `{method}`\nhelp: use `GET`, `POST`, `PUT`, `PATCH` or `DELETE` (upper case)"));
    }
    found
}

fn check_status(status: Option<&syn::LitInt>, errors: &mut Errors) -> Option<u16> {
    let Some(status) = status else {
        return Some(200);
    };
    match status.base10_parse::<u16>() {
        Ok(code @ 200..=202) => Some(code),
        _ => {
            errors.at(status, "`status` is the success status: 200, 201 or 202");
            None
        }
    }
}

/// The `{name}`s of a route, each checked to be an identifier.
fn route_params(path: &str, literal: &syn::LitStr, errors: &mut Errors) -> Vec<String> {
    if !path.starts_with('/') {
        errors.at(
            literal,
            format!(
                "a route starts with `/`\nhelp: write \"/{}\"",
                path.trim_start_matches('/')
            ),
        );
    }
    let mut params = Vec::new();
    for segment in path.split('/') {
        let Some(name) = segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        else {
            if segment.contains(['{', '}']) {
                errors.at(
                    literal,
                    format!("`{segment}`: a path parameter is a whole segment such as `{{id}}`"),
                );
            }
            continue;
        };
        if syn::parse_str::<Ident>(name).is_err() {
            errors.at(literal, format!("path parameter `{{{name}}}` must be a Rust identifier, the name of its argument"));
        } else if params.iter().any(|known| known == name) {
            errors.at(
                literal,
                format!("path parameter `{{{name}}}` appears twice"),
            );
        } else {
            params.push(name.to_owned());
        }
    }
    params
}

/// The checked signature of an endpoint or getter function.
pub(crate) struct Signature {
    pub(crate) args: Vec<Arg>,
    pub(crate) output: Type,
}

impl Signature {
    fn from_fn(function: &ItemFn, errors: &mut Errors) -> Option<Self> {
        let before = errors.len();
        let sig = &function.sig;
        if sig.asyncness.is_none() {
            errors.at(
                sig.fn_token,
                format!(
                    "an endpoint must be an `async fn`\nhelp: write `async fn {}`",
                    sig.ident
                ),
            );
        }
        if !sig.generics.params.is_empty() {
            errors.at(
                &sig.generics,
                format!("an endpoint cannot be generic\n{SIGNATURE}"),
            );
        }
        let mut args = Vec::new();
        for input in &sig.inputs {
            if let Some(arg) = parse_arg(input, errors) {
                args.push(arg);
            }
        }
        for (kind, name) in [
            ("Json", "body"),
            ("Query", "query string"),
            ("Db", "database handle"),
        ] {
            let mut same = args
                .iter()
                .filter(|arg| arg_kind_name(&arg.kind) == kind)
                .skip(1);
            if let Some(second) = same.next() {
                errors.at(
                    &second.ty,
                    format!("an endpoint takes one `{kind}` argument (the {name})"),
                );
            }
        }
        let output = api_result_type(&sig.output, &sig.ident, errors);
        if errors.len() > before {
            return None;
        }
        Some(Self {
            args,
            output: output?,
        })
    }
}

fn arg_kind_name(kind: &ArgKind) -> &'static str {
    match kind {
        ArgKind::Db => "Db",
        ArgKind::Json(_) => "Json",
        ArgKind::Query(_) => "Query",
        ArgKind::Path(_) => "Path",
        ArgKind::Extract(_) => "Extract",
    }
}

fn parse_arg(input: &FnArg, errors: &mut Errors) -> Option<Arg> {
    let FnArg::Typed(typed) = input else {
        errors.at(
            input,
            format!("an endpoint is a free function, not a method\n{SIGNATURE}"),
        );
        return None;
    };
    let Pat::Ident(pat) = &*typed.pat else {
        errors.at(
            &typed.pat,
            "name the argument with a plain identifier; path parameters are matched by name",
        );
        return None;
    };
    if pat.ident == "context" {
        errors.at(
            &pat.ident,
            "`context` is the name hooks give the request context\nhelp: rename the argument",
        );
        return None;
    }
    let ty = (*typed.ty).clone();
    let Some((wrapper, inner)) = wrapper_type(&ty) else {
        errors.at(&typed.ty, format!("unsupported argument type\n{SIGNATURE}"));
        return None;
    };
    if let Some(inner) = &inner
        && ["Json", "Query", "Path"].contains(&wrapper.as_str())
        && let Some((name, fix)) = own_argument(inner)
    {
        errors.at(
            inner,
            format!("`{name}` is an endpoint argument of its own, not the content of a `{wrapper}`\nhelp: write `{}: {fix}", pat.ident),
        );
        return None;
    }
    let kind = match (wrapper.as_str(), inner) {
        ("Db", None) => ArgKind::Db,
        ("Json", Some(inner)) => ArgKind::Json(inner),
        ("Query", Some(inner)) => ArgKind::Query(inner),
        ("Path", Some(inner)) => ArgKind::Path(inner),
        (other, _) if !["Db", "Json", "Query", "Path"].contains(&other) => {
            ArgKind::Extract(ty.clone())
        }
        _ => {
            errors.at(&typed.ty, format!("unsupported argument type\n{SIGNATURE}"));
            return None;
        }
    };
    Some(Arg {
        ident: pat.ident.clone(),
        ty,
        kind,
    })
}

/// An argument type that is read from the request by itself (`Identity`, `Options<T>`), with
/// how to write it, when `ty` is one.
fn own_argument(ty: &Type) -> Option<(String, String)> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let name = last.ident.to_string();
    match name.as_str() {
        "Identity" => Some((
            name,
            "Identity` (or `Option<Identity>` for anonymous callers too)".to_owned(),
        )),
        "Options" => Some((
            name,
            quote::ToTokens::to_token_stream(ty)
                .to_string()
                .replace(' ', "")
                + "`",
        )),
        "Option" => wrapper_type(ty)
            .and_then(|(_, inner)| inner)
            .and_then(|inner| own_argument(&inner))
            .map(|(name, _)| (name, "Option<Identity>`".to_owned())),
        _ => None,
    }
}

/// `Json<T>` → (`Json`, `Some(T)`); `Db` → (`Db`, `None`).
fn wrapper_type(ty: &Type) -> Option<(String, Option<Type>)> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let inner = match &last.arguments {
        PathArguments::None => None,
        PathArguments::AngleBracketed(args) => match args.args.iter().collect::<Vec<_>>()[..] {
            [GenericArgument::Type(inner)] => Some(inner.clone()),
            _ => return None,
        },
        PathArguments::Parenthesized(_) => return None,
    };
    Some((last.ident.to_string(), inner))
}

/// `T` of `-> ApiResult<T>` or `-> Result<T, ApiError>`.
pub(crate) fn api_result_type(
    output: &ReturnType,
    name: &Ident,
    errors: &mut Errors,
) -> Option<Type> {
    let help = "an endpoint returns `ApiResult<T>` with `T` the success body\nhelp: write `-> ApiResult<Todo>` (or `-> Result<Todo, ApiError>`)";
    let ReturnType::Type(_, ty) = output else {
        errors.at(name, help);
        return None;
    };
    let found = match wrapper_type(ty) {
        Some((name, Some(inner))) if name == "ApiResult" => Some(inner),
        _ => match &**ty {
            Type::Path(path) => path
                .path
                .segments
                .last()
                .and_then(|last| match &last.arguments {
                    PathArguments::AngleBracketed(args)
                        if last.ident == "Result" && args.args.len() == 2 =>
                    {
                        match args.args.first() {
                            Some(GenericArgument::Type(inner)) => Some(inner.clone()),
                            _ => None,
                        }
                    }
                    _ => None,
                }),
            _ => None,
        },
    };
    if found.is_none() {
        errors.at(ty, help);
    }
    found
}
