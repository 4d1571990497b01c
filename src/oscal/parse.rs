//! Reading an OSCAL document in any of its three syntaxes into the typed
//! structs of [`super::catalog`], with diagnostics that give the path of the
//! offending field (`catalog.groups[3].controls[7].id`) and its line.
//!
//! The fast path deserializes straight into borrowed structs. Only when that
//! fails is the document read a second time, through `serde_path_to_error`,
//! to learn the path of the field at fault: correct input pays nothing for
//! the detail a wrong one gets.

use super::catalog::Document;
use super::error::{INVALID, MAX_NESTING, SYNTAX, TOO_DEEP, TRUNCATED, YAML_ALIAS};
use super::nesting::{self, Finding};
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

/// The three syntaxes of OSCAL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// JSON.
    Json,
    /// YAML.
    Yaml,
    /// XML.
    Xml,
}

impl Syntax {
    /// By the file's extension, else by its first character.
    pub fn detect(name: &str, text: &str) -> Self {
        let extension = std::path::Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("json") => return Syntax::Json,
            Some("yaml" | "yml") => return Syntax::Yaml,
            Some("xml") => return Syntax::Xml,
            _ => {}
        }
        {
            match text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .chars()
                .next()
            {
                Some('{') => Syntax::Json,
                Some('<') => Syntax::Xml,
                _ => Syntax::Yaml,
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            Syntax::Json => "JSON",
            Syntax::Yaml => "YAML",
            Syntax::Xml => "XML",
        }
    }
}

/// Parses the document.
pub fn parse_document<'t>(
    file: &'t SourceFile,
    file_id: FileId,
    syntax: Syntax,
) -> Result<Document<'t>, Box<Diagnostic>> {
    let text: &'t str = &file.text;
    // Before any parser: nesting and aliases cost them far more than this.
    let finding = match syntax {
        Syntax::Json => nesting::json(text),
        Syntax::Yaml => nesting::yaml(text),
        Syntax::Xml => None,
    };
    if let Some(finding) = finding {
        let (kind, offset, message) = match finding {
            Finding::TooDeep(offset) => (
                Kind::TooDeep,
                offset,
                format!(
                    "its {} nest more than {MAX_NESTING} levels deep",
                    if syntax == Syntax::Json {
                        "arrays and objects"
                    } else {
                        "collections"
                    }
                ),
            ),
            Finding::Alias(offset) => (Kind::Alias, offset, String::new()),
        };
        return Err(Box::new(diagnostic(
            file, file_id, syntax, kind, offset, &message, None,
        )));
    }
    match syntax {
        Syntax::Json => serde_json::from_str(text).map_err(|error| {
            let offset = offset_of(text, error.line(), error.column());
            let path = if error.is_data() {
                let mut de = serde_json::Deserializer::from_str(text);
                match serde_path_to_error::deserialize::<_, Document<'_>>(&mut de) {
                    Err(e) => Some(e.path().to_string()),
                    Ok(_) => None,
                }
            } else {
                None
            };
            let kind = if error.is_eof() {
                Kind::Truncated
            } else if is_recursion_limit(&error.to_string()) {
                Kind::TooDeep
            } else if error.is_data() {
                Kind::Invalid
            } else {
                Kind::Syntax
            };
            Box::new(diagnostic(
                file,
                file_id,
                syntax,
                kind,
                offset,
                &strip_position(&error.to_string()),
                path.as_deref(),
            ))
        }),
        Syntax::Yaml => serde_yaml_ng::from_str(text).map_err(|error| {
            let offset = error.location().map_or(0, |l| l.index());
            let message = strip_position(&error.to_string());
            let path = {
                let de = serde_yaml_ng::Deserializer::from_str(text);
                match serde_path_to_error::deserialize::<_, Document<'_>>(de) {
                    Err(e) => Some(e.path().to_string()).filter(|p| p != "."),
                    Ok(_) => None,
                }
            };
            // The YAML message may start with the path; the diagnostic
            // gives it once.
            let message = match &path {
                Some(p) => message
                    .strip_prefix(&format!("{p}: "))
                    .map_or(message.clone(), str::to_owned),
                None => message,
            };
            let kind = if message.contains("end of stream") || message.contains("EOF") {
                Kind::Truncated
            } else if is_recursion_limit(&message) {
                Kind::TooDeep
            } else if path.is_some() && !message.contains("while") {
                Kind::Invalid
            } else {
                Kind::Syntax
            };
            Box::new(diagnostic(
                file,
                file_id,
                syntax,
                kind,
                offset,
                &message,
                path.as_deref(),
            ))
        }),
        Syntax::Xml => super::xml::parse(text).map_err(|error| {
            let kind = if error.truncated {
                Kind::Truncated
            } else if error.too_deep {
                Kind::TooDeep
            } else if error.path.is_some() {
                Kind::Invalid
            } else {
                Kind::Syntax
            };
            Box::new(diagnostic(
                file,
                file_id,
                syntax,
                kind,
                error.offset,
                &error.message,
                error.path.as_deref(),
            ))
        }),
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Syntax,
    Truncated,
    Invalid,
    TooDeep,
    Alias,
}

