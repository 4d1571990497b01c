//! Framework names and versions become file names (`mappings/soc2@2017.json`,
//! `control-matrix/soc2-2017.html`) and XLSX sheet names: each is checked
//! here, once, so what passes `check` can be written by `build` and
//! `export oscal`.

use std::collections::HashMap;

use super::error::{FRAMEWORK_CASE_CLASH, INVALID_FRAMEWORK_NAME, INVALID_FRAMEWORK_VERSION};
use crate::diagnostic::Diagnostic;
use crate::syntax::ast;

/// The longest framework name, in bytes.
pub const MAX_FRAMEWORK_NAME: usize = 64;
/// The longest framework version, in bytes.
pub const MAX_FRAMEWORK_VERSION: usize = 64;

/// Whether `name` is a framework name: a lower-case letter, then lower-case
/// letters, digits and `-`, at most [`MAX_FRAMEWORK_NAME`] bytes (the
/// grammar takes no other characters; the length is checked here).
pub fn is_framework_name(name: &str) -> bool {
    name.len() <= MAX_FRAMEWORK_NAME
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `version` is a framework version: parts of ASCII letters and
/// digits joined by single dots (`2017`, `5.0.1`, `2.0rc1`), at most
/// [`MAX_FRAMEWORK_VERSION`] bytes. These are the versions a reference
/// (`soc2@2017:CC1.1`) can name; none holds `/`, `\`, `..`, a space, an
/// apostrophe or a control character.
pub fn is_framework_version(version: &str) -> bool {
    version_problem(version).is_none()
}

/// What keeps `version` from being a framework version, if anything.
fn version_problem(version: &str) -> Option<String> {
    if version.len() > MAX_FRAMEWORK_VERSION {
        return Some(format!(
            "{} bytes, more than {MAX_FRAMEWORK_VERSION}",
            version.len()
        ));
    }
    if let Some(c) = version
        .chars()
        .find(|&c| !c.is_ascii_alphanumeric() && c != '.')
    {
        return Some(format!("`{}` is not allowed", shown(&c.to_string())));
    }
    if version.is_empty() {
        Some("empty".to_owned())
    } else if version.contains("..") {
        Some("`..` is not allowed".to_owned())
    } else if version.starts_with('.') || version.ends_with('.') {
        Some("starts or ends with `.`".to_owned())
    } else {
        None
    }
}

/// Diagnostics for the name and version of each framework, and for two
/// frameworks whose `name@version` differ only in case.
pub(super) fn check(frameworks: &[&ast::Framework]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut by_folded: HashMap<String, &ast::Framework> = HashMap::new();
    for &framework in frameworks {
        let (name, version) = (&framework.name, &framework.version);
        let name_ok = is_framework_name(&name.value);
        if !name_ok {
            diagnostics.push(
                Diagnostic::error(
                    INVALID_FRAMEWORK_NAME,
                    name.span,
                    format!(
                        "framework name `{}` is not a valid name",
                        shown(&name.value)
                    ),
                )
                .label(format!("{} bytes", name.value.len()))
                .help(format!(
                    "a framework name is a lower-case letter, then lower-case letters, digits and `-`, at most {MAX_FRAMEWORK_NAME} bytes: it becomes part of file names"
                )),
            );
        }
        let problem = version_problem(&version.value);
        let version_ok = problem.is_none();
        if let Some(label) = problem {
            diagnostics.push(
                Diagnostic::error(
                    INVALID_FRAMEWORK_VERSION,
                    version.span,
                    format!(
                        "framework `{}` has an invalid version `{}`",
                        shown(&name.value),
                        shown(&version.value)
                    ),
                )
                .label(label)
                .help(format!(
                    "a version is ASCII letters and digits in parts joined by single dots (`2017`, `5.0.1`, `2.0rc1`), at most {MAX_FRAMEWORK_VERSION} bytes: it becomes part of file names and references (`NAME@VERSION`)"
                )),
            );
        }
        if !(name_ok && version_ok) {
            continue;
        }
        let folded = format!("{}@{}", name.value, version.value).to_ascii_lowercase();
        if let Some(first) = by_folded.get(&folded) {
            diagnostics.push(
                Diagnostic::error(
                    FRAMEWORK_CASE_CLASH,
                    version.span,
                    format!(
                        "frameworks `{}@{}` and `{}@{}` differ only in case",
                        first.name.value, first.version.value, name.value, version.value
                    ),
                )
                .label("this version")
                .with_secondary(first.version.span, "the same version in another case")
                .help(
                    "their documents would be one file on a case-insensitive file system (macOS, Windows): give one of them another version",
                ),
            );
        } else {
            by_folded.insert(folded, framework);
        }
    }
    diagnostics
}

/// A name or version as a message shows it: control and bidirectional
/// characters escaped, cut after 40 characters.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if c.is_control() || crate::terminal::is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_and_imported_versions_are_valid() {
        for version in [
            "2017", "2023", "1.0", "1.1", "2.0", "5.0.1", "5.1.1.u4", "2.0rc1", "A",
        ] {
            assert!(is_framework_version(version), "{version}");
        }
        for name in [
            "soc2",
            "nist-ai-rmf",
            "nist-ai-600-1",
            "eu-ai-act",
            "nist-sp-800-53-rev5",
        ] {
            assert!(is_framework_name(name), "{name}");
        }
    }

    #[test]
    fn versions_that_are_not_file_names_are_refused() {
        for version in [
            "",
            "1/../../../../victim",
            "..",
            ".",
            "1..2",
            ".1",
            "1.",
            "a/b",
            "a\\b",
            "1'",
            "'1",
            "1 0",
            "1\u{1b}[31m",
            "1-2",
            "é",
            &"1".repeat(MAX_FRAMEWORK_VERSION + 1),
        ] {
            assert!(!is_framework_version(version), "{version:?}");
        }
        assert!(is_framework_version(&"1".repeat(MAX_FRAMEWORK_VERSION)));
        assert!(!is_framework_name(&"a".repeat(MAX_FRAMEWORK_NAME + 1)));
        assert!(!is_framework_name("Acme"));
    }

    #[test]
    fn messages_show_text_escaped_and_cut() {
        assert_eq!(shown("a\u{1b}b'"), "a\\u{1b}b'");
        assert_eq!(shown("\u{202e}"), "\\u{202e}");
        assert_eq!(shown(&"1".repeat(300)), format!("{}…", "1".repeat(40)));
    }
}
