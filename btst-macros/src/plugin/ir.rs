//! Validate phase of `#[plugin]`: every item of the module is read; models, endpoints and getters
//! become IR, and the checks that need the whole module run here: a valid plugin name, one
//! endpoint per method and path, one model per table.

use std::collections::BTreeMap;

use darling::FromMeta;
use darling::ast::NestedMeta;
use proc_macro2::TokenStream;
use syn::{Attribute, Ident, Item, ItemMod, Visibility};

use super::args::PluginArgs;
use crate::body::Body;
use crate::emit;
use crate::endpoint::Endpoint;
use crate::enumeration::Enumeration;
use crate::envelope::Envelope;
use crate::errors::Errors;
use crate::getter::Getter;
use crate::model::Model;
use crate::model::ir::{Field, Kind};
use crate::paths::Paths;
use crate::query::Query;
use crate::sitemap::Sitemap;
use crate::view::View;

/// One item of the plugin module, as it will be emitted.
pub(crate) enum Member {
    /// A valid model: replaced by its expansion. The struct as written (our attributes removed)
    /// is kept in case a later check rejects the model.
    Model(Model, Box<syn::ItemStruct>),
    /// A valid `#[enumeration]`: replaced by its expansion.
    Enumeration(Enumeration),
    /// A valid `#[body]`: replaced by its expansion.
    Body(Box<Body>),
    /// A valid `#[view]`: replaced by its expansion.
    View(View),
    /// A valid `#[query]`: replaced by its expansion. The struct as written is kept in case its
    /// columns do not resolve against the plugin's models.
    Query(Box<Query>, Box<syn::ItemStruct>),
    /// Anything else, emitted as written (with our attributes removed). Invalid models,
    /// endpoints and getters end up here too, so the user's code stays.
    Verbatim(Box<Item>),
}

/// A validated plugin module.
pub(crate) struct Plugin {
    pub(crate) name: String,
    pub(crate) paths: Paths,
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
    pub(crate) doc: String,
    pub(crate) members: Vec<Member>,
    pub(crate) endpoints: Vec<Endpoint>,
    pub(crate) getters: Vec<Getter>,
    /// The `#[sitemap]` functions, for `/sitemap.xml`.
    pub(crate) sitemaps: Vec<Sitemap>,
    /// Whether to emit the typed `Client` (not when the user's item takes its name).
    pub(crate) client: bool,
    /// The valid `#[enumeration]`s, which model fields may use as types.
    pub(crate) enums: Vec<Enumeration>,
    /// The structs marked `#[body]`, which body fields may use as types.
    pub(crate) bodies: Vec<Ident>,
    /// Models and enumerations whose own errors were reported: what names them is not reported
    /// again (their errors say what to fix).
    pub(crate) failed: Vec<Ident>,
    /// `depends_on = [..]`: the plugin modules it needs, as written.
    pub(crate) depends_on: Vec<syn::Path>,
    /// `options = Type`: its options' type, as written.
    pub(crate) options: Option<syn::Path>,
}

impl Plugin {
    /// The models, in declaration order.
    pub(crate) fn models(&self) -> impl Iterator<Item = &Model> {
        self.members.iter().filter_map(|member| match member {
            Member::Model(model, _) => Some(model),
            Member::Enumeration(_)
            | Member::Body(_)
            | Member::View(_)
            | Member::Query(..)
            | Member::Verbatim(_) => None,
        })
    }

    /// The models in the order their tables are created: a referenced model before the models
    /// that reference it (declaration order otherwise).
    pub(crate) fn models_in_creation_order(&self) -> Vec<&Model> {
        let mut ordered: Vec<&Model> = Vec::new();
        let mut pending: Vec<&Model> = self.models().collect();
        while !pending.is_empty() {
            let ready = pending.iter().position(|model| {
                model
                    .fields
                    .iter()
                    .filter_map(|field| field.references.as_ref())
                    .filter(|reference| reference.plugin.is_none())
                    .all(|reference| {
                        reference.model == model.ident
                            || ordered.iter().any(|done| done.ident == reference.model)
                            || !pending.iter().any(|other| other.ident == reference.model)
                    })
            });
            // A cycle is reported by `check_references`; keep declaration order for the rest.
            let index = ready.unwrap_or(0);
            ordered.push(pending.remove(index));
        }
        ordered
    }

