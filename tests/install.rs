//! Installing crosswalk's extras, end to end: shell completions for every
//! shell `clap_complete` supports, and manual pages.

use std::fs;

use crate::help::command_paths;
use crate::support::{crosswalk, temp_dir};

#[test]
fn completions_are_printed_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = crosswalk(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}\n{}", run.transcript());
        assert!(run.stderr.is_empty(), "{shell}: {}", run.stderr);
        for word in ["crosswalk", "check", "fail-on", "completions", "man"] {
            assert!(run.stdout.contains(word), "{shell} lacks {word}");
        }
        assert!(
            !run.stdout.contains("corpus"),
            "{shell} offers the hidden corpus"
        );
    }
    let run = crosswalk(&["completions", "tcsh"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
}

#[test]
fn the_completion_scripts_pass_their_shells_syntax_check() {
    for (shell, check) in [("bash", "-n"), ("zsh", "-n"), ("fish", "--no-execute")] {
        let Ok(found) = std::process::Command::new(shell)
            .arg("-c")
            .arg("exit 0")
            .status()
        else {
            eprintln!("{shell} is not installed: its completion script is not syntax-checked");
            continue;
        };
        assert!(found.success());
        let dir = temp_dir(&format!("completions-{shell}"));
        let script = dir.join("crosswalk");
        fs::write(&script, crosswalk(&["completions", shell]).stdout).unwrap();
        let status = std::process::Command::new(shell)
            .arg(check)
            .arg(&script)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "{shell} {check} rejects the completion script"
        );
        let _ = fs::remove_dir_all(dir);
    }
}

#[test]
fn man_prints_the_page_of_crosswalk() {
    let run = crosswalk(&["man"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains(".TH crosswalk 1"), "{}", run.stdout);
    assert!(run.stdout.contains("crosswalk\\-check(1)") || run.stdout.contains("check"));
}

#[test]
fn man_out_writes_one_page_per_visible_command() {
    let dir = temp_dir("man");
    let out = dir.join("man1");
    let run = crosswalk(&["man", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let mut names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    // One page for each command reachable from the help, no more.
    let mut expected: Vec<String> = command_paths()
        .into_iter()
        .filter(|path| !is_hidden(path) && path.last().is_none_or(|n| n != "help"))
        .map(|path| {
            std::iter::once("crosswalk".to_owned())
                .chain(path)
                .collect::<Vec<_>>()
                .join("-")
                + ".1"
        })
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    assert_eq!(run.stdout.lines().count(), names.len(), "{}", run.stdout);
    for name in &names {
        let page = fs::read_to_string(out.join(name)).unwrap();
        assert!(page.contains(".TH "), "{name}");
        assert!(!page.contains('`'), "{name} shows a backtick:\n{page}");
    }
    let diff = fs::read_to_string(out.join("crosswalk-diff.1")).unwrap();
    assert!(diff.contains("\\-\\-fail\\-on"), "{diff}");
    // Again, over the pages written, and over a link planted in their
    // place: the link is replaced, what it points to is left alone.
    #[cfg(unix)]
    {
        let target = dir.join("not-a-page");
        fs::write(&target, "keep me").unwrap();
        fs::remove_file(out.join("crosswalk-check.1")).unwrap();
        std::os::unix::fs::symlink(&target, out.join("crosswalk-check.1")).unwrap();
    }
    let again = crosswalk(&["man", "--out", out.to_str().unwrap()]);
    assert_eq!(again.code, 0, "{}", again.transcript());
    #[cfg(unix)]
    {
        assert_eq!(
            fs::read_to_string(dir.join("not-a-page")).unwrap(),
            "keep me"
        );
        assert!(
            !fs::symlink_metadata(out.join("crosswalk-check.1"))
                .unwrap()
                .is_symlink()
        );
    }
    let after: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        after.len(),
        names.len(),
        "no temporary file is left: {after:?}"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn man_out_onto_a_file_is_an_error() {
    let dir = temp_dir("man-file");
    let file = dir.join("file");
    fs::write(&file, "x").unwrap();
    let run = crosswalk(&["man", "--out", file.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.starts_with("error: cannot make the folder"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
    let _ = fs::remove_dir_all(dir);
}

/// Whether the command at `path` (or one above it) is hidden.
fn is_hidden(path: &[String]) -> bool {
    let mut command = crosswalk::cli::command();
    for name in path {
        command = command.find_subcommand(name).unwrap().clone();
        if command.is_hide_set() {
            return true;
        }
    }
    false
}
