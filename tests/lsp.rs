//! `crosswalk lsp` at the protocol level: the binary is started, spoken to
//! over its stdin and stdout with framed JSON-RPC, and its answers on the
//! bundled example and on a broken file are snapshotted (the project's
//! folder written as `$ROOT`).

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{root, temp_dir};

/// How long the server may stay silent before the test fails (a hang is a
/// failure, not a stuck test run).
const PATIENCE: Duration = Duration::from_secs(60);

/// A running server and what it has said.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    root: PathBuf,
    /// Notifications read while waiting for something else.
    notifications: Vec<Value>,
}

impl Client {
    /// Starts the server on a copy of `project` and initializes it.
    fn start(name: &str, project: &Path) -> Self {
        Self::start_in(name, project, true, &json!({}))
    }

    /// [`Client::start`], with the copy as the workspace folder or (when
    /// not `as_folder`) as the server's current folder only, with no
    /// workspace folder given.
    /// The client tells the server it has `capabilities`.
    fn start_in(name: &str, project: &Path, as_folder: bool, capabilities: &Value) -> Self {
        let dir = temp_dir(name);
        copy_dir(project, &dir);
        let root = std::fs::canonicalize(&dir).unwrap();
        let cache = root.with_extension("cache");
        let mut child = Command::new(env!("CARGO_BIN_EXE_crosswalk"))
            .arg("lsp")
            .current_dir(&root)
            .env("CROSSWALK_CACHE_DIR", &cache)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let messages = crate::lsp_wire::messages(stdout);
        let mut client = Self {
            child,
            stdin,
            messages,
            next_id: 0,
            root,
            notifications: Vec::new(),
        };
        let uri = client.uri("");
        let params = if as_folder {
            json!({
                "processId": null,
                "rootUri": uri,
                "capabilities": capabilities,
                "workspaceFolders": [{"uri": uri, "name": "project"}],
            })
        } else {
            json!({"processId": null, "rootUri": null, "capabilities": capabilities, "workspaceFolders": null})
        };
        let result = client.request("initialize", &params);
        assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
        assert_eq!(result["serverInfo"]["name"], "crosswalk");
        client.notify("initialized", &json!({}));
        client
    }

    /// The URI of a path inside the project.
    fn uri(&self, relative: &str) -> String {
        let path = if relative.is_empty() {
            self.root.clone()
        } else {
            self.root.join(relative)
        };
        format!("file://{}", path.display()).replace(' ', "%20")
    }

    fn send(&mut self, message: &Value) {
        crate::lsp_wire::write_message(&mut self.stdin, message).expect("the server reads");
    }

