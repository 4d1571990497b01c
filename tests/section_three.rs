//! Section III of a SOC 2 report (`--only system-description`) on a
//! fixture with a carve-out and an inclusive subservice organisation, CSOCs
//! and CUECs linked to criteria, one system with a Type II period and one
//! with none: the Markdown and HTML snapshotted, and the facts an auditor
//! reads them for asserted one by one; and the carved-out coverage status.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::support::{crosswalk, crosswalk_env, root, temp_dir};

const FIXTURE: &str = "tests/fixtures/build/section-three";

/// Builds the fixture's system description; returns (Markdown, HTML).
fn build() -> (String, String) {
    // One folder per build: the tests run in parallel.
    static BUILDS: AtomicUsize = AtomicUsize::new(0);
    let n = BUILDS.fetch_add(1, Ordering::Relaxed);
    let out: PathBuf = temp_dir(&format!("section-three-{n}")).join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            FIXTURE,
            "--only",
            "system-description",
            "--out",
            out.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1795824000")],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let read = |ext: &str| {
        fs::read_to_string(out.join(format!("system-description/system-description.{ext}")))
            .unwrap()
    };
    (read("md"), read("html"))
}

/// The Markdown of one system: from its heading to the next system's.
fn system<'a>(md: &'a str, name: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {name}\n"))
        .expect("the system's section");
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

/// The table row of one criterion in a system's Markdown.
fn row<'a>(section: &'a str, id: &str) -> &'a str {
    section
        .lines()
        .find(|l| l.starts_with(&format!("| {id} |")))
        .unwrap_or_else(|| panic!("no row for {id}"))
}

#[test]
fn section_three_matches_its_snapshots() {
    let (md, html) = build();
    insta::assert_snapshot!("section_three_md", md);
    insta::assert_snapshot!("section_three_html", html);
}

#[test]
fn the_report_type_and_period_are_printed_or_marked_missing() {
    let (md, _) = build();
    assert!(system(&md, "Lending API").contains(
        "Type II: this description is for the period 2026-01-01 to 2026-06-30 (6 months)."
    ));
    let internal = system(&md, "Internal tools");
    assert!(internal.contains("**Missing:** the report type and its period are not stated"));
    assert!(internal.contains("`soc2 report`"), "listed as missing");
}

#[test]
fn a_carved_out_criterion_is_relevant_and_names_its_csocs() {
    let (md, _) = build();
    let lending = system(&md, "Lending API");
    let cc64 = row(lending, "CC6.4");
    assert!(
        cc64.contains("met by the controls of a carved-out subservice organisation"),
        "{cc64}"
    );
    assert!(
        cc64.contains("Cloud provider: The provider restricts physical access"),
        "{cc64}"
    );
    // A1.2 is supported by the same CSOC and carved out too.
    assert!(row(lending, "A1.2").contains("carved-out subservice organisation"));
    // Never under "not relevant": only the real exclusion is.
    let not_relevant: Vec<&str> = lending
        .split("Criteria not relevant to the system:")
        .skip(1)
        .flat_map(|part| {
            part.lines()
                .skip(1)
                .take_while(|l| l.starts_with("- ") || l.is_empty())
        })
        .filter(|l| l.starts_with("- "))
        .collect();
    assert_eq!(
        not_relevant,
        ["- CC9.2 Vendor and business partner risk: No vendor handles the lenders' data."]
    );
    // The system without the carve-out does not borrow it: CC6.4 is a gap there.
    assert!(row(system(&md, "Internal tools"), "CC6.4").contains("**gap:**"));
}

#[test]
fn every_applicable_criterion_is_listed_with_its_gap_marked() {
    let (md, _) = build();
    let lending = system(&md, "Lending API");
    assert!(row(lending, "CC1.1").contains("**gap:** no control addresses it"));
    assert!(row(lending, "CC6.3").contains("**gap:** its controls meet it only in part"));
    assert!(row(lending, "CC6.1").ends_with("| covered |"));
    assert!(row(lending, "A1.1").ends_with("| covered |"));
    // The CUECs linked to a criterion are beside it.
    assert!(row(lending, "CC6.2").contains("CUECs: Lenders keep their API keys secret."));
    // An inclusive subservice organisation's control is listed, never as a
    // carve-out, and does not cover the criterion by itself.
    let cc72 = row(lending, "CC7.2");
    assert!(
        cc72.contains("included subservice organisation controls: Log vendor"),
        "{cc72}"
    );
    assert!(cc72.contains("**gap:**"), "{cc72}");
    // Availability is in scope for the first system only.
    assert!(lending.contains("#### A1 Availability"));
    assert!(!system(&md, "Internal tools").contains("#### A1 Availability"));
}

#[test]
fn incidents_and_changes_are_printed_or_marked_not_recorded() {
    let (md, html) = build();
    let lending = system(&md, "Lending API");
    assert!(lending.contains("Significant incidents:\n\n- None in the period."));
    assert!(lending.contains(
        "Significant changes to the system:\n\n- The scoring model was retrained and redeployed in March 2026."
    ));
    let internal = system(&md, "Internal tools");
    assert!(internal.contains("> Not recorded: no `incident` statement."));
    assert!(internal.contains("> Not recorded: no `change` statement."));
    assert!(html.contains("<li>None in the period.</li>"));
}

