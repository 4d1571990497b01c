//! Render: the documents of `crosswalk build`, from the model and its
//! coverage, as files in memory (the command line writes them).
//!
//! Text documents (Markdown, HTML, DOT, Mermaid) come from minijinja
//! templates ([`templates`]) fed only the documented view structs of
//! [`views`]; tables (CSV, XLSX) are written from the same views by
//! [`table`]. Every piece of user text is escaped for its format
//! ([`escape`]), and the same input gives the same bytes.

pub mod escape;
pub mod file_name;
pub mod table;
pub mod templates;
pub mod views;

use serde::Serialize;

use crate::analysis::coverage::Coverage;
use crate::analysis::coverage::view::CoverageView;
use crate::graph::ControlGraph;
use crate::resolve::Model;
use table::Table;
pub use templates::{TemplateErrors, Templates};
use views::{
    ControlsDocument, CoverageSummary, EvidenceDocument, FrameworkDocument, ProjectInfo,
    SoaDocument, Views,
};

/// The kinds of document `build` renders; also the values of its `--only`
/// option ([`DocumentKind::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentKind {
    /// Control matrix per framework and controls × frameworks (CSV, XLSX,
    /// Markdown, HTML).
    Matrix,
    /// Auditor mapping document per framework (Markdown, HTML).
    Mapping,
    /// SOC 2 system description draft (Markdown, HTML).
    SystemDescription,
    /// ISO/IEC 42001 Statement of Applicability (Markdown, CSV, XLSX).
    Soa,
    /// Evidence request list (CSV, XLSX).
    Evidence,
    /// Coverage and gap report (HTML, Markdown, JSON).
    Coverage,
    /// Graph of controls, risks and requirements (DOT, Mermaid).
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

    /// Its name as the command line spells it (`system-description`).
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Matrix => "matrix",
            DocumentKind::Mapping => "mapping",
            DocumentKind::SystemDescription => "system-description",
            DocumentKind::Soa => "soa",
            DocumentKind::Evidence => "evidence",
            DocumentKind::Coverage => "coverage",
            DocumentKind::Graph => "graph",
        }
    }

    /// The kind [`DocumentKind::name`] gives `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The folder its files go in.
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

/// Why rendering stopped.
#[derive(Debug)]
pub enum RenderError {
    /// A template failed.
    Template(TemplateErrors),
    /// The sink could not take a file.
    Write(String),
}

impl From<TemplateErrors> for RenderError {
    fn from(errors: TemplateErrors) -> Self {
        RenderError::Template(errors)
    }
}

/// Where rendered files go: called once per file, from several threads.
pub type Sink<'a> = dyn Fn(RenderedFile) -> Result<(), String> + Sync + 'a;

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

/// The index page: the headline figures and every rendered file, by kind.
#[derive(Debug, Clone, Serialize)]
pub struct IndexDocument {
    /// Where the documents come from.
    pub project: ProjectInfo,
    /// The headline figures of every framework in scope.
    pub coverage: Vec<CoverageSummary>,
    /// What the headline figure means ([`crate::analysis::coverage::HEADLINE_DEFINITION`]).
    pub headline_definition: String,
    /// One section per kind rendered.
    pub sections: Vec<IndexSection>,
}

/// One independent piece of rendering: its files depend on no other job's.
#[derive(Debug, Clone, Copy)]
enum Job {
    /// The control matrix (HTML, Markdown, CSV) of one framework in scope.
    Matrix(usize),
    /// Controls × frameworks (HTML, Markdown, CSV).
    Controls,
    /// The XLSX workbook of every matrix and controls × frameworks.
    MatrixWorkbook,
    /// The auditor mapping document of one framework in scope.
    Mapping(usize),
    /// The SOC 2 system description.
    SystemDescription,
    /// The Statements of Applicability.
    Soa,
    /// The evidence request list.
    Evidence,
    /// The coverage report.
    Coverage,
    /// The graph.
    Graph,
}

impl Job {
    /// A rough size, to start the biggest jobs first: a job over every
    /// framework outweighs one over a single framework.
    fn weight(self) -> u8 {
        match self {
            Job::MatrixWorkbook => 9,
            Job::Coverage => 8,
            Job::Graph => 7,
            Job::Controls | Job::Evidence | Job::SystemDescription | Job::Soa => 5,
            Job::Mapping(_) | Job::Matrix(_) => 1,
        }
    }

