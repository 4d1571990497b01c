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
    /// Why it may write no file at all (its plan is empty), said when it
    /// was asked for; `None` for a document that always writes one.
    pub when_empty: Option<&'static str>,
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
        when_empty: None,
    },
    DocumentSpec {
        kind: DocumentKind::Matrix,
        name: "matrix",
        summary: "Control matrix per framework and controls × frameworks (CSV, XLSX, Markdown, HTML)",
        heading: "Control matrices",
        plan: matrix::plan,
        when_empty: Some(
            "no framework is in scope: map a control to a requirement, or name one with `--framework ID@VERSION`",
        ),
    },
    DocumentSpec {
        kind: DocumentKind::Mapping,
        name: "mapping",
        summary: "Auditor mapping document per framework (Markdown, HTML)",
        heading: "Auditor mapping documents",
        plan: auditor_mapping::plan,
        when_empty: Some(
            "no framework is in scope: map a control to a requirement, or name one with `--framework ID@VERSION`",
        ),
    },
    DocumentSpec {
        kind: DocumentKind::SystemDescription,
        name: "system-description",
        summary: "SOC 2 system description draft (Markdown, HTML)",
        heading: "SOC 2 system description (draft)",
        plan: system_description::plan,
        when_empty: None,
    },
    DocumentSpec {
        kind: DocumentKind::Soa,
        name: "soa",
        summary: "ISO/IEC 42001 Statement of Applicability (Markdown, CSV, XLSX)",
        heading: "ISO/IEC 42001 Statement of Applicability",
        plan: soa::plan,
        when_empty: Some(
            "no version of ISO/IEC 42001 (`iso42001`) is in scope: map a control to one of its Annex A controls, or add `--framework iso42001@2023`",
        ),
    },
    DocumentSpec {
        kind: DocumentKind::Evidence,
        name: "evidence",
        summary: "Evidence request list (CSV, XLSX)",
        heading: "Evidence request list",
        plan: evidence::plan,
        when_empty: None,
    },
    DocumentSpec {
        kind: DocumentKind::Graph,
        name: "graph",
        summary: "Graph of controls, risks and requirements (DOT, Mermaid)",
        heading: "Graph of controls, risks and requirements",
        plan: graph::plan,
        when_empty: None,
    },
];