    /// Validates the module `item` with the attribute tokens `args`. Returns the IR, partial when
    /// there were errors (invalid items are kept verbatim), so the user's code is always emitted.
    pub(crate) fn parse(args: TokenStream, item: ItemMod, errors: &mut Errors) -> Self {
        let args = parse_args(args, &item, errors);
        let name = args
            .as_ref()
            .map_or_else(|| item.ident.to_string(), |args| args.name.value());
        if let Some(args) = &args {
            check_name(&args.name, errors);
        }
        let envelope = args
            .as_ref()
            .and_then(|args| args.envelope.as_ref())
            .and_then(|value| Envelope::parse(value, errors));
        let (depends_on, options) = args.as_ref().map_or_else(Default::default, |args| {
            (args.depends_on.0.clone(), args.options.clone())
        });
        let paths = args
            .and_then(|args| args.krate)
            .map(Paths::new)
            .unwrap_or_default();
        let mut plugin = Self {
            name,
            paths,
            attrs: item
                .attrs
                .iter()
                .filter(|attr| !emit::is_attr(attr, "plugin"))
                .cloned()
                .collect(),
            vis: item.vis.clone(),
            ident: item.ident.clone(),
            doc: emit::doc_text(&item.attrs),
            members: Vec::new(),
            endpoints: Vec::new(),
            getters: Vec::new(),
            sitemaps: Vec::new(),
            client: true,
            enums: Vec::new(),
            bodies: Vec::new(),
            failed: Vec::new(),
            depends_on,
            options,
        };
        let Some((_, items)) = item.content else {
            errors.at(&item, "`#[plugin]` needs the module's items inline\nhelp: write `mod name { ... }` instead of `mod name;`");
            return plugin;
        };
        // Enumerations first: a model may use one declared after it.
        let mut items = items;
        let mut enum_items = Vec::new();
        for (index, item) in items.iter_mut().enumerate() {
            if let Item::Enum(declared) = item
                && let Some(attr) = take_attr(&mut declared.attrs, "enumeration")
            {
                let enumeration = Enumeration::from_item(declared, &attr, errors);
                // An invalid one is emitted as written: without its variants' options.
                for variant in &mut declared.variants {
                    variant
                        .attrs
                        .retain(|attr| !emit::is_attr(attr, "enumeration"));
                }
                if let Some(enumeration) = enumeration {
                    enum_items.push(index);
                    plugin.enums.push(enumeration);
                } else {
                    plugin.failed.push(declared.ident.clone());
                }
            }
        }
        // Bodies by name: a body may nest one declared after it.
        plugin.bodies = items
            .iter()
            .filter_map(|item| match item {
                Item::Struct(declared)
                    if declared
                        .attrs
                        .iter()
                        .any(|attr| emit::is_attr(attr, "body")) =>
                {
                    Some(declared.ident.clone())
                }
                _ => None,
            })
            .collect();
        for (index, item) in items.into_iter().enumerate() {
            match enum_items.iter().position(|known| *known == index) {
                Some(position) => {
                    let enumeration = plugin.enums[position].clone();
                    plugin.members.push(Member::Enumeration(enumeration));
                }
                None => plugin.add(item, errors),
            }
        }
        if let Some(envelope) = envelope {
            for endpoint in &mut plugin.endpoints {
                endpoint.envelope.get_or_insert(envelope);
            }
        }
        plugin.check_references(errors);
        plugin.resolve_reference_tables();
        plugin.resolve_queries(errors);
        plugin.check_routes(errors);
        plugin.check_generated_names(errors);
        plugin.document_conflicts();
        plugin
    }