#[test]
fn subservice_organisations_are_worded_by_their_method() {
    let (md, html) = build();
    let lending = system(&md, "Lending API");
    assert!(lending.contains("#### Cloud provider (carve-out method)"));
    assert!(lending.contains(
        "The description leaves out the controls of the subservice organisation Cloud provider."
    ));
    assert!(lending.contains("#### Log vendor (inclusive method)"));
    assert!(
        lending.contains("Controls of the subservice organisation included in this description:")
    );
    assert!(lending.contains("- The vendor keeps API logs for a year. (supports CC7.2)"));
    assert!(lending.contains(
        "- The provider restricts physical access to its data centres. (supports CC6.4, A1.2)"
    ));
    for text in [&md, &html] {
        assert!(
            !text.contains("expected to operate"),
            "no complementary wording for inclusive"
        );
    }
    // A CUEC that names no criterion is marked.
    assert!(lending.contains("- Lenders report suspected misuse promptly. (**missing:** no criterion named; add `supports`)"));
}

#[test]
fn components_are_filed_by_their_category_with_readable_kinds() {
    let (md, html) = build();
    let lending = system(&md, "Lending API");
    let under = |heading: &str| {
        let start = lending.find(&format!("#### {heading}\n")).unwrap();
        let rest = &lending[start + 5..];
        &rest[..rest.find("\n###").unwrap()]
    };
    // A feature store is filed under data, as declared, not under software too.
    assert!(under("Data").contains("- Feature store (feature store), run by Data platform"));
    assert!(!under("Software").contains("Feature store"));
    assert!(under("Software").contains("- Scoring service (model serving)"));
    assert!(under("Procedures").contains("- Runbooks (other)"));
    for text in [&md, &html] {
        assert!(!text.contains("(feature-store)") && !text.contains("(model-serving)"));
    }
}

#[test]
fn the_html_page_has_no_raw_backtick_and_unique_ids() {
    let (_, html) = build();
    let outside_code: String = html
        .split("<code>")
        .map(|part| part.split_once("</code>").map_or(part, |(_, after)| after))
        .collect();
    assert!(!outside_code.contains('`'));
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|part| &part[..part.find('"').unwrap()])
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    // Every link of the table of contents lands on an id of the page.
    for link in html.split("href=\"#").skip(1) {
        let target = &link[..link.find('"').unwrap()];
        assert!(ids.contains(&target), "#{target}");
    }
    assert!(html.contains("<tr id=\"section-Lending%20API-CC6.4\">"));
}

#[test]
fn carved_out_requirements_are_counted_apart_and_never_gaps() {
    let run = crosswalk(&["coverage", "--format", "json", FIXTURE]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let soc2 = json["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["framework"] == "soc2")
        .unwrap();
    assert_eq!(soc2["carved_out"], 2, "CC6.4 and A1.2");
    let requirement = |id: &str| {
        soc2["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    let cc64 = requirement("CC6.4");
    assert_eq!(cc64["status"], "carved-out");
    assert_eq!(cc64["carved_out_by"][0]["subservice"], "Cloud provider");
    // Regression: a criterion the project's own controls meet in part stays
    // partial, with the CSOC beside it, rather than counted as carved out.
    let cc65 = requirement("CC6.5");
    assert_eq!(cc65["status"], "partial");
    assert_eq!(cc65["carved_out_by"][0]["subservice"], "Cloud provider");
    // An inclusive subservice organisation's control changes nothing.
    assert_eq!(requirement("CC7.2")["status"], "uncovered");
    assert!(requirement("CC7.2").get("carved_out_by").is_none());
    // Carved out is not applicable to the project's own controls: the
    // headline counts only the rest.
    let applicable = soc2["applicable"].as_u64().unwrap();
    let sum: u64 = ["covered", "partial", "derived", "uncovered"]
        .iter()
        .map(|k| soc2[*k].as_u64().unwrap())
        .sum();
    assert_eq!(applicable, sum);
    // The text reports count it apart and name the CSOCs per requirement.
    let summary = crosswalk(&["coverage", FIXTURE]).stdout;
    assert!(summary.contains("CARVED-OUT"), "{summary}");
    let details = crosswalk(&["coverage", FIXTURE, "--framework", "soc2@2017"]).stdout;
    assert!(details.contains("2 carved out"), "{details}");
    let line = details.lines().find(|l| l.starts_with("CC6.4 ")).unwrap();
    assert!(
        line.contains("carved-out")
            && line.contains("CSOC of Cloud provider: The provider restricts physical access"),
        "{line}"
    );
}

#[test]
fn what_csocs_and_cuecs_support_is_indexed_as_references() {
    let project = crosswalk::project::load(&root().join(FIXTURE)).expect("the fixture loads");
    let compilation = crosswalk::compile(project);
    let system = &compilation.model.systems[0];
    let cloud = &system.subservices[0];
    let cc64 = cloud.csocs[0].supports[0];
    assert_eq!(compilation.model.qualified_id(cc64), "soc2@2017:CC6.4");
    let references = compilation.references(crosswalk::workspace::Symbol::Requirement(cc64));
    let written: Vec<&str> = references
        .iter()
        .map(|span| compilation.sources.slice(*span))
        .collect();
    assert_eq!(written, ["soc2@2017:CC6.4"], "the csoc's reference, once");
    // A CUEC's references too: right after its text, on its line.
    let cuec = &system.cuecs[0];
    let cc61 = cuec.supports[0];
    let after_text = compilation
        .references(crosswalk::workspace::Symbol::Requirement(cc61))
        .into_iter()
        .filter(|r| {
            r.file == cuec.span.file && r.start > cuec.span.end && r.start < cuec.span.end + 30
        })
        .count();
    assert_eq!(after_text, 1);
    // The report period in months, for the evidence list.
    assert_eq!(
        system
            .report
            .as_ref()
            .and_then(crosswalk::resolve::model::Report::period_months),
        Some(6)
    );
    assert!(compilation.model.systems[1].report.is_none());
}
