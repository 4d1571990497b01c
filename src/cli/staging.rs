//! Output folders written whole: files go into a fresh folder beside the
//! output folder, which is moved into place once every file is written
//! (`build`, `export oscal`). Only a folder that one of our commands wrote
//! (it holds a marker file) or an empty one is ever replaced.
//!
//! Beside an output folder `OUT` a run uses:
//! - `.OUT.crosswalk-lock`, created exclusively and holding the run's
//!   process id, so one run at a time writes `OUT` (a second one waits, up
//!   to a minute, then says which lock stopped it);
//! - `.OUT.crosswalk-new-PID`, the folder being written;
//! - `.OUT.crosswalk-old-PID`, the earlier build, for the moment between
//!   the two renames that replace it.
//!
//! What a run that was killed left behind (its process is gone) is cleaned
//! up by the next run: its lock is taken over, its half-written folder
//! removed, and an earlier build it had moved aside is put back when `OUT`
//! is missing.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Output;
use crate::project::display_name;

/// The file that marks a folder as our output, which we may replace; any
/// other non-empty folder is left alone.
pub(super) const MARKER: &str = ".crosswalk-build";

/// How long a run waits for another one writing the same output folder:
/// this many pauses of [`LOCK_POLL`] (a minute).
const LOCK_WAIT: u32 = 1200;
/// How often a waiting run looks at the lock again.
const LOCK_POLL: Duration = Duration::from_millis(50);

/// A fresh folder beside the output folder that the documents are written
/// into, then moved into place (replacing an earlier build), so the output
/// folder is always either the old build or the whole new one.
pub(super) struct Staging {
    out: PathBuf,
    dir: PathBuf,
    retired: PathBuf,
    /// Held until this is dropped.
    _lock: Lock,
    /// Whether the staging folder is to be kept when this is dropped (it
    /// was moved into place, or holds the only copy of a build).
    keep: bool,
}

impl Staging {
    /// Locks `out`, cleans up after runs that were killed (printing what it
    /// restored), checks that `out` may be replaced (it does not exist, is
    /// empty, or holds an earlier output of ours) and makes the staging
    /// folder, marked as written by `command`.
    pub(super) fn new(out: &Path, command: &str, output: &Output) -> Result<Self, String> {
        let name = out
            .file_name()
            .map_or_else(|| "build".to_owned(), |n| n.to_string_lossy().into_owned());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)
            .map_err(|e| format!("cannot make the folder {}: {e}", display_name(&parent)))?;
        // Beside `out`, named without a leading `./` when `out` has none.
        let beside = |suffix: String| out.with_file_name(format!(".{name}{suffix}"));
        let lock = Lock::acquire(&beside(".crosswalk-lock".to_owned()), out)?;
        for note in recover(out, &parent, &name) {
            output.err(&format!("note: {note}\n"));
        }
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
        let pid = std::process::id();
        let staging = Self {
            out: out.to_owned(),
            dir: beside(format!("{NEW}{pid}")),
            retired: beside(format!("{OLD}{pid}")),
            _lock: lock,
            keep: false,
        };
        let made = match fs::remove_dir_all(&staging.dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
        .and_then(|()| fs::create_dir(&staging.dir))
        .and_then(|()| {
            fs::write(
                staging.dir.join(MARKER),
                format!("This folder is written by `{command}`, which replaces it as a whole.\n"),
            )
        });
        if let Err(e) = made {
            return Err(format!(
                "cannot prepare {}: {e}",
                display_name(&staging.dir)
            ));
        }
        Ok(staging)
    }

    /// Writes one file (`path` relative to the output folder: no root, no
    /// drive, no `..`).
    pub(super) fn write(&self, path: &str, bytes: &[u8]) -> Result<(), String> {
        self.write_with(path, &mut |w| w.write_all(bytes))?
            .map_err(|e| format!("cannot write {path}: {e}"))
    }

