//! `/sitemap.xml` (the [sitemaps.org protocol 0.9](https://www.sitemaps.org/protocol.html)):
//! the public pages of every plugin, from its `#[sitemap]` functions (BTST's client plugins
//! declare `sitemap` entries the same way). The XML is written by the `sitemap-rs` crate.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use chrono::{DateTime, FixedOffset, Utc};
use sitemap_rs::url::{ChangeFrequency as RsChangeFrequency, Url};
use sitemap_rs::url_set::UrlSet;

use crate::error::{ApiError, ApiResult};
use crate::timestamp::Timestamp;

/// The most URLs one sitemap may list (sitemaps.org); more are left out, with a warning.
pub const MAX_SITEMAP_URLS: usize = 50_000;

/// One public page: where it is and, optionally, when it last changed, how often it changes
/// and its priority among the site's pages (sitemaps.org's `loc`, `lastmod`, `changefreq`,
/// `priority`).
#[derive(Debug, Clone, PartialEq)]
pub struct SitemapEntry {
    /// A path on the site (`/blog/hello-world`), joined to the Stack's
    /// [`public_url`](crate::Stack::public_url), or an absolute `http(s)://` URL, kept as it is.
    pub location: String,
    /// When the page last changed (`lastmod`).
    pub last_modified: Option<Timestamp>,
    /// How often it changes (`changefreq`), a hint to crawlers.
    pub change_frequency: Option<ChangeFrequency>,
    /// Its priority among the site's pages, 0.0 to 1.0 (`priority`; crawlers assume 0.5).
    pub priority: Option<f32>,
}

impl SitemapEntry {
    /// A page at `location` (a path such as `/blog/hello-world`, or an absolute URL).
    pub fn new(location: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            last_modified: None,
            change_frequency: None,
            priority: None,
        }
    }

    /// With the time the page last changed.
    #[must_use]
    pub fn last_modified(mut self, at: Timestamp) -> Self {
        self.last_modified = Some(at);
        self
    }

    /// With how often the page changes.
    #[must_use]
    pub fn change_frequency(mut self, frequency: ChangeFrequency) -> Self {
        self.change_frequency = Some(frequency);
        self
    }

    /// With its priority, 0.0 to 1.0 (an entry out of range makes `/sitemap.xml` a 500 naming
    /// it).
    #[must_use]
    pub fn priority(mut self, priority: f32) -> Self {
        self.priority = Some(priority);
        self
    }
}

/// How often a page changes (sitemaps.org's `changefreq`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeFrequency {
    /// Changes each time it is read.
    Always,
    /// `hourly`
    Hourly,
    /// `daily`
    Daily,
    /// `weekly`
    Weekly,
    /// `monthly`
    Monthly,
    /// `yearly`
    Yearly,
    /// Archived.
    Never,
}

impl From<ChangeFrequency> for RsChangeFrequency {
    fn from(frequency: ChangeFrequency) -> Self {
        match frequency {
            ChangeFrequency::Always => Self::Always,
            ChangeFrequency::Hourly => Self::Hourly,
            ChangeFrequency::Daily => Self::Daily,
            ChangeFrequency::Weekly => Self::Weekly,
            ChangeFrequency::Monthly => Self::Monthly,
            ChangeFrequency::Yearly => Self::Yearly,
            ChangeFrequency::Never => Self::Never,
        }
    }
}

/// What a plugin's `#[sitemap]` functions return, together.
pub type SitemapFuture = Pin<Box<dyn Future<Output = ApiResult<Vec<SitemapEntry>>>>>;

/// The entries of several `#[sitemap]` functions, in order; the first error ends it.
#[doc(hidden)]
pub fn sitemaps(functions: Vec<SitemapFuture>) -> SitemapFuture {
    Box::pin(async move {
        let mut entries = Vec::new();
        for function in functions {
            entries.extend(function.await?);
        }
        Ok(entries)
    })
}

/// Serves `/sitemap.xml` from `sources`: each plugin's name and its `#[sitemap]` functions'
/// entries, in the Stack's order. `public_url` is the Stack's; without one, the request's own
/// scheme and host (as actix's `ConnectionInfo` reads them, `Forwarded` and `X-Forwarded-*`
/// included).
pub(crate) async fn serve(
    request: HttpRequest,
    sources: Vec<(&'static str, SitemapFuture)>,
    public_url: Option<Arc<str>>,
) -> HttpResponse {
    let origin = public_url.map_or_else(
        || {
            let info = request.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        },
        |url| url.trim_end_matches('/').to_owned(),
    );
    match document(sources, &origin).await {
        Ok(xml) => HttpResponse::Ok()
            .insert_header((
                CONTENT_TYPE,
                HeaderValue::from_static("application/xml; charset=utf-8"),
            ))
            .insert_header((CACHE_CONTROL, HeaderValue::from_static("no-cache")))
            .body(xml),
        Err(error) => error.error_response(),
    }
}

async fn document(sources: Vec<(&'static str, SitemapFuture)>, origin: &str) -> ApiResult<Vec<u8>> {
    let mut urls = Vec::new();
    'sources: for (plugin, entries) in sources {
        for entry in entries.await? {
            if urls.len() == MAX_SITEMAP_URLS {
                tracing::warn!(
                    max = MAX_SITEMAP_URLS,
                    "/sitemap.xml lists the first {MAX_SITEMAP_URLS} URLs only (sitemaps.org's limit)"
                );
                break 'sources;
            }
            urls.push(url(plugin, &entry, origin)?);
        }
    }
    let set = UrlSet::new(urls).map_err(|error| ApiError::internal(format!("sitemap: {error}")))?;
    let mut xml = Vec::new();
    set.write(&mut xml)
        .map_err(|error| ApiError::internal(format!("sitemap: {error:?}")))?;
    Ok(xml)
}

/// `entry` as sitemap-rs's `Url`, its location made absolute.
fn url(plugin: &str, entry: &SitemapEntry, origin: &str) -> ApiResult<Url> {
    let location =
        if entry.location.starts_with("http://") || entry.location.starts_with("https://") {
            entry.location.clone()
        } else if entry.location.starts_with('/') {
            format!("{origin}{}", entry.location)
        } else {
            format!("{origin}/{}", entry.location)
        };
    let mut url = Url::builder(location);
    if let Some(at) = entry.last_modified {
        let utc: DateTime<Utc> = at.to_datetime();
        url.last_modified(utc.with_timezone(&FixedOffset::east_opt(0).expect("UTC is an offset")));
    }
    if let Some(frequency) = entry.change_frequency {
        url.change_frequency(frequency.into());
    }
    if let Some(priority) = entry.priority {
        url.priority(priority);
    }
    url.build().map_err(|error| {
        ApiError::internal(format!(
            "the `{plugin}` plugin's sitemap entry `{}`: {error}",
            entry.location
        ))
    })
}
