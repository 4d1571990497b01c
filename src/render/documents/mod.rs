//! The documents of `crosswalk build`, one module each, and their registry.
//!
//! A document's module holds everything about it: its view structs (what
//! its templates see), the builder that makes them from a
//! [`RenderContext`], its tables (CSV, XLSX) and its file plan, the
//! [`Job`]s it is rendered in, each with the files it writes (their paths,
//! made from [`crate::render::file_name::safe_name`] through
//! [`crate::render::views::slug`], and their labels on the index page).
//! View pieces that several documents show are in [`crate::render::views`];
//! what a document knows of a particular framework is in
//! [`crate::render::frameworks`].
//!
//! Adding a document takes:
//!
//! 1. a module here with its views, builder, tables and `plan`;
//! 2. its variant of [`DocumentKind`] (listed in [`DocumentKind::ALL`]) and
//!    one line in [`DOCUMENTS`] (its `--only` name, help, index heading and
//!    plan);
//! 3. its templates in `output-templates/`;
//! 4. its row in the README's "Documents" table.

pub mod auditor_mapping;
pub mod coverage;
pub mod evidence;
pub mod graph;
pub mod matrix;
pub mod soa;
pub mod system_description;

use super::job::Job;
use super::{DocumentKind, RenderContext};

/// What the registry knows of one document.
pub struct DocumentSpec {
    /// Its kind.
    pub kind: DocumentKind,
    /// Its name on the command line (`--only NAME`).
    pub name: &'static str,
    /// What it is, as `--only`'s help lists it.
    pub summary: &'static str,
    /// Its heading on the index page.
    pub heading: &'static str,
    /// Its jobs, each with the files it writes.
    pub plan: for<'c> fn(&'c RenderContext<'c>) -> Vec<Job<'c>>,
}

/// Every document, in the order the index page lists them (and their jobs
/// are planned in).
pub static DOCUMENTS: [DocumentSpec; 7] = [
    DocumentSpec {
        kind: DocumentKind::Coverage,
        name: "coverage",
        summary: "Coverage and gap report (HTML, Markdown, JSON)",
        heading: "Coverage and gap report",
        plan: coverage::plan,
    },
    DocumentSpec {
        kind: DocumentKind::Matrix,
        name: "matrix",
        summary: "Control matrix per framework and controls × frameworks (CSV, XLSX, Markdown, HTML)",
        heading: "Control matrices",
        plan: matrix::plan,
    },
    DocumentSpec {
        kind: DocumentKind::Mapping,
        name: "mapping",
        summary: "Auditor mapping document per framework (Markdown, HTML)",
        heading: "Auditor mapping documents",
        plan: auditor_mapping::plan,
    },
    DocumentSpec {
        kind: DocumentKind::SystemDescription,
        name: "system-description",
        summary: "SOC 2 system description draft (Markdown, HTML)",
        heading: "SOC 2 system description (draft)",
        plan: system_description::plan,
    },
    DocumentSpec {
        kind: DocumentKind::Soa,
        name: "soa",
        summary: "ISO/IEC 42001 Statement of Applicability (Markdown, CSV, XLSX)",
        heading: "ISO/IEC 42001 Statement of Applicability",
        plan: soa::plan,
    },
    DocumentSpec {
        kind: DocumentKind::Evidence,
        name: "evidence",
        summary: "Evidence request list (CSV, XLSX)",
        heading: "Evidence request list",
        plan: evidence::plan,
    },
    DocumentSpec {
        kind: DocumentKind::Graph,
        name: "graph",
        summary: "Graph of controls, risks and requirements (DOT, Mermaid)",
        heading: "Graph of controls, risks and requirements",
        plan: graph::plan,
    },
];

/// The registry's entry for `kind`.
pub fn spec(kind: DocumentKind) -> &'static DocumentSpec {
    DOCUMENTS
        .iter()
        .find(|d| d.kind == kind)
        .expect("every kind has an entry (tested)")
}
