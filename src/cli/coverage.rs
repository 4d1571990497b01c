//! `crosswalk coverage`: which requirements are met, partly met, derived,
//! uncovered, excluded, not applicable or informative (not obligations).

use super::{Common, Format, OK, Outcome, Output};
use crate::analysis::coverage::{Options, coverage};
use crate::report;

/// Arguments of `crosswalk coverage`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    pub(super) common: Common,
    /// Report this framework, as ID@VERSION, requirement by requirement;
    /// repeat for several. Without it, a summary of every framework the
    /// project maps to.
    #[arg(long = "framework", value_name = "ID@VERSION")]
    frameworks: Vec<String>,
    /// Judge dates of application on this day, as YYYY-MM-DD: obligations
    /// that apply later are reported not applicable (for a high-risk system,
    /// by the date for its classification basis).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    on: Option<String>,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let compilation = args.common.input.compile(output)?;
    let model = &compilation.model;
    let frameworks = super::find_frameworks(&compilation.names, &args.frameworks)?;
    let options = Options {
        only: !frameworks.is_empty(),
        frameworks,
        on: args.on.clone(),
        ..Options::default()
    };
    let analysis = coverage(model, &compilation.graph, &options);
    // The summary needs only the counts; the full view (every requirement
    // with its controls and derived paths) is built only when printed.
    output.out(&match args.common.format {
        Format::Text if !options.only => report::coverage::summary(model, &analysis),
        Format::Json => report::coverage::json(model, &analysis),
        Format::Text => report::coverage::details(model, &analysis),
    });
    Ok(OK)
}
