//! `crosswalk fmt`: canonical, idempotent, and never loses a comment or a
//! byte of text.

use std::fs;

use crosswalk::format::format;
use crosswalk::source::{FileId, SourceFile};
use crosswalk::syntax::{Ast, parse};

use crate::support::{all_fixture_files, crosswalk, relative, root, temp_dir};

/// Parses text that must parse cleanly.
fn parse_clean(name: &str, text: &str) -> (SourceFile, Option<Ast>) {
    let source = SourceFile::new(name, text, false);
    let parsed = parse(FileId(0), &source);
    let ast = parsed.ast.filter(|_| parsed.diagnostics.is_empty());
    (source, ast)
}

/// The comments of a file, in order, as written.
fn comments(source: &SourceFile, ast: &Ast) -> Vec<String> {
    ast.comments
        .iter()
        .map(|c| source.text[c.range()].trim_end().to_owned())
        .collect()
}

#[test]
fn formatting_every_fixture_is_idempotent_and_keeps_comments_and_text() {
    let mut checked = 0;
    for path in all_fixture_files() {
        let name = relative(&path);
        let text = fs::read_to_string(&path).unwrap();
        let (source, Some(ast)) = parse_clean(&name, &text) else {
            continue; // Fixtures of syntax errors: fmt leaves them alone.
        };
        let once = format(&source, &ast);
        let (formatted, reparsed) = parse_clean(&name, &once);
        let reparsed =
            reparsed.unwrap_or_else(|| panic!("{name}: formatted output does not parse:\n{once}"));
        assert_eq!(
            format(&formatted, &reparsed),
            once,
            "{name}: formatting twice changes the output"
        );
        assert_eq!(
            comments(&source, &ast),
            comments(&formatted, &reparsed),
            "{name}: comments changed"
        );
        assert_eq!(
            serde_json::to_value(&ast).unwrap(),
            serde_json::to_value(&reparsed).unwrap(),
            "{name}: formatting changed what the file says"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} fixtures parsed cleanly");
}

#[test]
fn a_messy_file_gets_the_canonical_layout() {
    let path = root().join("tests/fixtures/fmt/messy.cw");
    let text = fs::read_to_string(&path).unwrap();
    let (source, ast) = parse_clean("messy.cw", &text);
    let formatted = format(&source, &ast.expect("the fixture parses"));
    insta::with_settings!({ description => text, omit_expression => true }, {
        insta::assert_snapshot!(formatted);
    });
}

#[test]
fn risk_library_syntax_gets_the_canonical_layout() {
    // `touches … because`, `touches-none`, `component-kind … implies` and a
    // component's `eu-ai-act` line, with comments between their tokens.
    let path = root().join("tests/fixtures/fmt/messy_risks.cw");
    let text = fs::read_to_string(&path).unwrap();
    let (source, ast) = parse_clean("messy_risks.cw", &text);
    let formatted = format(&source, &ast.expect("the fixture parses"));
    insta::with_settings!({ description => text, omit_expression => true }, {
        insta::assert_snapshot!(formatted);
    });
}

#[test]
fn the_bundled_example_and_catalogs_are_formatted() {
    for dir in ["examples", "frameworks"] {
        let run = crosswalk(&["fmt", "--check", dir]);
        assert_eq!(run.code, 0, "{}", run.transcript());
    }
}

#[test]
fn check_mode_names_files_and_changes_nothing_then_fmt_rewrites() {
    let dir = temp_dir("fmt-check");
    let messy = fs::read_to_string(root().join("tests/fixtures/fmt/messy.cw")).unwrap();
    let clean =
        fs::read_to_string(root().join("examples/risk-scoring-api/controls/model-lifecycle.cw"))
            .unwrap();
    fs::write(dir.join("messy.cw"), &messy).unwrap();
    fs::write(dir.join("clean.cw"), &clean).unwrap();

    let run = crate::support::crosswalk_in(&dir, &["fmt", "--check", "."]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(run.stdout, "would reformat ./messy.cw\n");
    assert_eq!(fs::read_to_string(dir.join("messy.cw")).unwrap(), messy);

    let run = crate::support::crosswalk_in(&dir, &["fmt", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "formatted ./messy.cw\n");
    assert_ne!(fs::read_to_string(dir.join("messy.cw")).unwrap(), messy);
    assert_eq!(fs::read_to_string(dir.join("clean.cw")).unwrap(), clean);
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no temporary files are left: {leftovers:?}"
    );

    let run = crate::support::crosswalk_in(&dir, &["fmt", "--check", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn a_file_with_errors_is_left_alone() {
    let dir = temp_dir("fmt-errors");
    let broken = "control X \"T\" {\n  frequency sometimes   # a bad word\n}\n";
    fs::write(dir.join("broken.cw"), broken).unwrap();
    let run = crate::support::crosswalk_in(&dir, &["fmt", "."]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("crosswalk::syntax::unknown_value"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(dir.join("broken.cw")).unwrap(), broken);
}