    /// The names the plugin generates must not be taken by the user's items. A model whose
    /// generated names are taken is emitted as written, so only this error shows.
    fn check_generated_names(&mut self, errors: &mut Errors) {
        let mut generated: Vec<(String, String)> = [
            "Plugin",
            "Hooks",
            "RawApi",
            "GuardedApi",
            "Client",
            "plugin",
        ]
        .into_iter()
        .map(|name| (name.to_owned(), "the plugin".to_owned()))
        .collect();
        for model in self.models() {
            let owner = format!("model `{}`", model.ident);
            generated.push((model.new_ident().to_string(), owner.clone()));
            generated.push((model.patch_ident().to_string(), owner.clone()));
            generated.push((model.table_module.to_string(), owner));
        }
        let user_idents = self.members.iter().filter_map(|member| match member {
            Member::Model(model, _) => Some(&model.ident),
            Member::Enumeration(enumeration) => Some(&enumeration.ident),
            Member::Body(body) => Some(&body.ident),
            Member::View(view) => Some(&view.ident),
            Member::Query(query, _) => Some(&query.ident),
            Member::Verbatim(item) => item_ident(item),
        });
        let mut rejected = Vec::new();
        for ident in user_idents {
            if ident == "Client" {
                // The client is left out, so that only this error shows.
                self.client = false;
            }
            if let Some((_, owner)) = generated.iter().find(|(name, _)| ident == name) {
                errors.at(
                    ident,
                    format!("`{ident}` is generated by {owner}\nhelp: rename this item"),
                );
                rejected.push(owner.clone());
            }
        }
        for member in &mut self.members {
            if let Member::Model(model, original) = member
                && rejected.contains(&format!("model `{}`", model.ident))
            {
                *member = Member::Verbatim(Box::new(Item::Struct((**original).clone())));
            }
        }
    }

    /// Checks each query's columns against the plugin's models; a query that names what they do
    /// not have is emitted as written, so only the errors show.
    fn resolve_queries(&mut self, errors: &mut Errors) {
        let models: Vec<Model> = self.models().cloned().collect();
        let models: Vec<&Model> = models.iter().collect();
        for member in &mut self.members {
            if let Member::Query(query, original) = member
                && !query.resolve(&models, &self.failed, errors)
            {
                *member = Member::Verbatim(Box::new(Item::Struct((**original).clone())));
            }
        }
    }

    /// Points each reference at its model's table, which `#[model(table = "..")]` may name.
    fn resolve_reference_tables(&mut self) {
        let tables: Vec<(Ident, String)> = self
            .models()
            .map(|model| (model.ident.clone(), model.table_name.clone()))
            .collect();
        for member in &mut self.members {
            let Member::Model(model, _) = member else {
                continue;
            };
            for reference in model
                .fields
                .iter_mut()
                .filter_map(|field| field.references.as_mut())
                .filter(|reference| reference.plugin.is_none())
            {
                if let Some((_, table)) = tables.iter().find(|(model, _)| reference.model == *model)
                {
                    reference.table.clone_from(table);
                }
            }
        }
    }

    /// Whether a field that references a model of this plugin has the type of its key (`String`
    /// or `i64`); true for other fields, and for a target that failed its own checks.
    pub(crate) fn reference_fits(&self, field: &Field) -> bool {
        let Some(reference) = field
            .references
            .as_ref()
            .filter(|reference| reference.plugin.is_none())
        else {
            return true;
        };
        self.models()
            .find(|model| model.ident == reference.model)
            .is_none_or(|target| target.id().kind == field.kind)
    }

