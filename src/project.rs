//! Reading a project from disk: the one place that touches the file system
//! for input. A project is a folder of `.cw` files, read recursively in
//! sorted path order, after the built-in catalogs.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::frameworks::builtin_sources;
use crate::source::{SourceFile, SourceSet};

/// A project file that could not be read.
#[derive(Debug)]
pub struct LoadError {
    /// The path.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read `{}`: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for LoadError {}

/// The `.cw` files under `path` (or `path` itself when it is a file), in
/// sorted order, with `/` separators.
pub fn project_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let error = |reason: String| LoadError {
        path: path.to_owned(),
        reason,
    };
    let meta = fs::metadata(path).map_err(|e| error(e.to_string()))?;
    if meta.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    let mut files = Vec::new();
    walk(path, &mut files)?;
    files.sort_by_key(|p| display_name(p));
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = fs::read_dir(dir).map_err(|e| LoadError {
        path: dir.to_owned(),
        reason: e.to_string(),
    })?;
    for entry in entries {
        let entry = entry.map_err(|e| LoadError {
            path: dir.to_owned(),
            reason: e.to_string(),
        })?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Hidden folders (`.git`) and build output are never project input.
        if name.starts_with('.') || name == "target" {
            continue;
        }
        let kind = entry.file_type().map_err(|e| LoadError {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        // Symbolic links to folders are not followed, so a link loop
        // cannot make the walk endless; links to files are read.
        let is_cw = path.extension().is_some_and(|e| e == "cw");
        if kind.is_dir() {
            walk(&path, files)?;
        } else if is_cw && (kind.is_file() || path.is_file()) {
            files.push(path);
        }
    }
    Ok(())
}

/// A path as shown in diagnostics: `/` separators on every platform.
pub fn display_name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads the built-in catalogs and the project at `path` into a source set.
pub fn load(path: &Path) -> Result<SourceSet, LoadError> {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    for file in project_files(path)? {
        let text = read_text(&file)?;
        sources.add(SourceFile::new(display_name(&file), text, false));
    }
    Ok(sources)
}

/// Reads one UTF-8 text file (a `.cw` file or an OSCAL catalog).
pub fn read_text(file: &Path) -> Result<String, LoadError> {
    let bytes = fs::read(file).map_err(|e| LoadError {
        path: file.to_owned(),
        reason: e.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|e| LoadError {
        path: file.to_owned(),
        reason: format!(
            "it is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// Runs git in `dir` and returns its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, LoadError> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| LoadError {
            path: dir.to_owned(),
            reason: format!("cannot run git: {e}"),
        })?;
    if !output.status.success() {
        return Err(LoadError {
            path: dir.to_owned(),
            reason: format!(
                "git {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    Ok(output.stdout)
}

/// Reads the built-in catalogs and the project at `path` as it was at the
/// git revision `revision`. Files keep the names they have in the working
/// tree, so the two versions can be compared file by file.
pub fn load_revision(path: &Path, revision: &str) -> Result<SourceSet, LoadError> {
    let dir = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(Path::new("."))
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let root = String::from_utf8_lossy(&git(dir, &["rev-parse", "--show-toplevel"])?)
        .trim()
        .to_owned();
    let prefix = String::from_utf8_lossy(&git(dir, &["rev-parse", "--show-prefix"])?)
        .trim()
        .to_owned();
    let root = Path::new(&root);
    let listing = git(
        root,
        &[
            "ls-tree",
            "-r",
            "-z",
            "--name-only",
            revision,
            "--",
            &prefix,
        ],
    )?;
    let mut files: Vec<(String, String)> = Vec::new();
    for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        let in_repo = String::from_utf8_lossy(entry).into_owned();
        let relative = in_repo.strip_prefix(&prefix).unwrap_or(&in_repo).to_owned();
        let hidden = relative
            .split('/')
            .any(|part| part.starts_with('.') || part == "target");
        let wanted = if path.is_dir() {
            Path::new(&relative).extension().is_some_and(|e| e == "cw")
        } else {
            Some(Path::new(&relative).file_name()) == Some(path.file_name())
        };
        if wanted && !hidden {
            files.push((display_name(&dir.join(&relative)), in_repo));
        }
    }
    files.sort();
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    for (name, in_repo) in files {
        let bytes = git(root, &["show", &format!("{revision}:{in_repo}")])?;
        let text = String::from_utf8(bytes).map_err(|_| LoadError {
            path: PathBuf::from(&name),
            reason: format!("it is not UTF-8 text at {revision}"),
        })?;
        sources.add(SourceFile::new(name, text, false));
    }
    Ok(sources)
}
