//! Render: the documents of `crosswalk build`, from the model and its
//! coverage, as files in memory (the command line writes them).
//!
//! Text documents (Markdown, HTML, DOT, Mermaid) come from minijinja
//! templates ([`templates`]) fed only the documented view structs of
//! [`views`]; tables (CSV, XLSX) are written from the same views by
//! [`table`]. Every piece of user text is escaped for its format
//! ([`escape`]), and the same input gives the same bytes.

pub mod escape;
pub mod table;
pub mod templates;
pub mod views;

use serde::Serialize;

use crate::coverage::Coverage;
use crate::coverage::view::CoverageView;
use crate::graph::ControlGraph;
use crate::resolve::Model;
use table::Table;
pub use templates::{TemplateErrors, Templates};
use views::{
    ControlsDocument, EvidenceDocument, FrameworkDocument, ProjectInfo, SoaDocument, Views,
};

/// The kinds of document `build` renders (`--only` selects some).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentKind {
    /// Control matrix per framework, and controls × frameworks.
    Matrix,
    /// Auditor mapping document per framework.
    Mapping,
    /// SOC 2 system description draft.
    SystemDescription,
    /// ISO/IEC 42001 Statement of Applicability.
    Soa,
    /// Evidence request list.
    Evidence,
    /// Coverage and gap report.
    Coverage,
    /// Graph of controls, risks and requirements.
    Graph,
}

impl DocumentKind {
    /// Every kind, in the order documents are listed.
    pub const ALL: [DocumentKind; 7] = [
        DocumentKind::Coverage,
        DocumentKind::Matrix,
        DocumentKind::Mapping,
        DocumentKind::SystemDescription,
        DocumentKind::Soa,
        DocumentKind::Evidence,
        DocumentKind::Graph,
    ];

    /// The folder its files go in, also its name on the command line.
    pub fn folder(self) -> &'static str {
        match self {
            DocumentKind::Matrix => "control-matrix",
            DocumentKind::Mapping => "auditor-mapping",
            DocumentKind::SystemDescription => "system-description",
            DocumentKind::Soa => "statement-of-applicability",
            DocumentKind::Evidence => "evidence-requests",
            DocumentKind::Coverage => "coverage",
            DocumentKind::Graph => "graph",
        }
    }

    /// A heading for the index page.
    pub fn heading(self) -> &'static str {
        match self {
            DocumentKind::Matrix => "Control matrices",
            DocumentKind::Mapping => "Auditor mapping documents",
            DocumentKind::SystemDescription => "SOC 2 system description (draft)",
            DocumentKind::Soa => "ISO/IEC 42001 Statement of Applicability",
            DocumentKind::Evidence => "Evidence request list",
            DocumentKind::Coverage => "Coverage and gap report",
            DocumentKind::Graph => "Graph of controls, risks and requirements",
        }
    }
}

/// What to render.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The document kinds to render.
    pub kinds: Vec<DocumentKind>,
    /// The length of the SOC 2 Type II period the evidence samples are
    /// planned for, in months.
    pub period_months: u32,
    /// The documents' date as seconds since 1970 (`SOURCE_DATE_EPOCH`);
    /// `None` leaves the date out of text documents and uses 1980-01-01 in
    /// XLSX properties.
    pub date: Option<i64>,
}

/// One rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedFile {
    /// Its path inside the output folder, with `/` separators.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A link on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexLink {
    /// The file's path in the output folder.
    pub path: String,
    /// What it is (`soc2@2017, HTML`).
    pub label: String,
}

/// A section of the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexSection {
    /// The kind's heading.
    pub heading: String,
    /// Its files.
    pub links: Vec<IndexLink>,
}

/// The index page: every rendered file, by kind.
#[derive(Debug, Clone, Serialize)]
pub struct IndexDocument {
    /// Where the documents come from.
    pub project: ProjectInfo,
    /// One section per kind rendered.
    pub sections: Vec<IndexSection>,
}

