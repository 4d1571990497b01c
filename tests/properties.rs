//! Random and truncated input: the parser and the resolver never panic, and
//! a file that does not parse always gets a diagnostic.

use proptest::prelude::*;

use std::fmt::Write as _;
use std::sync::OnceLock;

use crosswalk::diagnostic::{TextStyle, render_text};
use crosswalk::format::format;
use crosswalk::frameworks::builtin_sources;
use crosswalk::source::{FileId, SourceFile, SourceSet};
use crosswalk::syntax::parse;
use crosswalk::{ParsedSources, compile_parsed, parse_sources};

use crate::support::all_fixture_files;

/// Compiles `text` as a one-file project after the built-in catalogs and
/// checks the invariants every input must keep.
fn compiles_without_panic(text: &str) {
    // The built-in catalogs are parsed once for the whole test run.
    static BUILTIN: OnceLock<(SourceSet, ParsedSources)> = OnceLock::new();
    let (builtin_sources, builtin_parsed) = BUILTIN.get_or_init(|| {
        let mut sources = SourceSet::new();
        for file in builtin_sources() {
            sources.add(file);
        }
        let parsed = parse_sources(&sources);
        (sources, parsed)
    });
    let mut sources = builtin_sources.clone();
    let id = sources.add(SourceFile::new("input.cw", text, false));
    let parsed = parse(id, sources.get(id));
    let mut all = builtin_parsed.clone();
    all.push(parsed.clone());
    let compilation = compile_parsed(sources, all);
    // Not parsed at all (too deep), or some item broken: an error either way.
    if parsed.ast.as_ref().is_none_or(|ast| !ast.broken.is_empty()) {
        assert!(
            compilation.has_errors(),
            "a file that does not parse gets an error"
        );
    }
    // Text diagnostics render whatever the spans and the lines are.
    let text_report = render_text(
        &compilation.diagnostics,
        &compilation.sources,
        TextStyle::Plain,
        80,
    );
    assert!(
        !text_report.contains('\u{1b}'),
        "no raw escape character reaches the terminal"
    );
    for d in &compilation.diagnostics {
        let file = compilation.sources.get(d.primary.span.file);
        assert!(
            d.primary.span.end as usize <= file.text.len(),
            "span inside its file: {d:?}"
        );
        assert!(
            file.text.is_char_boundary(d.primary.span.start as usize),
            "span on a character boundary: {d:?}"
        );
        assert!(!d.message.is_empty() && d.code.starts_with("crosswalk::"));
        assert!(d.help.is_some(), "every error has help: {d:?}");
    }
    // What parses cleanly formats idempotently.
    if let Some(ast) = parsed.ast.filter(|_| parsed.diagnostics.is_empty()) {
        let source = SourceFile::new("input.cw", text, false);
        let once = format(&source, &ast);
        let again_source = SourceFile::new("input.cw", once.as_str(), false);
        let again = parse(FileId(0), &again_source)
            .ast
            .expect("formatted output parses");
        assert_eq!(format(&again_source, &again), once);
        assert_eq!(ast.comments.len(), again.comments.len(), "comments kept");
    }
}

/// Pieces of the language, shuffled into token soup.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("control".to_owned()),
        Just("risk".to_owned()),
        Just("framework".to_owned()),
        Just("crosswalk".to_owned()),
        Just("system".to_owned()),
        Just("group".to_owned()),
        Just("requirement".to_owned()),
        Just("satisfies".to_owned()),
        Just("mitigates".to_owned()),
        Just("owner".to_owned()),
        Just("evidence".to_owned()),
        Just("retention \"25m\"".to_owned()),
        Just("frequency monthly".to_owned()),
        Just("exclude".to_owned()),
        Just("because".to_owned()),
        Just("conclusion".to_owned()),
        Just("statement-of-applicability".to_owned()),
        Just("include".to_owned()),
        Just("approver".to_owned()),
        Just("in-progress".to_owned()),
        Just("met-by".to_owned()),
        Just("reviewer".to_owned()),
        Just("date".to_owned()),
        Just("status".to_owned()),
        Just("approved".to_owned()),
        Just("version".to_owned()),
        Just("strength".to_owned()),
        Just("equal".to_owned()),
        Just("subset".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just(",".to_owned()),
        Just("->".to_owned()),
        Just("\n".to_owned()),
        Just("# comment\n".to_owned()),
        Just("\"\"\"\n  text\n\"\"\"".to_owned()),
        Just("nist-ai-rmf@1.0:GOVERN-1.1".to_owned()),
        Just("nist-ai-rmf:GOVERN-1".to_owned()),
        Just("demo@1:R-1".to_owned()),
        Just("demo@1".to_owned()),
        "[A-Za-z][A-Za-z0-9.()-]{0,8}",
        "\"[^\"\\\\\n]{0,10}\"",
        "[0-9]{1,3}",
    ]
}

