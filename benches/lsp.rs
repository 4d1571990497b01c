//! The language server's latency, measured as an editor sees it: the
//! binary runs `crosswalk lsp`, and the time is taken from sending a
//! message on its stdin to reading the answer on its stdout.
//!
//! ```text
//! cargo bench --bench lsp                 # the example and the full-scale corpus
//! cargo bench --bench lsp -- --runs 21 --controls 150
//! ```
//!
//! For each project, one control file is opened, then edited `--runs`
//! times (default 11), each edit adding or removing a reference to an
//! unknown risk, so every edit changes that file's diagnostics: the figure
//! is the time from `didChange` to its `publishDiagnostics`. Completion is
//! then asked after `satisfies soc2@2017:CC6.` in the same file. Figures
//! are medians and worst cases. The targets (issue 17): diagnostics after
//! one edit under 20 ms for the example and 300 ms for the corpus,
//! completion under 10 ms.

#![allow(clippy::disallowed_methods)] // Timing is the point of a benchmark.
#![allow(clippy::cast_precision_loss)] // Milliseconds for a report line.

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};
use std::{env, fs};

use serde_json::{Value, json};

#[path = "../tests/lsp_wire.rs"]
mod lsp_wire;

struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Server {
    fn start(binary: &Path, root: &Path) -> Self {
        let mut child = Command::new(binary)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        let stdin = child.stdin.take().expect("piped");
        let stdout = child.stdout.take().expect("piped");
        let messages = lsp_wire::messages(stdout);
        let mut server = Self {
            child,
            stdin,
            messages,
            next_id: 0,
        };
        let uri = format!("file://{}", root.display());
        server.request(
            "initialize",
            &json!({"processId": null, "rootUri": uri, "capabilities": {}}),
        );
        server.notify("initialized", &json!({}));
        server
    }

    fn send(&mut self, message: &Value) {
        lsp_wire::write_message(&mut self.stdin, message).expect("the server reads");
    }

    fn notify(&mut self, method: &str, params: &Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: &Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(|m| m["id"] == id)["result"].clone()
    }

    fn wait(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(600))
                .expect("an answer");
            if wanted(&message) {
                return message;
            }
        }
    }

    /// The diagnostics of the open buffer `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: usize) -> Value {
        self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        })
    }

    fn stop(mut self) {
        self.request("shutdown", &Value::Null);
        self.notify("exit", &Value::Null);
        let status = self.child.wait().expect("the server exits");
        assert!(status.success(), "{status}");
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The latencies on the project at `root`, editing the control file `file`.
fn measure(binary: &Path, name: &str, root: &Path, file: &Path, runs: usize) {
    let root = fs::canonicalize(root).expect("the project exists");
    let file = fs::canonicalize(file).expect("the file exists");
    let text = fs::read_to_string(&file).expect("readable");
    let uri = format!("file://{}", file.display());
    let started = Instant::now();
    let mut server = Server::start(binary, &root);
    // A control that names an unknown risk, then one that does not; and a
    // line for completion.
    let broken = format!(
        "{text}\ncontrol BENCH-1 \"Bench\" {{\n  owner \"x\"\n  mitigates bench-unknown-risk\n}}\n"
    );
    let fixed = format!("{text}\ncontrol BENCH-1 \"Bench\" {{\n  owner \"x\"\n}}\n");
    server.notify(
        "textDocument/didOpen",
        &json!({"textDocument": {"uri": uri, "languageId": "crosswalk", "version": 0, "text": fixed}}),
    );
    server.diagnostics(&uri, 0);
    let first = started.elapsed();
    let mut edits = Vec::with_capacity(runs);
    for run in 0..runs {
        let new = if run % 2 == 0 { &broken } else { &fixed };
        let sent = Instant::now();
        server.notify(
            "textDocument/didChange",
            &json!({"textDocument": {"uri": uri, "version": run + 1}, "contentChanges": [{"text": new}]}),
        );
        let published = server.diagnostics(&uri, run + 1);
        edits.push(ms(sent.elapsed()));
        let errors = published["params"]["diagnostics"]
            .as_array()
            .map_or(0, |d| d.iter().filter(|d| d["severity"] == 1).count());
        assert_eq!(errors > 0, run % 2 == 0, "the edit's error comes and goes");
    }
    let completing = format!(
        "{text}\ncontrol BENCH-1 \"Bench\" {{\n  owner \"x\"\n  satisfies soc2@2017:CC6.\n}}\n"
    );
    server.notify(
        "textDocument/didChange",
        &json!({"textDocument": {"uri": uri, "version": runs + 1}, "contentChanges": [{"text": completing}]}),
    );
    let line = completing.lines().count() - 2;
    let character = "  satisfies soc2@2017:CC6.".len();
    // The first answer waits for the compilation of the edit.
    server.request(
        "textDocument/completion",
        &json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
    );
    let mut completions = Vec::with_capacity(runs);
    let mut offered = 0;
    for _ in 0..runs {
        let sent = Instant::now();
        let items = server.request(
            "textDocument/completion",
            &json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        );
        completions.push(ms(sent.elapsed()));
        offered = items.as_array().map_or(0, Vec::len);
    }
    assert!(offered >= 8, "CC6.1 to CC6.8 are offered");
    server.stop();
    let worst = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    let edit_worst = worst(&edits);
    let completion_worst = worst(&completions);
    println!(
        "{name:<22} start+open {:>8.1} ms   edit→diagnostics median {:>7.1} ms (worst {:>7.1})   completion median {:>6.2} ms (worst {:>6.2}, {offered} items)",
        ms(first),
        median(&mut edits),
        edit_worst,
        median(&mut completions),
        completion_worst,
    );
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(11);
    let controls: usize = value("--controls")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500);
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_crosswalk"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/risk-scoring-api");
    measure(
        &binary,
        "example",
        &example,
        &example.join("controls/itgc.cw"),
        runs,
    );
    let work = root.join("target/bench-lsp");
    let corpus = work.join(format!("corpus-{controls}"));
    if !corpus.exists() {
        fs::create_dir_all(&work).expect("target/ is writable");
        let status = Command::new(&binary)
            .args(["corpus", "--controls", &controls.to_string()])
            .arg(&corpus)
            .stdout(Stdio::null())
            .status()
            .expect("the binary runs");
        assert!(status.success(), "the corpus is written");
    }
    let first_control_file = fs::read_dir(corpus.join("controls"))
        .expect("the corpus has controls")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .min()
        .expect("a control file");
    measure(
        &binary,
        &format!("corpus {controls} controls"),
        &corpus,
        &first_control_file,
        runs,
    );
}
