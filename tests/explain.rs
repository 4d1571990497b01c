//! `crosswalk explain`: a control, a requirement and a risk, direct and
//! derived, with paths.

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
