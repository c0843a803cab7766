//! Text search that means the same on every backend: [`contains_ignoring_case`], a Diesel
//! expression for `.filter()`, and [`fold_case`], the case folding it applies.
//!
//! "Ignoring case" is decided once, for every backend and every script: both sides are compared
//! after `lower(upper(x))` with Unicode's *simple* case mappings (one character to one
//! character, no locale, no context). So `σ`, `ς` and `Σ` match, `İ`, `I`, `ı` and `i` match,
//! `É` matches `é`, and `ß` matches only `ß` (its uppercase `SS` is a full mapping).
//!
//! - MySQL / MariaDB: `LOWER(UPPER(x))` does exactly that.
//! - PostgreSQL: `lower(upper(x))` does it under a libc UTF-8 collation (`C.UTF-8`, say). Each
//!   process probes the first connection: when the database's default collation folds
//!   otherwise, a collation that folds this way (`pg_c_utf8`, `C.utf8`, `C.UTF-8`) is named with
//!   `COLLATE`; when none does, a warning is logged once and the default is used.
//! - SQLite: its `lower()` and `upper()` fold ASCII only, so every connection gets the SQL
//!   function `btst_fold`, this module's [`fold_case`].
//!
//! Each backend's case tables are those of its Unicode version; characters added since may fold
//! differently on different backends.

use std::sync::OnceLock;

use diesel::expression::{AppearsOnTable, Expression, SelectableExpression, ValidGrouping};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Bool, Nullable, Text};
use diesel::sqlite::Sqlite;
use diesel::{PgConnection, QueryResult, RunQueryDsl, SqliteConnection};

use crate::backend::MultiBackend;
use crate::backend::quote_ident;

/// `text` with every character mapped to the simple lowercase of its simple uppercase, as
/// `lower(upper(text))` does on MySQL and on PostgreSQL under a libc UTF-8 collation:
/// `"ΟΔΟΣ"`, `"οδος"` and `"οδοσ"` all give `"οδοσ"`, `"İı"` gives `"ii"`, `"ß"` stays `"ß"`.
pub(crate) fn fold_case(text: &str) -> String {
    text.chars()
        .map(|ch| simple_lowercase(simple_uppercase(ch)))
        .collect()
}

/// Unicode's simple uppercase mapping (`UnicodeData.txt`, field 12). Rust's `to_uppercase` is
/// the full mapping (`SpecialCasing.txt` first): where that gives several characters, the simple
/// mapping is the character itself, except for the Greek small letters with ypogegrammeni, whose
/// simple uppercase is the letter with prosgegrammeni (`ᾳ` → `ᾼ`).
fn simple_uppercase(ch: char) -> char {
    let mut upper = ch.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(single), None) => single,
        _ => {
            let offset = match u32::from(ch) {
                0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => 8,
                0x1FB3 | 0x1FC3 | 0x1FF3 => 9,
                _ => 0,
            };
            char::from_u32(u32::from(ch) + offset).unwrap_or(ch)
        }
    }
}

/// Unicode's simple lowercase mapping (`UnicodeData.txt`, field 13). The one character whose full
/// lowercase is several characters is `İ` (U+0130, `i` + U+0307); its simple lowercase is `i`.
fn simple_lowercase(ch: char) -> char {
    let mut lower = ch.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ if ch == '\u{130}' => 'i',
        _ => ch,
    }
}

/// The escape character of the `LIKE` patterns built here: not `\`, which MySQL reads as an
/// escape inside the SQL string `'\'` itself.
const ESCAPE: char = '!';

/// `%text%` with `%`, `_` and the escape character taken literally.
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | ESCAPE) {
            pattern.push(ESCAPE);
        }
        pattern.push(ch);
    }
    pattern.push('%');
    pattern
}

/// Whether the text column `column` contains `text`, ignoring case as this module decides
/// (Unicode simple case mappings, the same on every backend); `%` and `_` in `text` are literal.
///
/// ```
/// # use btst_runtime::diesel::{self, prelude::*};
/// # diesel::table! { post (id) { id -> Text, title -> Text } }
/// use btst_runtime::contains_ignoring_case;
///
/// let search = "École";
/// let query = post::table
///     .select(post::id)
///     .filter(contains_ignoring_case(post::title, search))
///     .into_boxed::<<btst_runtime::AnyConnection as diesel::Connection>::Backend>();
/// ```
///
/// A nullable column (`Option<String>`) works too: a row whose value is `NULL` does not match.
pub fn contains_ignoring_case<C>(column: C, text: &str) -> ContainsIgnoringCase<C>
where
    C: Expression,
    C::SqlType: TextType,
{
    ContainsIgnoringCase {
        column,
        pattern: contains_pattern(text),
    }
}

