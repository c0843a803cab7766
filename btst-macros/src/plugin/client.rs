//! Generate phase of `#[plugin]`, the typed client: `Client`, one `async` method per endpoint,
//! inside `__client!`, which keeps it only with btst-runtime's feature `client`. A method takes
//! the endpoint's path parameters, query and body by reference, in the function's order, and
//! returns its output type; `Db` and `Extract` arguments are the server's (an `Extract` reads a
//! header: the client sends it from `ApiClient::header`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ir::Plugin;
use crate::emit::doc_attr;
use crate::endpoint::codegen::method;
use crate::endpoint::ir::{ArgKind, Endpoint};
use crate::envelope::Envelope;

/// The plugin's `Client`.
pub(crate) fn client(plugin: &Plugin) -> TokenStream {
    if !plugin.client {
        return TokenStream::new();
    }
    let private = plugin.paths.private();
    let doc = doc_attr(&format!(
        "A typed HTTP client of the `{}` plugin (feature `client` of btst-runtime): one method \
         per endpoint, sending the plugin's own types and decoding its answers; an error status \
         is `ClientError::Api` with the server's problem+json decoded. \
         `{}::Client::new(ApiClient::new(\"http://127.0.0.1:8080/api\"))`, the URL being the \
         Stack's address and base path.",
        plugin.name, plugin.ident
    ));
    let methods = plugin
        .endpoints
        .iter()
        .map(|endpoint| client_method(endpoint, plugin));
    quote! {
        #private::client! {
            #doc
            #[derive(::core::fmt::Debug, ::core::clone::Clone)]
            pub struct Client(#private::ApiClient);

            impl Client {
                /// A client sending through `api` (its base URL, reqwest client and headers).
                pub fn new(api: #private::ApiClient) -> Self {
                    Self(api)
                }

                #(#methods)*
            }
        }
    }
}

/// One endpoint's method: `self.0.send(method, path, query, body)`.
fn client_method(endpoint: &Endpoint, plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let Endpoint {
        ident,
        output,
        summary,
        ..
    } = endpoint;
    let route = format!(
        "`{} {}`: [`{ident}`](fn@{ident}) on the server.",
        endpoint.method, endpoint.path
    );
    let doc = doc_attr(&if summary.is_empty() {
        route
    } else {
        format!("{summary}\n\n{route}")
    });
    let params = endpoint.args.iter().filter_map(|arg| {
        let name = &arg.ident;
        match &arg.kind {
            // `Path<String>` takes a `&str`; other types by reference.
            ArgKind::Path(inner) if is_string(inner) => Some(quote!(#name: &str)),
            ArgKind::Path(inner) | ArgKind::Query(inner) | ArgKind::Json(inner) => {
                Some(quote!(#name: &#inner))
            }
            ArgKind::Db | ArgKind::Extract(_) => None,
        }
    });
    let path = path_expr(endpoint, plugin);
    let queries: Vec<TokenStream> = endpoint
        .args
        .iter()
        .filter_map(|arg| match arg.kind {
            ArgKind::Query(_) => {
                let name = &arg.ident;
                Some(quote!(#private::query(#name)?))
            }
            _ => None,
        })
        .collect();
    let query = if queries.is_empty() {
        quote!(::core::option::Option::None)
    } else {
        quote!(#private::join_queries(::std::vec::Vec::from([#(#queries),*])))
    };
    let body = endpoint
        .args
        .iter()
        .find_map(|arg| match arg.kind {
            ArgKind::Json(_) => {
                let name = &arg.ident;
                Some(quote!(::core::option::Option::Some(#name)))
            }
            _ => None,
        })
        .unwrap_or_else(|| quote!(#private::NO_BODY));
    let method = method(endpoint, &plugin.paths);
    let send = match endpoint.envelope {
        Some(Envelope::Success) => format_ident!("send_enveloped"),
        Some(Envelope::None) | None => format_ident!("send"),
    };
    quote! {
        #doc
        pub async fn #ident(&self, #(#params),*) -> ::core::result::Result<#output, #private::ClientError> {
            self.0.#send(#method, #path, #query, #body).await
        }
    }
}

/// The request's path: the route as a literal, or, with parameters, a `format!` that puts each
/// one in as a percent-encoded segment.
fn path_expr(endpoint: &Endpoint, plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let mut template = String::new();
    let mut values = Vec::new();
    let mut rest = endpoint.path.as_str();
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map_or(rest.len(), |close| open + close);
        template.push_str(&rest[..open].replace('{', "{{").replace('}', "}}"));
        template.push_str("{}");
        let name = &rest[open + 1..close];
        if let Some(arg) = endpoint.args.iter().find(|arg| arg.ident == name) {
            let ident = &arg.ident;
            values.push(quote!(#private::segment(#ident)?));
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    if values.is_empty() {
        let path = &endpoint.path;
        return quote!(#path);
    }
    template.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    quote!(&::std::format!(#template, #(#values),*))
}

/// Whether `ty` is `String` (by its last path segment, as written).
fn is_string(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|last| last.ident == "String" && last.arguments.is_none()))
}
