//! A second plugin with a row-scoped model, beside the Tracker's, for the row scope's tests
//! (`tests/tenancy.rs`): a help desk whose tickets belong to a team, listed through a declared
//! query and counted through `Db::count`.

use btst_runtime::prelude::*;

/// A team's help desk.
#[plugin(name = "desk")]
pub mod desk {
    use btst_runtime::prelude::*;

    /// A ticket of a team.
    #[model(row_scope = team_id)]
    pub struct Ticket {
        /// What is wrong.
        #[field(length(min = 1, max = 200))]
        pub subject: String,
        /// Whether it is solved.
        #[field(default = false)]
        pub solved: bool,
        /// The team it belongs to: the request's `x-team-id`.
        #[field(length(max = 200))]
        pub team_id: String,
    }

    /// The team's tickets, a page at a time.
    #[query(model = Ticket)]
    pub struct TicketQuery {
        /// Only solved, or only open, tickets.
        #[filter(eq)]
        pub solved: Option<bool>,
        /// The page.
        #[page(default = 20, max = 100)]
        pub page: Page,
    }

    /// How many tickets the team has.
    #[view]
    pub struct TicketCount {
        /// The number.
        pub count: i64,
    }

    /// Opens a ticket of the caller's team.
    #[endpoint(POST, "/tickets", status = 201)]
    pub async fn open_ticket(db: Db, body: Json<NewTicket>) -> ApiResult<Ticket> {
        db.create(body.into_inner()).await
    }

    /// The team's tickets.
    #[endpoint(GET, "/tickets")]
    pub async fn list_tickets(db: Db, query: Query<TicketQuery>) -> ApiResult<List<Ticket>> {
        db.list_where(query.into_inner()).await
    }

    /// How many tickets the team has.
    #[endpoint(GET, "/tickets/count")]
    pub async fn count_tickets(db: Db) -> ApiResult<TicketCount> {
        Ok(TicketCount {
            count: db.count::<Ticket>().await?,
        })
    }

    /// One ticket of the team.
    #[endpoint(GET, "/tickets/{id}")]
    pub async fn get_ticket(db: Db, id: Path<String>) -> ApiResult<Ticket> {
        db.find(id.into_inner()).await
    }

    /// Changes a ticket of the team.
    #[endpoint(PATCH, "/tickets/{id}")]
    pub async fn update_ticket(
        db: Db,
        id: Path<String>,
        body: Json<TicketPatch>,
    ) -> ApiResult<Ticket> {
        db.update(id.into_inner(), body.into_inner()).await
    }

    /// Deletes a ticket of the team.
    #[endpoint(DELETE, "/tickets/{id}")]
    pub async fn delete_ticket(db: Db, id: Path<String>) -> ApiResult<Deleted> {
        db.delete::<Ticket>(id.into_inner()).await
    }

    /// The open tickets of the team, oldest first, through a query of one's own started from
    /// `Ticket::rows`.
    #[endpoint(GET, "/tickets/open")]
    pub async fn open_tickets(db: Db) -> ApiResult<Vec<Ticket>> {
        use btst_runtime::diesel::prelude::*;
        let open = Ticket::rows(&db)?
            .filter(ticket::solved.eq(false))
            .order(ticket::id.asc())
            .select(Ticket::as_select());
        db.run(move |conn| open.load(conn)).await
    }
}

/// The desk, the Tracker and the Todo plugin (no row scope), scoped by `x-team-id`.
pub fn stack() -> Stack {
    Stack::new()
        .base_path("/api")
        .row_scope(|tenant: &Tenant| tenant.team_id.clone())
        .plugin(desk::plugin())
        .plugin(tracker_example::tracker::plugin())
        .plugin(todo_example::todos::plugin())
}
