//! Typed HTTP clients of plugins (feature `client`). `#[plugin]` generates a `Client` in each
//! plugin module, one `async` method per endpoint taking and returning the plugin's own types
//! (BTST's `createApiClient<Router>`, typed from the same declarations as the server). Every
//! generated client sends its requests through an [`ApiClient`]: the base URL, a
//! [`reqwest::Client`](https://docs.rs/reqwest/0.12/reqwest/struct.Client.html), and the headers sent with every request (the caller's credentials, a
//! tenant).
//!
//! The client's futures need a Tokio runtime (reqwest's): inside a Stack's handlers, hooks or
//! getters just `.await` them; in a program of its own, run them with
//! [`Stack::block_on`](crate::Stack::block_on) or under `#[tokio::main]`.
//!
//! ```no_run
//! # #[btst_runtime::plugin(name = "todos")]
//! # mod todos {
//! #     use btst_runtime::prelude::*;
//! #     #[model]
//! #     pub struct Todo { pub title: String }
//! #     #[endpoint(POST, "/todos")]
//! #     pub async fn create_todo(db: Db, body: Json<NewTodo>) -> ApiResult<Todo> { db.create(body.into_inner()).await }
//! # }
//! use btst_runtime::{ApiClient, ClientError};
//!
//! async fn add(title: &str) -> Result<todos::Todo, ClientError> {
//!     let client = todos::Client::new(
//!         ApiClient::new("http://127.0.0.1:8080/api/data").header("authorization", "Bearer alice")?,
//!     );
//!     client.create_todo(&todos::NewTodo { title: title.to_owned() }).await
//! }
//! ```

use std::fmt;

use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::extract::encode_path_segment;
use crate::method::Method;

/// Where a plugin's client sends its requests, and how: the base URL (the Stack's address and
/// base path, `http://127.0.0.1:8080/api/data`), a [`reqwest::Client`](https://docs.rs/reqwest/0.12/reqwest/struct.Client.html) (connection pool, TLS,
/// proxies, timeouts), and headers sent with every request. Cloning it is cheap: clones share
/// the connection pool.
#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base_url: String,
    headers: HeaderMap,
}

/// Why a client's call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// The server answered with an error status: its problem+json, decoded
    /// ([`ApiError::status`], [`ApiError::code`], [`ApiError::issues`]).
    Api(ApiError),
    /// No answer: the connection failed or was cut, or a timeout of the [`reqwest::Client`](https://docs.rs/reqwest/0.12/reqwest/struct.Client.html).
    Transport(reqwest::Error),
    /// An answer with a success status whose body is not the endpoint's declared type.
    Decode {
        /// The answer's status.
        status: u16,
        /// What serde found.
        message: String,
    },
    /// A request that cannot be sent: a header value or a query that does not encode.
    Encode(String),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(error) => write!(f, "the server answered {error}"),
            Self::Transport(error) => {
                write!(f, "no answer from the server: {error}")?;
                // reqwest's message names the URL; the reason (connection refused, a
                // timeout) is in its sources.
                let mut source = std::error::Error::source(error);
                while let Some(cause) = source {
                    write!(f, ": {cause}")?;
                    source = cause.source();
                }
                Ok(())
            }
            Self::Decode { status, message } => {
                write!(
                    f,
                    "an answer ({status}) that is not the declared type: {message}"
                )
            }
            Self::Encode(message) => write!(f, "a request that cannot be sent: {message}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Api(error) => Some(error),
            Self::Transport(error) => Some(error),
            Self::Decode { .. } | Self::Encode(_) => None,
        }
    }
}

impl From<reqwest::Error> for ClientError {
    fn from(error: reqwest::Error) -> Self {
        Self::Transport(error)
    }
}

impl ClientError {
    /// The server's error, when it answered with one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(error) => Some(error),
            _ => None,
        }
    }
}