/// The registry's entry for `kind`.
pub fn spec(kind: DocumentKind) -> &'static DocumentSpec {
    DOCUMENTS
        .iter()
        .find(|d| d.kind == kind)
        .expect("every kind has an entry (tested)")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Mutex;

    use super::*;
    use crate::analysis::coverage::{Coverage, Options, coverage};
    use crate::render::file_name::{OutputNames, is_contained};
    use crate::render::views::ProjectInfo;
    use crate::render::{BuildOptions, RenderedFile, Templates, render};

    /// The names `--only` has always accepted.
    const CLI_NAMES: [&str; 7] = [
        "matrix",
        "mapping",
        "system-description",
        "soa",
        "evidence",
        "coverage",
        "graph",
    ];

    #[test]
    fn every_kind_has_exactly_one_entry() {
        for kind in DocumentKind::ALL {
            let entries = DOCUMENTS.iter().filter(|d| d.kind == kind).count();
            assert_eq!(entries, 1, "{kind:?}");
        }
        assert_eq!(DOCUMENTS.len(), DocumentKind::ALL.len());
        let listed: BTreeSet<DocumentKind> = DocumentKind::ALL.into_iter().collect();
        assert_eq!(
            listed.len(),
            DocumentKind::ALL.len(),
            "ALL lists a kind twice"
        );
    }

    #[test]
    fn names_are_those_of_the_command_line_and_round_trip() {
        let names: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names, CLI_NAMES);
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_name(kind.name()), Some(kind));
        }
        for unknown in ["", "Matrix", "system_description", "index", "soa "] {
            assert_eq!(DocumentKind::from_name(unknown), None, "{unknown:?}");
        }
    }

    /// The bundled example, compiled, with its coverage.
    fn example() -> (crate::Compilation, Coverage) {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/risk-scoring-api");
        let sources = crate::project::load(&path).expect("the example loads");
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:?}", compilation.diagnostics);
        let analysis = coverage(&compilation.model, &compilation.graph, &Options::default());
        (compilation, analysis)
    }

    fn project() -> ProjectInfo {
        ProjectInfo {
            name: "example".to_owned(),
            date: None,
            on: None,
            generator: "crosswalk".to_owned(),
        }
    }

    fn options(kinds: &[DocumentKind]) -> BuildOptions {
        BuildOptions {
            kinds: kinds.to_vec(),
            ..BuildOptions::default()
        }
    }

    /// Renders `context`'s documents; returns the paths written, sorted.
    fn rendered_paths(context: &RenderContext<'_>, threads: usize) -> Vec<String> {
        let templates = Templates::load(None).expect("the built-in templates load");
        let paths = Mutex::new(Vec::new());
        let sink = |file: RenderedFile| {
            paths.lock().unwrap().push(file.path);
            Ok(())
        };
        let count = render(context, &templates, threads, &sink).expect("the example renders");
        let mut paths = paths.into_inner().unwrap();
        assert_eq!(count, paths.len());
        paths.sort();
        paths
    }

    #[test]
    fn the_file_plans_of_every_document_never_collide_and_are_what_is_written() {
        let (compilation, analysis) = example();
        let context = RenderContext::new(
            &compilation.model,
            &compilation.graph,
            &analysis,
            project(),
            BuildOptions::default(),
        );
        let mut names = OutputNames::default();
        let mut planned = vec!["index.html".to_owned()];
        for spec in &DOCUMENTS {
            let jobs = (spec.plan)(&context);
            assert!(!jobs.is_empty(), "{} plans no job", spec.name);
            for file in jobs.iter().flat_map(|j| &j.files) {
                assert!(is_contained(&file.path), "{}", file.path);
                names.claim(&file.path).unwrap();
                planned.push(file.path.clone());
            }
        }
        names.claim("index.html").unwrap();
        // Every document of the example has files (the SoA too: the
        // example maps to ISO/IEC 42001).
        for spec in &DOCUMENTS {
            let files: usize = (spec.plan)(&context).iter().map(|j| j.files.len()).sum();
            assert!(files > 0, "{} plans no file", spec.name);
        }
        planned.sort();
        assert_eq!(rendered_paths(&context, 2), planned);
    }

    #[test]
    fn the_risk_register_is_computed_only_for_the_documents_that_show_it() {
        let (compilation, analysis) = example();
        let context = |kinds: &[DocumentKind]| {
            RenderContext::new(
                &compilation.model,
                &compilation.graph,
                &analysis,
                project(),
                options(kinds),
            )
        };
        // The coverage report and the graph show the register; the SoA
        // justifies its controls with its risks.
        let shown_in = [
            DocumentKind::Coverage,
            DocumentKind::Soa,
            DocumentKind::Graph,
        ];
        for kind in DocumentKind::ALL {
            let context = context(&[kind]);
            assert_eq!(context.readiness_runs(), 0, "computed before rendering");
            rendered_paths(&context, 1);
            let expected = usize::from(shown_in.contains(&kind));
            assert_eq!(context.readiness_runs(), expected, "{kind:?}");
        }
        let without = context(&[
            DocumentKind::Matrix,
            DocumentKind::Mapping,
            DocumentKind::SystemDescription,
            DocumentKind::Evidence,
        ]);
        rendered_paths(&without, 4);
        assert_eq!(without.readiness_runs(), 0);
        // Every document at once, on several threads: computed once, shared.
        let all = context(&DocumentKind::ALL);
        rendered_paths(&all, 4);
        assert_eq!(all.readiness_runs(), 1);
    }

    #[test]
    fn the_matrix_and_the_mapping_of_a_framework_share_one_view() {
        let (compilation, analysis) = example();
        let frameworks = analysis.frameworks.len();
        assert!(frameworks > 1);
        for (kinds, threads) in [
            (DocumentKind::ALL.to_vec(), 4),
            (DocumentKind::ALL.to_vec(), 1),
            (vec![DocumentKind::Matrix], 2),
            (vec![DocumentKind::Mapping], 2),
        ] {
            let context = RenderContext::new(
                &compilation.model,
                &compilation.graph,
                &analysis,
                project(),
                options(&kinds),
            );
            rendered_paths(&context, threads);
            // The matrix and the mapping share one view per framework; the
            // workbook's sheet reuses it only while it is held.
            let runs = context.document_runs();
            if threads == 1 && kinds.contains(&DocumentKind::Matrix) {
                // One thread: the workbook runs first (the heaviest job) and
                // finds nothing held; each matrix and its mapping share.
                assert_eq!(runs, 2 * frameworks, "{kinds:?}");
            } else if kinds.contains(&DocumentKind::Matrix) {
                assert!(
                    (frameworks..=2 * frameworks).contains(&runs),
                    "{kinds:?}: {runs}"
                );
            } else {
                assert_eq!(runs, frameworks, "{kinds:?}");
            }
        }
    }
}
