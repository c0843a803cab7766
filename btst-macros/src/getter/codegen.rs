//! Generate phase of `#[getter]`: a method of the plugin's `RawApi` that calls the function with
//! the Stack's database.

use proc_macro2::TokenStream;
use quote::quote;

use super::ir::Getter;

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
