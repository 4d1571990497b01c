//! OSCAL import under hostile input: parameters that insert themselves or
//! multiply, nesting deep enough to overflow a stack or stall libyaml, YAML
//! aliases, truncated minified catalogs. Each finding of issue 11 has a
//! regression test run through the binary; the properties at the end
//! generate such bombs in JSON, YAML and XML and check that each ends in a
//! diagnostic with a code, or in a framework of bounded size.

use std::fmt::Write as _;
use std::fs;

use crosswalk::diagnostic::Diagnostic;
use crosswalk::oscal::error::{
    MAX_NESTING, MAX_PARAMETER_NESTING, PARAMETER_CYCLE, PARAMETER_EXPANSION_BUDGET,
    PARAMETER_EXPANSION_TOO_LARGE, TOO_DEEP, TRUNCATED, YAML_ALIAS,
};
use crosswalk::oscal::{ImportOptions, import};
use crosswalk::source::{FileId, SourceFile};
use proptest::prelude::*;

use crate::support::{crosswalk_in, temp_dir};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Json,
    Yaml,
    Xml,
}

impl Syntax {
    fn extension(self) -> &'static str {
        match self {
            Syntax::Json => "json",
            Syntax::Yaml => "yaml",
            Syntax::Xml => "xml",
        }
    }
}

const ALL: [Syntax; 3] = [Syntax::Json, Syntax::Yaml, Syntax::Xml];

/// A parameter: its id and its one choice, a list of the parameters it
/// inserts (none: an assignment with a label).
type Param = (String, Option<Vec<String>>);

/// A catalog with one control whose statement inserts `p1`, and `params`.
fn params_catalog(syntax: Syntax, params: &[Param]) -> String {
    let insert = |id: &str| format!("{{{{ insert: param, {id} }}}}");
    match syntax {
        Syntax::Json | Syntax::Yaml => {
            let params: Vec<serde_json::Value> = params
                .iter()
                .map(|(id, inserts)| match inserts {
                    Some(inserts) => {
                        let choice: Vec<String> = inserts.iter().map(|i| insert(i)).collect();
                        serde_json::json!({"id": id, "select": {"choice": [choice.join(" ")]}})
                    }
                    None => serde_json::json!({"id": id, "label": "a value"}),
                })
                .collect();
            let value = serde_json::json!({"catalog": {
                "uuid": "u",
                "metadata": {"title": "Bomb", "version": "1", "oscal-version": "1.1.2"},
                "controls": [{"id": "c-1", "title": "C", "params": params,
                    "parts": [{"name": "statement", "prose": format!("Use {}.", insert("p1"))}]}]
            }});
            if syntax == Syntax::Json {
                serde_json::to_string(&value).unwrap()
            } else {
                serde_yaml_ng::to_string(&value).unwrap()
            }
        }
        Syntax::Xml => {
            let mut xml = String::from(XML_HEAD);
            xml.push_str("<control id=\"c-1\"><title>C</title>");
            for (id, inserts) in params {
                match inserts {
                    Some(inserts) => {
                        let _ = write!(xml, "<param id=\"{id}\"><select><choice>");
                        for i in inserts {
                            let _ = write!(xml, "<insert type=\"param\" id-ref=\"{i}\"/> ");
                        }
                        xml.push_str("</choice></select></param>");
                    }
                    None => {
                        let _ = write!(xml, "<param id=\"{id}\"><label>a value</label></param>");
                    }
                }
            }
            xml.push_str("<part name=\"statement\"><p>Use <insert type=\"param\" id-ref=\"p1\"/>.</p></part></control></catalog>");
            xml
        }
    }
}

const XML_HEAD: &str = "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\" uuid=\"u\"><metadata><title>Bomb</title><version>1</version><oscal-version>1.1.2</oscal-version></metadata>";

/// Parameters `p1` … `pN`, each inserting the next `fan_out` times; the
/// last inserts `p1` when `cycle`, else is an assignment.
fn chain(length: usize, fan_out: usize, cycle: bool) -> Vec<Param> {
    (1..=length)
        .map(|i| {
            let next = if i < length {
                Some(format!("p{}", i + 1))
            } else if cycle {
                Some("p1".to_owned())
            } else {
                None
            };
            (
                format!("p{i}"),
                next.map(|n| std::iter::repeat_n(n, fan_out).collect()),
            )
        })
        .collect()
}

/// What may nest: groups in groups, controls in groups and controls, parts
/// in controls and parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Group,
    Control,
    Part,
}

impl Level {
    fn key(self) -> &'static str {
        match self {
            Level::Group => "groups",
            Level::Control => "controls",
            Level::Part => "parts",
        }
    }
}

