//! Enumerations, references with every `on_delete`, indexes, `on_update = now`, `stamped` fields,
//! a join through the generated `joinable!`, and a `Tenant` argument, in a crate whose only
//! dependency is btst-runtime: it compiles, opens on SQLite, and the foreign keys act.

use btst_runtime::prelude::*;

#[plugin(name = "library")]
mod library {
    use btst_runtime::diesel::prelude::*;
    use btst_runtime::prelude::*;

    /// Whether a book can be lent.
    #[enumeration]
    pub enum Shelf {
        OnLoan,
        Available,
    }

    #[model(index(owner, name))]
    pub struct Author {
        #[field(index)]
        pub name: String,
        #[field(stamped)]
        pub owner: String,
    }

    #[model]
    pub struct Book {
        pub title: String,
        #[field(default = Available)]
        pub shelf: Shelf,
        pub previous_shelf: Option<Shelf>,
        #[field(references = Author, on_delete = "cascade")]
        pub author_id: String,
        #[field(references = Author, on_delete = "set null")]
        pub editor_id: Option<String>,
        #[field(references = Book)]
        pub sequel_of: Option<String>,
        #[field(default = now, on_update = now)]
        pub updated_at: Timestamp,
    }

    /// The titles of the caller's team's books.
    #[endpoint(GET, "/books")]
    pub async fn list_books(db: Db, tenant: Tenant) -> ApiResult<Vec<String>> {
        db.run(move |conn| {
            book::table
                .inner_join(author::table.on(author::id.eq(book::author_id)))
                .filter(author::owner.eq(tenant.team_id))
                .select(book::title)
                .load(conn)
        })
        .await
    }

    /// Adds an author.
    #[getter]
    pub async fn add_author(db: Db, name: String, owner: String) -> ApiResult<Author> {
        let input: NewAuthor = btst_runtime::testing::json_to(btst_runtime::testing::json!({ "name": name }));
        db.create_with(input, move |author| author.owner = owner).await
    }

    /// Adds a book.
    #[getter]
    pub async fn add_book(db: Db, title: String, author: String) -> ApiResult<Book> {
        let input: NewBook = btst_runtime::testing::json_to(btst_runtime::testing::json!({ "title": title, "authorId": author }));
        db.create(input).await
    }

    /// Deletes an author.
    #[getter]
    pub async fn remove_author(db: Db, id: String) -> ApiResult<Deleted> {
        db.delete::<Author>(id).await
    }
}

fn main() {
    let stack = Stack::new().plugin(library::plugin()).open("sqlite::memory:").expect("opens");
    let api = stack.api::<library::RawApi>();
    let author = Stack::block_on(api.add_author("Le Guin".to_owned(), "team".to_owned())).expect("creates");
    assert_eq!(author.owner, "team");
    let book = Stack::block_on(api.add_book("Earthsea".to_owned(), author.id.clone())).expect("creates");
    assert_eq!(book.shelf, library::Shelf::Available);
    assert_eq!(library::Shelf::OnLoan.to_string(), "ON_LOAN");
    let orphan = Stack::block_on(api.add_book("Nobody's".to_owned(), "missing".to_owned()));
    assert_eq!(orphan.expect_err("no such author").status().as_u16(), 409);
    Stack::block_on(api.remove_author(author.id)).expect("deletes");
    let books = Stack::block_on(stack.db().count::<library::Book>()).expect("counts");
    assert_eq!(books, 0, "cascaded");
}
