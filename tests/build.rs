//! `crosswalk build`: every text document snapshotted on a fixture project,
//! XLSX read back cell by cell, each escape proven on hostile input,
//! byte-identical rebuilds, template diagnostics, a staged output folder,
//! and the HTML pages opened in headless Chromium.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::support::{Run, crosswalk_env, root, temp_dir};

/// A fixed build date: 2026-11-28.
const EPOCH: &str = "1795824000";

/// Builds `project` into a fresh folder and returns the folder.
pub(crate) fn build(project: &str, name: &str, extra: &[&str]) -> (PathBuf, Run) {
    let out = temp_dir(name).join("out");
    let mut args = vec!["build", project, "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = crosswalk_env(root(), &args, &[("SOURCE_DATE_EPOCH", EPOCH)]);
    (out, run)
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    collect(dir, dir, &mut found);
    found
}

fn collect(base: &Path, dir: &Path, found: &mut BTreeMap<String, Vec<u8>>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(base, &path, found);
        } else {
            let name = path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            found.insert(name, fs::read(&path).unwrap());
        }
    }
}

/// Whether a file name has this extension.
fn has_extension(name: &str, extension: &str) -> bool {
    Path::new(name).extension().is_some_and(|e| e == extension)
}

pub(crate) fn text(out: &Path, file: &str) -> String {
    fs::read_to_string(out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_text_document_of_the_fixture_matches_its_snapshot() {
    let (out, run) = build("tests/fixtures/build/lending", "snapshots", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = files(&out);
    let names: Vec<&String> = all.keys().collect();
    insta::assert_debug_snapshot!("build_file_list", names);
    for (name, bytes) in &all {
        if has_extension(name, "xlsx") || name == ".crosswalk-build" {
            continue;
        }
        let text = String::from_utf8(bytes.clone()).expect("text documents are UTF-8");
        insta::with_settings!({ snapshot_suffix => name.replace(['/', '.'], "_"), omit_expression => true }, {
            insta::assert_snapshot!("build_lending", text);
        });
    }
}

#[test]
fn every_document_shows_combined_coverage_and_unreviewed_mappings() {
    // The fixture's SOC 2 CC7.1 is met by three `subset` controls and a
    // conclusion without a status; ISO/IEC 42001 A.6.2.5 by two, with a
    // reviewed conclusion. Most mappings give no status.
    let (out, run) = build("tests/fixtures/build/lending", "combined", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sentence = "covered by these controls together: VUL-01 (subset, not reviewed), MON-01 (subset, not reviewed), CM-01 (subset, reviewed); concluded by Head of internal audit on 2026-11-20 (review status: not reviewed); because: Scanning finds";
    let iso = "covered by these controls together: CM-01 (subset, approved), VUL-01 (subset, not reviewed); concluded by AI governance lead on 2026-11-21 (review status: reviewed)";
    for (file, expected) in [
        (
            "control-matrix/soc2-2017.csv",
            &[
                "\"covered (combined, conclusion not reviewed)\",VUL-01",
                sentence,
                ",not reviewed,",
            ][..],
        ),
        (
            "control-matrix/soc2-2017.md",
            &[
                "| covered (combined, conclusion not reviewed) | VUL-01",
                sentence,
                "| not reviewed |",
            ],
        ),
        (
            "control-matrix/soc2-2017.html",
            &[
                "<td rowspan=\"4\"><span class=\"status status-covered-combined\">covered (combined, conclusion not reviewed)</span>",
                sentence,
                "<td>not reviewed</td>",
            ],
        ),
        ("control-matrix/iso42001-2023.md", &[iso]),
        (
            "control-matrix/controls.md",
            &[
                "| CC7.1 (subset, not reviewed) | iso42001@2023:A.6.2.5: covered by these controls together",
            ],
        ),
        (
            "control-matrix/controls.html",
            &["<strong>soc2@2017:CC7.1</strong>: ", sentence],
        ),
        (
            "control-matrix/controls.csv",
            &["soc2@2017:CC7.1: ", sentence],
        ),
        (
            "auditor-mapping/soc2-2017.md",
            &[
                "## CC7.1 Vulnerability and configuration monitoring (covered by these controls together; conclusion not reviewed)",
                "- VUL-01 Vulnerability and image scanning: subset, not reviewed\n- MON-01 Drift and accuracy monitoring: subset, not reviewed\n- CM-01 Model change approval: subset, reviewed",
                "Concluded by Head of internal audit on 2026-11-20. Review status of the conclusion: not reviewed.",
                "- Relationship: superset\n- Review status: not reviewed",
            ],
        ),
        (
            "auditor-mapping/soc2-2017.html",
            &[
                "<dt>Concluded by</dt><dd>Head of internal audit</dd>\n<dt>Date</dt><dd>2026-11-20</dd>\n<dt>Review status</dt><dd>not reviewed</dd>",
                "<dt>Review status</dt><dd>not reviewed</dd>",
            ],
        ),
        (
            "auditor-mapping/iso42001-2023.md",
            &[
                "Concluded by AI governance lead on 2026-11-21. Review status of the conclusion: reviewed.",
            ],
        ),
        (
            "coverage/coverage.md",
            &[
                "| soc2@2017 | 4/41 (9%) | 3 | 1 | 2 | 0 | 35 | 0 | 0 | 20 |",
                "### Covered by controls together",
                "| Head of internal audit | 2026-11-20 | not reviewed |",
                "| CC6.1 | Logical access architecture | partial | AC-01 (intersects, not reviewed) |",
            ],
        ),
        (
            "coverage/coverage.html",
            &[
                "<title>covered (combined): 1</title>",
                "<h3>Covered by controls together</h3>",
            ],
        ),
        (
            "coverage/coverage.json",
            &["\"covered_by\": \"combined\"", "\"status\": \"unreviewed\""],
        ),
        (
            "statement-of-applicability/iso42001-2023.md",
            &[
                "| **not stated** | CM-01 Model change approval (subset, approved); VUL-01",
                iso,
                "(equal, not reviewed)",
            ],
        ),
        (
            "statement-of-applicability/iso42001-2023.csv",
            &[
                ",not stated,\"CM-01 Model change approval (subset, approved)\nVUL-01",
                iso,
            ],
        ),
        (
            "system-description/system-description.md",
            &[
                "- CC7.1 Vulnerability and configuration monitoring: ",
                sentence,
            ],
        ),
        ("system-description/system-description.html", &[sentence]),
        (
            "index.html",
            &["<tr><td>soc2@2017</td><td>4/41 (9%)</td><td>3</td><td>1</td>"],
        ),
    ] {
        let document = text(&out, file);
        for piece in expected {
            assert!(document.contains(piece), "{file} lacks `{piece}`");
        }
    }
    // Derived is never counted as coverage, and every page with the
    // headline figure says what it means.
    for file in [
        "coverage/coverage.md",
        "coverage/coverage.html",
        "index.html",
    ] {
        assert!(
            text(&out, file).contains("Partial and derived requirements are not covered: derived is a crosswalk suggestion for review, never coverage."),
            "{file}"
        );
    }
}

#[test]
fn building_twice_gives_identical_bytes() {
    let (first, run) = build("tests/fixtures/build/lending", "twice-a", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (second, run) = build("tests/fixtures/build/lending", "twice-b", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(bytes == &b[name], "{name} differs between two builds");
    }
    // A rebuild into the same folder replaces it and gives the same files.
    let again = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--out",
            first.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", EPOCH)],
    );
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(files(&first), a);
}

#[test]
fn the_date_comes_from_source_date_epoch_and_is_absent_without_it() {
    let (out, _) = build(
        "tests/fixtures/build/lending",
        "dated",
        &["--only", "coverage"],
    );
    assert!(text(&out, "coverage/coverage.md").contains("Date: 2026-11-28."));
    let plain = temp_dir("undated").join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--only",
            "coverage",
            "--out",
            plain.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!text(&plain, "coverage/coverage.md").contains("Date:"));
    let bad = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--out",
            plain.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "yesterday")],
    );
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("SOURCE_DATE_EPOCH"), "{}", bad.stderr);
}

