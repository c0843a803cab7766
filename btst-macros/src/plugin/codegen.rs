//! Generate phase of `#[plugin]`: the module with its items (models expanded), then the plugin's
//! own declarations: the `Hooks` trait, the `Plugin` value and its `Plugin` impl (models, routes,
//! OpenAPI part), each endpoint's `Endpoint` impl, `RawApi` with the getters, and the typed
//! `Client` (`client.rs`). Infallible.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::ir::{Member, Plugin};
use crate::emit::doc_attr;
use crate::{body, endpoint, enumeration, getter, model, query, view};

/// The whole module.
pub(crate) fn module(plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let Plugin {
        attrs, vis, ident, ..
    } = plugin;
    let members = plugin.members.iter().map(|member| match member {
        Member::Model(model, _) => model::codegen(model, &plugin.paths),
        Member::Enumeration(enumeration) => enumeration::codegen(enumeration, &plugin.paths),
        Member::Body(body) => body::codegen(body, &plugin.paths),
        Member::View(view) => view::codegen(view, &plugin.paths),
        Member::Query(query, _) => query::codegen(query, &plugin.paths),
        Member::Verbatim(item) => item.to_token_stream(),
    });
    let alias = plugin.paths.alias();
    let relations = relations(plugin);
    let hooks = hooks_trait(plugin);
    let value = plugin_value(plugin);
    let endpoints = plugin
        .endpoints
        .iter()
        .map(|endpoint| endpoint::codegen::endpoint_impl(endpoint, &plugin.paths));
    let api = raw_api(plugin);
    let client = super::client::client(plugin);
    quote! {
        #(#attrs)*
        #vis mod #ident {
            #alias
            #[allow(unused_imports)]
            use #private::scope::*;

            #(#members)*

            #relations

            #hooks

            #value

            #(#endpoints)*

            #api

            #client
        }
    }
}

