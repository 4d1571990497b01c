//! `import oscal` of OSCAL 1.2 mapping collections: a collection in the
//! shape NIST publishes, imported as a crosswalk that checks against its
//! frameworks; resources the import cannot name; hostile collections.

use std::fs;
use std::path::PathBuf;

use crosswalk::oscal::{ImportOptions, ImportedDocument, import_document};
use crosswalk::source::{FileId, SourceFile};

use crate::support::{crosswalk, crosswalk_in, root, temp_dir};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/oscal/mapping").join(name)
}

const MAPPING: &str = "tests/fixtures/oscal/mapping/ai-policy-to-iso42001_mapping.json";
const CATALOG: &str = "tests/fixtures/oscal/mapping/ai-policy_catalog.json";

#[test]
fn a_nist_style_mapping_collection_imports_as_a_crosswalk_that_checks() {
    let run = crosswalk(&["import", "oscal", MAPPING, "--target", "iso42001@2023"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("mapping_collection_as_crosswalk", run.stdout);
    // The source framework is named as `import oscal` names its catalog,
    // which the mapping points at beside it.
    assert!(
        run.stdout
            .starts_with("crosswalk ai-policy@1.0 -> iso42001@2023 {"),
        "{}",
        run.stdout
    );
    // The map of two sources equal to one target gives each source only
    // `subset`, and says so.
    assert!(run.stdout.contains("pol-3 subset 6.1.4"), "{}", run.stdout);
    assert!(run.stdout.contains("pol-4 subset 6.1.4"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("From one OSCAL map: pol-3, pol-4 equal-to 6.1.4 as a whole."),
        "{}",
        run.stdout
    );
    // The unknown token and the id ISO/IEC 42001 lacks are warnings at
    // their place; the rest imports.
    assert!(
        run.stderr
            .contains("crosswalk::oscal::unknown_relationship"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("ai-policy-to-iso42001_mapping.json:54:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("crosswalk::oscal::unknown_mapped_id")
            && run.stderr.contains("has no requirement `A.99`"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("A.99"), "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "imported crosswalk ai-policy@1.0 -> iso42001@2023 (5 pairs); 2 maps gave no pair"
        ),
        "{}",
        run.stderr
    );

    // The crosswalk checks clean with the source catalog loaded.
    let dir = temp_dir("mapping-project");
    fs::write(dir.join("crosswalk.cw"), &run.stdout).unwrap();
    let check = crosswalk_in(
        &dir,
        &[
            "check",
            ".",
            "--framework-file",
            fixture("ai-policy_catalog.json").to_str().unwrap(),
        ],
    );
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    // And it is in `fmt`'s canonical layout already.
    let fmt = crosswalk_in(&dir, &["fmt", "--check", "."]);
    assert_eq!(fmt.code, 0, "{}{}", fmt.stdout, fmt.stderr);
}

#[test]
fn a_resource_on_the_network_must_be_named() {
    let run = crosswalk(&["import", "oscal", MAPPING]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("crosswalk::oscal::unknown_resource"),
        "{}",
        run.stderr
    );
    // The terminal wraps the message: compare its words.
    let words = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("iso42001-2023.json` is not a local file"),
        "{words}"
    );
    assert!(words.contains("`--target NAME@VERSION`"), "{words}");
    assert!(
        words.contains("import never fetches from the network"),
        "{words}"
    );
    // Both given on the command line: nothing is read beside the file.
    let run = crosswalk(&[
        "import",
        "oscal",
        MAPPING,
        "--source",
        "ai-policy@1.0",
        "--target",
        "iso42001@2023",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A malformed flag is refused before anything is read.
    let run = crosswalk(&["import", "oscal", MAPPING, "--target", "iso42001"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("NAME@VERSION"), "{}", run.stderr);
}

#[test]
fn an_xml_mapping_collection_is_explained() {
    let dir = temp_dir("mapping-xml");
    let path = dir.join("mapping.xml");
    fs::write(
        &path,
        r#"<?xml version="1.0"?><mapping-collection xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="x"></mapping-collection>"#,
    )
    .unwrap();
    let run = crosswalk(&["import", "oscal", path.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let words = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("crosswalk::oscal::not_a_catalog"), "{words}");
    assert!(
        words.contains("mapping collections in JSON or YAML"),
        "{words}"
    );
}

/// Imports a collection's text with the target named; never panics.
fn imports_or_explains(text: &str) {
    let file = SourceFile::new("mapping.json", text.to_owned(), false);
    let mut options = ImportOptions::default();
    options.mapping.source = Some("ai-policy@1.0".to_owned());
    options.mapping.target = Some("iso42001@2023".to_owned());
    let (imported, diagnostics) = import_document(&file, FileId(0), &options);
    match imported {
        Some(ImportedDocument::Mapping(imported)) => {
            // What it writes parses.
            let written = SourceFile::new("written.cw", imported.text.clone(), false);
            let parsed = crosswalk::syntax::parse(FileId(0), &written);
            assert!(parsed.diagnostics.is_empty(), "{}", imported.text);
        }
        Some(ImportedDocument::Catalog(_)) => {}
        None => assert!(
            diagnostics
                .iter()
                .any(crosswalk::diagnostic::Diagnostic::is_error),
            "no result and no error"
        ),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Bytes flipped anywhere in the collection, and every prefix of it,
    /// import or are explained.
    #[test]
    fn corrupted_mapping_collections_never_panic(
        at in 0usize..6000,
        cut in 0.0f64..1.0,
        byte in proptest::sample::select(vec![b'{', b'}', b'"', b',', b':', b'[', b'x', b'\\', b'\n']),
    ) {
        let text = fs::read_to_string(root().join(MAPPING)).unwrap();
        let mut bytes = text.clone().into_bytes();
        let at = at.min(bytes.len() - 1);
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            imports_or_explains(&text);
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let mut cut = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        imports_or_explains(&text[..cut]);
    }

    /// Any text in the fields a pair is written from comes out as one
    /// parsing pair (ids, remarks, qualifiers, the description).
    #[test]
    fn hostile_text_in_a_collection_is_written_safely(
        id in "\\PC{0,12}",
        remarks in "\\PC{0,40}",
        description in "\\PC{0,40}",
    ) {
        let collection = serde_json::json!({"mapping-collection": {
            "uuid": "u",
            "metadata": {"title": description, "version": "1", "oscal-version": "1.2.0"},
            "provenance": {"method": "human", "matching-rationale": "semantic", "status": "draft",
                           "mapping-description": description},
            "mappings": [{
                "uuid": "m",
                "source-resource": {"type": "catalog", "href": "x.json"},
                "target-resource": {"type": "catalog", "href": "y.json"},
                "maps": [{"uuid": "p", "relationship": "intersects-with",
                          "sources": [{"type": "control", "id-ref": id}],
                          "targets": [{"type": "control", "id-ref": "A.2.2"}],
                          "qualifiers": [{"subject": "both", "predicate": "has-requirement",
                                          "category": "blocked", "description": remarks}],
                          "remarks": remarks}]
            }]
        }});
        imports_or_explains(&collection.to_string());
    }
}

#[test]
fn the_fixture_catalog_is_named_as_import_names_it() {
    // The source framework's name comes from the same rule `import oscal`
    // uses for the catalog itself, so the two meet.
    let run = crosswalk(&["import", "oscal", CATALOG]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("framework ai-policy version \"1.0\""),
        "{}",
        run.stdout
    );
}
