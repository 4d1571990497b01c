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