/// Renders the chosen documents.
pub fn render(
    model: &Model,
    graph: &ControlGraph,
    coverage: &Coverage,
    project: ProjectInfo,
    templates: &Templates,
    options: &BuildOptions,
) -> Result<Vec<RenderedFile>, TemplateErrors> {
    let views = Views::new(model, graph, coverage, project.clone());
    let mut out = Renderer {
        templates,
        files: Vec::new(),
        sections: Vec::new(),
        created: options.date.unwrap_or(315_532_800),
    };
    for kind in DocumentKind::ALL {
        if !options.kinds.contains(&kind) {
            continue;
        }
        out.sections.push(IndexSection {
            heading: kind.heading().to_owned(),
            links: Vec::new(),
        });
        let folder = kind.folder();
        match kind {
            DocumentKind::Matrix => {
                let mut sheets = Vec::new();
                for framework in &coverage.frameworks {
                    let document = views.framework_document(framework);
                    let slug = &document.framework.slug;
                    let key = &document.framework.key;
                    out.template(
                        &format!("{folder}/{slug}.html"),
                        "control-matrix.html",
                        &document,
                        &format!("{key}, HTML"),
                    )?;
                    out.template(
                        &format!("{folder}/{slug}.md"),
                        "control-matrix.md",
                        &document,
                        &format!("{key}, Markdown"),
                    )?;
                    let table = matrix_table(&document);
                    out.file(
                        &format!("{folder}/{slug}.csv"),
                        table.to_csv().into_bytes(),
                        &format!("{key}, CSV"),
                    );
                    sheets.push(table);
                }
                let controls = views.controls_document();
                out.template(
                    &format!("{folder}/controls.html"),
                    "controls.html",
                    &controls,
                    "controls × frameworks, HTML",
                )?;
                out.template(
                    &format!("{folder}/controls.md"),
                    "controls.md",
                    &controls,
                    "controls × frameworks, Markdown",
                )?;
                let table = controls_table(&controls);
                out.file(
                    &format!("{folder}/controls.csv"),
                    table.to_csv().into_bytes(),
                    "controls × frameworks, CSV",
                );
                sheets.push(table);
                out.xlsx(
                    &format!("{folder}/control-matrix.xlsx"),
                    &sheets,
                    "Control matrix",
                    "every framework and controls × frameworks, XLSX",
                );
            }
            DocumentKind::Mapping => {
                for framework in &coverage.frameworks {
                    let document = views.framework_document(framework);
                    let slug = &document.framework.slug;
                    let key = &document.framework.key;
                    out.template(
                        &format!("{folder}/{slug}.html"),
                        "auditor-mapping.html",
                        &document,
                        &format!("{key}, HTML"),
                    )?;
                    out.template(
                        &format!("{folder}/{slug}.md"),
                        "auditor-mapping.md",
                        &document,
                        &format!("{key}, Markdown"),
                    )?;
                }
            }
            DocumentKind::SystemDescription => {
                let document = views.system_description();
                out.template(
                    &format!("{folder}/system-description.html"),
                    "system-description.html",
                    &document,
                    "HTML",
                )?;
                out.template(
                    &format!("{folder}/system-description.md"),
                    "system-description.md",
                    &document,
                    "Markdown",
                )?;
            }
            DocumentKind::Soa => {
                for document in views.soa_documents() {
                    let slug = &document.framework.slug;
                    let key = &document.framework.key;
                    out.template(
                        &format!("{folder}/{slug}.md"),
                        "statement-of-applicability.md",
                        &document,
                        &format!("{key}, Markdown"),
                    )?;
                    let table = soa_table(&document);
                    out.file(
                        &format!("{folder}/{slug}.csv"),
                        table.to_csv().into_bytes(),
                        &format!("{key}, CSV"),
                    );
                    out.xlsx(
                        &format!("{folder}/{slug}.xlsx"),
                        &[table],
                        "Statement of Applicability",
                        &format!("{key}, XLSX"),
                    );
                }
            }
            DocumentKind::Evidence => {
                let document = views.evidence_document(options.period_months);
                let table = evidence_table(&document);
                out.file(
                    &format!("{folder}/evidence-requests.csv"),
                    table.to_csv().into_bytes(),
                    "CSV",
                );
                out.xlsx(
                    &format!("{folder}/evidence-requests.xlsx"),
                    &[table],
                    "Evidence request list",
                    "XLSX",
                );
            }
            DocumentKind::Coverage => {
                let document = views.coverage_document();
                out.template(
                    &format!("{folder}/coverage.html"),
                    "coverage.html",
                    &document,
                    "HTML, with bars",
                )?;
                out.template(
                    &format!("{folder}/coverage.md"),
                    "coverage.md",
                    &document,
                    "Markdown",
                )?;
                let mut json = serde_json::to_string_pretty(&CoverageView::new(model, coverage))
                    .expect("plain data serializes");
                json.push('\n');
                out.file(
                    &format!("{folder}/coverage.json"),
                    json.into_bytes(),
                    "JSON (as `crosswalk coverage --format json`)",
                );
            }
            DocumentKind::Graph => {
                let document = views.graph_document();
                out.template(
                    &format!("{folder}/graph.dot"),
                    "graph.dot",
                    &document,
                    "DOT (Graphviz)",
                )?;
                out.template(
                    &format!("{folder}/graph.mmd"),
                    "graph.mmd",
                    &document,
                    "Mermaid",
                )?;
            }
        }
    }
    let index = IndexDocument {
        project,
        sections: std::mem::take(&mut out.sections),
    };
    let text = templates.render("index.html", &index)?;
    out.files.push(RenderedFile {
        path: "index.html".to_owned(),
        bytes: text.into_bytes(),
    });
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out.files)
}

