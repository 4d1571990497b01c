//! `crosswalk build`: renders the documents into an output folder, written
//! beside it first and moved into place, so a failure leaves no
//! half-written output.

use std::fs;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{INPUT_ERROR, OK, Output, ProjectArg};
use crate::coverage::{Options, coverage};
use crate::diagnostic::render_text;
use crate::project::display_name;
use crate::render::views::ProjectInfo;
use crate::render::{BuildOptions, DocumentKind, RenderedFile, Templates, date_of, render};

/// The file that marks a folder as `build` output, which `build` may
/// replace; any other non-empty folder is left alone.
const MARKER: &str = ".crosswalk-build";

/// Arguments of `crosswalk build`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    project: ProjectArg,
    /// The output folder; replaced as a whole when it holds an earlier
    /// build.
    #[arg(long, short, value_name = "OUT", default_value = "crosswalk-build")]
    out: PathBuf,
    /// Render only these documents; repeat for several.
    #[arg(long, value_enum, value_name = "KIND")]
    only: Vec<Kind>,
    /// Also report this framework (`ID@VERSION`), besides those the project
    /// maps to; repeat for several.
    #[arg(long = "framework", value_name = "ID@VERSION")]
    frameworks: Vec<String>,
    /// Take templates from this folder: a file named like one in
    /// `output-templates/` replaces it.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Judge dates of application on this day (`YYYY-MM-DD`).
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// The SOC 2 Type II period the evidence samples are planned for.
    #[arg(long, value_name = "MONTHS", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=24))]
    period_months: u32,
}

/// A document kind as written on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Kind {
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

impl From<Kind> for DocumentKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Matrix => DocumentKind::Matrix,
            Kind::Mapping => DocumentKind::Mapping,
            Kind::SystemDescription => DocumentKind::SystemDescription,
            Kind::Soa => DocumentKind::Soa,
            Kind::Evidence => DocumentKind::Evidence,
            Kind::Coverage => DocumentKind::Coverage,
            Kind::Graph => DocumentKind::Graph,
        }
    }
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    let date = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.is_empty() => match text.parse::<i64>() {
            Ok(seconds) if (0..=253_402_300_799).contains(&seconds) => Some(seconds),
            _ => {
                output.error(&format!(
                    "SOURCE_DATE_EPOCH is `{text}`: it must be whole seconds since 1970-01-01 (UTC)"
                ));
                return INPUT_ERROR;
            }
        },
        _ => None,
    };
    if let Some(on) = &args.on
        && !crate::syntax::is_date(on)
    {
        output.error(&format!("`--on {on}` is not a date: write YYYY-MM-DD"));
        return INPUT_ERROR;
    }
    let templates = match Templates::load(args.templates.as_deref()) {
        Ok(t) => t,
        Err(errors) => {
            output.err(&render_text(
                &errors.diagnostics,
                &errors.sources,
                output.style,
                output.width,
            ));
            return INPUT_ERROR;
        }
    };
    let compilation = match super::compile_project(&args.project.path, output) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let model = &compilation.model;
    let mut frameworks = Vec::new();
    for wanted in &args.frameworks {
        match super::find_framework(model, wanted) {
            Ok(id) => frameworks.push(id),
            Err(message) => {
                output.error(&message);
                return INPUT_ERROR;
            }
        }
    }
    let analysis = coverage(
        model,
        &compilation.graph,
        &Options {
            frameworks,
            on: args.on.clone(),
            ..Options::default()
        },
    );
    let mut kinds: Vec<DocumentKind> = if args.only.is_empty() {
        DocumentKind::ALL.to_vec()
    } else {
        args.only.iter().map(|&k| k.into()).collect()
    };
    kinds.sort_unstable();
    kinds.dedup();
    let project = ProjectInfo {
        name: model
            .systems
            .first()
            .map_or_else(|| project_name(&args.project.path), |s| s.name.clone()),
        date: date.map(date_of),
        on: args.on.clone(),
        generator: format!("crosswalk {}", env!("CARGO_PKG_VERSION")),
    };
    let options = BuildOptions {
        kinds,
        period_months: args.period_months,
        date,
    };
    let files = match render(
        model,
        &compilation.graph,
        &analysis,
        project,
        &templates,
        &options,
    ) {
        Ok(files) => files,
        Err(errors) => {
            output.err(&render_text(
                &errors.diagnostics,
                &errors.sources,
                output.style,
                output.width,
            ));
            return INPUT_ERROR;
        }
    };
    match write_output(&args.out, &files) {
        Ok(()) => {
            output.out(&format!(
                "wrote {} files to {}; open {}/index.html\n",
                files.len(),
                display_name(&args.out),
                display_name(&args.out)
            ));
            OK
        }
        Err(message) => {
            output.error(&message);
            INPUT_ERROR
        }
    }
}

/// The project's folder name, for a project without a `system` block.
fn project_name(path: &Path) -> String {
    let absolute = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    absolute.file_stem().map_or_else(
        || "project".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Writes the files into a fresh folder beside `out`, then moves it into
/// place (replacing an earlier build), so `out` is either the old build or
/// the whole new one.
fn write_output(out: &Path, files: &[RenderedFile]) -> Result<(), String> {
    if out.exists() {
        let is_build = out.join(MARKER).is_file();
        let is_empty = fs::read_dir(out).is_ok_and(|mut d| d.next().is_none());
        if !out.is_dir() || !(is_build || is_empty) {
            return Err(format!(
                "{} exists and is not an earlier build (it has no {MARKER} file): choose another --out, or remove it",
                display_name(out)
            ));
        }
    }
    let name = out
        .file_name()
        .map_or_else(|| "build".to_owned(), |n| n.to_string_lossy().into_owned());
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)
        .map_err(|e| format!("cannot create {}: {e}", display_name(&parent)))?;
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.crosswalk-new-{pid}"));
    let retired = parent.join(format!(".{name}.crosswalk-old-{pid}"));
    let written = write_all(&staging, files);
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(format!("cannot write the documents: {e}"));
    }
    let had_old = out.exists();
    if had_old && let Err(e) = fs::rename(out, &retired) {
        let _ = fs::remove_dir_all(&staging);
        return Err(format!("cannot move the earlier build aside: {e}"));
    }
    if let Err(e) = fs::rename(&staging, out) {
        if had_old {
            let _ = fs::rename(&retired, out);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(format!(
            "cannot move the documents into {}: {e}",
            display_name(out)
        ));
    }
    if had_old {
        let _ = fs::remove_dir_all(&retired);
    }
    Ok(())
}

fn write_all(dir: &Path, files: &[RenderedFile]) -> std::io::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;
    fs::write(
        dir.join(MARKER),
        "This folder is written by `crosswalk build`, which replaces it as a whole.\n",
    )?;
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, &file.bytes)?;
    }
    Ok(())
}
