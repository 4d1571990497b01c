//! Syntax recovery: a syntax error costs only the item it is in. Several
//! broken items in one file each report their own error, the items that
//! parse are kept as they are, and `fmt` still leaves a broken file alone.

use proptest::prelude::*;

use crosswalk::source::{FileId, SourceFile, Span};
use crosswalk::syntax::error::{TOO_DEEP, UNEXPECTED, UNTERMINATED_STRING};
use crosswalk::syntax::{Parsed, parse};

use crate::support::{crosswalk_in, temp_dir};

/// Three broken items (a misspelt statement, an unclosed block, a header
/// without its title) around one good control.
const THREE_BROKEN: &str = "\
risk model-theft \"Model theft\" {
  categry security
}

control AI-02 \"Unclosed\" {
  owner \"x\"

control AI-01 \"Change approval\" {
  owner \"ML platform lead\"
  satisfies nist-ai-rmf@1.0:GOVERN-1.8 equal
}

control AI-03 {
  owner \"y\"
}
";

/// `(code, line)` of every diagnostic `check --format json` reports.
fn check_json(dir: &std::path::Path) -> (i32, Vec<(String, u64)>) {
    let run = crosswalk_in(dir, &["check", "--format", "json", "."]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("check prints JSON");
    let located = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("a code").to_owned(),
                d["line"].as_u64().expect("a line"),
            )
        })
        .collect();
    (run.code, located)
}

#[test]
fn three_broken_items_report_three_errors_each_at_its_line() {
    let dir = temp_dir("recovery-three");
    std::fs::write(dir.join("controls.cw"), THREE_BROKEN).expect("write");
    let (code, located) = check_json(&dir);
    assert_eq!(code, 2, "errors exit with 2");
    let syntax: Vec<(String, u64)> = located
        .iter()
        .filter(|(code, _)| code.starts_with("crosswalk::syntax::"))
        .cloned()
        .collect();
    let unexpected = UNEXPECTED.to_owned();
    assert_eq!(
        syntax,
        [
            (unexpected.clone(), 2),
            (unexpected.clone(), 8),
            (unexpected, 13)
        ],
        "the misspelt statement, the unclosed block (reported where the next item starts) and the missing title"
    );
    // The text report shows each of them with its own excerpt.
    let run = crosswalk_in(&dir, &["check", "."]);
    let report = &run.stderr;
    assert_eq!(
        report.matches("crosswalk::syntax::unexpected").count(),
        3,
        "{report}"
    );
    for at in ["controls.cw:2:3]", "controls.cw:8:1]", "controls.cw:13:15]"] {
        assert!(report.contains(at), "{at} in {report}");
    }
    assert!(report.contains("this block is not closed"), "{report}");
    // The three syntax errors, and the good control's misspelt requirement
    // (`GOVERN-1.8`): the good item is still resolved.
    assert!(report.ends_with("4 errors\n"), "{report}");
}

#[test]
fn the_good_control_of_a_broken_file_is_still_resolved() {
    let dir = temp_dir("recovery-resolved");
    // A control that mitigates the broken risk: the broken risk's own error
    // is the one to fix, its name is not reported as unknown.
    let text =
        format!("{THREE_BROKEN}\ncontrol AI-04 \"Mitigation\" {{\n  mitigates model-theft\n}}\n");
    std::fs::write(dir.join("controls.cw"), text).expect("write");
    let (code, located) = check_json(&dir);
    assert_eq!(code, 2);
    assert!(
        located.contains(&("crosswalk::resolve::unknown_requirement".to_owned(), 10)),
        "the good control's unknown requirement is reported: {located:?}"
    );
    assert!(
        !located
            .iter()
            .any(|(code, _)| code == "crosswalk::resolve::unknown_risk"),
        "the broken risk's name is not unknown: {located:?}"
    );
    assert_eq!(
        located
            .iter()
            .filter(|(code, _)| code.starts_with("crosswalk::syntax::"))
            .count(),
        3
    );
}

#[test]
fn fmt_leaves_a_file_with_a_broken_item_alone() {
    let dir = temp_dir("recovery-fmt");
    let text =
        "control AI-01   \"Good\" {\n owner \"x\"\n}\n\ncontrol AI-02 \"Bad\" {\n  owner\n}\n";
    std::fs::write(dir.join("controls.cw"), text).expect("write");
    for args in [&["fmt", "--check", "."][..], &["fmt", "."]] {
        let run = crosswalk_in(&dir, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.transcript());
        assert!(
            run.stderr.contains("crosswalk::syntax::unexpected"),
            "{}",
            run.stderr
        );
        let after = std::fs::read_to_string(dir.join("controls.cw")).expect("read");
        assert_eq!(after, text, "{args:?} changed nothing");
    }
}

// --- properties --------------------------------------------------------

fn parse_text(text: &str) -> Parsed {
    parse(FileId(0), &SourceFile::new("input.cw", text, false))
}