    fn kind(self) -> DocumentKind {
        match self {
            Job::Matrix(_) | Job::Controls | Job::MatrixWorkbook => DocumentKind::Matrix,
            Job::Mapping(_) => DocumentKind::Mapping,
            Job::SystemDescription => DocumentKind::SystemDescription,
            Job::Soa => DocumentKind::Soa,
            Job::Evidence => DocumentKind::Evidence,
            Job::Coverage => DocumentKind::Coverage,
            Job::Graph => DocumentKind::Graph,
        }
    }
}

/// Renders the chosen documents, handing each file to `sink` as soon as it
/// is ready, and returns how many files were written (the index page
/// included). Jobs run on up to `threads` threads; the files do not depend
/// on the order they finish in.
#[allow(clippy::too_many_arguments)] // The pipeline's inputs, each distinct.
pub fn render(
    model: &Model,
    graph: &ControlGraph,
    coverage: &Coverage,
    project: ProjectInfo,
    templates: &Templates,
    options: &BuildOptions,
    threads: usize,
    sink: &Sink<'_>,
) -> Result<usize, RenderError> {
    let views = Views::new(model, graph, coverage, project.clone());
    let frameworks = coverage.frameworks.len();
    let mut jobs = Vec::new();
    for kind in DocumentKind::ALL {
        if !options.kinds.contains(&kind) {
            continue;
        }
        match kind {
            DocumentKind::Matrix => {
                jobs.extend((0..frameworks).map(Job::Matrix));
                jobs.extend([Job::Controls, Job::MatrixWorkbook]);
            }
            DocumentKind::Mapping => jobs.extend((0..frameworks).map(Job::Mapping)),
            DocumentKind::SystemDescription => jobs.push(Job::SystemDescription),
            DocumentKind::Soa => jobs.push(Job::Soa),
            DocumentKind::Evidence => jobs.push(Job::Evidence),
            DocumentKind::Coverage => jobs.push(Job::Coverage),
            DocumentKind::Graph => jobs.push(Job::Graph),
        }
    }
    // Every path is checked before the sink sees it: inside the output
    // folder, and no two the same file on a case-insensitive file system.
    let names = std::sync::Mutex::new(file_name::OutputNames::default());
    let sink = &|file: RenderedFile| {
        names
            .lock()
            .map_err(|_| "a render job failed".to_owned())?
            .claim(&file.path)?;
        sink(file)
    };
    let renderer = Renderer {
        views: &views,
        model,
        coverage,
        templates,
        options,
        sink,
        created: options.date.unwrap_or(315_532_800),
    };
    let results = run_jobs(&jobs, threads, |job| renderer.job(job));
    let mut sections: Vec<IndexSection> = Vec::new();
    let mut count = 0;
    for (job, result) in jobs.iter().zip(results) {
        let links = result?;
        count += links.len();
        let heading = job.kind().heading();
        match sections.last_mut() {
            Some(section) if section.heading == heading => section.links.extend(links),
            _ => sections.push(IndexSection {
                heading: heading.to_owned(),
                links,
            }),
        }
    }
    let index = IndexDocument {
        project,
        coverage: views.coverage_summaries(),
        headline_definition: crate::analysis::coverage::HEADLINE_DEFINITION.to_owned(),
        sections,
    };
    let text = templates.render("index.html", &index)?;
    sink(RenderedFile {
        path: "index.html".to_owned(),
        bytes: text.into_bytes(),
    })
    .map_err(RenderError::Write)?;
    Ok(count + 1)
}

/// Runs every job on up to `threads` scoped threads, each taking the next
/// job not yet taken, biggest first; the results come back in job order.
fn run_jobs<T: Send>(jobs: &[Job], threads: usize, work: impl Fn(Job) -> T + Sync) -> Vec<T> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // The biggest jobs start first, so no large one is left alone at the
    // end while the other threads idle.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].weight()));
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<T>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let worker = || {
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let job = jobs[i];
            let result = work(job);
            *results[i]
                .lock()
                .expect("no worker panics while holding it") = Some(result);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.clamp(1, jobs.len().max(1)) {
            scope.spawn(worker);
        }
        worker();
    });
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .expect("no worker panicked")
                .expect("every job ran")
        })
        .collect()
}

/// Renders jobs: the views, templates and sink they share.
struct Renderer<'a> {
    views: &'a Views<'a>,
    model: &'a Model,
    coverage: &'a Coverage,
    templates: &'a Templates,
    options: &'a BuildOptions,
    sink: &'a Sink<'a>,
    created: i64,
}

/// The files one job wrote, as index links.
type Links = Vec<IndexLink>;

