//! The command line: parses arguments (clap), calls the library, prints.
//! Exit codes: 0 ok, 1 findings the user asked to fail on, 2 input errors.

mod build;
mod check;
mod completions;
mod corpus;
mod coverage;
mod diff;
mod explain;
mod fmt;
mod frameworks;
mod graph;
mod init;
mod lsp;
mod man;
mod oscal;
mod risks;
mod staging;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diagnostic::{Code, TextStyle, render_json, render_text};
use crate::resolve::Names;
use crate::resolve::model::FrameworkId;
use crate::source::{SourceSet, Span};
use crate::suggest::{did_you_mean, suggest_word};
use crate::{Compilation, project};

/// A compiler for compliance controls: declare each control once, map it to
/// SOC 2, ISO/IEC 42001, the NIST AI RMF and the EU AI Act.
#[derive(Debug, Parser)]
#[command(name = "crosswalk", version, about, max_term_width = 100)]
struct Cli {
    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = Colour::Auto, global = true)]
    color: Colour,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Colour {
    /// Colour when writing to a terminal and the NO_COLOR variable is unset.
    #[allow(clippy::doc_markdown)] // Help text: backticks would print as they are.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For machines (a stable shape; see the README).
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a project: syntax, references, mappings and control hygiene.
    Check(check::Args),
    /// Render the documents: control matrices, auditor mappings, the SOC 2
    /// system description, the ISO/IEC 42001 Statement of Applicability,
    /// evidence requests, coverage, graph.
    Build(build::Args),
    /// Write a starter project: a system block and three controls, commented.
    Init(init::Args),
    /// Rewrite .cw files in the canonical layout, keeping every comment.
    Fmt(fmt::Args),
    /// Report coverage: covered, partial, derived, uncovered, excluded, not applicable, informative.
    Coverage(coverage::Args),
    /// Explain a control, requirement or risk: everything linked to it, and why.
    Explain(explain::Args),
    /// Print the graph of controls, risks and requirements as DOT or Mermaid.
    Graph(graph::Args),
    /// The risk register: risks the components bring, their controls, residual gaps.
    Risks(risks::Args),
    /// Compare coverage: the project against a git revision, or across a framework's versions.
    ///
    /// With --base REV|DIR: the project at a git revision (or in another
    /// folder) against the project now: the requirements that gained or
    /// lost coverage, the mapping edges and conclusions added, removed or
    /// changed, and review downgrades. --fail-on regression makes it a
    /// gate for CI; --format markdown and sarif are for a pull request
    /// comment and code scanning.
    ///
    /// With --from ID@OLD --to ID@NEW: the project's coverage carried
    /// across a framework's version crosswalk, requirement by requirement
    /// (direct, carried, weakened, partial, review, uncovered or new).
    Diff(diff::Args),
    /// Write a generated project at a chosen scale, for benchmarks.
    #[command(hide = true)]
    Corpus(corpus::Args),
    /// List the loaded framework catalogs, or show one.
    Frameworks(frameworks::Args),
    /// Import a catalog from another format (OSCAL).
    Import(oscal::ImportArgs),
    /// Export the project to another format (OSCAL).
    Export(oscal::ExportArgs),
    /// Run the language server over stdio, for editors.
    Lsp(lsp::Args),
    /// Print a shell's completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::Args),
    /// Print the manual page, or write one page per command into a folder.
    Man(man::Args),
}

/// Exit code: success.
const OK: u8 = 0;
/// Exit code: findings the user asked to fail on.
const FINDINGS: u8 = 1;
/// Exit code: the input is wrong.
const INPUT_ERROR: u8 = 2;

/// Error: a framework named on the command line (`--framework`, `--from`,
/// `--to`, `frameworks show`) is not loaded; the help suggests the nearest
/// loaded names.
pub const UNKNOWN_FRAMEWORK: &str = "crosswalk::cli::unknown_framework";

/// Error: a framework named on the command line is loaded, but not in the
/// version named; the help lists the versions loaded.
pub const UNKNOWN_VERSION: &str = "crosswalk::cli::unknown_version";

/// Error: a framework named on the command line without a version is
/// loaded in several versions; the help lists them.
pub const AMBIGUOUS_FRAMEWORK: &str = "crosswalk::cli::ambiguous_framework";

