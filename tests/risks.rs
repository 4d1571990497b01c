//! The AI risk register: `crosswalk risks` as text and JSON, the readiness
//! warnings of `crosswalk check`.

use crate::support::crosswalk;

const LENDING_LITE: &str = "tests/fixtures/risks/lending-lite";

#[test]
fn register_as_text_and_json() {
    let run = crosswalk(&["risks", LENDING_LITE]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("lending_lite_text", run.stdout);
    let run = crosswalk(&["risks", "--format", "json", LENDING_LITE]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("lending_lite_json", run.stdout);
}

#[test]
fn check_reports_unmitigated_and_residual_risks_at_their_components() {
    let run = crosswalk(&["check", LENDING_LITE]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("lending_lite_check", run.stderr);
}
