//! Reading a project from disk: the one place that touches the file system
//! for input. A project is a folder of `.cw` files, read recursively in
//! sorted path order, after the built-in catalogs.
//!
//! Every input file (`.cw` files, `--framework-file` and imported OSCAL
//! catalogs, `--templates` files) is read by [`read_text`] or
//! [`read_listed`]: only regular files, at most [`MAX_INPUT_BYTES`], never
//! blocking on a named pipe, as UTF-8. A symbolic link in a project (or a
//! template folder) is read only when it leads to a file inside that
//! folder. [`write_atomically`] is the one writer of a single file in
//! place (`fmt`, `import`, `man`, the language server's catalog cache).

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{SourceFile, SourceSet, Span};
use crate::workspace::Workspace;

/// An input file or folder that cannot be read (it is missing, or the
/// system refused).
pub const UNREADABLE: &str = "crosswalk::input::unreadable";
/// An input file that is not UTF-8 text.
pub const NOT_UTF8: &str = "crosswalk::input::not_utf8";
/// An input that is not a regular file: a named pipe, a device, a socket, a
/// folder where a file was expected, or a pseudo file (`/proc/…`) whose size
/// is not known in advance.
pub const NOT_A_REGULAR_FILE: &str = "crosswalk::input::not_a_regular_file";
/// A symbolic link in the project (or a template folder) that leads outside
/// it.
pub const LINK_OUTSIDE_PROJECT: &str = "crosswalk::input::link_outside_project";
/// An input file larger than [`MAX_INPUT_BYTES`].
pub const TOO_LARGE: &str = "crosswalk::input::too_large";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(
        UNREADABLE,
        "a file or folder cannot be read (missing, no permission)",
    ),
    Code::error(
        NOT_UTF8,
        "a file is not UTF-8; points at the first invalid byte with its line, column and offset",
    ),
    Code::error(
        NOT_A_REGULAR_FILE,
        "an input is a pipe, device, folder or pseudo file (`/proc/self/environ`): refused without opening or blocking",
    ),
    Code::error(
        LINK_OUTSIDE_PROJECT,
        "a symbolic link in the project (or `--templates` folder) leads outside it",
    ),
    Code::error(
        TOO_LARGE,
        "an input is larger than 256 MiB; refused before reading",
    ),
];

/// The largest input file read: 256 MiB (the whole NIST SP 800-53 catalog
/// in OSCAL JSON is about 10 MB).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// A project file that could not be read.
#[derive(Debug)]
pub struct LoadError {
    /// The path.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
    /// The diagnostic code (one of the `crosswalk::input::…` codes).
    pub code: &'static str,
    /// For a file that is not UTF-8: its text up to the end of the line of
    /// the first invalid byte (invalid bytes shown as `�`), and the byte
    /// offset of that byte.
    pub bad_text: Option<(String, usize)>,
}

impl LoadError {
    /// An error reading `path`, with the code [`UNREADABLE`].
    pub fn new(path: impl AsRef<Path>, reason: impl Into<String>) -> Self {
        Self {
            path: path.as_ref().to_owned(),
            reason: reason.into(),
            code: UNREADABLE,
            bad_text: None,
        }
    }

    /// The same error with another code.
    #[must_use]
    pub fn code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// How to fix it.
    fn help(&self) -> &'static str {
        match self.code {
            NOT_UTF8 => {
                "save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8 FILE`)"
            }
            NOT_A_REGULAR_FILE => {
                "crosswalk reads only regular files: copy the content into a file and name that"
            }
            LINK_OUTSIDE_PROJECT => {
                "a link in the project must lead to a file inside it: copy the file into the project, or remove the link"
            }
            TOO_LARGE => "split the input into several files",
            _ => "check that the path exists and can be read",
        }
    }

    /// This error as a diagnostic, pointing at the first invalid byte of a
    /// file that is not UTF-8 and at the start of the file otherwise; the
    /// file is added to `sources` (with the text read, or empty).
    pub fn diagnostic(&self, sources: &mut SourceSet) -> Diagnostic {
        let (text, span) = match &self.bad_text {
            Some((text, at)) => {
                let end = text[*at..]
                    .chars()
                    .next()
                    .map_or(*at, |c| at + c.len_utf8());
                (text.clone(), *at..end)
            }
            None => (String::new(), 0..0),
        };
        let file = sources.add(SourceFile::new(display_name(&self.path), text, false));
        let label = match self.code {
            NOT_UTF8 => "not UTF-8",
            _ => "here",
        };
        Diagnostic::error(
            self.code,
            Span::new(file, span.start, span.end),
            self.to_string(),
        )
        .label(label)
        .help(self.help())
    }

    /// This error as a diagnostic, with a source set of its own.
    pub fn report(&self) -> (Diagnostic, SourceSet) {
        let mut sources = SourceSet::new();
        let diagnostic = self.diagnostic(&mut sources);
        (diagnostic, sources)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot read `{}`: {}",
            display_name(&self.path),
            self.reason
        )
    }
}