/// The parsers' own depth limit (128 for `serde_json` and `serde_yaml_ng`),
/// reached by what the scan before them does not count (YAML block
/// collections in compact forms).
fn is_recursion_limit(message: &str) -> bool {
    message.contains("recursion limit exceeded")
}

fn diagnostic(
    file: &SourceFile,
    file_id: FileId,
    syntax: Syntax,
    kind: Kind,
    offset: usize,
    message: &str,
    path: Option<&str>,
) -> Diagnostic {
    let offset = offset.min(file.text.len());
    let offset = (0..=offset)
        .rev()
        .find(|&i| file.text.is_char_boundary(i))
        .unwrap_or(0);
    let end = file.text[offset..]
        .char_indices()
        .nth(1)
        .map_or(offset, |(i, _)| offset + i);
    let span = Span::new(file_id, offset, end);
    let format = syntax.name();
    let at = path.map_or(String::new(), |p| format!(" at `{p}`"));
    match kind {
        Kind::Truncated => Diagnostic::error(
            TRUNCATED,
            span,
            format!("`{}` ends in the middle of the OSCAL {format} document", file.name),
        )
        .label("the document stops here")
        .help("the file looks cut short (an interrupted download or copy?); fetch it again"),
        Kind::Invalid => Diagnostic::error(
            INVALID,
            span,
            format!("`{}` is not a valid OSCAL catalog{at}: {message}", file.name),
        )
        .label(match path {
            Some(p) => format!("at `{p}`"),
            None => "here".to_owned(),
        })
        .help("the OSCAL 1.x catalog model gives each field's name and type; compare the field at this path with it"),
        Kind::TooDeep => Diagnostic::error(
            TOO_DEEP,
            span,
            format!("`{}` nests too deep for an OSCAL catalog: {message}", file.name),
        )
        .label("one level too many")
        .help(format!("OSCAL catalogs nest about 16 levels (SP 800-53); import reads up to {MAX_NESTING}. A file this deep is not a catalog, or was made to exhaust the reader")),
        Kind::Alias => Diagnostic::error(
            YAML_ALIAS,
            span,
            format!("`{}` uses a YAML alias, which import does not expand", file.name),
        )
        .label("alias")
        .help("each alias repeats its anchor, and nested ones multiply it; write the content out in full, as the NIST catalogs do"),
        Kind::Syntax => Diagnostic::error(
            SYNTAX,
            span,
            format!("`{}` is not well-formed {format}{at}: {message}", file.name),
        )
        .label(format!("not valid {format}"))
        .help(format!("fix the {format} syntax here; an OSCAL validator or a {format} linter shows the same spot")),
    }
}

/// The byte offset of a 1-based line and column (`serde_json` counts columns
/// in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// A parser message without its trailing ` at line L column C`: the
/// diagnostic shows the position itself.
fn strip_position(message: &str) -> String {
    message
        .find(" at line ")
        .map_or(message, |i| &message[..i])
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_is_detected() {
        assert_eq!(Syntax::detect("a.JSON", ""), Syntax::Json);
        assert_eq!(Syntax::detect("a.yml", ""), Syntax::Yaml);
        assert_eq!(Syntax::detect("a", " <catalog/>"), Syntax::Xml);
        assert_eq!(Syntax::detect("a", "\n{}"), Syntax::Json);
        assert_eq!(Syntax::detect("a", "catalog:"), Syntax::Yaml);
    }

    #[test]
    fn offsets_follow_lines_and_columns() {
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
        assert_eq!(offset_of("ab\ncd", 1, 1), 0);
        assert_eq!(offset_of("ab", 9, 9), 2);
    }
}
#[cfg(test)]
mod borrow_tests {
    #[test]
    fn strings_are_borrowed() {
        let text = r#"{"catalog": {"uuid": "u", "metadata": {"title": "t", "version": "1", "oscal-version": "2.0.0"}}}"#;
        let d: super::Document<'_> = serde_json::from_str(text).unwrap();
        let c = d.catalog.unwrap();
        assert!(matches!(
            c.metadata.oscal_version.0,
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
