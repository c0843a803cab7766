//! The Stack's documentation routes: `/openapi.json` (the merged document, serialised once) and
//! Swagger UI at `/docs` (utoipa-swagger-ui's vendored files, offline). Each is a resource of its
//! own, so another method answers 405 with `Allow` like every route, and each answer carries an
//! `ETag` and `Cache-Control`, so a browser revalidates it with `If-None-Match` and gets a 304
//! (RFC 9110 §13.1.2) instead of the whole document or asset again.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex};

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::{self, Bytes, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use utoipa::openapi::OpenApi;
use utoipa_swagger_ui::Config;

use crate::endpoint::resource;
use crate::error::ApiError;
use crate::method::Method;

/// Where the document is served.
pub(crate) const DOCUMENT_PATH: &str = "/openapi.json";

/// What `/openapi.json` and `/docs` serve, made once when the Stack opens.
pub(crate) struct Docs {
    document: Cached,
    swagger: Arc<Config<'static>>,
    /// The `ETag` of each Swagger UI file, computed on its first request.
    asset_tags: Mutex<HashMap<String, HeaderValue>>,
}

/// A body and its entity tag.
struct Cached {
    body: Bytes,
    etag: HeaderValue,
}

impl Cached {
    fn new(body: Bytes) -> Self {
        let etag = entity_tag(&body);
        Self { body, etag }
    }
}

/// A strong entity tag of `bytes` (a hash of the content: equal bytes, equal tags).
fn entity_tag(bytes: &[u8]) -> HeaderValue {
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish())).expect("a quoted hex string")
}

impl Docs {
    pub(crate) fn new(document: &OpenApi) -> Self {
        let body = serde_json::to_vec(document).expect("an OpenAPI document serialises");
        Self {
            document: Cached::new(Bytes::from(body)),
            swagger: Arc::new(Config::new([DOCUMENT_PATH])),
            asset_tags: Mutex::new(HashMap::new()),
        }
    }

    /// Registers `/openapi.json`, `/docs` (a redirect to `/docs/`) and `/docs/{file}`.
    pub(crate) fn configure(self: &Arc<Self>, config: &mut ServiceConfig) {
        let docs = Arc::clone(self);
        config.service(
            resource("", DOCUMENT_PATH, &[Method::Get]).route(web::get().to(
                move |request: HttpRequest| {
                    let docs = Arc::clone(&docs);
                    async move {
                        let document = &docs.document;
                        answer(
                            &request,
                            &document.etag,
                            "application/json",
                            // Revalidate every time: the document changes with a new build.
                            "no-cache",
                            None,
                            document.body.clone(),
                        )
                    }
                },
            )),
        );
        config.service(
            resource("", "/docs", &[Method::Get]).route(web::get().to(|| async {
                HttpResponse::PermanentRedirect()
                    .insert_header((header::LOCATION, "/docs/"))
                    .finish()
            })),
        );
        let docs = Arc::clone(self);
        config.service(
            resource("", "/docs/{file:.*}", &[Method::Get]).route(web::get().to(
                move |request: HttpRequest| {
                    let docs = Arc::clone(&docs);
                    async move { docs.asset(&request) }
                },
            )),
        );
    }

    /// A Swagger UI file (`index.html` for `/docs/`).
    fn asset(&self, request: &HttpRequest) -> HttpResponse {
        let path = request.match_info().get("file").unwrap_or_default();
        let file = match utoipa_swagger_ui::serve(path, Arc::clone(&self.swagger)) {
            Ok(Some(file)) => file,
            Ok(None) => return ApiError::not_found("no such file").error_response(),
            Err(error) => {
                return ApiError::internal(format_args!("Swagger UI: {error}")).error_response();
            }
        };
        let etag = {
            let mut tags = self
                .asset_tags
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            tags.entry(path.to_owned())
                .or_insert_with(|| entity_tag(&file.bytes))
                .clone()
        };
        let encoding = file.gzpipped.then_some("gzip");
        answer(
            request,
            &etag,
            &file.content_type,
            // The files change only with a new build; revalidate after a day.
            "public, max-age=86400",
            encoding,
            Bytes::from(file.bytes.into_owned()),
        )
    }
}

/// `body` with its `ETag` and `Cache-Control`, or 304 Not Modified when `If-None-Match` names
/// the tag (or is `*`).
fn answer(
    request: &HttpRequest,
    etag: &HeaderValue,
    content_type: &str,
    cache_control: &'static str,
    encoding: Option<&'static str>,
    body: Bytes,
) -> HttpResponse {
    let matches = request
        .headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .any(|tag| tag == "*" || tag.trim_start_matches("W/").as_bytes() == etag.as_bytes());
    let mut response = HttpResponse::build(if matches {
        StatusCode::NOT_MODIFIED
    } else {
        StatusCode::OK
    });
    response
        .insert_header((header::ETAG, etag.clone()))
        .insert_header((header::CACHE_CONTROL, cache_control));
    if matches {
        return response.finish();
    }
    if let Some(encoding) = encoding {
        response.insert_header((header::CONTENT_ENCODING, encoding));
    }
    response.content_type(content_type).body(body)
}
