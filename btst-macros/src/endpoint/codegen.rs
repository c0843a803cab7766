//! Generate phase of `#[endpoint]`: the actix handler (extract, hooks, call, respond), the hook
//! methods of the plugin's `Hooks` trait, and the endpoint's OpenAPI metadata. Infallible.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ir::{ArgKind, Endpoint};
use crate::emit::doc_attr;
use crate::paths::Paths;

/// The name of the generated handler (`__btst_handle_list_todos`).
pub(crate) fn handler_ident(endpoint: &Endpoint) -> syn::Ident {
    format_ident!("__btst_handle_{}", endpoint.ident)
}

/// The actix handler: extracts the arguments, resolves the hook context (and the caller), runs
/// `before_*`, the function and `after_*` inside a panic guard and, for a write, inside one
/// transaction (committed after `after_*`, then `after_*_committed`), or `on_*_error`. The steps
/// before the endpoint runs (path parameters, hook context, database handle) are ours and do not
/// panic (the identity provider's panic is caught where it is called), so they run in a plain
/// closure whose error is the response, and only the hooks and the function are inside the panic
/// guard: one `async` layer per handler, so the handler's state is not copied once more.
#[expect(clippy::too_many_lines, reason = "one template, read top to bottom")]
pub(crate) fn handler(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &endpoint.ident;
    let name = ident.to_string();
    let handler = handler_ident(endpoint);
    let status = endpoint.status;
    let write = endpoint.is_write();
    let hooks = hook_idents(endpoint);
    let (before, after, on_error) = (&hooks.before, &hooks.after, &hooks.on_error);
    let extracted = endpoint
        .args
        .iter()
        .filter(|arg| match arg.kind {
            ArgKind::Path(_) | ArgKind::Extract(_) => false,
            ArgKind::Db => !write,
            _ => true,
        })
        .map(|arg| {
            let (ident, ty) = (&arg.ident, &arg.ty);
            quote!(#ident: #ty)
        });
    let extracted_first = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Extract(_)))
        .map(|arg| {
            let (ident, ty) = (&arg.ident, &arg.ty);
            quote!(#private::Extracted(#ident): #private::Extracted<#ty>)
        });
    let (path_idents, path_values): (Vec<_>, Vec<_>) = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Path(_)))
        .map(|arg| {
            let (ident, ty) = (&arg.ident, &arg.ty);
            let param = ident.to_string();
            (
                ident,
                quote!(<#ty>::from_request_named(&__btst_request, #param)?),
            )
        })
        .unzip();
    let hook_inputs: Vec<_> = endpoint
        .args
        .iter()
        .filter(|arg| arg.inner().is_some())
        .map(|arg| {
            let ident = &arg.ident;
            quote!(&#ident)
        })
        .collect();
    let call_args = endpoint.args.iter().map(|arg| &arg.ident);
    let scope = write.then(|| {
        let bindings = endpoint
            .args
            .iter()
            .filter(|arg| matches!(arg.kind, ArgKind::Db))
            .map(|arg| {
                let ident = &arg.ident;
                quote!(let #ident = ::core::clone::Clone::clone(&__btst_db);)
            });
        quote!(#(#bindings)*)
    });
    let (db_ident, db_value) = if write {
        (
            Some(quote!(__btst_db,)),
            Some(quote!(#private::write_db(&__btst_request, __btst_hooks.transactional())?,)),
        )
    } else {
        (None, None)
    };
    let finish = match &hooks.committed {
        Some(committed) => quote! {
            #private::finish_write(
                #name,
                &__btst_db,
                __btst_result,
                __btst_denied,
                |value| __btst_hooks.#committed(&__btst_context, value),
                |error| __btst_hooks.#on_error(&__btst_context, error),
            )
            .await
        },
        None => quote! {
            #private::finish_read(#name, __btst_result, __btst_denied, |error| {
                __btst_hooks.#on_error(&__btst_context, error)
            })
        },
    };
    let doc = doc_attr(&format!("The actix handler of [`{ident}`]."));
    quote! {
        #doc
        #[doc(hidden)]
        async fn #handler(
            __btst_request: #private::HttpRequest,
            __btst_hooks: #private::Data<dyn Hooks>,
            #(#extracted_first,)*
            #(#extracted,)*
        ) -> #private::HttpResponse {
            // The steps before the endpoint runs, in order; the first error is the response.
            let (#(#path_idents,)* __btst_context, #db_ident) = match (|| {
                ::core::result::Result::Ok::<_, #private::ApiError>((
                    #(#path_values,)*
                    #private::HookContext::new(&__btst_request, #name)?,
                    #db_value
                ))
            })() {
                ::core::result::Result::Ok(started) => started,
                ::core::result::Result::Err(error) => return #private::refuse(&error),
            };
            #scope
            let mut __btst_denied = false;
            let __btst_result = #private::catch_panic(async {
                if let ::core::result::Result::Err(error) = __btst_hooks.#before(&__btst_context, #(#hook_inputs),*) {
                    __btst_denied = true;
                    return ::core::result::Result::Err(error);
                }
                let __btst_value = #ident(#(#call_args),*).await?;
                __btst_hooks.#after(&__btst_context, &__btst_value)?;
                ::core::result::Result::Ok(__btst_value)
            }).await;
            #private::respond(#status, #finish)
        }
    }
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
    let names = inputs.iter().map(|(name, _)| name);
    let output = &endpoint.output;
    let transaction = if endpoint.is_write() {
        " It runs inside the request's transaction: an error or a panic rolls the write back."
    } else {
        ""
    };
    let before_doc = doc_attr(&format!(
        "Runs before [`{ident}`] with its validated input and the caller \
         (`context.identity()`). Return an error to deny the request: `ApiError::forbidden(..)` \
         answers 403, an error of your own the status it carries. Allows by default.{transaction}"
    ));
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
            fn #committed(&self, context: &#private::HookContext<'_>, result: &#output) -> #private::ApiResult<()> {
                let _ = (context, result);
                ::core::result::Result::Ok(())
            }
        }
    });
    quote! {
        #before_doc
        fn #before(&self, context: &#private::HookContext<'_>, #(#params),*) -> #private::ApiResult<()> {
            let _ = (context, #(#names),*);
            ::core::result::Result::Ok(())
        }

        #after_doc
        fn #after(&self, context: &#private::HookContext<'_>, result: &#output) -> #private::ApiResult<()> {
            let _ = (context, result);
            ::core::result::Result::Ok(())
        }

        #committed

        #error_doc
        fn #on_error(&self, context: &#private::HookContext<'_>, error: &#private::ApiError) {
            let _ = (context, error);
        }
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

