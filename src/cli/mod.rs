//! The command line: parses arguments (clap), calls the library, prints.
//! Exit codes: 0 ok, 1 findings the user asked to fail on, 2 input errors.

mod build;
mod check;
mod corpus;
mod coverage;
mod diff;
mod explain;
mod fmt;
mod frameworks;
mod graph;
mod init;
mod oscal;
mod risks;
mod staging;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diagnostic::{TextStyle, render_text};
use crate::resolve::model::{Framework, FrameworkId};
use crate::source::SourceSet;
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
    /// Colour when writing to a terminal and `NO_COLOR` is unset.
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
    /// system description, the ISO/IEC 42001 `SoA`, evidence requests,
    /// coverage, graph.
    Build(build::Args),
    /// Write a starter project: a system block and three controls, commented.
    Init(init::Args),
    /// Rewrite `.cw` files in the canonical layout, keeping every comment.
    Fmt(fmt::Args),
    /// Report coverage: covered, partial, derived, uncovered, excluded, not applicable, informative.
    Coverage(coverage::Args),
    /// Explain a control, requirement or risk: everything linked to it, and why.
    Explain(explain::Args),
    /// Print the graph of controls, risks and requirements as DOT or Mermaid.
    Graph(graph::Args),
    /// The risk register: risks the components bring, their controls, residual gaps.
    Risks(risks::Args),
    /// Carry coverage from one version of a framework to another.
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
}

/// Exit code: success.
const OK: u8 = 0;
/// Exit code: findings the user asked to fail on.
const FINDINGS: u8 = 1;
/// Exit code: the input is wrong.
const INPUT_ERROR: u8 = 2;

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
    let code = match cli.command {
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
    };
    ExitCode::from(code)
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

    /// Prints template diagnostics against the templates' text.
    fn template_errors(&self, errors: &crate::render::TemplateErrors) {
        self.err(&render_text(
            &errors.diagnostics,
            &errors.sources,
            self.style,
            self.width,
        ));
    }

    /// Prints a one-line error about something other than a `.cw` file,
    /// with control characters from paths and arguments escaped.
    fn error(&self, message: &str) {
        self.err(&format!("error: {}\n", crate::terminal::lines(message)));
    }
}

/// Loads and compiles the project at `path` (without the lint checks, whose
/// warnings only `check` prints); on input errors prints them and returns
/// `Err(exit code)`.
fn compile_project(
    path: &std::path::Path,
    frameworks: &FrameworkFiles,
    output: &Output,
) -> Result<Compilation, u8> {
    let sources = load(path, frameworks, output)?;
    let compilation = crate::compile_without_lint(sources);
    if compilation.has_errors() {
        output.err(&render_text(
            &compilation.diagnostics,
            &compilation.sources,
            output.style,
            output.width,
        ));
        return Err(INPUT_ERROR);
    }
    Ok(compilation)
}

fn load(
    path: &std::path::Path,
    frameworks: &FrameworkFiles,
    output: &Output,
) -> Result<SourceSet, u8> {
    load_sources(path, frameworks, output).map_err(|failure| {
        failure.print(output);
        INPUT_ERROR
    })
}

/// Reads the project at `path` and the `--framework-file` catalogs; a
/// file that cannot be read or imported is returned as diagnostics (an
/// import's warnings are printed).
fn load_sources(
    path: &std::path::Path,
    frameworks: &FrameworkFiles,
    output: &Output,
) -> Result<SourceSet, LoadFailure> {
    let mut sources = project::load(path).map_err(|error| LoadFailure::from(&error))?;
    frameworks.add_catalogs(&mut sources, output)?;
    Ok(sources)
}

/// Input that could not be loaded: its diagnostics, with the files they
/// point into.
struct LoadFailure {
    diagnostics: Vec<crate::diagnostic::Diagnostic>,
    sources: SourceSet,
}

impl From<&project::LoadError> for LoadFailure {
    fn from(error: &project::LoadError) -> Self {
        let (diagnostic, sources) = error.report();
        Self {
            diagnostics: vec![diagnostic],
            sources,
        }
    }
}

impl LoadFailure {
    /// Prints the diagnostics as text on standard error.
    fn print(&self, output: &Output) {
        output.err(&render_text(
            &self.diagnostics,
            &self.sources,
            output.style,
            output.width,
        ));
    }
}

/// OSCAL catalogs loaded as frameworks, for every command that compiles a
/// project.
#[derive(Debug, Clone, Default, clap::Args)]
struct FrameworkFiles {
    /// Load an OSCAL catalog (JSON, YAML or XML) as a framework, as
    /// `crosswalk import oscal` would write it (repeatable).
    #[arg(long = "framework-file", value_name = "FILE", global = true)]
    files: Vec<PathBuf>,
}

impl FrameworkFiles {
    /// Imports each catalog and adds it to `sources`; prints the
    /// diagnostics of a catalog that cannot be read or imported.
    fn add_to(&self, sources: &mut SourceSet, output: &Output) -> Result<(), u8> {
        self.add_catalogs(sources, output).map_err(|failure| {
            failure.print(output);
            INPUT_ERROR
        })
    }

