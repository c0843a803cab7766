//! The `vocab` plugin: one model per part of the model vocabulary (issue 20) that real schemas
//! need: a composite unique constraint (with NULL semantics), wire renames (a field named `type`
//! in JSON, another column name in SQL, another table name), an `immutable` field, allowed values
//! (text and numbers), formats (email, URI, UUID), enumerations in serde's spellings with a
//! per-variant value, arithmetic on a numeric column, a self-join through `diesel::alias!` and a
//! model that references one table twice (joined with an explicit `.on(..)`), a key the client
//! chooses, and keys the database numbers (`id = "auto"`), referenced, paged by cursor.

use btst_runtime::prelude::*;

/// The vocabulary probe, at `/vocab`.
#[plugin(name = "vocab")]
pub mod vocab {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;

    /// How a wallet is moderated: BTST's lowercase values, and one of its own.
    #[enumeration(rename_all = "lowercase")]
    pub enum Moderation {
        /// Not looked at yet.
        Pending,
        /// Looked at and kept.
        Approved,
        /// Looked at and hidden.
        Spam,
        /// Sent back for a second look.
        #[enumeration(rename = "needs-review")]
        NeedsReview,
    }

    /// A network, spelled in kebab-case.
    #[enumeration(rename_all = "kebab-case")]
    pub enum Network {
        /// The main network.
        MainNet,
        /// A test network.
        TestNet,
    }

