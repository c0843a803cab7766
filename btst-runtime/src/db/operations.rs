//! The typed operations endpoints use: [`Crud`], which `#[plugin]` implements for each model,
//! and the [`Db`] methods over it ([`Db::find`], [`Db::create`], [`Db::update`], [`Db::delete`],
//! [`Db::list`], ...), with [`Deleted`], the body of a delete.

use diesel::QueryResult;

use crate::error::{ApiError, ApiResult};
use crate::list::ListOptions;
use crate::model::{Key, Model, NewRecord, PatchRecord};
use crate::timestamp::Timestamp;

use super::{Connection, Db};

/// The body of a successful delete: `{"success": true}`, as in BTST.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Deleted {
    /// Always `true`.
    pub success: bool,
}

/// A declared list query (`#[query(model = ..)]` with a `Page` or `CursorPage` field): its
/// filters, order and page, applied to the model's table.
pub trait ListQuery: Send + 'static {
    /// The model it lists.
    type Model: Crud;

    /// What it answers: a [`List`](crate::List) of the model's rows (offset paging, with the total), or a
    /// [`CursorList`](crate::CursorList) (cursor paging).
    type Answer: Send + 'static;

    /// The page of rows the filters match, in the query's order (the id breaking ties in the
    /// last key's direction), among the rows whose row scope field holds `row_scope` if the
    /// model has one (every row with `None`). A cursor made for another order, or not by this
    /// server, is a 400.
    fn load(&self, conn: &mut Connection, row_scope: Option<&str>) -> ApiResult<Self::Answer>;
}

/// The typed row operations of a model, implemented by `#[plugin]` for each `#[model]`.
///
/// These are the raw operations, on a connection: `find`, `save` and `delete` see every row,
/// whatever its row scope (`#[model(row_scope = ..)]`). The [`Db`] methods apply the scope; code
/// of your own inside [`Db::run`] starts from the model's `rows(&db)` (generated for every
/// model: its table, filtered by the handle's row scope).
pub trait Crud: Model {
    /// The row with this id.
    fn find(conn: &mut Connection, id: &<Self::Id as Key>::Ref) -> QueryResult<Option<Self>>;
    /// Inserts a full row; the row stored. With `#[model(id = "auto")]` the database chooses
    /// the id (the row's own is not written), and the row returned carries it: `RETURNING`
    /// on PostgreSQL and SQLite, `LAST_INSERT_ID()` on MySQL.
    fn insert(conn: &mut Connection, row: Self) -> QueryResult<Self>;
    /// Inserts a full row unless another row already holds one of its unique values (its id
    /// included); a unique conflict is then no error, and nothing is written. (With
    /// `#[model(id = "auto")]` the database chooses the id; read the row back by its unique
    /// values, as [`Crud::find_or_create`] does.) Other errors (a
    /// missing referenced row, a value the column refuses) stay errors. PostgreSQL and SQLite
    /// run `INSERT ... ON CONFLICT DO NOTHING`, MySQL `INSERT ... ON DUPLICATE KEY UPDATE id =
    /// id` (a no-op; unlike `INSERT IGNORE`, it turns no other error into a warning). The count
    /// is the backend's own: MySQL counts a row found as a row affected, so do not read
    /// "inserted" from it; [`Crud::find_or_create`] re-reads instead.
    fn insert_if_absent(conn: &mut Connection, row: &Self) -> QueryResult<usize>;

