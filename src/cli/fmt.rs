//! `crosswalk fmt`: rewrite a project's files in the canonical layout.

use super::{FINDINGS, Failure, INPUT_ERROR, OK, Outcome, Output, ProjectArg};
use crate::format::formatted;
use crate::project::{display_name, project_entries, read_listed};
use crate::source::{SourceFile, SourceSet};

/// Arguments of `crosswalk fmt`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    project: ProjectArg,
    /// Change nothing; list the files that are not formatted and exit with 1
    /// if there are any.
    #[arg(long)]
    check: bool,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let files = project_entries(&args.project.path).map_err(|error| Failure::from(&error))?;
    let mut failed = false;
    let mut unformatted = Vec::new();
    for file in files {
        let name = display_name(&file.path);
        let text = match read_listed(&file) {
            Ok(text) => text,
            Err(error) => {
                Failure::from(&error).print(output, false);
                failed = true;
                continue;
            }
        };
        let mut sources = SourceSet::new();
        let id = sources.add(SourceFile::new(name.clone(), text, false));
        let source = sources.get(id);
        let formatted = match formatted(id, source) {
            Ok(text) => text,
            Err(diagnostics) => {
                output.diagnostics(&diagnostics, &sources);
                failed = true;
                continue;
            }
        };
        if formatted == *source.text {
            continue;
        }
        // A link (inside the project) keeps pointing at its file, which is
        // the one rewritten.
        if args.check {
            unformatted.push(name);
        } else if let Err(error) = crate::project::write_atomically(&file.real, &formatted) {
            output.error(&format!("cannot write `{name}`: {error}"));
            failed = true;
        } else {
            output.out(&format!("formatted {}\n", crate::terminal::line(&name)));
        }
    }
    if args.check && !unformatted.is_empty() {
        for name in &unformatted {
            output.out(&format!("would reformat {}\n", crate::terminal::line(name)));
        }
    }
    Ok(if failed {
        INPUT_ERROR
    } else if !unformatted.is_empty() {
        FINDINGS
    } else {
        OK
    })
}