    /// Every `references = Model` names a model of this plugin, every `references =
    /// other::Model` a plugin in `depends_on`, and references form no cycle (tables are created
    /// referenced-first).
    fn check_references(&self, errors: &mut Errors) {
        let names: Vec<String> = self.models().map(|model| model.ident.to_string()).collect();
        let dependencies: Vec<String> = self.depends_on.iter().map(path_text).collect();
        for model in self.models() {
            for field in &model.fields {
                let Some(reference) = &field.references else {
                    continue;
                };
                if let Some(plugin) = &reference.plugin {
                    let module = path_text(plugin);
                    if !dependencies.contains(&module) {
                        let listed = dependencies
                            .iter()
                            .map(String::as_str)
                            .chain([module.as_str()])
                            .collect::<Vec<_>>()
                            .join(", ");
                        errors.at(
                            plugin,
                            format!(
                                "`{module}` is not in the `depends_on` of plugin `{}`: a model may reference the models of the plugins it depends on\nhelp: add it to the plugin's arguments, spelled as here: `depends_on = [{listed}]`",
                                self.name
                            ),
                        );
                    }
                    continue;
                }
                if let Some(target) = self.models().find(|model| model.ident == reference.model) {
                    if !self.reference_fits(field) {
                        let (key, rust) = match target.id().kind {
                            Kind::I64 => ("an `i64` (`id = \"auto\"`)", "i64"),
                            _ => ("a `String`", "String"),
                        };
                        let rust = if field.nullable {
                            format!("Option<{rust}>")
                        } else {
                            rust.to_owned()
                        };
                        errors.at(
                            &field.ty,
                            format!(
                                "`{}` references `{}`, whose key is {key}, so it holds one\nhelp: write `pub {}: {rust}`",
                                field.ident, reference.model, field.ident
                            ),
                        );
                    }
                } else if !names.iter().any(|name| reference.model == name)
                    && !self.failed.contains(&reference.model)
                {
                    errors.at(
                        &reference.model,
                        format!(
                            "no model `{}` in plugin `{}`\nhelp: reference one of its models: {}",
                            reference.model,
                            self.name,
                            names.join(", ")
                        ),
                    );
                }
            }
        }
        let order = self.models_in_creation_order();
        for (position, model) in order.iter().enumerate() {
            for reference in model
                .fields
                .iter()
                .filter_map(|field| field.references.as_ref())
                .filter(|reference| reference.plugin.is_none())
            {
                if reference.model != model.ident
                    && order[position + 1..]
                        .iter()
                        .any(|later| later.ident == reference.model)
                {
                    errors.at(
                        &reference.model,
                        format!(
                            "`{}` and `{}` reference each other, so neither table can be created first\nhelp: remove one of the references",
                            model.ident, reference.model
                        ),
                    );
                }
            }
        }
    }

