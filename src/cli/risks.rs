//! `crosswalk risks`: the risk register — each risk the system's components
//! bring (or the project declares or mitigates), the controls that mitigate
//! it, and the requirements it touches that stay gaps, per framework.

use super::{Common, Format, OK, Outcome, Output};
use crate::analysis::coverage::{Options, coverage};
use crate::analysis::readiness::readiness;
use crate::report;

/// Arguments of `crosswalk risks`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    pub(super) common: Common,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let compilation = args.common.input.compile(output)?;
    let model = &compilation.model;
    let analysis = coverage(model, &compilation.graph, &Options::default());
    let register = readiness(model, &compilation.graph, &analysis);
    output.out(&match args.common.format {
        Format::Json => report::risks::json(&register),
        Format::Text => report::risks::text(&register),
    });
    Ok(OK)
}
