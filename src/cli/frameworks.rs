//! `crosswalk frameworks`: list the loaded catalogs, or show one.

use std::path::PathBuf;

use super::{Argument, Format, OK, Outcome, Output};
use crate::report;

/// Arguments of `crosswalk frameworks`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(subcommand)]
    show: Option<Show>,
    /// A project whose own catalogs are listed too.
    #[arg(long, global = true)]
    project: Option<PathBuf>,
    /// Print as text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    pub(super) format: Format,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
}

#[derive(Debug, clap::Subcommand)]
enum Show {
    /// Print one framework's groups and requirements.
    Show {
        /// The framework, as ID@VERSION (the version may be left out when
        /// only one is loaded).
        framework: String,
    },
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let compilation = if let Some(path) = &args.project {
        super::compile_project(path, &args.framework_files, output)?
    } else {
        let mut sources = crate::source::SourceSet::new();
        for file in crate::frameworks::builtin_sources() {
            sources.add(file);
        }
        args.framework_files.add_to(&mut sources, output)?;
        super::compiled(crate::compile(sources))?
    };
    let model = &compilation.model;
    output.out(&match (&args.show, args.format) {
        (None, Format::Text) => report::frameworks::list_text(model),
        (None, Format::Json) => report::frameworks::list_json(model),
        (Some(Show::Show { framework }), format) => {
            let argument = Argument::new("frameworks show", framework);
            let id = super::find_framework(&compilation.names, &argument)
                .map_err(|d| argument.failure(*d))?;
            match format {
                Format::Text => report::frameworks::show_text(model, id),
                Format::Json => report::frameworks::show_json(model, id),
            }
        }
    });
    Ok(OK)
}
