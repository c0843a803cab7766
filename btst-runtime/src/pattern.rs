//! `#[field(pattern = "..")]`: whether a text value contains a match of the field's regular
//! expression, compiled once per pattern (regex-lite) and kept for the life of the process.

use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use regex_lite::Regex;

/// The compiled patterns, by source. A field's pattern is a `&'static str` of its metadata, so
/// the map holds at most one entry per declared pattern.
fn compiled() -> &'static RwLock<HashMap<&'static str, Regex>> {
    static COMPILED: OnceLock<RwLock<HashMap<&'static str, Regex>>> = OnceLock::new();
    COMPILED.get_or_init(RwLock::default)
}

/// Whether `text` contains a match of `pattern` (JSON Schema's `pattern`: unanchored). A pattern
/// that does not compile matches nothing: `#[field]` refuses such a pattern at compile time, so
/// only hand-built metadata can hold one, and then every value is refused rather than let
/// through.
pub(crate) fn matches(pattern: &'static str, text: &str) -> bool {
    if let Some(regex) = compiled()
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(pattern)
    {
        return regex.is_match(text);
    }
    let Ok(regex) = Regex::new(pattern) else {
        tracing::error!(
            pattern,
            "a field's pattern does not compile; every value is refused"
        );
        return false;
    };
    let found = regex.is_match(text);
    compiled()
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(pattern, regex);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_unanchored_unless_anchored() {
        assert!(matches("[A-Za-z0-9]", "?!a"));
        assert!(!matches("[A-Za-z0-9]", "?!"));
        assert!(matches("^0x[0-9a-f]{4}$", "0x00ff"));
        assert!(!matches("^0x[0-9a-f]{4}$", "0x00ff0"));
        // Compiled once, then read from the map.
        assert!(matches("[A-Za-z0-9]", "b"));
        assert!(
            !matches("(", "("),
            "a pattern that does not compile refuses"
        );
    }
}
