//! The Language Server Protocol's framing, for the protocol tests
//! (`tests/lsp.rs`) and the latency benchmark (`benches/lsp.rs`, which
//! includes this file): JSON-RPC messages behind a `Content-Length`
//! header, written to a server's stdin and read from its stdout on a
//! thread of their own.

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::mpsc::{Receiver, channel};

use serde_json::Value;

/// Writes one message.
pub fn write_message(to: &mut impl Write, message: &Value) -> std::io::Result<()> {
    let body = message.to_string();
    write!(to, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    to.flush()
}

/// Reads one message; `None` at the end of the stream or on a message
/// that does not read.
pub fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// Every message read from `from`, in order, on a thread of its own.
pub fn messages(from: impl Read + Send + 'static) -> Receiver<Value> {
    let (sender, messages) = channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(from);
        while let Some(message) = read_message(&mut reader) {
            if sender.send(message).is_err() {
                break;
            }
        }
    });
    messages
}