    /// An endpoint whose body is the input of a model with a `unique` field, a composite unique
    /// constraint or a reference (or a
    /// `#[body]` that flattens one) can answer 409 (a taken value; a referenced record that does
    /// not exist).
    fn document_conflicts(&mut self) {
        let mut unique_inputs: Vec<String> = self
            .models()
            .filter(|model| {
                !model.uniques.is_empty()
                    || model.fields.iter().any(|field| {
                        // A key the client chooses may be taken, as a unique field's value.
                        field.unique
                            || field.references.is_some()
                            || (field.primary_key && field.writable())
                    })
            })
            .flat_map(|model| {
                [
                    model.new_ident().to_string(),
                    model.patch_ident().to_string(),
                ]
            })
            .collect();
        let flattening: Vec<String> = self
            .members
            .iter()
            .filter_map(|member| match member {
                Member::Body(body) => body.flatten.as_ref().map(|flatten| (body, flatten)),
                _ => None,
            })
            .filter(|(_, flatten)| match &flatten.ty {
                syn::Type::Path(path) => path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| unique_inputs.contains(&last.ident.to_string())),
                _ => false,
            })
            .map(|(body, _)| body.ident.to_string())
            .collect();
        unique_inputs.extend(flattening);
        for endpoint in &mut self.endpoints {
            let body = endpoint.body().and_then(|body| match body {
                syn::Type::Path(path) => {
                    path.path.segments.last().map(|last| last.ident.to_string())
                }
                _ => None,
            });
            if body.is_some_and(|body| unique_inputs.contains(&body))
                && !endpoint.errors.contains(&409)
            {
                endpoint.errors.push(409);
                endpoint.errors.sort_unstable();
            }
        }
    }

    fn add(&mut self, mut item: Item, errors: &mut Errors) {
        match &mut item {
            Item::Struct(structure) => {
                if let Some(attr) = take_attr(&mut structure.attrs, "model") {
                    if let Some(model) = Model::from_item(
                        structure,
                        &attr,
                        &self.name,
                        &self.enums,
                        &self.failed,
                        errors,
                    ) {
                        self.add_model(model, structure, errors);
                        return;
                    }
                    self.failed.push(structure.ident.clone());
                    strip_field_attrs(structure);
                } else if let Some(attr) = take_attr(&mut structure.attrs, "body") {
                    if let Some(body) =
                        Body::from_item(structure, &attr, &self.enums, &self.bodies, errors)
                    {
                        self.members.push(Member::Body(Box::new(body)));
                        return;
                    }
                    strip_field_attrs(structure);
                } else if let Some(attr) = take_attr(&mut structure.attrs, "query") {
                    let original = {
                        let mut original = structure.clone();
                        strip_field_attrs(&mut original);
                        original
                    };
                    if let Some(query) = Query::from_item(structure, &attr, &self.enums, errors) {
                        self.members
                            .push(Member::Query(Box::new(query), Box::new(original)));
                        return;
                    }
                    strip_field_attrs(structure);
                } else if let Some(attr) = take_attr(&mut structure.attrs, "view") {
                    if let Some(view) = View::from_item(structure, &attr, errors) {
                        self.members.push(Member::View(view));
                        return;
                    }
                    strip_field_attrs(structure);
                }
            }
            Item::Fn(function) => {
                if let Some(attr) = take_attr(&mut function.attrs, "endpoint") {
                    if let Some(endpoint) = Endpoint::from_fn(function, &attr, errors) {
                        self.endpoints.push(endpoint);
                    }
                } else if let Some(attr) = take_attr(&mut function.attrs, "getter") {
                    if let Some(getter) = Getter::from_fn(function, &attr, errors) {
                        self.getters.push(getter);
                    }
                } else if let Some(attr) = take_attr(&mut function.attrs, "sitemap")
                    && let Some(sitemap) = Sitemap::from_fn(function, &attr, errors)
                {
                    self.sitemaps.push(sitemap);
                }
            }
            _ => {}
        }
        if let Some(attr) = misplaced_attr(&mut item) {
            let name = attr
                .path()
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            let target = if ["model", "body", "view", "query"].contains(&name.as_str()) {
                "a struct with named fields\nhelp: write `struct Name { field: Type, ... }`"
            } else if name == "enumeration" {
                "an enum whose variants are names only\nhelp: write `enum Status { Open, Done }`"
            } else {
                "an `async fn`\nhelp: write `async fn name(..) -> ApiResult<T>`"
            };
            errors.at(&attr, format!("`#[{name}]` goes on {target}"));
            remove_our_attrs(&mut item);
        }
        self.members.push(Member::Verbatim(Box::new(item)));
    }

    fn add_model(&mut self, model: Model, structure: &mut syn::ItemStruct, errors: &mut Errors) {
        let first = self
            .models()
            .find(|known| known.table_name == model.table_name)
            .map(|known| known.ident.clone());
        if let Some(first) = first {
            errors.at(
                &model.ident,
                format!(
                    "`{first}` and `{}` would both be stored in table `{}`\nhelp: rename one of the models",
                    model.ident, model.table_name
                ),
            );
            strip_field_attrs(structure);
            self.members
                .push(Member::Verbatim(Box::new(Item::Struct(structure.clone()))));
            return;
        }
        strip_field_attrs(structure);
        self.members
            .push(Member::Model(model, Box::new(structure.clone())));
    }

    /// One endpoint per method and route; one spelling of the parameters per route.
    fn check_routes(&mut self, errors: &mut Errors) {
        let mut methods: BTreeMap<(&'static str, String), Ident> = BTreeMap::new();
        let mut spellings: BTreeMap<String, (String, Ident)> = BTreeMap::new();
        let mut rejected = Vec::new();
        for (index, endpoint) in self.endpoints.iter().enumerate() {
            let route = normalize_route(&endpoint.path);
            if let Some(first) = methods.get(&(endpoint.method, route.clone())) {
                errors.at_span(
                    endpoint.path_span,
                    format!(
                        "`{} {}` is already served by `{first}`\nhelp: change the method or the path of `{}`",
                        endpoint.method, endpoint.path, endpoint.ident
                    ),
                );
                rejected.push(index);
                continue;
            }
            match spellings.get(&route) {
                Some((path, first)) if *path != endpoint.path => {
                    errors.at_span(
                        endpoint.path_span,
                        format!(
                            "`{}` is the route of `{first}` with other parameter names\nhelp: write it `{path}`, as `{first}` does",
                            endpoint.path
                        ),
                    );
                    rejected.push(index);
                    continue;
                }
                Some(_) => {}
                None => {
                    spellings.insert(
                        route.clone(),
                        (endpoint.path.clone(), endpoint.ident.clone()),
                    );
                }
            }
            methods.insert((endpoint.method, route), endpoint.ident.clone());
        }
        for index in rejected.into_iter().rev() {
            self.endpoints.remove(index);
        }
    }
}