    /// Imports each catalog and adds it to `sources`; a catalog that cannot
    /// be read or imported is returned as diagnostics.
    fn add_catalogs(&self, sources: &mut SourceSet, output: &Output) -> Result<(), LoadFailure> {
        for path in &self.files {
            let imported =
                oscal::read_catalog(path, &crate::oscal::ImportOptions::default(), output)?;
            sources.add(crate::source::SourceFile::new(
                format!("{} (imported)", project::display_name(path)),
                imported.text,
                false,
            ));
        }
        Ok(())
    }
}

/// Writes `text` to a new temporary file beside `path`, then renames it
/// over `path` (keeping an existing file's permissions), so a failure never
/// leaves a half-written file. The temporary file is created exclusively
/// under a fresh name: whatever already exists there (a planted symbolic
/// link) is never opened or followed. When `path` is a symbolic link, the
/// link is replaced, not what it points to.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let permissions = match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Some(meta.permissions()),
        _ => None,
    };
    let mut attempts = 0;
    let (temporary, mut file) = loop {
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temporary = dir.join(format!(
            ".{name}.crosswalk-{}-{count}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => break (temporary, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempts < 100 => {
                attempts += 1;
            }
            Err(e) => return Err(e),
        }
    };
    let result = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| match permissions {
            Some(permissions) => file.set_permissions(permissions),
            None => Ok(()),
        })
        .and_then(|()| {
            drop(file);
            std::fs::rename(&temporary, path)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// The project folder argument shared by commands.
#[derive(Debug, Clone, clap::Args)]
struct ProjectArg {
    /// The project: a folder of `.cw` files (read recursively) or one file.
    #[arg(default_value = ".")]
    path: PathBuf,
}

/// Looks up `name@version` (the version may be left out when only one is
/// loaded), with a suggestion when nothing matches.
fn find_framework(model: &crate::resolve::Model, wanted: &str) -> Result<FrameworkId, String> {
    let (name, version) = match wanted.split_once('@') {
        Some((n, v)) => (n, Some(v)),
        None => (wanted, None),
    };
    let versions: Vec<(FrameworkId, &Framework)> = frameworks::sorted(model)
        .into_iter()
        .filter(|(_, f)| f.name == name)
        .collect();
    if versions.is_empty() {
        let mut names: Vec<&str> = model.frameworks.iter().map(|f| f.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let help =
            did_you_mean(&suggest_word(name, &names)).map_or(String::new(), |d| format!("; {d}"));
        return Err(format!(
            "no framework named `{name}` is loaded{help} (run `crosswalk frameworks` to list them)"
        ));
    }
    let listed = versions
        .iter()
        .map(|(_, f)| format!("`{}`", f.key()))
        .collect::<Vec<_>>()
        .join(", ");
    match version {
        Some(v) => versions
            .iter()
            .find(|(_, f)| f.version == v)
            .map(|&(id, _)| id)
            .ok_or_else(|| format!("framework `{name}` has no version `{v}` loaded; the loaded versions are {listed}")),
        None if versions.len() == 1 => Ok(versions[0].0),
        None => Err(format!("`{name}` is loaded in several versions; name one: {listed}")),
    }
}

/// Looks up every `--framework` value; on the first unknown one prints why
/// and returns `Err(exit code)`.
fn find_frameworks(
    model: &crate::resolve::Model,
    wanted: &[String],
    output: &Output,
) -> Result<Vec<FrameworkId>, u8> {
    wanted
        .iter()
        .map(|w| find_framework(model, w))
        .collect::<Result<_, _>>()
        .map_err(|message| {
            output.error(&message);
            INPUT_ERROR
        })
}

/// Parses a `YYYY-MM-DD` argument (`--on`).
fn date_arg(text: &str) -> Result<String, String> {
    if crate::syntax::is_date(text) {
        Ok(text.to_owned())
    } else {
        Err("write the day as YYYY-MM-DD".to_owned())
    }
}

/// Loads the document templates (built in, or overridden from `dir`); on
/// errors prints them and returns `Err(exit code)`.
fn load_templates(
    dir: Option<&std::path::Path>,
    output: &Output,
) -> Result<crate::render::Templates, u8> {
    crate::render::Templates::load(dir).map_err(|errors| {
        output.template_errors(&errors);
        INPUT_ERROR
    })
}

/// `SOURCE_DATE_EPOCH`, the seconds since 1970 that dated output carries
/// instead of a clock's time: `None` when unset; a usage error (printed,
/// `Err(exit code)`) when it is not a whole number of seconds.
fn source_date_epoch(output: &Output) -> Result<Option<i64>, u8> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.trim().is_empty() => match text.trim().parse::<i64>() {
            Ok(seconds) if (0..=253_402_300_799).contains(&seconds) => Ok(Some(seconds)),
            _ => {
                output.error(&format!(
                    "SOURCE_DATE_EPOCH is `{text}`: it must be whole seconds since 1970-01-01 (UTC)"
                ));
                Err(INPUT_ERROR)
            }
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

/// Pretty-printed JSON with a final new line.
fn json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("plain data serializes");
    text.push('\n');
    text
}