    fn notify(&mut self, method: &str, params: &Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its answer: the result, or the error
    /// object as `{"error": …}`.
    fn request(&mut self, method: &str, params: &Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let answer = self.wait_for(|m| m["id"] == id && m.get("method").is_none());
        match answer.get("error") {
            Some(error) => json!({ "error": error }),
            None => answer["result"].clone(),
        }
    }

    /// The first message (kept notifications first) that `wanted` accepts.
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.notifications.iter().position(&wanted) {
            return self.notifications.remove(at);
        }
        loop {
            match self.messages.recv_timeout(PATIENCE) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => {
                    if message.get("id").is_none() {
                        self.notifications.push(message);
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!("no answer within {PATIENCE:?}"),
                Err(RecvTimeoutError::Disconnected) => panic!("the server stopped"),
            }
        }
    }

    /// The diagnostics published for the open buffer `relative` at
    /// `version` (earlier publications are skipped).
    fn diagnostics(&mut self, relative: &str, version: i64) -> Value {
        let uri = self.uri(relative);
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        message["params"]["diagnostics"].clone()
    }

    /// The first diagnostics published for the closed file `relative` that
    /// `wanted` accepts (earlier ones, from before an edit took effect,
    /// are skipped).
    fn diagnostics_where(&mut self, relative: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let uri = self.uri(relative);
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && wanted(&m["params"]["diagnostics"])
        });
        message["params"]["diagnostics"].clone()
    }

    fn open(&mut self, relative: &str, text: &str) {
        let uri = self.uri(relative);
        self.notify(
            "textDocument/didOpen", &json!({"textDocument": {"uri": uri, "languageId": "crosswalk", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, relative: &str, version: i64, text: &str) {
        let uri = self.uri(relative);
        self.notify(
            "textDocument/didChange", &json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    fn at(&self, relative: &str, line: u32, character: u32) -> Value {
        json!({"textDocument": {"uri": self.uri(relative)}, "position": {"line": line, "character": character}})
    }

    /// `value` with the project folder written `$ROOT` (and its cache
    /// folder `$CACHE`).
    fn scrub(&self, value: &Value) -> Value {
        let root = self.uri("");
        let cache = format!("file://{}", self.root.with_extension("cache").display());
        let mut text = value
            .to_string()
            .replace(&cache, "$CACHE")
            .replace(&root, "$ROOT");
        // The built-in catalogs' folder is named by the build's version and
        // catalog hash.
        while let Some(at) = text.find("/builtin-") {
            let end = at + text[at + 1..].find('/').map_or(text.len() - at, |n| n + 1);
            text.replace_range(at..end, "/$BUILTINS");
        }
        serde_json::from_str(&text).unwrap()
    }

    /// The URIs of the notifications kept so far (diagnostics published
    /// while waiting for something else).
    fn published(&self) -> Vec<&str> {
        self.notifications
            .iter()
            .filter_map(|m| m["params"]["uri"].as_str())
            .collect()
    }

    /// Shuts the server down as the protocol says; it must exit with 0.
    fn stop(mut self) {
        let result = self.request("shutdown", &Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", &Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn example() -> PathBuf {
    root().join("examples/risk-scoring-api")
}

/// The 0-based line and UTF-16 column of the first `needle` in `text`
/// (plus `skip` characters).
fn find(text: &str, needle: &str, skip: usize) -> (u32, u32) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in the text"))
        + skip;
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let column: usize = text[start..at].chars().map(char::len_utf16).sum();
    (u32::try_from(line).unwrap(), u32::try_from(column).unwrap())
}

const BROKEN: &str = "control LSP-1 \"Broken on purpose\" {\n  owner \"Sécurité 𝒜\"\n  satisfies soc2@2017:CC6.1 equal\n  mitigates not-a-risk\n  satisfies soc2@2017:CC99.1 subset\n}\n\ncontrol LSP-2 \"Half written\" {\n  satisfies\n}\n";

#[test]
fn diagnostics_follow_every_edit() {
    let mut client = Client::start("lsp-diagnostics", &example());
    client.open("broken.cw", BROKEN);
    let first = client.diagnostics("broken.cw", 1);
    insta::assert_json_snapshot!("lsp_broken_diagnostics", client.scrub(&first));
    let codes: Vec<&str> = first
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.iter().any(|c| c.starts_with("crosswalk::syntax")),
        "{codes:?}"
    );
    // The syntax error costs only its item: the unknown names of the first
    // item are reported too.
    assert!(
        codes.iter().any(|c| c.starts_with("crosswalk::resolve")),
        "{codes:?}"
    );

    // Fixed: the file's diagnostics are cleared.
    let fixed = BROKEN
        .replace("  mitigates not-a-risk\n", "")
        .replace("CC99.1", "CC6.2")
        .replace("  satisfies\n", "  owner \"x\"\n");
    client.change("broken.cw", 2, &fixed);
    let after = client.diagnostics("broken.cw", 2);
    let errors: Vec<&Value> = after
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == 1)
        .collect();
    assert!(errors.is_empty(), "{after:#}");
    client.stop();
}

#[test]
fn an_edit_in_one_file_is_reported_in_another() {
    let mut client = Client::start("lsp-other-file", &example());
    // `conclusions.cw` names ITGC-AC-01 in a `met-by`; renaming its
    // declaration in `controls/itgc.cw` breaks that reference there.
    let conclusions = std::fs::read_to_string(client.root.join("conclusions.cw")).unwrap();
    assert!(conclusions.contains("met-by ITGC-AC-01"));
    let controls = std::fs::read_to_string(client.root.join("controls/itgc.cw")).unwrap();
    let renamed = controls.replacen("control ITGC-AC-01 ", "control ITGC-AC-99 ", 1);
    assert_ne!(renamed, controls);
    client.open("controls/itgc.cw", &renamed);
    let diagnostics =
        client.diagnostics_where("conclusions.cw", |d| d.to_string().contains("ITGC-AC-01"));
    assert!(
        diagnostics.to_string().contains("unknown"),
        "{diagnostics:#}"
    );
    // Undone: the other file's error goes (its warnings, which lint
    // gives once no reference is broken, stay). What was published
    // before is forgotten, so only a new publication can pass.
    client.notifications.clear();
    client.change("controls/itgc.cw", 2, &controls);
    assert_eq!(client.diagnostics("controls/itgc.cw", 2), json!([]));
    let diagnostics =
        client.diagnostics_where("conclusions.cw", |d| !d.to_string().contains("ITGC-AC-01"));
    let errors = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == 1)
        .count();
    assert_eq!(errors, 0, "{diagnostics:#}");
    assert!(
        !diagnostics.to_string().contains("ITGC-AC-01"),
        "{diagnostics:#}"
    );
    client.stop();
}

#[test]
fn completion_after_a_framework_version_offers_its_requirements() {
    let mut client = Client::start("lsp-completion", &example());
    let text = "control LSP-3 \"Completing\" {\n  owner \"x\"\n  satisfies soc2@2017:CC6.\n}\n";
    client.open("completing.cw", text);
    let (line, character) = find(text, "CC6.", 4);
    let result = client.request(
        "textDocument/completion",
        &client.at("completing.cw", line, character),
    );
    let items = result.as_array().expect("a list");
    assert!(items.len() >= 8, "{result:#}");
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(
        labels.contains(&"CC6.1") && labels.contains(&"CC6.8"),
        "{labels:?}"
    );
    assert!(labels.iter().all(|l| l.starts_with("CC6.")), "{labels:?}");
    insta::assert_json_snapshot!("lsp_completion_cc6", client.scrub(&result));

    // Where the official form differs from the identifier, it leads the
    // detail.
    let text =
        "control LSP-7 \"Completing\" {\n  owner \"x\"\n  satisfies nist-ai-rmf@1.0:GOVERN-1.\n}\n";
    client.open("completing-rmf.cw", text);
    let (line, character) = find(text, "GOVERN-1.", 9);
    let result = client.request(
        "textDocument/completion",
        &client.at("completing-rmf.cw", line, character),
    );
    let first = &result[0];
    assert_eq!(first["label"], "GOVERN-1.1", "{result:#}");
    assert!(
        first["detail"]
            .as_str()
            .unwrap()
            .starts_with("GOVERN 1.1 · "),
        "{first:#}"
    );
    client.stop();
}

#[test]
fn uris_outside_the_project_are_left_alone() {
    let mut client = Client::start("lsp-uris", &example());
    // `..` leads out of the project; another scheme is not a file.
    let outside = format!("{}/../outside.cw", client.uri(""));
    for uri in [
        outside.as_str(),
        "untitled:Untitled-1",
        "https://example.com/a.cw",
    ] {
        client.notify(
            "textDocument/didOpen",
            &json!({"textDocument": {"uri": uri, "languageId": "crosswalk", "version": 1, "text": "control X \"x\" { mitigates nothing }\n"}}),
        );
        let hover = client.request(
            "textDocument/hover",
            &json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 9}}),
        );
        assert_eq!(hover, Value::Null, "{uri}");
    }
    // A file of the project still works, and nothing was published for
    // the others.
    client.open("inside.cw", "control IN-1 \"x\" { mitigates nothing }\n");
    let inside = client.diagnostics("inside.cw", 1);
    assert!(inside.to_string().contains("nothing"), "{inside:#}");
    let published = client.published();
    assert!(
        published.iter().all(|uri| {
            !uri.contains("/outside.cw")
                && !uri.starts_with("untitled")
                && !uri.starts_with("https")
        }),
        "{published:?}"
    );
    client.stop();
}