/// What holds for any text: a tree unless the file is refused before
/// parsing, broken items inside the file, items and broken items in source
/// order without overlap, one syntax error per broken item.
fn recovery_invariants(text: &str) {
    let parsed = parse_text(text);
    let Some(ast) = parsed.ast else {
        assert_eq!(parsed.diagnostics.len(), 1);
        assert_eq!(parsed.diagnostics[0].code, TOO_DEEP);
        return;
    };
    let mut spans: Vec<Span> = Vec::new();
    for broken in &ast.broken {
        let range = broken.span.range();
        assert!(
            range.start < range.end && range.end <= text.len(),
            "{broken:?}"
        );
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
    }
    let items: Vec<Span> = ast.items.iter().map(|i| i.span).collect();
    let broken: Vec<Span> = ast.broken.iter().map(|b| b.span).collect();
    for list in [&items, &broken] {
        assert!(
            list.windows(2).all(|w| w[0].end <= w[1].start),
            "in order: {list:?}"
        );
    }
    spans.extend(&items);
    spans.extend(&broken);
    spans.sort_by_key(|s| (s.start, s.end));
    assert!(
        spans.windows(2).all(|w| w[0].end <= w[1].start),
        "no overlap: {spans:?}"
    );
    let syntax_errors = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == UNEXPECTED || d.code == UNTERMINATED_STRING)
        .count();
    assert_eq!(syntax_errors, ast.broken.len(), "{:?}", parsed.diagnostics);
    assert!(ast.comments.windows(2).all(|w| w[0].end <= w[1].start));
}

/// Well-formed top-level items of every kind; `{n}` is replaced by a number
/// so that names differ.
const ITEMS: &[&str] = &[
    "control C-{n} \"Control {n}\" {\n  owner \"x { } # not a comment\"\n  satisfies demo@1:R-1 equal { note \"n\" }\n  evidence \"e\" {\n    system \"Jira\"\n  }\n}",
    "risk r-{n} \"Risk {n}\"",
    "risk r-{n} \"Risk {n}\" {\n  category security # a comment { \n}",
    "exclude demo@1:R-{n} because \"\"\"\n  Out of scope.\n  control risk }\n\"\"\"",
    "component-kind model-serving implies r-{n}, control",
    "framework demo version \"{n}\" \"Demo\" {\n  group G \"g\" {\n    requirement R-1 \"r\"\n  }\n}",
    "crosswalk a@1 -> b@{n} {\n  X equal Y\n}",
    "system \"S{n}\" {\n  company \"c\"\n  component \"API\" kind model-serving\n}",
    "conclusion demo@1:R-{n} {\n  met-by C-1\n}",
    "# only a comment {n}",
];

/// How an item is broken, if it is.
#[derive(Debug, Clone, Copy)]
enum Damage {
    None,
    /// A character no rule accepts, after the keyword.
    Junk,
    /// The last `}` removed (only for items that end with one).
    Unclosed,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => Just(Damage::None),
        1 => Just(Damage::Junk),
        1 => Just(Damage::Unclosed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_keeps_the_invariants(text in "\\PC{0,300}") {
        recovery_invariants(&text);
    }

    #[test]
    fn token_soup_keeps_the_invariants(tokens in prop::collection::vec(
        prop_oneof![
            Just("control"), Just("risk"), Just("framework"), Just("system"), Just("{"),
            Just("}"), Just("\""), Just("\"\"\""), Just("# c {\n"), Just("\n"), Just("\r\n"),
            Just("x"), Just("\"s\""), Just("owner"), Just("\u{feff}"), Just("é"),
        ],
        0..80,
    )) {
        recovery_invariants(&tokens.concat());
        recovery_invariants(&tokens.join(" "));
    }

    /// Items, some broken: every item left whole parses as it would alone,
    /// at its place, and each broken one is one broken item.
    #[test]
    fn broken_items_cost_only_themselves(
        chosen in prop::collection::vec((0..ITEMS.len(), damage()), 1..12),
        crlf in any::<bool>(),
    ) {
        let newline = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        let mut whole = Vec::new();
        let mut broken = 0;
        for (n, (item, damage)) in chosen.iter().enumerate() {
            let mut item = ITEMS[*item].replace("{n}", &n.to_string());
            if crlf {
                item = item.replace('\n', "\r\n");
            }
            let is_item = !item.starts_with('#');
            match damage {
                Damage::Junk if is_item => {
                    let keyword = item.find(' ').expect("a keyword");
                    item.insert_str(keyword, " %");
                    broken += 1;
                }
                Damage::Unclosed if item.ends_with('}') => {
                    item.pop();
                    broken += 1;
                }
                _ if is_item => whole.push((text.len(), item.clone())),
                _ => {}
            }
            text.push_str(&item);
            text.push_str(newline);
        }
        recovery_invariants(&text);
        let parsed = parse_text(&text);
        let ast = parsed.ast.expect("a tree");
        prop_assert_eq!(ast.broken.len(), broken, "{}", text);
        prop_assert_eq!(ast.items.len(), whole.len(), "{}", text);
        for (item, (start, alone)) in ast.items.iter().zip(&whole) {
            let alone = parse_text(alone).ast.expect("a tree");
            prop_assert!(alone.broken.is_empty());
            // The same item (trees serialize without their spans), at its
            // place in the file.
            prop_assert_eq!(
                serde_json::to_string(&item.kind).expect("json"),
                serde_json::to_string(&alone.items[0].kind).expect("json")
            );
            prop_assert_eq!(item.span.start as usize, start + alone.items[0].span.start as usize);
            prop_assert_eq!(item.span.end as usize, start + alone.items[0].span.end as usize);
        }
        // Every comment of the file is listed, broken items' comments too.
        let comments = text.lines().filter(|l| l.trim_start().starts_with('#') || l.contains(" # a comment")).count();
        prop_assert_eq!(ast.comments.len(), comments, "{}", text);
    }
}
