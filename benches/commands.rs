//! Whole commands, timed from outside as a user runs them: start-up,
//! `check` (text and JSON, with the controls in many files and in one),
//! `coverage` and `build`, on generated projects at the Secure Controls
//! Framework's scale (1,500 controls), at 1/10 of it, on the bundled
//! example and on an empty folder.
//!
//! ```text
//! cargo bench --bench commands                       # this build alone
//! cargo bench --bench commands -- --vs OLD_BINARY    # and a baseline, A B A B …
//! cargo bench --bench commands -- --runs 9 --only check
//! ```
//!
//! Each command runs once to warm up, then `--runs` times (default 5); with
//! `--vs` the two binaries run in turn and each ratio is taken pair by pair,
//! so a drift in the machine's speed moves both. Figures are medians. CPU
//! time and peak resident memory come from GNU time (`/usr/bin/time`) when
//! it is installed. The floors are `--version` (the process alone) and, for
//! text diagnostics, `check --format json` of the same project: the table
//! ends with those ratios. The `build` outputs of the two binaries are
//! compared byte for byte.

#![allow(clippy::disallowed_methods)] // Timing and files are the point of a benchmark.
#![allow(clippy::cast_precision_loss)] // Seconds and megabytes for a report line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use std::{env, fs};

use crosswalk::corpus::{CorpusSize, generate};

/// One command of the table: a name and its arguments; `{out}` is replaced
/// by a fresh output folder for each binary.
struct Case {
    name: &'static str,
    args: Vec<String>,
}

/// One run's figures.
#[derive(Clone, Copy)]
struct Run {
    wall: f64,
    cpu: Option<f64>,
    peak_mb: Option<f64>,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        f64::midpoint(values[n / 2 - 1], values[n / 2])
    }
}

/// Runs `binary args` once, its output thrown away.
fn run(binary: &Path, args: &[String], out: &Path) -> Run {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("{out}", &out.display().to_string()))
        .collect();
    if out.exists() {
        fs::remove_dir_all(out).expect("the old output folder can go");
    }
    let time = Path::new("/usr/bin/time");
    let report = env::temp_dir().join(format!("crosswalk-bench-time-{}", std::process::id()));
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f")
            .arg("%U %S %M")
            .arg("-o")
            .arg(&report)
            .arg(binary);
        c
    } else {
        Command::new(binary)
    };
    command
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let start = Instant::now();
    let status = command.status().expect("the binary starts");
    let wall = start.elapsed().as_secs_f64();
    assert!(
        status.code().is_some(),
        "{} {args:?} was killed",
        binary.display()
    );
    let (cpu, peak_mb) = fs::read_to_string(&report)
        .ok()
        .and_then(|text| {
            let line = text.lines().last()?.to_owned();
            let mut fields = line.split_whitespace().map(str::parse::<f64>);
            let user = fields.next()?.ok()?;
            let system = fields.next()?.ok()?;
            let kb = fields.next()?.ok()?;
            Some((Some(user + system), Some(kb / 1024.0)))
        })
        .unwrap_or((None, None));
    let _ = fs::remove_file(&report);
    Run { wall, cpu, peak_mb }
}

/// Writes the generated project of `controls` controls into `dir` (once),
/// and, when `one_file`, with every control file joined into one.
fn corpus(dir: &Path, controls: usize, one_file: bool) -> PathBuf {
    if dir.exists() {
        return dir.to_owned();
    }
    let mut joined = String::new();
    for file in generate(&CorpusSize::scf_like(controls)) {
        if one_file && file.name.starts_with("controls/") {
            joined.push_str(&file.text);
            joined.push('\n');
            continue;
        }
        let path = dir.join(&file.name);
        fs::create_dir_all(path.parent().expect("a folder")).expect("writable");
        fs::write(&path, file.text.as_bytes()).expect("writable");
    }
    if one_file {
        fs::write(dir.join("controls.cw"), joined).expect("writable");
    }
    dir.to_owned()
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).expect("under dir").to_owned());
            }
        }
    }
    found.sort();
    found
}

