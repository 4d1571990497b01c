//! Hostile `.cw` files (issue 11's reproducers): each once panicked,
//! overflowed the stack, or cost time or memory out of all proportion to the
//! input. Each must now end with a diagnostic, and text reports must stay
//! proportional to the diagnostics they show.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::support::{Run, crosswalk_in, temp_dir};

/// Writes `text` as `input.cw` into a fresh folder named after `case` and
/// runs `check` on it with `args`.
fn check(case: &str, text: &str, args: &[&str]) -> (PathBuf, Run) {
    let dir = temp_dir(case);
    std::fs::write(dir.join("input.cw"), text).unwrap();
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.push("input.cw");
    let run = crosswalk_in(&dir, &all);
    (dir, run)
}

/// The codes of a JSON report.
fn codes(run: &Run) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("check prints JSON");
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_text_block_with_non_ascii_text_left_open_is_a_syntax_error() {
    // Regression: the open-block hint sliced the text inside `é` and panicked
    // (all 43 panics of a mutation fuzz run).
    let text = "control A \"t\" {\n  description \"\"\"\n  héllo wörld\n";
    let (_, run) = check("open-text-block", text, &[]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("crosswalk::syntax::"), "{}", run.stderr);
    let (_, run) = check("open-text-block-json", text, &["--format", "json"]);
    assert_eq!(run.code, 2);
    assert_eq!(codes(&run).len(), 1);
}

#[test]
fn a_diagnostic_past_column_65535_shows_a_window_of_its_line() {
    // Regression: miette's label width overflowed and it panicked.
    let text = format!("control A \"t\" {{\n{}}}}}\n", " ".repeat(70_000));
    let (_, run) = check("long-column", &text, &[]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("crosswalk::syntax::unexpected"));
    assert!(run.stderr.contains("input.cw:2:70002"), "{}", run.stderr);
    assert!(run.stderr.contains('…'), "the cut is marked");
    assert!(run.stderr.len() < 2_000, "{} bytes", run.stderr.len());
}