    /// Writes one file (a path as [`Staging::write`] takes) with what `body`
    /// writes into it, buffered, so no file is held whole in memory. A
    /// failure to write is the outer `Err` (`cannot write PATH: …`); a
    /// failure of `body` itself is returned inside `Ok`.
    pub(super) fn write_with<E>(
        &self,
        path: &str,
        body: &mut dyn FnMut(&mut dyn std::io::Write) -> Result<(), E>,
    ) -> Result<Result<(), E>, String> {
        use std::io::Write as _;
        if !crate::render::file_name::is_contained(path) {
            return Err(format!(
                "cannot write {path}: the path leads outside the output folder"
            ));
        }
        let failed = |e: &dyn std::fmt::Display| format!("cannot write {path}: {e}");
        let full = self.dir.join(path);
        let file = full
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::File::create(&full))
            .map_err(|e| failed(&e))?;
        let mut writer = Recording {
            inner: std::io::BufWriter::with_capacity(1 << 16, file),
            error: None,
        };
        let written = body(&mut writer);
        if let Some(error) = writer.error.take() {
            return Err(failed(&error));
        }
        if written.is_ok() {
            writer.inner.flush().map_err(|e| failed(&e))?;
        }
        Ok(written)
    }

    /// Removes the staging folder after a failure (dropping it does too).
    pub(super) fn abandon(&self) {
        let _ = fs::remove_dir_all(&self.dir);
    }

    /// Moves the staging folder into place. When a step fails, the message
    /// says where each build is.
    pub(super) fn commit(mut self) -> Result<(), String> {
        let out = display_name(&self.out);
        let had_old = self.out.exists();
        if had_old && let Err(e) = fs::rename(&self.out, &self.retired) {
            return Err(format!(
                "cannot move the earlier build aside: {e}; {out} is unchanged"
            ));
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if !had_old {
                return Err(format!("cannot move the documents into {out}: {e}"));
            }
            return Err(match fs::rename(&self.retired, &self.out) {
                Ok(()) => format!(
                    "cannot move the documents into {out}: {e}; the earlier build is back in {out}"
                ),
                Err(back) => {
                    // Neither rename can be undone: keep both builds and
                    // say where they are.
                    self.keep = true;
                    format!(
                        "cannot move the documents into {out}: {e}; nor could the earlier build be put back ({back}): the earlier build is in {}, the new one in {}",
                        display_name(&self.retired),
                        display_name(&self.dir)
                    )
                }
            });
        }
        self.keep = true;
        if had_old {
            let _ = fs::remove_dir_all(&self.retired);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.keep {
            self.abandon();
        }
        // The lock is released after this, when it is dropped.
    }
}

/// A writer that keeps the first error it met, so the file's writer can
/// say which file could not be written whatever its caller made of it.
struct Recording<W> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> Recording<W> {
    /// Keeps `error` (the first one) and returns one like it.
    fn keep(&mut self, error: std::io::Error) -> std::io::Error {
        let again = std::io::Error::new(error.kind(), error.to_string());
        self.error.get_or_insert(error);
        again
    }
}

impl<W: std::io::Write> std::io::Write for Recording<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.keep(e))
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.inner.write_all(buf).map_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().map_err(|e| self.keep(e))
    }
}

/// The name part of a staging folder: `.OUT` + this + the process id.
const NEW: &str = ".crosswalk-new-";
/// The name part of an earlier build moved aside.
const OLD: &str = ".crosswalk-old-";

/// An exclusive lock on an output folder: a file created only if absent,
/// holding the process id of the run that holds it.
struct Lock {
    path: PathBuf,
}

