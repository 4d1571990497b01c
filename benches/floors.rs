//! The front end against its floors: how fast the bytes can be read, how
//! fast a hand-written lexer tokenizes them, how fast pest runs the grammar
//! alone, and how fast the whole parse stage (grammar, lowering, the AST)
//! goes, in MB/s on the same text in the same process.
//!
//! `cargo bench --bench floors` measures the generated SCF-scale project
//! (1,500 controls, see `crosswalk::corpus`) and the built-in catalogs.
//! Options: `--runs R` (default 10), `--controls N` for another size,
//! `--only NAME` for one of the four (to profile it). Each
//! figure is the best of the runs; the runs interleave the four
//! measurements so that a slower moment of a shared machine hits them alike.
//!
//! - `read`: a sum over the bytes, the cost of touching the text once.
//! - `lexer`: a token scan written here (identifiers and words, quoted
//!   strings, text blocks, punctuation, comments), what a hand-written
//!   front end would start from.
//! - `grammar`: pest's `CrosswalkParser::parse` of the `file` rule, every
//!   pair visited (`flatten`), nothing lowered.
//! - `parse`: `crosswalk::syntax::parse`, the stage as the compiler runs it.

#![allow(clippy::disallowed_methods)] // Timing is the point of a benchmark.
#![allow(clippy::cast_precision_loss)] // Megabytes for a report line.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crosswalk::corpus::{CorpusSize, generate};
use crosswalk::source::{FileId, SourceFile};
use crosswalk::syntax::Parsed;
use crosswalk::syntax::grammar::{CrosswalkParser, Rule};
use pest::Parser as _;

/// A sum over every byte.
fn read(text: &str) -> u64 {
    text.bytes()
        .fold(0u64, |sum, b| sum.wrapping_add(u64::from(b)))
}

/// The number of tokens of `text`: white space skipped, `#` comments to the
/// end of the line, `"…"` strings with escapes, `"""…"""` text blocks, runs
/// of identifier characters (with `@` and `:`, so a reference is one token),
/// `->`, and any other byte as one punctuation token.
fn lex(text: &str) -> usize {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b"-_.()@:".contains(&b);
    let mut tokens = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' if bytes[i..].starts_with(b"\"\"") => {
                i += 2;
                while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                    i += 1;
                }
                i = (i + 3).min(bytes.len());
            }
            b'"' => {
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
            }
            b'-' if bytes.get(i) == Some(&b'>') => i += 1,
            b if word(b) => {
                while i < bytes.len() && word(bytes[i]) {
                    i += 1;
                }
            }
            _ => {}
        }
        tokens += 1;
    }
    tokens
}

/// The grammar alone: every pair of the parse tree, nothing lowered.
fn grammar(text: &str) -> usize {
    let pairs = CrosswalkParser::parse(Rule::file, text).expect("the benchmark's text parses");
    pairs.flatten().count()
}

/// The parse stage, as the compiler runs it; the trees are kept, as the
/// compiler keeps them, and dropped after the clock stops.
fn parse(id: FileId, file: &SourceFile) -> Parsed {
    let parsed = crosswalk::syntax::parse(id, file);
    assert!(
        parsed.diagnostics.is_empty(),
        "{} parses cleanly",
        file.name
    );
    parsed
}

/// Times `f` over every file, once; what it returns is dropped after the
/// clock stops.
fn time<T>(files: &[&SourceFile], mut f: impl FnMut(FileId, &SourceFile) -> T) -> Duration {
    let mut kept = Vec::with_capacity(files.len());
    let start = Instant::now();
    for (i, file) in files.iter().enumerate() {
        let id = FileId(u32::try_from(i).expect("few files"));
        kept.push(f(id, file));
    }
    let elapsed = start.elapsed();
    black_box(kept);
    elapsed
}

const MEASURES: [&str; 4] = ["read", "lexer", "grammar", "parse"];

fn bench(heading: &str, files: &[&SourceFile], runs: usize, only: Option<&str>) {
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let mut best = [Duration::MAX; MEASURES.len()];
    let wanted = |name: &str| only.is_none_or(|o| o == name);
    for _ in 0..runs {
        let times = [
            wanted("read").then(|| time(files, |_, f| read(&f.text))),
            wanted("lexer").then(|| time(files, |_, f| lex(&f.text))),
            wanted("grammar").then(|| time(files, |_, f| grammar(&f.text))),
            wanted("parse").then(|| time(files, parse)),
        ];
        for (best, t) in best.iter_mut().zip(times) {
            *best = (*best).min(t.unwrap_or(Duration::MAX));
        }
    }
    let mb = bytes as f64 / 1e6;
    let speed = |d: Duration| mb / d.as_secs_f64();
    let grammar = speed(best[2]);
    println!(
        "{heading}: {} files, {mb:.2} MB (best of {runs})",
        files.len()
    );
    for (name, d) in MEASURES.iter().zip(best).filter(|(n, _)| wanted(n)) {
        println!(
            "  {name:<8} {:9.2} ms {:9.1} MB/s  {:6.2}x the grammar's time",
            d.as_secs_f64() * 1000.0,
            speed(d),
            grammar / speed(d),
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let runs = value("--runs").unwrap_or(10);
    // `--only parse` (or `read`, `lexer`, `grammar`): one measurement, for
    // a profiler.
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str);
    let controls = value("--controls").unwrap_or(1_500);
    let corpus = generate(&CorpusSize::scf_like(controls));
    let files: Vec<&SourceFile> = corpus.iter().collect();
    bench(
        &format!("generated corpus ({controls} controls)"),
        &files,
        runs,
        only,
    );
    let builtin: Vec<&SourceFile> = crosswalk::frameworks::builtin_files()
        .iter()
        .map(AsRef::as_ref)
        .collect();
    bench("built-in catalogs", &builtin, runs, only);
}
