//! `crosswalk check`: compile a project and report every diagnostic.

use super::{FINDINGS, Format, INPUT_ERROR, OK, Output, ProjectArg};
use crate::compile;
use crate::diagnostic::{render_json, render_text};

/// Arguments of `crosswalk check`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
    /// Print diagnostics as text or as JSON (code, severity, file, line,
    /// column, message, help).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit with 1 when there are warnings.
    #[arg(long)]
    deny_warnings: bool,
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    let sources = match super::load_sources(&args.project.path, &args.framework_files, output) {
        Ok(sources) => sources,
        Err(failure) => {
            // Input that cannot be read is reported like any other error,
            // in the format asked for.
            match args.format {
                Format::Json => output.out(&render_json(&failure.diagnostics, &failure.sources)),
                Format::Text => failure.print(output),
            }
            return INPUT_ERROR;
        }
    };
    let compilation = compile(sources);
    let diagnostics = &compilation.diagnostics;
    match args.format {
        Format::Json => output.out(&render_json(diagnostics, &compilation.sources)),
        Format::Text => output.err(&render_text(
            diagnostics,
            &compilation.sources,
            output.style,
            output.width,
        )),
    }
    if compilation.has_errors() {
        INPUT_ERROR
    } else if args.deny_warnings && !diagnostics.is_empty() {
        FINDINGS
    } else {
        OK
    }
}
