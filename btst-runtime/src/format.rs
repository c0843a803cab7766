//! `#[field(format = "..")]`: the text formats a field can require, each checked by a well-kept
//! library and stated in the document as JSON Schema's `format` (OpenAPI 3.1 §4.2, JSON Schema
//! Validation §7.3), which generated clients and validators read.

/// A text format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// `format = "email"`: an address as RFC 5322's `addr-spec` (`name@example.com`; no display
    /// name), checked by the [`email_address`](https://docs.rs/email_address) crate.
    Email,
    /// `format = "uri"`: an absolute URL with a scheme (`https://example.com/a`), checked by the
    /// [`url`](https://docs.rs/url) crate (the WHATWG URL Standard's parser).
    Uri,
    /// `format = "uuid"`: a UUID in its hyphenated form (RFC 9562), checked by the
    /// [`uuid`](https://docs.rs/uuid) crate.
    Uuid,
}

impl Format {
    /// Its name in the document and in `#[field(format = "..")]`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Uri => "uri",
            Self::Uuid => "uuid",
        }
    }

    /// Whether `text` is in this format.
    pub fn accepts(self, text: &str) -> bool {
        match self {
            Self::Email => email_address::EmailAddress::parse_with_options(
                text,
                email_address::Options::default().without_display_text(),
            )
            .is_ok(),
            Self::Uri => url::Url::parse(text).is_ok(),
            // The hyphenated form only: `uuid` also parses the simple, braced and URN forms,
            // which JSON Schema's `uuid` (RFC 9562's string form) does not allow.
            Self::Uuid => text.len() == 36 && uuid::Uuid::try_parse(text).is_ok(),
        }
    }

    /// What a value must be, for a 400's message.
    pub(crate) const fn expected(self) -> &'static str {
        match self {
            Self::Email => "must be an email address (name@example.com)",
            Self::Uri => "must be an absolute URL (https://example.com/path)",
            Self::Uuid => "must be a UUID (01890a5d-ac96-774b-bcce-b302099a8057)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn each_format_accepts_its_values_and_refuses_others() {
        for (format, good, bad) in [
            (
                Format::Email,
                &["ada@example.com", "a.b+c@sub.example.org"][..],
                &[
                    "",
                    "ada",
                    "ada@",
                    "@example.com",
                    "Ada <ada@example.com>",
                    "a b@example.com",
                ][..],
            ),
            (
                Format::Uri,
                &[
                    "https://example.com",
                    "http://localhost:8080/a?b#c",
                    "mailto:ada@example.com",
                ],
                &["", "example.com", "/relative/path", "https://"],
            ),
            (
                Format::Uuid,
                &[
                    "01890a5d-ac96-774b-bcce-b302099a8057",
                    "00000000-0000-0000-0000-000000000000",
                ],
                &[
                    "",
                    "01890a5dac96774bbcceb302099a8057",
                    "{01890a5d-ac96-774b-bcce-b302099a8057}",
                    "01890a5d-ac96-774b-bcce-b302099a805",
                ],
            ),
        ] {
            for value in good {
                assert!(format.accepts(value), "{} accepts {value:?}", format.name());
            }
            for value in bad {
                assert!(
                    !format.accepts(value),
                    "{} refuses {value:?}",
                    format.name()
                );
            }
        }
    }
}
