//! `crosswalk diff`: `--from FW@OLD --to FW@NEW` carries the project's
//! coverage across a framework's version crosswalk; `--base REV` compares
//! the project at a git revision (or another folder) with now.

use std::fmt::Write as _;

use clap::ValueEnum;
use serde_json::json;

use super::{FINDINGS, INPUT_ERROR, OK, Output, ProjectArg};
use crate::diff::{EdgeChangeKind, ProjectDiff, Snapshot, VersionDiff, diff, project_diff};
use crate::render::escape;
use crate::terminal;

/// Arguments of `crosswalk diff`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").required(true).args(["from", "base"])))]
pub(super) struct Args {
    /// The version the project is mapped to (`nist-csf@1.1`).
    #[arg(long, value_name = "ID@VERSION", requires = "to")]
    from: Option<String>,
    /// The version to carry coverage to (`nist-csf@2.0`).
    #[arg(long, value_name = "ID@VERSION", requires = "from")]
    to: Option<String>,
    /// Compare with the project at this git revision (`main`, `HEAD~1`), or
    /// with another folder.
    #[arg(long, value_name = "REV|DIR", conflicts_with = "from")]
    base: Option<String>,
    /// With `--base`: exit with 1 when any requirement loses coverage.
    #[arg(long, value_enum, value_name = "WHAT")]
    fail_on: Option<FailOn>,
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
    /// Print as text, JSON, Markdown (for a pull request comment) or SARIF
    /// (for code-scanning views; with `--base`).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
}

/// What makes `diff --base` fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// A requirement's coverage drops.
    Regression,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// For people.
    Text,
    /// For machines.
    Json,
    /// A table for a pull request comment.
    Markdown,
    /// SARIF 2.1.0, pointing at the `.cw` lines responsible.
    Sarif,
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    if let Some(base) = &args.base {
        return run_base(args, base, output);
    }
    let (Some(from_arg), Some(to_arg)) = (&args.from, &args.to) else {
        output.error("give `--from FW@OLD --to FW@NEW`, or `--base REV`");
        return INPUT_ERROR;
    };
    let compilation =
        match super::compile_project(&args.project.path, &args.framework_files, output) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let model = &compilation.model;
    let (from, to) = match (
        super::find_framework(model, from_arg),
        super::find_framework(model, to_arg),
    ) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(message), _) | (_, Err(message)) => {
            output.error(&terminal::line(&message));
            return INPUT_ERROR;
        }
    };
    match diff(model, &compilation.graph, from, to) {
        Ok(report) => match args.format {
            DiffFormat::Json => {
                output.out(&super::json(&report));
                OK
            }
            DiffFormat::Text => {
                output.out(&text(&report));
                OK
            }
            DiffFormat::Markdown | DiffFormat::Sarif => {
                output.error(
                    "`--from`/`--to` prints text or JSON; Markdown and SARIF go with `--base`",
                );
                INPUT_ERROR
            }
        },
        Err(error) => {
            output.error(&terminal::line(&error.0));
            INPUT_ERROR
        }
    }
}

/// The version diff for people; every identifier is shown with its
/// control characters escaped.
fn text(report: &VersionDiff) -> String {
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(c, n)| format!("{n} {}", c.as_str()))
        .collect();
    let mut out = format!(
        "{} → {}: {}\n\n",
        terminal::line(&report.from),
        terminal::line(&report.to),
        counts.join(", ")
    );
    let displays: Vec<String> = report
        .requirements
        .iter()
        .map(|r| terminal::line(&r.display).into_owned())
        .collect();
    let width = displays
        .iter()
        .map(|d| d.chars().count())
        .max()
        .unwrap_or(0);
    for (r, display) in report.requirements.iter().zip(&displays) {
        let why = if r.predecessors.is_empty() {
            "no predecessor".to_owned()
        } else {
            let mut parts = vec![format!("from {}", r.predecessors.join(", "))];
            parts.extend(
                r.carried
                    .iter()
                    .map(|c| format!("{} {} ∘ {} = {}", c.control, c.mapping, c.pair, c.composed)),
            );
            parts.join("; ")
        };
        let why = terminal::line(&why);
        let _ = writeln!(out, "{display:width$}  {:9}  {why}", r.change.as_str());
    }
    if !report.old.is_empty() {
        let _ = writeln!(out, "\nold requirements removed or merged:");
        for o in &report.old {
            let fate = match o.fate {
                crate::diff::Fate::Removed => "removed".to_owned(),
                crate::diff::Fate::Merged => format!("merged into {}", o.successors.join(", ")),
            };
            let _ = writeln!(
                out,
                "  {}  {}",
                terminal::line(&o.id),
                terminal::line(&fate)
            );
        }
    }
    out
}

fn run_base(args: &Args, base: &str, output: &Output) -> u8 {
    let head = match super::compile_project(&args.project.path, &args.framework_files, output) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let base_sources = if std::path::Path::new(base).is_dir() {
        crate::project::load(std::path::Path::new(base))
    } else {
        crate::project::load_revision(&args.project.path, base)
    };
    let mut base_sources = match base_sources {
        Ok(s) => s,
        Err(error) => {
            output.error(&terminal::line(&error.to_string()));
            return INPUT_ERROR;
        }
    };
    // The same catalogs are loaded on both sides, so only the project's
    // changes show.
    if let Err(code) = args.framework_files.add_to(&mut base_sources, output) {
        return code;
    }
    let base_compilation = crate::compile_without_lint(base_sources);
    if base_compilation.has_errors() {
        output.error(&format!(
            "the project at `{}` does not compile ({} errors); run `crosswalk check` on it",
            terminal::line(base),
            base_compilation
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .count()
        ));
        return INPUT_ERROR;
    }
    // Both states are compared on the frameworks either is in scope for.
    let mut frameworks = Snapshot::in_scope(&base_compilation);
    frameworks.extend(Snapshot::in_scope(&head));
    frameworks.sort();
    frameworks.dedup();
    let report = project_diff(
        &Snapshot::new(&base_compilation, &frameworks),
        &Snapshot::new(&head, &frameworks),
    );
    output.out(&match args.format {
        DiffFormat::Text => changes_text(&report, base),
        DiffFormat::Markdown => changes_markdown(&report, base),
        DiffFormat::Json => super::json(&report),
        DiffFormat::Sarif => super::json(&sarif(&report)),
    });
    if args.fail_on == Some(FailOn::Regression) && report.regressions > 0 {
        FINDINGS
    } else {
        OK
    }
}

