//! The ISO/IEC 42001 Statement of Applicability against clause 6.1.3, end
//! to end on `tests/fixtures/build/applicability`: the organisation's own
//! justification or "justification not stated", the declared
//! implementation status or "not stated" (never one derived from the
//! mappings), the header with the stated fields and the absent one marked
//! missing, the HTML page beside the Markdown, CSV and XLSX, and the
//! warnings that list what is not stated.

use std::fs;
use std::path::{Path, PathBuf};

use crosswalk::render::escape::starts_formula;

use crate::build::{csv_records, sheet};
use crate::support::{crosswalk, crosswalk_env, root, temp_dir};

/// The fixture project.
const PROJECT: &str = "tests/fixtures/build/applicability";

/// The document's files, without the output folder.
const SOA: &str = "statement-of-applicability/iso42001-2023";

/// Every justification the fixture states, as written.
const STATED: &[&str] = &[
    "Risk R-12: an unapproved model version reaches production; the change board treats it.",
    "Drift monitoring is being rolled out after the `2026-Q3` incident.",
    "The AI policy frames the management system; <b>board</b> sign-off pending | see minutes.",
    "=Poor training data skews scores; lenders rely on data quality.",
    "The service has no end users: lenders receive scores through the API.",
    "No third party supplies or receives AI components.",
];

/// Builds the fixture (at a fixed date) into a fresh folder.
fn build(name: &str) -> PathBuf {
    let out = temp_dir(name).join("out");
    let run = crosswalk_env(
        root(),
        &["build", PROJECT, "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1795824000")],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    out
}

fn text(out: &Path, extension: &str) -> String {
    let path = out.join(format!("{SOA}.{extension}"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The CSV's data rows, each as its fields, with the `'` the CSV puts
/// before a field that would start a formula taken off again (the XLSX
/// keeps such text as it is, in a text cell).
fn rows(out: &Path) -> Vec<Vec<String>> {
    let records: Vec<Vec<String>> = csv_records(&text(out, "csv"))
        .into_iter()
        .map(|record| {
            record
                .into_iter()
                .map(|field| match field.strip_prefix('\'') {
                    Some(rest) if starts_formula(rest) => rest.to_owned(),
                    _ => field,
                })
                .collect()
        })
        .collect();
    assert_eq!(
        records[0],
        [
            "Objective",
            "Control",
            "Title",
            "Included",
            "Justification",
            "Implementation status (declared)",
            "Implemented by (mapped controls)",
            "Coverage by the mapped controls",
            "Risks in the register (context)",
            "Conclusion (controls together)",
        ]
    );
    records[1..].to_vec()
}

fn row<'r>(rows: &'r [Vec<String>], id: &str) -> &'r [String] {
    rows.iter()
        .find(|r| r[1] == id)
        .unwrap_or_else(|| panic!("{id} is listed"))
}

#[test]
fn the_markdown_html_and_csv_match_their_snapshots() {
    let out = build("soa-snapshots");
    for extension in ["md", "html", "csv"] {
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(
                format!("statement_of_applicability_{extension}"),
                text(&out, extension)
            );
        });
    }
}

#[test]
fn every_justification_is_the_projects_own_or_says_it_is_not_stated() {
    let out = build("soa-justification");
    let rows = rows(&out);
    assert_eq!(
        rows.len(),
        38,
        "every Annex A control of ISO/IEC 42001:2023"
    );
    for r in &rows {
        let justification = r[4].as_str();
        let own = STATED.iter().any(|stated| {
            justification == *stated
                || justification
                    .strip_prefix(stated)
                    .is_some_and(|rest| rest.starts_with(" (stated for A.") && rest.ends_with(')'))
        });
        assert!(
            own || justification == "justification not stated",
            "{}: `{justification}` is not a justification the project states",
            r[1]
        );
        // Neither included nor excluded: nothing is stated, nothing made up.
        assert_eq!(
            r[3] == "not stated",
            justification == "justification not stated",
            "{}",
            r[1]
        );
    }
    assert_eq!(row(&rows, "A.3.2")[4], "justification not stated");
    assert_eq!(row(&rows, "A.6.2.5")[4], STATED[0]);
    assert_eq!(
        row(&rows, "A.2.3")[4],
        format!("{} (stated for A.2)", STATED[2])
    );
    assert_eq!(row(&rows, "A.10.4")[3], "no");
    assert_eq!(
        row(&rows, "A.10.4")[4],
        format!("{} (stated for A.10)", STATED[5])
    );
    // The sentences the document used to make up appear nowhere.
    for extension in ["md", "html", "csv"] {
        let document = text(&out, extension);
        for generated in [
            "needed by the AI management system",
            "Included to treat",
            "Included:",
        ] {
            assert!(
                !document.contains(generated),
                "{extension}: `{generated}` is a generated justification"
            );
        }
    }
    // A risk of the register is context in its own column, never the
    // justification.
    let deployment = row(&rows, "A.6.2.5");
    assert_eq!(
        deployment[8],
        "Model change without approval (unapproved-model-change)"
    );
    let markdown = text(&out, "md");
    let not_stated = markdown
        .lines()
        .find(|l| l.starts_with("| A.3.2 "))
        .unwrap();
    assert!(
        not_stated.contains("| not stated | **justification not stated** | **not stated** |"),
        "{not_stated}"
    );
}

#[test]
fn the_implementation_status_is_the_declared_one_never_the_mappings() {
    let out = build("soa-status");
    let rows = rows(&out);
    let status = |id: &str| row(&rows, id)[5].clone();
    assert_eq!(status("A.6.2.5"), "implemented");
    assert_eq!(status("A.6.2.6"), "in progress");
    assert_eq!(status("A.2.2"), "planned");
    assert_eq!(status("A.8.2"), "not applicable (excluded)");
    assert_eq!(status("A.3.2"), "not stated");
    // A.7.4 is mapped `equal` by a reviewed control, and its include states
    // no status: the document says so rather than "implemented".
    let data = row(&rows, "A.7.4");
    assert_eq!(
        data[6],
        "DQ-01 Training data quality checks (equal, reviewed)"
    );
    assert_eq!(data[5], "not stated");
    // What the mapping makes of it is shown beside, never in its place.
    assert_eq!(data[7], "covered");
    // A.6.2.6 is implemented by no control and its declared status stands.
    assert_eq!(row(&rows, "A.6.2.6")[6], "");
    // The workbook says the same, cell for cell.
    let workbook = sheet(
        &out.join(format!("{SOA}.xlsx")),
        "Statement of Applicability",
    );
    assert_eq!(workbook[1..], rows[..]);
}

#[test]
fn the_header_gives_the_stated_fields_and_marks_the_absent_one_missing() {
    let out = build("soa-header");
    let markdown = text(&out, "md");
    for line in [
        "- Version: 2.1",
        "- Date: 2026-11-20",
        "- Approved by: Chief executive officer",
        "- Scope of the AI management system: **missing** (add `scope \"…\"`)",
        "Of 38 Annex A controls: 6 included, 4 excluded, 28 with no decision stated (neither included nor excluded, so no justification); 1 of the included with no implementation status stated.",
    ] {
        assert!(
            markdown.lines().any(|l| l == line),
            "missing line `{line}`:\n{markdown}"
        );
    }
    let html = text(&out, "html");
    assert!(html.contains("<tr><th scope=\"row\">Version</th><td>2.1</td></tr>"));
    assert!(html.contains(
        "<tr><th scope=\"row\">Scope of the AI management system</th><td><span class=\"missing\"><strong>Missing:</strong>"
    ));
    // The justification's inline code is code, its markup text.
    assert!(html.contains("after the <code>2026-Q3</code> incident."));
    assert!(html.contains("&lt;b&gt;board&lt;&#x2f;b&gt;"));
    assert!(html.contains("<tr id=\"A.6.2.5\">"));
    // index.html links the page beside the others.
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("href=\"statement-of-applicability&#x2f;iso42001-2023.html\""));
}

