//! The language server: `crosswalk lsp` speaks the Language Server
//! Protocol over stdio, on a [`Workspace`] holding the project's files.
//!
//! Messages are handled one at a time, in the order the client sent them
//! (`lsp-server` is synchronous), so an edit is never applied out of turn.
//! An open buffer's text overrides its file on disk until it is closed.
//! After a change, the project is compiled again (only the changed files
//! are parsed again) before the next message is read, unless one is
//! already waiting, and the diagnostics of
//! every project file are published: an edit in one file that breaks a
//! reference in another shows there too. Requests are answered from the
//! latest compilation; a file with syntax errors keeps serving what it
//! can (the items that parse are resolved).
//!
//! The project is the client's first workspace folder, listed as
//! `crosswalk check` lists it ([`project::listed_in`]): a buffer of a
//! hidden or `target` folder, or behind a link out of the project, is not
//! part of it. Without a folder, the project is the open `.cw` buffers
//! alone; nothing is read from disk.
//!
//! The built-in catalogs are written once, read-only, to a cache folder
//! (see [`builtin_folder`]) so that "go to definition" on `soc2@2017:CC6.1`
//! can open them.

mod convert;
mod features;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use crossbeam_channel::TryRecvError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument, Exit,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _, Shutdown,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, DiagnosticRelatedInformation,
    DiagnosticSeverity, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, FileChangeType, HoverProviderCapability,
    InitializeParams, Location, NumberOrString, OneOf, PositionEncodingKind,
    PublishDiagnosticsParams, RenameOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde_json::Value;

use crate::Compilation;
use crate::diagnostic::{Diagnostic, Severity};
use crate::frameworks::builtin_files;
use crate::project;
use crate::source::{FileId, SourceFile};
use crate::workspace::Workspace;

pub use convert::{offset, path_of, position, range, uri_of};

/// Runs the server on stdin and stdout until the client says `exit`.
/// Returns whether it was asked to shut down first (the protocol's exit
/// code is 0 then, 1 otherwise).
pub fn run_stdio() -> Result<bool, Box<dyn Error + Sync + Send>> {
    let (connection, threads) = Connection::stdio();
    let clean = serve(&connection)?;
    drop(connection);
    threads.join()?;
    Ok(clean)
}

/// Serves one client on `connection`: the initialize handshake, then every
/// message until `exit` (or the client's end of the connection). Returns
/// whether `shutdown` came first.
pub fn serve(connection: &Connection) -> Result<bool, Box<dyn Error + Sync + Send>> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(params) => params,
        Err(error) => {
            let message = format!("the initialize parameters do not read: {error}");
            connection.sender.send(Message::Response(Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                message.clone(),
            )))?;
            return Err(message.into());
        }
    };
    let root = root_of(&params);
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "crosswalk".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection.initialize_finish(id, result)?;
    let watches = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false);
    if watches && root.is_some() {
        connection
            .sender
            .send(Message::Request(watch_registration()))?;
    }
    let mut server = Server::new(connection, root);
    server.run()
}

/// The request that asks the client to tell of changes on disk: every
/// `.cw` file made, changed or deleted, and anything deleted (a folder
/// deleted whole is told of as the folder). Clients that watch on their
/// own (VS Code) and those that watch only when asked (Neovim, Helix)
/// alike then keep the project in step with the disk.
fn watch_registration() -> Request {
    let registration = lsp_types::Registration {
        id: "crosswalk-watch".to_owned(),
        method: DidChangeWatchedFiles::METHOD.to_owned(),
        register_options: Some(serde_json::json!({
            "watchers": [
                { "globPattern": "**/*.cw" },
                { "globPattern": "**/*", "kind": 4 },
            ],
        })),
    };
    Request::new(
        "crosswalk-watch".to_owned().into(),
        lsp_types::request::RegisterCapability::METHOD.to_owned(),
        lsp_types::RegistrationParams {
            registrations: vec![registration],
        },
    )
}

/// What the server offers.
fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![":".to_owned(), "@".to_owned()]),
            ..CompletionOptions::default()
        }),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: lsp_types::WorkDoneProgressOptions::default(),
        })),
        ..ServerCapabilities::default()
    }
}

/// The project folder: the first workspace folder, else the root URI;
/// `None` without either (never the server's current folder, which may be
/// `/` or a home folder).
#[allow(deprecated)] // `root_uri` is what older clients send.
fn root_of(params: &InitializeParams) -> Option<PathBuf> {
    params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .map(|folder| &folder.uri)
        .or(params.root_uri.as_ref())
        .and_then(path_of)
}

