//! Render: the documents of `crosswalk build`, from the model and its
//! coverage, as files in memory (the command line writes them).
//!
//! Each document is one module of [`documents`] (its views, builder,
//! tables and file plan) and one entry of the registry
//! [`documents::DOCUMENTS`]; the module doc there lists the steps to add
//! one. [`render`] plans every chosen document's jobs, checks all their
//! paths at once ([`file_name::OutputNames`]), runs the jobs on several
//! threads and writes the index page. Documents are built from one
//! [`RenderContext`], which computes the risk register only when a document
//! asks for it.
//!
//! Text documents (Markdown, HTML, DOT, Mermaid) come from minijinja
//! templates ([`templates`]) fed only documented view structs (the shared
//! pieces in [`views`], each document's own in its module); tables (CSV,
//! XLSX) are written from the same views by [`table`]. What documents know
//! of particular frameworks is in [`frameworks`]. Every piece of user text
//! is escaped for its format ([`escape`]), and the same input gives the
//! same bytes.

mod context;
pub mod documents;
pub mod escape;
pub mod file_name;
pub mod frameworks;
pub mod index;
pub mod job;
pub mod table;
pub mod templates;
pub mod views;

pub use context::RenderContext;
use index::{IndexDocument, IndexLink, IndexSection};
pub use templates::{TemplateErrors, Templates};

/// The kinds of document `build` renders; also the values of its `--only`
/// option ([`DocumentKind::name`]). What each is, its heading and its
/// files are its entry in [`documents::DOCUMENTS`].
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
    /// Every kind, in the order the command line lists them (the index
    /// page lists them in [`documents::DOCUMENTS`]' order).
    pub const ALL: [DocumentKind; 7] = [
        DocumentKind::Matrix,
        DocumentKind::Mapping,
        DocumentKind::SystemDescription,
        DocumentKind::Soa,
        DocumentKind::Evidence,
        DocumentKind::Coverage,
        DocumentKind::Graph,
    ];

    /// Its name on the command line (`system-description`).
    pub fn name(self) -> &'static str {
        documents::spec(self).name
    }

    /// The kind of this command-line name, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        documents::DOCUMENTS
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.kind)
    }

    /// What it is, in one line, with its formats (the help of `--only`).
    pub fn summary(self) -> &'static str {
        documents::spec(self).summary
    }

    /// A heading for the index page.
    pub fn heading(self) -> &'static str {
        documents::spec(self).heading
    }
}

/// What to render.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The document kinds to render.
    pub kinds: Vec<DocumentKind>,
    /// The length of the SOC 2 Type II period the evidence samples are
    /// planned for, in months, when the build is told it; `None`: the period
    /// a system's `soc2 report type-2` states, else 12 months.
    pub period_months: Option<u32>,
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
    /// A path was refused before anything was rendered (outside the
    /// output folder, or the same file as another), a workbook could not be
    /// written, or the sink could not take a file.
    Write(String),
}

impl From<TemplateErrors> for RenderError {
    fn from(errors: TemplateErrors) -> Self {
        RenderError::Template(errors)
    }
}

/// Where rendered files go: called once per file, from several threads.
pub type Sink<'a> = dyn Fn(RenderedFile) -> Result<(), String> + Sync + 'a;

/// What writes a file: it writes its bytes into the writer it is given.
pub type FileBody<'b> = dyn FnMut(&mut dyn std::io::Write) -> Result<(), RenderError> + 'b;