/// The endpoint's `EndpointMeta`, for the OpenAPI document.
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
    let path_params = endpoint.args.iter().filter_map(|arg| match &arg.kind {
        ArgKind::Path(inner) => {
            let name = arg.ident.to_string();
            Some(quote!(#private::PathParam { name: #name, schema: <#inner as #private::ApiSchema>::schema }))
        }
        _ => None,
    });
    let query = endpoint.args.iter().find_map(|arg| match &arg.kind {
        ArgKind::Query(inner) => Some(
            quote!(::core::option::Option::Some(<#inner as #private::QueryParams>::parameters)),
        ),
        _ => None,
    });
    let query = query.unwrap_or_else(|| quote!(::core::option::Option::None));
    let extractors = endpoint.args.iter().filter_map(|arg| match &arg.kind {
        ArgKind::Extract(ty) => Some(quote!(<#ty as #private::Extract>::META)),
        _ => None,
    });
    let body = match endpoint.body() {
        Some(inner) => {
            quote!(::core::option::Option::Some(<#inner as #private::ApiSchema>::schema))
        }
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #private::EndpointMeta {
            method: #http_method,
            path: #path,
            operation_id: #operation_id,
            summary: #summary,
            description: #description,
            status: #status,
            path_params: &[#(#path_params),*],
            query: #query,
            body: #body,
            response: <#output as #private::ApiSchema>::schema,
            errors: &[#(#errors),*],
            extractors: &[#(#extractors),*],
        }
    }
}
