//! `crosswalk init`: a starter project — a `system` block and three
//! controls, commented part by part — that checks clean and that a new
//! user grows into their own.
//!
//! Writing is all or nothing: the files are written into a hidden
//! temporary folder first and moved into place only when every one is
//! complete; a folder that already holds `.cw` files is refused, so no
//! user text is ever overwritten.

use std::fmt;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::project::{display_name, project_files};

/// The starter project: (file name, text).
pub const STARTER: &[(&str, &str)] = &[
    ("controls.cw", include_str!("controls.cw")),
    ("system.cw", include_str!("system.cw")),
];

/// Why `init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    /// The folder already holds `.cw` files (the first few, sorted).
    NotEmpty {
        /// The folder.
        dir: PathBuf,
        /// Its `.cw` files, as shown to the user.
        files: Vec<String>,
    },
    /// The file system refused.
    Io {
        /// The path concerned.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InitError::NotEmpty { dir, files } => {
                let shown: Vec<&str> = files.iter().take(3).map(String::as_str).collect();
                let more = if files.len() > shown.len() {
                    format!(" and {} more", files.len() - shown.len())
                } else {
                    String::new()
                };
                write!(
                    f,
                    "`{}` already holds a project ({}{more}): init writes a new project and never overwrites one; run it in an empty or new folder",
                    dir.display(),
                    shown.join(", ")
                )
            }
            InitError::Io { path, reason } => {
                write!(f, "cannot write `{}`: {reason}", path.display())
            }
        }
    }
}

impl std::error::Error for InitError {}

fn io(path: &Path) -> impl Fn(std::io::Error) -> InitError + '_ {
    move |e| InitError::Io {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

/// Writes the starter project into `dir` (created if missing) and returns
/// the files written, sorted. Refuses a folder that holds any `.cw` file.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, InitError> {
    if dir.is_file() {
        return Err(InitError::Io {
            path: dir.to_owned(),
            reason: "this is a file; name a folder".to_owned(),
        });
    }
    if dir.exists() {
        let existing = project_files(dir).map_err(|e| InitError::Io {
            path: e.path,
            reason: e.reason,
        })?;
        if !existing.is_empty() {
            return Err(InitError::NotEmpty {
                dir: dir.to_owned(),
                files: existing.iter().map(|p| display_name(p)).collect(),
            });
        }
    }
    fs::create_dir_all(dir).map_err(io(dir))?;
    // Every file is written in full into a hidden folder inside `dir` (the
    // same file system, so the moves below are renames), then moved in.
    let staging = dir.join(".crosswalk-init.tmp");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    fs::create_dir(&staging).map_err(io(&staging))?;
    let result = stage_and_move(dir, &staging);
    let _ = fs::remove_dir_all(&staging);
    result
}

fn stage_and_move(dir: &Path, staging: &Path) -> Result<Vec<PathBuf>, InitError> {
    for (name, text) in STARTER {
        let path = staging.join(name);
        let mut file = fs::File::create_new(&path).map_err(io(&path))?;
        file.write_all(text.as_bytes()).map_err(io(&path))?;
        file.sync_all().map_err(io(&path))?;
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for (name, _) in STARTER {
        let target = dir.join(name);
        // Checked again just before the move: nothing written since the
        // first check is ever replaced.
        let moved = if target.exists() {
            Err(InitError::NotEmpty {
                dir: dir.to_owned(),
                files: vec![display_name(&target)],
            })
        } else {
            fs::rename(staging.join(name), &target).map_err(io(&target))
        };
        if let Err(error) = moved {
            for done in &written {
                let _ = fs::remove_file(done);
            }
            return Err(error);
        }
        written.push(target);
    }
    written.sort();
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_compiles_without_a_diagnostic() {
        let mut sources = crate::source::SourceSet::new();
        for file in crate::frameworks::builtin_sources() {
            sources.add(file);
        }
        for (name, text) in STARTER {
            sources.add(crate::source::SourceFile::new(*name, *text, false));
        }
        let compilation = crate::compile(sources);
        assert!(
            compilation.diagnostics.is_empty(),
            "{:#?}",
            compilation.diagnostics
        );
        assert_eq!(compilation.model.controls.len(), 3);
        assert_eq!(compilation.model.systems.len(), 1);
    }
}