/// The expression [`contains_ignoring_case`] builds.
#[derive(Debug, Clone)]
pub struct ContainsIgnoringCase<C> {
    column: C,
    /// `%text%`, escaped, not folded.
    pattern: String,
}

/// The SQL types [`contains_ignoring_case`] searches: `Text`, whose match is a `Bool`, and
/// `Nullable<Text>`, whose match is a `Nullable<Bool>` (`NULL` for a `NULL` value, which no
/// filter keeps).
pub trait TextType {
    /// The type of the match.
    type Match: diesel::sql_types::SqlType + diesel::sql_types::SingleValue;
}

impl TextType for Text {
    type Match = Bool;
}

impl TextType for Nullable<Text> {
    type Match = Nullable<Bool>;
}

impl<C> Expression for ContainsIgnoringCase<C>
where
    C: Expression,
    C::SqlType: TextType,
{
    type SqlType = <C::SqlType as TextType>::Match;
}

impl<C, QS> AppearsOnTable<QS> for ContainsIgnoringCase<C>
where
    C: AppearsOnTable<QS>,
    C::SqlType: TextType,
{
}

impl<C, QS> SelectableExpression<QS> for ContainsIgnoringCase<C>
where
    C: SelectableExpression<QS>,
    C::SqlType: TextType,
{
}

impl<C, GroupBy> ValidGrouping<GroupBy> for ContainsIgnoringCase<C>
where
    C: ValidGrouping<GroupBy>,
{
    type IsAggregate = C::IsAggregate;
}

impl<C> QueryId for ContainsIgnoringCase<C> {
    type QueryId = ();
    // The SQL depends on the collation PostgreSQL's probe chose: never cached by type.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for ContainsIgnoringCase<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        out.push_sql("btst_fold(");
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(") LIKE btst_fold(");
        out.push_bind_param::<Text, _>(&self.pattern)?;
        out.push_sql(") ESCAPE '!'");
        Ok(())
    }
}

impl<C: QueryFragment<Pg>> QueryFragment<Pg> for ContainsIgnoringCase<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        let collate = postgres_collation()
            .map(|name| format!(" COLLATE {}", quote_ident(name)))
            .unwrap_or_default();
        out.push_sql("lower(upper(");
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(&collate);
        out.push_sql(")) LIKE lower(upper(");
        out.push_bind_param::<Text, _>(&self.pattern)?;
        out.push_sql(&collate);
        out.push_sql(")) ESCAPE '!'");
        Ok(())
    }
}

#[cfg(feature = "mysql")]
impl<C: QueryFragment<diesel::mysql::Mysql>> QueryFragment<diesel::mysql::Mysql>
    for ContainsIgnoringCase<C>
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, diesel::mysql::Mysql>) -> QueryResult<()> {
        out.push_sql("LOWER(UPPER(");
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(")) LIKE LOWER(UPPER(");
        out.push_bind_param::<Text, _>(&self.pattern)?;
        out.push_sql(")) ESCAPE '!'");
        Ok(())
    }
}

/// `QueryFragment<Mysql>` when the `mysql` feature is on; every type otherwise.
#[cfg(feature = "mysql")]
pub trait MysqlFragment: QueryFragment<diesel::mysql::Mysql> {}
#[cfg(feature = "mysql")]
impl<T: QueryFragment<diesel::mysql::Mysql>> MysqlFragment for T {}
/// `QueryFragment<Mysql>` when the `mysql` feature is on; every type otherwise.
#[cfg(not(feature = "mysql"))]
pub trait MysqlFragment {}
#[cfg(not(feature = "mysql"))]
impl<T> MysqlFragment for T {}

impl<C> QueryFragment<MultiBackend> for ContainsIgnoringCase<C>
where
    C: QueryFragment<Pg> + QueryFragment<Sqlite> + MysqlFragment,
{
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        MultiBackend::walk_variant_ast(self, pass)
    }
}

diesel::define_sql_function! {
    /// [`fold_case`], registered on every SQLite connection; `NULL` stays `NULL` (a nullable
    /// column's empty value).
    fn btst_fold(text: Nullable<Text>) -> Nullable<Text>;
}

/// Registers `btst_fold` ([`fold_case`]) on an SQLite connection.
pub(crate) fn register_sqlite(conn: &mut SqliteConnection) -> QueryResult<()> {
    btst_fold_utils::register_impl(conn, |text: Option<String>| {
        text.map(|text| fold_case(&text))
    })
}

