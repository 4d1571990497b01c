//! Reading input and writing output safely: planted links, named pipes,
//! pseudo files, text that is not UTF-8, oversized files, and the staging
//! of `build`'s output folder (runs that died, concurrent runs).

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{Run, crosswalk_env, root, temp_dir};

/// A small clean project file.
const CLEAN: &str = "tests/fixtures/check/clean.cw";

fn run_in(dir: &Path, args: &[&str]) -> Run {
    crosswalk_env(dir, args, &[])
}

/// The JSON document of `check --format json` in `dir`.
fn check_json(dir: &Path, args: &[&str]) -> (Run, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = run_in(dir, &all);
    let value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json prints JSON ({e}): {}",
            run.transcript()
        )
    });
    (run, value)
}

/// The codes of a `check --format json` document.
fn codes(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .expect("a diagnostics array")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Runs `crosswalk ARGS` in `dir`, killing it (and failing the test) if it
/// has not ended after a minute: a regression that blocks fails rather
/// than hangs the suite.
fn run_guarded(dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosswalk"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A minute, in pauses of 20 ms.
    for pause in 0.. {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if pause == 3000 {
            let _ = child.kill();
            let _ = child.wait();
            panic!("crosswalk {args:?} blocked (on a named pipe?) and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    Run {
        code: output.status.code().expect("the binary exits normally"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `build` of `clean.cw` into `out` with the templates of `templates/`.
const BUILD_WITH_TEMPLATES: &[&str] = &[
    "build",
    "--templates",
    "templates",
    "--out",
    "out",
    "clean.cw",
];

/// `build` of the coverage report of `project` into `out`.
fn coverage_build(project: &Path) -> [&str; 6] {
    [
        "build",
        project.to_str().unwrap(),
        "--out",
        "out",
        "--only",
        "coverage",
    ]
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn fmt_never_writes_through_a_planted_temporary_file_link() {
    let dir = temp_dir("fs-planted-tmp");
    let project = dir.join("project");
    fs::create_dir(&project).unwrap();
    let messy = fs::read_to_string(root().join("tests/fixtures/fmt/messy.cw")).unwrap();
    fs::write(project.join("a.cw"), &messy).unwrap();
    fs::write(dir.join("victim"), "precious\n").unwrap();
    // The name the temporary file had; git can commit such a link.
    std::os::unix::fs::symlink("../victim", project.join("a.cw.crosswalk.tmp")).unwrap();

    let run = run_in(&dir, &["fmt", "project"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        fs::read_to_string(dir.join("victim")).unwrap(),
        "precious\n"
    );
    let a = fs::symlink_metadata(project.join("a.cw")).unwrap();
    assert!(a.file_type().is_file(), "a.cw stays a regular file");
    let formatted = fs::read_to_string(project.join("a.cw")).unwrap();
    assert_ne!(formatted, messy, "a.cw was formatted");
    // Nothing but the planted link is left beside it.
    let mut names: Vec<String> = fs::read_dir(&project)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.cw", "a.cw.crosswalk.tmp"]);
}

#[cfg(unix)]
#[test]
fn fmt_rewrites_the_file_a_link_inside_the_project_leads_to() {
    let dir = temp_dir("fs-inner-link");
    fs::create_dir(dir.join("shared")).unwrap();
    let messy = fs::read_to_string(root().join("tests/fixtures/fmt/messy.cw")).unwrap();
    fs::write(dir.join("shared/controls.txt"), &messy).unwrap();
    std::os::unix::fs::symlink("shared/controls.txt", dir.join("a.cw")).unwrap();

    let run = run_in(&dir, &["fmt", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let a = fs::symlink_metadata(dir.join("a.cw")).unwrap();
    assert!(a.file_type().is_symlink(), "the link is kept");
    assert_ne!(
        fs::read_to_string(dir.join("shared/controls.txt")).unwrap(),
        messy,
        "the file it leads to is formatted"
    );
}

#[cfg(unix)]
#[test]
fn a_cw_link_leading_outside_the_project_is_refused() {
    let dir = temp_dir("fs-link-outside");
    let project = dir.join("project");
    fs::create_dir(&project).unwrap();
    fs::copy(root().join(CLEAN), project.join("clean.cw")).unwrap();
    fs::copy(root().join(CLEAN), dir.join("outside.cw")).unwrap();
    std::os::unix::fs::symlink("../outside.cw", project.join("linked.cw")).unwrap();

    let (run, report) = check_json(&dir, &["project"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(codes(&report), ["crosswalk::input::link_outside_project"]);
    assert_eq!(report["diagnostics"][0]["file"], "project/linked.cw");

    let text = run_in(&dir, &["check", "project"]);
    assert_eq!(text.code, 2);
    assert!(
        text.stderr
            .contains("crosswalk::input::link_outside_project")
            && text.stderr.contains("outside the folder"),
        "{}",
        text.stderr
    );
    // `fmt` refuses it too, and writes nothing.
    let fmt = run_in(&dir, &["fmt", "project"]);
    assert_eq!(fmt.code, 2, "{}", fmt.transcript());
    assert!(
        fmt.stderr
            .contains("crosswalk::input::link_outside_project")
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_link_to_proc_self_environ_never_prints_the_environment() {
    let secret = "crosswalk-secret-7f3a9c";
    let dir = temp_dir("fs-environ");
    let project = dir.join("project");
    fs::create_dir(&project).unwrap();
    fs::copy(root().join(CLEAN), project.join("clean.cw")).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", project.join("env.cw")).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", dir.join("catalog.json")).unwrap();
    let env = [("CROSSWALK_TEST_SECRET", secret)];
    for args in [
        &["check", "project"][..],
        &["check", "--format", "json", "project"],
        &["fmt", "project"],
        &["check", "--framework-file", "catalog.json", "clean.cw"],
        &[
            "check",
            "--framework-file",
            "/proc/self/environ",
            "clean.cw",
        ],
        &["import", "oscal", "catalog.json"],
    ] {
        if args.contains(&"clean.cw") {
            fs::copy(root().join(CLEAN), dir.join("clean.cw")).unwrap();
        }
        let run = crosswalk_env(&dir, args, &env);
        assert_eq!(run.code, 2, "{args:?}: {}", run.transcript());
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "{args:?} printed the environment: {}",
            run.transcript()
        );
        assert!(
            run.stdout.contains("crosswalk::input::") || run.stderr.contains("crosswalk::input::"),
            "{args:?}: {}",
            run.transcript()
        );
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_as_input_is_refused_without_blocking() {
    let dir = temp_dir("fs-fifo");
    fs::copy(root().join(CLEAN), dir.join("clean.cw")).unwrap();
    mkfifo(&dir.join("catalog.json"));
    let run = run_guarded(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--framework-file",
            "catalog.json",
            "clean.cw",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(codes(&report), ["crosswalk::input::not_a_regular_file"]);
    assert!(
        report["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("named pipe"),
        "{report}"
    );

    let import = run_guarded(&dir, &["import", "oscal", "catalog.json"]);
    assert_eq!(import.code, 2, "{}", import.transcript());
    assert!(
        import
            .stderr
            .contains("crosswalk::input::not_a_regular_file")
    );

    // A pipe named like a project file is refused too.
    let project = dir.join("project");
    fs::create_dir(&project).unwrap();
    mkfifo(&project.join("pipe.cw"));
    let check = run_guarded(&dir, &["check", "project"]);
    assert_eq!(check.code, 2, "{}", check.transcript());
    assert!(
        check
            .stderr
            .contains("crosswalk::input::not_a_regular_file")
    );
    let fmt = run_guarded(&dir, &["fmt", "project"]);
    assert_eq!(fmt.code, 2, "{}", fmt.transcript());

    // And in a template folder.
    let templates = dir.join("templates");
    fs::create_dir(&templates).unwrap();
    mkfifo(&templates.join("index.html"));
    let build = run_guarded(&dir, BUILD_WITH_TEMPLATES);
    assert_eq!(build.code, 2, "{}", build.transcript());
    assert!(
        build
            .stderr
            .contains("crosswalk::input::not_a_regular_file")
    );
}

#[cfg(unix)]
#[test]
fn a_template_link_leading_outside_its_folder_is_refused() {
    let dir = temp_dir("fs-template-link");
    fs::copy(root().join(CLEAN), dir.join("clean.cw")).unwrap();
    fs::create_dir(dir.join("templates")).unwrap();
    fs::write(dir.join("secret.txt"), "do not render me\n").unwrap();
    std::os::unix::fs::symlink("../secret.txt", dir.join("templates/index.html")).unwrap();
    let run = run_in(&dir, BUILD_WITH_TEMPLATES);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("crosswalk::input::link_outside_project")
    );
    assert!(!dir.join("out").exists());
}

#[test]
fn invalid_utf8_is_a_diagnostic_with_its_line_also_in_json() {
    let dir = temp_dir("fs-not-utf8");
    let mut bytes = fs::read(root().join(CLEAN)).unwrap();
    let clean_lines = String::from_utf8_lossy(&bytes).lines().count();
    bytes.extend_from_slice(b"# caf\xe9 au lait\n");
    fs::write(dir.join("latin1.cw"), &bytes).unwrap();

    let (run, report) = check_json(&dir, &["latin1.cw"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(codes(&report), ["crosswalk::input::not_utf8"]);
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(diagnostic["file"], "latin1.cw");
    assert_eq!(diagnostic["line"], clean_lines + 1);
    assert_eq!(diagnostic["column"], 6);
    assert!(
        diagnostic["message"]
            .as_str()
            .unwrap()
            .contains("byte 0xE9"),
        "{diagnostic}"
    );
    assert!(
        diagnostic["help"]
            .as_str()
            .is_some_and(|h| h.contains("UTF-8"))
    );

    let text = run_in(&dir, &["check", "latin1.cw"]);
    assert_eq!(text.code, 2);
    assert!(
        text.stderr.contains("crosswalk::input::not_utf8") && text.stderr.contains("caf"),
        "{}",
        text.stderr
    );
    let fmt = run_in(&dir, &["fmt", "latin1.cw"]);
    assert_eq!(fmt.code, 2);
    assert!(
        fmt.stderr.contains("crosswalk::input::not_utf8"),
        "{}",
        fmt.stderr
    );
}

#[test]
fn an_input_larger_than_the_limit_is_refused_before_reading() {
    let dir = temp_dir("fs-too-large");
    // A sparse file: its size is past the limit, its disk use nothing.
    let file = fs::File::create(dir.join("huge.cw")).unwrap();
    file.set_len(257 * 1024 * 1024).unwrap();
    let (run, report) = check_json(&dir, &["huge.cw"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(codes(&report), ["crosswalk::input::too_large"]);
}

#[test]
fn a_missing_framework_file_is_a_diagnostic_in_json() {
    let dir = temp_dir("fs-missing-catalog");
    fs::copy(root().join(CLEAN), dir.join("clean.cw")).unwrap();
    let (run, report) = check_json(&dir, &["--framework-file", "nope.json", "clean.cw"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(codes(&report), ["crosswalk::input::unreadable"]);
    assert_eq!(report["diagnostics"][0]["file"], "nope.json");
}

/// A process id that is no longer running: that of a child that ended.
fn dead_pid() -> u32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosswalk"))
        .arg("--version")
        .stdout(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let pid = child.id();
    child.wait().expect("it ends");
    pid
}

/// A folder as a killed `build` leaves it: the marker and one file.
fn leftover(dir: &Path, file: &str) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(".crosswalk-build"), "written by crosswalk build\n").unwrap();
    fs::write(dir.join(file), "left behind\n").unwrap();
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(target_os = "linux")]
#[test]
fn build_restores_and_cleans_up_what_a_killed_run_left() {
    let dir = temp_dir("fs-killed-run");
    let pid = dead_pid();
    // Killed between its two renames: the earlier build moved aside, the
    // new one not yet in place, the lock still there.
    leftover(
        &dir.join(format!(".out.crosswalk-old-{pid}")),
        "earlier.txt",
    );
    leftover(&dir.join(format!(".out.crosswalk-new-{pid}")), "half.txt");
    fs::write(dir.join(".out.crosswalk-lock"), format!("{pid}\n")).unwrap();
    let project = root().join("tests/fixtures/build/lending");
    let run = run_guarded(&dir, &coverage_build(&project));
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stderr.contains(&format!(
            "note: restored the earlier build into out from .out.crosswalk-old-{pid}"
        )),
        "{}",
        run.stderr
    );
    assert_eq!(names(&dir), ["out"], "nothing is left beside the output");
    assert!(dir.join("out/index.html").is_file());

    // Killed after the new build was in place: the earlier one is removed.
    let pid = dead_pid();
    leftover(
        &dir.join(format!(".out.crosswalk-old-{pid}")),
        "earlier.txt",
    );
    leftover(&dir.join(format!(".out.crosswalk-new-{pid}")), "half.txt");
    let again = run_guarded(&dir, &coverage_build(&project));
    assert_eq!(again.code, 0, "{}", again.transcript());
    assert_eq!(names(&dir), ["out"]);
    assert!(!dir.join("out/earlier.txt").exists());

    // A folder that only looks like a leftover is never removed.
    let foreign = dir.join(format!(".out.crosswalk-new-{}", dead_pid()));
    fs::create_dir(&foreign).unwrap();
    fs::write(foreign.join("mine.txt"), "mine").unwrap();
    let third = run_guarded(&dir, &coverage_build(&project));
    assert_eq!(third.code, 0, "{}", third.transcript());
    assert_eq!(
        fs::read_to_string(foreign.join("mine.txt")).unwrap(),
        "mine"
    );
    assert!(third.stderr.contains("is left alone"), "{}", third.stderr);
}

#[test]
fn concurrent_builds_into_one_folder_all_end_well() {
    let dir = temp_dir("fs-concurrent");
    let project = root().join("tests/fixtures/build/lending");
    for _ in 0..3 {
        let children: Vec<_> = (0..4)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_crosswalk"))
                    .args(coverage_build(&project))
                    .current_dir(&dir)
                    .env("NO_COLOR", "1")
                    .env("SOURCE_DATE_EPOCH", "0")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("the binary runs")
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            // Waiting is bounded: a run that waited too long names the lock.
            assert!(
                output.status.success() || stderr.contains(".out.crosswalk-lock"),
                "{stderr}"
            );
        }
        assert_eq!(names(&dir), ["out"], "nothing is left beside the output");
        assert!(dir.join("out/index.html").is_file());
    }
}

#[cfg(unix)]
#[test]
fn a_build_waits_for_the_run_holding_the_lock() {
    let dir = temp_dir("fs-lock-wait");
    // This test's own process is alive: its lock is respected.
    fs::write(
        dir.join(".out.crosswalk-lock"),
        format!("{}\n", std::process::id()),
    )
    .unwrap();
    let project = root().join("tests/fixtures/build/lending");
    let child = Command::new(env!("CARGO_BIN_EXE_crosswalk"))
        .args(coverage_build(&project))
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A build of one document takes well under a second; while the lock
    // is held (the run waits up to a minute) nothing is written.
    let mut child = child;
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(100));
        if child.try_wait().unwrap().is_some() {
            break;
        }
    }
    let waiting = child.try_wait().unwrap().is_none();
    if !waiting {
        let _ = fs::remove_file(dir.join(".out.crosswalk-lock"));
    }
    assert!(waiting, "the build did not wait for the lock");
    assert!(
        !dir.join("out").exists(),
        "nothing is written while the lock is held"
    );
    fs::remove_file(dir.join(".out.crosswalk-lock")).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(names(&dir), ["out"]);
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_text() {
    let dir = temp_dir("fs-bom");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(root().join(CLEAN)).unwrap());
    fs::write(dir.join("bom.cw"), &bytes).unwrap();
    let (run, report) = check_json(&dir, &["bom.cw"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(report["errors"], 0, "{report}");
    // A bad byte after it is still counted from the start of the file.
    bytes.extend_from_slice(b"\xFF\n");
    fs::write(dir.join("bom.cw"), &bytes).unwrap();
    let (_, report) = check_json(&dir, &["bom.cw"]);
    let message = report["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.contains(&format!("(byte offset {})", bytes.len() - 2)),
        "{message}"
    );
}
