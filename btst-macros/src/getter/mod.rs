//! `#[getter]`: an `async fn` of the plugin callable from the Stack without HTTP
//! (`stack.api::<todos::RawApi>().get_todo_by_id(id)`). Its first argument is `db: Db`; the
//! rest become the arguments of the generated method. Outside a plugin it is an error.

pub(crate) mod codegen;
pub(crate) mod ir;

use proc_macro2::TokenStream;

pub(crate) use ir::Getter;

/// `#[getter]` outside a plugin: the function, unchanged, and an error on the attribute.
pub(crate) fn expand(item: &TokenStream) -> TokenStream {
    crate::outside_plugin("getter", item)
}
