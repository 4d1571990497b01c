//! `crosswalk explain`: a control, a requirement and a risk, direct and
//! derived, with paths; and the terminal output of `explain`, `coverage`,
//! `frameworks`, `diff --from` and `graph` on hostile text.

use crate::support::crosswalk;

const STATUSES: &str = "tests/fixtures/coverage/statuses";

/// A project with conclusions: R-2 and R-4 are met by controls together,
/// C-4 takes part in two conclusions.
const CONCLUDED: &str = "tests/fixtures/diff/conclusions/head";

#[test]
fn explains_controls_requirements_and_risks() {
    for (name, id, project) in [
        ("control", "C-1", STATUSES),
        ("requirement_derived_two_hops", "third@1:T-1", STATUSES),
        ("requirement_review_only", "other:O-3", STATUSES),
        ("requirement_excluded", "R-6", STATUSES),
        ("example_control", "AI-CM-01", "examples/risk-scoring-api"),
        ("example_risk", "model-drift", "examples/risk-scoring-api"),
        ("requirement_concluded", "demo@1:R-2", CONCLUDED),
        ("control_in_conclusions", "C-4", CONCLUDED),
    ] {
        let run = crosswalk(&["explain", id, project]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        insta::assert_snapshot!(name, run.stdout);
    }
}

#[test]
fn explain_json_names_the_kind() {
    let run = crosswalk(&["explain", "--format", "json", "third@1:T-1", STATUSES]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["kind"], "requirement");
    assert_eq!(json["status"], "derived");
    assert_eq!(json["derived"][0]["path"].as_array().unwrap().len(), 3);
}

#[test]
fn explain_json_shows_conclusions_and_every_review_state() {
    let explain = |id: &str| -> serde_json::Value {
        let run = crosswalk(&["explain", "--format", "json", id, CONCLUDED]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        serde_json::from_str(&run.stdout).unwrap()
    };
    let json = explain("demo@1:R-2");
    assert_eq!(json["status"], "covered");
    assert_eq!(json["covered_by"], "combined");
    let conclusion = &json["conclusion"];
    assert_eq!(conclusion["status"], "approved");
    assert_eq!(conclusion["reviewer"], "Head of internal audit");
    assert_eq!(conclusion["date"], "2026-11-20");
    let members: Vec<(&str, &str, &str)> = conclusion["controls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["target"].as_str().unwrap(),
                m["relationship"].as_str().unwrap(),
                m["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        members,
        [
            ("C-2", "subset", "unreviewed"),
            ("C-3", "intersects", "reviewed"),
            ("C-4", "subset", "unreviewed"),
        ]
    );
    // Every edge has a review state, `unreviewed` when it gives none.
    let states: Vec<&str> = json["controls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["unreviewed", "reviewed", "unreviewed"]);
    // A requirement covered by one mapping has no conclusion.
    let json = explain("demo@1:R-1");
    assert_eq!(json["covered_by"], "direct");
    assert_eq!(json["conclusion"], serde_json::Value::Null);
    assert_eq!(json["controls"][0]["status"], "draft");
    // A control lists the conclusions it takes part in.
    let json = explain("C-4");
    let concluded: Vec<(&str, &str)> = json["conclusions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["requirement"].as_str().unwrap(),
                c["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        concluded,
        [("demo@1:R-2", "approved"), ("demo@1:R-3", "draft")]
    );
    assert_eq!(explain("C-1")["conclusions"], serde_json::json!([]));
}

#[test]
fn explain_on_a_bad_date_is_a_usage_error() {
    for bad in ["2026-13-01", "tomorrow", "2026-02-30"] {
        let run = crosswalk(&["explain", "--on", bad, "demo@1:R-1", CONCLUDED]);
        assert_eq!(run.code, 2, "{bad}: {}", run.transcript());
        assert!(run.stdout.is_empty(), "{bad}: {}", run.stdout);
        assert!(
            run.stderr.contains("write the day as YYYY-MM-DD"),
            "{bad}: {}",
            run.stderr
        );
    }
    let run = crosswalk(&["explain", "--on", "2026-08-02", "demo@1:R-1", CONCLUDED]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn unknown_and_ambiguous_ids_are_input_errors() {
    let run = crosswalk(&["explain", "C-9", STATUSES]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("did you mean `C-1`"), "{}", run.stderr);
    // GOVERN-1.1 is only in the AI RMF; `1` alone is nowhere, `4.1` is in ISO 42001 only.
    assert_eq!(crosswalk(&["explain", "GOVERN-1.1", STATUSES]).code, 0);
}

/// Text that tries to take over a terminal: clear the screen, set the
/// window title, ring the bell, a C1 control sequence introducer, DEL and
/// a right-to-left override.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]0;pwn\u{7}\u{9b}31m\u{7f}\u{202e}evil";

/// A project whose every user text (titles, IDs, owner, description,
/// evidence, test, note, risk, component, publisher, crosswalk source,
/// a conclusion's reason and reviewer) holds [`HOSTILE`], and a title and
/// a reason with a line break.
pub fn hostile_project(name: &str) -> std::path::PathBuf {
    let dir = crate::support::temp_dir(name);
    let h = HOSTILE;
    let text = format!(
        r#"framework demo version "1" "Demo {h}" {{
  publisher "Pub {h}"
  requirement "R-{h}" "Req {h}"
  requirement R-2 "Two"
}}

framework demo version "2" "Demo two" {{
  requirement R-2 "Two again"
}}

crosswalk demo@1 -> demo@2 {{
  source "Source {h}"
  R-2 equal R-2
}}

control C-1 "Title {h}\nsecond line" {{
  owner "Owner {h}"
  description """
    First {h}
    Second
  """
  evidence "Evidence {h}"
  test "Test {h}"
  mitigates hostile-risk
  satisfies demo@1:"R-{h}" equal {{ note "Note {h}" }}
}}

control C-2 "Second" {{
  owner "GRC"
  evidence "E"
  test "T"
  satisfies demo@1:"R-{h}" subset
}}

conclusion demo@1:"R-{h}" {{
  met-by C-1, C-2
  because "Because {h}\nsecond line"
  reviewer "Reviewer {h}"
  date "2026-11-20"
}}

risk hostile-risk "Risk {h}" {{
  description "Described {h}"
  touches demo@1:"R-{h}" because "Because {h}"
}}

system "System {h}" {{
  component "Component {h}" kind model-serving
}}

component-kind model-serving implies hostile-risk
"#
    );
    std::fs::write(dir.join("a.cw"), text).unwrap();
    dir
}

/// Asserts that no control character (other than the output's own line
/// breaks) and no bidirectional control reaches the terminal, and that
/// the escapes of [`HOSTILE`] show instead.
pub fn assert_terminal_safe(output: &str, context: &str) {
    assert_no_controls(output, context);
    assert!(
        output.contains("\\e[2J\\e]0;pwn\\x07\\u{9b}31m\\x7f\\u{202e}evil"),
        "{context} shows no escape:\n{output}"
    );
}

/// Asserts that no control character (other than the output's own line
/// breaks) and no bidirectional control is in `output`.
fn assert_no_controls(output: &str, context: &str) {
    let unsafe_char = output.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    assert_eq!(unsafe_char, None, "{context} prints it raw:\n{output}");
}

#[test]
fn terminal_output_shows_control_characters_escaped() {
    let dir = hostile_project("explain-hostile");
    let requirement = format!("demo@1:R-{HOSTILE}");
    for args in [
        vec!["explain", "C-1", "."],
        vec!["explain", &requirement, "."],
        vec!["explain", "hostile-risk", "."],
        vec!["coverage", "--framework", "demo@1", "."],
        vec!["frameworks", "--project", "."],
        vec!["frameworks", "--project", ".", "show", "demo@1"],
        vec!["diff", "--from", "demo@1", "--to", "demo@2", "."],
    ] {
        let run = crate::support::crosswalk_in(&dir, &args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.transcript());
        assert_terminal_safe(&run.stdout, &format!("{args:?}"));
    }
    // The summary has no user text but the frameworks' keys.
    let run = crate::support::crosswalk_in(&dir, &["coverage", "."]);
    assert_no_controls(&run.stdout, "coverage");
    // A line break inside a title does not break the header line.
    let run = crate::support::crosswalk_in(&dir, &["explain", "C-1", "."]);
    let first = run.stdout.lines().next().unwrap();
    assert!(first.ends_with("\\nsecond line"), "{first}");
    // The description's own lines stay indented under it.
    assert!(
        run.stdout.contains("\\u{202e}evil\n    Second\n"),
        "{}",
        run.stdout
    );
    // The conclusion (C-1 covers the requirement alone, so it is not what
    // covers it): its reason's lines indented, its reviewer escaped.
    let run = crate::support::crosswalk_in(&dir, &["explain", &requirement, "."]);
    for expected in [
        "  concluded to be met by these controls together:\n    equal C-1 (not reviewed, note ",
        "\n    subset C-2 (not reviewed)\n    because: Because \\e[2J\\e]0;pwn\\x07\\u{9b}31m\\x7f\\u{202e}evil\n      second line\n",
        "\n    concluded by: Reviewer \\e[2J\\e]0;pwn\\x07\\u{9b}31m\\x7f\\u{202e}evil\n",
    ] {
        assert!(run.stdout.contains(expected), "{expected}\n{}", run.stdout);
    }
    let run = crate::support::crosswalk_in(&dir, &["explain", "C-2", "."]);
    assert_terminal_safe(&run.stdout, "explain C-2");
    assert!(
        run.stdout
            .contains(" together (not reviewed; reviewer Reviewer \\e[2J"),
        "{}",
        run.stdout
    );
    // An unknown ID is echoed escaped in the error.
    let run = crate::support::crosswalk_in(&dir, &["explain", "X-\u{1b}[2J", "."]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
}

#[test]
fn graph_on_a_terminal_shows_control_characters_visibly() {
    let dir = hostile_project("graph-hostile");
    for format in ["dot", "mermaid"] {
        let run = crate::support::crosswalk_in(&dir, &["graph", "--format", format, "."]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert!(
            !run.stdout
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t')),
            "{format}:\n{}",
            run.stdout
        );
        assert!(
            run.stdout.contains("[U+001B]") && run.stdout.contains("[U+009B]31m"),
            "{format}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn explain_json_of_a_group_says_so_once() {
    // Regression: the entry's kind was written under `kind` too, a second
    // `kind` key that said `group` where the first said `requirement`.
    let run = crosswalk(&["explain", "--format", "json", "demo@1:G-7", STATUSES]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let top_level_kinds = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("  \"kind\":"))
        .count();
    assert_eq!(top_level_kinds, 1, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["kind"], "requirement");
    assert_eq!(json["entry"], "group");
}

#[test]
fn an_unknown_id_is_a_diagnostic_pointing_at_the_argument() {
    let run = crosswalk(&["explain", "--format", "json", "C-9", STATUSES]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["errors"], 1);
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["code"], crosswalk::analysis::explain::UNKNOWN_ID);
    assert_eq!(diagnostic["file"], "command line");
    // `explain C-9`: the value starts at column 9.
    assert_eq!(diagnostic["column"], 9);
    assert_eq!(diagnostic["end_column"], 12);
    assert!(
        diagnostic["help"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `C-1`"),
        "{diagnostic}"
    );
    // As text, on standard error, like every other diagnostic.
    let run = crosswalk(&["explain", "C-9", STATUSES]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("crosswalk::analysis::unknown_id"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`C-9` is no control, risk or requirement of this project"),
        "{}",
        run.stderr
    );
}
