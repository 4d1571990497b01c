//! `crosswalk corpus` (hidden): writes a generated project for benchmarks.

use std::fs;
use std::path::PathBuf;

use super::{Failure, OK, Outcome, Output};
use crate::corpus::{CorpusSize, generate};

/// Arguments of `crosswalk corpus`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// How many controls (other dimensions scale from the Secure Controls
    /// Framework's shape: 1,500 controls is its full size).
    #[arg(long, default_value_t = 1500)]
    controls: usize,
    /// The folder to write into; it must not exist yet.
    out: PathBuf,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    if args.out.exists() {
        return Err(Failure::Message(format!(
            "`{}` exists already: name a new folder",
            args.out.display()
        )));
    }
    for file in generate(&CorpusSize::scf_like(args.controls)) {
        let path = args.out.join(&file.name);
        path.parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, file.text.as_bytes()))
            .map_err(|error| {
                Failure::Message(format!("cannot write `{}`: {error}", path.display()))
            })?;
    }
    output.out(&format!(
        "wrote a project of {} controls to {}\n",
        args.controls,
        args.out.display()
    ));
    Ok(OK)
}
