//! `crosswalk coverage`: which requirements are met, partly met, derived,
//! uncovered, excluded or not applicable.

use std::fmt::Write as _;

use super::{Format, OK, Output, ProjectArg};
use crate::coverage::view::{CoverageView, FrameworkView};
use crate::coverage::{Coverage, Options, Status, coverage};
use crate::resolve::Model;
use crate::terminal;

/// Arguments of `crosswalk coverage`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
    /// Report this framework (`ID@VERSION`) requirement by requirement;
    /// repeat for several. Without it, a summary of every framework the
    /// project maps to.
    #[arg(long = "framework", value_name = "ID@VERSION")]
    frameworks: Vec<String>,
    /// Judge dates of application on this day (`YYYY-MM-DD`): obligations
    /// that apply later are reported not applicable.
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    on: Option<String>,
    /// Print as text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
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
    let options = Options {
        only: !frameworks.is_empty(),
        frameworks,
        on: args.on.clone(),
        ..Options::default()
    };
    let analysis = coverage(model, &compilation.graph, &options);
    // The summary needs only the counts; the full view (every requirement
    // with its controls and derived paths) is built only when printed.
    output.out(&match args.format {
        Format::Text if !options.only => summary(model, &analysis),
        Format::Json => super::json(&CoverageView::new(model, &analysis)),
        Format::Text => CoverageView::new(model, &analysis)
            .frameworks
            .iter()
            .map(details)
            .collect::<Vec<_>>()
            .join("\n"),
    });
    OK
}

/// One line per framework with its counts.
fn summary(model: &Model, analysis: &Coverage) -> String {
    if analysis.frameworks.is_empty() {
        return "no framework in scope: map a control with `satisfies`, or name one with --framework\n".to_owned();
    }
    let mut header = vec!["FRAMEWORK".to_owned()];
    header.extend(Status::ALL.iter().map(|s| s.as_str().to_uppercase()));
    let rows: Vec<Vec<String>> = analysis
        .frameworks
        .iter()
        .map(|f| {
            // `table` escapes the cells.
            let mut row = vec![model.framework(f.framework).key()];
            row.extend(Status::ALL.iter().map(|&s| f.counts.get(s).to_string()));
            row
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut right = vec![true; header.len()];
    right[0] = false;
    super::frameworks::table(&header, &rows, &right)
}

/// Every requirement of one framework with its status and why; user text
/// is shown with its control characters escaped ([`terminal`]).
fn details(framework: &FrameworkView) -> String {
    let mut out = format!(
        "{}@{} — {}\n{} covered, {} partial, {} derived, {} uncovered, {} excluded, {} not applicable\n\n",
        terminal::line(&framework.framework),
        terminal::line(&framework.version),
        terminal::line(&framework.title),
        framework.counts.covered,
        framework.counts.partial,
        framework.counts.derived,
        framework.counts.uncovered,
        framework.counts.excluded,
        framework.counts.not_applicable
    );
    let displays: Vec<String> = framework
        .requirements
        .iter()
        .map(|r| terminal::line(&r.display).into_owned())
        .collect();
    let width = displays
        .iter()
        .map(|d| d.chars().count())
        .max()
        .unwrap_or(0);
    for (r, display) in framework.requirements.iter().zip(&displays) {
        let mut why: Vec<String> = r
            .controls
            .iter()
            .map(|c| format!("{} ({})", c.control, c.relationship))
            .collect();
        if why.is_empty() {
            why.extend(r.derived.iter().map(|d| {
                let path: Vec<String> = d
                    .path
                    .iter()
                    .map(|s| format!("{} {}", s.relationship, s.requirement))
                    .collect();
                format!(
                    "{} ({}) via {}",
                    d.control,
                    d.relationship,
                    path.join(" → ")
                )
            }));
        }
        if let Some(reason) = &r.reason {
            why.push(reason.clone());
        }
        if r.status == Status::Uncovered && !r.review.is_empty() {
            why.push(format!("{} path(s) to review", r.review.len()));
        }
        let line = format!(
            "{display:width$}  {:14}  {}",
            r.status.as_str(),
            terminal::line(&why.join("; "))
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}
