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

/// The comments of a file, in order, byte for byte (but for the carriage
/// return of a CRLF line ending, which `fmt` writes as LF).
fn comments(source: &SourceFile, ast: &Ast) -> Vec<String> {
    ast.comments
        .iter()
        .map(|c| source.text[c.range()].trim_end_matches('\r').to_owned())
        .collect()
}

/// Formats `text`, which must parse cleanly, and checks what `fmt`
/// promises: the output parses to the same tree, keeps every comment byte
/// for byte, and formatting it again changes nothing. Returns the output.
fn round_trip(text: &str) -> String {
    let (source, ast) = parse_clean("round-trip.cw", text);
    let ast = ast.unwrap_or_else(|| panic!("the input parses cleanly:\n{text}"));
    let once = format(&source, &ast);
    let (formatted, reparsed) = parse_clean("round-trip.cw", &once);
    let reparsed = reparsed.unwrap_or_else(|| panic!("the output parses:\n{once}"));
    assert_eq!(
        comments(&source, &ast),
        comments(&formatted, &reparsed),
        "comments changed:\n{text}\n----- formatted -----\n{once}"
    );
    assert_eq!(
        serde_json::to_value(&ast).unwrap(),
        serde_json::to_value(&reparsed).unwrap(),
        "formatting changed what the file says:\n{text}\n----- formatted -----\n{once}"
    );
    let twice = format(&formatted, &reparsed);
    assert_eq!(
        twice, once,
        "formatting twice changes the output:\n{text}\n----- once -----\n{once}"
    );
    once
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

/// Formats a fixture of `tests/fixtures/fmt/` (checking the round trip)
/// and snapshots the result under `snapshot`, the calling test's name.
fn assert_canonical_layout(fixture: &str, snapshot: &str) {
    let path = root().join("tests/fixtures/fmt").join(fixture);
    let text = fs::read_to_string(&path).unwrap();
    let formatted = round_trip(&text);
    insta::with_settings!({ description => text, omit_expression => true }, {
        insta::assert_snapshot!(snapshot, formatted);
    });
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
fn eu_ai_act_scoping_syntax_gets_the_canonical_layout() {
    // `informative`, `applies-from … for`, and an `eu-ai-act` line's
    // `basis`, `uses` and `because`, with comments between their tokens.
    assert_canonical_layout(
        "messy_eu.cw",
        "eu_ai_act_scoping_syntax_gets_the_canonical_layout",
    );
}

#[test]
fn statement_of_applicability_syntax_gets_the_canonical_layout() {
    // A `statement-of-applicability` block and `include` with and without
    // `status`, with comments between their tokens and a text block.
    assert_canonical_layout(
        "messy_applicability.cw",
        "statement_of_applicability_syntax_gets_the_canonical_layout",
    );
}

#[test]
fn soc2_system_description_syntax_gets_the_canonical_layout() {
    // `soc2 report` (a period and a date), a component's `category`, and
    // `supports` after a `csoc` and a `cuec`, with comments between their
    // tokens.
    assert_canonical_layout(
        "messy_system.cw",
        "soc2_system_description_syntax_gets_the_canonical_layout",
    );
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

#[test]
fn a_comment_between_a_statement_and_its_because_is_formatted_once_and_for_all() {
    let once = round_trip(
        "exclude soc2@2017:CC8.1 # why not\n  because \"Out of scope.\"\n\nexclude soc2@2017:CC8.2 because \"Also.\"\n",
    );
    assert_eq!(
        once,
        "exclude soc2@2017:CC8.1 because \"Out of scope.\"\n\n# why not\n\nexclude soc2@2017:CC8.2 because \"Also.\"\n"
    );
    round_trip(
        "risk r \"R\" {\n  touches soc2@2017:CC8.1 # c\n\n  because \"why\"\n  category security\n}\n",
    );
    round_trip(
        "system \"S\" {\n  component \"C\" kind model-serving {\n    eu-ai-act tier high-risk # c\n    because \"b\"\n  }\n  exclude soc2@2017:CC8.1 # d\n    because \"e\"\n\n  cuec \"f\"\n}\n",
    );
}

#[test]
fn a_comment_inside_a_bodiless_risk_or_component_kind_is_formatted_once_and_for_all() {
    let once = round_trip("risk r # c\n  \"R\"\nrisk q \"Q\"\n");
    assert_eq!(once, "risk r \"R\"\n\n# c\nrisk q \"Q\"\n");
    round_trip("risk r # c\n  \"R\"\n\n\nrisk q \"Q\"\n");
    round_trip(
        "component-kind model-serving # c\n  implies r1\ncomponent-kind monitoring implies # d\n r1\n\nrisk r1 \"R\"\n",
    );
}

#[test]
fn trailing_spaces_tabs_and_no_break_spaces_in_comments_are_kept() {
    let text = "# top \t\u{a0}\ncontrol X \"T\" { # brace  \n  owner \"O\" # trailing\t\n  # own line\u{a0}\u{a0}\n}\n# end \n";
    let once = round_trip(text);
    for comment in [
        "# top \t\u{a0}\n",
        "# brace  \n",
        "# trailing\t\n",
        "# own line\u{a0}\u{a0}\n",
        "# end \n",
    ] {
        assert!(once.contains(comment), "{comment:?} in:\n{once}");
    }
    // A CRLF line ending is written as LF; the comment before it is kept.
    let once = round_trip("# crlf \r\nrisk r \"R\" # t\t\r\n");
    assert_eq!(once, "# crlf \nrisk r \"R\" # t\t\n");
}

#[test]
fn a_byte_order_mark_is_accepted_and_kept() {
    let text = "\u{feff}# first\nrisk r \"R\"\n";
    assert_eq!(round_trip(text), text);
    assert_eq!(
        round_trip("\u{feff}risk   r \"R\"\n"),
        "\u{feff}risk r \"R\"\n"
    );
    // Only at the very start.
    let (_, ast) = parse_clean("late.cw", " \u{feff}risk r \"R\"\n");
    assert!(ast.is_none());
    let (_, ast) = parse_clean("twice.cw", "\u{feff}\u{feff}risk r \"R\"\n");
    assert!(ast.is_none());

    let dir = temp_dir("fmt-bom");
    fs::write(
        dir.join("bom.cw"),
        "\u{feff}control X \"T\" {\n  owner   \"O\"\n}\n",
    )
    .unwrap();
    let run = crate::support::crosswalk_in(&dir, &["check", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = crate::support::crosswalk_in(&dir, &["fmt", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        fs::read_to_string(dir.join("bom.cw")).unwrap(),
        "\u{feff}control X \"T\" {\n  owner \"O\"\n}\n"
    );
}

/// Every piece of syntax, one token per word (a text block and each quoted
/// string are one token), for the comment-placing property below.
const EVERY_STATEMENT: &str = r#"framework acme version "1" "Acme" {
publisher "P" licence "L" source """
    A text block.
  """ url "https://example.com" summary "S"
group G "Group" { display "G 1" tags role:provider , tier:high-risk applies-from "2026-08-02"
requirement R1 "One" { summary "s" statement "t" guidance "g" tags a }
requirement R2 "Two"
requirement R3 "Three" { withdrawn }
group H "Inner" { informative applies-from "2027-12-02" for annex-iii applies-from "2028-08-02" for annex-i requirement R4 "Four" { } requirement R5 "Five" { informative tags basis:annex-iii } }
}
}
crosswalk acme@1 -> other@2 { source "authored" R1 equal X1 R2 subset "X 2" { rationale semantic strength 5 status reviewed note "n" scope "s" } }
risk r1 "Risk" { category security description "d" touches acme@1:R1 , acme:R2 because "why" touches acme@1:R3 touches-none other@2 because "none" }
risk r2 "Bodiless"
risk r3 "Empty" { }
component-kind model-serving implies r1 , r2
component-kind monitoring implies r3
control C-1 "Control" { owner "O" frequency quarterly nature detective automation automated description "d" mitigates r1 , r2 evidence "E" { system "S" retention "1y" frequency monthly description "d" } evidence "F" test "t" satisfies acme@1:R1 equal satisfies acme:"R2" intersects { strength 3 } }
system "Sys" { description "d" company "C" soc2 report type-2 from "2026-01-01" to "2026-06-30" soc2 criteria security , availability eu-ai-act role provider , deployer tier high-risk basis acme@1:R5 uses interaction , deep-fake because "s"
component "K" kind model-serving { description "d" owner "o" eu-ai-act role provider tier high-risk basis acme:"R5" uses synthetic-content because "b" }
component "L" kind monitoring { category data }
component "M" kind software { eu-ai-act tier transparency uses emotion-recognition }
subservice "Cloud" carve-out { description "d" csoc "c" csoc "s" supports acme@1:R1 , acme:R2 } cuec "u" cuec "v" supports acme@1:R1 commitment "m" system-requirement "q" boundary "b" incident "i" change "c" exclude acme@1:R2 because "no" }
exclude acme@1:R3 because "never"
conclusion acme@1:R1 { met-by C-1 , C-2 because """
    Together.
  """ reviewer "Audit" date "2026-11-20" status approved }
"#;

/// The tokens of [`EVERY_STATEMENT`].
fn tokens() -> Vec<&'static str> {
    let text = EVERY_STATEMENT;
    let mut tokens = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let len = if let Some(block) = rest.strip_prefix("\"\"\"") {
            block.find("\"\"\"").expect("a closed block") + 6
        } else if let Some(string) = rest.strip_prefix('"') {
            string.find('"').expect("a closed string") + 2
        } else {
            rest.find(char::is_whitespace).unwrap_or(rest.len())
        };
        tokens.push(&rest[..len]);
        rest = rest[len..].trim_start();
    }
    tokens
}

/// A comment: `#` and characters that tend to be lost (trailing white
/// space, tabs, no-break spaces, a byte order mark, quotes and braces).
fn comment() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec(
        proptest::sample::select(vec![
            "a", " ", "\t", "\u{a0}", "#", "\"", "{", "}", "é", "\u{feff}", "\"\"\"",
        ]),
        0..6,
    )
    .prop_map(|parts| format!("#{}", parts.concat()))
}

/// What goes between two tokens: white space, or comments in any of the
/// places a comment can stand.
fn gap() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        4 => Just(" ".to_owned()),
        2 => Just("\n".to_owned()),
        1 => Just("\n\n  ".to_owned()),
        1 => comment().prop_map(|c| format!(" {c}\n")),
        1 => comment().prop_map(|c| format!("\n{c}\n")),
        1 => (comment(), comment()).prop_map(|(a, b)| format!("\n\t{a}\n\n{b}\n  ")),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn comments_anywhere_survive_byte_for_byte_and_fmt_is_idempotent(
        bom in proptest::bool::ANY,
        gaps in proptest::collection::vec(gap(), tokens().len()),
    ) {
        let tokens = tokens();
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        for (i, token) in tokens.iter().enumerate() {
            if i > 0 {
                text.push_str(&gaps[i]);
            }
            text.push_str(token);
        }
        // The first gap goes at the end, after the last token.
        text.push_str(&gaps[0]);
        let once = round_trip(&text);
        proptest::prop_assert_eq!(once.starts_with('\u{feff}'), bom);
    }
}