fn status_word(status: Option<crate::coverage::Status>) -> &'static str {
    status.map_or("absent", |s| s.as_str())
}

/// The mark of an edge change in the text output, and its word in the
/// Markdown one.
fn edge_mark(kind: EdgeChangeKind) -> (&'static str, &'static str) {
    match kind {
        EdgeChangeKind::Added => ("+", "added"),
        EdgeChangeKind::Removed => ("-", "removed"),
        EdgeChangeKind::Changed => ("~", "changed"),
    }
}

/// The edge as written before and after (`equal`, `subset ⇒ equal`).
fn edge_text(e: &crate::diff::EdgeChange) -> String {
    match e.kind {
        EdgeChangeKind::Added => e.after.clone().unwrap_or_default(),
        EdgeChangeKind::Removed => e.before.clone().unwrap_or_default(),
        EdgeChangeKind::Changed => format!(
            "{} ⇒ {}",
            e.before.as_deref().unwrap_or(""),
            e.after.as_deref().unwrap_or("")
        ),
    }
}

fn changes_text(report: &ProjectDiff, base: &str) -> String {
    let base = terminal::line(base);
    if report.requirements.is_empty() && report.edges.is_empty() {
        return format!("no coverage change since {base}\n");
    }
    let mut out = format!(
        "since {base}: {} requirement(s) changed status, {} lost coverage; {} mapping(s) changed\n",
        report.requirements.len(),
        report.regressions,
        report.edges.len()
    );
    for r in &report.requirements {
        let mark = if r.regression { "  ! " } else { "    " };
        let _ = writeln!(
            out,
            "{mark}{}: {} → {}",
            terminal::line(&r.requirement),
            status_word(r.before),
            status_word(r.after)
        );
    }
    if !report.edges.is_empty() {
        out.push_str("mappings:\n");
        for e in &report.edges {
            let _ = writeln!(
                out,
                "    {} {} → {} ({})",
                edge_mark(e.kind).0,
                terminal::line(&e.control),
                terminal::line(&e.requirement),
                terminal::line(&edge_text(e))
            );
        }
    }
    out
}

/// The pull request comment: user text is escaped as `build`'s Markdown
/// is, identifiers are code spans that hold any text, and no `@` in it
/// mentions anyone.
fn changes_markdown(report: &ProjectDiff, base: &str) -> String {
    let mut out = format!(
        "### Compliance effect of this change (against {})\n\n",
        escape::markdown_code(base)
    );
    if report.requirements.is_empty() && report.edges.is_empty() {
        out.push_str("No requirement changes coverage.\n");
        return out;
    }
    if report.regressions > 0 {
        let _ = writeln!(
            out,
            "**{} requirement(s) lose coverage.**\n",
            report.regressions
        );
    }
    if !report.requirements.is_empty() {
        out.push_str("| requirement | before | after | |\n|---|---|---|---|\n");
        for r in &report.requirements {
            let mark = if r.regression { "regression" } else { "" };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {mark} |",
                escape::markdown_code_cell(&r.requirement),
                status_word(r.before),
                status_word(r.after)
            );
        }
        out.push('\n');
    }
    if !report.edges.is_empty() {
        out.push_str("<details><summary>Mappings changed</summary>\n\n");
        for e in &report.edges {
            let _ = writeln!(
                out,
                "- {} {} → {} ({})",
                edge_mark(e.kind).1,
                escape::markdown_code(&e.control),
                escape::markdown_code(&e.requirement),
                escape::markdown_comment(&edge_text(e))
            );
        }
        out.push_str("\n</details>\n");
    }
    out
}

/// A SARIF 2.1.0 log: one result per requirement whose status changed,
/// `error` for a regression, `note` otherwise, located at the `.cw` line
/// responsible where one is known.
fn sarif(report: &ProjectDiff) -> serde_json::Value {
    let results: Vec<serde_json::Value> = report
        .requirements
        .iter()
        .map(|r| {
            let (rule, level) = if r.regression {
                ("coverage-regression", "error")
            } else {
                ("coverage-change", "note")
            };
            let mut result = json!({
                "ruleId": rule,
                "level": level,
                "message": { "text": format!("{}: {} → {}", r.requirement, status_word(r.before), status_word(r.after)) },
            });
            if let Some(location) = &r.location {
                result["locations"] = json!([{
                    "physicalLocation": {
                        "artifactLocation": { "uri": location.file.trim_start_matches("./") },
                        "region": { "startLine": location.line, "startColumn": location.column }
                    }
                }]);
            }
            result
        })
        .collect();
    json!({
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "crosswalk",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": [
                    { "id": "coverage-regression", "shortDescription": { "text": "A requirement lost coverage." } },
                    { "id": "coverage-change", "shortDescription": { "text": "A requirement changed coverage status." } }
                ]
            } },
            "results": results
        }]
    })
}