impl std::error::Error for LoadError {}

/// One input file found in a folder: the path as listed (shown in
/// diagnostics) and the file it is (the target of a symbolic link, which
/// lies inside the folder), to read and to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedFile {
    /// The path as found, under the folder named.
    pub path: PathBuf,
    /// The file to open: `path` itself, or the resolved target of a link.
    pub real: PathBuf,
}

/// What a folder listing looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// `.cw` files, recursively, skipping hidden folders and `target`.
    Project,
    /// Every file directly in the folder.
    Folder,
}

/// The `.cw` files under `path` (or `path` itself when it is a file), in
/// sorted order, with `/` separators.
pub fn project_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    Ok(project_entries(path)?.into_iter().map(|f| f.path).collect())
}

/// The `.cw` files under `path` (or `path` itself when it is not a folder),
/// in sorted order. A symbolic link that leads outside the project folder
/// (for a single file: the folder it is in) is an error
/// ([`LINK_OUTSIDE_PROJECT`]); links to folders are not followed.
pub fn project_entries(path: &Path) -> Result<Vec<ListedFile>, LoadError> {
    let meta = fs::metadata(path).map_err(|e| LoadError::new(path, e.to_string()))?;
    if !meta.is_dir() {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let root = fs::canonicalize(parent).map_err(|e| LoadError::new(parent, e.to_string()))?;
        return Ok(vec![listed(path, &root)?]);
    }
    let mut files = Vec::new();
    let root = fs::canonicalize(path).map_err(|e| LoadError::new(path, e.to_string()))?;
    walk(path, &root, Listing::Project, &mut files)?;
    files.sort_by_key(|f| display_name(&f.path));
    Ok(files)
}

/// The files directly in `dir` (not its sub-folders), sorted, with links
/// resolved as in a project: a link leading outside `dir` is an error.
pub fn folder_files(dir: &Path) -> Result<Vec<ListedFile>, LoadError> {
    let root = fs::canonicalize(dir).map_err(|e| LoadError::new(dir, e.to_string()))?;
    let mut files = Vec::new();
    walk(dir, &root, Listing::Folder, &mut files)?;
    files.sort_by_key(|f| display_name(&f.path));
    Ok(files)
}

/// `path` as a listed file: a symbolic link is resolved and must lead
/// inside `root` (canonical).
fn listed(path: &Path, root: &Path) -> Result<ListedFile, LoadError> {
    let link = fs::symlink_metadata(path).map_err(|e| LoadError::new(path, e.to_string()))?;
    if !link.file_type().is_symlink() {
        return Ok(ListedFile {
            path: path.to_owned(),
            real: path.to_owned(),
        });
    }
    let real = fs::canonicalize(path).map_err(|e| LoadError::new(path, e.to_string()))?;
    if !real.starts_with(root) {
        return Err(LoadError::new(
            path,
            format!(
                "it is a symbolic link to `{}`, outside the folder `{}`",
                display_name(&real),
                display_name(root)
            ),
        )
        .code(LINK_OUTSIDE_PROJECT));
    }
    Ok(ListedFile {
        path: path.to_owned(),
        real,
    })
}

