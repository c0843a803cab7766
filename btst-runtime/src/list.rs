//! List queries: [`Page`] (`limit`, `offset`) and [`Sort`] keys, the [`ListOptions`] handed to
//! [`Db::list`](crate::db::Db::list), and the answer's envelope, [`List`]. Reading them from a
//! query string is [`query`](crate::query)'s.

/// The `limit` when a request gives none.
pub const DEFAULT_LIMIT: i64 = 20;
/// The largest `limit` accepted; above it a request is a 400.
pub const MAX_LIMIT: i64 = 100;

/// `?limit=20&offset=0`: a page of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Page {
    /// How many rows, 1 to [`MAX_LIMIT`].
    pub limit: i64,
    /// How many rows to skip, 0 or more.
    pub offset: i64,
}

impl Default for Page {
    fn default() -> Self {
        Self {
            limit: DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

/// One sort key: a column's wire name, descending or not. On the wire (a query's `sort`, and
/// how it serialises): `createdAt`, or `-createdAt` for descending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    /// The field's wire name (`createdAt`).
    pub field: &'static str,
    /// Largest first.
    pub descending: bool,
}

impl Sort {
    /// Smallest first.
    pub const fn asc(field: &'static str) -> Self {
        Self {
            field,
            descending: false,
        }
    }

    /// Largest first.
    pub const fn desc(field: &'static str) -> Self {
        Self {
            field,
            descending: true,
        }
    }
}

/// What [`Db::list`](crate::db::Db::list) returns: a page, in an order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOptions {
    /// The page.
    pub page: Page,
    /// The order, first key first; the primary key breaks ties, in the direction of the last key
    /// ([`ListOptions::ties_descending`]).
    pub sort: Vec<Sort>,
}

impl ListOptions {
    /// A page in the default order: by primary key, smallest first (for a UUID v7 key, oldest
    /// first; for `#[model(id = "auto")]`, by number; for a key the client chooses, by its text
    /// in the order of the database's collation).
    pub fn new(page: Page) -> Self {
        Self {
            page,
            sort: Vec::new(),
        }
    }

    /// Adds a sort key.
    #[must_use]
    pub fn sort(mut self, sort: Sort) -> Self {
        self.sort.push(sort);
        self
    }

    /// Whether the primary key breaks ties largest first: when the last sort key is descending.
    /// A tie is rows equal in every key, so the id continues the last key: "newest first" by a
    /// millisecond timestamp stays newest first between rows of one millisecond (ids are UUID
    /// v7, ordered by creation). Use it for orders of your own too:
    /// `if ListOptions::ties_descending(&sort) { q.then_order_by(id.desc()) } else { .. }`.
    pub fn ties_descending(sort: &[Sort]) -> bool {
        sort.last().is_some_and(|last| last.descending)
    }
}

impl serde::Serialize for Sort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.descending {
            serializer.collect_str(&format_args!("-{}", self.field))
        } else {
            serializer.serialize_str(self.field)
        }
    }
}

/// A page of a list, as a list endpoint answers it: the page's `items`, how many match over
/// every page (`total`), and the `limit` and `offset` applied. Its schema is named after the
/// item's (`blog.PostWithTagsList`).
///
/// ```
/// use btst_runtime::{List, Page};
///
/// let page = List::new(vec!["a", "b"], 7, Page { limit: 2, offset: 4 });
/// assert_eq!(serde_json::to_value(&page).unwrap()["total"], 7);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct List<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// How many items match, over every page.
    pub total: i64,
    /// The page size applied.
    pub limit: i64,
    /// How many items were skipped.
    pub offset: i64,
}

impl<T> List<T> {
    /// The page `items` of `total` matching items, as `page` asked for them.
    pub fn new(items: Vec<T>, total: i64, page: Page) -> Self {
        Self {
            items,
            total,
            limit: page.limit,
            offset: page.offset,
        }
    }

    /// The same page with each item changed by `f` (a row into its view).
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> List<U> {
        List {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            limit: self.limit,
            offset: self.offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_follow_the_last_key() {
        assert!(!ListOptions::ties_descending(&[]));
        assert!(ListOptions::ties_descending(&[Sort::desc("createdAt")]));
        assert!(!ListOptions::ties_descending(&[Sort::asc("title")]));
        assert!(
            ListOptions::ties_descending(&[Sort::asc("status"), Sort::desc("createdAt")]),
            "newest first within a status"
        );
        assert!(!ListOptions::ties_descending(&[
            Sort::desc("priority"),
            Sort::asc("title")
        ]));
    }
}
