//! `crosswalk build`: renders the documents into an output folder, written
//! beside it first and moved into place, so a failure leaves no
//! half-written output.

use std::path::PathBuf;

use super::staging::Staging;
use super::{Failure, OK, Outcome, Output, ProjectArgs};
use crate::analysis::coverage::{Options, coverage};
use crate::project::display_name;
use crate::render::{
    BuildOptions, DocumentKind, FileBody, FileWriter, RenderContext, RenderError, empty_documents,
    render_to,
};

/// Arguments of `crosswalk build`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    input: ProjectArgs,
    /// The output folder; replaced as a whole when it holds an earlier
    /// build.
    #[arg(long, short, value_name = "OUT", default_value = "crosswalk-build")]
    out: PathBuf,
    /// Render only these documents; repeat for several.
    #[arg(long, value_name = "KIND", value_parser = document_kind())]
    only: Vec<DocumentKind>,
    /// Also report this framework, as ID@VERSION, besides those the project
    /// maps to; repeat for several.
    #[arg(long = "framework", value_name = "ID@VERSION")]
    frameworks: Vec<String>,
    /// Take templates from this folder: a file named like one in the
    /// output-templates folder of crosswalk's source replaces it.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Judge dates of application on this day, as YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    on: Option<String>,
    /// The SOC 2 Type II period the evidence samples are planned for
    /// (default: the period a system's soc2 report type-2 line states, else
    /// 12).
    #[arg(long, value_name = "MONTHS", value_parser = clap::value_parser!(u32).range(1..=24))]
    period_months: Option<u32>,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let date = super::source_date_epoch()?;
    let templates = super::load_templates(args.templates.as_deref())?;
    let mut compilation = args.input.compile(output)?;
    // The documents are made from the model, its graph and coverage: the
    // compilation freed the project's trees after resolution, and the
    // reference index and the source texts are dropped before rendering
    // instead of held to the end.
    drop(std::mem::take(&mut compilation.references));
    drop(std::mem::take(&mut compilation.sources));
    let model = &compilation.model;
    let frameworks = super::find_frameworks(&compilation.names, &args.frameworks)?;
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
        args.only.clone()
    };
    kinds.sort_unstable();
    kinds.dedup();
    let project = super::project_info(
        model,
        args.input.path(),
        date.map(crate::dates::date_of),
        args.on.clone(),
    );
    let options = BuildOptions {
        kinds,
        period_months: args.period_months,
        date,
    };
    let staging = Staging::new(&args.out, "crosswalk build", output).map_err(Failure::Message)?;
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let context = RenderContext::new(model, &compilation.graph, &analysis, project, options);
    for (kind, why) in empty_documents(&context) {
        output.err(&format!("note: `{}` writes nothing: {why}\n", kind.name()));
    }
    let rendered = render_to(&context, &templates, threads, &StagedFiles(&staging));
    let count = rendered.map_err(|error| {
        staging.abandon();
        match error {
            RenderError::Template(errors) => Failure::from(errors),
            RenderError::Write(message) => Failure::Message(message),
        }
    })?;
    staging.commit().map_err(Failure::Message)?;
    let out = display_name(&args.out);
    let out = crate::terminal::line(&out);
    output.out(&format!(
        "wrote {} to {out}; open {out}/index.html\n",
        crate::wording::plural(count, "file")
    ));
    Ok(OK)
}

/// The staging folder as where the documents are written, each streamed
/// into its file as it is rendered.
struct StagedFiles<'a>(&'a Staging);

impl FileWriter for StagedFiles<'_> {
    fn write_file(&self, path: &str, body: &mut FileBody<'_>) -> Result<(), RenderError> {
        self.0.write_with(path, body).map_err(RenderError::Write)?
    }
}

/// Parses `--only`: a document kind by its name ([`DocumentKind::name`]),
/// the possible values listed in the order the kinds are declared, each
/// with what it renders.
fn document_kind() -> impl clap::builder::TypedValueParser<Value = DocumentKind> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    let mut kinds = DocumentKind::ALL;
    kinds.sort_unstable();
    PossibleValuesParser::new(
        kinds.map(|kind| PossibleValue::new(kind.name()).help(kind.summary())),
    )
    .map(|name| DocumentKind::from_name(&name).expect("a possible value names a kind"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_kind_is_named_and_read_back() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_name(kind.name()), Some(kind));
            assert!(!kind.summary().is_empty());
        }
        assert_eq!(DocumentKind::from_name("nope"), None);
    }
}