#[test]
fn a_project_without_a_block_marks_every_header_field_missing() {
    let out = temp_dir("soa-no-block").join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--out",
            out.to_str().unwrap(),
            "--only",
            "soa",
        ],
        &[("SOURCE_DATE_EPOCH", "1795824000")],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let markdown = text(&out, "md");
    for field in [
        "Version",
        "Date",
        "Approved by",
        "Scope of the AI management system",
    ] {
        assert!(
            markdown.contains(&format!("- {field}: **missing**")),
            "{field}:\n{markdown}"
        );
    }
    assert!(markdown.contains(
        "> **Missing:** the project has no `statement-of-applicability iso42001@2023 { … }` block"
    ));
}

#[test]
fn the_warnings_list_the_controls_not_stated_and_the_includes_without_status() {
    let run = crosswalk(&["check", "--format", "json", PROJECT]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let find = |code: &str| {
        let found: Vec<&serde_json::Value> = diagnostics
            .iter()
            .filter(|d| d["code"] == format!("crosswalk::lint::{code}"))
            .collect();
        assert_eq!(found.len(), 1, "one `{code}` warning: {found:#?}");
        found[0]
    };
    // The controls the warning lists are exactly those the document says
    // "justification not stated" for.
    let out = build("soa-warnings");
    let not_stated: Vec<String> = rows(&out)
        .into_iter()
        .filter(|r| r[3] == "not stated")
        .map(|r| r[1].clone())
        .collect();
    assert_eq!(not_stated.len(), 28);
    let warning = find("applicability_not_stated");
    assert_eq!(
        warning["message"],
        "28 Annex A controls of `iso42001@2023` have neither `include` nor `exclude`: the Statement of Applicability says \"justification not stated\" for them"
    );
    let help = warning["help"].as_str().unwrap();
    assert!(
        help.ends_with(&format!("Not stated: {}", not_stated.join(", "))),
        "{help}"
    );
    for stated in ["A.2.2", "A.6.2.5", "A.7.4", "A.8.2", "A.10.2"] {
        assert!(!not_stated.iter().any(|id| id == stated), "{stated}");
    }
    // Only A.7.4 is included without a status.
    let status = find("implementation_status_not_stated");
    assert!(
        status["help"].as_str().unwrap().ends_with(": A.7.4"),
        "{status}"
    );
    // The block states all but the scope; every warning points at it.
    let incomplete = find("incomplete_statement_of_applicability");
    assert_eq!(
        incomplete["message"],
        "the Statement of Applicability of `iso42001@2023` gives no `scope`: the document marks it missing"
    );
    for d in [warning, status, incomplete] {
        assert!(d["file"].as_str().unwrap().ends_with("soa.cw"), "{d}");
        assert_eq!(d["line"], 2, "{d}");
    }
    assert!(
        !diagnostics
            .iter()
            .any(|d| d["code"] == "crosswalk::lint::missing_statement_of_applicability")
    );
}