/// Where [`render_to`] writes files, each streamed as it is rendered (no
/// document is held whole in memory); called once per file, from several
/// threads.
pub trait FileWriter: Sync {
    /// Writes the file at `path` (inside the output folder, with `/`
    /// separators) with what `body` writes into it. A failure to write is
    /// [`RenderError::Write`] saying `cannot write PATH: …`, whatever
    /// `body` returned.
    fn write_file(&self, path: &str, body: &mut FileBody<'_>) -> Result<(), RenderError>;
}

/// A [`Sink`] as a [`FileWriter`]: each file is collected in memory and
/// handed over whole.
struct Collect<'a, 's>(&'a Sink<'s>);

impl FileWriter for Collect<'_, '_> {
    fn write_file(&self, path: &str, body: &mut FileBody<'_>) -> Result<(), RenderError> {
        let mut bytes = Vec::new();
        body(&mut bytes)?;
        (self.0)(RenderedFile {
            path: path.to_owned(),
            bytes,
        })
        .map_err(RenderError::Write)
    }
}

impl Default for BuildOptions {
    /// Every document, for a 12-month period, undated: `crosswalk build`
    /// without options.
    fn default() -> Self {
        Self {
            kinds: DocumentKind::ALL.to_vec(),
            period_months: None,
            date: None,
        }
    }
}

/// Renders the documents `context.options` chooses, handing each file to
/// `sink` as soon as it is ready, and returns how many files were written
/// (the index page included). Every path is checked before anything is
/// rendered: inside the output folder, and no two the same file on a
/// case-insensitive file system. Jobs run on up to `threads` threads; the
/// files do not depend on the order they finish in.
pub fn render(
    context: &RenderContext<'_>,
    templates: &Templates,
    threads: usize,
    sink: &Sink<'_>,
) -> Result<usize, RenderError> {
    render_to(context, templates, threads, &Collect(sink))
}

/// As [`render`], each file streamed into `out` as it is rendered instead
/// of handed over whole: the same files with the same bytes.
pub fn render_to(
    context: &RenderContext<'_>,
    templates: &Templates,
    threads: usize,
    out: &dyn FileWriter,
) -> Result<usize, RenderError> {
    let jobs = plan(context);
    let mut names = file_name::OutputNames::default();
    for (_, job) in &jobs {
        for file in &job.files {
            names.claim(&file.path).map_err(RenderError::Write)?;
        }
    }
    names.claim(INDEX).map_err(RenderError::Write)?;
    let created = context.options.date.unwrap_or(315_532_800);
    let all: Vec<&job::Job<'_>> = jobs.iter().map(|(_, job)| job).collect();
    let results = job::run_jobs(&all, threads, |job| job.run(templates, out, created));
    let mut sections: Vec<IndexSection> = Vec::new();
    let mut count = 0;
    for ((spec, job), result) in jobs.iter().zip(results) {
        result?;
        count += job.files.len();
        let links = job.files.iter().map(|f| IndexLink {
            path: f.path.clone(),
            label: f.label.clone(),
        });
        match sections.last_mut() {
            Some(section) if section.heading == spec.heading => section.links.extend(links),
            _ => sections.push(IndexSection {
                heading: spec.heading.to_owned(),
                links: links.collect(),
            }),
        }
    }
    let index = minijinja::Value::from_serialize(IndexDocument::new(context, sections));
    out.write_file(INDEX, &mut |w| Ok(templates.render_to(INDEX, &index, w)?))?;
    Ok(count + 1)
}

/// The index page's path and template.
const INDEX: &str = "index.html";

/// The documents asked for that have nothing to write (a Statement of
/// Applicability without an ISO/IEC 42001 version in scope), each with
/// why: `build` says so instead of writing only the index in silence.
pub fn empty_documents(context: &RenderContext<'_>) -> Vec<(DocumentKind, &'static str)> {
    let jobs = plan(context);
    documents::DOCUMENTS
        .iter()
        .filter(|spec| context.options.kinds.contains(&spec.kind))
        .filter(|spec| {
            !jobs
                .iter()
                .any(|(planned, job)| planned.kind == spec.kind && !job.files.is_empty())
        })
        .filter_map(|spec| spec.when_empty.map(|why| (spec.kind, why)))
        .collect()
}

/// The jobs of every document chosen, in registry order, each with its
/// document.
fn plan<'c>(
    context: &'c RenderContext<'c>,
) -> Vec<(&'static documents::DocumentSpec, job::Job<'c>)> {
    documents::DOCUMENTS
        .iter()
        .filter(|spec| context.options.kinds.contains(&spec.kind))
        .flat_map(|spec| (spec.plan)(context).into_iter().map(move |job| (spec, job)))
        .collect()
}