/// Whether two output folders hold the same files with the same bytes;
/// the first difference otherwise.
fn same_tree(a: &Path, b: &Path) -> Result<usize, String> {
    let (fa, fb) = (files_under(a), files_under(b));
    if fa != fb {
        return Err(format!(
            "the file lists differ ({} vs {})",
            fa.len(),
            fb.len()
        ));
    }
    for file in &fa {
        if fs::read(a.join(file)).ok() != fs::read(b.join(file)).ok() {
            return Err(format!("{} differs", file.display()));
        }
    }
    Ok(fa.len())
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(5);
    let baseline = value("--vs").map(PathBuf::from);
    let only = value("--only");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_crosswalk"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/bench-commands");
    fs::create_dir_all(&work).expect("target/ is writable");
    let empty = work.join("empty");
    fs::create_dir_all(&empty).expect("writable");
    let example = root.join("examples/risk-scoring-api");
    let tenth = corpus(&work.join("corpus-150"), 150, false);
    let full = corpus(&work.join("corpus-1500"), 1500, false);
    let one_file = corpus(&work.join("corpus-1500-one-file"), 1500, true);
    let path = |p: &Path| p.display().to_string();
    let case = |name: &'static str, args: &[&str]| Case {
        name,
        args: args.iter().map(|a| (*a).to_owned()).collect(),
    };
    let cases = [
        case("--version", &["--version"]),
        case("check empty", &["check", &path(&empty)]),
        case("check example", &["check", &path(&example)]),
        case(
            "check --format json 1/10",
            &["check", "--format", "json", &path(&tenth)],
        ),
        case(
            "check --format json",
            &["check", "--format", "json", &path(&full)],
        ),
        case("check (text)", &["check", &path(&full)]),
        case(
            "check --format json, one file",
            &["check", "--format", "json", &path(&one_file)],
        ),
        case("check (text), one file", &["check", &path(&one_file)]),
        case("coverage", &["coverage", &path(&full)]),
        case("build 1/10", &["build", &path(&tenth), "--out", "{out}"]),
        case("build", &["build", &path(&full), "--out", "{out}"]),
    ];
    println!(
        "{} ({} runs each{})",
        binary.display(),
        runs,
        baseline
            .as_ref()
            .map_or(String::new(), |b| format!(", against {}", b.display()))
    );
    let mut medians: Vec<(&str, f64)> = Vec::new();
    for case in cases
        .iter()
        .filter(|c| only.as_deref().is_none_or(|o| c.name.contains(o)))
    {
        let out_new = work.join("out-new");
        let out_old = work.join("out-old");
        run(&binary, &case.args, &out_new);
        if let Some(old) = &baseline {
            run(old, &case.args, &out_old);
        }
        let mut new_runs = Vec::new();
        let mut old_runs = Vec::new();
        for _ in 0..runs {
            new_runs.push(run(&binary, &case.args, &out_new));
            if let Some(old) = &baseline {
                old_runs.push(run(old, &case.args, &out_old));
            }
        }
        let wall = median(new_runs.iter().map(|r| r.wall).collect());
        medians.push((case.name, wall));
        let mut line = format!("{:32} {:9.4} s", case.name, wall);
        let cpu: Vec<f64> = new_runs.iter().filter_map(|r| r.cpu).collect();
        let peak: Vec<f64> = new_runs.iter().filter_map(|r| r.peak_mb).collect();
        if !cpu.is_empty() {
            let _ = write!(
                line,
                "  cpu {:8.3} s  peak {:7.1} MB",
                median(cpu),
                median(peak)
            );
        }
        if !old_runs.is_empty() {
            let ratios: Vec<f64> = new_runs
                .iter()
                .zip(&old_runs)
                .map(|(n, o)| n.wall / o.wall)
                .collect();
            let old_wall = median(old_runs.iter().map(|r| r.wall).collect());
            let old_peak: Vec<f64> = old_runs.iter().filter_map(|r| r.peak_mb).collect();
            let _ = write!(
                line,
                "  | old {:9.4} s{}  new/old wall {:.3}",
                old_wall,
                if old_peak.is_empty() {
                    String::new()
                } else {
                    format!("  peak {:7.1} MB", median(old_peak))
                },
                median(ratios)
            );
            if case.args.iter().any(|a| a == "{out}") {
                match same_tree(&out_new, &out_old) {
                    Ok(n) => {
                        let _ = write!(line, "  ({n} files, identical)");
                    }
                    Err(why) => {
                        let _ = write!(line, "  OUTPUT DIFFERS: {why}");
                    }
                }
            }
        }
        println!("{line}");
    }
    let find = |name: &str| medians.iter().find(|(n, _)| *n == name).map(|(_, w)| *w);
    let ratio = |a: &str, b: &str| find(a).zip(find(b)).map(|(a, b)| a / b);
    println!("floors (medians of this build):");
    for (a, b) in [
        ("check empty", "--version"),
        ("check example", "--version"),
        ("check (text)", "check --format json"),
        ("check (text), one file", "check --format json, one file"),
        ("check --format json", "check --format json 1/10"),
        ("build", "build 1/10"),
    ] {
        if let Some(r) = ratio(a, b) {
            println!("  {a} / {b}: {r:.2}");
        }
    }
}
