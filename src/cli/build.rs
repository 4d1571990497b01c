//! `crosswalk build`: renders the documents into an output folder, written
//! beside it first and moved into place, so a failure leaves no
//! half-written output.

use std::path::PathBuf;

use super::staging::Staging;
use super::{INPUT_ERROR, OK, Output, ProjectArg};
use crate::analysis::coverage::{Options, coverage};
use crate::project::display_name;
use crate::render::{BuildOptions, DocumentKind, RenderContext, RenderError, RenderedFile, render};

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
    #[arg(long, value_name = "KIND", value_parser = clap::builder::TypedValueParser::map(
        clap::builder::PossibleValuesParser::new(DocumentKind::ALL.map(|k| {
            clap::builder::PossibleValue::new(k.name()).help(k.summary())
        })),
        |name: String| DocumentKind::from_name(&name).expect("one of the possible values"),
    ))]
    only: Vec<DocumentKind>,
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

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    let date = match super::source_date_epoch(output) {
        Ok(date) => date,
        Err(code) => return code,
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
        args.only.clone()
    };
    kinds.sort_unstable();
    kinds.dedup();
    let project = super::project_info(
        model,
        &args.project.path,
        date.map(crate::dates::date_of),
        args.on.clone(),
    );
    let options = BuildOptions {
        kinds,
        period_months: args.period_months,
        date,
    };
    let staging = match Staging::new(&args.out, "crosswalk build", output) {
        Ok(s) => s,
        Err(message) => {
            output.error(&message);
            return INPUT_ERROR;
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let sink = |file: RenderedFile| staging.write(&file.path, &file.bytes);
    let context = RenderContext::new(model, &compilation.graph, &analysis, project, options);
    let rendered = render(&context, &templates, threads, &sink);
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
            let out = crate::terminal::line(&out);
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
