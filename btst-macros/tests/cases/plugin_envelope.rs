//! `#[plugin(envelope = "success")]`: every endpoint's metadata carries NAAP's envelope
//! (`.envelope(Envelope::Success)`), but the one that declares `envelope = "none"` for itself.

use btst_runtime::prelude::*;

#[plugin(name = "wrapped", envelope = "success")]
pub mod wrapped {
    use btst_runtime::prelude::*;

    /// Answers `{"success": true, "data": "pong"}`.
    #[endpoint(GET, "/ping")]
    pub async fn ping() -> ApiResult<String> {
        Ok("pong".to_owned())
    }

    /// Answers `true`, bare.
    #[endpoint(GET, "/health", envelope = "none")]
    pub async fn health() -> ApiResult<bool> {
        Ok(true)
    }
}