/// Pieces a hostile file is made of: non-ASCII text in strings, text
/// blocks and comments, blocks left open, blocks nested past the limit,
/// very long lines and control characters.
fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        token(),
        Just("\"\"\"\n héllo wörld ✓ 日本\n".to_owned()),
        Just("\"\"\"é".to_owned()),
        Just("\"\"\"\"".to_owned()),
        Just("\"\"\"\"\"".to_owned()),
        Just("\"\"".to_owned()),
        Just("\"ünïcödé".to_owned()),
        Just("# ñ ü \u{202e} \u{1b}[2J\n".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\u{1b}[31m".to_owned()),
        Just(" ".repeat(70_000)),
        (1usize..200).prop_map(|n| "group G \"t\" {\n".repeat(n)),
        (1usize..200).prop_map(|n| "}".repeat(n)),
        "[\\PC&&[^\"]]{0,12}".prop_map(|s| format!("\"{s}\"")),
        "\\PC{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn hostile_text(pieces in prop::collection::vec(hostile_piece(), 0..24)) {
        compiles_without_panic(&pieces.join(" "));
    }

    #[test]
    fn framework_nested_any_depth(depth in 0usize..400, close in any::<bool>()) {
        let mut text = String::from("framework deep version \"1\" \"Deep\" {\n");
        text.push_str(&"group G \"é\" {\n".repeat(depth));
        text.push_str("requirement R \"r\"\n");
        if close {
            text.push_str(&"}\n".repeat(depth + 1));
        }
        compiles_without_panic(&text);
    }

    #[test]
    fn any_text(text in "\\PC{0,200}") {
        compiles_without_panic(&text);
    }

    #[test]
    fn token_soup(tokens in prop::collection::vec(token(), 0..60)) {
        compiles_without_panic(&tokens.join(" "));
    }

    #[test]
    fn truncated_and_spliced_fixtures(file in 0usize..1000, cut in 0usize..100_000, splice in "\\PC{0,3}") {
        let files = all_fixture_files();
        let text = std::fs::read_to_string(&files[file % files.len()]).unwrap();
        let mut cut = cut % (text.len() + 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        compiles_without_panic(&text[..cut]);
        compiles_without_panic(&format!("{}{splice}{}", &text[..cut], &text[cut..]));
    }
}

#[test]
fn every_prefix_of_a_control_gets_a_diagnostic_or_parses() {
    let text =
        std::fs::read_to_string(crate::support::root().join("tests/fixtures/check/clean.cw"))
            .unwrap();
    for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        compiles_without_panic(&text[..cut]);
    }
}

/// How control `C{i}` maps to `demo@1:R` in the conclusion property
/// (`None`: it does not).
fn mapping_word() -> impl Strategy<Value = Option<&'static str>> {
    prop::option::of(prop::sample::select(vec![
        "equal",
        "superset",
        "subset",
        "intersects",
        "related",
        "no-relationship",
    ]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A conclusion stands exactly when it names two or more distinct,
    /// defined controls that each meet part of the requirement; then the
    /// requirement is covered, combined unless one control covers it alone.
    /// A conclusion that does not stand is an error and gives no coverage.
    #[test]
    fn a_conclusion_stands_exactly_when_its_controls_meet_part_of_the_requirement(
        mappings in prop::collection::vec(mapping_word(), 4),
        named in prop::collection::vec(0usize..5, 1..6),
    ) {
        let mut text = String::from("framework demo version \"1\" \"Demo\" { requirement R \"R\" }\n");
        for (i, mapping) in mappings.iter().enumerate() {
            let _ = writeln!(text, "control C{i} \"C\" {{");
            if let Some(relationship) = mapping {
                let _ = writeln!(text, "  satisfies demo@1:R {relationship}");
            }
            text.push_str("}\n");
        }
        // Index 4 names a control that does not exist.
        let names: Vec<String> = named.iter().map(|&i| if i == 4 { "Nope".to_owned() } else { format!("C{i}") }).collect();
        let _ = writeln!(text,
            "conclusion demo@1:R {{\n  met-by {}\n  because \"Together they meet it.\"\n  reviewer \"Audit\"\n  date \"2026-11-20\"\n}}",
            names.join(", ")
        );

        let meets_part = |i: usize| matches!(mappings[i], Some("equal" | "superset" | "subset" | "intersects"));
        let mut distinct = named.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let stands = distinct.len() == named.len()
            && distinct.len() >= 2
            && named.iter().all(|&i| i < 4 && meets_part(i));

        let mut sources = SourceSet::new();
        sources.add(SourceFile::new("p.cw", text.clone(), false));
        let compilation = crosswalk::compile_without_lint(sources);
        prop_assert_eq!(!compilation.has_errors(), stands, "{}\n{:#?}", text, compilation.diagnostics);
        prop_assert_eq!(compilation.model.conclusions.len(), usize::from(stands));
        if stands {
            let framework = crosswalk::resolve::model::FrameworkId(0);
            let coverage = crosswalk::analysis::coverage::coverage(
                &compilation.model,
                &compilation.graph,
                &crosswalk::analysis::coverage::Options { frameworks: vec![framework], only: true, ..Default::default() },
            );
            let requirement = &coverage.frameworks[0].requirements[0];
            prop_assert_eq!(requirement.status, crosswalk::analysis::coverage::Status::Covered);
            let one_covers_alone = mappings.iter().any(|m| matches!(m, Some("equal" | "superset")));
            prop_assert_eq!(requirement.combined(), !one_covers_alone);
            prop_assert_eq!(coverage.frameworks[0].counts.combined, usize::from(!one_covers_alone));
        }
    }
}
