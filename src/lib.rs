//! crosswalk: a compiler for compliance controls.
//!
//! A team declares each control once, in a small language kept in git; the
//! compiler links controls, risks, evidence and requirements of SOC 2,
//! ISO/IEC 42001, the NIST AI RMF and the EU AI Act into one graph, checks
//! it, and renders what auditors ask for.
//!
//! # The pipeline
//!
//! 1. **Parse** ([`syntax::parse`]): the text of one `.cw` file → its
//!    [`syntax::Ast`], every node with its span. The grammar is
//!    `grammar/crosswalk.pest`. A top-level item that does not parse is kept
//!    as a [`syntax::ast::BrokenItem`] with its own error; the others parse.
//! 2. **Resolve** ([`resolve::resolve`]): every file's tree, in precedence
//!    order (built-in catalogs first, then the project's files by path) →
//!    one [`resolve::Model`] in which every reference is a typed id, the
//!    name tables it was looked up in ([`resolve::Names`]) and every
//!    occurrence of a name ([`resolve::Occurrence`]: a reference's span and
//!    the [`resolve::Symbol`] it resolved to, or a definition's name).
//!    Names that broken items declare are not reported unknown.
//! 3. **Link** ([`graph::link`]): the model → a typed [`graph::ControlGraph`].
//! 4. **Lint** ([`lint::lint`]): warnings about the model and the graph;
//!    skipped when resolution found errors, and a warning inside an item
//!    that has an error is dropped.
//! 5. **Analyse** ([`analysis`]): coverage (covered, partial, derived,
//!    uncovered, excluded, not applicable, with derived paths), readiness
//!    (the AI risk register: risks the system's components bring, their
//!    controls, residual gaps), `explain` and the version and project
//!    diffs build on the compilation.
//! 6. **Output**: [`render`] turns a compilation and its coverage into the
//!    documents of `crosswalk build` (one module and one registry entry per
//!    document, [`render::documents`]); [`report`] renders the other
//!    commands' results as text, JSON, SARIF or pull-request Markdown.
//!    Both escape user text through one set of escapers
//!    ([`render::escape`], [`terminal`]).
//!
//! Every diagnostic code is listed, with its severity and meaning, beside
//! the check that raises it; [`codes`] gathers them into one registry that
//! generates the README's table.
//!
//! # The workspace
//!
//! A [`workspace::Workspace`] holds a project's files keyed by path, each
//! under a stable [`source::FileId`] (never reused or renumbered), with its
//! parse kept until [`workspace::Workspace::set_file`] changes its text;
//! the built-in catalogs ([`frameworks`]) hold ids `0..n` and are parsed
//! once per process. [`workspace::Workspace::compile`] runs the steps above
//! and returns a [`Compilation`]: the sources, the trees, the model, the
//! graph, the name tables, the [`workspace::ReferenceIndex`] and every
//! diagnostic, sorted. A compilation answers a language server's queries:
//! [`Compilation::symbol_at`], [`Compilation::definition`],
//! [`Compilation::references`] and [`Compilation::completions_at`].
//!
//! [`compile`] (a [`source::SourceSet`] in, a [`Compilation`] out) is a thin
//! wrapper over the workspace; the command line reads a project with
//! [`project::load`] (through [`project::load_workspace`]) and compiles it
//! the same way. Files are read only by [`project`]; stages never print.
//! [`format`](mod@format) is the canonical printer behind `crosswalk fmt`,
//! [`init`](mod@init) writes the starter project of `crosswalk init`,
//! [`oscal`] imports OSCAL catalogs as frameworks and exports a project as
//! OSCAL, and `cli` is the command line (behind the default `cli`
//! feature: the library builds without clap).

pub mod analysis;
#[cfg(feature = "cli")]
pub mod cli;
pub mod codes;
pub mod corpus;
pub mod dates;
pub mod diagnostic;
pub mod format;
pub mod frameworks;
pub mod graph;
pub mod init;
pub mod lint;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod oscal;
pub mod project;
pub mod render;
pub mod report;
pub mod resolve;
pub mod source;
pub mod suggest;
pub mod syntax;
pub mod terminal;
pub mod vocabulary;
pub mod wording;
pub mod workspace;

