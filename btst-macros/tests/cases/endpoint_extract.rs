//! An `Extract` argument: `tenant: Tenant` is read from the request's head (`Extracted<Tenant>`
//! in `Args`), the hook sees `&Tenant`, and the metadata lists `Tenant`'s `Extract::META`.

use btst_runtime::prelude::*;

#[plugin(name = "teams")]
pub mod teams {
    use btst_runtime::prelude::*;

    /// The caller's team.
    #[endpoint(GET, "/team")]
    pub async fn my_team(tenant: Tenant) -> ApiResult<String> {
        Ok(tenant.team_id)
    }
}
