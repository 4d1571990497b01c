//! The evidence request list end to end (`tests/fixtures/build/evidence`):
//! evidence items with their own frequency or their control's, every
//! retention form normalised, the SOC 2 criteria and test procedures as
//! columns, numbers as number cells in XLSX, the HTML page, and the warning
//! for an automated control whose test samples.

use calamine::Data;

use crate::build::{build, chromium, csv_records, screenshot, sheet_cells, text};
use crate::support::crosswalk;

const FIXTURE: &str = "tests/fixtures/build/evidence";

/// The record of one control and evidence item.
fn record<'r>(records: &'r [Vec<String>], control: &str, evidence: &str) -> &'r [String] {
    records
        .iter()
        .find(|r| r[0] == control && r[4] == evidence)
        .unwrap_or_else(|| panic!("{control} / {evidence} is listed"))
}

#[test]
fn the_csv_and_html_match_their_snapshots() {
    let (out, run) = build(FIXTURE, "evidence-snapshots", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let csv = text(&out, "evidence-requests/evidence-requests.csv");
    let html = text(&out, "evidence-requests/evidence-requests.html");
    insta::assert_snapshot!("evidence_requests_csv", csv);
    insta::assert_snapshot!("evidence_requests_html", html);
    // The index links the page.
    let index = text(&out, "index.html");
    assert!(
        index.contains(r#"href="evidence-requests&#x2f;evidence-requests.html""#),
        "{index}"
    );
}

#[test]
fn an_item_has_its_own_frequency_or_its_controls() {
    let (out, run) = build(FIXTURE, "evidence-frequency", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = csv_records(&text(&out, "evidence-requests/evidence-requests.csv"));
    assert_eq!(
        records[0],
        [
            "Control",
            "Control title",
            "Owner",
            "Control frequency",
            "Evidence",
            "Evidence frequency",
            "System",
            "Retention",
            "Population (12 months)",
            "Sample",
            "SOC 2 criteria",
            "Test procedure"
        ]
    );
    // A monthly report of a continuous control: twelve of them, and the
    // control is automated (a test of one).
    let report = record(&records, "LOG-01", "Monthly log completeness report");
    assert_eq!(
        report[3..6],
        ["continuous", "Monthly log completeness report", "monthly"]
    );
    assert_eq!(report[8], "12");
    assert!(
        report[9].starts_with("1 (test of one automated control)"),
        "{report:?}"
    );
    // Its other item takes the control's frequency.
    let config = record(&records, "LOG-01", "Log pipeline configuration");
    assert_eq!(config[5], "continuous");
    assert_eq!(config[8], "many times a day");
    // A manual quarterly control: its quarterly item 4 and 2, its annual
    // item 1 and 1.
    let review = record(&records, "AR-01", "Signed access review");
    assert_eq!(review[5..10], ["quarterly", "GRC tool", "1 year", "4", "2"]);
    let attestation = record(&records, "AR-01", "Annual access policy attestation");
    assert_eq!(
        attestation[5..10],
        ["annual", "GRC tool", "2 years", "1", "1"]
    );
    // Over six months the annual item may not occur.
    let (out, run) = build(FIXTURE, "evidence-six-months", &["--period-months", "6"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = csv_records(&text(&out, "evidence-requests/evidence-requests.csv"));
    assert_eq!(records[0][8], "Population (6 months)");
    let attestation = record(&records, "AR-01", "Annual access policy attestation");
    assert_eq!(
        attestation[8..10],
        [
            "0–1, may not occur in the period",
            "0–1, may not occur in the period"
        ]
    );
    let report = record(&records, "LOG-01", "Monthly log completeness report");
    assert_eq!(report[8], "6");
    let html = text(&out, "evidence-requests/evidence-requests.html");
    assert!(html.contains("Period: <strong>6 months</strong>"), "{html}");
}

#[test]
fn retention_is_normalised_and_criteria_and_tests_are_columns() {
    let (out, run) = build(FIXTURE, "evidence-columns", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = csv_records(&text(&out, "evidence-requests/evidence-requests.csv"));
    let retention = |control, evidence| record(&records, control, evidence)[7].clone();
    assert_eq!(
        retention("LOG-01", "Monthly log completeness report"),
        "5 years"
    );
    assert_eq!(
        retention("LOG-01", "Log pipeline configuration"),
        "18 months"
    );
    assert_eq!(retention("CM-01", "Pipeline run history"), "90 days");
    assert_eq!(
        retention("CM-01", "Weekly gate exceptions digest"),
        "6 weeks"
    );
    assert_eq!(retention("AR-01", "Signed access review"), "1 year");
    // The SOC 2 criteria the mappings meet: `related` meets none, and the
    // ISO/IEC 42001 mapping is not a SOC 2 criterion.
    let review = record(&records, "AR-01", "Signed access review");
    assert_eq!(review[10], "CC6.2");
    assert_eq!(
        review[11],
        "Select a sample of two quarterly reviews and trace removals to tickets.\nInspect the annual attestation."
    );
    let report = record(&records, "LOG-01", "Monthly log completeness report");
    assert_eq!(report[10], "CC7.2, CC7.3");
    // A control with no evidence keeps its row, and maps to no SOC 2
    // criterion.
    let human = record(&records, "HR-01", "(no evidence declared)");
    assert_eq!(human[5], "daily");
    assert_eq!(human[10], "");
}

#[test]
fn numbers_are_number_cells_in_the_workbook() {
    let (out, run) = build(FIXTURE, "evidence-xlsx", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = sheet_cells(
        &out.join("evidence-requests/evidence-requests.xlsx"),
        "Evidence requests",
    );
    let row = |control: &str, evidence: &str| {
        rows.iter()
            .find(|r| {
                r[0] == Data::String(control.to_owned())
                    && r[4] == Data::String(evidence.to_owned())
            })
            .unwrap_or_else(|| panic!("{control} / {evidence}"))
    };
    let review = row("AR-01", "Signed access review");
    assert_eq!(review[8], Data::Float(4.0));
    assert_eq!(review[9], Data::Float(2.0));
    let report = row("LOG-01", "Monthly log completeness report");
    assert_eq!(report[8], Data::Float(12.0));
    // A population in words, and the automated control's sample, stay text.
    assert!(matches!(&report[9], Data::String(s) if s.starts_with("1 (test of one")));
    let config = row("LOG-01", "Log pipeline configuration");
    assert_eq!(config[8], Data::String("many times a day".to_owned()));
    let human = row("HR-01", "(no evidence declared)");
    assert_eq!(human[8], Data::String("about 250 working days".to_owned()));
    assert_eq!(human[9], Data::Float(25.0));
    // Every population and sample cell is a number exactly when the CSV
    // writes digits.
    let records = csv_records(&text(&out, "evidence-requests/evidence-requests.csv"));
    assert_eq!(records.len(), rows.len());
    for (record, cells) in records.iter().zip(&rows).skip(1) {
        for column in [8, 9] {
            let digits = record[column].bytes().all(|b| b.is_ascii_digit());
            assert_eq!(
                matches!(cells[column], Data::Float(_)),
                digits,
                "{record:?} column {column}: {:?}",
                cells[column]
            );
        }
    }
}

#[test]
fn the_html_page_has_no_raw_backtick_and_anchors_each_control() {
    let (out, run) = build(FIXTURE, "evidence-html", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = text(&out, "evidence-requests/evidence-requests.html");
    assert!(
        html.contains("Inspect the <code>log-shipper</code> configuration"),
        "{html}"
    );
    let mut outside = String::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<code>") {
        outside.push_str(&rest[..start]);
        let end = rest[start..]
            .find("</code>")
            .expect("a closed code element");
        rest = &rest[start + end..];
    }
    outside.push_str(rest);
    assert!(!outside.contains('`'), "a raw backtick outside <code>");
    for control in ["LOG-01", "CM-01", "AR-01", "HR-01"] {
        assert_eq!(
            html.matches(&format!(r#"id="control-{control}""#)).count(),
            1,
            "{control}"
        );
    }
}

#[test]
fn an_automated_control_whose_test_samples_is_warned_about() {
    let run = crosswalk(&["check", "--format", "json", FIXTURE]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let sampled: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "crosswalk::lint::automated_control_sampled")
        .collect();
    // CM-01 only: LOG-01 is automated but tested once, AR-01 samples but is
    // manual.
    assert_eq!(sampled.len(), 1, "{}", run.stdout);
    assert_eq!(sampled[0]["severity"], "warning");
    assert!(
        sampled[0]["message"]
            .as_str()
            .unwrap()
            .contains("control `CM-01` is automated"),
        "{}",
        sampled[0]
    );
    assert_eq!(sampled[0]["line"], 43);
}

#[test]
fn the_html_page_opens_in_chromium_and_is_screenshotted() {
    let Some(browser) = chromium() else {
        return;
    };
    let (out, run) = build(FIXTURE, "evidence-chromium", &["--only", "evidence"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = out.join("evidence-requests/evidence-requests.html");
    screenshot(&browser, &page, "evidence-requests.png");
}