/// The server's state between messages.
struct Server<'c> {
    connection: &'c Connection,
    /// The project folder (`None`: the open buffers alone).
    root: Option<PathBuf>,
    /// The project's files, open buffers over the files on disk.
    workspace: Workspace,
    /// The latest compilation, when no change came since.
    compilation: Option<Compilation>,
    /// Whether a change came since the diagnostics were last published.
    unpublished: bool,
    /// The open buffers by name (absolute path), with the version of the
    /// text the editor last sent.
    open: BTreeMap<String, i32>,
    /// The URIs diagnostics were last published for.
    published: BTreeSet<String>,
    /// Where the built-in catalogs are written, once asked for.
    builtins: BuiltinCopies,
    /// Whether the client asked to shut down.
    shutting_down: bool,
}

impl<'c> Server<'c> {
    fn new(connection: &'c Connection, root: Option<PathBuf>) -> Self {
        let mut server = Self {
            connection,
            root,
            workspace: Workspace::new(),
            compilation: None,
            unpublished: true,
            open: BTreeMap::new(),
            published: BTreeSet::new(),
            builtins: BuiltinCopies::default(),
            shutting_down: false,
        };
        server.load_project();
        server
    }

    /// Reads the project's files from disk (a file that cannot be read is
    /// said in a message and left out).
    fn load_project(&mut self) {
        let Some(root) = &self.root else {
            return;
        };
        let entries = match project::project_entries(root) {
            Ok(entries) => entries,
            Err(error) => {
                self.show_message(&format!(
                    "crosswalk: cannot read the project at {}: {}",
                    root.display(),
                    error.reason
                ));
                return;
            }
        };
        for entry in entries {
            match project::read_listed(&entry) {
                Ok(text) => {
                    self.workspace
                        .set_file(&project::display_name(&entry.path), text);
                }
                Err(error) => self.show_message(&format!(
                    "crosswalk: cannot read {}: {}",
                    entry.path.display(),
                    error.reason
                )),
            }
        }
    }

    /// Handles messages until `exit`; whether `shutdown` came first.
    fn run(&mut self) -> Result<bool, Box<dyn Error + Sync + Send>> {
        loop {
            // A change is compiled and its diagnostics go out before the
            // next message is read, unless one already waits (then the
            // two changes are compiled once).
            let message = if self.unpublished {
                match self.connection.receiver.try_recv() {
                    Ok(message) => message,
                    Err(TryRecvError::Empty) => {
                        self.compile_and_publish()?;
                        continue;
                    }
                    Err(TryRecvError::Disconnected) => return Ok(self.shutting_down),
                }
            } else {
                match self.connection.receiver.recv() {
                    Ok(message) => message,
                    Err(_) => return Ok(self.shutting_down),
                }
            };
            match message {
                Message::Request(request) => {
                    let response = if request.method == Shutdown::METHOD {
                        self.shutting_down = true;
                        Response::new_ok(request.id, Value::Null)
                    } else if self.shutting_down {
                        Response::new_err(
                            request.id,
                            ErrorCode::InvalidRequest as i32,
                            "the server is shutting down".to_owned(),
                        )
                    } else {
                        self.answer(request)
                    };
                    self.connection.sender.send(Message::Response(response))?;
                }
                Message::Notification(notification) if notification.method == Exit::METHOD => {
                    return Ok(self.shutting_down);
                }
                Message::Notification(_) if self.shutting_down => {}
                Message::Notification(notification) => self.notified(notification),
                Message::Response(_) => {}
            }
        }
    }

    /// Forgets the compilation after a change to the files.
    fn changed(&mut self) {
        self.compilation = None;
        self.unpublished = true;
    }

    /// The compilation of the workspace as it is now.
    fn compilation(&mut self) -> &Compilation {
        compiled(&self.workspace, &mut self.compilation)
    }

