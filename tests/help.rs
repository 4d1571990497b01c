//! The help of every command reads as plain text (doc comments become
//! help text, where Markdown's backticks would print as they are), and
//! the help of `diff` describes both of its modes.

use crate::support::crosswalk;

/// Every command's path below `crosswalk` (`["frameworks", "show"]`),
/// hidden ones too, at any depth; the root itself is the empty path.
pub fn command_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, path: &[String], paths: &mut Vec<Vec<String>>) {
        paths.push(path.to_vec());
        for sub in command.get_subcommands() {
            let mut next = path.to_vec();
            next.push(sub.get_name().to_owned());
            walk(sub, &next, paths);
        }
    }
    let mut paths = Vec::new();
    walk(&crosswalk::cli::command(), &[], &mut paths);
    paths
}

#[test]
fn no_help_text_shows_a_backtick() {
    let mut seen = 0;
    for path in command_paths() {
        if path.last().is_some_and(|n| n == "help") {
            continue;
        }
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let run = crosswalk(&args);
            assert_eq!(run.code, 0, "{args:?}\n{}", run.transcript());
            let shown: Vec<&str> = run.stdout.lines().filter(|l| l.contains('`')).collect();
            assert!(
                shown.is_empty(),
                "`crosswalk {}` prints backticks (Markdown is not rendered in help):\n{}",
                args.join(" "),
                shown.join("\n")
            );
            seen += 1;
        }
    }
    assert!(seen > 20, "{seen} help texts");
}

#[test]
fn the_help_of_diff_describes_both_modes() {
    let listed = crosswalk(&["--help"]).stdout;
    let line = listed
        .lines()
        .find(|l| l.trim_start().starts_with("diff "))
        .expect("diff is listed");
    assert!(line.contains("git") && line.contains("version"), "{line}");
    let help = crosswalk(&["diff", "--help"]).stdout;
    for wanted in ["--base", "--from", "--to", "--fail-on", "git revision"] {
        assert!(help.contains(wanted), "diff --help lacks {wanted}:\n{help}");
    }
    // The description comes before the usage line, so it speaks of both.
    let description = &help[..help.find("Usage:").unwrap()];
    assert!(
        description.contains("--base") && description.contains("--from"),
        "{description}"
    );
}