/// Diesel's `joinable!` for each reference (Diesel allows one implicit join between two tables:
/// none when a model references one table twice, whose joins name their column with
/// `.on(..)`, and the first reference when two tables reference each other) and
/// `allow_tables_to_appear_in_same_query!` for every two tables linked by references, directly
/// or through other tables, so `task::table.inner_join(project::table)` compiles. Only linked
/// tables: over every pair of a plugin's tables the impls grow with the square of its models,
/// and Diesel's macro recurses once per table (a plugin of 200 models hit the recursion limit).
fn relations(plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let models: Vec<_> = plugin.models().collect();
    // Which linked group each model is in: a union-find over the references.
    let mut group: Vec<usize> = (0..models.len()).collect();
    let mut pairs: Vec<(&syn::Ident, &syn::Ident)> = Vec::new();
    let mut joins = Vec::new();
    // Another plugin's table, by a `use` alias (Diesel's macro takes a table module's name).
    let mut foreign: Vec<(String, syn::Ident)> = Vec::new();
    let mut foreign_pairs: Vec<(&syn::Ident, String)> = Vec::new();
    // How many of a model's fields reference each model (`crate::users::User` or `Project`).
    let target = |reference: &model::ir::Reference| match &reference.plugin {
        Some(plugin) => format!("{}::{}", super::ir::path_text(plugin), reference.model),
        None => reference.model.to_string(),
    };
    for (index, model) in models.iter().enumerate() {
        let references = || {
            model
                .fields
                .iter()
                .filter_map(|field| field.references.as_ref())
        };
        let implicit = |key: &str| references().filter(|other| target(other) == key).count() == 1;
        for field in &model.fields {
            let Some(reference) = &field.references else {
                continue;
            };
            let child = &model.table_module;
            let column = &field.ident;
            if let Some(plugin) = &reference.plugin {
                let module = syn::Ident::new(
                    &crate::emit::snake_case(&reference.model.to_string()),
                    reference.model.span(),
                );
                let key = format!("{}::{module}", super::ir::path_text(plugin));
                let alias = match foreign.iter().find(|(known, _)| *known == key) {
                    Some((_, alias)) => alias.clone(),
                    None => {
                        let alias = format_ident!("__btst_foreign_{}", foreign.len());
                        joins.push(quote! {
                            #[doc(hidden)]
                            use #plugin::#module as #alias;
                        });
                        foreign.push((key.clone(), alias.clone()));
                        alias
                    }
                };
                if foreign_pairs.contains(&(child, key.clone())) {
                    continue;
                }
                foreign_pairs.push((child, key));
                if implicit(&target(reference)) {
                    joins.push(quote!(#private::diesel::joinable!(#child -> #alias (#column));));
                }
                joins.push(quote! {
                    // What `allow_tables_to_appear_in_same_query!` says of two plain tables:
                    // its PostgreSQL impls (`Only<..>`, `Tablesample<..>`) would name no type
                    // of this crate when the other plugin is another crate's (E0117).
                    #[automatically_derived]
                    impl #private::diesel::query_source::TableNotEqual<#alias::table> for #child::table {}
                    #[automatically_derived]
                    impl #private::diesel::query_source::TableNotEqual<#child::table> for #alias::table {}
                });
                continue;
            }
            let Some(parent_index) = models
                .iter()
                .position(|known| known.ident == reference.model)
            else {
                continue;
            };
            let (child_root, parent_root) =
                (root(&mut group, index), root(&mut group, parent_index));
            group[child_root] = parent_root;
            let parent = &models[parent_index].table_module;
            if child == parent
                || pairs.contains(&(child, parent))
                || pairs.contains(&(parent, child))
            {
                continue;
            }
            pairs.push((child, parent));
            // A reference of the wrong type is an error of `#[plugin]`'s; its join would add
            // Diesel's own.
            if implicit(&target(reference)) && plugin.reference_fits(field) {
                joins.push(quote!(#private::diesel::joinable!(#child -> #parent (#column));));
            }
        }
    }
    let roots: Vec<usize> = (0..models.len())
        .map(|index| root(&mut group, index))
        .collect();
    let mut together = Vec::new();
    for first in 0..models.len() {
        for second in first + 1..models.len() {
            if roots[first] == roots[second] {
                let (a, b) = (&models[first].table_module, &models[second].table_module);
                together
                    .push(quote!(#private::diesel::allow_tables_to_appear_in_same_query!(#a, #b);));
            }
        }
    }
    quote! {
        #(#joins)*
        #(#together)*
    }
}

/// The representative of `index`'s group in a union-find (`group[i] == i` at a root).
fn root(group: &mut [usize], mut index: usize) -> usize {
    while group[index] != index {
        group[index] = group[group[index]];
        index = group[index];
    }
    index
}

fn hooks_trait(plugin: &Plugin) -> TokenStream {
    let methods = plugin
        .endpoints
        .iter()
        .map(|endpoint| endpoint::codegen::hook_methods(endpoint, &plugin.paths));
    let getter_methods = plugin
        .getters
        .iter()
        .map(|getter| getter::codegen::hook_method(getter, &plugin.paths));
    let doc = doc_attr(&format!(
        "The hooks of the `{}` plugin: for each endpoint `x`, `before_x` (may deny), `after_x` and \
         `on_x_error`, and `after_x_committed` for a write. Every method is `async` and defaults \
         to allowing and doing nothing; implement the ones you need and install them with \
         `plugin().hooks(..)`. Their futures run on the request's actix worker and need not be \
         `Send`.",
        plugin.name
    ));
    quote! {
        #doc
        #[allow(async_fn_in_trait, unused_variables, clippy::ptr_arg)]
        pub trait Hooks: ::core::marker::Send + ::core::marker::Sync + 'static {
            #(#methods)*
            #(#getter_methods)*

            /// The error statuses these hooks can answer for the endpoint `endpoint` (its
            /// function's name) beyond the 403 of a denial, say 422 from an error type of your
            /// own: the OpenAPI document lists them.
            fn error_statuses(&self, endpoint: &'static str) -> &'static [u16] {
                let _ = endpoint;
                &[]
            }

            /// Whether a write endpoint's hooks and body share one database transaction (the
            /// default). `()`, no hooks, answers `false`: with no hook to include, each `Db` call
            /// is its own transaction, which spares a write one blocking round trip; an endpoint
            /// that makes several writes uses `db.transaction(..)` to keep them together.
            fn transactional(&self) -> bool {
                true
            }
        }

        /// No hooks: every request is allowed (but a `deny_by_default` endpoint's, which is
        /// refused), and writes run without a request transaction.
        #[automatically_derived]
        impl Hooks for () {
            fn transactional(&self) -> bool {
                false
            }
        }
    }
}

fn plugin_value(plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let name = &plugin.name;
    let module_doc = &plugin.doc;
    let models: Vec<TokenStream> = plugin
        .models_in_creation_order()
        .into_iter()
        .map(|model| {
            let ident = &model.ident;
            quote!(<#ident as #private::Model>::META)
        })
        .collect();
    let endpoints: Vec<_> = plugin
        .endpoints
        .iter()
        .map(|endpoint| &endpoint.ident)
        .collect();
    let OptionsParts {
        ty: options_type,
        method: options_method,
        registration: options_registration,
        type_fn: options_type_fn,
    } = options_parts(plugin);
    let dependencies = plugin
        .depends_on
        .iter()
        .map(|dependency| quote_spanned!(dependency.span()=> <#dependency::Plugin>::NAME));
    let (base_path, configure) = if plugin.endpoints.is_empty() {
        (format_ident!("_base_path"), None)
    } else {
        (
            format_ident!("base_path"),
            Some(quote! {
                #options_registration
                let transactional = self.hooks.transactional();
                // A constant: each route compiles only the handler it uses.
                const ROW_SCOPED: bool = #private::has_row_scope(&[#(#models),*]);
                #private::register(config, base_path, ::std::vec::Vec::from([
                    #(#private::route::<#endpoints, H, ROW_SCOPED>(#name, &self.hooks, transactional)),*
                ]));
            }),
        )
    };
    let sitemap = sitemap_methods(plugin);
    let std_impls = std_impls(plugin);
    let doc = doc_attr(&format!(
        "The `{name}` plugin, with the hooks `H`. Add it to a Stack with `.plugin({}::plugin())`.",
        plugin.ident
    ));
    quote! {
        #doc
        pub struct Plugin<H = ()> {
            hooks: ::std::sync::Arc<H>,
            options: ::std::sync::Arc<#options_type>,
        }

        /// The plugin, with no hooks and the default options.
        pub fn plugin() -> Plugin {
            Plugin {
                hooks: ::std::sync::Arc::new(()),
                options: ::std::sync::Arc::new(<#options_type as ::core::default::Default>::default()),
            }
        }

        impl<H> Plugin<H> {
            /// The plugin's name.
            pub const NAME: &'static str = #name;
        }

        impl<H: Hooks> Plugin<H> {
            /// The plugin with these hooks instead.
            #[must_use]
            pub fn hooks<G: Hooks>(self, hooks: G) -> Plugin<G> {
                Plugin { hooks: ::std::sync::Arc::new(hooks), options: self.options }
            }

            #options_method
        }

        #std_impls

        #[automatically_derived]
        impl<H: Hooks> #private::Plugin for Plugin<H> {
            fn name(&self) -> &'static str {
                #name
            }

            fn models(&self) -> &'static [#private::ModelMeta] {
                const MODELS: &[#private::ModelMeta] = &[#(#models),*];
                MODELS
            }

            fn depends_on(&self) -> &'static [&'static str] {
                &[#(#dependencies),*]
            }

            #options_type_fn

            fn doc(&self) -> #private::PluginDoc {
                #private::PluginDoc::new(
                    #name,
                    #module_doc,
                    ::std::vec::Vec::from([#(<#endpoints as #private::Endpoint<H>>::META),*]),
                    |endpoint| self.hooks.error_statuses(endpoint),
                )
            }

            fn configure(&self, config: &mut #private::ServiceConfig, #base_path: &str) {
                #configure
            }

            #sitemap

            fn as_any(&self) -> &dyn ::core::any::Any {
                self
            }
        }
    }
}

/// `Clone` and `Debug` for `Plugin<H>`, whatever `H` is.
fn std_impls(plugin: &Plugin) -> TokenStream {
    let name = &plugin.name;
    quote! {
        #[automatically_derived]
        impl<H> ::core::clone::Clone for Plugin<H> {
            fn clone(&self) -> Self {
                Self {
                    hooks: ::std::sync::Arc::clone(&self.hooks),
                    options: ::std::sync::Arc::clone(&self.options),
                }
            }
        }

        #[automatically_derived]
        impl<H> ::core::fmt::Debug for Plugin<H> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("Plugin").field("name", &#name).finish_non_exhaustive()
            }
        }
    }
}

/// The pieces of `Plugin` that depend on `#[plugin(options = Type)]`.
struct OptionsParts {
    /// The options' type, `()` when it takes none (the field then costs nothing).
    ty: TokenStream,
    /// `Plugin::options`, to install it with options.
    method: Option<TokenStream>,
    /// Registers the options for its endpoints' `Options<T>` arguments.
    registration: Option<TokenStream>,
    /// `Plugin::options_type`, for the Stack's check.
    type_fn: Option<TokenStream>,
}

fn options_parts(plugin: &Plugin) -> OptionsParts {
    let private = plugin.paths.private();
    let options_type = plugin
        .options
        .as_ref()
        .map_or_else(|| quote!(()), ToTokens::to_token_stream);
    let options_method = plugin.options.as_ref().map(|options| {
        let options_doc = doc_attr(&format!(
            "The plugin with these options (`{}`) instead of their `Default`. Its endpoints read \
             them through an `Options<{}>` argument, its hooks through `context.options()`.",
            super::ir::path_text(options),
            super::ir::path_text(options),
        ));
        quote! {
            #options_doc
            #[must_use]
            pub fn options(self, options: #options_type) -> Self {
                Self { options: ::std::sync::Arc::new(options), ..self }
            }
        }
    });
    let options_registration = plugin.options.as_ref().map(|_| {
        quote! {
            config.app_data(#private::Options::new(::std::sync::Arc::clone(&self.options)));
        }
    });
    let options_type_fn = plugin.options.as_ref().map(|_| {
        quote! {
            fn options_type(&self) -> ::core::option::Option<(::core::any::TypeId, &'static str)> {
                ::core::option::Option::Some((
                    ::core::any::TypeId::of::<#options_type>(),
                    ::core::any::type_name::<#options_type>(),
                ))
            }
        }
    });
    OptionsParts {
        ty: options_type,
        method: options_method,
        registration: options_registration,
        type_fn: options_type_fn,
    }
}

/// `has_sitemap` and `sitemap`, for a plugin with `#[sitemap]` functions.
fn sitemap_methods(plugin: &Plugin) -> Option<TokenStream> {
    let private = plugin.paths.private();
    (!plugin.sitemaps.is_empty()).then(|| {
        let functions = plugin.sitemaps.iter().map(|sitemap| &sitemap.ident);
        quote! {
            fn has_sitemap(&self) -> bool {
                true
            }

            fn sitemap(&self, db: &#private::Db) -> ::core::option::Option<#private::SitemapFuture> {
                ::core::option::Option::Some(#private::sitemaps(::std::vec::Vec::from([
                    #(::std::boxed::Box::pin(#functions(::core::clone::Clone::clone(db))) as #private::SitemapFuture),*
                ])))
            }
        }
    })
}

fn raw_api(plugin: &Plugin) -> TokenStream {
    let private = plugin.paths.private();
    let options_type = plugin
        .options
        .as_ref()
        .map_or_else(|| quote!(()), ToTokens::to_token_stream);
    let name = &plugin.name;
    let methods = plugin.getters.iter().map(getter::codegen::method);
    let guarded = plugin
        .getters
        .iter()
        .map(|getter| getter::codegen::guarded_method(getter, &plugin.paths));
    let doc = doc_attr(&format!(
        "The server-side getters of the `{}` plugin, called without HTTP: \
         `stack.api::<{}::RawApi>()`. They **bypass the hooks**: no `before_*` check runs, so \
         authorise the caller yourself before you hand out what they return, or use `GuardedApi`.",
        plugin.name, plugin.ident
    ));
    let guarded_doc = doc_attr(&format!(
        "The server-side getters of the `{}` plugin with their hooks: \
         `stack.api::<{}::GuardedApi>()`. Each method takes the caller's identity first and runs \
         the getter's `before_*` hook with it, as a request would; a denial is the hook's error.",
        plugin.name, plugin.ident
    ));
    quote! {
        #doc
        #[derive(::core::fmt::Debug, ::core::clone::Clone)]
        pub struct RawApi {
            db: #private::Db,
        }

        #[automatically_derived]
        impl #private::PluginApi for RawApi {
            fn from_stack(stack: &#private::OpenStack) -> Self {
                Self { db: ::core::clone::Clone::clone(stack.db()) }
            }
        }

        impl RawApi {
            #(#methods)*
        }

        #guarded_doc
        ///
        /// # Panics
        /// `stack.api::<GuardedApi<H>>()` panics if the Stack does not have this plugin with hooks
        /// of type `H` (`()` when you do not name it): without them there are no hooks to run.
        pub struct GuardedApi<H = ()> {
            db: #private::Db,
            hooks: ::std::sync::Arc<H>,
            options: ::std::sync::Arc<#options_type>,
        }

        #[automatically_derived]
        impl<H> ::core::clone::Clone for GuardedApi<H> {
            fn clone(&self) -> Self {
                Self {
                    db: ::core::clone::Clone::clone(&self.db),
                    hooks: ::std::sync::Arc::clone(&self.hooks),
                    options: ::std::sync::Arc::clone(&self.options),
                }
            }
        }

        #[automatically_derived]
        impl<H> ::core::fmt::Debug for GuardedApi<H> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("GuardedApi").field("db", &self.db).finish_non_exhaustive()
            }
        }

        #[automatically_derived]
        impl<H: Hooks> #private::PluginApi for GuardedApi<H> {
            fn from_stack(stack: &#private::OpenStack) -> Self {
                let plugin = stack.installed::<Plugin<H>>(#name);
                Self {
                    db: ::core::clone::Clone::clone(stack.db()),
                    hooks: ::std::sync::Arc::clone(&plugin.hooks),
                    options: ::std::sync::Arc::clone(&plugin.options),
                }
            }
        }

        impl<H: Hooks> GuardedApi<H> {
            #(#guarded)*
        }
    }
}
