//! `crosswalk coverage` on fixture projects whose expected coverage was
//! worked out by hand (see the comments in the fixtures).

use crate::support::crosswalk;

/// `(id, status)` of every requirement of one framework, from the JSON.
fn statuses(project: &str, framework: &str, extra: &[&str]) -> Vec<(String, String)> {
    framework_json(project, framework, extra)["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The JSON of one framework's coverage.
fn framework_json(project: &str, framework: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "coverage",
        "--format",
        "json",
        "--framework",
        framework,
        project,
    ];
    args.extend(extra);
    let run = crosswalk(&args);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    json["frameworks"][0].clone()
}

fn expect(project: &str, framework: &str, extra: &[&str], expected: &[(&str, &str)]) {
    let actual = statuses(project, framework, extra);
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(actual, expected, "{framework}");
}

const STATUSES: &str = "tests/fixtures/coverage/statuses";
const APPLICABILITY: &str = "tests/fixtures/coverage/applicability";

#[test]
fn every_status_from_direct_mappings_and_exclusions() {
    expect(
        STATUSES,
        "demo@1",
        &[],
        &[
            ("R-1", "covered"),    // equal
            ("R-2", "covered"),    // superset
            ("R-3", "partial"),    // subset and intersects together stay partial
            ("R-4", "partial"),    // no-relationship adds nothing; a subset does
            ("R-5", "uncovered"),  // related is a review candidate, not coverage
            ("R-6", "excluded"),   // excluded wins over a mapping
            ("R-7.1", "excluded"), // through its excluded group
            ("R-8", "uncovered"),
        ],
    );
}

#[test]
fn derived_mappings_compose_along_their_paths() {
    expect(
        STATUSES,
        "other@1",
        &[],
        &[
            ("O-1", "derived"),   // equal ∘ equal
            ("O-2", "covered"),   // a direct mapping keeps its direct status
            ("O-3", "uncovered"), // subset ∘ superset and intersects ∘ superset: unknown
            ("O-4", "uncovered"), // equal ∘ related: related, a review candidate
            ("O-5", "derived"),   // subset ∘ (superset read backwards = subset)
        ],
    );
    // Two hops: equal ∘ equal ∘ subset.
    expect(
        STATUSES,
        "third@1",
        &[],
        &[("T-1", "derived"), ("T-2", "uncovered")],
    );
}

#[test]
fn derived_paths_and_review_candidates_are_reported() {
    let run = crosswalk(&[
        "coverage",
        "--format",
        "json",
        "--framework",
        "third@1",
        "--framework",
        "other@1",
        STATUSES,
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let other = &json["frameworks"][0];
    assert_eq!(other["framework"], "other");
    let o3 = &other["requirements"][2];
    assert_eq!(o3["review"].as_array().unwrap().len(), 2);
    assert!(
        o3["review"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["relationship"] == "unknown")
    );
    let t1 = &json["frameworks"][1]["requirements"][0];
    assert_eq!(t1["derived"][0]["control"], "C-1");
    assert_eq!(t1["derived"][0]["relationship"], "subset");
    let path: Vec<&str> = t1["derived"][0]["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["requirement"].as_str().unwrap())
        .collect();
    assert_eq!(path, ["demo@1:R-1", "other@1:O-1", "third@1:T-1"]);
}

#[test]
fn scope_makes_obligations_not_applicable_with_a_reason() {
    expect(
        APPLICABILITY,
        "act@1",
        &[],
        &[
            ("ART-4.1", "uncovered"),       // no role or tier: applies to everyone
            ("ART-16.1", "not-applicable"), // providers only
            ("ART-26.1", "covered"),        // deployers, high-risk
            ("ART-50.1", "not-applicable"), // the paragraph's own role overrides the article's
            ("ART-50.3", "uncovered"),
        ],
    );
    expect(
        APPLICABILITY,
        "tsc@1",
        &[],
        &[
            ("CC-1", "covered"),
            ("A-1", "uncovered"),
            ("P-1", "not-applicable"),
        ],
    );
    // Before its date of application an obligation does not apply yet.
    let on = statuses(APPLICABILITY, "act@1", &["--on", "2026-01-01"]);
    assert_eq!(on[2], ("ART-26.1".to_owned(), "not-applicable".to_owned()));
    assert_eq!(on[0], ("ART-4.1".to_owned(), "uncovered".to_owned()));
}

#[test]
fn reports_as_text() {
    for (name, args) in [
        ("summary", vec!["coverage", STATUSES]),
        (
            "statuses",
            vec![
                "coverage",
                "--framework",
                "demo@1",
                "--framework",
                "other@1",
                "--framework",
                "third@1",
                STATUSES,
            ],
        ),
        (
            "applicability",
            vec![
                "coverage",
                "--framework",
                "act@1",
                "--framework",
                "tsc@1",
                APPLICABILITY,
            ],
        ),
        ("example", vec!["coverage", "examples/risk-scoring-api"]),
    ] {
        let run = crosswalk(&args);
        insta::assert_snapshot!(name, run.transcript());
    }
}

#[test]
fn json_report_shape() {
    let run = crosswalk(&["coverage", "--format", "json", STATUSES]);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn bad_arguments_are_input_errors() {
    assert_eq!(
        crosswalk(&["coverage", "--on", "tomorrow", STATUSES]).code,
        2
    );
    let run = crosswalk(&["coverage", "--framework", "demo@9", STATUSES]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`demo@1`"), "{}", run.stderr);
}

/// Statuses of the EU AI Act requirements whose ID starts with `prefix`.
fn eu_statuses(project: &str, prefix: &str) -> Vec<(String, String)> {
    let all = statuses(project, "eu-ai-act@2024", &[]);
    let found: Vec<(String, String)> = all
        .into_iter()
        .filter(|(id, _)| id.starts_with(prefix))
        .collect();
    assert!(!found.is_empty(), "{prefix} is in the catalog");
    found
}

#[test]
fn eu_ai_act_obligations_follow_the_declared_role_and_tier() {
    let deployer = "tests/fixtures/coverage/eu_deployer_high_risk";
    for (id, status) in eu_statuses(deployer, "Art.26(") {
        // Art. 26(3) is a saving clause: informative, no obligation.
        let expected = if id == "Art.26(3)" {
            "informative"
        } else {
            "uncovered"
        };
        assert_eq!(
            status, expected,
            "{id} applies to a deployer of a high-risk system"
        );
    }
    for (id, status) in eu_statuses(deployer, "Art.16(") {
        assert_eq!(status, "not-applicable", "{id} is a provider obligation");
    }
    let gpai = "tests/fixtures/coverage/eu_provider_gpai";
    for (id, status) in eu_statuses(gpai, "Art.53(") {
        match id.as_str() {
            // Powers and duties of the Commission and the AI Office.
            "Art.53(5)" | "Art.53(6)" | "Art.53(7)" => {
                assert_eq!(status, "not-applicable", "{id} binds an authority");
            }
            // The open-source exemption is informative, not an obligation.
            "Art.53(2)" => assert_eq!(status, "informative", "{id} is an exemption"),
            _ => assert_eq!(status, "uncovered", "{id} applies to a GPAI model provider"),
        }
    }
    for (id, status) in eu_statuses(gpai, "Art.55(") {
        assert_eq!(
            status, "not-applicable",
            "{id} is for models with systemic risk"
        );
    }
}

#[test]
fn a_components_own_tier_decides_which_obligations_apply() {
    // Annex III point 5(b): a credit score is high-risk, a fraud score is
    // not. High-risk obligations apply when any component in scope is
    // high-risk, and explain says through which.
    let explain = |project: &str, id: &str| -> serde_json::Value {
        let run = crosswalk(&[
            "explain",
            "--format",
            "json",
            id,
            &format!("tests/fixtures/coverage/component_tiers/{project}"),
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        serde_json::from_str(&run.stdout).unwrap()
    };
    let both = explain("credit_and_fraud", "eu-ai-act@2024:Art.15(5)");
    assert_eq!(both["status"], "partial");
    assert_eq!(
        both["applies_through"],
        "high-risk: component `Credit score` of system `Scoring`"
    );
    let fraud = explain("fraud_only", "eu-ai-act@2024:Art.15(5)");
    assert_eq!(fraud["status"], "not-applicable");
    assert_eq!(
        fraud["reason"],
        "applies to high-risk systems; component `Fraud score` of system `Scoring` is minimal"
    );
    assert_eq!(fraud["applies_through"], serde_json::Value::Null);
    // An obligation with no tier (AI literacy) applies either way, through
    // no particular component.
    let literacy = explain("fraud_only", "eu-ai-act@2024:Art.4");
    assert_eq!(literacy["status"], "uncovered");
    assert_eq!(literacy["applies_through"], serde_json::Value::Null);
}

/// Four frameworks of 100 requirements with complete `equal` crosswalks
/// between every two of them (60,000 pairs), one control per requirement
/// of the first: every requirement of the other three is derived from every
/// control in one step. Enumerating the paths of up to three steps took
/// about n⁴ work here; the derivation keeps one path per state instead.
#[test]
fn dense_crosswalks_derive_every_requirement_from_every_control() {
    let n = 100;
    let dir = crate::support::temp_dir("dense-crosswalks");
    for file in crosswalk::corpus::dense_crosswalks(4, n) {
        std::fs::write(dir.join(&file.name), file.text.as_bytes()).unwrap();
    }
    let project = dir.to_str().unwrap();
    let run = crosswalk(&[
        "coverage",
        "--format",
        "json",
        "--framework",
        "dense-1@1",
        "--framework",
        "dense-2@1",
        "--framework",
        "dense-3@1",
        project,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let frameworks = json["frameworks"].as_array().unwrap();
    let names: Vec<&str> = frameworks
        .iter()
        .map(|f| f["framework"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["dense-1", "dense-2", "dense-3"]);
    for (f, framework) in (1..).zip(frameworks) {
        assert_eq!(framework["derived"], n, "dense-{f}");
        let requirements = framework["requirements"].as_array().unwrap();
        assert_eq!(requirements.len(), n);
        for (r, requirement) in requirements.iter().enumerate() {
            let id = format!("R{}", r + 1);
            assert_eq!(requirement["id"], id.as_str());
            assert_eq!(requirement["status"], "derived");
            assert_eq!(requirement["review"].as_array().unwrap().len(), 0);
            let derived = requirement["derived"].as_array().unwrap();
            // One derived mapping per control, in control order, each one
            // `equal` step straight from the control's requirement.
            assert_eq!(derived.len(), n, "dense-{f}:{id}");
            for (c, d) in derived.iter().enumerate() {
                assert_eq!(d["control"], format!("C{}", c + 1).as_str());
                assert_eq!(d["relationship"], "equal");
                let path: Vec<&str> = d["path"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["requirement"].as_str().unwrap())
                    .collect();
                assert_eq!(
                    path,
                    [format!("dense-0@1:R{}", c + 1), format!("dense-{f}@1:{id}")]
                );
            }
        }
    }
}

const COMBINED: &str = "tests/fixtures/coverage/combined";

#[test]
fn three_subsets_and_a_conclusion_are_covered_combined() {
    let framework = framework_json(COMBINED, "demo@1", &[]);
    let r1 = &framework["requirements"][0];
    assert_eq!(r1["id"], "R-1");
    assert_eq!(r1["status"], "covered");
    assert_eq!(r1["covered_by"], "combined");
    let conclusion = &r1["conclusion"];
    let controls: Vec<(&str, &str, &str)> = conclusion["controls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["control"].as_str().unwrap(),
                c["relationship"].as_str().unwrap(),
                c["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        controls,
        [
            ("A", "subset", "approved"),
            ("B", "subset", "reviewed"),
            ("C", "subset", "unreviewed"),
        ]
    );
    assert_eq!(conclusion["reviewer"], "Head of internal audit");
    assert_eq!(conclusion["date"], "2026-11-20");
    assert_eq!(conclusion["status"], "approved");
    assert!(
        conclusion["because"]
            .as_str()
            .unwrap()
            .starts_with("A meets the first part")
    );
    // The same three parts without a conclusion stay partial; one equal
    // mapping is covered directly.
    assert_eq!(framework["requirements"][1]["status"], "partial");
    assert!(framework["requirements"][1]["conclusion"].is_null());
    assert_eq!(framework["requirements"][2]["covered_by"], "direct");
    // Covered counts both, and shows the parts.
    assert_eq!(framework["covered"], 2);
    assert_eq!(framework["covered_direct"], 1);
    assert_eq!(framework["covered_combined"], 1);
    assert_eq!(framework["partial"], 1);
    assert_eq!(framework["applicable"], 3);
}

#[test]
fn without_the_conclusion_the_three_subsets_stay_partial() {
    let framework = framework_json(&format!("{COMBINED}/controls.cw"), "demo@1", &[]);
    let r1 = &framework["requirements"][0];
    assert_eq!(r1["status"], "partial");
    assert!(r1["covered_by"].is_null());
    assert!(r1["conclusion"].is_null());
    assert_eq!(framework["covered"], 1);
    assert_eq!(framework["covered_combined"], 0);
    assert_eq!(framework["partial"], 2);
}

#[test]
fn dropping_a_concluded_controls_mapping_makes_the_conclusion_an_error() {
    let dir = crate::support::temp_dir("conclusion-dropped");
    let controls = std::fs::read_to_string(format!("{COMBINED}/controls.cw")).unwrap();
    let without = controls.replace("  satisfies demo@1:R-1 subset\n", "");
    assert_ne!(without, controls);
    std::fs::write(dir.join("controls.cw"), without).unwrap();
    std::fs::copy(
        format!("{COMBINED}/conclusion.cw"),
        dir.join("conclusion.cw"),
    )
    .unwrap();
    let run = crosswalk(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["crosswalk::resolve::conclusion_control_unmapped"]);
    // Removing the control altogether: an unknown control.
    let controls = std::fs::read_to_string(format!("{COMBINED}/controls.cw")).unwrap();
    let start = controls.find("control C").unwrap();
    std::fs::write(dir.join("controls.cw"), &controls[..start]).unwrap();
    let run = crosswalk(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stdout.contains("crosswalk::resolve::unknown_control"),
        "{}",
        run.stdout
    );
}

const EU_BASIS: &str = "tests/fixtures/coverage/eu_basis";

/// The status of one requirement of one framework, and its reason.
fn status_of(project: &str, framework: &str, id: &str, extra: &[&str]) -> (String, String) {
    let json = framework_json(project, framework, extra);
    let r = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} in {framework}"))
        .clone();
    (
        r["status"].as_str().unwrap().to_owned(),
        r["reason"].as_str().unwrap_or_default().to_owned(),
    )
}

#[test]
fn a_high_risk_obligation_applies_from_the_date_for_the_systems_basis() {
    // (fixture, framework, day, status of HR.1) as the fixtures' catalogs
    // date it: act@1 like the act as first published (general date, later
    // for products), act@2 like the act as amended.
    let cases = [
        // A listed use (annex-iii): act@2 from 2027-12-02, act@1 from
        // the general 2026-08-02.
        ("annex_iii", "act@2", "2026-12-01", "not-applicable"),
        ("annex_iii", "act@2", "2027-12-01", "not-applicable"),
        ("annex_iii", "act@2", "2027-12-02", "covered"),
        ("annex_iii", "act@1", "2026-08-01", "not-applicable"),
        ("annex_iii", "act@1", "2026-08-02", "covered"),
        // A product (annex-i): act@2 from 2028-08-02, act@1 from 2027-08-02.
        ("annex_i", "act@2", "2027-12-02", "not-applicable"),
        ("annex_i", "act@2", "2028-08-01", "not-applicable"),
        ("annex_i", "act@2", "2028-08-02", "covered"),
        ("annex_i", "act@1", "2026-08-02", "not-applicable"),
        ("annex_i", "act@1", "2027-08-02", "covered"),
        // No basis: the general date, whatever the system is.
        ("no_basis", "act@2", "2027-12-02", "covered"),
        ("no_basis", "act@1", "2026-08-02", "covered"),
    ];
    for (fixture, framework, on, expected) in cases {
        let project = format!("{EU_BASIS}/{fixture}.cw");
        let (status, _) = status_of(&project, framework, "HR.1", &["--on", on]);
        assert_eq!(status, expected, "{fixture} {framework} on {on}");
    }
    // The report says which classification dates it.
    let (_, reason) = status_of(
        &format!("{EU_BASIS}/annex_iii.cw"),
        "act@2",
        "HR.1",
        &["--on", "2026-12-01"],
    );
    assert_eq!(
        reason,
        "high-risk under Annex III, point 5(b): obligations apply from 2027-12-02"
    );
    let (_, reason) = status_of(
        &format!("{EU_BASIS}/annex_i.cw"),
        "act@2",
        "HR.1",
        &["--on", "2027-12-02"],
    );
    assert_eq!(
        reason,
        "high-risk under Rule P1 (Annex I): obligations apply from 2028-08-02"
    );
    let (_, reason) = status_of(
        &format!("{EU_BASIS}/no_basis.cw"),
        "act@2",
        "HR.1",
        &["--on", "2026-12-01"],
    );
    assert_eq!(reason, "applies from 2027-12-02");
}

#[test]
fn the_nearest_date_for_a_basis_wins_and_other_bases_keep_the_general_date() {
    // HR.2 of act@2 says 2028-02-02 for annex-iii itself; its group's
    // 2028-08-02 for annex-i still holds for a product.
    let annex_iii = format!("{EU_BASIS}/annex_iii.cw");
    let annex_i = format!("{EU_BASIS}/annex_i.cw");
    let no_basis = format!("{EU_BASIS}/no_basis.cw");
    let on = |day| ["--on", day];
    assert_eq!(
        status_of(&annex_iii, "act@2", "HR.2", &on("2028-02-01")).0,
        "not-applicable"
    );
    assert_eq!(
        status_of(&annex_iii, "act@2", "HR.2", &on("2028-02-02")).0,
        "uncovered"
    );
    assert_eq!(
        status_of(&annex_i, "act@2", "HR.2", &on("2028-08-01")).0,
        "not-applicable"
    );
    assert_eq!(
        status_of(&no_basis, "act@2", "HR.2", &on("2027-12-02")).0,
        "uncovered"
    );
    // An obligation of no tier ignores the basis.
    assert_eq!(
        status_of(&annex_i, "act@2", "GEN", &on("2025-02-02")).0,
        "uncovered"
    );
}

#[test]
fn informative_entries_and_the_basis_point_are_never_gaps() {
    for fixture in ["annex_iii", "annex_i", "no_basis", "uses"] {
        let project = format!("{EU_BASIS}/{fixture}.cw");
        for on in [None, Some("2026-12-01"), Some("2030-01-01")] {
            let extra: Vec<&str> = on.map_or_else(Vec::new, |d| vec!["--on", d]);
            let json = framework_json(&project, "act@2", &extra);
            for id in ["CLS.P1", "USES.5(b)", "CLS.DEF"] {
                let r = json["requirements"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"] == id)
                    .unwrap();
                // CLS.DEF has a mapping (related): informative all the same.
                assert_eq!(r["status"], "informative", "{fixture} {on:?} {id}");
            }
            assert_eq!(json["informative"], 3, "{fixture}");
            // Counted apart: not in `applicable`.
            let counted: u64 = [
                "covered",
                "partial",
                "derived",
                "uncovered",
                "excluded",
                "not_applicable",
                "informative",
            ]
            .iter()
            .map(|k| json[k].as_u64().unwrap())
            .sum();
            assert_eq!(counted, 9, "{fixture}: every requirement counted once");
            let applicable = ["covered", "partial", "derived", "uncovered"]
                .iter()
                .map(|k| json[k].as_u64().unwrap())
                .sum::<u64>();
            assert_eq!(json["applicable"], applicable, "{fixture}");
        }
    }
    // The system's basis point is shown as its basis.
    let json = framework_json(&format!("{EU_BASIS}/annex_iii.cw"), "act@2", &[]);
    let point = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "USES.5(b)")
        .unwrap()
        .clone();
    assert_eq!(
        point["basis_of"],
        serde_json::json!(["component `Credit score` of system `Lending`"])
    );
    assert_eq!(
        point["reason"],
        "the classification basis of component `Credit score` of system `Lending`"
    );
    // In act@1, which marks nothing informative, the same entries are
    // obligations like any other.
    assert_eq!(
        status_of(&format!("{EU_BASIS}/annex_iii.cw"), "act@1", "CLS.DEF", &[]).0,
        "uncovered"
    );
}

#[test]
fn use_tagged_duties_apply_only_to_the_declared_uses() {
    let uses = format!("{EU_BASIS}/uses.cw");
    assert_eq!(status_of(&uses, "act@2", "TR.1", &[]).0, "uncovered");
    let (status, reason) = status_of(&uses, "act@2", "TR.3", &[]);
    assert_eq!(status, "not-applicable");
    assert_eq!(
        reason,
        "applies to the Art. 50 use case emotion-recognition; the declared use cases are interaction, synthetic-content"
    );
    assert_eq!(status_of(&uses, "act@2", "TR.4", &[]).0, "not-applicable");
    // Where no system or component declares `uses`, every use applies.
    let none = format!("{EU_BASIS}/annex_iii.cw");
    for id in ["TR.1", "TR.3", "TR.4"] {
        assert_eq!(status_of(&none, "act@2", id, &[]).0, "uncovered", "{id}");
    }
}

#[test]
fn explain_says_informative_and_which_date_a_basis_gives() {
    let explain = |fixture: &str, id: &str| -> serde_json::Value {
        let run = crosswalk(&[
            "explain",
            "--format",
            "json",
            id,
            &format!("{EU_BASIS}/{fixture}.cw"),
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        serde_json::from_str(&run.stdout).unwrap()
    };
    let point = explain("annex_iii", "act@2:USES.5(b)");
    assert_eq!(point["status"], "informative");
    assert_eq!(
        point["reason"],
        "the classification basis of component `Credit score` of system `Lending`"
    );
    let rule = explain("annex_iii", "act@2:CLS.DEF");
    assert_eq!(rule["status"], "informative");
    let obligation = explain("annex_iii", "act@2:HR.1");
    assert_eq!(
        obligation["applies_from"],
        serde_json::json!([{
            "who": "component `Credit score` of system `Lending`",
            "classification": "high-risk under Annex III, point 5(b)",
            "basis": null,
            "date": "2027-12-02"
        }])
    );
    // Without a system of its tier, the catalog's dates, each basis apart.
    let catalog = explain("uses", "act@2:HR.1");
    let lines: Vec<(serde_json::Value, serde_json::Value)> = catalog["applies_from"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["basis"].clone(), d["date"].clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (serde_json::Value::Null, "2027-12-02".into()),
            ("annex-i".into(), "2028-08-02".into()),
        ]
    );
    let text = crosswalk(&["explain", "act@2:HR.1", &format!("{EU_BASIS}/annex_i.cw")]);
    assert!(
        text.stdout.contains(
            "  applies from:\n    system `Braking assistant` (high-risk under Rule P1 (Annex I)): 2028-08-02\n"
        ),
        "{}",
        text.stdout
    );
}

/// The built-in EU AI Act versions judge Art. 9(1) by the system's
/// classification basis: (fixture, framework, day, status).
#[test]
fn built_in_eu_ai_act_dates_follow_the_classification_basis() {
    let cases = [
        // As amended in 2026: Annex III from 2027-12-02, Annex I from 2028-08-02.
        (
            "annex_iii_2026",
            "eu-ai-act@2026",
            "2026-12-01",
            "not-applicable",
        ),
        (
            "annex_iii_2026",
            "eu-ai-act@2026",
            "2027-12-01",
            "not-applicable",
        ),
        ("annex_iii_2026", "eu-ai-act@2026", "2027-12-02", "covered"),
        (
            "annex_i_2026",
            "eu-ai-act@2026",
            "2027-12-02",
            "not-applicable",
        ),
        (
            "annex_i_2026",
            "eu-ai-act@2026",
            "2028-08-01",
            "not-applicable",
        ),
        ("annex_i_2026", "eu-ai-act@2026", "2028-08-02", "covered"),
        // As published: Annex III from 2026-08-02, Annex I from 2027-08-02
        // (Art. 113(c)).
        (
            "annex_iii_2024",
            "eu-ai-act@2024",
            "2026-08-01",
            "not-applicable",
        ),
        ("annex_iii_2024", "eu-ai-act@2024", "2026-08-02", "covered"),
        ("annex_iii_2024", "eu-ai-act@2024", "2026-12-01", "covered"),
        (
            "annex_i_2024",
            "eu-ai-act@2024",
            "2026-12-01",
            "not-applicable",
        ),
        (
            "annex_i_2024",
            "eu-ai-act@2024",
            "2027-08-01",
            "not-applicable",
        ),
        ("annex_i_2024", "eu-ai-act@2024", "2027-08-02", "covered"),
    ];
    for (fixture, framework, on, expected) in cases {
        let project = format!("tests/fixtures/coverage/eu_builtin/{fixture}.cw");
        let (status, reason) = status_of(&project, framework, "Art.9(1)", &["--on", on]);
        assert_eq!(status, expected, "{fixture} {framework} on {on}: {reason}");
    }
    let (_, reason) = status_of(
        "tests/fixtures/coverage/eu_builtin/annex_iii_2026.cw",
        "eu-ai-act@2026",
        "Art.9(1)",
        &["--on", "2026-12-01"],
    );
    assert_eq!(
        reason,
        "high-risk under Annex III, point 5(b): obligations apply from 2027-12-02"
    );
    // The basis point itself is shown as the basis, never as a gap.
    let (status, _) = status_of(
        "tests/fixtures/coverage/eu_builtin/annex_iii_2026.cw",
        "eu-ai-act@2026",
        "AnnexIII.5(b)",
        &[],
    );
    assert_eq!(status, "informative");
}