/// The cells of a sheet, row by row, as calamine reads them.
pub(crate) fn sheet_cells(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> = open_workbook(path).unwrap();
    let range = workbook.worksheet_range(name).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The cells of a sheet as text, row by row: text as it is, a number cell
/// as its digits (the documents write whole numbers only).
pub(crate) fn sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    sheet_cells(path, name)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| match cell {
                    Data::String(s) => s,
                    Data::Empty => String::new(),
                    Data::Float(n) if n.fract() == 0.0 => n.to_string(),
                    other => {
                        panic!("only text and whole-number cells are written, found {other:?}")
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn xlsx_workbooks_read_back_cell_by_cell() {
    let (out, run) = build("tests/fixtures/build/lending", "xlsx", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let matrix = out.join("control-matrix/control-matrix.xlsx");
    let workbook: Xlsx<_> = open_workbook(&matrix).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        ["iso42001@2023", "nist-ai-rmf@1.0", "soc2@2017", "Controls"]
    );
    let soc2 = sheet(&matrix, "soc2@2017");
    assert_eq!(
        soc2[0][..6],
        [
            "Requirement",
            "Title",
            "Status",
            "Control",
            "Control title",
            "Relationship"
        ]
    );
    let change = soc2.iter().find(|r| r[0] == "CC8.1").expect("a CC8.1 row");
    assert_eq!(
        change[..9],
        [
            "CC8.1",
            "Change management",
            "covered",
            "CM-01",
            "Model change approval",
            "equal",
            "reviewed",
            "ML platform lead",
            "per-change"
        ]
    );
    assert_eq!(change[9], "Approved change records");
    let uncovered = soc2.iter().find(|r| r[0] == "CC9.2").expect("a CC9.2 row");
    assert_eq!(uncovered[2], "uncovered");
    assert_eq!(uncovered[3], "");
    // A mapping without a status says so; the cell is never blank.
    let access = soc2.iter().find(|r| r[0] == "CC6.1").expect("a CC6.1 row");
    assert_eq!(access[6], "not reviewed");
    // Three subset controls and a conclusion: each control keeps its own
    // relationship, the status says combined, the notes give the
    // conclusion.
    let together: Vec<&Vec<String>> = soc2.iter().filter(|r| r[0] == "CC7.1").collect();
    let members: Vec<(&str, &str, &str, &str)> = together
        .iter()
        .map(|r| (r[2].as_str(), r[3].as_str(), r[5].as_str(), r[6].as_str()))
        .collect();
    assert_eq!(
        members,
        [
            // The conclusion has no review status, and the status says so.
            (
                "covered (combined, conclusion not reviewed)",
                "CM-01",
                "subset",
                "reviewed"
            ),
            (
                "covered (combined, conclusion not reviewed)",
                "MON-01",
                "subset",
                "not reviewed"
            ),
            (
                "covered (combined, conclusion not reviewed)",
                "VUL-01",
                "subset",
                "not reviewed"
            ),
        ]
    );
    for row in &together {
        assert!(
            row[11].starts_with("covered by these controls together: VUL-01 (subset, not reviewed), MON-01 (subset, not reviewed), CM-01 (subset, reviewed); concluded by Head of internal audit on 2026-11-20 (review status: not reviewed); because: Scanning finds"),
            "{}",
            row[11]
        );
    }
    let controls = sheet(&matrix, "Controls");
    assert_eq!(
        controls[0],
        [
            "Control",
            "Title",
            "Owner",
            "Frequency",
            "iso42001@2023",
            "nist-ai-rmf@1.0",
            "soc2@2017",
            "Conclusions (controls together)"
        ]
    );
    assert_eq!(controls[1][0], "AC-01");
    assert_eq!(
        controls[1][6],
        "CC6.1 (intersects, not reviewed)\nCC6.2 (equal, not reviewed)"
    );
    assert_eq!(controls[1][7], "");
    let scanning = controls
        .iter()
        .find(|r| r[0] == "VUL-01")
        .expect("VUL-01 is listed");
    let taken: Vec<&str> = scanning[7]
        .lines()
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(taken, ["iso42001@2023:A.6.2.5", "soc2@2017:CC7.1"]);

    let soa = out.join("statement-of-applicability/iso42001-2023.xlsx");
    let rows = sheet(&soa, "Statement of Applicability");
    let excluded = rows
        .iter()
        .find(|r| r[1] == "A.10.4")
        .expect("A.10.4 is listed");
    assert_eq!(excluded[3], "no");
    assert_eq!(
        excluded[4],
        "The service is provided as an API; no customer deploys our models."
    );
    assert_eq!(excluded[5], "not applicable (excluded)");
    let monitored = rows
        .iter()
        .find(|r| r[1] == "A.6.2.6")
        .expect("A.6.2.6 is listed");
    assert_eq!(
        monitored[3..],
        [
            // Neither included nor excluded: nothing is made up, and the
            // `equal` mapping does not make it "implemented".
            "not stated",
            "justification not stated",
            "not stated",
            "MON-01 Drift and accuracy monitoring (equal, not reviewed)",
            "covered",
            "Inference timeouts in human decision workflows (inference-timeout-in-decisions)\nModel and data drift (model-drift)\nModel extraction through the inference API (model-extraction)\nModel-serving availability and fallback (serving-unavailable)",
            ""
        ]
    );
    let deployment = rows
        .iter()
        .find(|r| r[1] == "A.6.2.5")
        .expect("A.6.2.5 is listed");
    // The controls together beside it; its status is the project's to
    // declare (this fixture declares none), never "implemented (combined)".
    assert_eq!(
        deployment[5..8],
        [
            "not stated",
            "CM-01 Model change approval (subset, approved)\nVUL-01 Vulnerability and image scanning (subset, not reviewed)",
            "covered (combined)",
        ]
    );
    assert!(
        deployment[9].starts_with("covered by these controls together: CM-01 (subset, approved), VUL-01 (subset, not reviewed); concluded by AI governance lead on 2026-11-21 (review status: reviewed); because: "),
        "{}",
        deployment[9]
    );
    // Every Annex A control is in the SoA: 38 of them.
    assert_eq!(rows.len() - 1, 38);

    let evidence = sheet(
        &out.join("evidence-requests/evidence-requests.xlsx"),
        "Evidence requests",
    );
    assert_eq!(evidence[0][8], "Population (12 months)");
    let review = evidence
        .iter()
        .find(|r| r[0] == "AC-01")
        .expect("AC-01 is listed");
    assert_eq!(
        review[4..],
        [
            "Signed access review",
            "quarterly",
            "GRC tool",
            "3 years",
            "4",
            "2",
            "CC6.1, CC6.2",
            "Inspect two quarterly reviews and trace removals to tickets."
        ]
    );
}

#[test]
fn the_evidence_period_changes_populations_and_samples() {
    let (out, run) = build(
        "tests/fixtures/build/lending",
        "period",
        &["--only", "evidence", "--period-months", "6"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let csv = text(&out, "evidence-requests/evidence-requests.csv");
    assert!(csv.contains("Population (6 months)"), "{csv}");
    assert!(
        csv.contains(
            "AC-01,Access reviews,Security lead,quarterly,Signed access review,quarterly,GRC tool,3 years,2,2"
        ),
        "{csv}"
    );
    assert!(csv.contains("HR-01,Human review of low scores,Head of credit operations,daily,(no evidence declared),daily,,,about 125 working days,25"), "{csv}");
}

#[test]
fn only_renders_the_chosen_documents() {
    let (out, run) = build(
        "tests/fixtures/build/lending",
        "only",
        &["--only", "soa", "--only", "graph"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names: Vec<String> = files(&out).into_keys().collect();
    assert_eq!(
        names,
        [
            ".crosswalk-build",
            "graph/graph.dot",
            "graph/graph.mmd",
            "index.html",
            "statement-of-applicability/iso42001-2023.csv",
            "statement-of-applicability/iso42001-2023.html",
            "statement-of-applicability/iso42001-2023.md",
            "statement-of-applicability/iso42001-2023.xlsx",
        ]
    );
}

#[test]
fn html_escapes_every_payload() {
    let (out, run) = build("tests/fixtures/build/injection", "inject-html", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (name, bytes) in files(&out) {
        if !has_extension(&name, "html") {
            continue;
        }
        let page = String::from_utf8(bytes).unwrap();
        for raw in [
            "<script>alert",
            "<img src=x",
            "<iframe",
            "<b>bold</b>",
            "<b>html</b>",
        ] {
            assert!(!page.contains(raw), "{name} lets `{raw}` through");
        }
    }
    let mapping = text(&out, "auditor-mapping/soc2-2017.html");
    assert!(
        mapping.contains(
            "Title &lt;script&gt;alert(&#x27;title&#x27;)&lt;&#x2f;script&gt; | with pipe"
        )
    );
    assert!(mapping.contains("&lt;script&gt;alert(&#x27;description&#x27;)&lt;&#x2f;script&gt;"));
    assert!(mapping.contains("@evidence &lt;iframe src=x&gt;"));
    assert!(mapping.contains("note &lt;b&gt;html&lt;&#x2f;b&gt; | pipe"));
    let description = text(&out, "system-description/system-description.html");
    assert!(description.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(description.contains("@SUM(1+1) | &lt;b&gt;bold&lt;&#x2f;b&gt;"));
}

/// The cells of a Markdown table row, split on unescaped `|`.
fn cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in row.trim().trim_matches('|').chars() {
        if escaped {
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            current.push(c);
            escaped = true;
        } else if c == '|' {
            cells.push(current.trim().to_owned());
            current.clear();
        } else {
            current.push(c);
        }
    }
    cells.push(current.trim().to_owned());
    cells
}

#[test]
fn markdown_keeps_tables_whole_and_markup_inert() {
    let (out, run) = build("tests/fixtures/build/injection", "inject-md", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (name, bytes) in files(&out) {
        if !has_extension(&name, "md") {
            continue;
        }
        let doc = String::from_utf8(bytes).unwrap();
        assert!(
            !doc.contains("<script>"),
            "{name} lets a script tag through"
        );
        // Every row of a table has as many cells as its header.
        let mut width = None;
        for line in doc.lines() {
            if line.starts_with('|') {
                let n = cells(line).len();
                match width {
                    None => width = Some(n),
                    Some(w) => assert_eq!(n, w, "{name}: a row breaks its table: {line}"),
                }
            } else {
                width = None;
            }
        }
        // User text never starts a heading or a list of its own.
        assert!(!doc.contains("\n# not a heading"), "{name}");
        assert!(!doc.contains("\n- not a list"), "{name}");
    }
    let matrix = text(&out, "control-matrix/soc2-2017.md");
    let row = matrix.lines().find(|l| l.starts_with("| CC6.1 ")).unwrap();
    let row = cells(row);
    assert_eq!(
        row[3],
        "INJ-01 Title &lt;script&gt;alert('title')&lt;/script&gt; \\| with pipe"
    );
    // The value's line break is wrapping: a space; a leading `+` cannot
    // start a list.
    assert_eq!(row[9], "\\+test \\| pipe new line");
    let description = text(&out, "system-description/system-description.md");
    assert!(description.contains(
        "&lt;img src=x onerror=alert(1)&gt; and a \\| pipe\n\\# not a heading\n\\- not a list"
    ));
}

#[test]
fn csv_and_xlsx_cells_cannot_start_a_formula() {
    let (out, run) = build("tests/fixtures/build/injection", "inject-csv", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let csv = text(&out, "evidence-requests/evidence-requests.csv");
    // The first row ends in the test procedure, whose line break is kept in
    // its quoted field.
    let row = csv.split("\r\n").nth(1).unwrap();
    assert_eq!(
        row,
        "INJ-01,Title <script>alert('title')</script> | with pipe,'=1+1,monthly,'@evidence <iframe src=x>,monthly,\"'-system\"\"quoted\"\"\",7 years,12,2,CC6.1,\"'+test | pipe\nnew line\""
    );
    let matrix = text(&out, "control-matrix/soc2-2017.csv");
    assert!(matrix.contains(",\"'+test | pipe\nnew line\","), "{matrix}");
    // A `;` separates fields in some locales' imports: such a field is
    // quoted, so `=cmd` cannot start a cell of its own.
    let second = csv.split("\r\n").nth(2).unwrap();
    assert!(second.contains(",\"x;=cmd|' /C calc'!A0\","), "{second}");
    assert!(second.contains(",\"'\tleading tab\","), "{second}");
    // No field of any CSV starts with a formula character.
    for (name, bytes) in files(&out) {
        if !has_extension(&name, "csv") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        for line in text.split("\r\n") {
            for field in line.split(',') {
                let field = field.trim_start_matches('"');
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: `{field}` could run as a formula"
                );
            }
        }
    }
    // XLSX: the payloads are text cells (never formulas) with Excel's quote
    // prefix set on their format.
    let path = out.join("evidence-requests/evidence-requests.xlsx");
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    let formulas = workbook.worksheet_formula("Evidence requests").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    let rows = sheet(&path, "Evidence requests");
    assert_eq!(rows[1][2], "=1+1");
    assert_eq!(rows[1][4], "@evidence <iframe src=x>");
    let styles = unzip_entry(&path, "xl/styles.xml");
    assert!(
        styles.contains("quotePrefix=\"1\""),
        "no quote-prefix format: {styles}"
    );
}

/// The records of an RFC 4180 CSV text, each as its fields unquoted; a
/// quoted field may hold commas, quotes and line breaks.
pub(crate) fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (_, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "CSV ends with a record end"
    );
    records
}

#[test]
fn a_conclusions_reasoning_and_reviewer_are_escaped_in_every_format() {
    // The injection fixture's conclusion on A.6.2.5 has markup, a pipe, a
    // would-be heading, list and formula in `because`, and a formula, a
    // line break and an image tag in `reviewer`.
    let (out, run) = build("tests/fixtures/build/injection", "inject-conclusion", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let because_html = "&lt;script&gt;alert(&#x27;because&#x27;)&lt;&#x2f;script&gt; | pipe *bold*";
    let reviewer_html = "=cmd|&#x27; &#x2f;C calc&#x27;!A0\n&lt;img src=x onerror=alert(&#x27;reviewer&#x27;)&gt; | pipe";
    for file in [
        "auditor-mapping/iso42001-2023.html",
        "coverage/coverage.html",
    ] {
        let page = text(&out, file);
        assert!(page.contains(because_html), "{file}");
        assert!(page.contains(reviewer_html), "{file}");
    }
    for file in [
        "control-matrix/iso42001-2023.html",
        "control-matrix/controls.html",
    ] {
        let page = text(&out, file);
        assert!(
            page.contains(&format!("concluded by {reviewer_html} on 2026-11-20 (review status: draft); because: {because_html}")),
            "{file}"
        );
    }

    // Markdown: each value stays in its cell, on its line, inert.
    let because_md = "&lt;script&gt;alert('because')&lt;/script&gt; \\| pipe \\*bold\\* \\# not a heading - not a list =HYPERLINK(\"http://evil.example\")";
    let reviewer_md =
        "\\=cmd\\|' /C calc'\\!A0 &lt;img src=x onerror=alert('reviewer')&gt; \\| pipe";
    let coverage = text(&out, "coverage/coverage.md");
    let row = coverage
        .lines()
        .find(|l| l.starts_with("| A.6.2.5 | AI system deployment | INJ-01"))
        .expect("A.6.2.5 is covered by controls together");
    assert_eq!(
        cells(row),
        [
            "A.6.2.5",
            "AI system deployment",
            "INJ-01 (subset, not reviewed), INJ-02 (intersects, not reviewed)",
            because_md,
            reviewer_md,
            "2026-11-20",
            "draft"
        ]
    );
    let mapping = text(&out, "auditor-mapping/iso42001-2023.md");
    assert!(mapping.contains(&format!("\nWhy together: {because_md}\n")));
    assert!(mapping.contains(&format!(
        "\nConcluded by {reviewer_md} on 2026-11-20. Review status of the conclusion: draft.\n"
    )));
    let soa = text(&out, "statement-of-applicability/iso42001-2023.md");
    let row = soa.lines().find(|l| l.starts_with("| A.6.2.5 ")).unwrap();
    assert_eq!(
        cells(row)[8],
        format!(
            "covered by these controls together: INJ-01 (subset, not reviewed), INJ-02 (intersects, not reviewed); concluded by {} on 2026-11-20 (review status: draft); because: {because_md}",
            // Mid-cell, the reviewer's `=` needs no escape.
            reviewer_md.trim_start_matches('\\')
        )
    );

    // CSV and XLSX: the text is kept as written, in cells that start with
    // the document's own words; no field of any CSV starts a formula.
    let conclusion = "covered by these controls together: INJ-01 (subset, not reviewed), INJ-02 (intersects, not reviewed); concluded by =cmd|' /C calc'!A0\n<img src=x onerror=alert('reviewer')> | pipe on 2026-11-20 (review status: draft); because: <script>alert('because')</script> | pipe *bold*\n# not a heading\n- not a list\n=HYPERLINK(\"http://evil.example\")";
    let soa = csv_records(&text(&out, "statement-of-applicability/iso42001-2023.csv"));
    let row = soa.iter().find(|r| r[1] == "A.6.2.5").unwrap();
    assert_eq!(row[9], conclusion);
    let matrix = csv_records(&text(&out, "control-matrix/iso42001-2023.csv"));
    let rows: Vec<&Vec<String>> = matrix.iter().filter(|r| r[0] == "A.6.2.5").collect();
    assert_eq!(rows.len(), 2, "one row per control");
    assert!(
        rows.iter()
            .all(|r| r[2] == "covered (combined, draft conclusion)" && r[11] == conclusion)
    );
    for (name, bytes) in files(&out) {
        if has_extension(&name, "csv") {
            for record in csv_records(&String::from_utf8(bytes).unwrap()) {
                for field in record {
                    assert!(
                        !crosswalk::render::escape::starts_formula(&field),
                        "{name}: `{field}` could run as a formula"
                    );
                }
            }
        }
    }
    let workbook = out.join("control-matrix/control-matrix.xlsx");
    let rows = sheet(&workbook, "iso42001@2023");
    let row = rows.iter().find(|r| r[0] == "A.6.2.5").unwrap();
    assert_eq!(row[11], conclusion);
    let mut opened: Xlsx<_> = open_workbook(&workbook).unwrap();
    for name in ["iso42001@2023", "Controls"] {
        let formulas = opened.worksheet_formula(name).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name}"
        );
    }
}

/// One file of an XLSX (zip) archive, read with the system's `unzip` or,
/// failing that, Python's zipfile.
fn unzip_entry(path: &Path, entry: &str) -> String {
    let python = Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
            path.to_str().unwrap(),
            entry,
        ])
        .output()
        .expect("python3 runs");
    assert!(
        python.status.success(),
        "{}",
        String::from_utf8_lossy(&python.stderr)
    );
    String::from_utf8(python.stdout).unwrap()
}

#[test]
fn graph_labels_cannot_close_their_quotes() {
    let (out, run) = build(
        "tests/fixtures/build/injection",
        "inject-graph",
        &["--only", "graph"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dot = text(&out, "graph/graph.dot");
    assert!(
        dot.contains(r#"k1 [label="injected-risk\nRisk \"quoted\" <b>title</b> ]] {{ }}""#),
        "{dot}"
    );
    let mermaid = text(&out, "graph/graph.mmd");
    assert!(
        mermaid.contains(r#"k1{{"injected-risk: Risk #quot;quoted#quot; #lt;b#gt;title#lt;/b#gt; #93;#93; #123;#123; #125;#125;"}}"#),
        "{mermaid}"
    );
    assert!(mermaid.contains("#lt;script#gt;alert('title')#lt;/script#gt; #124; with pipe"));
}

#[test]
fn an_undefined_template_variable_is_a_diagnostic_into_the_template() {
    let templates = temp_dir("templates-undefined");
    fs::write(
        templates.join("coverage.md"),
        "# Coverage\n\nProject: {{ project.name }}\n{{ project.nmae }}\n",
    )
    .unwrap();
    let out = temp_dir("templates-undefined-out").join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--templates",
            templates.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    let template = templates.join("coverage.md");
    let shown = template.display().to_string();
    assert!(
        run.stderr.contains("crosswalk::render::undefined_variable"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`project.nmae` is undefined in template `coverage.md`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{shown}:4:4")),
        "{}",
        run.stderr
    );
    // Nothing is written: no output folder, no staging folder left behind.
    assert!(!out.exists());
    let left: Vec<_> = fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_template_override_replaces_the_builtin_one() {
    let templates = temp_dir("templates-override");
    fs::write(
        templates.join("graph.mmd"),
        "%% custom\n{% for node in nodes %}{{ node.id }}\n{% endfor %}",
    )
    .unwrap();
    let (out, run) = build(
        "tests/fixtures/build/lending",
        "override",
        &[
            "--only",
            "graph",
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mermaid = text(&out, "graph/graph.mmd");
    assert!(
        mermaid.starts_with("%% custom\nAC-01\nCM-01\nHR-01\nMON-01\n"),
        "{mermaid}"
    );
    let ids: Vec<&str> = mermaid.lines().collect();
    assert!(ids.contains(&"model-regression"), "{mermaid}");
    assert!(ids.contains(&"Scoring API"), "{mermaid}");
    assert!(ids.contains(&"soc2@2017:CC8.1"), "{mermaid}");
}

#[test]
fn a_template_syntax_error_points_at_the_template() {
    let templates = temp_dir("templates-syntax");
    fs::write(templates.join("coverage.md"), "line one\n{% if %}\n").unwrap();
    let (_, run) = build(
        "tests/fixtures/build/lending",
        "syntax",
        &["--templates", templates.to_str().unwrap()],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("crosswalk::render::template_syntax"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("coverage.md:2:"), "{}", run.stderr);
}

#[test]
fn build_leaves_a_folder_it_did_not_write_alone() {
    let dir = temp_dir("foreign-out");
    fs::write(dir.join("notes.txt"), "mine").unwrap();
    let run = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/build/lending",
            "--out",
            dir.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not an earlier output of crosswalk"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
}

#[test]
fn a_project_with_errors_writes_nothing() {
    let out = temp_dir("errors-out").join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            "tests/fixtures/check/unknown_requirement.cw",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(!out.exists());
}

#[test]
fn a_project_without_a_system_says_what_is_missing() {
    let (out, run) = build(
        "tests/fixtures/check/clean.cw",
        "no-system",
        &["--only", "system-description"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = text(&out, "system-description/system-description.md");
    assert!(
        md.contains("the project declares no `system` block"),
        "{md}"
    );
}

/// Chromium's command, or `None` (with the reason printed) when it is not
/// installed; `CROSSWALK_REQUIRE_CHROMIUM=1` (set by `.ci/run`) turns its
/// absence into a failure.
pub(crate) fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|name| Path::new("/usr/bin").join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CROSSWALK_REQUIRE_CHROMIUM").is_none(),
            "CROSSWALK_REQUIRE_CHROMIUM is set but no Chromium is installed (apt-get install chromium)"
        );
        eprintln!(
            "skipped: Chromium is not installed (apt-get install chromium to run the browser test)"
        );
    }
    found
}

/// Opens a page in headless Chromium; returns its console messages and
/// writes a screenshot when asked.
pub(crate) fn open_in_chromium(
    browser: &Path,
    page: &Path,
    screenshot: Option<&Path>,
) -> Vec<String> {
    let profile = temp_dir(&format!(
        "chromium-{}",
        page.file_stem().unwrap().to_string_lossy()
    ));
    let mut command = Command::new(browser);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        "--hide-scrollbars",
        "--window-size=1280,1400",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    match screenshot {
        Some(path) => command.arg(format!("--screenshot={}", path.display())),
        None => command.arg("--dump-dom"),
    };
    command.arg(format!("file://{}", page.display()));
    let output = command.output().expect("chromium runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .map(str::to_owned)
        .collect()
}

/// Opens `page` in Chromium and shoots it to `target/screenshots/NAME`:
/// the page logs nothing to the console and the shot is a PNG.
pub(crate) fn screenshot(browser: &Path, page: &Path, name: &str) -> PathBuf {
    let shots = root().join("target/screenshots");
    fs::create_dir_all(&shots).unwrap();
    let shot = shots.join(name);
    let _ = fs::remove_file(&shot);
    let messages = open_in_chromium(browser, page, Some(&shot));
    assert!(messages.is_empty(), "{}: {messages:#?}", page.display());
    let png = fs::read(&shot).unwrap_or_else(|_| panic!("a screenshot of {}", page.display()));
    assert!(
        png.starts_with(b"\x89PNG"),
        "{}: the screenshot is a PNG",
        page.display()
    );
    eprintln!("screenshot of {}: {}", page.display(), shot.display());
    shot
}

#[test]
fn html_pages_open_in_chromium_without_console_errors() {
    let Some(browser) = chromium() else {
        return;
    };
    // The check can fail: a page with a script (blocked by the pages' own
    // content security policy) does log to the console.
    let control = temp_dir("chromium-control").join("bad.html");
    fs::write(
        &control,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><script>missing()</script></body></html>",
    )
    .unwrap();
    assert!(
        !open_in_chromium(&browser, &control, None).is_empty(),
        "the console check sees nothing even on a page that fails"
    );

    for (project, name) in [
        ("tests/fixtures/build/lending", "chromium-lending"),
        ("tests/fixtures/build/injection", "chromium-injection"),
    ] {
        let (out, run) = build(project, name, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for (file, _) in files(&out) {
            if has_extension(&file, "html") {
                let messages = open_in_chromium(&browser, &out.join(&file), None);
                assert!(messages.is_empty(), "{project} {file}: {messages:#?}");
            }
        }
    }
    let (out, _) = build(
        "tests/fixtures/build/lending",
        "chromium-shot",
        &["--only", "coverage"],
    );
    screenshot(
        &browser,
        &out.join("coverage/coverage.html"),
        "coverage.png",
    );

    // The pages an auditor reads, from the bundled example: Section III,
    // the Statement of Applicability, the evidence list, a matrix and an
    // auditor mapping, each opened without a console message and shot.
    let (out, run) = build("examples/risk-scoring-api", "chromium-example-shots", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (page, name) in [
        (
            "system-description/system-description.html",
            "system-description.png",
        ),
        (
            "statement-of-applicability/iso42001-2023.html",
            "statement-of-applicability.png",
        ),
        (
            "evidence-requests/evidence-requests.html",
            "evidence-requests-example.png",
        ),
        ("control-matrix/soc2-2017.html", "control-matrix.png"),
        ("auditor-mapping/soc2-2017.html", "auditor-mapping.png"),
    ] {
        screenshot(&browser, &out.join(page), name);
    }
}

#[test]
fn the_graph_command_prints_what_build_writes() {
    let (out, run) = build(
        "tests/fixtures/build/lending",
        "graph-command",
        &["--only", "graph"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (format, file) in [("dot", "graph/graph.dot"), ("mermaid", "graph/graph.mmd")] {
        let printed = crosswalk_env(
            root(),
            &["graph", "tests/fixtures/build/lending", "--format", format],
            &[],
        );
        assert_eq!(printed.code, 0, "{}", printed.stderr);
        assert_eq!(printed.stdout, text(&out, file), "{format}");
    }
}

#[test]
fn an_imported_catalog_shows_its_requirement_text_in_the_mapping_document() {
    let project = temp_dir("imported-catalog");
    fs::write(
        project.join("controls.cw"),
        r#"control AC-POL "Access control policy" {
  owner "CISO"
  frequency annual
  evidence "Signed policy"
  test "Inspect the policy."
  satisfies nist-sp-800-53-rev5-catalog-ac-sample:ac-1 equal
}
"#,
    )
    .unwrap();
    let catalog = root().join("tests/reference/oscal/NIST_SP-800-53_rev5_catalog-ac-sample.yaml");
    let out = project.join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            project.to_str().unwrap(),
            "--framework-file",
            catalog.to_str().unwrap(),
            "--only",
            "mapping",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = text(
        &out,
        "auditor-mapping/nist-sp-800-53-rev5-catalog-ac-sample-5.0.1.md",
    );
    let section = md
        .split("## AC-1 Policy and Procedures (covered)")
        .nth(1)
        .expect("AC-1 is listed");
    assert!(
        section
            .contains("b. Designate an \\[Assignment: organization-defined official\\] to manage"),
        "{section}"
    );
    // Each numbered item keeps its own line (a Markdown hard break).
    assert!(
        section.contains("policy and procedures; and\\\nc. Review"),
        "{section}"
    );
    assert!(
        section.contains("### AC-POL Access control policy"),
        "{section}"
    );
}

#[test]
fn a_control_outside_the_conclusion_is_marked_so_and_a_draft_conclusion_shows_in_the_status() {
    // C maps to R too but is not named by the conclusion: its row must not
    // read as part of the combined coverage. The conclusion is a draft.
    let project = temp_dir("outside-conclusion").join("project");
    fs::create_dir_all(&project).unwrap();
    fs::write(
        project.join("p.cw"),
        "framework demo version \"1\" \"Demo\" { requirement R \"R\" }\n\
         control A \"A\" { satisfies demo@1:R subset { status approved } }\n\
         control B \"B\" { satisfies demo@1:R subset { status approved } }\n\
         control C \"C\" { satisfies demo@1:R intersects { status approved } }\n\
         conclusion demo@1:R { met-by A, B because \"A and B together.\" reviewer \"Audit\" date \"2026-11-20\" status draft }\n",
    )
    .unwrap();
    let (out, run) = build(
        project.to_str().unwrap(),
        "outside-conclusion-out",
        &["--only", "matrix", "--only", "mapping"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let csv = csv_records(&text(&out, "control-matrix/demo-1.csv"));
    let rows: Vec<(&str, &str, &str)> = csv
        .iter()
        .filter(|r| r[0] == "R")
        .map(|r| (r[2].as_str(), r[3].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("covered (combined, draft conclusion)", "A", "subset"),
            ("covered (combined, draft conclusion)", "B", "subset"),
            (
                "covered (combined, draft conclusion)",
                "C",
                "intersects (not part of the conclusion)"
            ),
        ]
    );
    let mapping = text(&out, "auditor-mapping/demo-1.md");
    assert!(
        mapping.contains("## R R (covered by these controls together; conclusion draft)"),
        "{mapping}"
    );
    assert!(
        mapping.contains("- Relationship: intersects (not part of the conclusion)"),
        "{mapping}"
    );
}

#[test]
fn informative_entries_are_listed_apart_and_the_basis_point_is_the_systems_basis() {
    let (out, run) = build(
        "tests/fixtures/coverage/eu_basis/annex_iii.cw",
        "informative-apart",
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let coverage = text(&out, "coverage/coverage.md");
    let section = coverage
        .split("## A small act, as amended (act@2)")
        .nth(1)
        .expect("the act@2 section")
        .split("\n## ")
        .next()
        .unwrap();
    let (gaps, informative) = section
        .split_once("### Informative: not obligations")
        .expect("an informative list");
    for id in ["Rule P1", "Annex III, point 5(b)", "CLS.DEF"] {
        assert!(
            !gaps.contains(&format!("| {id} |")),
            "{id} is a gap:\n{gaps}"
        );
        assert!(
            informative.contains(&format!("| {id} |")),
            "{id}:\n{informative}"
        );
    }
    assert!(
        informative.contains(
            "| Annex III, point 5(b) | Credit scoring | the classification basis of component \\`Credit score\\` of system \\`Lending\\` | none |"
        ),
        "{informative}"
    );
    assert!(gaps.contains("| HR.2 |"), "{gaps}");
    let description = text(&out, "system-description/system-description.md");
    assert!(
        description.contains(
            "- Credit score: high-risk under Annex III, point 5(b) (act@2:USES.5(b)) (scores the creditworthiness of natural persons)\n"
        ),
        "{description}"
    );
    let html = text(&out, "coverage/coverage.html");
    assert!(
        html.contains("<h3>Informative: not obligations</h3>"),
        "{html}"
    );
    // A system's own basis and reason.
    let (out, run) = build(
        "tests/fixtures/coverage/eu_basis/annex_i.cw",
        "system-basis",
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let description = text(&out, "system-description/system-description.md");
    assert!(
        description.contains(
            "- Risk tier of the system: high-risk\n- Classification basis of the system: high-risk under Rule P1 (Annex I) (act@2:CLS.P1)\n- Reason for the classification: a safety component of a braking system under product legislation\n"
        ),
        "{description}"
    );
}

#[test]
fn a_one_month_period_reads_in_the_singular_and_a_quarterly_control_may_not_occur() {
    // Regression: the header read "Population (1 months)", and a quarterly
    // control over one month was promised a population and a sample of 1.
    let (out, run) = build(
        "tests/fixtures/build/lending",
        "one-month",
        &["--only", "evidence", "--period-months", "1"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let csv = text(&out, "evidence-requests/evidence-requests.csv");
    assert!(csv.contains("Population (1 month)"), "{csv}");
    assert!(
        csv.contains(
            "AC-01,Access reviews,Security lead,quarterly,Signed access review,quarterly,GRC tool,3 years,\"0–1, may not occur in the period\",\"0–1, may not occur in the period\""
        ),
        "{csv}"
    );
    // A weekly control runs about 5 times in a month (the automated one is
    // tested once, as before).
    let weekly = csv
        .lines()
        .find(|l| l.starts_with("VUL-01,"))
        .expect("the weekly control");
    assert!(
        weekly.contains(",weekly,")
            && weekly.contains(",1 year,5,\"1 (test of one automated control)"),
        "{weekly}"
    );
}

#[test]
fn a_document_with_nothing_to_write_says_why() {
    // Regression: `build --only soa` on a project with no ISO/IEC 42001
    // version in scope wrote only the index and said nothing.
    let (out, run) = build(
        "tests/fixtures/coverage/statuses",
        "soa-empty",
        &["--only", "soa"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "note: `soa` writes nothing: no version of ISO/IEC 42001 (`iso42001`) is in scope"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.starts_with("wrote 1 file to "), "{}", run.stdout);
    assert!(!out.join("statement-of-applicability").exists());
    // With a version in scope it writes the SoA and no note.
    let (out, run) = build(
        "tests/fixtures/coverage/statuses",
        "soa-named",
        &["--only", "soa", "--framework", "iso42001@2023"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("writes nothing"), "{}", run.stderr);
    assert!(out.join("statement-of-applicability").is_dir());
}
