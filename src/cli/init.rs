//! `crosswalk init`: write a starter project.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{INPUT_ERROR, OK, Output};

/// Arguments of `crosswalk init`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The folder to write the project into (created if missing); it must
    /// not hold any `.cw` file yet.
    #[arg(default_value = ".")]
    dir: PathBuf,
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    match crate::init::init(&args.dir) {
        Ok(files) => {
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
            OK
        }
        Err(error) => {
            output.error(&error.to_string());
            INPUT_ERROR
        }
    }
}