#[test]
fn blocks_nested_thousands_deep_are_refused_with_a_diagnostic() {
    // Regression: 5,600 nested groups overflowed the stack (exit 134).
    let depth = 5_600;
    let mut text = String::from("framework deep version \"1\" \"Deep\" {\n");
    for i in 0..depth {
        writeln!(text, "group G{i} \"g\" {{").unwrap();
    }
    text.push_str(&"}\n".repeat(depth + 1));
    let (_, run) = check("deep-groups", &text, &["--format", "json"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(codes(&run), vec!["crosswalk::syntax::too_deep"]);
    // The formatter refuses it the same way, and leaves the file alone.
    let (dir, _) = check("deep-groups-fmt", &text, &[]);
    let run = crosswalk_in(&dir, &["fmt", "input.cw"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("crosswalk::syntax::too_deep"));
    assert_eq!(std::fs::read_to_string(dir.join("input.cw")).unwrap(), text);
}

#[test]
fn ten_thousand_unknown_risks_on_one_line_print_a_window_each() {
    // Regression: each diagnostic printed the whole 110 KB line (1.3 GB in
    // all), and a label past column 65,535 panicked.
    let risks: Vec<String> = (0..10_000).map(|i| format!("risk-{i}")).collect();
    let text = format!("control M \"t\" {{\n  mitigates {}\n}}\n", risks.join(", "));
    let (_, run) = check("one-line-mitigates", &text, &[]);
    assert_eq!(run.code, 2);
    let shown = run
        .stderr
        .matches("crosswalk::resolve::unknown_risk")
        .count();
    assert_eq!(shown, 10_000);
    assert!(
        run.stderr.len() < 10_000 * 1_000,
        "about a window per diagnostic, not a line: {} bytes",
        run.stderr.len()
    );
    assert!(run.stderr.contains("mitig") && run.stderr.contains("risk-9999"));
}

#[test]
fn fifty_thousand_tags_on_one_line_print_a_window_each() {
    // Regression: 50,000 unknown tag values on one 640 KB line hung.
    let tags: Vec<String> = (0..50_000).map(|i| format!("role:r{i}")).collect();
    let text = format!(
        "framework acme version \"1\" \"ACME\" {{\n  group G \"g\" {{\n    tags {}\n    requirement R1 \"R\"\n  }}\n}}\n",
        tags.join(", ")
    );
    let (_, run) = check("many-tags", &text, &[]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr
            .matches("crosswalk::resolve::unknown_tag_value")
            .count(),
        50_000
    );
    assert!(
        run.stderr.len() < 50_000 * 1_000,
        "{} bytes",
        run.stderr.len()
    );
}

#[test]
fn did_you_mean_is_looked_for_a_bounded_number_of_times() {
    // Regression: 10,000 misspelt risks among 10,000 defined ones compared
    // every pair (52 s). Past the limit the help says how to declare one.
    let mut text = String::new();
    for i in 0..300 {
        writeln!(text, "risk risk-{i} \"Risk {i}\"").unwrap();
    }
    for i in 0..300 {
        writeln!(text, "control C{i} \"t\" {{\n  mitigates rsik-{i}\n}}").unwrap();
    }
    let (_, run) = check("many-misspelt", &text, &["--format", "json"]);
    assert_eq!(run.code, 2);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let helps: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["help"].as_str().unwrap())
        .collect();
    assert_eq!(helps.len(), 300);
    let suggested = helps
        .iter()
        .filter(|h| h.starts_with("did you mean"))
        .count();
    assert_eq!(suggested, crosswalk::suggest::SUGGESTION_LIMIT);
    assert!(helps[0].contains("`risk-0`"), "{}", helps[0]);
    assert!(
        helps[299].starts_with("declare it with `risk rsik-299"),
        "{}",
        helps[299]
    );
}

#[test]
fn control_characters_in_the_file_never_reach_the_terminal_raw() {
    // A title with ESC sequences and a bidi override, and an unknown word
    // next to it: the snippet, the message and the help show them escaped.
    let text = "control A \"\u{1b}[2J\u{1b}]0;owned\u{7} \u{202e}txt\" {\n  frequency \u{1b}[31msometimes\n}\n";
    let (_, run) = check("escapes", text, &["--color", "never"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{202e}'));
    assert!(!run.stderr.contains('\u{7}'));
    assert!(run.stderr.contains("\\e[2J"), "{}", run.stderr);
}

#[test]
fn four_quotes_cannot_hide_blocks_from_the_nesting_check() {
    // Regression: the nesting check read `""""` as a text block while the
    // grammar read two empty strings, so 10,000 groups after it were
    // lowered and overflowed the stack (exit 134). A string may no longer
    // touch another quote, so three quotes always open a text block.
    let depth = 10_000;
    let mut text = String::from("framework acme version \"1\" \"A\" {\n  group \"\"\"\" {\n");
    text.push_str(&"group G \"x\" {\n".repeat(depth));
    text.push_str(&"}\n".repeat(depth + 2));
    let (_, run) = check("four-quotes", &text, &["--format", "json"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(codes(&run), vec!["crosswalk::syntax::unexpected"]);
}

#[test]
fn file_names_with_control_characters_are_shown_escaped() {
    let dir = temp_dir("escaped-names");
    let name = "b\u{1b}[31mevil\u{7}.cw";
    std::fs::write(
        dir.join(name),
        "control C \"t\" {\n  frequency sometimes\n}\n",
    )
    .unwrap();
    let run = crosswalk_in(&dir, &["check", "--color", "never", "."]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(!run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'));
    assert!(
        run.stderr.contains("b\\e[31mevil\\x07.cw:2:13"),
        "{}",
        run.stderr
    );
    std::fs::write(dir.join(name), "control C \"t\" {  }\n").unwrap();
    let run = crosswalk_in(&dir, &["fmt", "--check", "."]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
    assert!(
        run.stdout.contains("b\\e[31mevil\\x07.cw"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_text_header_counts_columns_in_characters_as_json_does() {
    let text = "control C1 \"ééééé\" { owner \"x\" bogus }\n";
    let (_, run) = check("char-columns", text, &[]);
    let (_, json) = check("char-columns-json", text, &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let column = json["diagnostics"][0]["column"].as_u64().unwrap();
    assert_eq!(column, 32);
    assert!(run.stderr.contains("input.cw:1:32]"), "{}", run.stderr);
}

#[test]
fn an_imported_catalog_carries_no_terminal_sequences() {
    // A vendor's catalog with ESC, BEL, CSI and a bidi override in its
    // title and prose: the `.cw` text printed (and written) shows them as
    // `[U+…]`, since our strings have no escape for them.
    let dir = temp_dir("import-controls");
    let catalog = r#"{"catalog": {"uuid": "u", "metadata": {"title": "T\u001b]0;pwned\u0007", "version": "1", "oscal-version": "1.1.2"},
"groups": [{"id": "g", "title": "G\u009b2J", "controls": [{"id": "c-1", "title": "C\u202eX",
"parts": [{"id": "c-1_smt", "name": "statement", "prose": "line one\u001b[31m\nline two\u0007"}]}]}]}}"#;
    std::fs::write(dir.join("vendor.json"), catalog).unwrap();
    let run = crosswalk_in(&dir, &["import", "oscal", "vendor.json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!run.stdout.contains(bad), "{bad:?} in {}", run.stdout);
        assert!(!run.stderr.contains(bad));
    }
    assert!(
        run.stdout.contains("T[U+001B]]0;pwned[U+0007]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("line one[U+001B][31m"),
        "{}",
        run.stdout
    );
}
