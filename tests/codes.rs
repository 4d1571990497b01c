//! The registry of diagnostic codes against everything that names a code:
//! the README's table (generated from the registry), the code constants in
//! the source, and the severity of every diagnostic the snapshots and the
//! fixture projects hold.
//!
//! `CROSSWALK_BLESS=1 cargo test --test integration codes` rewrites the
//! README's table from the registry.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use crosswalk::codes;

use crate::support::{before_tests, files_under, root};

const TABLE_START: &str = "<!-- codes:start (generated from src/codes.rs: CROSSWALK_BLESS=1 cargo test --test integration codes) -->\n";
const TABLE_END: &str = "<!-- codes:end -->";

/// Every quoted `"crosswalk::stage::name"` in a text.
fn quoted_codes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("\"crosswalk::") {
        let rest = &text[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('"') {
            found.push(rest[..end].to_owned());
        }
    }
    found
}

#[test]
fn the_readme_table_is_the_registry() {
    let path = root().join("README.md");
    let readme = fs::read_to_string(&path).expect("README.md");
    let start = readme
        .find(TABLE_START)
        .expect("the README marks its table of codes with the codes:start comment");
    let end = readme[start..].find(TABLE_END).expect("codes:end") + start;
    let generated = codes::markdown_table();
    let shown = &readme[start + TABLE_START.len()..end];
    if shown != generated {
        if std::env::var_os("CROSSWALK_BLESS").is_some() {
            let updated = format!(
                "{}{TABLE_START}{generated}{}",
                &readme[..start],
                &readme[end..]
            );
            fs::write(&path, updated).expect("write README.md");
        } else {
            panic!(
                "the README's table of codes differs from the registry (src/codes.rs); \
                 rerun with CROSSWALK_BLESS=1 to regenerate it.\n--- README\n{shown}\n--- registry\n{generated}"
            );
        }
    }
}

#[test]
fn every_code_in_the_source_is_registered() {
    let registered: Vec<&str> = codes::all().iter().map(|c| c.name).collect();
    let mut unregistered = Vec::new();
    for file in files_under(&root().join("src"), ".rs") {
        let text = fs::read_to_string(&file).expect("a source file");
        // Test code may name codes it makes up.
        for name in quoted_codes(before_tests(&text)) {
            if !registered.contains(&name.as_str()) {
                unregistered.push(format!("{}: {name}", file.display()));
            }
        }
    }
    assert!(
        unregistered.is_empty(),
        "codes raised in the source but missing from a CODES table: {unregistered:#?}"
    );
}

/// Each diagnostic in a pretty-printed JSON snapshot: `"code": …` followed
/// by `"severity": …` on the next line.
fn snapshot_severities(text: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut found = Vec::new();
    for pair in lines.windows(2) {
        let (Some(code), Some(severity)) = (
            pair[0].strip_prefix("\"code\": \""),
            pair[1].strip_prefix("\"severity\": \""),
        ) else {
            continue;
        };
        let code = code.trim_end_matches(',').trim_end_matches('"');
        let severity = severity.trim_end_matches(',').trim_end_matches('"');
        found.push((code.to_owned(), severity.to_owned()));
    }
    found
}

#[test]
fn every_diagnostic_has_the_severity_its_code_is_registered_with() {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut check = |code: &str, severity: &str, place: &str| {
        match codes::lookup(code) {
            None => wrong.push(format!("{place}: `{code}` is not registered")),
            Some(entry) if entry.severity.to_string() != severity => wrong.push(format!(
                "{place}: `{code}` raised as {severity}, registered as {}",
                entry.severity
            )),
            Some(_) => {}
        }
        seen.insert(code.to_owned(), severity.to_owned());
    };
    for snapshot in files_under(&root().join("tests/snapshots"), ".snap") {
        let text = fs::read_to_string(&snapshot).expect("a snapshot");
        for (code, severity) in snapshot_severities(&text) {
            check(&code, &severity, &snapshot.display().to_string());
        }
    }
    let fixtures = root().join("tests/fixtures");
    let mut projects: Vec<PathBuf> = files_under(&fixtures.join("check"), ".cw");
    projects.extend(
        fs::read_dir(fixtures.join("projects"))
            .expect("fixture projects")
            .map(|e| e.expect("an entry").path()),
    );
    projects.push(root().join("examples"));
    projects.sort();
    for project in projects {
        let Ok(sources) = crosswalk::project::load(&project) else {
            continue;
        };
        for diagnostic in crosswalk::compile(sources).diagnostics {
            check(
                diagnostic.code,
                &diagnostic.severity.to_string(),
                &project.display().to_string(),
            );
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The check saw a good share of the registry, of both severities.
    assert!(seen.len() >= 40, "only {} codes seen: {seen:?}", seen.len());
    assert!(seen.values().any(|s| s == "error") && seen.values().any(|s| s == "warning"));
}

#[test]
fn the_readers_find_codes_and_severities() {
    assert_eq!(
        quoted_codes(r#"x = "crosswalk::lint::a_b"; y = "crosswalk::oops" "crosswalk::x::"#),
        vec!["crosswalk::lint::a_b", "crosswalk::oops"]
    );
    let snapshot = "{\n  \"code\": \"crosswalk::lint::x\",\n  \"severity\": \"warning\",\n  \"code\": \"y\"\n}";
    assert_eq!(
        snapshot_severities(snapshot),
        vec![("crosswalk::lint::x".to_owned(), "warning".to_owned())]
    );
}