impl ApiClient {
    /// A client of the Stack at `base_url` (its address and base path, without a trailing
    /// `/`: `http://127.0.0.1:8080/api/data`), over a new [`reqwest::Client`](https://docs.rs/reqwest/0.12/reqwest/struct.Client.html) with reqwest's
    /// defaults. Plain `http` only, unless your crate enables a TLS feature of reqwest (Cargo
    /// unifies features, so `reqwest = { version = "0.12", features = ["rustls-tls"] }` in your
    /// manifest gives this client `https`).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http(base_url, reqwest::Client::new())
    }

    /// A client of the Stack at `base_url` over `http`, a [`reqwest::Client`](https://docs.rs/reqwest/0.12/reqwest/struct.Client.html) you built
    /// (timeouts, proxies, TLS roots).
    pub fn with_http(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let mut base_url = base_url.into();
        while base_url.ends_with('/') {
            base_url.pop();
        }
        Self {
            http,
            base_url,
            headers: HeaderMap::new(),
        }
    }

    /// The same client, sending `name: value` with every request (replacing an earlier value of
    /// `name`): `authorization`, `x-team-id`. [`ClientError::Encode`] if either is not a valid
    /// header name or value.
    pub fn header(mut self, name: &str, value: &str) -> Result<Self, ClientError> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| ClientError::Encode(format!("`{name}` is not a header name")))?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            ClientError::Encode(format!("the value of `{name}` is not a header value"))
        })?;
        self.headers.insert(name, value);
        Ok(self)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends one request and decodes its answer: `T` from the JSON of a success, the problem+json
    /// of an error status as [`ClientError::Api`]. `path` is the route with its parameters
    /// already filled in ([`segment`]); `query`, the encoded query string ([`query`]).
    #[doc(hidden)]
    pub async fn send<B, T>(
        &self,
        method: Method,
        path: &str,
        query: Option<String>,
        body: Option<&B>,
    ) -> Result<T, ClientError>
    where
        B: Serialize + ?Sized,
        T: DeserializeOwned,
    {
        let (status, bytes) = self.exchange(method, path, query, body).await?;
        serde_json::from_slice(&bytes).map_err(|error| ClientError::Decode {
            status,
            message: error.to_string(),
        })
    }

    /// [`ApiClient::send`] to an endpoint whose answers are in NAAP's envelope
    /// ([`Envelope::Success`](crate::Envelope::Success)): `T` is read from `data` (absent for `()`, a NAAP delete's
    /// `{"success": true}`); an error is problem+json as always.
    #[doc(hidden)]
    pub async fn send_enveloped<B, T>(
        &self,
        method: Method,
        path: &str,
        query: Option<String>,
        body: Option<&B>,
    ) -> Result<T, ClientError>
    where
        B: Serialize + ?Sized,
        T: DeserializeOwned,
    {
        #[derive(serde::Deserialize)]
        struct Success {
            success: bool,
            #[serde(default)]
            data: serde_json::Value,
        }
        let (status, bytes) = self.exchange(method, path, query, body).await?;
        let decode = |message: String| ClientError::Decode { status, message };
        let envelope: Success =
            serde_json::from_slice(&bytes).map_err(|error| decode(error.to_string()))?;
        if !envelope.success {
            return Err(decode("`success` is false in a success status".to_owned()));
        }
        serde_json::from_value(envelope.data).map_err(|error| decode(error.to_string()))
    }

    /// One request: the success status and body, or the error status's problem decoded.
    async fn exchange<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        query: Option<String>,
        body: Option<&B>,
    ) -> Result<(u16, actix_web::web::Bytes), ClientError> {
        let mut url = format!("{}{path}", self.base_url);
        if let Some(query) = query.filter(|query| !query.is_empty()) {
            url.push('?');
            url.push_str(&query);
        }
        let method = reqwest::Method::from_bytes(method.as_str().as_bytes())
            .map_err(|_| ClientError::Encode(format!("the method {}", method.as_str())))?;
        let mut request = self.http.request(method, url).headers(self.headers.clone());
        if let Some(body) = body {
            let json =
                serde_json::to_vec(body).map_err(|error| ClientError::Encode(error.to_string()))?;
            request = request
                .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                .body(json);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        if !(200..300).contains(&status) {
            return Err(ClientError::Api(ApiError::from_problem(status, &bytes)));
        }
        Ok((status, bytes))
    }
}

/// The body of a request that has none.
#[doc(hidden)]
pub const NO_BODY: Option<&()> = None;

/// A path parameter as one path segment: its text, percent-encoded so that it stays one
/// segment (the server decodes it exactly once). `.` and `..` are [`ClientError::Encode`]: URL
/// parsers remove those segments however they are written.
#[doc(hidden)]
pub fn segment<T: fmt::Display + ?Sized>(value: &T) -> Result<String, ClientError> {
    let text = value.to_string();
    if text == "." || text == ".." {
        return Err(ClientError::Encode(format!(
            "`{text}` cannot be sent as a path segment (URLs remove dot segments)"
        )));
    }
    Ok(encode_path_segment(&text))
}

/// A query argument as a query string (`application/x-www-form-urlencoded`, serde_urlencoded).
#[doc(hidden)]
pub fn query<Q: Serialize + ?Sized>(value: &Q) -> Result<String, ClientError> {
    serde_urlencoded::to_string(value)
        .map_err(|error| ClientError::Encode(format!("the query: {error}")))
}

/// The query strings of an endpoint's query arguments (a filter and a page), as one.
#[doc(hidden)]
pub fn join_queries(parts: Vec<String>) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().filter(|part| !part.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_stay_one_segment() {
        assert_eq!(segment("a/b").ok().as_deref(), Some("a%2Fb"));
        assert_eq!(segment("100%").ok().as_deref(), Some("100%25"));
        assert_eq!(
            segment("École ?#").ok().as_deref(),
            Some("%C3%89cole%20%3F%23")
        );
        assert_eq!(segment("a-b.c_d~e").ok().as_deref(), Some("a-b.c_d~e"));
        assert_eq!(segment(&42).ok().as_deref(), Some("42"));
        assert!(matches!(segment(".."), Err(ClientError::Encode(_))));
    }

    #[test]
    fn base_urls_lose_their_trailing_slashes_and_bad_headers_are_refused() {
        let client = ApiClient::new("http://127.0.0.1:1/api/");
        assert_eq!(client.base_url(), "http://127.0.0.1:1/api");
        assert!(matches!(
            client.clone().header("bad name", "x"),
            Err(ClientError::Encode(_))
        ));
        assert!(matches!(
            client.header("x-team-id", "line\nbreak"),
            Err(ClientError::Encode(_))
        ));
    }
}
