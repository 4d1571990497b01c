//! The `crosswalk` command: parses the arguments and runs the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    crosswalk::cli::run(std::env::args_os())
}
