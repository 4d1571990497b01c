//! `crosswalk explain`: a control, a requirement and a risk, direct and
//! derived, with paths; and the terminal output of `explain`, `coverage`,
//! `frameworks`, `diff --from` and `graph` on hostile text.

use crate::support::crosswalk;

const STATUSES: &str = "tests/fixtures/coverage/statuses";

#[test]
fn explains_controls_requirements_and_risks() {
    for (name, id, project) in [
        ("control", "C-1", STATUSES),
        ("requirement_derived_two_hops", "third@1:T-1", STATUSES),
        ("requirement_review_only", "other:O-3", STATUSES),
        ("requirement_excluded", "R-6", STATUSES),
        ("example_control", "AI-CM-01", "examples/risk-scoring-api"),
        ("example_risk", "model-drift", "examples/risk-scoring-api"),
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
/// evidence, test, note, risk, component, publisher, crosswalk source)
/// holds [`HOSTILE`], and a title with a line break.
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
