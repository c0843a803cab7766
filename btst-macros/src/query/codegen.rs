//! Generate phase of `#[query]`: the struct with `Serialize` (the query string a typed client
//! sends), `QueryParams` (parsing with every problem at once, and the OpenAPI parameters), and,
//! over the model's table, `filter` (the declared filters as Diesel), `list` and `ListQuery`
//! (order, page and count) when it pages. Infallible.

use proc_macro2::TokenStream;
use quote::quote;

use super::ir::{Field, Filter, Query, Role};
use crate::paths::Paths;

/// Everything `#[query]` emits for one query.
pub(crate) fn query(query: &Query, paths: &Paths) -> TokenStream {
    let structure = structure(query, paths);
    let params = query_params(query, paths);
    let filter = filter_fn(query, paths);
    let list = list_fns(query, paths);
    quote! {
        #structure
        #params
        #filter
        #list
    }
}

fn structure(query: &Query, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let serde_crate = paths.serde_crate();
    let Query {
        ident, vis, attrs, ..
    } = query;
    let is_none = "::core::option::Option::is_none";
    let comma = paths.private_str("serialize_comma_list");
    let fields = query.fields.iter().map(|field| {
        let Field {
            ident,
            vis,
            attrs,
            ty,
            ..
        } = field;
        let serde = match &field.role {
            Role::Value {
                required: false, ..
            } => quote!(#[serde(skip_serializing_if = #is_none)]),
            Role::Value { required: true, .. } | Role::Sort { .. } => quote!(),
            Role::List { .. } => {
                quote!(#[serde(serialize_with = #comma, skip_serializing_if = #is_none)])
            }
            Role::Page { .. } | Role::CursorPage { .. } => quote!(#[serde(flatten)]),
        };
        quote!(#(#attrs)* #serde #vis #ident: #ty)
    });
    let default = query
        .fields
        .iter()
        .all(|field| !matches!(field.role, Role::Value { required: true, .. }))
        .then(|| {
            let values = query.fields.iter().map(|field| {
                let name = &field.ident;
                let value = match &field.role {
                    Role::Sort { allowed, default } => {
                        sort_value(sort_wire(allowed, &default.0), default.1, paths)
                    }
                    Role::Page { default, .. } => {
                        quote!(#private::Page { limit: #default, offset: 0 })
                    }
                    Role::CursorPage { default, .. } => quote! {
                        #private::CursorPage { limit: #default, after: ::core::option::Option::None }
                    },
                    _ => quote!(::core::option::Option::None),
                };
                quote!(#name: #value)
            });
            quote! {
                #[automatically_derived]
                impl ::core::default::Default for #ident {
                    fn default() -> Self {
                        Self { #(#values,)* }
                    }
                }
            }
        });
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, #private::serde::Serialize)]
        #[serde(crate = #serde_crate, rename_all = "camelCase")]
        #vis struct #ident {
            #(#fields,)*
        }

        #default
    }
}

/// The wire name of a sortable field (resolved against the model: its `rename`, if any).
fn sort_wire<'a>(
    allowed: &'a [(syn::Ident, String, Option<syn::Type>)],
    column: &syn::Ident,
) -> &'a str {
    allowed
        .iter()
        .find(|(known, ..)| known == column)
        .map_or("", |(_, wire, _)| wire.as_str())
}

/// `Sort::desc("createdAt")` for a sortable field.
fn sort_value(wire: &str, descending: bool, paths: &Paths) -> TokenStream {
    let private = paths.private();
    if descending {
        quote!(#private::Sort::desc(#wire))
    } else {
        quote!(#private::Sort::asc(#wire))
    }
}

fn query_params(query: &Query, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let ident = &query.ident;
    let reads = query.fields.iter().map(|field| {
        let (name, wire) = (&field.ident, &field.wire);
        let read = match &field.role {
            Role::Value {
                value,
                required: false,
                ..
            } => {
                let ty = &value.ty;
                quote!(reader.value::<#ty>(#wire))
            }
            Role::Value {
                value,
                required: true,
                ..
            } => {
                let ty = &value.ty;
                quote!(reader.required::<#ty>(#wire))
            }
            Role::List { value, .. } => {
                let ty = &value.ty;
                quote!(reader.list::<#ty>(#wire))
            }
            Role::Sort { allowed, default } => {
                let wires = allowed.iter().map(|(_, wire, _)| wire);
                let default = sort_value(sort_wire(allowed, &default.0), default.1, paths);
                quote!(reader.sort(#wire, &[#(#wires),*]).unwrap_or(#default))
            }
            Role::Page { default, max } => quote!(reader.page_up_to(#default, #max)),
            Role::CursorPage { default, max } => quote!(reader.cursor_page(#default, #max)),
        };
        quote!(let #name = #read;)
    });
    let values = query.fields.iter().map(|field| {
        let (name, wire) = (&field.ident, &field.wire);
        match &field.role {
            Role::Value { required: true, .. } => {
                quote!(#name: #private::required_value(#name, #wire)?)
            }
            _ => quote!(#name),
        }
    });
    let parameters = query
        .fields
        .iter()
        .filter(|field| !matches!(field.role, Role::Page { .. } | Role::CursorPage { .. }))
        .map(|field| {
            let (wire, doc) = (&field.wire, &field.doc);
            match &field.role {
                Role::Value {
                    value, required, ..
                } => {
                    let ty = &value.ty;
                    quote!(#private::parameter::<#ty>(#wire, #doc, #required))
                }
                Role::List { value, .. } => {
                    let ty = &value.ty;
                    quote!(#private::list_parameter::<#ty>(#wire, #doc))
                }
                Role::Sort { allowed, default } => {
                    let wires = allowed.iter().map(|(_, wire, _)| wire);
                    let default = format!(
                        "{}{}",
                        if default.1 { "-" } else { "" },
                        sort_wire(allowed, &default.0)
                    );
                    quote!(#private::sort_parameter(#wire, &[#(#wires),*], #default))
                }
                Role::Page { .. } | Role::CursorPage { .. } => quote!(),
            }
        });
    let page = query.page().map(|field| match field.role {
        Role::Page { default, max } => {
            quote!(parameters.extend(#private::page_parameters(#default, #max));)
        }
        Role::CursorPage { default, max } => {
            quote!(parameters.extend(#private::cursor_page_parameters(#default, #max));)
        }
        _ => quote!(),
    });
    quote! {
        #[automatically_derived]
        impl #private::QueryParams for #ident {
            fn parse(query: &str) -> ::core::result::Result<Self, #private::ApiError> {
                let mut reader = #private::QueryReader::new(query)?;
                #(#reads)*
                reader.finish()?;
                ::core::result::Result::Ok(Self { #(#values,)* })
            }

            fn parameters() -> ::std::vec::Vec<#private::Parameter> {
                #[allow(unused_mut)]
                let mut parameters = ::std::vec![#(#parameters),*];
                #page
                parameters
            }
        }
    }
}

/// `filter`: each declared filter given a value narrows the rows.
fn filter_fn(query: &Query, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let (ident, table, model) = (&query.ident, &query.table, &query.model);
    let clone = quote!(::core::clone::Clone::clone);
    let filters = query.fields.iter().filter_map(|field| {
        let name = &field.ident;
        let (filter, required) = match &field.role {
            Role::Value {
                filter: Some(filter),
                required,
                ..
            } => (filter, *required),
            Role::List {
                filter: Some(filter),
                ..
            } => (filter, false),
            _ => return None,
        };
        let condition = match filter {
            Filter::Eq(column) => quote!(rows.filter(#table::#column.eq(#clone(value)))),
            Filter::OneOf(column) => quote!(rows.filter(#table::#column.eq_any(#clone(value)))),
            Filter::From(column) => quote!(rows.filter(#table::#column.ge(#clone(value)))),
            Filter::To(column) => quote!(rows.filter(#table::#column.le(#clone(value)))),
            Filter::Null(column) => quote! {
                if *value {
                    rows.filter(#table::#column.is_null())
                } else {
                    rows.filter(#table::#column.is_not_null())
                }
            },
            Filter::Contains(columns) => {
                let first = &columns[0];
                let rest = &columns[1..];
                quote!(rows.filter(
                    #private::contains_ignoring_case(#table::#first, value)
                        #(.or(#private::contains_ignoring_case(#table::#rest, value)))*
                ))
            }
        };
        Some(if required {
            quote! {
                let value = &self.#name;
                rows = #condition;
            }
        } else {
            quote! {
                if let ::core::option::Option::Some(value) = &self.#name {
                    rows = #condition;
                }
            }
        })
    });
    let doc = crate::emit::doc_attr(&format!(
        "The [`{model}`] rows these parameters' filters match: `rows` narrowed by each filter given a value."
    ));
    quote! {
        impl #ident {
            #doc
            pub fn filter<'a>(
                &'a self,
                rows: #table::BoxedQuery<'a, #private::AnyBackend>,
            ) -> #table::BoxedQuery<'a, #private::AnyBackend> {
                #[allow(unused_imports)]
                use #private::diesel::prelude::*;
                #[allow(unused_mut)]
                let mut rows = rows;
                #(#filters)*
                rows
            }
        }
    }
}

/// The `ORDER BY` of a query's list: its sort, the id breaking ties in the same direction
/// (by id alone without a sort), over `selected`, into `ordered`.
fn order_by(query: &Query) -> TokenStream {
    let table = &query.table;
    match query.sort() {
        Some(Field {
            ident: sort,
            role: Role::Sort { allowed, default },
            ..
        }) => {
            let arms = allowed.iter().map(|(column, wire, _)| {
                quote! {
                    (#wire, false) => selected.order(#table::#column.asc()),
                    (#wire, true) => selected.order(#table::#column.desc()),
                }
            });
            let fallback = &default.0;
            quote! {
                let ordered = match (self.#sort.field, self.#sort.descending) {
                    #(#arms)*
                    (_, false) => selected.order(#table::#fallback.asc()),
                    (_, true) => selected.order(#table::#fallback.desc()),
                };
                let ordered = if self.#sort.descending {
                    ordered.then_order_by(#table::id.desc())
                } else {
                    ordered.then_order_by(#table::id.asc())
                };
            }
        }
        _ => quote!(let ordered = selected.order(#table::id.asc());),
    }
}

/// With a `Page` or `CursorPage` field: `list` and `ListQuery` for `Db::list_where`.
fn list_fns(query: &Query, paths: &Paths) -> TokenStream {
    match query.page().map(|field| (&field.ident, &field.role)) {
        Some((page, Role::Page { .. })) => offset_list(query, page, paths),
        Some((page, Role::CursorPage { .. })) => cursor_list(query, page, paths),
        _ => quote!(),
    }
}

/// `list` with the count, the order and the page by `limit` and `offset`.
fn offset_list(query: &Query, page: &syn::Ident, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let (ident, table, model) = (&query.ident, &query.table, &query.model);
    let order = order_by(query);
    let doc = crate::emit::doc_attr(&format!(
        "The page of [`{model}`] rows that `rows()` returns and these filters match, in this query's order (the id breaking ties in its direction), with their number over every page."
    ));
    quote! {
        impl #ident {
            #doc
            pub fn list<'a>(
                &'a self,
                conn: &mut #private::AnyConnection,
                rows: impl ::core::ops::Fn() -> #table::BoxedQuery<'a, #private::AnyBackend>,
            ) -> #private::ApiResult<#private::List<#model>> {
                use #private::diesel::prelude::*;
                let total: i64 = self.filter(rows()).count().get_result(conn)?;
                let selected = self.filter(rows()).select(<#model as #private::diesel::SelectableHelper<#private::AnyBackend>>::as_select());
                #order
                let items = ordered.limit(self.#page.limit).offset(self.#page.offset).load::<#model>(conn)?;
                ::core::result::Result::Ok(#private::List::new(items, total, self.#page))
            }
        }

        #[automatically_derived]
        impl #private::ListQuery for #ident {
            type Model = #model;
            type Answer = #private::List<#model>;

            fn load(&self, conn: &mut #private::AnyConnection, row_scope: ::core::option::Option<&str>) -> #private::ApiResult<#private::List<#model>> {
                self.list(conn, || #model::rows_within(row_scope))
            }
        }
    }
}

/// `list` by keyset: the rows after the cursor's (its sort value, then its id), in the order,
/// one more than the limit read to know whether a next page exists.
fn cursor_list(query: &Query, page: &syn::Ident, paths: &Paths) -> TokenStream {
    let private = paths.private();
    let (ident, table, model) = (&query.ident, &query.table, &query.model);
    let clone = quote!(::core::clone::Clone::clone);
    let order = order_by(query);
    let (key, after, value) = match query.sort() {
        Some(Field {
            ident: sort,
            role: Role::Sort { allowed, default },
            ..
        }) => {
            let arms = allowed.iter().map(|(column, wire, ty)| {
                let ty = ty.clone().unwrap_or_else(|| syn::parse_quote!(()));
                quote! {
                    (#wire, false) => {
                        let value: #ty = cursor.value()?;
                        rows.filter(#table::#column.gt(#clone(&value)).or(#table::#column.eq(value).and(#table::id.gt(id))))
                    }
                    (#wire, true) => {
                        let value: #ty = cursor.value()?;
                        rows.filter(#table::#column.lt(#clone(&value)).or(#table::#column.eq(value).and(#table::id.lt(id))))
                    }
                }
            });
            let values = allowed
                .iter()
                .map(|(column, wire, _)| quote!(#wire => #private::to_json_value(&row.#column),));
            let fallback = &default.0;
            (
                quote!((self.#sort.field, self.#sort.descending)),
                quote! {
                    match (sort, descending) {
                        #(#arms)*
                        _ => return ::core::result::Result::Err(#private::ApiError::validation(::std::vec![#private::Issue::new("cursor", "was made for a sort this query does not have")])),
                    }
                },
                quote! {
                    match sort {
                        #(#values)*
                        _ => #private::to_json_value(&row.#fallback),
                    }
                },
            )
        }
        _ => (
            quote!(("id", false)),
            quote!(rows.filter(#table::id.gt(id))),
            quote!(#private::to_json_value(&row.id)),
        ),
    };
    let doc = crate::emit::doc_attr(&format!(
        "The page of [`{model}`] rows that `rows()` returns and these filters match, after the page's cursor, in this query's order (the id breaking ties in its direction), with the cursor of the next page."
    ));
    quote! {
        impl #ident {
            #doc
            pub fn list<'a>(
                &'a self,
                conn: &mut #private::AnyConnection,
                rows: impl ::core::ops::Fn() -> #table::BoxedQuery<'a, #private::AnyBackend>,
            ) -> #private::ApiResult<#private::CursorList<#model>> {
                use #private::diesel::prelude::*;
                let (sort, descending): (&str, bool) = #key;
                let mut rows = self.filter(rows());
                if let ::core::option::Option::Some(cursor) = &self.#page.after {
                    cursor.check_order(sort, descending)?;
                    let id: <#model as #private::Model>::Id = cursor.id()?;
                    rows = #after;
                }
                let selected = rows.select(<#model as #private::diesel::SelectableHelper<#private::AnyBackend>>::as_select());
                #order
                let limit = self.#page.limit;
                let rows = ordered.limit(limit.saturating_add(1)).load::<#model>(conn)?;
                ::core::result::Result::Ok(#private::CursorList::from_rows(rows, limit, sort, descending, |row| {
                    ((#value).unwrap_or_default(), #private::to_json_value(&row.id).unwrap_or_default())
                }))
            }
        }

        #[automatically_derived]
        impl #private::ListQuery for #ident {
            type Model = #model;
            type Answer = #private::CursorList<#model>;

            fn load(&self, conn: &mut #private::AnyConnection, row_scope: ::core::option::Option<&str>) -> #private::ApiResult<#private::CursorList<#model>> {
                self.list(conn, || #model::rows_within(row_scope))
            }
        }
    }
}