    /// The row `find` reads, or else `row`, inserted: one operation that never fails a valid
    /// request on a unique race. Two transactions creating the same new row at once (two posts
    /// naming one new tag) both get the one row that was stored, instead of one answering 409.
    ///
    /// `find` reads the row by the unique value(s) that `row` carries (a tag by its slug) and
    /// must find `row` once it is stored. The shape: `find`; if nothing,
    /// [`Crud::insert_if_absent`]; then `find` again, which sees the other transaction's row
    /// once it has committed (the insert waits for that commit on PostgreSQL and MySQL, whose
    /// connections read committed data, `READ COMMITTED`; SQLite has one writer at a time).
    ///
    /// # Errors
    /// A database error of `find` or of the insert. If the insert conflicts with a row that
    /// `find` does not return (another unique field taken by a different row), the plain insert
    /// is tried, so the error is the usual unique violation: a 409 naming that field.
    fn find_or_create(
        conn: &mut Connection,
        row: Self,
        mut find: impl FnMut(&mut Connection) -> QueryResult<Option<Self>>,
    ) -> QueryResult<Self>
    where
        Self: Sized,
    {
        if let Some(found) = find(conn)? {
            return Ok(found);
        }
        Self::insert_if_absent(conn, &row)?;
        if let Some(found) = find(conn)? {
            return Ok(found);
        }
        Self::insert(conn, row)
    }
    /// Writes every column of `row` to the row with its id.
    fn save(conn: &mut Connection, row: &Self) -> QueryResult<usize>;
    /// Deletes the row with this id; the number of rows deleted.
    fn delete(conn: &mut Connection, id: &<Self::Id as Key>::Ref) -> QueryResult<usize>;
    /// How many rows, among those whose row scope field holds `row_scope` (all rows of a model
    /// without a row scope, or with `None`).
    fn count(conn: &mut Connection, row_scope: Option<&str>) -> QueryResult<i64>;
    /// A page of rows in the requested order, among those whose row scope field holds
    /// `row_scope` (as [`Crud::count`]).
    fn list(
        conn: &mut Connection,
        options: &ListOptions,
        row_scope: Option<&str>,
    ) -> QueryResult<Vec<Self>>;
    /// The row's id.
    fn key(&self) -> &Self::Id;
    /// The value of the row's row scope field (`None` for a model without one).
    fn row_scope(&self) -> Option<&str>;
    /// Writes `value` into the row's row scope field (nothing for a model without one).
    fn set_row_scope(&mut self, value: &str);
}

/// The row as stored: `row` itself, or, for a model with `computed` fields, the row read back,
/// with the values the database computes (a write cannot know them).
fn read_back<M: Crud>(conn: &mut Connection, row: M) -> ApiResult<M> {
    if !const { M::META.has_computed() } {
        return Ok(row);
    }
    M::find(conn, row.key().borrowed())?.ok_or_else(not_found::<M>)
}

/// Whether `row` is in the row scope `scope` (always, without one).
fn in_scope<M: Crud>(row: &M, scope: Option<&str>) -> bool {
    scope.is_none_or(|scope| row.row_scope() == Some(scope))
}

impl Db {
    /// Our own write operations: in their own transaction, a savepoint on a scoped handle (so a
    /// failed statement that the caller handles leaves the request's transaction usable, which
    /// PostgreSQL requires).
    /// (A plain function, not `async`: no extra layer of future state to copy per call.)
    fn write<T, F>(&self, f: F) -> impl Future<Output = ApiResult<T>>
    where
        F: FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
        T: Send + 'static,
    {
        self.transaction(f)
    }

    /// The row with this id, or 404 (also for a row outside the handle's row scope).
    pub async fn find<M: Crud>(&self, id: impl Into<M::Id>) -> ApiResult<M> {
        let id = id.into();
        let scope = self.row_scope_of::<M>()?;
        if !id.addressable() {
            return Err(not_found::<M>());
        }
        self.run(move |conn| {
            M::find(conn, id.borrowed())?
                .filter(|row| in_scope(row, scope.as_deref()))
                .ok_or_else(not_found::<M>)
        })
        .await
    }

    /// The row with this id, or `None` (also for a row outside the handle's row scope).
    pub async fn get<M: Crud>(&self, id: impl Into<M::Id>) -> ApiResult<Option<M>> {
        let id = id.into();
        let scope = self.row_scope_of::<M>()?;
        if !id.addressable() {
            return Ok(None);
        }
        self.run(move |conn| {
            Ok::<_, ApiError>(
                M::find(conn, id.borrowed())?.filter(|row| in_scope(row, scope.as_deref())),
            )
        })
        .await
    }

    /// Creates a row from a create input: new id, defaults, `now`, and the handle's row scope
    /// value in the row scope field. Returns the stored row.
    pub async fn create<N>(&self, input: N) -> ApiResult<N::Model>
    where
        N: NewRecord,
        N::Model: Crud,
    {
        if let Some(field) = N::Model::META.fields.iter().find(|field| field.stamped) {
            return Err(ApiError::internal(format!(
                "`{}.{}` is `stamped`: create it with `Db::create_with`, which sets it",
                N::Model::META.name,
                field.name
            )));
        }
        let scope = self.row_scope_to_stamp::<N::Model>()?;
        self.insert(input.into_model(Timestamp::now()), scope).await
    }

