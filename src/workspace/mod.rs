//! The workspace: the files of one project, kept between compilations, in
//! the shape of typst's `World` and gleam's language-server file store.
//!
//! Each file is keyed by its path and holds a stable [`FileId`]: an id is
//! never reused or renumbered when another file is added or removed, so
//! spans, diagnostics and trees of unchanged files stay valid. Each file
//! keeps its parse until [`Workspace::set_file`] gives it new text, so a
//! compilation after one edit re-parses only the edited file. The built-in
//! catalogs hold the ids `0..n` in every workspace and are parsed once per
//! process, shared by every compilation.
//!
//! Precedence (which of two definitions is first, which one a project's
//! catalog replaces) is an explicit key, not the order files were added
//! in: built-in catalogs first, then the project's files by path
//! ([`precedence`]).

mod completion;
mod index;
mod query;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

pub use crate::resolve::{Names, Occurrence, Role, Symbol};
pub use completion::{Completion, CompletionKind};
pub use index::ReferenceIndex;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frameworks::{builtin_files, builtin_index, precompiled};
use crate::graph::{self, ControlGraph};
use crate::resolve;
use crate::source::{FileId, SourceFile, SourceSet, Span};
use crate::syntax::{self, Ast};
use crate::{Compilation, lint};

/// One file's parse: its tree (`None` when the whole file was refused) and
/// its syntax diagnostics.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// The tree, shared by every compilation until the file changes.
    pub ast: Option<Arc<Ast>>,
    /// The syntax diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

impl ParsedFile {
    /// Parses `source`, held under `id`.
    pub fn parse(id: FileId, source: &SourceFile) -> Self {
        let parsed = syntax::parse(id, source);
        Self {
            ast: parsed.ast.map(Arc::new),
            diagnostics: parsed.diagnostics,
        }
    }
}

/// The parse of built-in catalog `index`, made once per process: decoded
/// from the precompiled trees when they are current, parsed otherwise.
fn builtin_parse(index: usize) -> Arc<ParsedFile> {
    static PARSES: OnceLock<Vec<OnceLock<Arc<ParsedFile>>>> = OnceLock::new();
    let parses = PARSES.get_or_init(|| builtin_files().iter().map(|_| OnceLock::new()).collect());
    let id = FileId(u32::try_from(index).expect("fewer than 4 billion catalogs"));
    Arc::clone(parses[index].get_or_init(|| {
        Arc::new(match precompiled::builtin_tree(index, id) {
            Some(ast) => ParsedFile {
                ast: Some(Arc::new(ast)),
                diagnostics: Vec::new(),
            },
            None => ParsedFile::parse(id, &builtin_files()[index]),
        })
    }))
}

/// Where a file's parse comes from.
#[derive(Debug, Clone)]
enum Parse {
    /// A built-in catalog's, shared by the process.
    Builtin(usize),
    /// The file's own, made on the first compilation that needs it.
    Own(Arc<OnceLock<Arc<ParsedFile>>>),
}

/// One file of the workspace.
#[derive(Debug, Clone)]
struct Slot {
    source: Arc<SourceFile>,
    parse: Parse,
}

/// The files of a project, each under a stable id, with their parses.
#[derive(Debug, Default)]
pub struct Workspace {
    /// Indexed by file id; `None` where a file was removed.
    files: Vec<Option<Slot>>,
    /// The project's files by path (built-in catalogs are not in it).
    by_path: HashMap<String, FileId>,
    /// How many files this workspace parsed (built-in catalogs, parsed
    /// once per process, are not counted).
    parses: AtomicUsize,
}

impl Clone for Workspace {
    fn clone(&self) -> Self {
        Self {
            files: self.files.clone(),
            by_path: self.by_path.clone(),
            parses: AtomicUsize::new(self.parse_count()),
        }
    }
}