/// Collects rendered files and the index's links.
struct Renderer<'a> {
    templates: &'a Templates,
    files: Vec<RenderedFile>,
    sections: Vec<IndexSection>,
    created: i64,
}

impl Renderer<'_> {
    fn file(&mut self, path: &str, bytes: Vec<u8>, label: &str) {
        if let Some(section) = self.sections.last_mut() {
            section.links.push(IndexLink {
                path: path.to_owned(),
                label: label.to_owned(),
            });
        }
        self.files.push(RenderedFile {
            path: path.to_owned(),
            bytes,
        });
    }

    fn template(
        &mut self,
        path: &str,
        template: &str,
        context: &impl Serialize,
        label: &str,
    ) -> Result<(), TemplateErrors> {
        let text = self.templates.render(template, context)?;
        self.file(path, text.into_bytes(), label);
        Ok(())
    }

    fn xlsx(&mut self, path: &str, tables: &[Table], title: &str, label: &str) {
        // Writing to memory fails only on limits no document here reaches
        // (over a million rows); an empty workbook would hide that, so the
        // error text is written in its place and the build goes on.
        let bytes = table::to_xlsx(tables, title, self.created)
            .unwrap_or_else(|e| format!("XLSX could not be written: {e}\n").into_bytes());
        self.file(path, bytes, label);
    }
}