/// The codes the command line raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(
        UNKNOWN_FRAMEWORK,
        "a framework named on the command line (`--framework`, `--from`, `--to`, `frameworks show`) is not loaded; help suggests names",
    ),
    Code::error(
        UNKNOWN_VERSION,
        "that framework is loaded, but not in the version named; help lists the loaded versions",
    ),
    Code::error(
        AMBIGUOUS_FRAMEWORK,
        "a framework named without a version is loaded in several; help lists them",
    ),
];

/// The definition of the command line (clap's command tree): what
/// `crosswalk completions` and `crosswalk man` are generated from, and
/// what a command line written elsewhere (a CI recipe, a hook) can be
/// checked against with [`clap::Command::try_get_matches_from`].
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Runs the command line and returns the process's exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { INPUT_ERROR } else { OK });
        }
    };
    let output = Output::new(cli.color);
    let json = cli.command.prints_json();
    let result = match cli.command {
        Command::Check(args) => check::run(&args, &output),
        Command::Build(args) => build::run(&args, &output),
        Command::Init(args) => init::run(&args, &output),
        Command::Fmt(args) => fmt::run(&args, &output),
        Command::Coverage(args) => coverage::run(&args, &output),
        Command::Explain(args) => explain::run(&args, &output),
        Command::Risks(args) => risks::run(&args, &output),
        Command::Diff(args) => diff::run(&args, &output),
        Command::Graph(args) => graph::run(&args, &output),
        Command::Corpus(args) => corpus::run(&args, &output),
        Command::Frameworks(args) => frameworks::run(&args, &output),
        Command::Import(args) => oscal::import(&args, &output),
        Command::Export(args) => oscal::export(&args, &output),
        Command::Lsp(args) => lsp::run(&args, &output),
        Command::Completions(args) => completions::run(&args, &output),
        Command::Man(args) => man::run(&args, &output),
    };
    ExitCode::from(result.unwrap_or_else(|failure| {
        failure.print(&output, json);
        INPUT_ERROR
    }))
}

impl Command {
    /// Whether the command was asked for JSON: its failures are then
    /// printed as the JSON of `check --format json`, on standard output.
    fn prints_json(&self) -> bool {
        match self {
            Command::Check(args) => args.common.format == Format::Json,
            Command::Coverage(args) => args.common.format == Format::Json,
            Command::Explain(args) => args.common.format == Format::Json,
            Command::Risks(args) => args.common.format == Format::Json,
            Command::Frameworks(args) => args.format == Format::Json,
            Command::Diff(args) => args.prints_json(),
            Command::Build(_)
            | Command::Init(_)
            | Command::Fmt(_)
            | Command::Graph(_)
            | Command::Corpus(_)
            | Command::Import(_)
            | Command::Export(_)
            | Command::Lsp(_)
            | Command::Completions(_)
            | Command::Man(_) => false,
        }
    }
}

/// What a command returns: its exit code, or why it stopped.
type Outcome = Result<u8, Failure>;

/// Why a command stopped: printed by [`run`], which then exits with
/// [`INPUT_ERROR`].
#[derive(Debug)]
enum Failure {
    /// Diagnostics, with the files they point into: the project's, a
    /// catalog's, the templates', or a command-line argument's
    /// ([`Argument`]).
    Diagnostics {
        /// The diagnostics, in report order.
        diagnostics: Vec<crate::diagnostic::Diagnostic>,
        /// The files they point into.
        sources: SourceSet,
    },
    /// A one-line error about something other than an input (a path, the
    /// output folder, the environment).
    Message(String),
}

impl From<&project::LoadError> for Failure {
    fn from(error: &project::LoadError) -> Self {
        let (diagnostic, sources) = error.report();
        Self::Diagnostics {
            diagnostics: vec![diagnostic],
            sources,
        }
    }
}

impl From<crate::render::TemplateErrors> for Failure {
    fn from(errors: crate::render::TemplateErrors) -> Self {
        Self::Diagnostics {
            diagnostics: errors.diagnostics,
            sources: errors.sources,
        }
    }
}

impl Failure {
    /// Prints the failure: diagnostics as text on standard error, or with
    /// `json` as JSON on standard output; a message as one line on standard
    /// error, with its control characters escaped.
    fn print(&self, output: &Output, json: bool) {
        match self {
            Failure::Diagnostics {
                diagnostics,
                sources,
            } if json => output.out(&render_json(diagnostics, sources)),
            Failure::Diagnostics {
                diagnostics,
                sources,
            } => output.err(&render_text(
                diagnostics,
                sources,
                output.style,
                output.width,
            )),
            Failure::Message(message) => output.error(message),
        }
    }
}