impl Workspace {
    /// A workspace holding the built-in catalogs (ids `0..n`) and no
    /// project file.
    pub fn new() -> Self {
        let files = builtin_files()
            .iter()
            .enumerate()
            .map(|(i, file)| {
                Some(Slot {
                    source: Arc::clone(file),
                    parse: Parse::Builtin(i),
                })
            })
            .collect();
        Self {
            files,
            ..Self::default()
        }
    }

    /// A workspace without the built-in catalogs.
    pub fn empty() -> Self {
        Self::default()
    }

    /// A workspace holding the files of `sources` under their ids. A
    /// built-in catalog at its usual id shares the process's parse;
    /// any other file is parsed when compiled.
    pub fn from_sources(sources: &SourceSet) -> Self {
        let mut workspace = Self::empty();
        for (id, file) in sources.iter() {
            let index = id.0 as usize;
            if workspace.files.len() <= index {
                workspace.files.resize(index + 1, None);
            }
            let parse = match builtin_index(id, file) {
                Some(i) => Parse::Builtin(i),
                None => Parse::Own(Arc::default()),
            };
            workspace.files[index] = Some(Slot {
                source: Arc::clone(sources.shared(id)),
                parse,
            });
            if !file.builtin {
                workspace.by_path.entry(file.name.clone()).or_insert(id);
            }
        }
        workspace
    }

    /// Sets the text of the project file at `path` (its name in
    /// diagnostics, `/` separators): a new file gets the next unused id, a
    /// known one keeps its id and, when its text changed, loses its parse.
    pub fn set_file(&mut self, path: &str, text: impl Into<Arc<str>>) -> FileId {
        let text: Arc<str> = text.into();
        if let Some(&id) = self.by_path.get(path) {
            let slot = self.files[id.0 as usize]
                .as_mut()
                .expect("a path names a live file");
            if *slot.source.text != *text {
                *slot = Slot {
                    source: Arc::new(SourceFile::new(path, text, false)),
                    parse: Parse::Own(Arc::default()),
                };
            }
            return id;
        }
        let id = FileId(u32::try_from(self.files.len()).expect("fewer than 4 billion files"));
        self.files.push(Some(Slot {
            source: Arc::new(SourceFile::new(path, text, false)),
            parse: Parse::Own(Arc::default()),
        }));
        self.by_path.insert(path.to_owned(), id);
        id
    }

    /// Removes the project file at `path`; its id is never given to
    /// another file. Returns the id it had.
    pub fn remove_file(&mut self, path: &str) -> Option<FileId> {
        let id = self.by_path.remove(path)?;
        self.files[id.0 as usize] = None;
        Some(id)
    }

    /// The id of the project file at `path`.
    pub fn file_id(&self, path: &str) -> Option<FileId> {
        self.by_path.get(path).copied()
    }