    /// [`Db::create`], with `stamp` setting what the server decides before the row is written:
    /// the owner, a parent's id from the path (a row scope field is the handle's value, set
    /// after `stamp`). A model with `stamped` fields
    /// is created this way only ([`Db::create`] refuses it with a 500 naming the field).
    pub async fn create_with<N>(
        &self,
        input: N,
        stamp: impl FnOnce(&mut N::Model) + Send + 'static,
    ) -> ApiResult<N::Model>
    where
        N: NewRecord,
        N::Model: Crud,
    {
        let scope = self.row_scope_to_stamp::<N::Model>()?;
        let mut row = input.into_model(Timestamp::now());
        stamp(&mut row);
        self.insert(row, scope).await
    }

    /// Inserts `row`, with `scope` in its row scope field (after any stamp: the row scope is the
    /// handle's, whatever the endpoint wrote): the row stored. (A plain function, as `write`.)
    fn insert<M: Crud>(
        &self,
        mut row: M,
        scope: Option<std::sync::Arc<str>>,
    ) -> impl Future<Output = ApiResult<M>> {
        if let Some(scope) = scope {
            row.set_row_scope(&scope);
        }
        self.write(move |conn| {
            let row = M::insert(conn, row).map_err(|error| named_for::<M>(error.into()))?;
            read_back(conn, row)
        })
    }

    /// The row with this id if `visible` accepts it (say, it belongs to the caller's team), else
    /// 404: a row the caller may not see is answered as if it did not exist.
    pub async fn find_where<M: Crud>(
        &self,
        id: impl Into<M::Id>,
        visible: impl FnOnce(&M) -> bool + Send + 'static,
    ) -> ApiResult<M> {
        let id = id.into();
        let scope = self.row_scope_of::<M>()?;
        if !id.addressable() {
            return Err(not_found::<M>());
        }
        self.run(move |conn| {
            M::find(conn, id.borrowed())?
                .filter(|row| in_scope(row, scope.as_deref()) && visible(row))
                .ok_or_else(not_found::<M>)
        })
        .await
    }

    /// [`Db::update`] of a row `visible` accepts (else 404), read and written in one transaction.
    pub async fn update_where<P>(
        &self,
        id: impl Into<<P::Model as Model>::Id>,
        patch: P,
        visible: impl FnOnce(&P::Model) -> bool + Send + 'static,
    ) -> ApiResult<P::Model>
    where
        P: PatchRecord,
        P::Model: Crud,
    {
        let id = id.into();
        let scope = self.row_scope_of::<P::Model>()?;
        if !id.addressable() {
            return Err(not_found::<P::Model>());
        }
        // `apply` writes `now` onto `on_update = now` fields only: without any, the clock (a
        // system call and a calendar conversion) is not read.
        let now = if const { P::Model::META.stamps_updates() } {
            Timestamp::now()
        } else {
            Timestamp::UNIX_EPOCH
        };
        self.write(move |conn| {
            let mut row = P::Model::find(conn, id.borrowed())?
                .filter(|row| in_scope(row, scope.as_deref()) && visible(row))
                .ok_or_else(not_found::<P::Model>)?;
            patch.apply(&mut row, now);
            P::Model::save(conn, &row)?;
            read_back(conn, row)
        })
        .await
        .map_err(named_for::<P::Model>)
    }

    /// [`Db::delete`] of a row `visible` accepts (else 404), checked and deleted in one
    /// transaction; 409 as [`Db::delete`]'s.
    pub async fn delete_where<M: Crud>(
        &self,
        id: impl Into<M::Id>,
        visible: impl FnOnce(&M) -> bool + Send + 'static,
    ) -> ApiResult<Deleted> {
        let id = id.into();
        let scope = self.row_scope_of::<M>()?;
        if !id.addressable() {
            return Err(not_found::<M>());
        }
        self.write(move |conn| {
            M::find(conn, id.borrowed())?
                .filter(|row| in_scope(row, scope.as_deref()) && visible(row))
                .ok_or_else(not_found::<M>)?;
            M::delete(conn, id.borrowed())
                .map_err(|error| ApiError::from(error).still_referenced())?;
            Ok::<_, ApiError>(Deleted { success: true })
        })
        .await
    }