/// `groups` groups in each other, `controls` controls in the innermost,
/// `parts` parts in the innermost control.
fn levels(groups: usize, controls: usize, parts: usize) -> Vec<Level> {
    let mut levels = vec![Level::Group; groups];
    levels.extend(std::iter::repeat_n(Level::Control, controls));
    if controls > 0 {
        levels.extend(std::iter::repeat_n(Level::Part, parts));
    }
    levels
}

/// A catalog nesting `levels`, written by hand (a recursive serializer
/// would itself overflow on the deepest ones): JSON, block-style YAML, XML.
fn nested_catalog(syntax: Syntax, levels: &[Level]) -> String {
    let mut text = String::new();
    match syntax {
        Syntax::Json => {
            text.push_str("{\"catalog\": {\"uuid\": \"u\", \"metadata\": {\"title\": \"Bomb\", \"version\": \"1\", \"oscal-version\": \"1.1.2\"}");
            for (i, level) in levels.iter().enumerate() {
                let _ = write!(text, ", \"{}\": [{{", level.key());
                match level {
                    Level::Group => {
                        let _ = write!(text, "\"id\": \"g{i}\", \"title\": \"G\"");
                    }
                    Level::Control => {
                        let _ = write!(text, "\"id\": \"c{i}\", \"title\": \"C\"");
                    }
                    Level::Part => {
                        let _ = write!(text, "\"name\": \"statement\", \"prose\": \"Item {i}.\"");
                    }
                }
            }
            text.push_str(&"}]".repeat(levels.len()));
            text.push_str("}}\n");
        }
        Syntax::Yaml => {
            text.push_str("catalog:\n  uuid: u\n  metadata:\n    title: Bomb\n    version: '1'\n    oscal-version: 1.1.2\n");
            for (i, level) in levels.iter().enumerate() {
                let indent = " ".repeat(2 + 2 * i);
                let _ = writeln!(text, "{indent}{}:", level.key());
                match level {
                    Level::Group => {
                        let _ = write!(text, "{indent}- id: g{i}\n{indent}  title: G\n");
                    }
                    Level::Control => {
                        let _ = write!(text, "{indent}- id: c{i}\n{indent}  title: C\n");
                    }
                    Level::Part => {
                        let _ = write!(
                            text,
                            "{indent}- name: statement\n{indent}  prose: Item {i}.\n"
                        );
                    }
                }
            }
        }
        Syntax::Xml => {
            text.push_str(XML_HEAD);
            for (i, level) in levels.iter().enumerate() {
                match level {
                    Level::Group => {
                        let _ = write!(text, "<group id=\"g{i}\"><title>G</title>");
                    }
                    Level::Control => {
                        let _ = write!(text, "<control id=\"c{i}\"><title>C</title>");
                    }
                    Level::Part => {
                        let _ = write!(text, "<part name=\"statement\"><p>Item {i}.</p>");
                    }
                }
            }
            for level in levels.iter().rev() {
                text.push_str(match level {
                    Level::Group => "</group>",
                    Level::Control => "</control>",
                    Level::Part => "</part>",
                });
            }
            text.push_str("</catalog>\n");
        }
    }
    text
}

/// Runs `import oscal` on `text` saved as `name`; returns the exit code and
/// standard error.
fn run_import(name: &str, text: &str) -> (i32, String) {
    let dir = temp_dir(&format!("oscal-bomb-{}", name.replace('.', "-")));
    fs::write(dir.join(name), text).unwrap();
    let run = crosswalk_in(&dir, &["import", "oscal", name, "-o", "out.cw"]);
    assert!(!dir.join("out.cw").exists(), "{name}: wrote a framework");
    (run.code, run.stderr)
}

/// The line and column (1-based, in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Imports `text`: either a framework of bounded size, or errors whose
/// spans are on character boundaries within the file. Returns the codes of
/// the errors.
fn import_bounded(name: &str, text: &str) -> Vec<&'static str> {
    let file = SourceFile::new(name, text, false);
    let (imported, diagnostics) = import(&file, FileId(0), &ImportOptions::default());
    for d in &diagnostics {
        check_span(text, d);
    }
    let errors: Vec<&'static str> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code)
        .collect();
    if let Some(imported) = imported {
        assert!(errors.is_empty(), "{name}: a framework and errors");
        // Linear in the input (indentation grows with depth, which is
        // bounded), plus the parameters' budget.
        let bound = 2 * MAX_NESTING * text.len() + PARAMETER_EXPANSION_BUDGET + text.len();
        assert!(
            imported.text.len() <= bound,
            "{name}: {} bytes from {}",
            imported.text.len(),
            text.len()
        );
    } else {
        assert!(!errors.is_empty(), "{name}: no framework and no error");
        assert!(
            errors.iter().all(|c| c.starts_with("crosswalk::oscal::")),
            "{name}: {errors:?}"
        );
    }
    errors
}

