//! `crosswalk diff`: `--from FW@OLD --to FW@NEW` carries the project's
//! coverage across a framework's version crosswalk; `--base REV` compares
//! the project at a git revision (or another folder) with now.

use clap::ValueEnum;

use super::{Argument, FINDINGS, Failure, OK, Outcome, Output, ProjectArgs};
use crate::analysis::project_diff::{Snapshot, project_diff};
use crate::analysis::version_diff::diff;
use crate::report;
use crate::terminal;

/// Arguments of `crosswalk diff`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").required(true).args(["from", "base"])))]
pub(super) struct Args {
    /// Version diff: the version the project is mapped to, such as
    /// nist-csf@1.1.
    #[arg(long, value_name = "ID@VERSION", requires = "to")]
    from: Option<String>,
    /// Version diff: the version to carry coverage to, such as
    /// nist-csf@2.0.
    #[arg(long, value_name = "ID@VERSION", requires = "from")]
    to: Option<String>,
    /// Project diff: compare with the project at this git revision (main,
    /// HEAD~1, origin/main), or with the project in another folder.
    #[arg(long, value_name = "REV|DIR", conflicts_with = "from")]
    base: Option<String>,
    /// With --base: exit with 1 when any requirement loses coverage, or a
    /// mapping's or conclusion's review status goes down.
    #[arg(long, value_enum, value_name = "WHAT")]
    fail_on: Option<FailOn>,
    #[command(flatten)]
    input: ProjectArgs,
    /// Print as text, JSON, Markdown (for a pull request comment) or SARIF
    /// (for code-scanning views); Markdown and SARIF only with --base.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
}

/// What makes `diff --base` fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// A requirement's coverage drops, or a mapping edge's or conclusion's
    /// review status goes down (unreviewed < draft < reviewed < approved).
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
    /// SARIF 2.1.0, pointing at the .cw lines responsible.
    Sarif,
}

impl Args {
    /// Whether the output asked for is JSON.
    pub(super) fn prints_json(&self) -> bool {
        self.format == DiffFormat::Json
    }
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    if let Some(base) = &args.base {
        return run_base(args, base, output);
    }
    let (Some(from_arg), Some(to_arg)) = (&args.from, &args.to) else {
        return Err(Failure::Message(
            "give `--from FW@OLD --to FW@NEW`, or `--base REV`".to_owned(),
        ));
    };
    let compilation = args.input.compile(output)?;
    let model = &compilation.model;
    let find = |option: &str, value: &str| {
        let argument = Argument::new(option, value);
        super::find_framework(&compilation.names, &argument).map_err(|d| argument.failure(*d))
    };
    let from = find("--from", from_arg)?;
    let to = find("--to", to_arg)?;
    let report = diff(model, &compilation.graph, from, to).map_err(|d| Failure::Diagnostics {
        diagnostics: vec![*d],
        sources: compilation.sources,
    })?;
    output.out(&match args.format {
        DiffFormat::Json => report::diff::version_json(&report),
        DiffFormat::Text => report::diff::version_text(&report),
        DiffFormat::Markdown | DiffFormat::Sarif => {
            return Err(Failure::Message(
                "`--from`/`--to` prints text or JSON; Markdown and SARIF go with `--base`"
                    .to_owned(),
            ));
        }
    });
    Ok(OK)
}

fn run_base(args: &Args, base: &str, output: &Output) -> Outcome {
    let head = args.input.compile(output)?;
    let base_sources = if std::path::Path::new(base).is_dir() {
        crate::project::load(std::path::Path::new(base))
    } else {
        crate::project::load_revision(args.input.path(), base)
    };
    let mut base_sources = base_sources
        .map_err(|error| Failure::Message(terminal::line(&error.to_string()).into_owned()))?;
    // The same catalogs are loaded on both sides, so only the project's
    // changes show.
    args.input
        .framework_files
        .add_to(&mut base_sources, output)?;
    let base_compilation = crate::compile_without_lint(base_sources);
    if base_compilation.has_errors() {
        return Err(Failure::Message(format!(
            "the project at `{}` does not compile ({} errors); run `crosswalk check` on it",
            terminal::line(base),
            base_compilation
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .count()
        )));
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
        DiffFormat::Text => report::diff::project_text(&report, base),
        DiffFormat::Markdown => report::diff::project_markdown(&report, base),
        DiffFormat::Json => report::diff::project_json(&report),
        DiffFormat::Sarif => report::diff::project_sarif(&report),
    });
    Ok(
        if args.fail_on == Some(FailOn::Regression) && report.regressions > 0 {
            FINDINGS
        } else {
            OK
        },
    )
}
