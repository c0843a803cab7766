//! Validate phase of `#[view]`: the struct and its fields' `#[field(flatten)]` become a
//! [`View`]. A view's field types are checked by the compiler (`ApiSchema`, serde's traits).

use syn::{Attribute, Fields, Ident, ItemStruct, Type, Visibility};

use crate::emit;
use crate::errors::Errors;
use crate::model::ir::parse_field_args;

/// One field of a view.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ty: Type,
    pub(crate) wire: String,
    pub(crate) doc: String,
    /// `#[field(flatten)]`: its fields are the view's own.
    pub(crate) flatten: bool,
    /// `#[field(one_of = [..])]`: the values it takes, stated in the schema (`enum`).
    pub(crate) one_of: Option<crate::model::values::OneOf>,
}

/// A validated `#[view]` struct.
#[derive(Debug, Clone)]
pub(crate) struct View {
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) doc: String,
    pub(crate) fields: Vec<Field>,
}

impl View {
    /// Validates `item` (which carried `#[view]`). `None` when it has errors; they are in
    /// `errors`.
    pub(crate) fn from_item(
        item: &ItemStruct,
        attr: &Attribute,
        errors: &mut Errors,
    ) -> Option<Self> {
        let before = errors.len();
        if let syn::Meta::List(list) = &attr.meta {
            errors.at(list, "`#[view]` takes no options\nhelp: write `#[view]`");
        }
        if !item.generics.params.is_empty() {
            errors.at(&item.generics, "a view cannot be generic\nhelp: remove the type parameters; for a page of items, answer `List<T>`");
        }
        let Fields::Named(named) = &item.fields else {
            errors.at(
                &item.ident,
                "`#[view]` goes on a struct with named fields\nhelp: write `struct Name { field: Type, ... }`",
            );
            return None;
        };
        let mut fields = Vec::new();
        for field in &named.named {
            let Some(ident) = field.ident.clone() else {
                continue;
            };
            let mut flatten = false;
            let mut rename = None;
            let mut one_of = None;
            for (index, attr) in field
                .attrs
                .iter()
                .filter(|attr| emit::is_attr(attr, "field"))
                .enumerate()
            {
                if index > 0 {
                    errors.at(attr, "a field takes one `#[field(...)]` attribute\nhelp: put every option in the first one");
                    continue;
                }
                let args = parse_field_args(attr, errors);
                flatten = args.flatten.is_present();
                rename.clone_from(&args.rename);
                if let Some(values) = &args.one_of {
                    match scalar_kind(&field.ty) {
                        Some(kind) => {
                            one_of = crate::model::values::check_one_of(kind, values, errors);
                        }
                        None => errors.at_span(
                            values.span(),
                            "`one_of` on a view's field states the values of a `String` or a number\nhelp: remove `one_of`, or make the field a `String`, an `i64`, ..",
                        ),
                    }
                }
                let rules = args.length.is_some()
                    || args.range.is_some()
                    || args.pattern.is_some()
                    || args.items.is_some()
                    || args.default.is_some()
                    || args.unique.is_present()
                    || args.readonly.is_present()
                    || args.index.is_present()
                    || args.stamped.is_present()
                    || args.references.is_some()
                    || args.on_delete.is_some()
                    || args.on_update.is_some()
                    || args.path_segment.is_present()
                    || args.renamed_from.is_some()
                    || args.column.is_some()
                    || args.immutable.is_present()
                    || args.format.is_some()
                    || args.undocumented.is_present();
                if rules {
                    errors.at(attr, "a view's field takes only `flatten`, `rename` and `one_of`: a view is what the server answers, and rules check what a client sends\nhelp: put the rules on the model's field or a `#[body]`'s");
                }
            }
            fields.push(Field {
                vis: field.vis.clone(),
                attrs: emit::without(&field.attrs, &["field"]),
                ty: field.ty.clone(),
                wire: crate::model::values::wire_name(&ident, rename.as_ref(), errors),
                doc: emit::doc_text(&field.attrs),
                flatten,
                one_of,
                ident,
            });
        }
        crate::model::values::check_wire_names(
            fields
                .iter()
                .filter(|field| !field.flatten)
                .map(|field| (&field.ident, field.wire.as_str())),
            errors,
        );
        if fields.is_empty() {
            errors.at(&item.ident, "a view needs at least one field\nhelp: flatten a model with `#[field(flatten)] pub post: Post` and add fields");
        }
        if errors.len() > before {
            return None;
        }
        Some(Self {
            ident: item.ident.clone(),
            vis: item.vis.clone(),
            attrs: emit::without(&item.attrs, &["view"]),
            doc: emit::doc_text(&item.attrs),
            fields,
        })
    }
}

/// The kind of a view field's type when it is a plain `String` or number (`one_of` applies).
fn scalar_kind(ty: &Type) -> Option<crate::model::ir::Kind> {
    use crate::model::ir::Kind;
    let Type::Path(path) = ty else { return None };
    Kind::from_ident(path.path.get_ident()?)
        .filter(|kind| matches!(kind, Kind::Text | Kind::I32 | Kind::I64 | Kind::F64))
}