impl Renderer<'_> {
    fn job(&self, job: Job) -> Result<Links, RenderError> {
        let folder = job.kind().folder();
        let mut links = Vec::new();
        let views = self.views;
        match job {
            Job::Matrix(i) => {
                let document = views.framework_document(&self.coverage.frameworks[i]);
                let (slug, key) = (&document.framework.slug, &document.framework.key);
                let path = format!("{folder}/{slug}");
                self.pages(&mut links, &path, "control-matrix", &document, key)?;
                let csv = matrix_table(&document).to_csv();
                self.file(
                    &mut links,
                    &format!("{path}.csv"),
                    csv.into_bytes(),
                    &format!("{key}, CSV"),
                )?;
            }
            Job::Controls => {
                let controls = views.controls_document();
                let (path, what) = (format!("{folder}/controls"), "controls × frameworks");
                self.pages(&mut links, &path, "controls", &controls, what)?;
                let csv = controls_table(&controls).to_csv();
                self.file(
                    &mut links,
                    &format!("{path}.csv"),
                    csv.into_bytes(),
                    &format!("{what}, CSV"),
                )?;
            }
            Job::MatrixWorkbook => {
                // Each sheet's table is built only when its turn comes, so
                // the workbook never waits on every table at once.
                let sheets = self
                    .coverage
                    .frameworks
                    .iter()
                    .map(|f| matrix_table(&views.framework_document(f)))
                    .chain(std::iter::once_with(|| {
                        controls_table(&views.controls_document())
                    }));
                let path = format!("{folder}/control-matrix.xlsx");
                let label = "every framework and controls × frameworks, XLSX";
                self.xlsx(&mut links, &path, sheets, "Control matrix", label)?;
            }
            Job::Mapping(i) => {
                let document = views.framework_document(&self.coverage.frameworks[i]);
                let (slug, key) = (&document.framework.slug, &document.framework.key);
                self.pages(
                    &mut links,
                    &format!("{folder}/{slug}"),
                    "auditor-mapping",
                    &document,
                    key,
                )?;
            }
            Job::SystemDescription => {
                let document = views.system_description();
                let path = format!("{folder}/system-description");
                self.pages(&mut links, &path, "system-description", &document, "")?;
            }
            Job::Soa => {
                for document in views.soa_documents() {
                    let (slug, key) = (&document.framework.slug, &document.framework.key);
                    let path = format!("{folder}/{slug}");
                    let md = format!("{path}.md");
                    self.template(
                        &mut links,
                        &md,
                        "statement-of-applicability.md",
                        &document,
                        &format!("{key}, Markdown"),
                    )?;
                    let table = soa_table(&document);
                    self.file(
                        &mut links,
                        &format!("{path}.csv"),
                        table.to_csv().into_bytes(),
                        &format!("{key}, CSV"),
                    )?;
                    let title = "Statement of Applicability";
                    self.xlsx(
                        &mut links,
                        &format!("{path}.xlsx"),
                        [table],
                        title,
                        &format!("{key}, XLSX"),
                    )?;
                }
            }
            Job::Evidence => {
                let document = views.evidence_document(self.options.period_months);
                let table = evidence_table(&document);
                let path = format!("{folder}/evidence-requests");
                self.file(
                    &mut links,
                    &format!("{path}.csv"),
                    table.to_csv().into_bytes(),
                    "CSV",
                )?;
                self.xlsx(
                    &mut links,
                    &format!("{path}.xlsx"),
                    [table],
                    "Evidence request list",
                    "XLSX",
                )?;
            }
            Job::Coverage => {
                let document = views.coverage_document();
                let path = format!("{folder}/coverage");
                self.pages(&mut links, &path, "coverage", &document, "")?;
                let mut json =
                    serde_json::to_string_pretty(&CoverageView::new(self.model, self.coverage))
                        .expect("plain data serializes");
                json.push('\n');
                let label = "JSON (as `crosswalk coverage --format json`)";
                self.file(
                    &mut links,
                    &format!("{path}.json"),
                    json.into_bytes(),
                    label,
                )?;
                let mut risks =
                    serde_json::to_string_pretty(views.readiness()).expect("plain data serializes");
                risks.push('\n');
                let label = "risk register, JSON (as `crosswalk risks --format json`)";
                self.file(
                    &mut links,
                    &format!("{folder}/risks.json"),
                    risks.into_bytes(),
                    label,
                )?;
            }
            Job::Graph => {
                let document = minijinja::Value::from_serialize(views.graph_document());
                self.template(
                    &mut links,
                    &format!("{folder}/graph.dot"),
                    "graph.dot",
                    &document,
                    "DOT (Graphviz)",
                )?;
                self.template(
                    &mut links,
                    &format!("{folder}/graph.mmd"),
                    "graph.mmd",
                    &document,
                    "Mermaid",
                )?;
            }
        }
        Ok(links)
    }

    /// Renders `TEMPLATE.html` and `TEMPLATE.md` to `PATH.html` and
    /// `PATH.md`, labelled with what they show (`soc2@2017`), if anything.
    fn pages(
        &self,
        links: &mut Links,
        path: &str,
        template: &str,
        context: &impl Serialize,
        what: &str,
    ) -> Result<(), RenderError> {
        let prefix = if what.is_empty() {
            String::new()
        } else {
            format!("{what}, ")
        };
        // Converted once for both pages: minijinja passes a `Value` on
        // without copying it again.
        let context = minijinja::Value::from_serialize(context);
        for (extension, format) in [("html", "HTML"), ("md", "Markdown")] {
            self.template(
                links,
                &format!("{path}.{extension}"),
                &format!("{template}.{extension}"),
                &context,
                &format!("{prefix}{format}"),
            )?;
        }
        Ok(())
    }

    fn file(
        &self,
        links: &mut Links,
        path: &str,
        bytes: Vec<u8>,
        label: &str,
    ) -> Result<(), RenderError> {
        (self.sink)(RenderedFile {
            path: path.to_owned(),
            bytes,
        })
        .map_err(RenderError::Write)?;
        links.push(IndexLink {
            path: path.to_owned(),
            label: label.to_owned(),
        });
        Ok(())
    }

    fn template(
        &self,
        links: &mut Links,
        path: &str,
        template: &str,
        context: &impl Serialize,
        label: &str,
    ) -> Result<(), RenderError> {
        let text = self.templates.render(template, context)?;
        self.file(links, path, text.into_bytes(), label)
    }

    fn xlsx(
        &self,
        links: &mut Links,
        path: &str,
        tables: impl IntoIterator<Item = Table>,
        title: &str,
        label: &str,
    ) -> Result<(), RenderError> {
        let bytes = table::to_xlsx(tables, title, self.created).map_err(|e| {
            RenderError::Write(format!("{path}: the workbook cannot be written: {e}"))
        })?;
        self.file(links, path, bytes, label)
    }
}