use std::sync::Arc;

use diagnostic::Diagnostic;
use graph::ControlGraph;
use resolve::{Model, Names};
use source::SourceSet;
use syntax::Ast;
use workspace::{ReferenceIndex, Workspace};

/// Everything one compilation produced, kept for the queries a language
/// server asks ([`Compilation::symbol_at`], [`Compilation::definition`],
/// [`Compilation::references`], [`Compilation::completions_at`]).
#[derive(Debug)]
pub struct Compilation {
    /// The sources compiled, under their file ids.
    pub sources: SourceSet,
    /// The resolved model (empty when a file was refused whole).
    pub model: Model,
    /// The linked graph.
    pub graph: ControlGraph,
    /// Every diagnostic, sorted by file (in precedence order), position and
    /// code.
    pub diagnostics: Vec<Diagnostic>,
    /// The tree of every file that has one, in precedence order (built-in
    /// catalogs first, then the project's files by path). A one-shot
    /// compilation ([`compile`], [`compile_without_lint`],
    /// [`Workspace::compile_once`]) frees the project's trees once they
    /// are resolved and holds only the built-in catalogs' here.
    pub asts: Vec<Arc<Ast>>,
    /// The resolver's name tables.
    pub names: Names,
    /// Every resolved reference's span and what it resolved to, and every
    /// definition's name.
    pub references: ReferenceIndex,
}

impl Compilation {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Every file of a source set parsed: the trees of the files that parse,
/// and every syntax diagnostic.
#[derive(Debug, Clone, Default)]
pub struct ParsedSources {
    /// Trees in load order (files refused whole left out).
    pub asts: Vec<Ast>,
    /// Syntax diagnostics of every file.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether some file was refused whole (no tree at all).
    pub failed: bool,
}

impl ParsedSources {
    /// Adds one more parsed file.
    pub fn push(&mut self, parsed: syntax::Parsed) {
        self.diagnostics.extend(parsed.diagnostics);
        match parsed.ast {
            Some(ast) if ast.broken.is_empty() => self.asts.push(ast),
            _ => self.failed = true,
        }
    }
}

/// Parses every file of a source set.
pub fn parse_sources(sources: &SourceSet) -> ParsedSources {
    let mut parsed = ParsedSources::default();
    for (id, file) in sources.iter() {
        parsed.push(syntax::parse(id, file));
    }
    parsed
}

/// Parses, resolves, links and analyses a set of sources: a thin wrapper
/// over [`Workspace::compile_once`] (the built-in catalogs of `sources`, when
/// they are [`frameworks::builtin_sources`] at their usual ids, share the
/// process's parse).
///
/// Every file is parsed, so every syntax error is reported, and every item
/// that parsed is resolved (see [`workspace`] for the rules when some did
/// not).
#[allow(clippy::needless_pass_by_value)] // The signature every caller knows.
pub fn compile(sources: SourceSet) -> Compilation {
    Workspace::from_sources(&sources).compile_once(true)
}

/// [`compile`] without the lint checks: for commands that analyse a project
/// and report only its errors (`coverage`, `explain`, `diff`), the warnings
/// would be computed for nothing.
#[allow(clippy::needless_pass_by_value)] // As `compile`.
pub fn compile_without_lint(sources: SourceSet) -> Compilation {
    Workspace::from_sources(&sources).compile_once(false)
}

/// [`compile`] for sources already parsed.
pub fn compile_parsed(sources: SourceSet, parsed: ParsedSources) -> Compilation {
    let ParsedSources {
        asts,
        diagnostics,
        failed,
    } = parsed;
    let asts = asts.into_iter().map(Arc::new).collect();
    workspace::compile_asts(
        sources,
        asts,
        diagnostics,
        failed,
        true,
        workspace::Trees::Keep,
    )
}
