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
        assert_eq!(
            status, "uncovered",
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
            // The open-source exemption is informative, not an obligation
            // (catalogs::eu_ai_act checks the mark).
            "Art.53(2)" => {}
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
