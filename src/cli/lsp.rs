//! `crosswalk lsp`: the language server over stdio ([`crate::lsp`]).

use super::{OK, Outcome, Output};

/// Arguments of `lsp` (none: the client speaks on stdin and stdout).
#[derive(Debug, clap::Args)]
pub(super) struct Args {}

#[allow(clippy::unnecessary_wraps)] // The signature of every command.
pub(super) fn run(_args: &Args, output: &Output) -> Outcome {
    match crate::lsp::run_stdio() {
        Ok(true) => Ok(OK),
        // `exit` without `shutdown` first: 1, as the protocol says.
        Ok(false) => Ok(super::FINDINGS),
        Err(error) => {
            output.error(&format!("the language server stopped: {error}"));
            Ok(super::INPUT_ERROR)
        }
    }
}
