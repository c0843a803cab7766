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

/// The actix handler: extracts the arguments, runs `before_*`, the function, then `after_*` or
/// `on_*_error`, all inside a panic guard.
pub(crate) fn handler(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &endpoint.ident;
    let name = ident.to_string();
    let handler = handler_ident(endpoint);
    let status = endpoint.status;
    let (before, after, on_error) = hook_idents(endpoint);
    let extracted = endpoint
        .args
        .iter()
        .filter(|arg| !matches!(arg.kind, ArgKind::Path(_) | ArgKind::Extract(_)))
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
    let path_params = endpoint
        .args
        .iter()
        .filter(|arg| matches!(arg.kind, ArgKind::Path(_)))
        .map(|arg| {
            let (ident, ty) = (&arg.ident, &arg.ty);
            let param = ident.to_string();
            quote!(let #ident = <#ty>::from_request_named(&__btst_request, #param)?;)
        });
    let hook_inputs = endpoint
        .args
        .iter()
        .filter(|arg| arg.inner().is_some())
        .map(|arg| {
            let ident = &arg.ident;
            quote!(&#ident)
        });
    let call_args = endpoint.args.iter().map(|arg| &arg.ident);
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
            #private::respond(#status, #private::catch_panic(async {
                #(#path_params)*
                let __btst_context = #private::HookContext::new(&__btst_request, #name);
                __btst_hooks.#before(&__btst_context, #(#hook_inputs),*)?;
                let __btst_result = #ident(#(#call_args),*).await;
                match &__btst_result {
                    ::core::result::Result::Ok(value) => __btst_hooks.#after(&__btst_context, value),
                    ::core::result::Result::Err(error) => __btst_hooks.#on_error(&__btst_context, error),
                }
                __btst_result
            }).await)
        }
    }
}

fn hook_idents(endpoint: &Endpoint) -> (syn::Ident, syn::Ident, syn::Ident) {
    let ident = &endpoint.ident;
    (
        format_ident!("before_{ident}"),
        format_ident!("after_{ident}"),
        format_ident!("on_{ident}_error"),
    )
}

/// The three methods of the `Hooks` trait for this endpoint, each with a default.
pub(crate) fn hook_methods(endpoint: &Endpoint, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &endpoint.ident;
    let (before, after, on_error) = hook_idents(endpoint);
    let inputs: Vec<_> = endpoint
        .args
        .iter()
        .filter_map(|arg| arg.inner().map(|inner| (&arg.ident, inner)))
        .collect();
    let params = inputs.iter().map(|(name, ty)| quote!(#name: &#ty));
    let names = inputs.iter().map(|(name, _)| name);
    let output = &endpoint.output;
    let before_doc = doc_attr(&format!(
        "Runs before [`{ident}`] with its validated input. Return an error to deny the request: \
         `ApiError::forbidden(..)` answers 403. Allows by default."
    ));
    let after_doc = doc_attr(&format!(
        "Runs after [`{ident}`] succeeded, with its result."
    ));
    let error_doc = doc_attr(&format!(
        "Runs when [`{ident}`] returned an error (not when a hook denied it)."
    ));
    quote! {
        #before_doc
        fn #before(&self, context: &#private::HookContext<'_>, #(#params),*) -> #private::ApiResult<()> {
            let _ = (context, #(#names),*);
            ::core::result::Result::Ok(())
        }

        #after_doc
        fn #after(&self, context: &#private::HookContext<'_>, result: &#output) {
            let _ = (context, result);
        }

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
