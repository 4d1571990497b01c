//! Rendering diagnostics for people (miette's graphical report) and for
//! machines (JSON).

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};
use serde::Serialize;

use super::excerpt::Excerpt;
use super::{Diagnostic, JsonDiagnostic, Label, Severity};
use crate::source::SourceSet;
use crate::terminal::lines as visible;
use crate::wording::plural;

/// How text diagnostics look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStyle {
    /// Unicode box drawing with ANSI colours, for a terminal.
    Colour,
    /// Unicode box drawing without colour: stable, used in tests and pipes.
    Plain,
}

/// Renders diagnostics as miette graphical reports, followed by a summary
/// line, at the given width.
pub fn render_text(
    diagnostics: &[Diagnostic],
    sources: &SourceSet,
    style: TextStyle,
    width: usize,
) -> String {
    let theme = match style {
        TextStyle::Colour => GraphicalTheme::unicode(),
        TextStyle::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let report = Report::new(diagnostic, sources);
        if handler.render_report(&mut out, &report).is_err() {
            // Rendering only fails when writing to the String fails, which it
            // cannot; keep the plain message in that impossible case.
            out.push_str(&diagnostic.message);
        }
        out.push('\n');
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    out.push_str(&summary_line(errors, warnings));
    out.push('\n');
    out
}

fn summary_line(errors: usize, warnings: usize) -> String {
    match (errors, warnings) {
        (0, 0) => "no problems found".to_owned(),
        (e, 0) => plural(e, "error"),
        (0, w) => plural(w, "warning"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}

/// The JSON document of `crosswalk check --format json`.
#[derive(Serialize)]
struct JsonReport<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: usize,
    warnings: usize,
}

/// Renders diagnostics as one pretty-printed JSON object with a
/// `diagnostics` array and `errors` / `warnings` counts.
pub fn render_json(diagnostics: &[Diagnostic], sources: &SourceSet) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let report = JsonReport {
        diagnostics: diagnostics.iter().map(|d| d.to_json(sources)).collect(),
        errors,
        warnings: diagnostics.len() - errors,
    };
    let mut text = serde_json::to_string_pretty(&report).expect("plain data serializes");
    text.push('\n');
    text
}

/// A diagnostic paired with the excerpt of its file that shows its labels,
/// as miette wants it, with every piece of text escaped for the terminal.
/// Labels in other files than the primary one become related reports with
/// their own excerpt.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    message: String,
    source: Excerpt,
    /// Each label's text and its span in the excerpt.
    labels: Vec<ShownLabel>,
    related: Vec<Report<'a>>,
    /// `None` for a related report (a secondary label in another file).
    severity: Option<Severity>,
    code: Option<&'a str>,
    help: Option<String>,
}

impl<'a> Report<'a> {
    fn new(diagnostic: &'a Diagnostic, sources: &SourceSet) -> Self {
        let file = diagnostic.primary.span.file;
        let (labels, elsewhere): (Vec<&Label>, Vec<&Label>) = std::iter::once(&diagnostic.primary)
            .chain(&diagnostic.secondary)
            .partition(|l| l.span.file == file);
        let related = elsewhere
            .into_iter()
            .map(|label| {
                let (source, labels) = excerpt(sources, &[label]);
                Report {
                    diagnostic,
                    message: visible(&label.text).into_owned(),
                    source,
                    labels,
                    related: Vec::new(),
                    severity: None,
                    code: None,
                    help: None,
                }
            })
            .collect();
        let (source, labels) = excerpt(sources, &labels);
        Report {
            diagnostic,
            message: visible(&diagnostic.message).into_owned(),
            source,
            labels,
            related,
            severity: Some(diagnostic.severity),
            code: Some(diagnostic.code),
            help: diagnostic.help.as_deref().map(|h| visible(h).into_owned()),
        }
    }
}

/// A label's text, escaped, and its span (offset, length) in the excerpt.
type ShownLabel = (Option<String>, (usize, usize));

/// The excerpt of the labels' file that shows them, and each label's text
/// and span in it.
fn excerpt(sources: &SourceSet, labels: &[&Label]) -> (Excerpt, Vec<ShownLabel>) {
    let file = sources.get(labels[0].span.file);
    let (excerpt, spans) = Excerpt::new(file, labels);
    let labels = labels
        .iter()
        .zip(spans)
        .map(|(label, span)| {
            let text = (!label.text.is_empty()).then(|| visible(&label.text).into_owned());
            (text, span)
        })
        .collect();
    (excerpt, labels)
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code.map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Some(Severity::Error) => miette::Severity::Error,
            Some(Severity::Warning) => miette::Severity::Warning,
            None => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_deref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, (text, span))| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(text.clone(), *span)
                } else {
                    LabeledSpan::new_with_span(text.clone(), *span)
                }
            },
        )))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(
                self.related.iter().map(|r| r as &dyn miette::Diagnostic),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_counts_in_words() {
        assert_eq!(summary_line(0, 0), "no problems found");
        assert_eq!(summary_line(1, 0), "1 error");
        assert_eq!(summary_line(0, 2), "2 warnings");
        assert_eq!(summary_line(3, 1), "3 errors, 1 warning");
    }
}
