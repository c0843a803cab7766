//! Generate phase of `#[endpoint]`: the endpoint's type and its `Endpoint` impl (the typed
//! pieces the runtime's request lifecycle serves), the hook methods of the plugin's `Hooks`
//! trait, and the endpoint's OpenAPI metadata. Infallible.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::ir::{ArgKind, Endpoint};
use crate::emit::doc_attr;
use crate::paths::Paths;

/// The endpoint's type, named after its function (`list_todos`, in the type namespace only, so
/// the function keeps its name), and its impl of the runtime's `Endpoint`: the metadata, the
/// argument types, and one call per method, to the function or to a hook. The runtime's
/// lifecycle decides when each runs; nothing here branches.
pub(crate) fn endpoint_impl(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &endpoint.ident;
    let hooks = hook_idents(endpoint);
    let (before, after, on_error) = (&hooks.before, &hooks.after, &hooks.on_error);
    // Where each argument comes from: the `Path` tuple, the `Args` tuple (the `Extract` ones
    // first, as actix extracts them), or the database handle.
    let path_args: Vec<_> = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Path(_)))
        .collect();
    let extracted: Vec<_> = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Extract(_)))
        .chain(
            endpoint
                .args
                .iter()
                .filter(|arg| matches!(arg.kind, ArgKind::Json(_) | ArgKind::Query(_))),
        )
        .collect();
    let call_args = call_args(endpoint, &path_args, &extracted);
    let hook_inputs = endpoint
        .args
        .iter()
        .zip(&call_args)
        .filter(|(arg, _)| arg.inner().is_some())
        .map(|(_, value)| quote!(&#value));
    let path_types = path_args.iter().map(|arg| &arg.ty);
    let arg_types = extracted.iter().map(|arg| match &arg.kind {
        ArgKind::Extract(ty) => quote!(#private::Extracted<#ty>),
        _ => arg.ty.to_token_stream(),
    });
    let takes_db = endpoint
        .args
        .iter()
        .any(|arg| matches!(arg.kind, ArgKind::Db));
    let db_param = if takes_db { quote!(db) } else { quote!(_) };
    let (path_param, args_param) = (
        if path_args.is_empty() {
            quote!(_)
        } else {
            quote!(path)
        },
        if extracted.is_empty() {
            quote!(_)
        } else {
            quote!(args)
        },
    );
    let output = &endpoint.output;
    let committed = hooks.committed.as_ref().map(|committed| {
        quote! {
            fn committed(hooks: &__H, context: &#private::HookContext<'_>, value: &#output) -> impl #private::HookFuture {
                hooks.#committed(context, value)
            }
        }
    });
    let meta = meta(endpoint, paths);
    let vis = &endpoint.vis;
    let doc = doc_attr(&format!(
        "The endpoint [`{ident}()`]: its typed pieces, served by the runtime's request lifecycle."
    ));
    quote! {
        #doc
        #[allow(non_camel_case_types)]
        #vis struct #ident {}

        #[automatically_derived]
        impl<__H: Hooks> #private::Endpoint<__H> for #ident {
            const META: #private::EndpointMeta = #meta;
            type Path = (#(#path_types,)*);
            type Args = (#(#arg_types,)*);
            type Output = #output;

            fn call(#db_param: #private::Db, #path_param: Self::Path, #args_param: Self::Args) -> impl #private::Future<Output = #private::ApiResult<#output>> {
                #ident(#(#call_args),*)
            }

            fn before(hooks: &__H, context: &#private::HookContext<'_>, #path_param: &Self::Path, #args_param: &Self::Args) -> impl #private::HookFuture {
                hooks.#before(context, #(#hook_inputs),*)
            }

            fn after(hooks: &__H, context: &#private::HookContext<'_>, value: &#output) -> impl #private::HookFuture {
                hooks.#after(context, value)
            }

            #committed

            fn on_error(hooks: &__H, context: &#private::HookContext<'_>, error: &#private::ApiError) -> impl #private::Future<Output = ()> {
                hooks.#on_error(context, error)
            }
        }
    }
}

/// The value the lifecycle passes for each argument of the function, in order: `db`, `path.N`
/// (a `Path` argument), `args.N.0` (an `Extract` one, unwrapped) or `args.N`.
fn call_args(
    endpoint: &Endpoint,
    path_args: &[&super::ir::Arg],
    extracted: &[&super::ir::Arg],
) -> Vec<TokenStream> {
    let position = |list: &[&super::ir::Arg], arg: &super::ir::Arg| {
        syn::Index::from(
            list.iter()
                .position(|known| known.ident == arg.ident)
                .expect("listed"),
        )
    };
    let db_args = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Db))
        .count();
    let mut dbs_left = db_args;
    endpoint
        .args
        .iter()
        .map(|arg| match &arg.kind {
            ArgKind::Db => {
                dbs_left -= 1;
                if dbs_left == 0 {
                    quote!(db)
                } else {
                    quote!(::core::clone::Clone::clone(&db))
                }
            }
            ArgKind::Path(_) => {
                let index = position(path_args, arg);
                quote!(path.#index)
            }
            ArgKind::Extract(_) => {
                let index = position(extracted, arg);
                quote!(args.#index.0)
            }
            ArgKind::Json(_) | ArgKind::Query(_) => {
                let index = position(extracted, arg);
                quote!(args.#index)
            }
        })
        .collect()
}

/// The names of an endpoint's hook methods.
struct HookIdents {
    before: syn::Ident,
    after: syn::Ident,
    on_error: syn::Ident,
    /// Writes only.
    committed: Option<syn::Ident>,
}

fn hook_idents(endpoint: &Endpoint) -> HookIdents {
    let ident = &endpoint.ident;
    HookIdents {
        before: format_ident!("before_{ident}"),
        after: format_ident!("after_{ident}"),
        on_error: format_ident!("on_{ident}_error"),
        committed: endpoint
            .is_write()
            .then(|| format_ident!("after_{ident}_committed")),
    }
}

/// The methods of the `Hooks` trait for this endpoint, each with a default.
pub(crate) fn hook_methods(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &endpoint.ident;
    let hooks = hook_idents(endpoint);
    let (before, after, on_error) = (&hooks.before, &hooks.after, &hooks.on_error);
    let inputs: Vec<_> = endpoint
        .args
        .iter()
        .filter_map(|arg| arg.inner().map(|inner| (&arg.ident, inner)))
        .collect();
    let params = inputs.iter().map(|(name, ty)| quote!(#name: &#ty));
    let output = &endpoint.output;
    let transaction = if endpoint.is_write() {
        " It runs inside the request's transaction: an error or a panic rolls the write back."
    } else {
        ""
    };
    let default = if endpoint.deny_by_default {
        "**Denies by default** (403, the endpoint is `deny_by_default`): implement it to allow \
         the requests you want"
    } else {
        "Allows by default"
    };
    let before_doc = doc_attr(&format!(
        "Runs before [`{ident}`] with its validated input and the caller \
         (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` \
         answers 403, an error of your own the status it carries. {default}.{transaction}"
    ));
    let before_body = if endpoint.deny_by_default {
        let message =
            format!("`{ident}` is denied unless the app's hooks allow it (`before_{ident}`)");
        quote!(::core::result::Result::Err(#private::ApiError::forbidden(#message)))
    } else {
        quote!(::core::result::Result::Ok(()))
    };
    let after_doc = doc_attr(&format!(
        "Runs after [`{ident}`] succeeded, with its result; an error fails the request.{transaction}"
    ));
    let error_doc = doc_attr(&format!(
        "Runs when [`{ident}`] or its `after_` hook failed (not when a before hook denied it)."
    ));
    let committed = hooks.committed.as_ref().map(|committed| {
        let doc = doc_attr(&format!(
            "Runs once [`{ident}`]'s transaction has committed (say, to revalidate cached \
             pages). Its error or panic is logged and cannot undo the write."
        ));
        quote! {
            #doc
            async fn #committed(&self, context: &#private::HookContext<'_>, result: &#output) -> #private::ApiResult<()> {
                ::core::result::Result::Ok(())
            }
        }
    });
    quote! {
        #before_doc
        async fn #before(&self, context: &#private::HookContext<'_>, #(#params),*) -> #private::ApiResult<()> {
            #before_body
        }

        #after_doc
        async fn #after(&self, context: &#private::HookContext<'_>, result: &#output) -> #private::ApiResult<()> {
            ::core::result::Result::Ok(())
        }

        #committed

        #error_doc
        async fn #on_error(&self, context: &#private::HookContext<'_>, error: &#private::ApiError) {}
    }
}

/// `Method::Get`, ...
pub(crate) fn method(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let variant = format_ident!(
        "{}{}",
        &endpoint.method[..1],
        endpoint.method[1..].to_ascii_lowercase()
    );
    quote!(#private::Method::#variant)
}

/// The endpoint's `EndpointMeta`, for the OpenAPI document: what it has beyond the method,
/// path, name, status and response, added by the builder (nothing for what it lacks).
pub(crate) fn meta(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let http_method = method(endpoint, paths);
    let Endpoint {
        path,
        summary,
        description,
        status,
        output,
        errors,
        ..
    } = endpoint;
    let operation_id = endpoint.ident.to_string();
    let doc = (!summary.is_empty() || !description.is_empty())
        .then(|| quote!(.doc(#summary, #description)));
    let path_params: Vec<_> = endpoint
        .args
        .iter()
        .filter_map(|arg| match &arg.kind {
            ArgKind::Path(inner) => {
                let name = arg.ident.to_string();
                Some(quote!(#private::PathParam { name: #name, schema: <#inner as #private::ApiSchema>::schema }))
            }
            _ => None,
        })
        .collect();
    let path_params = (!path_params.is_empty()).then(|| quote!(.path_params(&[#(#path_params),*])));
    let query = endpoint.args.iter().find_map(|arg| match &arg.kind {
        ArgKind::Query(inner) => {
            Some(quote!(.query(<#inner as #private::QueryParams>::parameters)))
        }
        _ => None,
    });
    let extractors: Vec<_> = endpoint
        .args
        .iter()
        .filter_map(|arg| match &arg.kind {
            ArgKind::Extract(ty) => Some(quote!(<#ty as #private::Extract>::META)),
            _ => None,
        })
        .collect();
    let extractors = (!extractors.is_empty()).then(|| quote!(.extractors(&[#(#extractors),*])));
    let body = endpoint
        .body()
        .map(|inner| quote!(.body(<#inner as #private::ApiSchema>::schema)));
    let envelope = endpoint
        .envelope
        .and_then(|envelope| envelope.meta_builder(paths));
    let deny_by_default = endpoint.deny_by_default.then(|| quote!(.deny_by_default()));
    let database = endpoint
        .args
        .iter()
        .any(|arg| matches!(arg.kind, ArgKind::Db))
        .then(|| quote!(.database()));
    quote! {
        #private::EndpointMeta::new(#http_method, #path, #operation_id, #status, <#output as #private::ApiSchema>::schema)
            #doc
            #path_params
            #query
            #body
            .errors(&[#(#errors),*])
            #extractors
            #envelope
            #deny_by_default
            #database
    }
}
