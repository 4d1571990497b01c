//! Running the real binary and loading fixtures.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root, where every command runs.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A path relative to the repository root, with `/` separators.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, standard output and standard error, for a snapshot.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `crosswalk ARGS` from the repository root, without colour, at a
/// width of 80 columns.
pub fn crosswalk(args: &[&str]) -> Run {
    crosswalk_in(root(), args)
}

/// Runs `crosswalk ARGS` from `dir`.
pub fn crosswalk_in(dir: &Path, args: &[&str]) -> Run {
    crosswalk_env(dir, args, &[])
}

/// Runs `crosswalk ARGS` from `dir` with these environment variables set
/// (and `SOURCE_DATE_EPOCH` unset unless given).
pub fn crosswalk_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_crosswalk"))
        .args(args)
        .current_dir(dir)
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .envs(env.iter().copied())
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().expect("the binary exits normally"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 output"),
    }
}

/// Every `.cw` file under `tests/fixtures`, `examples` and `frameworks`,
/// sorted.
pub fn all_fixture_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["tests/fixtures", "examples", "frameworks"]
        .into_iter()
        .flat_map(|dir| files_under(&root().join(dir), ".cw"))
        .collect();
    files.sort();
    files
}

/// Every file under `dir` (at any depth) whose name ends with `suffix`,
/// sorted.
pub fn files_under(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A Rust source file's text up to its tests (the first `#[cfg(test)]`,
/// which in this crate opens the test module at the end of a file).
pub fn before_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// A fresh, empty temporary folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosswalk-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}