impl Lock {
    /// Takes the lock at `path` (for the output folder `out`), taking over a
    /// lock whose run is gone, and waiting up to a minute for one that
    /// is alive.
    fn acquire(path: &Path, out: &Path) -> Result<Self, String> {
        let pid = std::process::id();
        let mut waited = 0;
        loop {
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(mut file) => {
                    use std::io::Write;
                    let written = writeln!(file, "{pid}").and_then(|()| file.sync_all());
                    let lock = Self {
                        path: path.to_owned(),
                    };
                    return match written {
                        Ok(()) => Ok(lock),
                        Err(e) => Err(format!("cannot write the lock {}: {e}", display_name(path))),
                    };
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(format!("cannot make the lock {}: {e}", display_name(path)));
                }
            }
            let holder = fs::read_to_string(path).ok();
            let holder_pid = holder.as_deref().and_then(|t| t.trim().parse::<u32>().ok());
            if let Some(holder_pid) = holder_pid
                && !is_alive(holder_pid)
            {
                // Taken over only if it still holds the same dead id, so a
                // lock another run just took is left alone.
                if fs::read_to_string(path).ok() == holder {
                    let _ = fs::remove_file(path);
                }
                continue;
            }
            if waited >= LOCK_WAIT {
                let who = holder_pid.map_or_else(String::new, |p| format!(" (process {p})"));
                return Err(format!(
                    "another crosswalk{who} is writing {}: it holds the lock {}; wait for it to finish, or remove the lock if no crosswalk is running",
                    display_name(out),
                    display_name(path)
                ));
            }
            std::thread::sleep(LOCK_POLL);
            waited += 1;
        }
    }
}

impl Drop for Lock {
    /// Removes the lock file, if this run still holds it.
    fn drop(&mut self) {
        let ours = fs::read_to_string(&self.path)
            .is_ok_and(|t| t.trim() == std::process::id().to_string());
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether process `pid` is running. Without a way to ask (no `/proc`),
/// every process counts as running, so nothing of it is touched.
fn is_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        proc.join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Cleans up what killed runs left beside `out` (called holding the lock):
/// an earlier build they had moved aside is put back when `out` is
/// missing, and removed otherwise; their staging folders are removed.
/// Returns what was done that the user should know.
fn recover(out: &Path, parent: &Path, name: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let Ok(entries) = fs::read_dir(parent) else {
        return notes;
    };
    let mut leftovers: Vec<(PathBuf, bool, u32)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let file = entry.file_name();
            let rest = file.to_str()?.strip_prefix('.')?.strip_prefix(name)?;
            let (is_old, pid) = if let Some(pid) = rest.strip_prefix(OLD) {
                (true, pid)
            } else {
                (false, rest.strip_prefix(NEW)?)
            };
            let pid = pid.parse::<u32>().ok()?;
            let path = out.with_file_name(&file);
            (!is_alive(pid)).then_some((path, is_old, pid))
        })
        .collect();
    leftovers.sort();
    for (path, is_old, pid) in leftovers {
        let shown = display_name(&path);
        // Only a folder that is ours (or empty) is ever removed or moved.
        let ours = path.join(MARKER).is_file()
            || fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
        if !ours || !path.is_dir() {
            notes.push(format!(
                "{shown} looks like a leftover of crosswalk, but has no {MARKER} file; it is left alone"
            ));
            continue;
        }
        if is_old && !out.exists() {
            match fs::rename(&path, out) {
                Ok(()) => notes.push(format!(
                    "restored the earlier build into {} from {shown}, where a run (process {pid}) that was stopped while replacing it had left it",
                    display_name(out)
                )),
                Err(e) => notes.push(format!(
                    "{} is missing; the earlier build is in {shown} (left by a stopped run, process {pid}), and could not be put back: {e}",
                    display_name(out)
                )),
            }
        } else if fs::remove_dir_all(&path).is_ok() {
            if is_old {
                notes.push(format!(
                    "removed {shown}, an earlier build that a stopped run (process {pid}) had already replaced"
                ));
            }
        } else {
            notes.push(format!(
                "cannot remove {shown}, left by a stopped run (process {pid})"
            ));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive() {
        assert!(is_alive(std::process::id()));
    }
}