/// The control matrix of one framework as a table: one row per requirement
/// and control (a requirement without a control gets one row).
/// A mapping's relationship as a matrix cell: with the words "not part
/// of the conclusion" when the requirement's conclusion does not name it.
fn relationship_cell(mapping: &views::MappingView) -> String {
    if mapping.outside_conclusion {
        format!("{} (not part of the conclusion)", mapping.relationship)
    } else {
        mapping.relationship.clone()
    }
}

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
            ("Notes", 36),
        ],
    );
    for row in &document.requirements {
        let first = vec![
            row.display.clone(),
            row.title.clone(),
            row.status_label.clone(),
        ];
        let notes = row.notes.clone();
        if row.mappings.is_empty() {
            let mut cells = first.clone();
            cells.extend(std::iter::repeat_n(String::new(), 8));
            cells.push(notes.clone());
            table.push(cells);
        }
        for mapping in &row.mappings {
            let control = &mapping.control;
            let mut cells = first.clone();
            cells.extend([
                control.id.clone(),
                control.title.clone(),
                relationship_cell(mapping),
                mapping.review_status.clone(),
                control.owner.clone().unwrap_or_default(),
                control.frequency.clone().unwrap_or_default(),
                control
                    .evidence
                    .iter()
                    .map(|e| e.name.clone())
                    .collect::<Vec<_>>()
                    .join("\n"),
                control.tests.join("\n"),
                notes.clone(),
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
    columns.push(("Conclusions (controls together)".to_owned(), 48));
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
        cells.push(
            row.conclusions
                .iter()
                .map(|c| format!("{}: {}", c.requirement, c.summary))
                .collect::<Vec<_>>()
                .join("\n"),
        );
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
            ("Conclusion (controls together)", 48),
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
                    .map(|c| {
                        format!(
                            "{} {} ({}, {})",
                            c.id, c.title, c.relationship, c.review_status
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                row.implementation.clone(),
                row.conclusion
                    .as_ref()
                    .map(|c| c.summary.clone())
                    .unwrap_or_default(),
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
