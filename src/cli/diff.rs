//! `crosswalk diff --from FW@OLD --to FW@NEW`: the project's coverage
//! carried across a framework's version crosswalk.

use std::fmt::Write as _;

use super::{Format, INPUT_ERROR, OK, Output, ProjectArg};
use crate::diff::{VersionDiff, diff};

/// Arguments of `crosswalk diff`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The version the project is mapped to (`nist-csf@1.1`).
    #[arg(long, value_name = "ID@VERSION")]
    from: String,
    /// The version to carry coverage to (`nist-csf@2.0`).
    #[arg(long, value_name = "ID@VERSION")]
    to: String,
    #[command(flatten)]
    project: ProjectArg,
    /// Print as text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    let compilation = match super::compile_project(&args.project.path, output) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let model = &compilation.model;
    let (from, to) = match (
        super::find_framework(model, &args.from),
        super::find_framework(model, &args.to),
    ) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(message), _) | (_, Err(message)) => {
            output.error(&message);
            return INPUT_ERROR;
        }
    };
    match diff(model, &compilation.graph, from, to) {
        Ok(report) => {
            output.out(&match args.format {
                Format::Json => super::json(&report),
                Format::Text => text(&report),
            });
            OK
        }
        Err(error) => {
            output.error(&error.0);
            INPUT_ERROR
        }
    }
}

fn text(report: &VersionDiff) -> String {
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(c, n)| format!("{n} {}", c.as_str()))
        .collect();
    let mut out = format!("{} → {}: {}\n\n", report.from, report.to, counts.join(", "));
    let width = report
        .requirements
        .iter()
        .map(|r| r.display.chars().count())
        .max()
        .unwrap_or(0);
    for r in &report.requirements {
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
        let _ = writeln!(out, "{:width$}  {:9}  {why}", r.display, r.change.as_str());
    }
    if !report.old.is_empty() {
        let _ = writeln!(out, "\nold requirements removed or merged:");
        for o in &report.old {
            let fate = match o.fate {
                crate::diff::Fate::Removed => "removed".to_owned(),
                crate::diff::Fate::Merged => format!("merged into {}", o.successors.join(", ")),
            };
            let _ = writeln!(out, "  {}  {fate}", o.id);
        }
    }
    out
}