    /// The file with this id, unless it was removed.
    pub fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.slot(id).map(|s| &*s.source)
    }

    fn slot(&self, id: FileId) -> Option<&Slot> {
        self.files.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// Every file, in precedence order.
    pub fn files(&self) -> Vec<(FileId, &SourceFile)> {
        let sources = self.sources();
        precedence(&sources)
            .into_iter()
            .filter_map(|id| self.file(id).map(|f| (id, f)))
            .collect()
    }

    /// The files as a source set, under their ids.
    pub fn sources(&self) -> SourceSet {
        let mut sources = SourceSet::new();
        for (i, slot) in self.files.iter().enumerate() {
            if let Some(slot) = slot {
                let id = FileId(u32::try_from(i).expect("fewer than 4 billion files"));
                sources.put(id, Arc::clone(&slot.source));
            }
        }
        sources
    }

    /// The parse of file `id`, made now unless it is kept.
    pub fn parsed(&self, id: FileId) -> Option<Arc<ParsedFile>> {
        let slot = self.slot(id)?;
        Some(match &slot.parse {
            Parse::Builtin(i) => builtin_parse(*i),
            Parse::Own(cell) => Arc::clone(cell.get_or_init(|| {
                self.parses.fetch_add(1, Ordering::Relaxed);
                Arc::new(ParsedFile::parse(id, &slot.source))
            })),
        })
    }

    /// How many files this workspace has parsed so far (the built-in
    /// catalogs are parsed once per process and not counted).
    pub fn parse_count(&self) -> usize {
        self.parses.load(Ordering::Relaxed)
    }

    /// Parses what changed, resolves, links and lints every file.
    pub fn compile(&self) -> Compilation {
        self.compile_stages(true)
    }

    /// [`Workspace::compile`] without the lint checks.
    pub fn compile_without_lint(&self) -> Compilation {
        self.compile_stages(false)
    }

    /// Compiles once and gives the workspace up: the project's trees are
    /// freed as soon as resolution no longer needs them, before lint and
    /// the rest, so the compilation holds no tree of a project file
    /// (`Compilation::asts` has only the built-in catalogs', which the
    /// process shares). For one-shot commands (`check`, `build`), whose
    /// peak memory the trees would otherwise add to.
    pub fn compile_once(self, lint: bool) -> Compilation {
        let (sources, parses) = self.parse_all();
        // The workspace's own hold on each parse goes with it, so each
        // project tree below is held once and freed when dropped.
        drop(self);
        compile_parses(sources, parses, lint, Trees::DropAfterResolve)
    }

    fn compile_stages(&self, lint: bool) -> Compilation {
        let (sources, parses) = self.parse_all();
        compile_parses(sources, parses, lint, Trees::Keep)
    }

    /// The files as a source set and their parses, in precedence order.
    fn parse_all(&self) -> (SourceSet, Vec<Arc<ParsedFile>>) {
        let sources = self.sources();
        let order = precedence(&sources);
        let parses = order.iter().filter_map(|&id| self.parsed(id)).collect();
        (sources, parses)
    }
}

/// Whether a compilation keeps the project's trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trees {
    /// Keep every tree in [`Compilation::asts`].
    Keep,
    /// Free the project's trees once resolved (the built-in catalogs'
    /// stay: they are the process's).
    DropAfterResolve,
}

/// Compiles parses in precedence order (see [`compile_asts`]).
fn compile_parses(
    sources: SourceSet,
    parses: Vec<Arc<ParsedFile>>,
    lint: bool,
    trees: Trees,
) -> Compilation {
    let mut syntax_diagnostics = Vec::new();
    let mut asts = Vec::new();
    let mut refused = false;
    for shared in parses {
        // A parse held only here gives its tree and diagnostics up
        // instead of copies.
        let parse = Arc::try_unwrap(shared).unwrap_or_else(|shared| (*shared).clone());
        syntax_diagnostics.extend(parse.diagnostics);
        match parse.ast {
            Some(ast) => asts.push(ast),
            None => refused = true,
        }
    }
    compile_asts(sources, asts, syntax_diagnostics, refused, lint, trees)
}

/// The files of `sources` in precedence order: built-in catalogs first,
/// then the project's files, each group by name (and by id for two of one
/// name). Resolution reads files in this order: the first of two
/// definitions is the one kept, and a project's framework or risk replaces
/// a built-in one.
pub fn precedence(sources: &SourceSet) -> Vec<FileId> {
    let mut files: Vec<(bool, &str, FileId)> = sources
        .iter()
        .map(|(id, f)| (!f.builtin, f.name.as_str(), id))
        .collect();
    files.sort_unstable();
    files.into_iter().map(|(_, _, id)| id).collect()
}

