//! `crosswalk diff --from --to`: a project mapped to CSF 1.1 carried to 2.0.

use crate::support::crosswalk;

const PROJECT: &str = "tests/fixtures/diff/csf-1.1-project";

fn changes() -> serde_json::Value {
    let run = crosswalk(&[
        "diff",
        "--from",
        "nist-csf@1.1",
        "--to",
        "nist-csf@2.0",
        "--format",
        "json",
        PROJECT,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).unwrap()
}

fn change_of(json: &serde_json::Value, id: &str) -> String {
    json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} is in CSF 2.0"))["change"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn csf_upgrade_carries_weakens_and_finds_new_requirements() {
    let json = changes();
    // No 1.1 predecessor: new, and so uncovered.
    assert_eq!(change_of(&json, "GV.OV-01"), "new");
    assert_eq!(change_of(&json, "GV.RR-01"), "new");
    // ID.GV-1 is a part of GV.PO-01: full coverage of the old becomes partial.
    assert_eq!(change_of(&json, "GV.PO-01"), "weakened");
    // subset ∘ subset stays a subset: partial coverage carried as partial.
    assert_eq!(change_of(&json, "ID.RA-01"), "partial");
    // Predecessors exist but the project covers none of them.
    assert_eq!(change_of(&json, "GV.OC-01"), "uncovered");
    let new: Vec<&str> = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["change"] == "new")
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(new.len() >= 10, "CSF 2.0 adds governance outcomes: {new:?}");
    let total: u64 = json["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c[1].as_u64().unwrap())
        .sum();
    assert_eq!(total, 106);
}

