//! `crosswalk man`: manual pages generated from the command line's clap
//! definition: the page of `crosswalk` itself on standard output, or with
//! `--out DIR` one page per command written into `DIR`.

use std::path::{Path, PathBuf};

use super::{Failure, OK, Outcome, Output};
use crate::project::display_name;

/// Arguments of `crosswalk man`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Write one page per command (crosswalk.1, crosswalk-check.1, ...)
    /// into this folder, created if missing, for example
    /// ~/.local/share/man/man1; each page replaces one of the same name
    /// whole. Without it, the page of crosswalk itself is printed.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let pages = pages(super::command())?;
    let Some(dir) = &args.out else {
        let (_, text) = pages
            .into_iter()
            .find(|(name, _)| name == "crosswalk.1")
            .expect("the page of the command itself is rendered");
        output.out(&text);
        return Ok(OK);
    };
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::Message(format!("cannot make the folder {}: {e}", display_name(dir)))
    })?;
    // Each page is said as it is written, so a failure part way leaves
    // the list of the pages that were.
    for (name, text) in &pages {
        let path = page_path(dir, name)?;
        crate::project::write_atomically(&path, text)
            .map_err(|e| Failure::Message(format!("cannot write {}: {e}", display_name(&path))))?;
        output.out(&format!(
            "wrote {}\n",
            crate::terminal::line(&display_name(&path))
        ));
    }
    Ok(OK)
}

/// Every page, as its file name and its roff text: the command's own and
/// one for each visible subcommand at any depth, parents first. All are
/// rendered before any is written, so a failure writes nothing.
fn pages(command: clap::Command) -> Result<Vec<(String, String)>, Failure> {
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    let mut pending = vec![command];
    while let Some(command) = pending.pop() {
        let children: Vec<clap::Command> = command
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .cloned()
            .collect();
        let man = clap_mangen::Man::new(command);
        let mut bytes = Vec::new();
        man.render(&mut bytes)
            .map_err(|e| Failure::Message(format!("cannot render a manual page: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Failure::Message("a manual page is not UTF-8 (a bug in crosswalk)".to_owned())
        })?;
        pages.push((man.get_filename(), text));
        pending.extend(children.into_iter().rev());
    }
    Ok(pages)
}

/// Where the page `name` goes in `dir`: a file directly in it, never
/// elsewhere (the name is one plain path component).
fn page_path(dir: &Path, name: &str) -> Result<PathBuf, Failure> {
    if name.contains('/') || !crate::render::file_name::is_contained(name) {
        return Err(Failure::Message(format!(
            "the manual page {} would be written outside {}: nothing more was written",
            name.escape_debug(),
            display_name(dir)
        )));
    }
    Ok(dir.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_for_every_visible_command_and_none_for_hidden_ones() {
        let pages = pages(super::super::command()).unwrap();
        let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names[0], "crosswalk.1");
        for name in [
            "crosswalk-check.1",
            "crosswalk-diff.1",
            "crosswalk-frameworks-show.1",
            "crosswalk-import-oscal.1",
            "crosswalk-completions.1",
            "crosswalk-man.1",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        assert!(
            !names
                .iter()
                .any(|n| n.contains("corpus") || n.contains("help"))
        );
        for (name, text) in &pages {
            assert!(text.contains(".TH "), "{name}");
        }
    }

    #[test]
    fn a_page_name_that_leaves_the_folder_is_refused() {
        let dir = Path::new("out");
        assert_eq!(
            page_path(dir, "crosswalk.1").unwrap(),
            dir.join("crosswalk.1")
        );
        for name in ["../crosswalk.1", "a/b.1", "..", "", "/etc/x.1"] {
            assert!(page_path(dir, name).is_err(), "{name}");
        }
    }
}
