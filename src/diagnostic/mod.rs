//! Diagnostics as data: every stage collects them, the CLI renders them.
//!
//! A [`Diagnostic`] carries a stable code (`crosswalk::resolve::unknown_requirement`),
//! a message naming the objects, a primary span with a label, optional
//! secondary labels (possibly in other files) and a help line. Rendering to
//! text goes through miette's graphical handler; rendering to JSON is plain
//! serde. Stages never print.

use std::fmt;

use serde::Serialize;

use crate::source::{SourceSet, Span};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong; no output can be trusted.
    Error,
    /// The input is valid but probably not what was meant.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A labelled span that explains part of a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there (lower case, no full stop).
    pub text: String,
}

/// One finding about the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable, searchable code such as `crosswalk::syntax::unexpected`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// One line, lower case, naming the objects involved.
    pub message: String,
    /// The primary location and what is wrong there.
    pub primary: Label,
    /// Further locations (a first definition, the other end of a pair).
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with `code` at `span`.
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, span, message)
    }

    /// A warning with `code` at `span`.
    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, span, message)
    }

    fn new(severity: Severity, code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
            severity,
            message: message.into(),
            primary: Label {
                span,
                text: String::new(),
            },
            secondary: Vec::new(),
            help: None,
        }
    }

    /// Sets the primary label's text.
    #[must_use]
    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.primary.text = text.into();
        self
    }

    /// Adds a secondary label.
    #[must_use]
    pub fn with_secondary(mut self, span: Span, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// Sets the help line.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (Span, &'static str, &str) {
        (self.primary.span, self.code, &self.message)
    }
}

/// The diagnostics of one run, gathered from every stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No diagnostics.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds all of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Whether any is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// How many warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The diagnostics in report order: by file, position, then code, with
    /// exact repeats removed.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
        self.items
    }
}

impl From<Vec<Diagnostic>> for Diagnostics {
    fn from(items: Vec<Diagnostic>) -> Self {
        Self { items }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A diagnostic in the stable JSON shape of `crosswalk check --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic<'a> {
    /// Stable code.
    pub code: &'a str,
    /// `error` or `warning`.
    pub severity: Severity,
    /// File name as shown in text output.
    pub file: &'a str,
    /// 1-based line of the primary span's start.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 1-based line of the primary span's end.
    pub end_line: usize,
    /// 1-based column of the primary span's end.
    pub end_column: usize,
    /// The message.
    pub message: &'a str,
    /// The primary label.
    pub label: &'a str,
    /// The help line, if any.
    pub help: Option<&'a str>,
    /// The other places the diagnostic points at ("first defined here"),
    /// left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<JsonLabel<'a>>,
}

/// A secondary label in the JSON shape: where, and what it says.
#[derive(Debug, Clone, Serialize)]
pub struct JsonLabel<'a> {
    /// File name as shown in text output.
    pub file: &'a str,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 1-based line of the span's end.
    pub end_line: usize,
    /// 1-based column of the span's end.
    pub end_column: usize,
    /// What the label says.
    pub label: &'a str,
}

impl<'a> JsonLabel<'a> {
    fn new(label: &'a Label, sources: &'a SourceSet) -> Self {
        let file = sources.get(label.span.file);
        let (line, column) = file.line_col(label.span.start);
        let (end_line, end_column) = file.line_col(label.span.end);
        JsonLabel {
            file: &file.name,
            line,
            column,
            end_line,
            end_column,
            label: &label.text,
        }
    }
}

impl Diagnostic {
    /// The JSON view of this diagnostic.
    pub fn to_json<'a>(&'a self, sources: &'a SourceSet) -> JsonDiagnostic<'a> {
        let primary = JsonLabel::new(&self.primary, sources);
        JsonDiagnostic {
            code: self.code,
            severity: self.severity,
            file: primary.file,
            line: primary.line,
            column: primary.column,
            end_line: primary.end_line,
            end_column: primary.end_column,
            message: &self.message,
            label: primary.label,
            help: self.help.as_deref(),
            related: self
                .secondary
                .iter()
                .map(|l| JsonLabel::new(l, sources))
                .collect(),
        }
    }
}

mod code;
mod excerpt;
mod render;

pub use code::Code;
pub use render::{TextStyle, render_json, render_text};
