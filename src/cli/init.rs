//! `crosswalk init`: write a starter project.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{Failure, OK, Outcome, Output};

/// Arguments of `crosswalk init`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The folder to write the project into (created if missing); it must
    /// not hold any .cw file yet.
    #[arg(default_value = ".")]
    dir: PathBuf,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let files =
        crate::init::init(&args.dir).map_err(|error| Failure::Message(error.to_string()))?;
    let mut text = String::new();
    for file in &files {
        let _ = writeln!(text, "created {}", crate::project::display_name(file));
    }
    let _ = writeln!(
        text,
        "next: crosswalk check {}",
        crate::project::display_name(&args.dir)
    );
    output.out(&text);
    Ok(OK)
}