fn walk(
    dir: &Path,
    root: &Path,
    listing: Listing,
    files: &mut Vec<ListedFile>,
) -> Result<(), LoadError> {
    let entries = fs::read_dir(dir).map_err(|e| LoadError::new(dir, e.to_string()))?;
    for entry in entries {
        let entry = entry.map_err(|e| LoadError::new(dir, e.to_string()))?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Hidden folders (`.git`) and build output are never project input.
        if listing == Listing::Project && skipped(&name) {
            continue;
        }
        let kind = entry
            .file_type()
            .map_err(|e| LoadError::new(&path, e.to_string()))?;
        if kind.is_dir() {
            if listing == Listing::Project {
                walk(&path, root, listing, files)?;
            }
            continue;
        }
        if listing == Listing::Project && path.extension().is_none_or(|e| e != "cw") {
            continue;
        }
        // Symbolic links to folders are not followed, so a link loop
        // cannot make the walk endless; nor are dangling links.
        if kind.is_symlink() && !fs::metadata(&path).is_ok_and(|m| !m.is_dir()) {
            continue;
        }
        // Anything else that is not a regular file (a named pipe) is
        // listed, and refused when read.
        files.push(listed(&path, root)?);
    }
    Ok(())
}

/// Whether a project walk passes over a file or folder of this name:
/// hidden ones (`.git`) and build output (`target`) are never input.
fn skipped(name: &str) -> bool {
    name.starts_with('.') || name == "target"
}