/// A value given on the command line, kept as a source of its own so that
/// a diagnostic about it points at it: a file named `command line` holding
/// the option (or command) and the value, the span covering the value.
struct Argument {
    sources: SourceSet,
    span: Span,
    value: String,
}

impl Argument {
    /// `value`, given after `option` (`--from`, `explain`).
    fn new(option: &str, value: &str) -> Self {
        let mut sources = SourceSet::new();
        let file = sources.add(crate::source::SourceFile::new(
            "command line",
            format!("{option} {value}"),
            false,
        ));
        let start = option.len() + 1;
        Self {
            sources,
            span: Span::new(file, start, start + value.len()),
            value: value.to_owned(),
        }
    }

    /// A failure of `diagnostic`, which points at this argument.
    fn failure(self, diagnostic: crate::diagnostic::Diagnostic) -> Failure {
        Failure::Diagnostics {
            diagnostics: vec![diagnostic],
            sources: self.sources,
        }
    }
}

/// Where and how results are printed.
struct Output {
    style: TextStyle,
    width: usize,
}

impl Output {
    fn new(colour: Colour) -> Self {
        let colour = match colour {
            Colour::Always => true,
            Colour::Never => false,
            Colour::Auto => {
                std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .filter(|&w: &usize| w >= 40)
            .unwrap_or(100);
        Self {
            style: if colour {
                TextStyle::Colour
            } else {
                TextStyle::Plain
            },
            width,
        }
    }

    /// Prints to standard output.
    #[allow(clippy::unused_self)] // Kept a method so every print goes through `Output`.
    fn out(&self, text: &str) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }

    /// Prints to standard error.
    #[allow(clippy::unused_self)] // Kept a method so every print goes through `Output`.
    fn err(&self, text: &str) {
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(text.as_bytes());
        let _ = stderr.flush();
    }

    /// Prints diagnostics as text on standard error (for diagnostics that
    /// do not stop the command: an import's warnings, one file `fmt`
    /// leaves alone).
    fn diagnostics(&self, diagnostics: &[crate::diagnostic::Diagnostic], sources: &SourceSet) {
        self.err(&render_text(diagnostics, sources, self.style, self.width));
    }

    /// Prints a one-line error about something other than a `.cw` file,
    /// with control characters from paths and arguments escaped.
    fn error(&self, message: &str) {
        self.err(&format!("error: {}\n", crate::terminal::lines(message)));
    }
}

/// The project folder argument shared by commands.
#[derive(Debug, Clone, clap::Args)]
struct ProjectArg {
    /// The project: a folder of .cw files (read recursively) or one file.
    #[arg(default_value = ".")]
    path: PathBuf,
}

/// OSCAL catalogs loaded as frameworks, for every command that compiles a
/// project.
#[derive(Debug, Clone, Default, clap::Args)]
struct FrameworkFiles {
    /// Load an OSCAL catalog (JSON, YAML or XML) as a framework, or an
    /// OSCAL mapping collection as crosswalks, as crosswalk import oscal
    /// would write them (repeatable).
    #[arg(long = "framework-file", value_name = "FILE", global = true)]
    files: Vec<PathBuf>,
}

/// The project a command reads and the catalogs loaded with it.
#[derive(Debug, Clone, clap::Args)]
struct ProjectArgs {
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    framework_files: FrameworkFiles,
}

/// Where `--format` is listed in a command's help: after the command's own
/// options, as it is declared last.
const FORMAT_ORDER: usize = 100;

/// The arguments of the commands that report on a project as text or JSON:
/// the project, its catalogs, and the format.
#[derive(Debug, Clone, clap::Args)]
struct Common {
    #[command(flatten)]
    input: ProjectArgs,
    /// Print as text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text, display_order = FORMAT_ORDER)]
    format: Format,
}

impl ProjectArgs {
    /// The project's path as given.
    fn path(&self) -> &std::path::Path {
        &self.project.path
    }

    /// Reads the project and the `--framework-file` catalogs.
    fn load(&self, output: &Output) -> Result<SourceSet, Failure> {
        load(&self.project.path, &self.framework_files, output)
    }