#[test]
fn hover_definition_references_rename_and_formatting() {
    let mut client = Client::start("lsp-navigation", &example());
    let text = "control LSP-4 \"Navigating\" {\n  owner \"Platform <team> & *ops*\"\n  satisfies soc2@2017:CC6.1 equal\n}\n\nconclusion soc2@2017:CC6.1 {\n  met-by LSP-4\n  because \"tested\"\n  reviewer \"r\"\n  date \"2026-01-05\"\n}\n";
    client.open("navigating.cw", text);
    let _ = client.diagnostics("navigating.cw", 1);

    // Hover on a requirement.
    let (line, character) = find(text, "CC6.1", 1);
    let hover = client.request(
        "textDocument/hover",
        &client.at("navigating.cw", line, character),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("soc2@2017:CC6.1"), "{shown}");
    assert!(shown.contains("Coverage in this project:"), "{shown}");
    insta::assert_json_snapshot!("lsp_hover_requirement", client.scrub(&hover));

    // Hover on a control: its owner's Markdown is escaped.
    let (line, character) = find(text, "met-by LSP-4", 8);
    let hover = client.request(
        "textDocument/hover",
        &client.at("navigating.cw", line, character),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        !shown.contains("<team>") && !shown.contains(" *ops*"),
        "{shown}"
    );
    insta::assert_json_snapshot!("lsp_hover_control", client.scrub(&hover));

    // Definition and references of the control.
    let definition = client.request(
        "textDocument/definition",
        &client.at("navigating.cw", line, character),
    );
    assert_eq!(
        definition["range"]["start"],
        json!({"line": 0, "character": 8})
    );
    let mut at = client.at("navigating.cw", line, character);
    at["context"] = json!({"includeDeclaration": true});
    let references = client.request("textDocument/references", &at);
    insta::assert_json_snapshot!("lsp_references_control", client.scrub(&references));
    assert_eq!(references.as_array().unwrap().len(), 2);

    // Definition of a requirement: the built-in catalog, read-only.
    let (line, character) = find(text, "CC6.1", 1);
    let definition = client.request(
        "textDocument/definition",
        &client.at("navigating.cw", line, character),
    );
    let uri = definition["uri"].as_str().unwrap();
    let path = Path::new(uri.strip_prefix("file://").unwrap()).to_owned();
    let catalog = std::fs::read_to_string(&path).unwrap();
    assert!(catalog.contains("CC6.1"));
    assert!(std::fs::metadata(&path).unwrap().permissions().readonly());
    insta::assert_json_snapshot!("lsp_definition_requirement", client.scrub(&definition));

    // Rename the control: its declaration and its reference.
    let mut params = client.at("navigating.cw", 0, 9);
    let prepared = client.request("textDocument/prepareRename", &params);
    assert_eq!(prepared["start"], json!({"line": 0, "character": 8}));
    params["newName"] = json!("LSP-40");
    let edit = client.request("textDocument/rename", &params);
    insta::assert_json_snapshot!("lsp_rename_control", client.scrub(&edit));
    params["newName"] = json!("not an id");
    let refused = client.request("textDocument/rename", &params);
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not an identifier")
    );

    // Formatting: the canonical layout as one edit.
    let messy = "control   LSP-5 \"Messy\"   {\n owner   \"x\" # kept\n}\n";
    client.open("messy.cw", messy);
    let edits = client.request("textDocument/formatting", &json!({"textDocument": {"uri": client.uri("messy.cw")}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    insta::assert_json_snapshot!("lsp_formatting", client.scrub(&edits));
    let new_text = edits[0]["newText"].as_str().unwrap();
    assert!(new_text.contains("# kept"));
    client.stop();
}

#[test]
fn quick_fixes_come_from_did_you_mean() {
    let mut client = Client::start("lsp-quick-fix", &example());
    let text = "control LSP-6 \"Typo\" {\n  owner \"x\"\n  satisfies soc2@2017:CC6.1 equl\n}\n";
    client.open("typo.cw", text);
    let diagnostics = client.diagnostics("typo.cw", 1);
    assert!(!diagnostics.as_array().unwrap().is_empty());
    let (line, _) = find(text, "equl", 0);
    let actions = client.request("textDocument/codeAction", &json!({
            "textDocument": {"uri": client.uri("typo.cw")},
            "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 40}},
            "context": {"diagnostics": diagnostics},
        }),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Replace with `equal`"), "{actions:#}");
    client.stop();
}

#[test]
fn a_document_outline_lists_the_items() {
    let mut client = Client::start("lsp-outline", &example());
    let symbols = client.request(
        "textDocument/documentSymbol",
        &json!({"textDocument": {"uri": client.uri("system.cw")}}),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(!names.is_empty());
    insta::assert_json_snapshot!("lsp_outline_system", client.scrub(&symbols));
    client.stop();
}

#[test]
fn hidden_and_target_folders_are_not_the_project() {
    let mut client = Client::start("lsp-hidden", &example());
    for relative in ["target/copy.cw", ".drafts/copy.cw", ".copy.cw"] {
        let path = client.root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "control X-1 \"x\" { mitigates nothing }\n").unwrap();
        client.open(relative, "control X-1 \"x\" { mitigates nothing }\n");
        let hover = client.request("textDocument/hover", &client.at(relative, 0, 9));
        assert_eq!(hover, Value::Null, "{relative}");
    }
    client.open("inside.cw", "control IN-2 \"x\" { owner \"o\" }\n");
    let _ = client.diagnostics("inside.cw", 1);
    let published = client.published();
    assert!(
        published.iter().all(|uri| !uri.contains("copy.cw")),
        "{published:?}"
    );
    client.stop();
}

#[test]
fn without_a_folder_only_the_open_buffers_are_the_project() {
    // The server's current folder holds the example: it is not read.
    let mut client = Client::start_in("lsp-no-folder", &example(), false, &json!({}));
    let text =
        "control SOLO-1 \"Alone\" {\n  owner \"x\"\n  mitigates fraud-score-used-for-credit\n}\n";
    client.open("solo.cw", text);
    let diagnostics = client.diagnostics("solo.cw", 1);
    // The example's risks are not loaded: the reference is unknown.
    assert!(
        diagnostics
            .to_string()
            .contains("crosswalk::resolve::unknown_risk"),
        "{diagnostics:#}"
    );
    let published = client.published();
    assert!(
        published.iter().all(|uri| uri.ends_with("solo.cw")),
        "{published:?}"
    );
    client.stop();
}

#[test]
fn shutdown_then_exit_and_exit_alone() {
    // A request after `shutdown` is refused; `exit` then ends with 0.
    let mut client = Client::start("lsp-shutdown", &example());
    assert_eq!(client.request("shutdown", &Value::Null), Value::Null);
    let refused = client.request(
        "textDocument/documentSymbol",
        &json!({"textDocument": {"uri": client.uri("system.cw")}}),
    );
    assert_eq!(refused["error"]["code"], -32600, "{refused:#}");
    client.notify("exit", &Value::Null);
    assert!(client.child.wait().unwrap().success());

    // `exit` without `shutdown`: the process ends, with 1.
    let mut client = Client::start("lsp-exit", &example());
    client.notify("exit", &Value::Null);
    assert_eq!(client.child.wait().unwrap().code(), Some(1));
}

#[test]
fn a_deleted_folder_leaves_the_project() {
    let watching = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let mut client = Client::start_in("lsp-watch", &example(), true, &watching);
    // The server asks to hear of .cw files and of anything deleted.
    let registration = client.wait_for(|m| m["method"] == "client/registerCapability");
    let asked = &registration["params"]["registrations"][0];
    assert_eq!(asked["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        asked["registerOptions"]["watchers"][0]["globPattern"],
        "**/*.cw"
    );
    client.send(&json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));

    // The controls folder goes whole: conclusions.cw loses its controls.
    std::fs::remove_dir_all(client.root.join("controls")).unwrap();
    client.notifications.clear();
    let folder = client.uri("controls");
    client.notify(
        "workspace/didChangeWatchedFiles",
        &json!({"changes": [{"uri": folder, "type": 3}]}),
    );
    let diagnostics = client.diagnostics_where("conclusions.cw", |d| {
        d.to_string()
            .contains("crosswalk::resolve::unknown_control")
    });
    assert!(
        diagnostics.to_string().contains("ITGC-AC-01"),
        "{diagnostics:#}"
    );
    client.stop();
}
