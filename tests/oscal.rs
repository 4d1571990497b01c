//! OSCAL import and export: the NIST SP 800-53 rev5 catalog in JSON (in
//! full), YAML and XML (samples), diagnostics on broken catalogs, and the
//! round trip.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::PathBuf;

use crosswalk::oscal::{ImportOptions, import};
use crosswalk::resolve::model::EntryKind;
use crosswalk::source::{FileId, SourceFile, SourceSet};

use crate::support::{crosswalk, crosswalk_in, root, temp_dir};

/// The full 5.0.1 catalog, decompressed.
pub fn catalog_json() -> String {
    let path = root().join("tests/reference/oscal/NIST_SP-800-53_rev5_catalog.json.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The full catalog written to a temporary folder, for the binary.
pub fn catalog_file(dir: &str) -> PathBuf {
    let dir = temp_dir(dir);
    let path = dir.join("NIST_SP-800-53_rev5_catalog.json");
    fs::write(&path, catalog_json()).unwrap();
    path
}

fn sample(extension: &str) -> PathBuf {
    root().join(format!(
        "tests/reference/oscal/NIST_SP-800-53_rev5_catalog-ac-sample.{extension}"
    ))
}

/// Imports and compiles; returns the `.cw` text and the compilation.
fn import_and_compile(name: &str, text: String) -> (String, crosswalk::Compilation) {
    let file = SourceFile::new(name, text, false);
    let (imported, diagnostics) = import(&file, FileId(0), &ImportOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let imported = imported.unwrap();
    let mut sources = SourceSet::new();
    sources.add(SourceFile::new("imported.cw", imported.text.clone(), false));
    let compilation = crosswalk::compile(sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:?}",
        compilation.diagnostics
    );
    (imported.text, compilation)
}

#[test]
fn sp_800_53_imports_with_every_control_enhancement_and_withdrawal_in_its_family() {
    let (_, compilation) = import_and_compile("NIST_SP-800-53_rev5_catalog.json", catalog_json());
    let model = &compilation.model;
    assert_eq!(model.frameworks.len(), 1);
    assert_eq!(model.frameworks[0].key(), "nist-sp-800-53-rev5@5.0.1");
    let requirements: Vec<_> = model
        .requirements
        .iter()
        .filter(|r| r.kind == EntryKind::Requirement)
        .collect();
    assert_eq!(requirements.len(), 1189);
    assert_eq!(requirements.iter().filter(|r| r.withdrawn).count(), 182);
    // Each control sits in the family its identifier names (`ac-2.1` in `ac`).
    let mut per_family: BTreeMap<String, usize> = BTreeMap::new();
    for r in &requirements {
        let family = &model.requirement(r.parent.unwrap()).id;
        assert_eq!(r.id.split('-').next().unwrap(), family, "{}", r.id);
        *per_family.entry(family.clone()).or_default() += 1;
    }
    let families: Vec<&str> = per_family.keys().map(String::as_str).collect();
    assert_eq!(
        families,
        [
            "ac", "at", "au", "ca", "cm", "cp", "ia", "ir", "ma", "mp", "pe", "pl", "pm", "ps",
            "pt", "ra", "sa", "sc", "si", "sr"
        ]
    );
    assert_eq!(per_family["ac"], 147);
    assert_eq!(per_family["sr"], 27);
    let ac_2_1 = requirements.iter().find(|r| r.id == "ac-2.1").unwrap();
    assert_eq!(ac_2_1.display.as_deref(), Some("AC-2(1)"));
    assert_eq!(
        ac_2_1.statement.as_deref(),
        Some(
            "Support the management of system accounts using [Assignment: organization-defined automated mechanisms]."
        )
    );
    let ac_3_1 = requirements.iter().find(|r| r.id == "ac-3.1").unwrap();
    assert!(ac_3_1.withdrawn);
    assert_eq!(ac_3_1.summary.as_deref(), Some("Incorporated into AC-6."));
}

#[test]
fn the_three_syntaxes_import_alike() {
    let import_text = |path: PathBuf| {
        let text = fs::read_to_string(&path).unwrap();
        let (cw, _) = import_and_compile(&path.to_string_lossy(), text);
        // The source line names the file; the rest must agree.
        cw.lines()
            .filter(|l| !l.trim_start().starts_with("source "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let yaml = import_text(sample("yaml"));
    let xml = import_text(sample("xml"));
    assert_eq!(yaml, xml);
    assert!(yaml.contains("requirement ac-2.1 \"Automated System Account Management\""));
    assert!(yaml.contains("[Selection (one or more): Organization-level; Mission/business process-level; System-level]"));
}

#[test]
fn imported_frameworks_parse_and_are_formatted() {
    let dir = temp_dir("oscal-import-fmt");
    let catalog = catalog_file("oscal-import-fmt-in");
    let out = dir.join("nist.cw");
    let run = crosswalk(&[
        "import",
        "oscal",
        catalog.to_str().unwrap(),
        "--id",
        "nist-800-53",
        "--version",
        "5.0.1",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("1189 controls and enhancements (182 withdrawn) in 20 groups")
    );
    let check = crosswalk(&["check", dir.to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}", check.transcript());
    let fmt = crosswalk(&["fmt", "--check", dir.to_str().unwrap()]);
    assert_eq!(fmt.code, 0, "{}", fmt.transcript());
}

#[test]
fn a_catalog_loads_directly_as_a_framework_and_withdrawn_controls_are_not_uncovered() {
    let dir = temp_dir("oscal-framework-file");
    fs::write(
        dir.join("controls.cw"),
        "control AC-POL \"Access control policy\" {\n  owner \"CISO\"\n  satisfies nist-sp-800-53-rev5:AC-1 equal\n}\n",
    )
    .unwrap();
    let catalog = catalog_file("oscal-framework-file-in");
    let run = crosswalk(&[
        "coverage",
        dir.to_str().unwrap(),
        "--framework-file",
        catalog.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let framework = &json["frameworks"][0];
    assert_eq!(framework["framework"], "nist-sp-800-53-rev5");
    assert_eq!(framework["covered"], 1);
    assert_eq!(framework["not_applicable"], 182);
    assert_eq!(framework["uncovered"], 1189 - 182 - 1);
}

/// Runs `import oscal` on `text` saved as `name`; returns the exit code and
/// standard error with its white space collapsed.
fn import_error(name: &str, text: &str) -> (i32, String) {
    let dir = temp_dir(&format!("oscal-error-{}", name.replace('.', "-")));
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    let run = crosswalk_in(&dir, &["import", "oscal", name]);
    assert!(run.stdout.is_empty(), "no half output: {}", run.stdout);
    // Lines wrapped at 80 columns joined again, for matching.
    let joined = run
        .stderr
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (run.code, joined)
}

#[test]
fn a_truncated_catalog_says_where_it_stops() {
    let full = catalog_json();
    let cut = &full[..200_000];
    let (code, stderr) = import_error("truncated.json", cut);
    assert_eq!(code, 2);
    assert!(stderr.contains("crosswalk::oscal::truncated"), "{stderr}");
    assert!(
        stderr.contains("ends in the middle of the OSCAL JSON document"),
        "{stderr}"
    );
    let last_line = cut.lines().count();
    assert!(
        stderr.contains(&format!("truncated.json:{last_line}:")),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: the file looks cut short"),
        "{stderr}"
    );
    assert!(stderr.contains("the document stops here"), "{stderr}");
}

#[test]
fn a_malformed_catalog_points_at_the_fault() {
    let text = "{\n  \"catalog\": {\n    \"uuid\": \"x\",\n    \"metadata\": {\"title\": \"t\", \"version\": \"1\", \"oscal-version\": \"1.1.2\",}\n  }\n}\n";
    let (code, stderr) = import_error("malformed.json", text);
    assert_eq!(code, 2);
    assert!(stderr.contains("crosswalk::oscal::syntax"), "{stderr}");
    assert!(
        stderr.contains("is not well-formed JSON: trailing comma"),
        "{stderr}"
    );
    assert!(stderr.contains("malformed.json:4:"), "{stderr}");
}

#[test]
fn a_mistyped_field_is_named_by_its_path_and_line() {
    let mut value: serde_json::Value = serde_json::from_str(&catalog_json()).unwrap();
    value["catalog"]["groups"][3]["controls"][7]["id"] = serde_json::json!(17);
    let text = serde_json::to_string_pretty(&value).unwrap();
    let line = text
        .lines()
        .position(|l| l.trim() == "\"id\": 17,")
        .unwrap()
        + 1;
    let (code, stderr) = import_error("mistyped.json", &text);
    assert_eq!(code, 2);
    assert!(stderr.contains("crosswalk::oscal::invalid"), "{stderr}");
    assert!(
        stderr.contains(
            "at `catalog.groups[3].controls[7].id`: invalid type: integer `17`, expected a string"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("mistyped.json:{line}:")),
        "{stderr}"
    );
}

#[test]
fn unsupported_versions_other_models_and_duplicate_ids_are_reported() {
    let catalog = |version: &str, second_id: &str| {
        format!(
            "{{\"catalog\": {{\"uuid\": \"u\", \"metadata\": {{\"title\": \"T\", \"version\": \"1\", \"oscal-version\": \"{version}\"}},\n\"groups\": [{{\"id\": \"g\", \"title\": \"G\", \"controls\": [{{\"id\": \"c-1\", \"title\": \"C\"}}, {{\"id\": \"{second_id}\", \"title\": \"D\"}}]}}]}}}}"
        )
    };
    let (code, stderr) = import_error("v2.json", &catalog("2.0.0", "c-2"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("crosswalk::oscal::unsupported_version"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`catalog.metadata.oscal-version` is `2.0.0`"),
        "{stderr}"
    );
    let (code, stderr) = import_error("dup.json", &catalog("1.1.2", "c-1"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("crosswalk::oscal::duplicate_id"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`catalog.groups[0].controls[1].id` is `c-1`, which `catalog.groups[0].controls[0].id` already uses"),
        "{stderr}"
    );
    assert!(stderr.contains("dup.json:2:"), "{stderr}");
    let (code, stderr) = import_error("profile.json", "{\"profile\": {\"uuid\": \"u\"}}");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("crosswalk::oscal::not_a_catalog"),
        "{stderr}"
    );
    assert!(stderr.contains("it is an OSCAL profile"), "{stderr}");
}

#[test]
fn broken_yaml_and_xml_get_diagnostics_too() {
    let (code, stderr) = import_error(
        "bad.yaml",
        "catalog:\n  uuid: x\n  metadata:\n    title: [a\n",
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("bad.yaml:4:"), "{stderr}");
    assert!(stderr.contains("crosswalk::oscal::"), "{stderr}");
    let (code, stderr) = import_error("cut.xml", "<catalog><metadata><title>x</title>");
    assert_eq!(code, 2);
    assert!(stderr.contains("crosswalk::oscal::truncated"), "{stderr}");
    let (code, stderr) = import_error("nometa.xml", "<catalog uuid=\"u\"><group/></catalog>");
    assert_eq!(code, 2);
    assert!(stderr.contains("crosswalk::oscal::invalid"), "{stderr}");
    assert!(
        stderr.contains("at `catalog`: missing element `<metadata>`"),
        "{stderr}"
    );
}

/// Exports the export fixture (mapped to SP 800-53 and SOC 2) into `out`.
fn export_fixture(catalog: &std::path::Path, out: &std::path::Path, epoch: Option<&str>) -> String {
    let project = root().join("tests/fixtures/oscal/export");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_crosswalk"));
    command
        .args(["export", "oscal"])
        .arg(&project)
        .arg("--framework-file")
        .arg(catalog)
        .arg("--out")
        .arg(out)
        .env("NO_COLOR", "1");
    match epoch {
        Some(e) => command.env("SOURCE_DATE_EPOCH", e),
        None => command.env_remove("SOURCE_DATE_EPOCH"),
    };
    let output = command.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{stderr}");
    stderr
}

#[test]
fn export_leaves_a_folder_it_did_not_write_alone() {
    let catalog = catalog_file("oscal-export-foreign-in");
    let dir = temp_dir("oscal-export-foreign");
    fs::write(dir.join("notes.txt"), "mine").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_crosswalk"))
        .args(["export", "oscal"])
        .arg(root().join("tests/fixtures/oscal/export"))
        .arg("--framework-file")
        .arg(&catalog)
        .arg("--out")
        .arg(&dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("is not an earlier output of crosswalk"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
}

/// Every file under `dir`, by relative path.
fn read_tree(dir: &std::path::Path) -> BTreeMap<String, String> {
    fn walk(base: &std::path::Path, dir: &std::path::Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let relative = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(relative, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn export_writes_a_component_definition_mapping_collections_and_catalogs_byte_for_byte_again() {
    let catalog = catalog_file("oscal-export-in");
    let dir = temp_dir("oscal-export");
    let first = dir.join("first");
    let stderr = export_fixture(&catalog, &first, None);
    assert!(
        stderr.contains(
            "exported 2 controls, 2 mapping collections (with 0 conclusions) and 1 catalogs"
        ),
        "{stderr}"
    );
    let files = read_tree(&first);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            ".crosswalk-build",
            "catalogs/nist-sp-800-53-rev5@5.0.1.json",
            "component-definition.json",
            "mappings/nist-sp-800-53-rev5@5.0.1.json",
            "mappings/soc2@2017.json"
        ]
    );
    // Exporting again (over the old folder) gives the same bytes.
    export_fixture(&catalog, &first, None);
    assert_eq!(read_tree(&first), files);
    let second = dir.join("second");
    export_fixture(&catalog, &second, None);
    assert_eq!(read_tree(&second), files);
    // No clock: the date is the epoch, or SOURCE_DATE_EPOCH.
    assert!(
        files["component-definition.json"].contains("\"last-modified\": \"1970-01-01T00:00:00Z\"")
    );
    let dated = dir.join("dated");
    export_fixture(&catalog, &dated, Some("1700000000"));
    assert!(
        read_tree(&dated)["component-definition.json"]
            .contains("\"last-modified\": \"2023-11-14T22:13:20Z\"")
    );
    assert!(
        !dir.join(".first.crosswalk.tmp").exists() && !dir.join(".first.crosswalk.old").exists()
    );

    let mapping: serde_json::Value =
        serde_json::from_str(&files["mappings/nist-sp-800-53-rev5@5.0.1.json"]).unwrap();
    let collection = &mapping["mapping-collection"];
    assert_eq!(collection["provenance"]["status"], "complete");
    assert_eq!(collection["provenance"]["method"], "human");
    let mapping = &collection["mappings"][0];
    let maps = mapping["maps"].as_array().unwrap();
    let summary: Vec<(String, String, String)> = maps
        .iter()
        .map(|m| {
            (
                m["sources"][0]["id-ref"].as_str().unwrap().to_owned(),
                m["relationship"].as_str().unwrap().to_owned(),
                m["targets"][0]["id-ref"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("IAM-01", "equal-to", "ac-2"),
        ("IAM-01", "subset-of", "ac-2.1"),
        ("POL-01", "intersects-with", "ac-1"),
    ];
    assert_eq!(
        summary,
        expected.map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    );
    assert_eq!(maps[0]["matching-rationale"], "functional");
    assert_eq!(maps[0]["confidence-score"]["category"], "high");
    assert_eq!(
        maps[1]["remarks"],
        "Provisioning is automated; removal is not yet."
    );
    // The gap summary lists every requirement in force without a map: the
    // `related` edge to AC-3 is no map, withdrawn controls are left out.
    let unmapped = mapping["target-gap-summary"]["unmapped-controls"][0]["with-ids"]
        .as_array()
        .unwrap();
    assert_eq!(unmapped.len(), 1189 - 182 - 3);
    assert!(unmapped.iter().any(|id| id == "ac-3"));
    assert!(!unmapped.iter().any(|id| id == "ac-3.1"));

    let soc2: serde_json::Value = serde_json::from_str(&files["mappings/soc2@2017.json"]).unwrap();
    assert_eq!(soc2["mapping-collection"]["provenance"]["status"], "draft");
    let definition: serde_json::Value =
        serde_json::from_str(&files["component-definition.json"]).unwrap();
    let components = definition["component-definition"]["components"]
        .as_array()
        .unwrap();
    assert_eq!(components.len(), 2);
    let uuid = components[0]["uuid"].as_str().unwrap();
    assert_eq!(&uuid[14..15], "5", "a version 5 UUID: {uuid}");
}

/// Exports a project of built-in frameworks into a fresh folder and reads
/// back one mapping collection.
fn exported_collection(project: &str, name: &str, framework: &str) -> serde_json::Value {
    let out = temp_dir(name).join("export");
    let run = crosswalk(&[
        "export",
        "oscal",
        root().join(project).to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let path = out.join(format!("mappings/{framework}.json"));
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// The maps of a collection that mark combined coverage, and the others.
fn split_maps(collection: &serde_json::Value) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let maps = collection["mapping-collection"]["mappings"][0]["maps"]
        .as_array()
        .unwrap();
    maps.iter().cloned().partition(|m| {
        m["props"].as_array().is_some_and(|p| {
            p.iter()
                .any(|p| p["name"] == "coverage" && p["value"] == "combined")
        })
    })
}

/// A map's properties as `name=value`, in order.
fn props(map: &serde_json::Value) -> Vec<String> {
    map["props"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["ns"], "urn:crosswalk:oscal");
            format!(
                "{}={}",
                p["name"].as_str().unwrap(),
                p["value"].as_str().unwrap()
            )
        })
        .collect()
}

fn ids(list: &serde_json::Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| {
            assert_eq!(i["type"], "control");
            i["id-ref"].as_str().unwrap()
        })
        .collect()
}

#[test]
fn export_writes_a_conclusion_as_one_map_of_its_controls_together() {
    // The build fixture: SOC 2 CC7.1 is met by three `subset` controls and
    // an unreviewed conclusion.
    let soc2 = exported_collection(
        "tests/fixtures/build/lending",
        "oscal-conclusion",
        "soc2@2017",
    );
    let (combined, edges) = split_maps(&soc2);
    assert_eq!(combined.len(), 1, "one map per conclusion");
    let map = &combined[0];
    assert_eq!(ids(&map["sources"]), ["VUL-01", "MON-01", "CM-01"]);
    assert_eq!(ids(&map["targets"]), ["CC7.1"]);
    // Each control is a subset of CC7.1, so their union, which the
    // conclusion says meets it, is equal to it.
    assert_eq!(map["relationship"], "equal-to");
    assert_eq!(
        props(map),
        [
            "coverage=combined",
            "reviewer=Head of internal audit",
            "date=2026-11-20",
            "review-status=unreviewed"
        ]
    );
    assert_eq!(
        map["remarks"],
        "Combined coverage: Head of internal audit concluded on 2026-11-20 that the controls VUL-01 (subset), MON-01 (subset), CM-01 (subset) together meet soc2@2017:CC7.1, which no one of them meets in full; each control's own mapping is a map of its own. Review status of the conclusion: unreviewed.\n\nBecause: Scanning finds vulnerabilities in hosts and serving images, monitoring detects changes in production behaviour, and change approval reviews every configuration change: together they cover configuration changes and new vulnerabilities."
    );
    // The edges stay maps of their own, each saying whether it is reviewed.
    let cc71: Vec<(Vec<&str>, &str, Vec<String>)> = edges
        .iter()
        .filter(|m| ids(&m["targets"]) == ["CC7.1"])
        .map(|m| {
            (
                ids(&m["sources"]),
                m["relationship"].as_str().unwrap(),
                props(m),
            )
        })
        .collect();
    assert_eq!(
        cc71,
        [
            (
                vec!["CM-01"],
                "subset-of",
                vec!["review-status=reviewed".to_owned()]
            ),
            (
                vec!["MON-01"],
                "subset-of",
                vec!["review-status=unreviewed".to_owned()]
            ),
            (
                vec!["VUL-01"],
                "subset-of",
                vec!["review-status=unreviewed".to_owned()]
            ),
        ]
    );
    let provenance = &soc2["mapping-collection"]["provenance"];
    assert_eq!(provenance["status"], "draft");
    assert!(
        provenance["mapping-description"]
            .as_str()
            .unwrap()
            .contains(": 8 maps, one per edge; 1 more, one per conclusion,"),
        "{provenance}"
    );

    let iso = exported_collection(
        "tests/fixtures/build/lending",
        "oscal-conclusion-iso",
        "iso42001@2023",
    );
    let (combined, _) = split_maps(&iso);
    assert_eq!(ids(&combined[0]["sources"]), ["CM-01", "VUL-01"]);
    assert!(props(&combined[0]).contains(&"review-status=reviewed".to_owned()));
}

#[test]
fn a_conclusion_with_a_control_reaching_beyond_is_a_superset_and_its_text_is_inert() {
    // The injection fixture: INJ-01 `subset` and INJ-02 `intersects`
    // together meet A.6.2.5; the reviewer holds a line break, the
    // reasoning Markdown and HTML.
    let iso = exported_collection(
        "tests/fixtures/build/injection",
        "oscal-conclusion-injection",
        "iso42001@2023",
    );
    let (combined, _) = split_maps(&iso);
    let map = &combined[0];
    // INJ-02 reaches beyond the requirement, so their union does too.
    assert_eq!(map["relationship"], "superset-of");
    // A property value is one line without surrounding space.
    assert!(
        props(map).contains(
            &"reviewer==cmd|' /C calc'!A0 <img src=x onerror=alert('reviewer')> | pipe".to_owned()
        ),
        "{map}"
    );
    assert!(props(map).contains(&"review-status=draft".to_owned()));
    // The remarks are Markdown (OSCAL markup-multiline): the user's text is
    // escaped, each line of the reasoning kept from starting a block.
    let remarks = map["remarks"].as_str().unwrap();
    assert!(
        remarks.starts_with("Combined coverage: \\=cmd\\|' /C calc'\\!A0 &lt;img src=x onerror=alert('reviewer')&gt; \\| pipe concluded on 2026-11-20"),
        "{remarks}"
    );
    assert!(
        remarks.ends_with("Because: &lt;script&gt;alert('because')&lt;/script&gt; \\| pipe \\*bold\\*\n\\# not a heading\n\\- not a list\n\\=HYPERLINK(\"http://evil.example\")"),
        "{remarks}"
    );
    assert!(!remarks.contains("<script>") && !remarks.contains("<img"));
}

#[test]
fn import_export_import_gives_the_same_framework() {
    let catalog = catalog_file("oscal-round-trip-in");
    let dir = temp_dir("oscal-round-trip");
    let out = dir.join("export");
    export_fixture(&catalog, &out, None);
    let exported = out.join("catalogs/nist-sp-800-53-rev5@5.0.1.json");
    let show = |file: &std::path::Path| {
        let run = crosswalk(&[
            "frameworks",
            "show",
            "nist-sp-800-53-rev5@5.0.1",
            "--framework-file",
            file.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let mut json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        // Where it was imported from differs, by design.
        json["source"] = serde_json::Value::Null;
        json
    };
    let original = show(&catalog);
    let again = show(&exported);
    assert_eq!(original["requirements"].as_array().unwrap().len(), 1189);
    assert_eq!(original, again);
    // The `.cw` text is the same too, but for the source line.
    let text = |file: &std::path::Path| {
        let run = crosswalk(&["import", "oscal", file.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        run.stdout
            .lines()
            .filter(|l| !l.trim_start().starts_with("source "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(text(&catalog), text(&exported));
}

/// Loads every exported document with compliance-trestle's model classes
/// (`tests/trestle_validate.py`). `.ci/run` installs trestle in a virtual
/// environment and sets `CROSSWALK_TRESTLE_PYTHON` and
/// `CROSSWALK_REQUIRE_TRESTLE=1`; elsewhere the test says it skipped.
#[test]
fn every_exported_document_loads_in_compliance_trestle() {
    let Some(python) = std::env::var_os("CROSSWALK_TRESTLE_PYTHON") else {
        assert!(
            std::env::var("CROSSWALK_REQUIRE_TRESTLE").as_deref() != Ok("1"),
            "CROSSWALK_REQUIRE_TRESTLE=1 but CROSSWALK_TRESTLE_PYTHON is not set"
        );
        println!(
            "skipped: set CROSSWALK_TRESTLE_PYTHON to a Python with compliance-trestle installed \
             (`bash .ci/run` does) to validate the OSCAL export"
        );
        return;
    };
    let catalog = catalog_file("oscal-trestle-in");
    let out = temp_dir("oscal-trestle").join("export");
    export_fixture(&catalog, &out, None);
    // The example project; the build fixtures, whose conclusions are maps
    // with several sources (one with hostile text).
    let mut exported = Vec::new();
    for (project, name) in [
        ("examples/risk-scoring-api", "oscal-trestle-example"),
        ("tests/fixtures/build/lending", "oscal-trestle-lending"),
        ("tests/fixtures/build/injection", "oscal-trestle-injection"),
    ] {
        let dir = temp_dir(name).join("export");
        let run = crosswalk(&[
            "export",
            "oscal",
            root().join(project).to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        exported.push(dir);
    }
    let [example, lending, injection] = &exported[..] else {
        unreachable!("three projects are exported")
    };
    for (dir, expected) in [
        (
            &out,
            vec![
                r#"{"file": "catalogs/nist-sp-800-53-rev5@5.0.1.json", "model": "Catalog", "groups": 20}"#,
                r#"{"file": "component-definition.json", "model": "ComponentDefinition", "components": 2, "implemented_requirements": 4}"#,
                r#"{"file": "mappings/nist-sp-800-53-rev5@5.0.1.json", "model": "MappingCollection", "maps": 3, "relationships": ["equal-to", "intersects-with", "subset-of"], "unmapped": 1004}"#,
                r#"{"file": "mappings/soc2@2017.json", "model": "MappingCollection", "maps": 2, "relationships": ["no-relationship", "superset-of"], "unmapped": 59}"#,
            ],
        ),
        (example, vec![]),
        (
            lending,
            vec![
                r#"{"file": "component-definition.json", "model": "ComponentDefinition", "components": 5, "implemented_requirements": 14}"#,
                r#"{"file": "mappings/iso42001@2023.json", "model": "MappingCollection", "maps": 5, "relationships": ["equal-to", "intersects-with", "subset-of"], "unmapped": 67}"#,
                r#"{"file": "mappings/nist-ai-rmf@1.0.json", "model": "MappingCollection", "maps": 2, "relationships": ["equal-to", "intersects-with"], "unmapped": 70}"#,
                r#"{"file": "mappings/soc2@2017.json", "model": "MappingCollection", "maps": 9, "relationships": ["equal-to", "intersects-with", "subset-of", "superset-of"], "unmapped": 55}"#,
            ],
        ),
        (
            injection,
            vec![
                r#"{"file": "component-definition.json", "model": "ComponentDefinition", "components": 2, "implemented_requirements": 3}"#,
                r#"{"file": "mappings/iso42001@2023.json", "model": "MappingCollection", "maps": 3, "relationships": ["intersects-with", "subset-of", "superset-of"], "unmapped": 69}"#,
                r#"{"file": "mappings/soc2@2017.json", "model": "MappingCollection", "maps": 1, "relationships": ["equal-to"], "unmapped": 60}"#,
            ],
        ),
    ] {
        let output = std::process::Command::new(&python)
            .arg(root().join("tests/trestle_validate.py"))
            .arg(dir)
            .output()
            .expect("the trestle Python runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "trestle rejected an exported document:\n{}{stdout}",
            String::from_utf8_lossy(&output.stderr)
        );
        if expected.is_empty() {
            assert!(
                stdout.contains("\"model\": \"MappingCollection\""),
                "{stdout}"
            );
            assert!(
                stdout.contains("\"model\": \"ComponentDefinition\""),
                "{stdout}"
            );
        } else {
            assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
        }
    }
}

/// Imports `text`; either a framework that compiles cleanly, or at least
/// one error diagnostic — never a panic, never both nothing and no error.
fn imports_or_explains(name: &str, text: &str) {
    let file = SourceFile::new(name, text, false);
    let (imported, diagnostics) = import(&file, FileId(0), &ImportOptions::default());
    match imported {
        Some(imported) => {
            let mut sources = SourceSet::new();
            sources.add(SourceFile::new("imported.cw", imported.text, false));
            let compilation = crosswalk::compile(sources);
            assert!(
                !compilation.has_errors(),
                "{name}: import wrote a framework that does not compile: {:?}",
                compilation.diagnostics
            );
        }
        None => assert!(
            diagnostics
                .iter()
                .any(crosswalk::diagnostic::Diagnostic::is_error),
            "{name}: no framework and no error"
        ),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Every prefix of the samples, in the three syntaxes, imports or is
    /// explained.
    #[test]
    fn truncated_catalogs_never_panic(cut in 0.0f64..1.0, extension in proptest::sample::select(vec!["yaml", "xml"])) {
        let text = fs::read_to_string(sample(extension)).unwrap();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        imports_or_explains(&format!("sample.{extension}"), &text[..at]);
    }

    /// Bytes flipped into the JSON catalog's opening are explained too.
    #[test]
    fn corrupted_json_never_panics(at in 0usize..4000, byte in proptest::sample::select(vec![b'{', b'}', b'"', b',', b':', b'[', b'x', b'\\'])) {
        static HEAD: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let head = HEAD.get_or_init(|| {
            let text = fs::read_to_string(sample("yaml")).unwrap();
            let value: serde_json::Value = serde_yaml_ng::from_str(&text).unwrap();
            serde_json::to_string_pretty(&value).unwrap()
        });
        let mut bytes = head.clone().into_bytes();
        let at = at.min(bytes.len() - 1);
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            imports_or_explains("corrupted.json", &text);
        }
    }
}

#[test]
fn the_official_label_is_the_one_without_a_class() {
    let text = r#"{"catalog": {"uuid": "u", "metadata": {"title": "T", "version": "1", "oscal-version": "1.1.2"},
      "controls": [{"id": "ac-1", "title": "Policy", "props": [
        {"name": "label", "value": "AC-01", "class": "zero-padded"},
        {"name": "label", "value": "AC-1"},
        {"name": "status", "value": "withdrawn", "ns": "http://example.com/other"}]}]}}"#;
    let (cw, compilation) = import_and_compile("labels.json", text.to_owned());
    assert!(cw.contains("display \"AC-1\""), "{cw}");
    // A `status` in another namespace is not OSCAL's withdrawal.
    assert!(!compilation.model.requirements[0].withdrawn);
}

#[test]
fn an_edges_note_is_inert_markdown_in_the_export() {
    // Regression: a mapping's note went into the map's remarks (OSCAL
    // markup-multiline) as written, so HTML in it stayed HTML.
    let soc2 = exported_collection(
        "tests/fixtures/build/injection",
        "oscal-note-injection",
        "soc2@2017",
    );
    let (_, edges) = split_maps(&soc2);
    let remarks: Vec<&str> = edges.iter().filter_map(|m| m["remarks"].as_str()).collect();
    assert!(
        remarks.contains(&"note &lt;b&gt;html&lt;/b&gt; \\| pipe"),
        "{remarks:?}"
    );
    assert!(remarks.iter().all(|r| !r.contains("<b>")), "{remarks:?}");
}

#[test]
fn nists_current_version_forms_and_rev4s_withdrawn_are_read() {
    // Regression: `v1.2.2` (what NIST writes today) was refused, and
    // SP 800-53 rev4's `Withdrawn` was imported as a live requirement.
    for version in ["v1.2.2", "v1.1.3", "1.3.0"] {
        let text = format!(
            r##"{{"catalog": {{"uuid": "u", "metadata": {{"title": "T", "version": "1", "oscal-version": "{version}"}},
      "controls": [
        {{"id": "ac-1", "title": "Policy"}},
        {{"id": "ac-2", "title": "Gone", "props": [{{"name": "status", "value": "Withdrawn"}}],
          "links": [{{"href": "#ac-1", "rel": "incorporated-into"}}]}}]}}}}"##
        );
        let (cw, compilation) = import_and_compile("rev4-like.json", text);
        let withdrawn: Vec<bool> = compilation
            .model
            .requirements
            .iter()
            .map(|r| r.withdrawn)
            .collect();
        assert_eq!(withdrawn, vec![false, true], "{version}: {cw}");
        assert!(cw.contains("withdrawn"), "{cw}");
    }
}

#[test]
fn parameter_values_constraints_and_odp_labels_are_printed() {
    // Regression: a baseline's value ("at least annually") and a
    // constraint were lost, and SP 800-53 5.1's parameters printed as
    // `[Assignment: personnel or roles]` instead of NIST's form.
    let json = r#"{"catalog": {"uuid": "u", "metadata": {"title": "T", "version": "1", "oscal-version": "1.1.2"},
      "controls": [{"id": "ac-1", "title": "Policy",
        "params": [
          {"id": "ac-01_odp.01", "label": "personnel or roles"},
          {"id": "ac-1_prm_2", "label": "organization-defined frequency", "values": ["at least annually"]},
          {"id": "ac-1_prm_3", "label": "organization-defined events", "constraints": [{"description": "at least every 3 years"}]}],
        "parts": [{"id": "ac-1_smt", "name": "statement",
          "prose": "Give it to {{ insert: param, ac-01_odp.01 }} every {{ insert: param, ac-1_prm_2 }} and after {{ insert: param, ac-1_prm_3 }}."}]}]}}"#;
    let xml = r#"<catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="u"><metadata><title>T</title><version>1</version><oscal-version>1.1.2</oscal-version></metadata>
      <control id="ac-1"><title>Policy</title>
        <param id="ac-01_odp.01"><label>personnel or roles</label></param>
        <param id="ac-1_prm_2"><label>organization-defined frequency</label><value>at least annually</value></param>
        <param id="ac-1_prm_3"><label>organization-defined events</label><constraint><description><p>at least every 3 years</p></description></constraint></param>
        <part id="ac-1_smt" name="statement"><p>Give it to <insert type="param" id-ref="ac-01_odp.01"/> every <insert type="param" id-ref="ac-1_prm_2"/> and after <insert type="param" id-ref="ac-1_prm_3"/>.</p></part>
      </control></catalog>"#;
    for (name, text) in [("values.json", json), ("values.xml", xml)] {
        let (cw, _) = import_and_compile(name, text.to_owned());
        for printed in [
            "[Assignment: organization-defined personnel or roles]",
            "[Assignment: organization-defined frequency (set: at least annually)]",
            "[Assignment: organization-defined events (constraint: at least every 3 years)]",
        ] {
            assert!(cw.contains(printed), "{name}: {printed} in\n{cw}");
        }
    }
}
