//! `crosswalk build`: renders the documents into an output folder, written
//! beside it first and moved into place, so a failure leaves no
//! half-written output.

use std::fs;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{INPUT_ERROR, OK, Output, ProjectArg};
use crate::coverage::{Options, coverage};
use crate::project::display_name;
use crate::render::views::ProjectInfo;
use crate::render::{BuildOptions, DocumentKind, RenderError, RenderedFile, date_of, render};

/// The file that marks a folder as `build` output, which `build` may
/// replace; any other non-empty folder is left alone.
const MARKER: &str = ".crosswalk-build";

/// Arguments of `crosswalk build`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
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
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
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
    let templates = match super::load_templates(args.templates.as_deref(), output) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let compilation =
        match super::compile_project(&args.project.path, &args.framework_files, output) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let model = &compilation.model;
    let frameworks = match super::find_frameworks(model, &args.frameworks, output) {
        Ok(f) => f,
        Err(code) => return code,
    };
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
    let staging = match Staging::new(&args.out) {
        Ok(s) => s,
        Err(message) => {
            output.error(&message);
            return INPUT_ERROR;
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let sink = |file: RenderedFile| staging.write(&file);
    let rendered = render(
        model,
        &compilation.graph,
        &analysis,
        project,
        &templates,
        &options,
        threads,
        &sink,
    );
    let count = match rendered {
        Ok(count) => count,
        Err(error) => {
            staging.abandon();
            match error {
                RenderError::Template(errors) => output.template_errors(&errors),
                RenderError::Write(message) => output.error(&message),
            }
            return INPUT_ERROR;
        }
    };
    match staging.commit() {
        Ok(()) => {
            let out = display_name(&args.out);
            output.out(&format!(
                "wrote {count} files to {out}; open {out}/index.html\n"
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

/// A fresh folder beside the output folder that the documents are written
/// into, then moved into place (replacing an earlier build), so the output
/// folder is always either the old build or the whole new one.
struct Staging {
    out: PathBuf,
    dir: PathBuf,
    retired: PathBuf,
}

impl Staging {
    /// Checks that `out` may be replaced and makes the staging folder.
    fn new(out: &Path) -> Result<Self, String> {
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
        let pid = std::process::id();
        let staging = Self {
            out: out.to_owned(),
            dir: parent.join(format!(".{name}.crosswalk-new-{pid}")),
            retired: parent.join(format!(".{name}.crosswalk-old-{pid}")),
        };
        let made = fs::create_dir_all(&parent)
            .and_then(|()| match fs::remove_dir_all(&staging.dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            })
            .and_then(|()| fs::create_dir(&staging.dir))
            .and_then(|()| {
                fs::write(
                    staging.dir.join(MARKER),
                    "This folder is written by `crosswalk build`, which replaces it as a whole.\n",
                )
            });
        if let Err(e) = made {
            staging.abandon();
            return Err(format!(
                "cannot prepare {}: {e}",
                display_name(&staging.dir)
            ));
        }
        Ok(staging)
    }

    /// Writes one file into the staging folder.
    fn write(&self, file: &RenderedFile) -> Result<(), String> {
        let path = self.dir.join(&file.path);
        path.parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, &file.bytes))
            .map_err(|e| format!("cannot write {}: {e}", file.path))
    }

    /// Removes the staging folder after a failure.
    fn abandon(&self) {
        let _ = fs::remove_dir_all(&self.dir);
    }

    /// Moves the staging folder into place.
    fn commit(self) -> Result<(), String> {
        let had_old = self.out.exists();
        if had_old && let Err(e) = fs::rename(&self.out, &self.retired) {
            self.abandon();
            return Err(format!("cannot move the earlier build aside: {e}"));
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if had_old {
                let _ = fs::rename(&self.retired, &self.out);
            }
            self.abandon();
            return Err(format!(
                "cannot move the documents into {}: {e}",
                display_name(&self.out)
            ));
        }
        if had_old {
            let _ = fs::remove_dir_all(&self.retired);
        }
        Ok(())
    }
}