    /// A wallet: one per owner and chain, and one nickname per chain.
    #[model(table = "vocab_wallets", unique(owner, chain), unique(chain, nickname))]
    pub struct Wallet {
        /// The owner's email address, set when the wallet is created.
        #[field(immutable, format = "email")]
        pub owner: String,
        /// The chain.
        #[field(one_of = ["ethereum", "polygon"])]
        pub chain: String,
        /// `type` in JSON, `wallet_type` in SQL.
        #[field(rename = "type", column = "wallet_type", one_of = ["hot", "cold"], default = "hot")]
        pub kind: String,
        /// A tier: 1, 2 or 4.
        #[field(one_of = [1, 2, 4], default = 1)]
        pub tier: i32,
        /// A fee rate: one of three.
        #[field(one_of = [0.5, 1, 2.5], default = 1)]
        pub fee: f64,
        /// A page about it.
        #[field(format = "uri")]
        pub homepage: Option<String>,
        /// Its id elsewhere.
        #[field(format = "uuid")]
        pub external_id: Option<String>,
        /// A nickname, unique per chain when set.
        pub nickname: Option<String>,
        /// Its moderation.
        #[field(default = Pending)]
        pub moderation: Moderation,
        /// Its network.
        #[field(default = MainNet)]
        pub network: Network,
        /// How often it was used: counted up in SQL.
        #[field(default = 0)]
        pub uses: i64,
        /// Up to three tags, each 1 to 12 lowercase letters.
        #[field(
            length(max = 3),
            items(length(min = 1, max = 12), pattern = "^[a-z]+$")
        )]
        pub tags: Vec<String>,
        /// Scores from 0 to 100, when scored.
        #[field(items(range(min = 0, max = 100)))]
        pub scores: Option<Vec<i64>>,
        /// Past moderations, in order.
        pub history: Vec<Moderation>,
        /// Settings: any JSON.
        pub settings: JsonValue,
        /// Anything else, when there is something.
        pub extra: Option<JsonValue>,
        /// A balance in wei: 65 digits (MySQL's most), none after the point.
        #[field(decimal(precision = 65, scale = 0))]
        pub balance: Decimal,
        /// A price, to the cent.
        #[field(decimal(precision = 10, scale = 2))]
        pub price: Option<Decimal>,
        /// Its public profile: a document of a declared shape.
        #[field(json)]
        pub profile: Option<Profile>,
    }

    /// A wallet's public profile, stored as JSON and checked as a body is.
    #[body]
    pub struct Profile {
        /// The name shown.
        #[field(length(min = 1, max = 40))]
        pub display_name: String,
        /// Pages about it.
        #[field(length(max = 3), items(format = "uri"))]
        pub links: Vec<String>,
    }

    /// A referral: a wallet that brought another; two references to one table, so no implicit
    /// join (each join says its column with `.on(..)`).
    #[model]
    pub struct Referral {
        /// The wallet that referred.
        #[field(references = Wallet, on_delete = "cascade", immutable)]
        pub referrer_id: String,
        /// The wallet referred.
        #[field(references = Wallet, on_delete = "cascade", immutable)]
        pub referee_id: String,
    }

    /// A template whose key its author chooses (NAAP's templates): a slug, sent at create.
    #[model(id = "client")]
    pub struct Template {
        /// The key: 3 to 40 lowercase letters, digits and dashes.
        #[field(length(min = 3, max = 40), pattern = "^[a-z0-9-]+$")]
        pub id: String,
        /// Its title.
        pub title: String,
    }

    /// Creates a template under the key it carries; a taken key is a 409.
    #[endpoint(POST, "/templates", status = 201)]
    pub async fn create_template(db: Db, body: Json<NewTemplate>) -> ApiResult<Template> {
        db.create(body.into_inner()).await
    }

    /// One template, by its key.
    #[endpoint(GET, "/templates/{id}")]
    pub async fn get_template(db: Db, id: Path<String>) -> ApiResult<Template> {
        db.find::<Template>(id.into_inner()).await
    }

    /// Changes a template's title; its key stays.
    #[endpoint(PATCH, "/templates/{id}")]
    pub async fn update_template(
        db: Db,
        id: Path<String>,
        body: Json<TemplatePatch>,
    ) -> ApiResult<Template> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// A ledger entry, numbered by the database (json-rest-api's and many existing databases'
    /// keys).
    #[model(id = "auto")]
    pub struct Entry {
        /// What it is for.
        #[field(length(min = 1, max = 200))]
        pub memo: String,
        /// The amount, in cents.
        pub amount: i64,
        /// How many lines it has: computed by the database on every read (no column).
        #[field(
            computed = "SELECT COUNT(*) FROM vocab_line WHERE vocab_line.entry_id = vocab_entry.id"
        )]
        pub line_count: i64,
        /// Its memo in capitals, computed by the database; never sent.
        #[field(computed = "UPPER(vocab_entry.memo)")]
        pub shout: String,
    }

    /// Entries by their computed number of lines.
    #[query(model = Entry)]
    pub struct EntryLines {
        /// Only entries with at least this many lines (a filter on a computed field).
        #[filter(from = line_count)]
        pub min_lines: Option<i64>,
        /// The order: by lines (default) or by amount.
        #[sort(line_count, amount, default = "line_count")]
        pub sort: Sort,
        /// The page.
        #[page(default = 20, max = 100)]
        pub page: Page,
    }

    /// The entries by their number of lines.
    #[endpoint(GET, "/entries/by-lines")]
    pub async fn entries_by_lines(db: Db, query: Query<EntryLines>) -> ApiResult<List<Entry>> {
        db.list_where(query.into_inner()).await
    }

    /// A line of an entry: a reference to a numbered key is a number too.
    #[model(id = "auto")]
    pub struct Line {
        /// The entry; its lines go with it.
        #[field(references = Entry, on_delete = "cascade", immutable)]
        pub entry_id: i64,
        /// The line's text.
        pub note: String,
        /// Another entry it mentions, if any.
        #[field(references = Entry, on_delete = "set null")]
        pub see_also: Option<i64>,
        /// An entry it settles, if any; that entry cannot be deleted while the line exists
        /// (no `on_delete`: `restrict`, the default).
        #[field(references = Entry)]
        pub settles: Option<i64>,
    }

    /// Entries by key, a page at a time.
    #[query(model = Entry)]
    pub struct EntryQuery {
        /// The page.
        #[page(default = 20, max = 100)]
        pub page: CursorPage,
    }

    /// Creates an entry; the database gives it the next number.
    #[endpoint(POST, "/entries", status = 201)]
    pub async fn create_entry(db: Db, body: Json<NewEntry>) -> ApiResult<Entry> {
        db.create(body.into_inner()).await
    }

    /// The entries, in the order they were numbered.
    #[endpoint(GET, "/entries")]
    pub async fn list_entries(db: Db, query: Query<EntryQuery>) -> ApiResult<CursorList<Entry>> {
        db.list_where(query.into_inner()).await
    }

    /// One entry, by its number.
    #[endpoint(GET, "/entries/{id}")]
    pub async fn get_entry(db: Db, id: Path<i64>) -> ApiResult<Entry> {
        db.find::<Entry>(id.into_inner()).await
    }

    /// Changes an entry.
    #[endpoint(PATCH, "/entries/{id}")]
    pub async fn update_entry(db: Db, id: Path<i64>, body: Json<EntryPatch>) -> ApiResult<Entry> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes an entry and its lines.
    #[endpoint(DELETE, "/entries/{id}")]
    pub async fn delete_entry(db: Db, id: Path<i64>) -> ApiResult<Deleted> {
        db.delete::<Entry>(id.into_inner()).await
    }

    /// Adds a line; a missing entry is a 409.
    #[endpoint(POST, "/lines", status = 201)]
    pub async fn create_line(db: Db, body: Json<NewLine>) -> ApiResult<Line> {
        db.create(body.into_inner()).await
    }

    /// One line, by its number.
    #[endpoint(GET, "/lines/{id}")]
    pub async fn get_line(db: Db, id: Path<i64>) -> ApiResult<Line> {
        db.find::<Line>(id.into_inner()).await
    }

    /// The wallets a query selects.
    #[query(model = Wallet)]
    pub struct WalletQuery {
        /// Wallets of this type (a renamed field).
        #[filter(eq = kind)]
        pub kind: Option<String>,
        /// The order.
        #[sort(kind, uses, owner, default = "owner")]
        pub sort: Sort,
        /// The page.
        #[page(default = 20, max = 100)]
        pub page: Page,
    }

    /// Creates a wallet.
    #[endpoint(POST, "/wallets", status = 201)]
    pub async fn create_wallet(db: Db, body: Json<NewWallet>) -> ApiResult<Wallet> {
        db.create(body.into_inner()).await
    }

    /// The wallets.
    #[endpoint(GET, "/wallets")]
    pub async fn list_wallets(db: Db, query: Query<WalletQuery>) -> ApiResult<List<Wallet>> {
        db.list_where(query.into_inner()).await
    }

    /// One wallet.
    #[endpoint(GET, "/wallets/{id}")]
    pub async fn get_wallet(db: Db, id: Path<String>) -> ApiResult<Wallet> {
        db.find::<Wallet>(id.into_inner()).await
    }

    /// Changes a wallet; its owner cannot change.
    #[endpoint(PATCH, "/wallets/{id}")]
    pub async fn update_wallet(
        db: Db,
        id: Path<String>,
        body: Json<WalletPatch>,
    ) -> ApiResult<Wallet> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes a wallet.
    #[endpoint(DELETE, "/wallets/{id}")]
    pub async fn delete_wallet(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Wallet>(id.into_inner()).await
    }

    /// Counts a use in SQL (`uses = uses + 1`): arithmetic on a generated column.
    #[endpoint(POST, "/wallets/{id}/uses")]
    pub async fn use_wallet(db: Db, id: Path<String>) -> ApiResult<Wallet> {
        let id = id.into_inner();
        db.transaction(move |conn| {
            let changed = diesel::update(wallet::table.find(&id))
                .set(wallet::uses.eq(wallet::uses + 1_i64))
                .execute(conn)?;
            if changed == 0 {
                return Err(ApiError::not_found("no Wallet with this id"));
            }
            Ok(wallet::table.find(&id).first::<Wallet>(conn)?)
        })
        .await
    }

    /// Records that one wallet referred another.
    #[endpoint(POST, "/referrals", status = 201)]
    pub async fn create_referral(db: Db, body: Json<NewReferral>) -> ApiResult<Referral> {
        db.create(body.into_inner()).await
    }

    /// The owners of a referral's two wallets: the wallet table joined twice, once through
    /// `diesel::alias!`, each join on its own column.
    #[endpoint(GET, "/referrals/{id}/owners")]
    pub async fn referral_owners(db: Db, id: Path<String>) -> ApiResult<Vec<String>> {
        let id = id.into_inner();
        db.run(move |conn| {
            let referee = diesel::alias!(wallet as referee);
            let (referrer_owner, referee_owner) = referral::table
                .find(&id)
                .inner_join(wallet::table.on(wallet::id.eq(referral::referrer_id)))
                .inner_join(referee.on(referee.field(wallet::id).eq(referral::referee_id)))
                .select((wallet::owner, referee.field(wallet::owner)))
                .first::<(String, String)>(conn)?;
            Ok::<_, ApiError>(vec![referrer_owner, referee_owner])
        })
        .await
    }
}

/// A Stack with the vocabulary probe at `/vocab`.
pub fn vocabulary_stack() -> Stack {
    Stack::new().base_path("/vocab").plugin(vocab::plugin())
}