/// The project file at `path` (absolute) of the project at `root`, as
/// [`project_entries`] would list it: a `.cw` file under `root` with no
/// hidden part and no `target` folder on the way, through no linked
/// folder, and, when it is a symbolic link, leading inside `root`. A file
/// not on disk yet (a new buffer) is listed when its folder is. `None`
/// for anything else.
pub fn listed_in(root: &Path, path: &Path) -> Option<ListedFile> {
    let relative = path.strip_prefix(root).ok()?;
    for part in relative.components() {
        match part {
            std::path::Component::Normal(name) if !skipped(&name.to_string_lossy()) => {}
            _ => return None,
        }
    }
    if path.extension().is_none_or(|e| e != "cw") {
        return None;
    }
    let root = fs::canonicalize(root).ok()?;
    // Every folder on the way is a real one: its canonical path is the
    // root's joined with the same names.
    let folder = fs::canonicalize(path.parent()?).ok()?;
    if folder != root.join(relative.parent()?) {
        return None;
    }
    match fs::symlink_metadata(path) {
        Ok(_) => listed(path, &root).ok(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Some(ListedFile {
            path: path.to_owned(),
            real: path.to_owned(),
        }),
        Err(_) => None,
    }
}

/// A path as shown in diagnostics: `/` separators on every platform.
pub fn display_name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads the built-in catalogs and the project at `path` into a source set
/// (the sources of [`load_workspace`]).
pub fn load(path: &Path) -> Result<SourceSet, LoadError> {
    load_workspace(path).map(|workspace| workspace.sources())
}

/// Reads the project at `path` into a workspace that holds the built-in
/// catalogs: each `.cw` file under its display name.
pub fn load_workspace(path: &Path) -> Result<Workspace, LoadError> {
    let mut workspace = Workspace::new();
    for file in project_entries(path)? {
        let text = read_listed(&file)?;
        workspace.set_file(&display_name(&file.path), text);
    }
    Ok(workspace)
}

/// Reads a file found by [`project_entries`] or [`folder_files`]; errors
/// name the path as listed.
pub fn read_listed(file: &ListedFile) -> Result<String, LoadError> {
    read_file(&file.real, &file.path)
}

/// Reads one UTF-8 text file named on the command line (a `.cw` file, an
/// OSCAL catalog): only a regular file of at most [`MAX_INPUT_BYTES`] is
/// read, and opening never blocks (a named pipe is refused, not waited
/// on).
pub fn read_text(file: &Path) -> Result<String, LoadError> {
    read_file(file, file)
}

/// Reads `open`, naming `shown` in errors.
fn read_file(open: &Path, shown: &Path) -> Result<String, LoadError> {
    let fail = |reason: String| LoadError::new(shown, reason);
    // Checked before opening, so no device or pipe is ever opened in the
    // common case, and again on the opened handle, in case the file was
    // swapped in between.
    let meta = fs::metadata(open).map_err(|e| fail(e.to_string()))?;
    check_regular(&meta, shown)?;
    let handle = open_nonblocking(open).map_err(|e| fail(e.to_string()))?;
    let meta = handle.metadata().map_err(|e| fail(e.to_string()))?;
    check_regular(&meta, shown)?;
    let size = meta.len();
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    handle
        .take(size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > size {
        // A pseudo file (`/proc/self/environ` has size 0) or one being
        // written to: what it holds is not what was checked.
        return Err(fail(format!(
            "it holds more than the {size} bytes its size says (a pseudo file, such as those under /proc, or a file being written)"
        ))
        .code(NOT_A_REGULAR_FILE));
    }
    // A byte order mark (editors on Windows write one) stays in the text:
    // the grammar accepts it at the start of a `.cw` file and `fmt` keeps
    // it.
    String::from_utf8(bytes).map_err(|e| not_utf8(shown, e.as_bytes(), e.utf8_error()))
}

/// Refuses what is not a regular file, or is too large.
fn check_regular(meta: &fs::Metadata, shown: &Path) -> Result<(), LoadError> {
    if !meta.is_file() {
        return Err(LoadError::new(
            shown,
            format!("it is {}, not a regular file", kind_name(meta.file_type())),
        )
        .code(NOT_A_REGULAR_FILE));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(LoadError::new(
            shown,
            format!(
                "it is {} bytes; the limit is {MAX_INPUT_BYTES} bytes (256 MiB)",
                meta.len()
            ),
        )
        .code(TOO_LARGE));
    }
    Ok(())
}

/// What a file that is not regular is, in words.
fn kind_name(kind: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// Opens `path` for reading without waiting for a writer (a named pipe
/// swapped in after the check would otherwise block the open forever).
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The error for `bytes` that are not UTF-8 at `error`: the line, column
/// and byte offset of the first invalid byte.
fn not_utf8(shown: &Path, bytes: &[u8], error: std::str::Utf8Error) -> LoadError {
    let at = error.valid_up_to();
    // The prefix is valid UTF-8: line and column count its characters.
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    let line_end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i);
    // The text before the bad byte is valid, so offsets stay those of the
    // file; the diagnostic shows a window of a long line.
    let text = String::from_utf8_lossy(&bytes[..line_end]).into_owned();
    let mut error = LoadError::new(
        shown,
        format!(
            "it is not UTF-8 text: byte 0x{:02X} at line {line}, column {column} (byte offset {}) is invalid",
            bytes[at], at
        ),
    )
    .code(NOT_UTF8);
    error.bad_text = Some((text, at));
    error
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
        .map_err(|e| LoadError::new(dir, format!("cannot run git: {e}")))?;
    if !output.status.success() {
        return Err(LoadError::new(
            dir,
            format!(
                "git {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        ));
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
    let mut workspace = Workspace::new();
    for (name, in_repo, object) in files {
        let bytes = git(root, &["cat-file", "blob", &object])?;
        let text = String::from_utf8(bytes).map_err(|_| {
            LoadError::new(
                &name,
                format!("`{in_repo}` is not UTF-8 text at {revision}"),
            )
            .code(NOT_UTF8)
        })?;
        workspace.set_file(&name, text);
    }
    Ok(workspace.sources())
}

/// Writes `text` to a new temporary file beside `path`, then renames it
/// over `path` (keeping an existing file's permissions), so a failure never
/// leaves a half-written file. The temporary file is created exclusively
/// under a fresh name: whatever already exists there (a planted symbolic
/// link) is never opened or followed. When `path` is a symbolic link, the
/// link is replaced, not what it points to.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let permissions = match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Some(meta.permissions()),
        _ => None,
    };
    let mut attempts = 0;
    let (temporary, mut file) = loop {
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temporary = dir.join(format!(
            ".{name}.crosswalk-{}-{count}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => break (temporary, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempts < 100 => {
                attempts += 1;
            }
            Err(e) => return Err(e),
        }
    };
    let result = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| match permissions {
            Some(permissions) => file.set_permissions(permissions),
            None => Ok(()),
        })
        .and_then(|()| {
            drop(file);
            std::fs::rename(&temporary, path)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}