    fn compile_and_publish(&mut self) -> Result<(), Box<dyn Error + Sync + Send>> {
        self.unpublished = false;
        let compilation = compiled(&self.workspace, &mut self.compilation);
        let mut by_file: HashMap<FileId, Vec<lsp_types::Diagnostic>> = HashMap::new();
        for diagnostic in &compilation.diagnostics {
            let file = diagnostic.primary.span.file;
            if compilation.sources.get(file).builtin {
                continue;
            }
            by_file
                .entry(file)
                .or_default()
                .push(protocol_diagnostic(compilation, diagnostic));
        }
        let mut messages = Vec::new();
        let mut published = BTreeSet::new();
        // Every project file, so a file whose last diagnostic went is
        // cleared; in path order, so the output is the same every time.
        let mut files: Vec<(FileId, &SourceFile)> = compilation
            .sources
            .iter()
            .filter(|(_, f)| !f.builtin)
            .collect();
        files.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        for (id, file) in files {
            let uri = uri_of(Path::new(&file.name));
            let diagnostics = by_file.remove(&id).unwrap_or_default();
            // An open buffer always hears (its editor may wait for it);
            // a closed file only when it has something, or had.
            if diagnostics.is_empty()
                && !self.published.contains(uri.as_str())
                && !self.open.contains_key(&file.name)
            {
                continue;
            }
            if !diagnostics.is_empty() {
                published.insert(uri.as_str().to_owned());
            }
            messages.push((uri, diagnostics, self.open.get(&file.name).copied()));
        }
        // Files removed since: their diagnostics go too.
        for gone in self.published.difference(&published) {
            if !messages.iter().any(|(uri, _, _)| uri.as_str() == gone) {
                messages.push((gone.parse()?, Vec::new(), None));
            }
        }
        self.published = published;
        for (uri, diagnostics, version) in messages {
            // An open buffer's diagnostics name the version of its text
            // they are about.
            let params = PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            };
            self.connection
                .sender
                .send(Message::Notification(Notification::new(
                    PublishDiagnostics::METHOD.to_owned(),
                    params,
                )))?;
        }
        Ok(())
    }

    fn notified(&mut self, notification: Notification) {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<DidOpenTextDocumentParams>(notification.params)
                    && let Some(name) = self.name_of(&params.text_document.uri)
                {
                    self.buffer(
                        &name,
                        params.text_document.version,
                        params.text_document.text,
                    );
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<DidChangeTextDocumentParams>(notification.params)
                    && let Some(name) = self.name_of(&params.text_document.uri)
                    // Full sync: the last change holds the whole text.
                    && let Some(change) = params.content_changes.into_iter().last()
                {
                    self.buffer(&name, params.text_document.version, change.text);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<DidCloseTextDocumentParams>(notification.params)
                    && let Some(name) = self.name_of(&params.text_document.uri)
                {
                    self.open.remove(&name);
                    self.reload(&name);
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<DidChangeWatchedFilesParams>(notification.params)
                {
                    for change in params.changes {
                        let Some(name) = self.name_of(&change.uri) else {
                            if change.typ == FileChangeType::DELETED {
                                self.folder_deleted(&change.uri);
                            }
                            continue;
                        };
                        if self.open.contains_key(&name) {
                            continue;
                        }
                        if change.typ == FileChangeType::DELETED {
                            if self.workspace.remove_file(&name).is_some() {
                                self.changed();
                            }
                        } else {
                            self.reload(&name);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// A deleted folder (or anything not a project file): every project
    /// file under it leaves, unless it is open.
    fn folder_deleted(&mut self, uri: &Uri) {
        let Some(path) = path_of(uri) else {
            return;
        };
        let prefix = format!("{}/", project::display_name(&path).trim_end_matches('/'));
        let gone: Vec<String> = self
            .workspace
            .files()
            .into_iter()
            .map(|(_, file)| file.name.clone())
            .filter(|name| name.starts_with(&prefix) && !self.open.contains_key(name))
            .collect();
        for name in gone {
            if self.workspace.remove_file(&name).is_some() {
                self.changed();
            }
        }
    }

    /// The workspace name of a project file's URI: its absolute path, when
    /// the project walk would list it ([`project::listed_in`]); without a
    /// project folder, any `.cw` file's.
    fn name_of(&self, uri: &Uri) -> Option<String> {
        let path = path_of(uri)?;
        // `..` would make a path that starts with the root lead outside it.
        if path
            .components()
            .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return None;
        }
        match &self.root {
            Some(root) => project::listed_in(root, &path).map(|f| project::display_name(&f.path)),
            None => path
                .extension()
                .is_some_and(|e| e == "cw")
                .then(|| project::display_name(&path)),
        }
    }

    /// An open buffer's text at `version`: it counts instead of the file
    /// on disk, and its diagnostics go out for that version (even when the
    /// text is what it was).
    fn buffer(&mut self, name: &str, version: i32, text: String) {
        self.open.insert(name.to_owned(), version);
        self.set_text(name, text);
        self.unpublished = true;
    }

    fn set_text(&mut self, name: &str, text: String) {
        let before = self
            .workspace
            .file_id(name)
            .and_then(|id| self.workspace.file(id))
            .map(|f| f.text.clone());
        if before.as_deref() != Some(text.as_str()) {
            self.workspace.set_file(name, text);
            self.changed();
        }
    }

    /// Takes the file's text from disk again (a closed buffer, a file
    /// changed outside the editor), read as the project walk reads it; a
    /// file gone from disk, or without a project folder, leaves.
    fn reload(&mut self, name: &str) {
        let listed = self
            .root
            .as_deref()
            .and_then(|root| project::listed_in(root, Path::new(name)));
        match listed.map(|file| project::read_listed(&file)) {
            Some(Ok(text)) => self.set_text(name, text),
            _ => {
                if self.workspace.remove_file(name).is_some() {
                    self.changed();
                }
            }
        }
    }

    fn answer(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        match self.dispatch(request) {
            Ok(result) => Response::new_ok(id, result),
            Err(Refusal(code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    fn dispatch(&mut self, request: Request) -> Result<Value, Refusal> {
        let method = request.method.as_str();
        match method {
            Completion::METHOD => self.with(request, features::completion),
            HoverRequest::METHOD => self.with(request, features::hover),
            GotoDefinition::METHOD => {
                let params = params(request)?;
                let compilation = compiled(&self.workspace, &mut self.compilation);
                json(features::definition(compilation, &self.builtins, &params))
            }
            References::METHOD => {
                let params = params(request)?;
                let compilation = compiled(&self.workspace, &mut self.compilation);
                json(features::references(compilation, &self.builtins, &params))
            }
            DocumentSymbolRequest::METHOD => self.with(request, features::document_symbols),
            Formatting::METHOD => self.with(request, features::formatting),
            CodeActionRequest::METHOD => self.with(request, features::code_actions),
            PrepareRenameRequest::METHOD => self.with(request, features::prepare_rename),
            Rename::METHOD => {
                let params = params(request)?;
                let compilation = self.compilation();
                json(features::rename(compilation, &params)?)
            }
            _ => Err(Refusal(
                ErrorCode::MethodNotFound,
                format!("crosswalk does not answer `{method}`"),
            )),
        }
    }

    /// Answers `request` with `answer` on the current compilation.
    fn with<P, R>(
        &mut self,
        request: Request,
        answer: impl FnOnce(&Compilation, &P) -> R,
    ) -> Result<Value, Refusal>
    where
        P: serde::de::DeserializeOwned,
        R: serde::Serialize,
    {
        let params = params(request)?;
        let compilation = self.compilation();
        json(answer(compilation, &params))
    }

    fn show_message(&self, text: &str) {
        let params = lsp_types::ShowMessageParams {
            typ: lsp_types::MessageType::WARNING,
            message: text.to_owned(),
        };
        // A client gone before the first message: nothing to tell.
        let _ = self
            .connection
            .sender
            .send(Message::Notification(Notification::new(
                lsp_types::notification::ShowMessage::METHOD.to_owned(),
                params,
            )));
    }
}

/// The compilation kept in `kept`, made from `workspace` when there is
/// none (a change forgot it). Taking the two fields, not the server, lets
/// an answer read the server's other fields beside it.
fn compiled<'k>(workspace: &Workspace, kept: &'k mut Option<Compilation>) -> &'k Compilation {
    kept.get_or_insert_with(|| workspace.compile())
}

/// The built-in catalogs on disk, for "go to definition": written to
/// [`builtin_folder`] the first time a location in one is asked for.
#[derive(Debug, Default)]
pub(crate) struct BuiltinCopies(std::cell::OnceCell<Option<PathBuf>>);

impl BuiltinCopies {
    /// The folder holding the copies, written now if they are not yet;
    /// `None` when no cache folder is known or it cannot be written.
    pub(crate) fn folder(&self) -> Option<&Path> {
        self.0
            .get_or_init(|| {
                let dir = builtin_folder()?;
                write_builtins(&dir).ok().map(|()| dir)
            })
            .as_deref()
    }
}

/// A request the server does not answer, with the protocol's error code.
#[derive(Debug)]
pub(crate) struct Refusal(ErrorCode, String);

impl Refusal {
    /// A request whose parameters are right but that cannot be done.
    pub(crate) fn failed(message: impl Into<String>) -> Self {
        Self(ErrorCode::RequestFailed, message.into())
    }
}

fn params<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, Refusal> {
    serde_json::from_value(request.params)
        .map_err(|error| Refusal(ErrorCode::InvalidParams, error.to_string()))
}

fn json<R: serde::Serialize>(result: R) -> Result<Value, Refusal> {
    serde_json::to_value(result)
        .map_err(|error| Refusal(ErrorCode::InternalError, error.to_string()))
}

/// A diagnostic as the protocol shows it: the message, then its help on a
/// line of its own; the primary label's text and the secondary labels as
/// related information.
pub(crate) fn protocol_diagnostic(
    compilation: &Compilation,
    diagnostic: &Diagnostic,
) -> lsp_types::Diagnostic {
    let span = diagnostic.primary.span;
    let file = compilation.sources.get(span.file);
    let mut message = diagnostic.message.clone();
    if !diagnostic.primary.text.is_empty() {
        message.push_str(": ");
        message.push_str(&diagnostic.primary.text);
    }
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .secondary
        .iter()
        .filter(|label| compilation.sources.contains(label.span.file))
        .map(|label| {
            let other = compilation.sources.get(label.span.file);
            DiagnosticRelatedInformation {
                location: Location::new(uri_of(Path::new(&other.name)), range(other, label.span)),
                message: if label.text.is_empty() {
                    "here".to_owned()
                } else {
                    label.text.clone()
                },
            }
        })
        .collect();
    lsp_types::Diagnostic {
        range: range(file, span),
        severity: Some(match diagnostic.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(diagnostic.code.to_owned())),
        source: Some("crosswalk".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..lsp_types::Diagnostic::default()
    }
}

/// The folder the built-in catalogs are written to, one per build of
/// crosswalk: `crosswalk/builtin-<version>-<hash>` under
/// `$XDG_CACHE_HOME` (or `~/.cache`); `CROSSWALK_CACHE_DIR` overrides the
/// parent. `None` when no such folder is known.
pub fn builtin_folder() -> Option<PathBuf> {
    let parent = std::env::var_os("CROSSWALK_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("crosswalk")))
        .or_else(|| std::env::var_os("HOME").map(|d| PathBuf::from(d).join(".cache/crosswalk")))?;
    Some(parent.join(format!(
        "builtin-{}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        crate::frameworks::precompiled::source_hash()
    )))
}

/// The path a built-in catalog is written to under `folder`
/// (`builtin:frameworks/soc2-2017.cw` → `folder/frameworks/soc2-2017.cw`).
pub fn builtin_path(folder: &Path, file: &SourceFile) -> Option<PathBuf> {
    let relative = file.name.strip_prefix("builtin:")?;
    // Names are the binary's own; checked all the same.
    let safe = relative
        .split('/')
        .all(|part| !part.is_empty() && part != "." && part != "..");
    safe.then(|| folder.join(relative))
}

/// Writes every built-in catalog under `folder`, read-only, unless it is
/// there with the same text already. The folders are made private to the
/// user (0700 on Unix) and must be folders, not links (on Linux, also the
/// user's own); each file is written whole under a fresh name and renamed
/// into place ([`project::write_atomically`]), so a planted link is never
/// followed and a reader never sees half of one.
fn write_builtins(folder: &Path) -> std::io::Result<()> {
    private_folder(folder)?;
    for file in builtin_files() {
        let Some(path) = builtin_path(folder, file) else {
            continue;
        };
        if fs::read_to_string(&path).is_ok_and(|text| *text == *file.text) {
            continue;
        }
        if let Some(parent) = path.parent() {
            private_folder(parent)?;
        }
        project::write_atomically(&path, &file.text)?;
        let mut permissions = fs::metadata(&path)?.permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions)?;
    }
    Ok(())
}

/// Makes `folder` (and its parents) when it is missing, private to the
/// user on Unix; refuses one that is not a folder (a link) or, on Linux,
/// belongs to another user.
fn private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)?;
    let meta = fs::symlink_metadata(folder)?;
    let refuse = |why: &str| Err(std::io::Error::other(format!("{} {why}", folder.display())));
    if !meta.is_dir() {
        return refuse("is not a folder");
    }
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        // `/proc/self` belongs to the user the process runs as.
        let me = fs::metadata("/proc/self")?.uid();
        if meta.uid() != me {
            return refuse("belongs to another user");
        }
    }
    Ok(())
}
