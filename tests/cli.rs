//! The `frameworks` command, end to end.

use crate::support::crosswalk;

#[test]
fn frameworks_lists_the_built_in_catalogs() {
    let run = crosswalk(&["frameworks"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn frameworks_show_prints_the_stable_json_shape() {
    let run = crosswalk(&["frameworks", "show", "nist-ai-rmf@1.0", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let requirements = json["requirements"].as_array().unwrap();
    assert_eq!(requirements.len(), 72);
    assert_eq!(requirements[0]["id"], "GOVERN-1.1");
    assert_eq!(requirements[0]["display"], "GOVERN 1.1");
    assert_eq!(requirements[0]["parent"], "GOVERN-1");
    assert!(requirements.iter().all(|r| r["title"].is_string()));
    assert_eq!(json["groups"].as_array().unwrap().len(), 23);
}

#[test]
fn frameworks_show_as_text_is_an_indented_outline() {
    let run = crosswalk(&["frameworks", "show", "nist-ai-rmf"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines.contains(&"    GOVERN 1.1  Legal and regulatory requirements"),
        "{}",
        run.stdout
    );
}

#[test]
fn frameworks_show_an_unknown_framework_suggests_one() {
    let run = crosswalk(&["frameworks", "show", "nist-ai-rfm@1.0"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `nist-ai-rmf`?"),
        "{}",
        run.stderr
    );
    let run = crosswalk(&["frameworks", "show", "nist-ai-rmf@2.0"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`nist-ai-rmf@1.0`"), "{}", run.stderr);
}

#[test]
fn frameworks_include_a_projects_own_catalogs() {
    let run = crosswalk(&["frameworks", "--project", "tests/fixtures/projects/split"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("internal@2026"), "{}", run.stdout);
}

#[test]
fn usage_errors_exit_with_two() {
    assert_eq!(crosswalk(&["chekc"]).code, 2);
    assert_eq!(crosswalk(&["--help"]).code, 0);
}

#[test]
fn a_projects_framework_replaces_the_built_in_one_of_the_same_version() {
    let run = crosswalk(&[
        "frameworks",
        "--format",
        "json",
        "--project",
        "tests/fixtures/projects/override_builtin",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let rmf: Vec<&serde_json::Value> = json["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"] == "nist-ai-rmf")
        .collect();
    assert_eq!(rmf.len(), 1);
    assert_eq!(rmf[0]["builtin"], false);
    assert_eq!(rmf[0]["requirements"], 2);
}

#[test]
fn frameworks_show_lists_eu_obligations_with_their_applicability() {
    let run = crosswalk(&["frameworks", "show", "eu-ai-act@2024", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let find = |id: &str| {
        json["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} is listed"))
            .clone()
    };
    let art26 = find("Art.26(1)");
    assert_eq!(
        art26["applicability"]["roles"],
        serde_json::json!(["deployer"])
    );
    assert_eq!(
        art26["applicability"]["tiers"],
        serde_json::json!(["high-risk"])
    );
    assert_eq!(art26["applicability"]["applies_from"], "2026-08-02");
    let art5 = find("Art.5(1)(a)");
    assert_eq!(art5["applicability"]["applies_from"], "2025-02-02");
}

#[test]
fn the_hidden_corpus_command_writes_a_project_that_compiles() {
    let dir = crate::support::temp_dir("corpus");
    let out = dir.join("project");
    let run = crosswalk(&["corpus", "--controls", "20", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = crosswalk(&["coverage", "--format", "json", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["frameworks"].as_array().unwrap().len(), 2);
    // It refuses to write over an existing folder.
    assert_eq!(
        crosswalk(&["corpus", "--controls", "20", out.to_str().unwrap()]).code,
        2
    );
    assert!(!crosswalk(&["--help"]).stdout.contains("corpus"));
}

#[test]
fn frameworks_show_an_unknown_framework_is_a_diagnostic() {
    let run = crosswalk(&["frameworks", "show", "NOPE", "--format", "json"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["code"], crosswalk::cli::UNKNOWN_FRAMEWORK);
    assert_eq!(diagnostic["message"], "no framework named `NOPE` is loaded");
    assert_eq!(diagnostic["file"], "command line");
    // `frameworks show NOPE`: the value starts at column 17.
    assert_eq!(diagnostic["column"], 17);
    assert_eq!(diagnostic["label"], "not loaded");
}

#[test]
fn coverage_of_a_framework_in_several_versions_is_a_diagnostic() {
    let run = crosswalk(&[
        "coverage",
        "--framework",
        "eu-ai-act",
        "--format",
        "json",
        "examples/risk-scoring-api",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["code"], crosswalk::cli::AMBIGUOUS_FRAMEWORK);
    assert_eq!(
        diagnostic["help"],
        "name one: `eu-ai-act@2024`, `eu-ai-act@2026`"
    );
    let run = crosswalk(&[
        "coverage",
        "--framework",
        "eu-ai-act",
        "examples/risk-scoring-api",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("crosswalk::cli::ambiguous_framework"),
        "{}",
        run.stderr
    );
}
