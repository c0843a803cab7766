//! Keyset paging: a page that continues after the last row of the one before ([`CursorPage`],
//! `?limit=20&cursor=..`), answered as a [`CursorList`] whose `next` cursor asks for the
//! following page. Unlike `offset`, a cursor page stays stable while rows are added or removed,
//! and is as fast deep in a list as at its start (the database seeks to the key instead of
//! skipping rows).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{ApiError, Issue};

/// Where a page continues: the previous page's last row, by its sort key and id, in the order
/// it was listed in. On the wire it is opaque (base64url of JSON); a client only hands it back.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cursor {
    /// The sort field's wire name (`createdAt`; `id` when the query has no sort).
    #[serde(rename = "s")]
    pub sort: String,
    /// Whether the order was descending.
    #[serde(rename = "d")]
    pub descending: bool,
    /// The last row's value of the sort field.
    #[serde(rename = "v")]
    pub value: Value,
    /// The last row's id, which breaks ties (a string, or a number for `#[model(id = "auto")]`).
    pub id: Value,
}

impl Cursor {
    /// The cursor's text, for `next` and the `cursor` parameter.
    pub fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        URL_SAFE_NO_PAD.encode(json)
    }

    /// The cursor a text encodes, or why it is not one.
    pub fn decode(text: &str) -> Result<Self, String> {
        const NOT_OURS: &str = "is not a cursor this server gave (use a list's `next`)";
        let bytes = URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|_| NOT_OURS.to_owned())?;
        serde_json::from_slice(&bytes).map_err(|_| NOT_OURS.to_owned())
    }

    /// Refuses (400, naming `cursor`) a cursor made for another order than `sort`,
    /// `descending`: its key would not continue this list.
    pub fn check_order(&self, sort: &str, descending: bool) -> Result<(), ApiError> {
        if self.sort == sort && self.descending == descending {
            return Ok(());
        }
        let order =
            |field: &str, descending: bool| format!("{}{field}", if descending { "-" } else { "" });
        Err(ApiError::validation(vec![Issue::new(
            "cursor",
            format!(
                "was made for the order `{}`, not `{}`: send the same `sort` as the page it came from",
                order(&self.sort, self.descending),
                order(sort, descending)
            ),
        )]))
    }

    /// The last row's sort value as the column's type; a 400 naming `cursor` when it is not
    /// one (a cursor edited by hand).
    pub fn value<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        Self::read(&self.value)
    }

    /// The last row's id as the model's id type; a 400 naming `cursor` when it is not one.
    pub fn id<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        Self::read(&self.id)
    }

    fn read<T: DeserializeOwned>(value: &Value) -> Result<T, ApiError> {
        serde_json::from_value(value.clone()).map_err(|_| {
            ApiError::validation(vec![Issue::new(
                "cursor",
                "is not a cursor this server gave (use a list's `next`)",
            )])
        })
    }
}

/// `?limit=20&cursor=..`: a page of at most `limit` rows, after the row `after` points at (the
/// first page without it).
#[derive(Debug, Clone, PartialEq)]
pub struct CursorPage {
    /// How many rows.
    pub limit: i64,
    /// Where the page continues; `None` for the first page.
    pub after: Option<Cursor>,
}

impl serde::Serialize for CursorPage {
    /// As the query string writes it: `limit`, and `cursor` when there is one.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("limit", &self.limit)?;
        if let Some(cursor) = &self.after {
            map.serialize_entry("cursor", &cursor.encode())?;
        }
        map.end()
    }
}

/// A page of a list paged by cursor: its `items`, the `limit` applied, and `next`, the cursor of
/// the following page (`null` after the last). Its schema is named after the item's
/// (`tracker.TaskCursorList`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CursorList<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// The page size applied.
    pub limit: i64,
    /// The `cursor` of the next page; `null` when this page is the last.
    pub next: Option<String>,
}

impl<T> CursorList<T> {
    /// The page from `rows`, read with a limit of `limit + 1` in the page's order: at most
    /// `limit` items, and `next` when there was one more row, from the last item's `key` (its
    /// sort value and id) in the order `sort`, `descending`.
    pub fn from_rows(
        mut rows: Vec<T>,
        limit: i64,
        sort: &str,
        descending: bool,
        key: impl Fn(&T) -> (Value, Value),
    ) -> Self {
        let limit_rows = usize::try_from(limit).unwrap_or(usize::MAX);
        let more = rows.len() > limit_rows;
        rows.truncate(limit_rows);
        let next = rows.last().filter(|_| more).map(|row| {
            let (value, id) = key(row);
            Cursor {
                sort: sort.to_owned(),
                descending,
                value,
                id,
            }
            .encode()
        });
        Self {
            items: rows,
            limit,
            next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_and_refuses_what_it_did_not_make() {
        let cursor = Cursor {
            sort: "createdAt".to_owned(),
            descending: true,
            value: Value::String("2026-12-01T00:00:00.000Z".to_owned()),
            id: Value::from("0193"),
        };
        let text = cursor.encode();
        assert!(
            text.bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"-_".contains(&byte))
        );
        assert_eq!(Cursor::decode(&text), Ok(cursor.clone()));
        assert!(Cursor::decode("not a cursor").is_err());
        assert!(Cursor::decode(&URL_SAFE_NO_PAD.encode(b"{}")).is_err());
        assert!(cursor.check_order("createdAt", true).is_ok());
        let other = cursor
            .check_order("createdAt", false)
            .expect_err("another order");
        assert_eq!(other.status().as_u16(), 400);
        assert!(cursor.value::<i64>().is_err());
        assert!(cursor.id::<i64>().is_err(), "a text id is no number");
        assert_eq!(cursor.id::<String>().expect("a string"), "0193");
        assert_eq!(
            cursor.value::<String>().expect("a string"),
            "2026-12-01T00:00:00.000Z"
        );
    }

    #[test]
    fn a_page_has_a_next_cursor_only_when_a_row_was_left_over() {
        let key = |row: &i64| (Value::from(*row), Value::from(*row));
        let full = CursorList::from_rows(vec![1, 2, 3], 2, "rank", false, key);
        assert_eq!(full.items, [1, 2]);
        let next = Cursor::decode(full.next.as_deref().expect("a next page")).expect("ours");
        assert_eq!((next.value, next.id), (Value::from(2), Value::from(2)));
        let last = CursorList::from_rows(vec![1, 2], 2, "rank", false, key);
        assert_eq!((last.items.len(), last.next), (2, None));
    }
}
