//! Benchmark of the compiler pipeline on generated projects.
//!
//! `cargo bench --bench pipeline` runs the Secure Controls Framework's
//! scale (1,500 controls, 65 mappings each, 187 framework versions of 300
//! requirements, 55,800 crosswalk pairs), 1/10 and 1/100 of it, and 10,000
//! controls with 10 mappings each. Options:
//! `--controls N --mappings M` for one custom shape, `--runs R` (default 5),
//! `--growth` for only the two scales the growth figure compares,
//! `--dense` for 4 frameworks of 25, 50 and 100 requirements joined by
//! complete `equal` crosswalks (every requirement of one paired with every
//! requirement of another), the worst case for derived coverage.
//! Each stage is timed separately, best of the runs, on one thread; peak
//! resident memory is read from /proc at the end. The default run ends
//! with each stage's growth from 1/10 to full scale (the input grows about
//! 10.3 times: a stage that grows much more than that is not linear).

#![allow(clippy::disallowed_methods)] // Timing is the point of a benchmark.
#![allow(clippy::cast_precision_loss)] // Megabytes for a report line.

use std::time::{Duration, Instant};

use crosswalk::analysis::coverage::{Options, coverage};
use crosswalk::corpus::{CorpusSize, dense_crosswalks, generate};
use crosswalk::graph::link;
use crosswalk::lint::lint;
use crosswalk::resolve::resolve;
use crosswalk::source::SourceFile;
use crosswalk::source::SourceSet;
use crosswalk::syntax::parse;

struct Timings {
    parse: Duration,
    resolve: Duration,
    link: Duration,
    lint: Duration,
    coverage: Duration,
}

fn run_once(sources: &SourceSet) -> Timings {
    let start = Instant::now();
    let mut asts = Vec::with_capacity(sources.len());
    for (id, file) in sources.iter() {
        let parsed = parse(id, file);
        assert!(parsed.diagnostics.is_empty(), "the corpus parses cleanly");
        asts.push(parsed.ast.expect("a tree"));
    }
    let parsed = Instant::now();
    let trees: Vec<&crosswalk::syntax::Ast> = asts.iter().collect();
    let resolution = resolve(&trees, sources);
    assert!(
        resolution.diagnostics.is_empty(),
        "the corpus resolves cleanly"
    );
    let model = resolution.model;
    let resolved = Instant::now();
    let graph = link(&model);
    let linked = Instant::now();
    let warnings = lint(&model, &graph);
    std::hint::black_box(&warnings);
    let analysed = Instant::now();
    let report = coverage(&model, &graph, &Options::default());
    let covered = Instant::now();
    std::hint::black_box((&model, &graph, &report));
    Timings {
        parse: parsed - start,
        resolve: resolved - parsed,
        link: linked - resolved,
        lint: analysed - linked,
        coverage: covered - analysed,
    }
}

#[derive(Clone, Copy)]
struct Measured {
    bytes: usize,
    timings: [Duration; 5],
}

const STAGES: [&str; 5] = ["parse", "resolve", "link", "lint", "coverage"];

fn bench(name: &str, size: &CorpusSize, runs: usize) -> Measured {
    let heading = format!(
        "{name}: {} controls, {} satisfies edges, {} frameworks",
        size.controls,
        size.mapping_count(),
        size.frameworks,
    );
    bench_files(&heading, generate(size), runs)
}

fn bench_dense(requirements: usize, runs: usize) {
    let files = dense_crosswalks(4, requirements);
    let heading = format!(
        "dense-{requirements}: 4 frameworks of {requirements} requirements, {} equal crosswalk pairs, {requirements} controls",
        6 * requirements * requirements
    );
    bench_files(&heading, files, runs);
}

fn bench_files(heading: &str, files: Vec<SourceFile>, runs: usize) -> Measured {
    let mut sources = SourceSet::new();
    for file in files {
        sources.add(file);
    }
    let bytes: usize = sources.iter().map(|(_, f)| f.text.len()).sum();
    let mut best: Option<Timings> = None;
    for _ in 0..runs {
        let t = run_once(&sources);
        best = Some(match best {
            None => t,
            Some(b) => Timings {
                parse: b.parse.min(t.parse),
                resolve: b.resolve.min(t.resolve),
                link: b.link.min(t.link),
                lint: b.lint.min(t.lint),
                coverage: b.coverage.min(t.coverage),
            },
        });
    }
    let t = best.expect("at least one run");
    let total = t.parse + t.resolve + t.link + t.coverage;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{heading}, {:.1} MB of source", bytes as f64 / 1e6);
    println!(
        "  parse {:7.1} ms  resolve {:6.1} ms  link {:5.1} ms  coverage {:6.1} ms  = {:7.1} ms (`coverage`); lint {:6.1} ms (best of {runs})",
        ms(t.parse),
        ms(t.resolve),
        ms(t.link),
        ms(t.coverage),
        ms(total),
        ms(t.lint)
    );
    Measured {
        bytes,
        timings: [t.parse, t.resolve, t.link, t.lint, t.coverage],
    }
}

/// How much each stage grew from `small` to `large`, beside how much the
/// input grew.
fn print_growth(small: &Measured, large: &Measured) {
    let input = large.bytes as f64 / small.bytes as f64;
    let stages: Vec<String> = STAGES
        .iter()
        .zip(small.timings.iter().zip(&large.timings))
        .map(|(name, (s, l))| format!("{name} {:.1}x", l.as_secs_f64() / s.as_secs_f64()))
        .collect();
    println!(
        "growth from 1/10 to full scale (input {input:.1}x): {}",
        stages.join(", ")
    );
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let runs = value("--runs").unwrap_or(5);
    if args.iter().any(|a| a == "--growth") {
        // Only the two scales the growth figure compares.
        let tenth = bench("scf-scale/10", &CorpusSize::scf_like(150), runs);
        let full = bench("scf-scale", &CorpusSize::scf_like(1_500), runs);
        print_growth(&tenth, &full);
    } else if args.iter().any(|a| a == "--dense") {
        for requirements in [25, 50, 100] {
            bench_dense(requirements, runs);
        }
    } else if let Some(controls) = value("--controls") {
        let mut size = CorpusSize::scf_like(controls);
        if let Some(m) = value("--mappings") {
            size.mappings_per_control = m;
        }
        bench("custom", &size, runs);
    } else {
        bench("scf-scale/100", &CorpusSize::scf_like(15), runs);
        let tenth = bench("scf-scale/10", &CorpusSize::scf_like(150), runs);
        let full = bench("scf-scale", &CorpusSize::scf_like(1_500), runs);
        let mut ten_thousand = CorpusSize::scf_like(10_000);
        ten_thousand.mappings_per_control = 10;
        bench("10k-controls", &ten_thousand, runs);
        print_growth(&tenth, &full);
    }
    if let Some(mb) = peak_memory_mb() {
        println!("peak resident memory: {mb:.0} MB");
    }
}
