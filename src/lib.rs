//! crosswalk: a compiler for compliance controls.
//!
//! A team declares each control once, in a small language kept in git; the
//! compiler links controls, risks, evidence and requirements of SOC 2,
//! ISO/IEC 42001, the NIST AI RMF and the EU AI Act into one graph, checks
//! it, and renders what auditors ask for.
//!
//! # Steps
//!
//! 1. **Parse** ([`syntax::parse`]): the text of one `.cw` file → its
//!    [`syntax::Ast`], every node with its span. The grammar is
//!    `grammar/crosswalk.pest`.
//! 2. **Resolve** ([`resolve::resolve`]): every file's AST, built-in
//!    catalogs first → one [`resolve::Model`], every reference looked up.
//! 3. **Link** ([`graph::link`]): the model → a typed [`graph::ControlGraph`].
//! 4. **Analyse**: [`coverage::coverage`] (covered, partial, derived,
//!    uncovered, excluded, not applicable, with derived paths) and
//!    [`lint::lint`] (warnings); [`explain`](mod@explain), [`diff`](mod@diff)
//!    and [`readiness`](mod@readiness) (the AI risk register: risks the
//!    system's components bring, their controls, residual gaps) build on
//!    them.
//!
//! [`compile`] runs parse, resolve, link and lint in order and gathers every
//! diagnostic. Files are read only by [`project`]; stages never print.
//! [`format`](mod@format) is the canonical printer behind `crosswalk fmt`,
//! [`init`](mod@init) writes the starter project of `crosswalk init`,
//! [`oscal`] imports OSCAL catalogs as frameworks and exports a project as
//! OSCAL, and [`cli`] is the command line.

pub mod analysis;
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
pub mod oscal;
pub mod project;
pub mod render;
pub mod resolve;
pub mod source;
pub mod suggest;
pub mod syntax;
pub mod terminal;
pub mod vocabulary;

use diagnostic::{Diagnostic, Diagnostics};
use graph::ControlGraph;
use resolve::Model;
use source::SourceSet;
use syntax::Ast;

/// Everything one compilation produced.
#[derive(Debug)]
pub struct Compilation {
    /// The sources compiled.
    pub sources: SourceSet,
    /// The resolved model (empty when a file failed to parse).
    pub model: Model,
    /// The linked graph.
    pub graph: ControlGraph,
    /// Every diagnostic, sorted by file, position and code.
    pub diagnostics: Vec<Diagnostic>,
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
    /// Trees in load order (files with syntax errors left out).
    pub asts: Vec<Ast>,
    /// Syntax diagnostics of every file.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether some file failed to parse.
    pub failed: bool,
}

impl ParsedSources {
    /// Adds one more parsed file (its id must follow the files already in).
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

/// Parses, resolves, links and analyses a set of sources.
///
/// Every file is parsed, so every syntax error is reported. When a file
/// fails to parse, resolution is skipped: names it defines would otherwise
/// show up as false "unknown" errors elsewhere. The analysis runs only on a
/// project without errors, for the same reason.
pub fn compile(sources: SourceSet) -> Compilation {
    let parsed = parse_sources(&sources);
    compile_parsed(sources, parsed)
}

/// [`compile`] without the lint checks: for commands that analyse a project
/// and report only its errors (`coverage`, `explain`, `diff`), the warnings
/// would be computed for nothing.
pub fn compile_without_lint(sources: SourceSet) -> Compilation {
    let parsed = parse_sources(&sources);
    compile_stages(sources, parsed, false)
}

/// [`compile`] for sources already parsed (for example built-in catalogs
/// parsed once and reused).
pub fn compile_parsed(sources: SourceSet, parsed: ParsedSources) -> Compilation {
    compile_stages(sources, parsed, true)
}

fn compile_stages(sources: SourceSet, parsed: ParsedSources, lint: bool) -> Compilation {
    let ParsedSources {
        asts,
        diagnostics: syntax_diagnostics,
        failed,
    } = parsed;
    let mut diagnostics = Diagnostics::from(syntax_diagnostics);
    let (model, graph) = if failed {
        (Model::default(), ControlGraph::default())
    } else {
        let (model, resolve_diagnostics) = resolve::resolve(&asts, &sources);
        diagnostics.extend(resolve_diagnostics.into());
        let graph = graph::link(&model);
        if lint && !diagnostics.has_errors() {
            diagnostics.extend(lint::lint(&model, &graph).into());
        }
        (model, graph)
    };
    // The trees are dropped here: everything later works on the model.
    drop(asts);
    Compilation {
        sources,
        model,
        graph,
        diagnostics: diagnostics.sorted(),
    }
}