/// The text PostgreSQL's probe folds, and what the decided folding gives.
const PROBE: (&str, &str) = ("İıΣςÉ", "iiσσé");

/// The collation PostgreSQL's case folding is asked to use, `None` for the database's default;
/// decided by the first connection of the process ([`probe_postgres`]).
static POSTGRES_COLLATION: OnceLock<Option<String>> = OnceLock::new();

fn postgres_collation() -> Option<&'static str> {
    POSTGRES_COLLATION.get().and_then(Option::as_deref)
}

/// Decides, once per process, how PostgreSQL folds case for [`contains_ignoring_case`]: the
/// default collation if `lower(upper('İıΣςÉ'))` gives `iiσσé`, else the first collation of
/// `pg_c_utf8`, `C.utf8`, `C.UTF-8` that does; when none does, a warning, and the default.
pub(crate) fn probe_postgres(conn: &mut PgConnection) {
    POSTGRES_COLLATION.get_or_init(|| {
        let folds = |conn: &mut PgConnection, collation: Option<&str>| {
            let collate = collation
                .map(|name| format!(" COLLATE {}", quote_ident(name)))
                .unwrap_or_default();
            diesel::select(diesel::dsl::sql::<Text>(&format!(
                "lower(upper('{}'{collate}))",
                PROBE.0
            )))
            .get_result::<String>(conn)
            .is_ok_and(|folded| folded == PROBE.1)
        };
        if folds(conn, None) {
            return None;
        }
        for candidate in ["pg_c_utf8", "C.utf8", "C.UTF-8"] {
            if folds(conn, Some(candidate)) {
                return Some(candidate.to_owned());
            }
        }
        tracing::warn!(
            "PostgreSQL folds case with the database's collation, which does not map `{}` to `{}`, and no `pg_c_utf8` or `C.utf8` collation does: searches ignoring case may treat some letters differently than on SQLite and MySQL",
            PROBE.0,
            PROBE.1
        );
        None
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_uses_simple_mappings() {
        for (text, folded) in [
            ("École", "école"),
            ("ÉCOLE", "école"),
            ("ΟΔΟΣ", "οδοσ"),
            ("οδος", "οδοσ"),
            ("οδοσ", "οδοσ"),
            ("İ I ı i", "i i i i"),
            ("ß ẞ SS", "ß ß ss"),
            ("ǅ ǆ Ǆ", "ǆ ǆ ǆ"),
            ("ᾳ ᾼ ᾀ ᾈ", "ᾳ ᾳ ᾀ ᾀ"),
            ("ŉ ǰ ﬀ", "ŉ ǰ ﬀ"),
            ("µ K Å", "μ k å"),
        ] {
            assert_eq!(fold_case(text), folded, "{text}");
        }
    }

    #[test]
    fn patterns_take_metacharacters_literally() {
        assert_eq!(contains_pattern("100%_!"), "%100!%!_!!%");
        assert_eq!(contains_pattern(""), "%%");
    }

    #[test]
    fn sqlite_searches_fold_every_script() {
        use diesel::connection::SimpleConnection;
        use diesel::prelude::*;

        diesel::table! {
            words (id) {
                id -> Integer,
                word -> Text,
            }
        }
        let mut conn = SqliteConnection::establish(":memory:").expect("opens");
        register_sqlite(&mut conn).expect("registers");
        conn.batch_execute(
            "CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT NOT NULL);
             INSERT INTO words (word) VALUES ('École'), ('ΟΔΟΣ'), ('İstanbul'), ('Straße'), ('100% _x');",
        )
        .expect("seeds");
        let mut find = |text: &str| -> Vec<String> {
            words::table
                .select(words::word)
                .filter(contains_ignoring_case(words::word, text))
                .order(words::id)
                .load(&mut conn)
                .expect("loads")
        };
        assert_eq!(find("école"), ["École"]);
        assert_eq!(find("ÉCOLE"), ["École"]);
        assert_eq!(find("οδος"), ["ΟΔΟΣ"]);
        assert_eq!(find("ıstanbul"), ["İstanbul"]);
        assert_eq!(find("ISTANBUL"), ["İstanbul"]);
        assert_eq!(find("STRASSE"), Vec::<String>::new(), "ß is not SS");
        assert_eq!(find("%"), ["100% _x"]);
        assert_eq!(find("_"), ["100% _x"]);
        assert_eq!(find("0%"), ["100% _x"]);
        assert_eq!(find("!"), Vec::<String>::new());
    }
}