    /// Applies an update input to the row with this id (404 if none), in one transaction.
    pub fn update<P>(
        &self,
        id: impl Into<<P::Model as Model>::Id>,
        patch: P,
    ) -> impl Future<Output = ApiResult<P::Model>>
    where
        P: PatchRecord,
        P::Model: Crud,
    {
        self.update_where(id, patch, |_| true)
    }

    /// Deletes the row with this id: `{"success": true}`, 404 if there is none (or it is
    /// outside the handle's row scope), or 409 ("this
    /// record is still referenced by other records") while a row of another table references
    /// it with `on_delete = "restrict"` (the default); nothing is deleted then.
    pub async fn delete<M: Crud>(&self, id: impl Into<M::Id>) -> ApiResult<Deleted> {
        if M::META.row_scope.is_some() {
            // The row is read first, to check its scope.
            return self.delete_where::<M>(id, |_| true).await;
        }
        let id = id.into();
        if !id.addressable() {
            return Err(not_found::<M>());
        }
        self.write(move |conn| {
            match M::delete(conn, id.borrowed())
                .map_err(|error| ApiError::from(error).still_referenced())?
            {
                0 => Err(not_found::<M>()),
                _ => Ok(Deleted { success: true }),
            }
        })
        .await
    }

    /// A page of rows in the requested order (without a sort key, by primary key, smallest
    /// first: [`ListOptions::new`]). A sort key that names no field of the model is a bug in the
    /// caller: a 500 naming it.
    pub async fn list<M: Crud>(&self, options: ListOptions) -> ApiResult<Vec<M>> {
        if let Some(sort) = options
            .sort
            .iter()
            .find(|sort| M::META.field_by_wire(sort.field).is_none())
        {
            return Err(ApiError::internal(format!(
                "`{}` has no field `{}` to sort by",
                M::META.name,
                sort.field
            )));
        }
        let scope = self.row_scope_of::<M>()?;
        self.run(move |conn| M::list(conn, &options, scope.as_deref()))
            .await
    }

    /// The page of rows a declared query (`#[query]`) selects: its filters, order and page
    /// applied in one read, answered as a [`List`](crate::List) (with the number over every
    /// page) or, with a cursor page, a [`CursorList`](crate::CursorList).
    pub async fn list_where<Q: ListQuery>(&self, query: Q) -> ApiResult<Q::Answer> {
        let scope = self.row_scope_of::<Q::Model>()?;
        self.run(move |conn| query.load(conn, scope.as_deref()))
            .await
    }

    /// How many rows the model's table holds (within the handle's row scope).
    pub async fn count<M: Crud>(&self) -> ApiResult<i64> {
        let scope = self.row_scope_of::<M>()?;
        self.run(move |conn| M::count(conn, scope.as_deref())).await
    }
}

fn not_found<M: Model>() -> ApiError {
    ApiError::not_found(format!("no {} with this id", M::META.name))
}

/// A unique violation names its column, camelCased ([`ApiError`]'s `From<diesel::result::Error>`);
/// here, with the model at hand, it names the fields: a field mapped onto a column of another
/// name (`#[field(column = "..")]`, `#[field(rename = "..")]`) by its wire name, and a composite
/// unique constraint (`#[model(unique(..))]`, reported as its columns joined or as its index's
/// name) by every field it holds.
fn named_for<M: Model>(error: ApiError) -> ApiError {
    if error.status() != actix_web::http::StatusCode::CONFLICT {
        return error;
    }
    let meta = &M::META;
    for columns in meta.uniques {
        let owned: Vec<String> = columns.iter().map(|&column| column.to_owned()).collect();
        let candidates = [
            crate::model::snake_to_camel(&owned.join("_")),
            crate::model::snake_to_camel(&crate::schema::ddl::unique_name(meta.table, &owned)),
        ];
        if error
            .issues()
            .iter()
            .any(|issue| candidates.contains(&issue.path))
        {
            let wires: Vec<&str> = columns
                .iter()
                .filter_map(|column| meta.fields.iter().find(|field| field.name == *column))
                .map(|field| field.wire)
                .collect();
            return ApiError::unique_conflict(&wires);
        }
    }
    let renamed = M::META.fields.iter().find_map(|field| {
        let column = crate::model::snake_to_camel(field.name);
        (column != field.wire && error.issues().iter().any(|issue| issue.path == column))
            .then_some((column, field.wire))
    });
    match renamed {
        Some((column, wire)) => error.renaming_field(&column, wire),
        None => error,
    }
}
