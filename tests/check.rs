//! `crosswalk check` on every fixture: the rendered report (no colour, 80
//! columns) and the JSON, snapshotted with the fixture as the description.

use crate::support::{crosswalk, relative, root};

#[test]
fn text_reports() {
    insta::glob!("fixtures/check/*.cw", |path| {
        let source = std::fs::read_to_string(path).expect("fixture");
        let run = crosswalk(&["check", &relative(path)]);
        insta::with_settings!({ description => source, omit_expression => true }, {
            insta::assert_snapshot!(run.transcript());
        });
    });
}

#[test]
fn json_reports() {
    insta::glob!("fixtures/check/*.cw", |path| {
        let run = crosswalk(&["check", "--format", "json", &relative(path)]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("check prints JSON");
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(format!("exit code: {}\n{}", run.code, run.stdout));
        });
        // Every diagnostic carries the fields CI tools read.
        for d in json["diagnostics"].as_array().expect("a diagnostics array") {
            for field in ["code", "severity", "file", "line", "column", "message"] {
                assert!(!d[field].is_null(), "{field} in {d}");
            }
        }
    });
}

#[test]
fn projects_spanning_several_files() {
    insta::glob!("fixtures/projects/*", |path| {
        let run = crosswalk(&["check", &relative(path)]);
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(run.transcript());
        });
    });
}

#[test]
fn an_unknown_subcategory_points_at_the_token_and_suggests_its_family() {
    let run = crosswalk(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/check/unknown_requirement.cw",
    ]);
    assert_eq!(run.code, 2);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "crosswalk::resolve::unknown_requirement");
    let source =
        std::fs::read_to_string(root().join("tests/fixtures/check/unknown_requirement.cw"))
            .unwrap();
    let line = source
        .lines()
        .nth(usize::try_from(first["line"].as_u64().unwrap()).unwrap() - 1)
        .unwrap();
    let column = usize::try_from(first["column"].as_u64().unwrap()).unwrap() - 1;
    let end = usize::try_from(first["end_column"].as_u64().unwrap()).unwrap() - 1;
    assert_eq!(&line[column..end], "GOVERN-1.8");
    let help = first["help"].as_str().unwrap();
    assert!(help.contains("`GOVERN-1.7`"), "{help}");
    assert!(!help.contains("GOVERN-2"), "{help}");
}

#[test]
fn warnings_fail_only_when_denied() {
    let path = "tests/fixtures/check/warnings.cw";
    assert_eq!(crosswalk(&["check", path]).code, 0);
    assert_eq!(crosswalk(&["check", "--deny-warnings", path]).code, 1);
}

#[test]
fn a_missing_project_is_an_input_error() {
    let run = crosswalk(&["check", "tests/fixtures/no-such-folder"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("crosswalk::input::unreadable")
            && run
                .stderr
                .contains("cannot read `tests/fixtures/no-such-folder`"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_snapshot_belongs_to_a_test_input() {
    // Snapshots of removed fixtures would otherwise linger unnoticed.
    for entry in std::fs::read_dir(root().join("tests/snapshots")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            path.extension().is_some_and(|e| e == "snap"),
            "stray file in tests/snapshots: {name}"
        );
        let Some((test, input)) = name.trim_end_matches(".snap").split_once('@') else {
            continue; // A snapshot without an input file.
        };
        if test == "integration__build__build_lending" {
            // Named after the rendered file, which the file list names.
            let list = std::fs::read_to_string(
                root().join("tests/snapshots/integration__build__build_file_list.snap"),
            )
            .unwrap();
            assert!(
                list.lines()
                    .any(|l| l.trim().trim_matches([',', '"']).replace(['/', '.'], "_") == input),
                "{name} names no rendered file of the build file list"
            );
            continue;
        }
        let folder = match test {
            "integration__check__text_reports" | "integration__check__json_reports" => {
                "tests/fixtures/check"
            }
            "integration__check__projects_spanning_several_files" => "tests/fixtures/projects",
            other => panic!("unknown glob snapshot {other}"),
        };
        assert!(
            root().join(folder).join(input).exists(),
            "{name} has no input {folder}/{input}"
        );
    }
}

/// `(code, line, related lines)` of every diagnostic `check --format json`
/// reports for a fixture, with its help checked present.
fn located(fixture: &str) -> Vec<(String, u64, Vec<u64>)> {
    let run = crosswalk(&["check", "--format", "json", fixture]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("check prints JSON");
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert!(
                d["help"].as_str().is_some_and(|h| !h.is_empty()),
                "no help: {d}"
            );
            let related = d["related"]
                .as_array()
                .map(|r| r.iter().map(|l| l["line"].as_u64().unwrap()).collect())
                .unwrap_or_default();
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                related,
            )
        })
        .collect()
}

fn expect_located(fixture: &str, expected: &[(&str, u64, &[u64])]) {
    let expected: Vec<(String, u64, Vec<u64>)> = expected
        .iter()
        .map(|(code, line, related)| (format!("crosswalk::{code}"), *line, related.to_vec()))
        .collect();
    assert_eq!(located(fixture), expected, "{fixture}");
}

#[test]
fn conclusion_errors_point_at_the_statement_and_what_it_contradicts() {
    expect_located(
        "tests/fixtures/check/conclusion_errors.cw",
        &[
            ("resolve::conclusion_control_unmapped", 25, &[19]),
            ("resolve::unknown_control", 25, &[]),
            ("resolve::conclusion_needs_controls", 25, &[25]),
            ("resolve::incomplete_conclusion", 32, &[]),
            ("resolve::conclusion_needs_controls", 33, &[]),
            ("resolve::conclusion_control_unmapped", 39, &[11]),
            ("resolve::empty_justification", 40, &[]),
            ("resolve::duplicate_conclusion", 46, &[24]),
        ],
    );
}

#[test]
fn contradictions_show_both_places() {
    expect_located(
        "tests/fixtures/check/contradiction_errors.cw",
        &[
            ("resolve::duplicate_mapping", 15, &[14]),
            ("resolve::duplicate_mapping", 17, &[16]),
            ("resolve::duplicate_exclusion", 21, &[20]),
            ("resolve::duplicate_exclusion", 23, &[22]),
        ],
    );
    expect_located(
        "tests/fixtures/check/contradiction_warnings.cw",
        &[
            ("lint::missing_frequency", 8, &[]),
            ("lint::excluded_but_mapped", 12, &[28]),
            ("lint::placeholder_justification", 25, &[]),
            ("lint::placeholder_justification", 29, &[]),
            ("lint::conclusion_not_needed", 31, &[13]),
            ("lint::placeholder_justification", 33, &[]),
        ],
    );
}

#[test]
fn unreviewed_edges_are_one_warning_per_file() {
    expect_located(
        "tests/fixtures/check/review_state.cw",
        &[("lint::not_reviewed", 13, &[])],
    );
    let run = crosswalk(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/check/review_state.cw",
    ]);
    assert!(
        run.stdout.contains(
            "2 mappings (1 not reviewed, 1 draft) and 1 conclusion not reviewed in this file reach the auditor documents"
        ),
        "{}",
        run.stdout
    );
    // The bundled example's hundreds of edges give at most one warning per file.
    let run = crosswalk(&["check", "--format", "json", "examples/risk-scoring-api"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut files: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "crosswalk::lint::not_reviewed")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    let count = files.len();
    files.dedup();
    assert_eq!(files.len(), count, "one warning per file");
}