    /// Loads and compiles the project (see [`compile_project`]).
    fn compile(&self, output: &Output) -> Result<Compilation, Failure> {
        compile_project(&self.project.path, &self.framework_files, output)
    }
}

/// Reads the project at `path` and the `--framework-file` catalogs (an
/// import's warnings are printed).
fn load(
    path: &std::path::Path,
    frameworks: &FrameworkFiles,
    output: &Output,
) -> Result<SourceSet, Failure> {
    let mut sources = project::load(path).map_err(|error| Failure::from(&error))?;
    frameworks.add_to(&mut sources, output)?;
    Ok(sources)
}

/// Loads and compiles the project at `path` (without the lint checks,
/// whose warnings only `check` prints); its errors are a failure.
fn compile_project(
    path: &std::path::Path,
    frameworks: &FrameworkFiles,
    output: &Output,
) -> Result<Compilation, Failure> {
    compiled(crate::compile_without_lint(load(path, frameworks, output)?))
}

/// The compilation, or its diagnostics as a failure when it has errors.
fn compiled(compilation: Compilation) -> Result<Compilation, Failure> {
    if compilation.has_errors() {
        return Err(Failure::Diagnostics {
            diagnostics: compilation.diagnostics,
            sources: compilation.sources,
        });
    }
    Ok(compilation)
}

impl FrameworkFiles {
    /// Imports each catalog and adds it to `sources`; a catalog that cannot
    /// be read or imported is a failure.
    fn add_to(&self, sources: &mut SourceSet, output: &Output) -> Result<(), Failure> {
        for path in &self.files {
            let imported =
                oscal::read_document(path, &crate::oscal::ImportOptions::default(), output)?;
            sources.add(crate::source::SourceFile::new(
                format!("{} (imported)", project::display_name(path)),
                imported.text().to_owned(),
                false,
            ));
        }
        Ok(())
    }
}

/// Looks up `name@version` (the version may be left out when only one is
/// loaded), given on the command line as `argument`, in the name tables;
/// a diagnostic pointing at it, with a suggestion, when nothing matches.
fn find_framework(
    names: &Names,
    argument: &Argument,
) -> Result<FrameworkId, Box<crate::diagnostic::Diagnostic>> {
    use crate::diagnostic::Diagnostic;
    let wanted = argument.value.as_str();
    let (name, version) = match wanted.split_once('@') {
        Some((n, v)) => (n, Some(v)),
        None => (wanted, None),
    };
    if let Some(id) = names.framework(name, version) {
        return Ok(id);
    }
    let versions = names.versions(name);
    if versions.is_empty() {
        let list = "run `crosswalk frameworks` to list them";
        let help = did_you_mean(&suggest_word(name, &names.framework_names()))
            .map_or_else(|| list.to_owned(), |d| format!("{d} ({list})"));
        return Err(Box::new(
            Diagnostic::error(
                UNKNOWN_FRAMEWORK,
                argument.span,
                format!("no framework named `{name}` is loaded"),
            )
            .label("not loaded")
            .help(help),
        ));
    }
    let listed = versions
        .iter()
        .map(|(v, _)| format!("`{name}@{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(Box::new(match version {
        Some(v) => Diagnostic::error(
            UNKNOWN_VERSION,
            argument.span,
            format!("framework `{name}` has no version `{v}` loaded"),
        )
        .label("not loaded")
        .help(format!("the loaded versions are {listed}")),
        None => Diagnostic::error(
            AMBIGUOUS_FRAMEWORK,
            argument.span,
            format!("`{name}` is loaded in several versions"),
        )
        .label("which version?")
        .help(format!("name one: {listed}")),
    }))
}

/// Looks up every `--framework` value in the name tables; the first
/// unknown one is a failure.
fn find_frameworks(names: &Names, wanted: &[String]) -> Result<Vec<FrameworkId>, Failure> {
    wanted
        .iter()
        .map(|w| {
            let argument = Argument::new("--framework", w);
            find_framework(names, &argument).map_err(|d| argument.failure(*d))
        })
        .collect()
}

/// Parses a `YYYY-MM-DD` argument (`--on`).
fn date_arg(text: &str) -> Result<String, String> {
    if crate::syntax::is_date(text) {
        Ok(text.to_owned())
    } else {
        Err("write the day as YYYY-MM-DD".to_owned())
    }
}

/// Loads the document templates (built in, or overridden from `dir`).
fn load_templates(dir: Option<&std::path::Path>) -> Result<crate::render::Templates, Failure> {
    crate::render::Templates::load(dir).map_err(Failure::from)
}

