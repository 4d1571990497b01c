//! `crosswalk completions`: a shell's completion script for the command
//! line, generated from its clap definition, on standard output.

use super::{Failure, OK, Outcome, Output};

/// Arguments of `crosswalk completions`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The shell to complete in.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    output.out(&script(args.shell)?);
    Ok(OK)
}

/// The command's name, which the scripts complete.
const NAME: &str = "crosswalk";

/// The completion script for `shell`, for the command named `crosswalk`.
fn script(shell: clap_complete::Shell) -> Result<String, Failure> {
    let mut command = visible(&super::command());
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, NAME, &mut bytes);
    String::from_utf8(bytes).map_err(|_| {
        Failure::Message(format!(
            "the {shell} completion script is not UTF-8 (a bug in crosswalk)"
        ))
    })
}

/// `command` without its hidden subcommands (clap's generators offer
/// them): its name, description, arguments and visible subcommands, which
/// are all a completion script is made of.
fn visible(command: &clap::Command) -> clap::Command {
    debug_assert_eq!(command.get_name(), NAME);
    let mut copy = clap::Command::new(NAME)
        .version(env!("CARGO_PKG_VERSION"))
        .args(command.get_arguments().cloned())
        .subcommands(
            command
                .get_subcommands()
                .filter(|s| !s.is_hide_set())
                .cloned(),
        );
    if let Some(about) = command.get_about() {
        copy = copy.about(about.clone());
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_shell_gets_a_script_naming_the_commands() {
        for shell in clap_complete::Shell::value_variants() {
            let script = script(*shell).unwrap();
            assert!(script.contains("crosswalk"), "{shell}");
            for command in ["check", "build", "diff", "completions", "man"] {
                assert!(script.contains(command), "{shell} lacks {command}");
            }
            // The hidden benchmark command is not offered.
            assert!(!script.contains("corpus"), "{shell} offers corpus");
        }
    }
}
