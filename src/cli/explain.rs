//! `crosswalk explain ID`: everything linked to a control, requirement or
//! risk.

use super::{Argument, Common, Format, OK, Outcome, Output};
use crate::analysis::coverage::{Options, coverage};
use crate::analysis::explain::explain;
use crate::report;
use crate::resolve::model::FrameworkId;

/// Arguments of `crosswalk explain`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// A control ID, a risk ID, or a requirement such as soc2@2017:CC8.1
    /// (the framework may be left out when only one has that ID).
    id: String,
    #[command(flatten)]
    pub(super) common: Common,
    /// Judge dates of application on this day, as YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    on: Option<String>,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let compilation = args.common.input.compile(output)?;
    let model = &compilation.model;
    let options = Options {
        frameworks: (0..model.frameworks.len())
            .map(FrameworkId::from_index)
            .collect(),
        only: true,
        on: args.on.clone(),
        ..Options::default()
    };
    let analysis = coverage(model, &compilation.graph, &options);
    let id = Argument::new("explain", &args.id);
    let explanation =
        explain(&compilation, &analysis, &id.value, id.span).map_err(|d| id.failure(*d))?;
    output.out(&match args.common.format {
        Format::Json => report::explain::json(&explanation),
        Format::Text => report::explain::text(&explanation),
    });
    Ok(OK)
}
