//! Generate phase of `#[getter]`: a method of the plugin's `RawApi` that calls the function with
//! the Stack's database, one of its `GuardedApi` that runs the getter's `before_*` hook first,
//! and that hook's method in the plugin's `Hooks` trait.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ir::Getter;
use crate::emit::doc_attr;
use crate::paths::Paths;

/// `pub async fn name(&self, args..) -> Output { name(self.db.clone(), args..).await }`.
pub(crate) fn method(getter: &Getter) -> TokenStream {
    let Getter {
        ident,
        method,
        attrs,
        args,
        output,
    } = getter;
    let params = args.iter().map(|(name, ty)| quote!(#name: #ty));
    let names = args.iter().map(|(name, _)| name);
    quote! {
        #(#attrs)*
        pub async fn #method(&self, #(#params),*) #output {
            #ident(::core::clone::Clone::clone(&self.db), #(#names),*).await
        }
    }
}

fn before_ident(getter: &Getter) -> syn::Ident {
    format_ident!("before_{}", getter.ident)
}

/// The `GuardedApi` method: `before_<getter>` with the identity passed in, then the getter.
pub(crate) fn guarded_method(getter: &Getter, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let Getter {
        ident,
        method,
        attrs,
        args,
        output,
    } = getter;
    let before = before_ident(getter);
    let name = ident.to_string();
    let params = args.iter().map(|(name, ty)| quote!(#name: #ty));
    let refs = args.iter().map(|(name, _)| quote!(&#name));
    let names = args.iter().map(|(name, _)| name);
    let doc = doc_attr(&format!(
        "Runs `Hooks::{before}` as `identity` (an error denies the call), then [`{ident}`]."
    ));
    quote! {
        #(#attrs)*
        ///
        #doc
        pub async fn #method(&self, identity: ::core::option::Option<#private::Identity>, #(#params),*) #output {
            let context = #private::HookContext::server(#name, identity, &self.db).with_options(&*self.options);
            self.hooks.#before(&context, #(#refs),*).await?;
            #ident(::core::clone::Clone::clone(&self.db), #(#names),*).await
        }
    }
}

/// `before_<getter>` in the `Hooks` trait.
pub(crate) fn hook_method(getter: &Getter, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let before = before_ident(getter);
    let ident = &getter.ident;
    let params = getter.args.iter().map(|(name, ty)| quote!(#name: &#ty));
    let doc = doc_attr(&format!(
        "Runs before the getter [`{ident}`] when it is called through `GuardedApi`, with its \
         arguments and the identity the caller passed (`context.identity()`); `RawApi` skips it. \
         Return an error to deny the call. Allows by default."
    ));
    quote! {
        #doc
        async fn #before(&self, context: &#private::HookContext<'_>, #(#params),*) -> #private::ApiResult<()> {
            ::core::result::Result::Ok(())
        }
    }
}