#[test]
fn diff_report_as_text() {
    let run = crosswalk(&[
        "diff",
        "--from",
        "nist-csf@1.1",
        "--to",
        "nist-csf@2.0",
        PROJECT,
    ]);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn versions_without_a_crosswalk_are_an_input_error() {
    let run = crosswalk(&[
        "diff",
        "--from",
        "soc2@2017",
        "--to",
        "nist-csf@2.0",
        PROJECT,
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no crosswalk joins"), "{}", run.stderr);
}

/// A git repository with two commits of a project: the second weakens one
/// mapping (a regression) and strengthens another (but drops its review
/// status, a downgrade).
fn repository(name: &str) -> std::path::PathBuf {
    let dir = crate::support::temp_dir(name);
    let git = |args: &[&str]| git_in(&dir, args);
    let fixture = crate::support::root().join("tests/fixtures/coverage/statuses");
    std::fs::create_dir_all(dir.join("project")).unwrap();
    for file in ["catalogs.cw", "controls.cw"] {
        std::fs::copy(fixture.join(file), dir.join("project").join(file)).unwrap();
    }
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "base"]);
    let controls = dir.join("project/controls.cw");
    let text = std::fs::read_to_string(&controls).unwrap();
    let text = text
        .replace(
            "satisfies demo@1:R-2 superset",
            "satisfies demo@1:R-2 subset",
        )
        .replace(
            "satisfies demo@1:R-4 subset { status draft }",
            "satisfies demo@1:R-4 equal",
        );
    std::fs::write(&controls, text).unwrap();
    git(&["commit", "-q", "-a", "-m", "change"]);
    dir
}

#[test]
fn base_revision_in_a_git_repository() {
    let dir = repository("diff-git");
    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "HEAD~1", "project"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.stdout);
    let run = crate::support::crosswalk_in(
        &dir,
        &["diff", "--base", "HEAD~1", "--format", "json", "project"],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    // R-2 loses coverage; R-4's edge gains it but drops `status draft`, a
    // review downgrade (draft to unreviewed): two regressions.
    assert_eq!(json["lost_coverage"], 1);
    assert_eq!(json["regressions"], 2);
    assert_eq!(json["downgrades"][0]["control"], "C-5");
    assert_eq!(json["downgrades"][0]["before"], "draft");
    assert_eq!(json["downgrades"][0]["after"], "unreviewed");
    let changed: Vec<(&str, &str, &str)> = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["requirement"].as_str().unwrap(),
                r["before"].as_str().unwrap(),
                r["after"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        changed.contains(&("demo@1:R-2", "covered", "partial")),
        "{changed:?}"
    );
    assert!(
        changed.contains(&("demo@1:R-4", "partial", "covered")),
        "{changed:?}"
    );
    // No change against the current commit.
    let run = crate::support::crosswalk_in(
        &dir,
        &[
            "diff",
            "--base",
            "HEAD",
            "--fail-on",
            "regression",
            "project",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "no coverage change since HEAD\n");
}

#[test]
fn fail_on_regression_sets_the_exit_code() {
    let dir = repository("diff-fail");
    let run = crate::support::crosswalk_in(
        &dir,
        &[
            "diff",
            "--base",
            "HEAD~1",
            "--fail-on",
            "regression",
            "project",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    // The project against itself (as a folder): no regression.
    let run = crate::support::crosswalk_in(
        &dir,
        &[
            "diff",
            "--base",
            "project",
            "--fail-on",
            "regression",
            "project",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    // A revision that does not exist is an input error.
    assert_eq!(
        crate::support::crosswalk_in(&dir, &["diff", "--base", "no-such-rev", "project"]).code,
        2
    );
}

#[test]
fn base_folder_and_markdown_for_a_pull_request() {
    let run = crosswalk(&[
        "diff",
        "--base",
        "tests/fixtures/coverage/statuses",
        "--format",
        "markdown",
        "tests/fixtures/coverage/applicability",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.stdout);
}

/// Parses a SARIF log and asserts that it follows the SARIF 2.1.0 schema.
fn valid_sarif(text: &str) -> serde_json::Value {
    let log: serde_json::Value = serde_json::from_str(text).unwrap();
    let schema_text = std::fs::read_to_string(
        crate::support::root().join("tests/reference/sarif/sarif-schema-2.1.0.json"),
    )
    .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    log
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let dir = repository("diff-sarif");
    let run = crate::support::crosswalk_in(
        &dir,
        &["diff", "--base", "HEAD~1", "--format", "sarif", "project"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let log = valid_sarif(&run.stdout);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let regression = results
        .iter()
        .find(|r| r["level"] == "error")
        .expect("one regression");
    assert_eq!(regression["ruleId"], "coverage-regression");
    let location = &regression["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "project/controls.cw");
    // The line of the weakened `satisfies`.
    let controls = std::fs::read_to_string(dir.join("project/controls.cw")).unwrap();
    let line = usize::try_from(location["region"]["startLine"].as_u64().unwrap()).unwrap();
    assert!(
        controls
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("satisfies demo@1:R-2 subset")
    );
}

/// Runs git in `dir` with a fixed identity.
fn git_in(dir: &std::path::Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// A git repository whose root is the project: `a.cw` maps C-1 to R-1, and
/// `sub/a.cw` (a file of the same name in a subfolder) maps C-2 to R-2.
fn root_repository(name: &str) -> std::path::PathBuf {
    let dir = crate::support::temp_dir(name);
    std::fs::write(
        dir.join("a.cw"),
        "framework demo version \"1\" \"Demo\" {\n  requirement R-1 \"One\"\n  requirement R-2 \"Two\"\n}\n\n\
         control C-1 \"One\" {\n  owner \"GRC\"\n  evidence \"E\"\n  test \"T\"\n  satisfies demo@1:R-1 equal\n}\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("sub/a.cw"),
        "control C-2 \"Two\" {\n  owner \"GRC\"\n  evidence \"E\"\n  test \"T\"\n  satisfies demo@1:R-2 equal\n}\n",
    )
    .unwrap();
    git_in(&dir, &["init", "-q"]);
    git_in(&dir, &["add", "-A"]);
    git_in(&dir, &["commit", "-q", "-m", "base"]);
    dir
}

#[test]
fn base_revision_when_the_project_is_the_repository_root() {
    let dir = root_repository("diff-root");
    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "HEAD", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "no coverage change since HEAD\n");
    // From a subfolder, naming the root by a relative path.
    let run = crate::support::crosswalk_in(&dir.join("sub"), &["diff", "--base", "HEAD", ".."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "no coverage change since HEAD\n");
}

#[test]
fn base_revision_of_one_file_reads_only_that_file() {
    let dir = root_repository("diff-one-file");
    // `p/sub/a.cw` has the same name, but is not the project `p/a.cw`:
    // reading it from the base would show C-2's mapping as removed.
    std::fs::create_dir_all(dir.join("p/sub")).unwrap();
    std::fs::copy(dir.join("a.cw"), dir.join("p/a.cw")).unwrap();
    std::fs::copy(dir.join("sub/a.cw"), dir.join("p/sub/a.cw")).unwrap();
    git_in(&dir, &["add", "-A"]);
    git_in(&dir, &["commit", "-q", "-m", "copy"]);
    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "HEAD", "p/a.cw"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "no coverage change since HEAD\n");
    // Likewise at the repository's root.
    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "HEAD", "a.cw"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "no coverage change since HEAD\n");
}

#[test]
fn base_revisions_that_look_like_options_are_not_options() {
    let dir = root_repository("diff-option");
    for base in ["--output=pwned", "-h", "--all"] {
        let run = crate::support::crosswalk_in(&dir, &["diff", &format!("--base={base}"), "."]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert!(
            run.stderr.contains(&format!("`{base}` is not a commit")),
            "{}",
            run.transcript()
        );
        assert!(!run.stderr.contains("usage:"), "{}", run.transcript());
    }
    assert!(!dir.join("pwned").exists());
}

/// A requirement ID that tries every way out of a pull request comment and
/// of a terminal: backticks to close its code span, an image, HTML, the end
/// of the `<details>` block, a mention, a table pipe, escape sequences (clear
/// the screen, set the window title) and a right-to-left override.
const HOSTILE_ID: &str = "a`b ``c ![x](https://e.test/x.png) <img src=x> </details> @octocat | \u{1b}[2J\u{1b}]0;pwn\u{7} \u{202e}evil";

/// A base folder (named to break out of a code span too) where C-1 maps to
/// R-2, and the current project where it maps to [`HOSTILE_ID`] with a
/// hostile note; returns (folder, base name, project name).
fn hostile_projects(name: &str) -> (std::path::PathBuf, &'static str, &'static str) {
    let dir = crate::support::temp_dir(name);
    let base = "base`@octocat";
    let framework = format!(
        "framework demo version \"1\" \"Demo\" {{\n  requirement \"{HOSTILE_ID}\" \"Title\"\n  requirement R-2 \"Two\"\n}}\n"
    );
    let control = |satisfies: &str| {
        format!(
            "control C-1 \"Control\" {{\n  owner \"GRC\"\n  evidence \"E\"\n  test \"T\"\n  satisfies {satisfies}\n}}\n"
        )
    };
    for (folder, satisfies) in [
        (base, "demo@1:R-2 equal".to_owned()),
        (
            "head",
            format!(
                "demo@1:\"{HOSTILE_ID}\" equal {{ note \"@octocat ![y](https://e.test/y.png) </details> <img src=y>\" }}"
            ),
        ),
    ] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        std::fs::write(
            dir.join(folder).join("a.cw"),
            format!("{framework}\n{}", control(&satisfies)),
        )
        .unwrap();
    }
    (dir, base, "head")
}

/// Splits a line of Markdown into (text outside code spans, the contents
/// of its code spans), the way a Markdown reader reads them: a backslash escapes
/// the next character, and a run of n backticks opens a span that the next
/// run of exactly n backticks closes (one space stripped from each end when
/// both ends have one).
fn code_spans(line: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = line.chars().collect();
    let run_at = |i: usize| chars[i..].iter().take_while(|&&c| c == '`').count();
    let (mut outside, mut spans) = (String::new(), Vec::new());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\\' && i + 1 < chars.len() {
            outside.extend(&chars[i..i + 2]);
            i += 2;
            continue;
        }
        if chars[i] != '`' {
            outside.push(chars[i]);
            i += 1;
            continue;
        }
        let n = run_at(i);
        let mut j = i + n;
        let close = loop {
            if j >= chars.len() {
                break None;
            }
            if chars[j] == '`' {
                let m = run_at(j);
                if m == n {
                    break Some(j);
                }
                j += m;
            } else {
                j += 1;
            }
        };
        if let Some(j) = close {
            let content: String = chars[i + n..j].iter().collect();
            let stripped = content.len() >= 2
                && content.starts_with(' ')
                && content.ends_with(' ')
                && !content.trim().is_empty();
            spans.push(if stripped {
                content[1..content.len() - 1].to_owned()
            } else {
                content
            });
            i = j + n;
        } else {
            outside.extend(&chars[i..i + n]);
            i += n;
        }
    }
    (outside, spans)
}

#[test]
fn pull_request_comment_escapes_user_text() {
    let (dir, base, head) = hostile_projects("diff-hostile-md");
    let run = crate::support::crosswalk_in(
        &dir,
        &["diff", "--base", base, "--format", "markdown", head],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let comment = &run.stdout;
    assert!(
        !comment.contains('\u{1b}') && !comment.contains('\u{202e}'),
        "{comment}"
    );
    // What the ID shows as: its controls visible, nothing lost.
    let shown = HOSTILE_ID
        .replace('\u{1b}', "[U+001B]")
        .replace('\u{7}', "[U+0007]")
        .replace('\u{202e}', "[U+202E]");
    let mut ids = Vec::new();
    for line in comment.lines() {
        let (outside, spans) = code_spans(line);
        // Outside code spans, no markup of the user's survives and no one is
        // mentioned; inside them, all is text.
        for markup in ["![", "<img", "@octocat", "</details>"] {
            assert!(
                !outside.contains(markup) || line == "</details>",
                "`{markup}` escapes in: {line}"
            );
        }
        if line.starts_with('|') {
            // A table row keeps its four cells; `\|` is a pipe of the cell.
            let cells = outside.replace("\\|", "").matches('|').count() - 1;
            assert_eq!(cells, 4, "{line}");
            ids.extend(spans.iter().map(|s| s.replace("\\|", "|")));
        } else {
            ids.extend(spans);
        }
    }
    assert!(
        ids.contains(&format!("demo@1:{shown}")),
        "{ids:?}\n{comment}"
    );
    assert!(ids.contains(&"base`@octocat".to_owned()), "{ids:?}");
    // Our own `<details>` block is still one block.
    let closing = comment
        .lines()
        .filter(|l| code_spans(l).0.contains("</details>"))
        .count();
    assert_eq!(closing, 1, "{comment}");
}

#[test]
fn terminal_output_shows_control_characters_escaped() {
    let (dir, base, head) = hostile_projects("diff-hostile-text");
    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", base, head]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        !run.stdout.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\\e[2J\\e]0;pwn\\x07 \\u{202e}evil: uncovered → covered"),
        "{}",
        run.stdout
    );
    // One line per requirement and per mapping, after the summary.
    assert_eq!(run.stdout.lines().count(), 1 + 2 + 1 + 2, "{}", run.stdout);
}

/// A base and a head project with conclusions: R-2's conclusion gains a
/// control, a reason and approval; R-3's is downgraded from approved to
/// draft by another reviewer; R-4 goes from one `equal` mapping to two
/// controls together (a new, unreviewed conclusion); R-5's conclusion is
/// removed (combined to partial); C-1's mapping to R-1 goes from approved
/// to draft and C-4's to R-7 from draft to approved; the crosswalk pair
/// that derived O-1 is found not to hold (derived to uncovered).
const CONCLUSIONS: &str = "tests/fixtures/diff/conclusions";

fn conclusions_diff(format: &str) -> crate::support::Run {
    crosswalk(&[
        "diff",
        "--base",
        &format!("{CONCLUSIONS}/base"),
        "--format",
        format,
        &format!("{CONCLUSIONS}/head"),
    ])
}

#[test]
fn conclusions_added_removed_and_changed_as_text_and_markdown() {
    let run = conclusions_diff("text");
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("conclusions_text", run.stdout);
    let run = conclusions_diff("markdown");
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("conclusions_markdown", run.stdout);
}

#[test]
fn conclusions_added_removed_and_changed_as_json() {
    let run = conclusions_diff("json");
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let conclusions: Vec<(&str, &str, Vec<&str>)> = json["conclusions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["requirement"].as_str().unwrap(),
                c["kind"].as_str().unwrap(),
                c["changed"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f.as_str().unwrap())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        conclusions,
        [
            (
                "demo@1:R-2",
                "changed",
                vec!["controls", "because", "status"]
            ),
            ("demo@1:R-3", "changed", vec!["reviewer", "date", "status"]),
            ("demo@1:R-4", "added", vec![]),
            ("demo@1:R-5", "removed", vec![]),
        ]
    );
    let r2 = &json["conclusions"][0];
    assert_eq!(r2["before"]["status"], "reviewed");
    assert_eq!(r2["after"]["status"], "approved");
    assert_eq!(r2["after"]["controls"][2]["control"], "C-4");
    assert!(
        r2["after"]["because"]
            .as_str()
            .unwrap()
            .contains("privileged access management")
    );
    // An added conclusion without a status is unreviewed; a removed one
    // keeps its state before.
    assert_eq!(json["conclusions"][2]["after"]["status"], "unreviewed");
    assert_eq!(json["conclusions"][2]["before"], serde_json::Value::Null);
    assert_eq!(json["conclusions"][3]["before"]["reviewer"], "GRC lead");
    assert_eq!(json["conclusions"][3]["after"], serde_json::Value::Null);
    // The downgrades, both states written.
    let downgrades: Vec<(&str, &str, &str, &str)> = json["downgrades"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["of"].as_str().unwrap(),
                d["requirement"].as_str().unwrap(),
                d["before"].as_str().unwrap(),
                d["after"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        downgrades,
        [
            ("mapping", "demo@1:R-1", "approved", "draft"),
            ("conclusion", "demo@1:R-3", "approved", "draft"),
        ]
    );
    assert_eq!(json["downgrades"][0]["control"], "C-1");
    // Coverage: direct to combined is a change, combined to partial a
    // regression, derived to uncovered none.
    let requirements: Vec<(&str, &str, &str, bool)> = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["requirement"].as_str().unwrap(),
                r["before_covered_by"].as_str().unwrap_or("-"),
                r["after_covered_by"].as_str().unwrap_or("-"),
                r["regression"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        requirements,
        [
            ("demo@1:R-4", "direct", "combined", false),
            ("demo@1:R-5", "combined", "-", true),
            ("other@1:O-1", "-", "-", false),
        ]
    );
    assert_eq!(json["requirements"][1]["after"], "partial");
    assert_eq!(json["requirements"][2]["before"], "derived");
    assert_eq!(json["requirements"][2]["after"], "uncovered");
    assert_eq!(json["lost_coverage"], 1);
    assert_eq!(json["regressions"], 3);
    // The removed conclusion is located at a mapping of its controls that
    // is still in the current files.
    let location = &json["conclusions"][3]["location"];
    assert_eq!(location["file"], format!("{CONCLUSIONS}/head/controls.cw"));
    let controls = std::fs::read_to_string(
        crate::support::root()
            .join(CONCLUSIONS)
            .join("head/controls.cw"),
    )
    .unwrap();
    let line = usize::try_from(location["line"].as_u64().unwrap()).unwrap();
    assert!(
        controls
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("satisfies demo@1:R-5"),
        "line {line}"
    );
}

/// Two copies of the conclusions fixture's base in a temporary folder: `a`
/// as it is, `b` with each `(file, from, to)` replacement made (each
/// `from` must be there). Returns the folder.
fn variant(name: &str, edits: &[(&str, &str, &str)]) -> std::path::PathBuf {
    let dir = crate::support::temp_dir(name);
    let base = crate::support::root().join(CONCLUSIONS).join("base");
    for folder in ["a", "b"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        for file in ["catalog.cw", "controls.cw", "conclusions.cw"] {
            std::fs::copy(base.join(file), dir.join(folder).join(file)).unwrap();
        }
    }
    for (file, from, to) in edits {
        let path = dir.join("b").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    dir
}

/// `crosswalk diff --base BASE --fail-on regression HEAD` in `dir`.
fn fail_on_regression(dir: &std::path::Path, base: &str, head: &str) -> crate::support::Run {
    crate::support::crosswalk_in(
        dir,
        &["diff", "--base", base, "--fail-on", "regression", head],
    )
}

#[test]
fn review_downgrades_fail_on_regression_and_upgrades_do_not() {
    for (name, edit, subject, before, after, upgrade) in [
        (
            "mapping",
            (
                "controls.cw",
                "satisfies demo@1:R-1 equal {\n    status approved",
                "satisfies demo@1:R-1 equal {\n    status draft",
            ),
            "mapping C-1 → demo@1:R-1",
            "approved",
            "draft",
            "    ~ C-1 → demo@1:R-1 (equal, status draft ⇒ equal, status approved)\n",
        ),
        (
            "conclusion",
            ("conclusions.cw", "status approved", "status draft"),
            "conclusion demo@1:R-3",
            "approved",
            "draft",
            "    ~ demo@1:R-3: status changed\n        status: draft ⇒ approved\n",
        ),
        (
            "conclusion-unreviewed",
            ("conclusions.cw", "  status draft\n", ""),
            "conclusion demo@1:R-5",
            "draft",
            "not reviewed",
            "    ~ demo@1:R-5: status changed\n        status: not reviewed ⇒ draft\n",
        ),
    ] {
        let dir = variant(&format!("diff-downgrade-{name}"), &[edit]);
        // a → b lowers the review status: a regression, though no
        // requirement changes coverage.
        let run = fail_on_regression(&dir, "a", "b");
        assert_eq!(run.code, 1, "{name}: {}", run.transcript());
        assert!(
            run.stdout
                .contains(&format!("  ! {subject}: {before} → {after}\n")),
            "{name}: {}",
            run.stdout
        );
        assert!(
            run.stdout
                .starts_with("since a: 0 requirement(s) changed status, 0 lost coverage;"),
            "{name}: {}",
            run.stdout
        );
        // Without `--fail-on` it is reported, and the exit code is 0.
        let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "a", "b"]);
        assert_eq!(run.code, 0, "{name}: {}", run.transcript());
        // b → a raises it: a change, no regression.
        let run = fail_on_regression(&dir, "b", "a");
        assert_eq!(run.code, 0, "{name}: {}", run.transcript());
        assert!(!run.stdout.contains("review downgrade"), "{}", run.stdout);
        assert!(run.stdout.contains(upgrade), "{name}: {}", run.stdout);
    }
}

#[test]
fn derived_to_uncovered_is_no_regression() {
    let dir = variant(
        "diff-derived",
        &[("catalog.cw", "R-6 equal O-1", "R-6 no-relationship O-1")],
    );
    for (base, head, before, after) in [
        ("a", "b", "derived", "uncovered"),
        ("b", "a", "uncovered", "derived"),
    ] {
        let run = fail_on_regression(&dir, base, head);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert!(
            run.stdout
                .contains(&format!("    other@1:O-1: {before} → {after}\n")),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn direct_to_combined_is_a_change_and_combined_to_partial_a_regression() {
    let combined = [
        (
            "controls.cw",
            "satisfies demo@1:R-4 equal",
            "satisfies demo@1:R-4 subset",
        ),
        (
            "controls.cw",
            "satisfies demo@1:R-3 subset\n",
            "satisfies demo@1:R-3 subset\n  satisfies demo@1:R-4 subset\n",
        ),
        (
            "conclusions.cw",
            "conclusion demo@1:R-5 {",
            "conclusion demo@1:R-4 {\n  met-by C-2, C-3\n  because \"Together.\"\n  reviewer \"GRC lead\"\n  date \"2026-12-01\"\n}\n\nconclusion demo@1:R-5 {",
        ),
    ];
    let dir = variant("diff-combined", &combined);
    let run = fail_on_regression(&dir, "a", "b");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout
            .contains("    demo@1:R-4: covered (direct) → covered (combined)\n"),
        "{}",
        run.stdout
    );
    // Back from combined to direct: a change too.
    assert_eq!(fail_on_regression(&dir, "b", "a").code, 0);
    // R-5 without its conclusion: combined to partial, a regression.
    let dir = variant(
        "diff-partial",
        &[(
            "conclusions.cw",
            "\nconclusion demo@1:R-5 {\n  met-by C-3, C-4\n  because \"Each control removes one kind of access.\"\n  reviewer \"GRC lead\"\n  date \"2026-10-01\"\n  status draft\n}\n",
            "",
        )],
    );
    let run = fail_on_regression(&dir, "a", "b");
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout
            .contains("  ! demo@1:R-5: covered (combined) → partial\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn sarif_lists_review_downgrades_and_conclusion_changes() {
    let run = conclusions_diff("sarif");
    assert_eq!(run.code, 0, "{}", run.transcript());
    let log = valid_sarif(&run.stdout);
    let results: Vec<(&str, &str, &str)> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap(),
                r["level"].as_str().unwrap(),
                r["message"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    for expected in [
        (
            "review-downgrade",
            "error",
            "mapping C-1 → demo@1:R-1: review approved → draft",
        ),
        (
            "review-downgrade",
            "error",
            "conclusion demo@1:R-3: review approved → draft",
        ),
        (
            "conclusion-change",
            "note",
            "conclusion on demo@1:R-2: changed (controls, because, status)",
        ),
        (
            "conclusion-change",
            "note",
            "conclusion on demo@1:R-4: added",
        ),
        (
            "coverage-regression",
            "error",
            "demo@1:R-5: covered (combined) → partial",
        ),
        (
            "coverage-change",
            "note",
            "other@1:O-1: derived → uncovered",
        ),
    ] {
        assert!(results.contains(&expected), "{expected:?} in {results:#?}");
    }
    // The conclusion's downgrade points at the conclusion in the current
    // files.
    let downgrade = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("conclusion demo@1:R-3")
        })
        .unwrap();
    let location = &downgrade["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        format!("{CONCLUSIONS}/head/conclusions.cw")
    );
    let text = std::fs::read_to_string(
        crate::support::root()
            .join(CONCLUSIONS)
            .join("head/conclusions.cw"),
    )
    .unwrap();
    let line = usize::try_from(location["region"]["startLine"].as_u64().unwrap()).unwrap();
    assert_eq!(text.lines().nth(line - 1), Some("conclusion demo@1:R-3 {"));
}

/// Text that tries to leave a pull request comment's list item and a
/// terminal's line: a mention, an image, HTML, the end of the `<details>`
/// block, a code span, a line that starts a heading, escape sequences and
/// a right-to-left override.
const HOSTILE_TEXT: &str = "@octocat ![x](https://e.test/x.png) <img src=x> </details> `code`\n# Heading \u{1b}[2J\u{1b}]0;pwn\u{7} \u{202e}evil";

#[test]
fn conclusion_text_is_escaped_in_markdown_and_on_the_terminal() {
    // In a `.cw` string the line break is written `\n`.
    let hostile = HOSTILE_TEXT.replace('\n', "\\n");
    let r5 = "\nconclusion demo@1:R-5 {\n  met-by C-3, C-4\n  because \"Each control removes one kind of access.\"";
    // R-3's reason and reviewer change to the hostile text; R-5's
    // conclusion is new, with the hostile text as its reason.
    let dir = variant(
        "diff-hostile-conclusion",
        &[
            (
                "conclusions.cw",
                "because \"Leavers lose ordinary and privileged access alike.\"\n  reviewer \"Head of internal audit\"",
                &format!("because \"{hostile}\"\n  reviewer \"{hostile}\""),
            ),
            (
                "conclusions.cw",
                "because \"Each control removes one kind of access.\"",
                &format!("because \"{hostile}\""),
            ),
        ],
    );
    let base = dir.join("a/conclusions.cw");
    let text = std::fs::read_to_string(&base).unwrap();
    let cut = text.find(r5).expect("R-5's conclusion");
    std::fs::write(&base, &text[..=cut]).unwrap();

    let run =
        crate::support::crosswalk_in(&dir, &["diff", "--base", "a", "--format", "markdown", "b"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let comment = &run.stdout;
    assert!(
        !comment.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{comment}"
    );
    for line in comment.lines() {
        let (outside, _) = code_spans(line);
        for markup in ["![", "<img", "@octocat", "</details>", "`code`"] {
            assert!(
                !outside.contains(markup) || line == "</details>",
                "`{markup}` escapes in: {line}"
            );
        }
        assert!(
            !line.starts_with('#') || line.starts_with("### Compliance"),
            "{line}"
        );
    }
    // Each conclusion is one list item on one line, its text escaped.
    let shown = "@&#8203;octocat \\!\\[x\\](https://e.test/x.png) &lt;img src=x&gt; &lt;/details&gt; \\`code\\` \\# Heading \\[U+001B\\]\\[2J\\[U+001B\\]\\]0;pwn\\[U+0007\\] [U+202E]evil";
    let item = |start: &str| {
        comment
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no `{start}` in:\n{comment}"))
    };
    let changed = item("- changed `demo@1:R-3`: because: ");
    assert!(
        changed.contains(&format!(
            "⇒ “{shown}”; reviewer: Head of internal audit ⇒ {shown}"
        )),
        "{changed}"
    );
    let added = item("- added `demo@1:R-5`: ");
    assert!(added.ends_with(&format!("because: {shown}")), "{added}");

    let run = crate::support::crosswalk_in(&dir, &["diff", "--base", "a", "b"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        !run.stdout.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{}",
        run.stdout
    );
    // A reason's lines stay indented under it, its controls escaped.
    let reason = "@octocat ![x](https://e.test/x.png) <img src=x> </details> `code`\n          # Heading \\e[2J\\e]0;pwn\\x07 \\u{202e}evil\n";
    for expected in [
        format!("        because now: {reason}"),
        format!("        because: {reason}"),
    ] {
        assert!(run.stdout.contains(&expected), "{expected}\n{}", run.stdout);
    }
    // A reviewer stays on one line.
    assert!(
        run.stdout.contains(
            "        reviewer: Head of internal audit ⇒ @octocat ![x](https://e.test/x.png) <img src=x> </details> `code`\\n# Heading \\e[2J"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_new_version_that_marks_entries_informative_carries_nothing_to_them() {
    let run = crosswalk(&[
        "diff",
        "--from",
        "act@1",
        "--to",
        "act@2",
        "--format",
        "json",
        "tests/fixtures/coverage/eu_basis/annex_iii.cw",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    // act@2 marks its classification rules informative: no obligation, so
    // neither "uncovered" nor "new".
    for id in ["CLS.P1", "USES.5(b)", "CLS.DEF"] {
        assert_eq!(change_of(&json, id), "informative", "{id}");
    }
    assert_eq!(change_of(&json, "HR.1"), "direct");
    assert_eq!(change_of(&json, "HR.2"), "uncovered");
    assert_eq!(change_of(&json, "TR.1"), "new");
    let counts: Vec<(String, u64)> = json["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().to_owned(), c[1].as_u64().unwrap()))
        .collect();
    assert_eq!(counts.last(), Some(&("informative".to_owned(), 3)));
    let text = crosswalk(&[
        "diff",
        "--from",
        "act@1",
        "--to",
        "act@2",
        "tests/fixtures/coverage/eu_basis/annex_iii.cw",
    ]);
    assert!(
        text.stdout
            .contains("\nCLS.DEF                informative  from CLS.DEF\n"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_covered_requirement_that_becomes_informative_is_no_regression() {
    let dir = crate::support::temp_dir("informative-no-regression");
    let fixture = std::fs::read_to_string(
        crate::support::root().join("tests/fixtures/coverage/eu_basis/annex_iii.cw"),
    )
    .unwrap();
    // Before: act@2's classification rules are obligations, and RM-01
    // meets one of them in full. After: the catalog marks them informative.
    let informative = "  group CLS \"Classification rules\" {\n    informative\n";
    assert!(fixture.contains(informative));
    let before = fixture
        .replacen(informative, "  group CLS \"Classification rules\" {\n", 1)
        .replacen(
            "satisfies act@2:CLS.DEF related",
            "satisfies act@2:CLS.DEF equal",
            1,
        );
    let after = fixture.replacen(
        "satisfies act@2:CLS.DEF related",
        "satisfies act@2:CLS.DEF equal",
        1,
    );
    for (folder, text) in [("a", &before), ("b", &after)] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        std::fs::write(dir.join(folder).join("project.cw"), text).unwrap();
    }
    let run = crate::support::crosswalk_in(
        &dir,
        &[
            "diff",
            "--base",
            "a",
            "--format",
            "json",
            "--fail-on",
            "regression",
            "b",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let change = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["requirement"] == "act@2:CLS.DEF")
        .unwrap_or_else(|| panic!("{}", run.stdout))
        .clone();
    assert_eq!(change["before"], "covered");
    assert_eq!(change["after"], "informative");
    assert_eq!(change["regression"], false);
    assert_eq!(json["regressions"], 0);
}

/// The first diagnostic of a `diff --from --to --format json` that fails.
fn diff_error(from: &str, to: &str) -> serde_json::Value {
    let run = crosswalk(&[
        "diff", "--from", from, "--to", to, "--format", "json", PROJECT,
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["errors"], 1, "{json}");
    json["diagnostics"][0].clone()
}

#[test]
fn an_unknown_framework_or_version_is_a_diagnostic_pointing_at_the_argument() {
    let unknown = diff_error("nist-cfs@1.1", "nist-csf@2.0");
    assert_eq!(unknown["code"], crosswalk::cli::UNKNOWN_FRAMEWORK);
    assert_eq!(unknown["file"], "command line");
    assert_eq!(unknown["column"], 8);
    assert!(
        unknown["help"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `nist-csf`?"),
        "{unknown}"
    );
    let version = diff_error("nist-csf@1.1", "nist-csf@9");
    assert_eq!(version["code"], crosswalk::cli::UNKNOWN_VERSION);
    assert_eq!(
        version["message"],
        "framework `nist-csf` has no version `9` loaded"
    );
    let several = diff_error("nist-csf", "nist-csf@2.0");
    assert_eq!(several["code"], crosswalk::cli::AMBIGUOUS_FRAMEWORK);
}

#[test]
fn versions_without_a_crosswalk_are_a_diagnostic_at_their_declarations() {
    let diagnostic = diff_error("soc2@2017", "nist-csf@2.0");
    assert_eq!(
        diagnostic["code"],
        crosswalk::analysis::version_diff::NO_CROSSWALK
    );
    assert_eq!(
        diagnostic["message"],
        "no crosswalk joins `soc2@2017` and `nist-csf@2.0`"
    );
    // At the new version's declaration, the old one's beside it.
    assert!(
        diagnostic["file"]
            .as_str()
            .unwrap()
            .contains("nist-csf-2.0"),
        "{diagnostic}"
    );
    assert!(
        diagnostic["related"][0]["file"]
            .as_str()
            .unwrap()
            .contains("soc2-2017"),
        "{diagnostic}"
    );
}