fn check_span(text: &str, d: &Diagnostic) {
    let span = d.primary.span;
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(
        start <= end && end <= text.len(),
        "{}: span {start}..{end} of {}",
        d.code,
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{}: span {start}..{end} not on character boundaries",
        d.code
    );
}

#[test]
fn a_parameter_that_inserts_itself_is_a_cycle_not_an_abort() {
    // Issue 11: one choice inserting its own parameter 40 times took 57 s
    // and 5 GB, then aborted; two parameters inserting each other alike.
    for syntax in [Syntax::Json, Syntax::Xml, Syntax::Yaml] {
        for (length, cycle) in [(1, "`p1` → `p1`"), (2, "`p1` → `p2` → `p1`")] {
            let text = params_catalog(syntax, &chain(length, 40, true));
            assert!(text.len() < 4000);
            let name = format!("cycle{length}.{}", syntax.extension());
            let (code, stderr) = run_import(&name, &text);
            assert_eq!(code, 2, "{stderr}");
            assert!(stderr.contains(PARAMETER_CYCLE), "{stderr}");
            assert!(
                stderr.contains(&format!("parameter `p1` inserts itself: {cycle}")),
                "{stderr}"
            );
        }
    }
    // The diagnostic points at the insert that closes the cycle.
    let text = params_catalog(Syntax::Json, &chain(2, 1, true));
    let (_, stderr) = run_import("cycle-at.json", &text);
    let at = text.rfind("{{ insert: param, p1 }}\"]").unwrap();
    let (line, column) = line_column(&text, at);
    assert!(
        stderr.contains(&format!("cycle-at.json:{line}:{column}]")),
        "{stderr}"
    );
}

#[test]
fn parameters_that_multiply_are_stopped_by_the_budget_or_the_depth() {
    // 15 levels, each inserting the next four times: 4¹⁵ placeholders.
    for syntax in ALL {
        let text = params_catalog(syntax, &chain(15, 4, false));
        let (code, stderr) = run_import(&format!("fan.{}", syntax.extension()), &text);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(PARAMETER_EXPANSION_TOO_LARGE), "{stderr}");
    }
    // 40 levels inserting the next twice: 2⁴⁰, refused for its depth.
    for syntax in ALL {
        let text = params_catalog(syntax, &chain(40, 2, false));
        let (code, stderr) = run_import(&format!("chain.{}", syntax.extension()), &text);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(TOO_DEEP), "{stderr}");
        assert!(
            stderr.contains(&format!(
                "parameter `p1` inserts parameters more than {MAX_PARAMETER_NESTING} levels deep"
            )),
            "{stderr}"
        );
    }
    // A chain as deep as allowed, inserting once, is written out.
    let file = SourceFile::new(
        "ok.json",
        params_catalog(Syntax::Json, &chain(MAX_PARAMETER_NESTING, 1, false)),
        false,
    );
    let (imported, diagnostics) = import(&file, FileId(0), &ImportOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let nested = format!(
        "Use {}[Assignment: a value]{}.",
        "[Selection: ".repeat(MAX_PARAMETER_NESTING - 1),
        "]".repeat(MAX_PARAMETER_NESTING - 1)
    );
    assert!(imported.unwrap().text.contains(&nested));
}

#[test]
fn deep_nesting_is_refused_before_it_overflows_the_stack() {
    // Issue 11: 5,000 nested `<control>` or 10,000 `<group>`/`<part>`
    // aborted with a stack overflow; the same in YAML took 12 s.
    let cases = [
        ("control", levels(0, 5000, 0)),
        ("group", levels(10_000, 0, 0)),
        ("part", levels(0, 1, 10_000)),
    ];
    for syntax in ALL {
        for (what, levels) in &cases {
            // Block YAML indents every level, so its size grows with the
            // square of the depth: 10,000 levels would be 300 MB, past the
            // input size limit; 2,000 still overflowed the stack before.
            let levels = if syntax == Syntax::Yaml {
                &levels[..levels.len().min(2_000)]
            } else {
                &levels[..]
            };
            let text = nested_catalog(syntax, levels);
            let name = format!("deep-{what}.{}", syntax.extension());
            let (code, stderr) = run_import(&name, &text);
            assert_eq!(code, 2, "{name}: {stderr}");
            assert!(stderr.contains(TOO_DEEP), "{name}: {stderr}");
            assert!(
                stderr.contains("nests too deep for an OSCAL catalog"),
                "{stderr}"
            );
        }
    }
}