/// The control matrix of one framework as a table: one row per requirement
/// and control (a requirement without a control gets one row).
fn matrix_table(document: &FrameworkDocument) -> Table {
    let mut table = Table::new(
        document.framework.key.as_str(),
        [
            ("Requirement", 14),
            ("Title", 36),
            ("Status", 12),
            ("Control", 12),
            ("Control title", 32),
            ("Relationship", 12),
            ("Review status", 10),
            ("Owner", 20),
            ("Frequency", 12),
            ("Evidence", 36),
            ("Test", 48),
            ("Justification", 36),
        ],
    );
    for row in &document.requirements {
        let first = vec![row.display.clone(), row.title.clone(), row.status.clone()];
        let reason = row.reason.clone().unwrap_or_default();
        if row.mappings.is_empty() {
            let mut cells = first.clone();
            cells.extend(std::iter::repeat_n(String::new(), 8));
            cells.push(reason.clone());
            table.push(cells);
        }
        for mapping in &row.mappings {
            let control = &mapping.control;
            let mut cells = first.clone();
            cells.extend([
                control.id.clone(),
                control.title.clone(),
                mapping.relationship.clone(),
                mapping.review_status.clone().unwrap_or_default(),
                control.owner.clone().unwrap_or_default(),
                control.frequency.clone().unwrap_or_default(),
                control
                    .evidence
                    .iter()
                    .map(|e| e.name.clone())
                    .collect::<Vec<_>>()
                    .join("\n"),
                control.tests.join("\n"),
                reason.clone(),
            ]);
            table.push(cells);
        }
    }
    table
}

/// Controls × frameworks as a table.
fn controls_table(document: &ControlsDocument) -> Table {
    let mut columns: Vec<(String, u16)> = [
        ("Control", 12),
        ("Title", 32),
        ("Owner", 20),
        ("Frequency", 12),
    ]
    .iter()
    .map(|&(h, w)| (h.to_owned(), w))
    .collect();
    columns.extend(document.frameworks.iter().map(|f| (f.key.clone(), 28)));
    let mut table = Table::new("Controls", columns);
    for row in &document.controls {
        let control = &row.control;
        let mut cells = vec![
            control.id.clone(),
            control.title.clone(),
            control.owner.clone().unwrap_or_default(),
            control.frequency.clone().unwrap_or_default(),
        ];
        cells.extend(row.mappings.iter().map(|m| m.join("\n")));
        table.push(cells);
    }
    table
}

/// The Statement of Applicability as a table.
fn soa_table(document: &SoaDocument) -> Table {
    let mut table = Table::new(
        "Statement of Applicability",
        [
            ("Objective", 28),
            ("Control", 10),
            ("Title", 36),
            ("Included", 9),
            ("Justification", 48),
            ("Implementing controls", 32),
            ("Implementation", 18),
        ],
    );
    for objective in &document.objectives {
        for row in &objective.controls {
            table.push(vec![
                format!("{} {}", objective.id, objective.title),
                row.id.clone(),
                row.title.clone(),
                if row.included { "yes" } else { "no" }.to_owned(),
                row.justification.clone(),
                row.controls
                    .iter()
                    .map(|c| format!("{} {}", c.id, c.title))
                    .collect::<Vec<_>>()
                    .join("\n"),
                row.implementation.clone(),
            ]);
        }
    }
    table
}

/// The evidence request list as a table.
fn evidence_table(document: &EvidenceDocument) -> Table {
    let population = format!("Population ({} months)", document.period_months);
    let mut table = Table::new(
        "Evidence requests",
        [
            ("Control", 12),
            ("Control title", 32),
            ("Owner", 20),
            ("Frequency", 12),
            ("Evidence", 36),
            ("System", 20),
            ("Retention", 10),
            (population.as_str(), 22),
            ("Sample", 24),
        ],
    );
    for row in &document.rows {
        table.push(vec![
            row.control.clone(),
            row.title.clone(),
            row.owner.clone().unwrap_or_default(),
            row.frequency.clone().unwrap_or_default(),
            row.evidence
                .clone()
                .unwrap_or_else(|| "(no evidence declared)".to_owned()),
            row.system.clone().unwrap_or_default(),
            row.retention.clone().unwrap_or_default(),
            row.population.clone(),
            row.sample.clone(),
        ]);
    }
    table
}

/// A date `YYYY-MM-DD` from seconds since 1970 (UTC).
pub fn date_of(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    // Howard Hinnant's civil-from-days algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_epoch_seconds() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(315_532_800), "1980-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(1_795_824_000), "2026-11-28");
    }
}
