//! Output folders written whole: files go into a fresh folder beside the
//! output folder, which is moved into place once every file is written
//! (`build`, `export oscal`). Only a folder that one of our commands wrote
//! (it holds a marker file) or an empty one is ever replaced.

use std::fs;
use std::path::{Path, PathBuf};

use crate::project::display_name;

/// The file that marks a folder as our output, which we may replace; any
/// other non-empty folder is left alone.
pub(super) const MARKER: &str = ".crosswalk-build";

/// A fresh folder beside the output folder that the documents are written
/// into, then moved into place (replacing an earlier build), so the output
/// folder is always either the old build or the whole new one.
pub(super) struct Staging {
    out: PathBuf,
    dir: PathBuf,
    retired: PathBuf,
}

impl Staging {
    /// Checks that `out` may be replaced (it does not exist, is empty, or
    /// holds an earlier output of ours) and makes the staging folder, marked
    /// as written by `command`.
    pub(super) fn new(out: &Path, command: &str) -> Result<Self, String> {
        if out.exists() {
            let is_build = out.join(MARKER).is_file();
            let is_empty = fs::read_dir(out).is_ok_and(|mut d| d.next().is_none());
            if !out.is_dir() || !(is_build || is_empty) {
                return Err(format!(
                    "{} exists and is not an earlier output of crosswalk (it has no {MARKER} file): choose another --out, or remove it",
                    display_name(out)
                ));
            }
        }
        let name = out
            .file_name()
            .map_or_else(|| "build".to_owned(), |n| n.to_string_lossy().into_owned());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let pid = std::process::id();
        let staging = Self {
            out: out.to_owned(),
            dir: parent.join(format!(".{name}.crosswalk-new-{pid}")),
            retired: parent.join(format!(".{name}.crosswalk-old-{pid}")),
        };
        let made = fs::create_dir_all(&parent)
            .and_then(|()| match fs::remove_dir_all(&staging.dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            })
            .and_then(|()| fs::create_dir(&staging.dir))
            .and_then(|()| {
                fs::write(
                    staging.dir.join(MARKER),
                    format!(
                        "This folder is written by `{command}`, which replaces it as a whole.\n"
                    ),
                )
            });
        if let Err(e) = made {
            staging.abandon();
            return Err(format!(
                "cannot prepare {}: {e}",
                display_name(&staging.dir)
            ));
        }
        Ok(staging)
    }

    /// Writes one file (`path` relative to the output folder).
    pub(super) fn write(&self, path: &str, bytes: &[u8]) -> Result<(), String> {
        let full = self.dir.join(path);
        full.parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&full, bytes))
            .map_err(|e| format!("cannot write {path}: {e}"))
    }

    /// Removes the staging folder after a failure.
    pub(super) fn abandon(&self) {
        let _ = fs::remove_dir_all(&self.dir);
    }

    /// Moves the staging folder into place.
    pub(super) fn commit(self) -> Result<(), String> {
        let had_old = self.out.exists();
        if had_old && let Err(e) = fs::rename(&self.out, &self.retired) {
            self.abandon();
            return Err(format!("cannot move the earlier build aside: {e}"));
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if had_old {
                let _ = fs::rename(&self.retired, &self.out);
            }
            self.abandon();
            return Err(format!(
                "cannot move the documents into {}: {e}",
                display_name(&self.out)
            ));
        }
        if had_old {
            let _ = fs::remove_dir_all(&self.retired);
        }
        Ok(())
    }
}