#[test]
fn bracket_bombs_are_refused_where_they_cross_the_limit() {
    // Issue 11: YAML with 100,000 nested `[` took 37 s; with `{a: ` over
    // two minutes.
    for (name, bomb) in [
        ("brackets.yaml", "[".repeat(100_000)),
        ("braces.yaml", "{a: ".repeat(100_000)),
        ("brackets.json", "[".repeat(100_000)),
        ("braces.json", "{\"a\": ".repeat(100_000)),
    ] {
        let text = if name.ends_with("json") {
            format!("{{\"catalog\": {{\n\"x\":\n  {bomb}")
        } else {
            format!("catalog:\n  x:\n    {bomb}")
        };
        // The root and `catalog` are two levels: the 99th bracket is the
        // 101st level.
        let step = bomb.len() / 100_000;
        let indent = if name.ends_with("json") { 2 } else { 4 };
        let (line, column) = (3, indent + 1 + (MAX_NESTING - 2) * step);
        let (code, stderr) = run_import(name, &text);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(TOO_DEEP), "{stderr}");
        assert!(
            stderr.contains(&format!("{name}:{line}:{column}]")),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn yaml_aliases_are_refused() {
    // Ten levels of ten aliases: a 400 KB file took 32 s and 4.6 GB.
    let mut text = String::from("a0: &a0 []\n");
    for k in 1..=10 {
        let items = vec![format!("{{title: t, groups: *a{}}}", k - 1); 10];
        let _ = writeln!(text, "a{k}: &a{k} [{}]", items.join(", "));
    }
    text.push_str("catalog:\n  uuid: u\n  metadata: {title: B, version: '1', oscal-version: 1.1.2}\n  groups: *a10\n");
    let (code, stderr) = run_import("alias.yaml", &text);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(YAML_ALIAS), "{stderr}");
    assert!(stderr.contains("alias.yaml:2:"), "{stderr}");
}

/// SP 800-53 in one line, as minified catalogs are published.
fn minified() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let value: serde_json::Value = serde_json::from_str(&crate::oscal::catalog_json()).unwrap();
        let text = serde_json::to_string(&value).unwrap();
        assert!(!text.contains('\n') && !text.is_ascii());
        text
    })
}

#[test]
fn a_truncated_minified_catalog_gets_a_diagnostic_on_its_one_line() {
    let text = minified();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = &text[..cut];
    let file = SourceFile::new("min.json", cut, false);
    let (imported, diagnostics) = import(&file, FileId(0), &ImportOptions::default());
    assert!(imported.is_none());
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].code, TRUNCATED);
    check_span(cut, &diagnostics[0]);
    assert!(diagnostics[0].primary.span.start as usize >= cut.len() - 4);
}

fn syntax() -> impl Strategy<Value = Syntax> {
    prop::sample::select(ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Cycles of any length and fan-out are found, and named.
    #[test]
    fn parameter_cycles_are_found(syntax in syntax(), length in 1usize..8, fan_out in 1usize..6) {
        let text = params_catalog(syntax, &chain(length, fan_out, true));
        let errors = import_bounded(&format!("cycle.{}", syntax.extension()), &text);
        prop_assert_eq!(errors, vec![PARAMETER_CYCLE]);
    }

    /// Chains of any depth and fan-out import within the budget, or stop.
    #[test]
    fn parameter_fan_out_is_bounded(syntax in syntax(), length in 1usize..24, fan_out in 1usize..7) {
        let text = params_catalog(syntax, &chain(length, fan_out, false));
        let errors = import_bounded(&format!("fan.{}", syntax.extension()), &text);
        if length > MAX_PARAMETER_NESTING {
            prop_assert_eq!(errors, vec![TOO_DEEP]);
        } else if fan_out == 1 {
            prop_assert!(errors.is_empty(), "{:?}", errors);
        } else {
            prop_assert!(errors.is_empty() || errors == vec![PARAMETER_EXPANSION_TOO_LARGE], "{:?}", errors);
        }
    }

    /// Groups, controls and parts nested at random import when shallow and
    /// are refused when deep, in all three syntaxes.
    #[test]
    fn deep_nesting_is_bounded(syntax in syntax(), groups in 0usize..120, controls in 0usize..120, parts in 0usize..120) {
        let levels = levels(groups, controls, parts);
        let text = nested_catalog(syntax, &levels);
        let errors = import_bounded(&format!("nested.{}", syntax.extension()), &text);
        // JSON spends two levels (an array and an object) on each.
        let depth = if syntax == Syntax::Json { 2 * levels.len() + 2 } else { levels.len() + 2 };
        if depth <= MAX_NESTING / 2 {
            prop_assert!(errors.is_empty(), "{:?}", errors);
        } else if depth > MAX_NESTING + 2 {
            prop_assert_eq!(errors, vec![TOO_DEEP]);
        }
    }

    /// Any prefix of the one-line SP 800-53 ends in a diagnostic.
    #[test]
    fn truncated_minified_catalogs_are_explained(cut in 0.0f64..1.0) {
        let text = minified();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let errors = import_bounded("min.json", &text[..at]);
        prop_assert!(!errors.is_empty());
    }
}
