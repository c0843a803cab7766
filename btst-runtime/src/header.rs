//! Request headers the runtime reads as one value: `Content-Type`, `Authorization`, the tenant
//! headers, and any an [`Extract`](crate::extract::Extract) argument or identity provider of your
//! own reads through [`single_header`]. A header that arrives on several lines is a 400 naming
//! it, never "the first line wins": a gateway that appends a header instead of replacing it
//! would otherwise let the client choose the value (RFC 9110 §5.3: only list-valued fields may
//! be repeated).

pub(crate) use actix_web::http::header::{HeaderMap, HeaderValue};

use crate::error::{ApiError, Issue};

/// The one value of the header `name`: `Ok(None)` when absent, a 400 `VALIDATION_ERROR` naming
/// the header when the request carries it more than once.
pub(crate) fn single_header<'a>(
    headers: &'a HeaderMap,
    name: &str,
) -> Result<Option<&'a HeaderValue>, ApiError> {
    let mut values = headers.get_all(name);
    let first = values.next();
    if values.next().is_some() {
        return Err(repeated(name));
    }
    Ok(first)
}

/// The issue of a single-valued header sent more than once.
pub(crate) const REPEATED: &str = "is sent more than once; send this header once";

/// The 400 for a single-valued header sent more than once.
pub(crate) fn repeated(name: &str) -> ApiError {
    ApiError::validation(vec![Issue::new(name, REPEATED)])
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::HeaderName;

    use super::*;

    #[test]
    fn a_repeated_header_is_a_400_naming_it() {
        let mut headers = HeaderMap::new();
        let name = HeaderName::from_static("x-team-id");
        headers.append(name.clone(), HeaderValue::from_static("victim"));
        assert_eq!(
            single_header(&headers, "x-team-id").unwrap().unwrap(),
            "victim"
        );
        headers.append(name, HeaderValue::from_static("mallory"));
        let error = single_header(&headers, "x-team-id").expect_err("repeated");
        assert_eq!(error.status().as_u16(), 400);
        assert_eq!(error.issues()[0].path, "x-team-id");
    }
}