/// A path as written, without spaces (`crate::users`), to compare two spellings.
pub(crate) fn path_text(path: &syn::Path) -> String {
    quote::ToTokens::to_token_stream(path)
        .to_string()
        .replace(' ', "")
}

/// `/todos/{id}` and `/todos/{key}` are the same route.
fn normalize_route(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn parse_args(args: TokenStream, item: &ItemMod, errors: &mut Errors) -> Option<PluginArgs> {
    let items = errors.ok(NestedMeta::parse_meta_list(args))?;
    if items.is_empty() {
        let name = emit::snake_case(&item.ident.to_string());
        errors.at(
            &item.ident,
            format!("`#[plugin]` needs a name\nhelp: write `#[plugin(name = \"{name}\")]`"),
        );
        return None;
    }
    PluginArgs::from_list(&items)
        .map_err(|error| errors.darling(error))
        .ok()
}

fn check_name(name: &syn::LitStr, errors: &mut Errors) {
    let value = name.value();
    let valid = value
        .chars()
        .next()
        .is_some_and(|first| first.is_ascii_lowercase())
        && value
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        && value.len() <= 40;
    if !valid {
        errors.at(
            name,
            format!(
                "plugin name `{value}` is not a valid identifier\nhelp: use lowercase letters, digits and `_`, starting with a letter, at most 40 characters (e.g. `{}`)",
                suggest_name(&value)
            ),
        );
    }
}

fn suggest_name(value: &str) -> String {
    let cleaned: String = emit::snake_case(value)
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() {
                ch.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let trimmed = cleaned
        .trim_matches('_')
        .trim_start_matches(|ch: char| ch.is_ascii_digit())
        .trim_matches('_');
    if trimmed.is_empty() {
        "todos".to_owned()
    } else {
        trimmed.replace("__", "_")
    }
}

fn take_attr(attrs: &mut Vec<Attribute>, name: &str) -> Option<Attribute> {
    let index = attrs.iter().position(|attr| emit::is_attr(attr, name))?;
    Some(attrs.remove(index))
}

fn strip_field_attrs(structure: &mut syn::ItemStruct) {
    for field in &mut structure.fields {
        field.attrs.retain(|attr| {
            !["field", "filter", "sort", "page"]
                .iter()
                .any(|name| emit::is_attr(attr, name))
        });
    }
}

fn item_ident(item: &Item) -> Option<&Ident> {
    match item {
        Item::Enum(item) => Some(&item.ident),
        Item::Struct(item) => Some(&item.ident),
        Item::Fn(item) => Some(&item.sig.ident),
        Item::Const(item) => Some(&item.ident),
        Item::Static(item) => Some(&item.ident),
        Item::Type(item) => Some(&item.ident),
        Item::Union(item) => Some(&item.ident),
        Item::Trait(item) => Some(&item.ident),
        Item::Mod(item) => Some(&item.ident),
        _ => None,
    }
}

const OUR_ATTRS: [&str; 8] = [
    "model",
    "body",
    "view",
    "query",
    "endpoint",
    "getter",
    "sitemap",
    "enumeration",
];

fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Enum(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::Const(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        Item::Union(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        _ => return None,
    })
}

fn misplaced_attr(item: &mut Item) -> Option<Attribute> {
    item_attrs(item)?
        .iter()
        .find(|attr| OUR_ATTRS.iter().any(|name| emit::is_attr(attr, name)))
        .cloned()
}

fn remove_our_attrs(item: &mut Item) {
    if let Some(attrs) = item_attrs(item) {
        attrs.retain(|attr| !OUR_ATTRS.iter().any(|name| emit::is_attr(attr, name)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_normalise_parameter_names() {
        assert_eq!(
            normalize_route("/todos/{id}"),
            normalize_route("/todos/{key}")
        );
    }

    #[test]
    fn bad_names_get_a_suggestion() {
        assert_eq!(suggest_name("My Todos"), "my_todos");
        assert_eq!(suggest_name("TodoList"), "todo_list");
    }
}
