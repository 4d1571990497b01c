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

/// Runs git in `dir` and returns its standard output. Callers put every
/// value that comes from the user after `--end-of-options` (a revision) or
/// `--` (a path), so none can be read as an option.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, LoadError> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        // Paths are file names, never patterns.
        .arg("--literal-pathspecs")
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
/// git revision `revision`: the `.cw` files under the folder `path`, or the
/// one file `path`. Files keep the names they have in the working tree, so
/// the two versions can be compared file by file. The revision is resolved
/// to a commit first, and only regular files are read (a symbolic link
/// committed in the tree is skipped, as one leading out of the project is on
/// disk).
pub fn load_revision(path: &Path, revision: &str) -> Result<SourceSet, LoadError> {
    let is_dir = path.is_dir();
    let dir = if is_dir {
        path
    } else {
        path.parent().unwrap_or(Path::new("."))
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let text = |bytes: Vec<u8>| {
        String::from_utf8_lossy(&bytes)
            .trim_end_matches(['\n', '\r'])
            .to_owned()
    };
    let root = text(git(dir, &["rev-parse", "--show-toplevel"])?);
    let prefix = text(git(dir, &["rev-parse", "--show-prefix"])?);
    let commit = text(
        git(
            dir,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &format!("{revision}^{{commit}}"),
            ],
        )
        .map_err(|error| LoadError {
            reason: format!("`{revision}` is not a commit of this git repository"),
            ..error
        })?,
    );
    let root = Path::new(&root);
    // The folder's files, or the one file: a path relative to the
    // repository root (`.` for the root itself, as git wants).
    let wanted = if is_dir {
        prefix.clone()
    } else {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        format!("{prefix}{name}")
    };
    let pathspec = if wanted.is_empty() {
        "."
    } else {
        wanted.as_str()
    };
    let listing = git(
        root,
        &[
            "ls-tree",
            "-r",
            "-z",
            "--end-of-options",
            &commit,
            "--",
            pathspec,
        ],
    )?;
    let mut files: Vec<(String, String, String)> = Vec::new();
    for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        // `<mode> SP <type> SP <object> TAB <path>`
        let entry = String::from_utf8_lossy(entry);
        let Some((meta, in_repo)) = entry.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (mode, object) = (meta.next(), meta.nth(1));
        let Some(object) = object.filter(|_| matches!(mode, Some("100644" | "100755"))) else {
            continue;
        };
        let name = if is_dir {
            let Some(relative) = in_repo.strip_prefix(prefix.as_str()) else {
                continue;
            };
            let hidden = relative
                .split('/')
                .any(|part| part.starts_with('.') || part == "target");
            let is_cw = Path::new(relative).extension().is_some_and(|e| e == "cw");
            if hidden || !is_cw {
                continue;
            }
            display_name(&path.join(relative))
        } else if in_repo == wanted {
            display_name(path)
        } else {
            continue;
        };
        files.push((name, in_repo.to_owned(), object.to_owned()));
    }
    files.sort();
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    for (name, in_repo, object) in files {
        let bytes = git(root, &["cat-file", "blob", &object])?;
        let text = String::from_utf8(bytes).map_err(|_| LoadError {
            path: PathBuf::from(&name),
            reason: format!("`{in_repo}` is not UTF-8 text at {revision}"),
        })?;
        sources.add(SourceFile::new(name, text, false));
    }
    Ok(sources)
}