/// `SOURCE_DATE_EPOCH`, the seconds since 1970 that dated output carries
/// instead of a clock's time: `None` when unset; a usage error when it is
/// not a whole number of seconds.
fn source_date_epoch() -> Result<Option<i64>, Failure> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.trim().is_empty() => match text.trim().parse::<i64>() {
            Ok(seconds) if (0..=253_402_300_799).contains(&seconds) => Ok(Some(seconds)),
            _ => Err(Failure::Message(format!(
                "SOURCE_DATE_EPOCH is `{text}`: it must be whole seconds since 1970-01-01 (UTC)"
            ))),
        },
        _ => Ok(None),
    }
}

/// What every document says about where it comes from: the project's
/// first system's name (else its folder's), the date and the day judged on.
fn project_info(
    model: &crate::resolve::Model,
    path: &std::path::Path,
    date: Option<String>,
    on: Option<String>,
) -> crate::render::views::ProjectInfo {
    let folder = || {
        std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_owned())
            .file_stem()
            .map_or_else(
                || "project".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
    };
    crate::render::views::ProjectInfo {
        name: model
            .systems
            .first()
            .map_or_else(folder, |s| s.name.clone()),
        date,
        on,
        generator: format!("crosswalk {}", env!("CARGO_PKG_VERSION")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// A compilation with `one@1`, and `two` in versions 1 and 2.
    fn catalogs() -> Compilation {
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new(
            "catalogs.cw",
            "framework one version \"1\" \"One\" {\n  requirement R-1 \"r\"\n}\n\nframework two version \"1\" \"Two\" {\n  requirement R-1 \"r\"\n}\n\nframework two version \"2\" \"Two\" {\n  requirement R-1 \"r\"\n}\n",
            false,
        ));
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        compilation
    }

    /// The diagnostic `find_framework` gives for `value` after `--from`,
    /// checked to point at the value.
    fn not_found(names: &Names, value: &str) -> Box<crate::diagnostic::Diagnostic> {
        let argument = Argument::new("--from", value);
        let error = find_framework(names, &argument).unwrap_err();
        assert!(error.is_error());
        assert_eq!(error.primary.span, argument.span);
        assert_eq!(argument.sources.slice(argument.span), value);
        assert_eq!(
            &*argument.sources.get(argument.span.file).text,
            format!("--from {value}")
        );
        error
    }

    #[test]
    fn an_unknown_framework_is_a_diagnostic_with_a_suggestion() {
        let compilation = catalogs();
        let error = not_found(&compilation.names, "tow@1");
        assert_eq!(error.code, UNKNOWN_FRAMEWORK);
        assert_eq!(error.message, "no framework named `tow` is loaded");
        assert_eq!(
            error.help.as_deref(),
            Some("did you mean `two`? (run `crosswalk frameworks` to list them)")
        );
        let error = not_found(&compilation.names, "nothing-like-it");
        assert_eq!(
            error.help.as_deref(),
            Some("run `crosswalk frameworks` to list them")
        );
    }

    #[test]
    fn an_unknown_version_lists_the_loaded_ones() {
        let error = not_found(&catalogs().names, "two@3");
        assert_eq!(error.code, UNKNOWN_VERSION);
        assert_eq!(error.message, "framework `two` has no version `3` loaded");
        assert_eq!(
            error.help.as_deref(),
            Some("the loaded versions are `two@1`, `two@2`")
        );
    }

    #[test]
    fn a_framework_in_several_versions_needs_one_named() {
        let compilation = catalogs();
        let error = not_found(&compilation.names, "two");
        assert_eq!(error.code, AMBIGUOUS_FRAMEWORK);
        assert_eq!(error.message, "`two` is loaded in several versions");
        assert_eq!(error.help.as_deref(), Some("name one: `two@1`, `two@2`"));
        // One version loaded: the name alone finds it; so does the key.
        let found = |value: &str| {
            let id = find_framework(&compilation.names, &Argument::new("--to", value)).unwrap();
            compilation.model.framework(id).key()
        };
        assert_eq!(found("one"), "one@1");
        assert_eq!(found("two@2"), "two@2");
    }

    #[test]
    fn framework_arguments_fail_on_the_first_unknown_one() {
        let names = catalogs().names;
        let ids = find_frameworks(&names, &["one".to_owned(), "two@1".to_owned()]).unwrap();
        assert_eq!(ids.len(), 2);
        let failure = find_frameworks(&names, &["one".to_owned(), "three".to_owned()]).unwrap_err();
        let Failure::Diagnostics {
            diagnostics,
            sources,
        } = &failure
        else {
            panic!("a diagnostic: {failure:?}");
        };
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, UNKNOWN_FRAMEWORK);
        assert_eq!(sources.slice(diagnostics[0].primary.span), "three");
    }
}