/// Resolves, links and (when `lint`) lints trees given in any order, with
/// the syntax diagnostics of their files.
///
/// Resolution runs on every item that parsed, even when some item did not
/// (`Ast.broken`): names the broken items declare are not reported unknown.
/// When a file was refused whole (`refused`: no tree at all), resolution is
/// skipped, since any name might have been declared there. Lint runs even
/// when there are errors, but a warning inside an item that has an error is
/// dropped: the error is the thing to fix there.
pub(crate) fn compile_asts(
    sources: SourceSet,
    mut asts: Vec<Arc<Ast>>,
    syntax_diagnostics: Vec<Diagnostic>,
    refused: bool,
    lint: bool,
    trees: Trees,
) -> Compilation {
    let order = precedence(&sources);
    let mut rank = vec![usize::MAX; order.iter().map(|id| id.0 as usize + 1).max().unwrap_or(0)];
    for (r, id) in order.iter().enumerate() {
        rank[id.0 as usize] = r;
    }
    let rank_of = |file: FileId| rank.get(file.0 as usize).copied().unwrap_or(usize::MAX);
    asts.sort_by_key(|ast| rank_of(ast.file));
    let mut diagnostics = syntax_diagnostics;
    let (resolution, graph) = if refused {
        (resolve::Resolution::default(), ControlGraph::default())
    } else {
        let refs: Vec<&Ast> = asts.iter().map(|a| &**a).collect();
        let mut resolution = resolve::resolve(&refs, &sources);
        let resolve_errors = resolution.diagnostics.iter().any(Diagnostic::is_error);
        diagnostics.append(&mut resolution.diagnostics);
        drop(refs);
        // Lint keeps no warning inside an item with an error, and every
        // error is known by now: the items are found before the trees go.
        let errored = if lint && !resolve_errors {
            errored_items(&asts, &diagnostics)
        } else {
            Vec::new()
        };
        if trees == Trees::DropAfterResolve {
            asts.retain(|ast| sources.get(ast.file).builtin);
        }
        let graph = graph::link(&resolution.model);
        // An unresolved reference leaves the model short of what the
        // project says: lint would warn about the gap, not the project.
        if lint && !resolve_errors {
            let warnings = lint::lint(&resolution.model, &graph);
            diagnostics.extend(
                warnings
                    .into_iter()
                    .filter(|w| !inside_any(w.primary.span, &errored)),
            );
        }
        (resolution, graph)
    };
    let mut diagnostics = Diagnostics::from(diagnostics).sorted();
    // Stable: within one file, the order `sorted` gave.
    diagnostics.sort_by_key(|d| rank_of(d.primary.span.file));
    let resolve::Resolution {
        model,
        names,
        occurrences,
        ..
    } = resolution;
    Compilation {
        sources,
        references: ReferenceIndex::new(occurrences),
        model,
        graph,
        diagnostics,
        asts,
        names,
    }
}

/// Whether some span of `sorted` (sorted by file and start) lies inside
/// `outer`.
fn holds_any(outer: Span, sorted: &[Span]) -> bool {
    let first = sorted.partition_point(|s| (s.file, s.start) < (outer.file, outer.start));
    sorted[first..]
        .iter()
        .take_while(|s| s.file == outer.file && s.start <= outer.end)
        .any(|&s| outer.holds(s))
}

/// The spans of the top-level items (parsed or broken) that hold the
/// primary span of some error, sorted.
fn errored_items(asts: &[Arc<Ast>], diagnostics: &[Diagnostic]) -> Vec<Span> {
    let mut errors: Vec<Span> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.primary.span)
        .collect();
    if errors.is_empty() {
        return Vec::new();
    }
    errors.sort_unstable();
    let mut items: Vec<Span> = asts
        .iter()
        .flat_map(|a| {
            a.items
                .iter()
                .map(|i| i.span)
                .chain(a.broken.iter().map(|b| b.span))
        })
        .filter(|&item| holds_any(item, &errors))
        .collect();
    items.sort_unstable();
    items.dedup();
    items
}

/// Whether `span` lies inside one of `items` (top-level items, which do not
/// overlap; sorted).
fn inside_any(span: Span, items: &[Span]) -> bool {
    let after = items.partition_point(|i| (i.file, i.start) <= (span.file, span.start));
    after > 0 && items[after - 1].holds(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::error::{UNKNOWN_CONTROL, UNKNOWN_FRAMEWORK, UNKNOWN_RISK};
    use crate::syntax::ast::BrokenItem;

    /// What parses of the project below; the rest is three items that do
    /// not.
    const GOOD: &str = r#"control GOOD "Good" {
  owner "x"
  mitigates drift
  satisfies soc2@2017:CC8.1 equal
}
control PART "Part" {
  owner "y"
  satisfies soc2@2017:CC9.1 subset
}
exclude ghost@1:X because "not in scope"
conclusion soc2@2017:CC9.1 {
  met-by PART, BROKEN
  because "together"
  reviewer "r"
  date "2025-01-01"
}
"#;
    const BROKEN: [(&str, &str, &str); 3] = [
        ("risk", "drift", "risk drift \"Drift\" { category ?? }\n"),
        ("control", "BROKEN", "control BROKEN \"B\" { satisfies }\n"),
        (
            "framework",
            "ghost@1",
            "framework ghost version \"1\" \"G\" { requirement }\n",
        ),
    ];

    /// The project as recovery would give it: the good items parsed, each
    /// broken item with its span and its own error.
    fn project(with_broken: bool) -> (SourceSet, Vec<Arc<Ast>>, Vec<Diagnostic>) {
        let mut text = GOOD.to_owned();
        let mut broken = Vec::new();
        let mut errors = Vec::new();
        for (keyword, name, item) in BROKEN {
            let start = text.len();
            text.push_str(item);
            let span = Span::new(FileId(0), start, text.len());
            broken.push(BrokenItem {
                keyword: Some(keyword.to_owned()),
                name: Some(name.to_owned()),
                span,
            });
            errors.push(Diagnostic::error(
                "crosswalk::syntax::unexpected",
                span,
                "broken",
            ));
        }
        let mut workspace = Workspace::new();
        let id = workspace.set_file("p.cw", text.as_str());
        let parsed = syntax::parse(id, &SourceFile::new("p.cw", GOOD, false));
        let mut ast = parsed.ast.expect("the good items parse");
        let errors = errors
            .into_iter()
            .map(|mut d| {
                d.primary.span.file = id;
                d
            })
            .collect();
        if with_broken {
            ast.broken = broken
                .into_iter()
                .map(|mut b| {
                    b.span.file = id;
                    b
                })
                .collect();
        }
        let mut asts: Vec<Arc<Ast>> = (0..id.0)
            .filter_map(|i| workspace.parsed(FileId(i)))
            .filter_map(|p| p.ast.clone())
            .collect();
        asts.push(Arc::new(ast));
        (workspace.sources(), asts, errors)
    }

    fn codes(compilation: &Compilation) -> Vec<&'static str> {
        compilation.diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn names_of_broken_items_are_not_unknown() {
        let (sources, asts, errors) = project(true);
        let compilation = compile_asts(sources, asts, errors, false, true, Trees::Keep);
        let codes = codes(&compilation);
        for unknown in [UNKNOWN_RISK, UNKNOWN_CONTROL, UNKNOWN_FRAMEWORK] {
            assert!(!codes.contains(&unknown), "{codes:?}");
        }
        let errors: Vec<_> = compilation
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        assert_eq!(errors.len(), 3, "one error per broken item: {errors:#?}");
        // The good items are resolved, and linted: their warnings are kept
        // beside the errors.
        let good = compilation.names.control("GOOD").expect("resolved");
        assert_eq!(compilation.model.control(good).satisfies.len(), 1);
        assert!(compilation.names.control("PART").is_some());
        assert!(
            compilation
                .diagnostics
                .iter()
                .any(|d| !d.is_error() && d.primary.span == compilation.model.control(good).span),
            "GOOD lists no evidence: {:#?}",
            compilation.diagnostics
        );
    }

    #[test]
    fn without_the_broken_items_the_names_are_unknown() {
        let (sources, asts, errors) = project(false);
        let compilation = compile_asts(sources, asts, errors, false, true, Trees::Keep);
        let codes = codes(&compilation);
        for unknown in [UNKNOWN_RISK, UNKNOWN_CONTROL, UNKNOWN_FRAMEWORK] {
            assert!(codes.contains(&unknown), "{codes:?}");
        }
    }

    #[test]
    fn warnings_inside_an_item_with_an_error_are_dropped() {
        // The items with an error are found before the trees are freed.
        for trees in [Trees::Keep, Trees::DropAfterResolve] {
            warnings_inside_an_item_with_an_error_are_dropped_with(trees);
        }
    }

    fn warnings_inside_an_item_with_an_error_are_dropped_with(trees: Trees) {
        let (sources, asts, mut errors) = project(true);
        // An error inside GOOD (as a word outside a vocabulary gives).
        let file = asts.last().unwrap().file;
        let owner = GOOD.find("owner \"x\"").unwrap();
        errors.push(Diagnostic::error(
            "crosswalk::syntax::unknown_word",
            Span::new(file, owner, owner + 9),
            "inside GOOD",
        ));
        let compilation = compile_asts(sources, asts, errors, false, true, trees);
        let good = compilation
            .model
            .control(compilation.names.control("GOOD").unwrap());
        let part = compilation
            .model
            .control(compilation.names.control("PART").unwrap());
        let warned = |span: Span| {
            compilation
                .diagnostics
                .iter()
                .any(|d| !d.is_error() && d.primary.span == span)
        };
        assert!(!warned(good.span), "GOOD has an error: its warnings go");
        assert!(warned(part.span), "PART's warnings stay");
    }

    #[test]
    fn a_file_refused_whole_skips_resolution() {
        let (sources, asts, errors) = project(true);
        let compilation = compile_asts(sources, asts, errors, true, true, Trees::Keep);
        assert!(compilation.model.controls.is_empty());
        assert_eq!(codes(&compilation).len(), 3);
    }

    #[test]
    fn a_one_shot_compilation_frees_the_project_trees_and_says_the_same() {
        let mut workspace = Workspace::new();
        // Without the exclusion of an unknown framework, which would stop
        // lint.
        let good = GOOD.replace("exclude ghost@1:X because \"not in scope\"\n", "");
        workspace.set_file("good.cw", good);
        workspace.set_file("risks.cw", "risk drift \"Drift\" { category model }\n");
        workspace.set_file("broken.cw", "control BROKEN \"B\" { satisfies }\n");
        let kept = workspace.compile();
        let once = workspace.clone().compile_once(true);
        let project_trees = |c: &Compilation| {
            c.asts
                .iter()
                .filter(|a| !c.sources.get(a.file).builtin)
                .count()
        };
        assert_eq!(project_trees(&kept), 3);
        assert_eq!(project_trees(&once), 0, "the project's trees are freed");
        assert_eq!(
            kept.asts.len(),
            once.asts.len() + 3,
            "the built-in catalogs' stay"
        );
        let said = |c: &Compilation| -> Vec<String> {
            c.diagnostics
                .iter()
                .map(|d| format!("{} {:?} {}", d.code, d.primary.span, d.message))
                .collect()
        };
        assert!(kept.has_errors() && kept.diagnostics.iter().any(|d| !d.is_error()));
        assert_eq!(said(&kept), said(&once));
        assert_eq!(kept.model.controls.len(), once.model.controls.len());
        // Another compilation of the kept workspace parses nothing again.
        let parses = workspace.parse_count();
        let _again = workspace.compile();
        assert_eq!(workspace.parse_count(), parses);
    }

    #[test]
    fn ids_are_never_reused() {
        let mut workspace = Workspace::empty();
        let a = workspace.set_file("a.cw", "");
        let b = workspace.set_file("b.cw", "");
        assert_eq!(workspace.remove_file("a.cw"), Some(a));
        assert_eq!(workspace.remove_file("a.cw"), None);
        let c = workspace.set_file("c.cw", "");
        let a_again = workspace.set_file("a.cw", "");
        assert!(a < b && b < c && c < a_again);
        assert_eq!(workspace.file_id("b.cw"), Some(b));
        let names: Vec<&str> = workspace
            .files()
            .iter()
            .map(|(_, f)| f.name.as_str())
            .collect();
        assert_eq!(names, ["a.cw", "b.cw", "c.cw"], "precedence by path");
    }
}
