//! Any bytes, as a `.cw` file after the built-in catalogs: parsing,
//! resolution, linking, linting, formatting and rendering the diagnostics as
//! text must never panic, a file with an item that does not parse must get
//! an error, and no raw escape character may reach the terminal.
#![no_main]

use std::sync::OnceLock;

use crosswalk::diagnostic::{TextStyle, render_text};
use crosswalk::format::format;
use crosswalk::frameworks::builtin_sources;
use crosswalk::source::{SourceFile, SourceSet};
use crosswalk::syntax::error::{UNEXPECTED, UNTERMINATED_STRING};
use crosswalk::syntax::parse;
use crosswalk::{ParsedSources, compile_parsed, parse_sources};
use libfuzzer_sys::fuzz_target;

/// The built-in catalogs, parsed once for the whole run.
fn builtin() -> &'static (SourceSet, ParsedSources) {
    static BUILTIN: OnceLock<(SourceSet, ParsedSources)> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let mut sources = SourceSet::new();
        for file in builtin_sources() {
            sources.add(file);
        }
        let parsed = parse_sources(&sources);
        (sources, parsed)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (builtin_sources, builtin_parsed) = builtin();
    let mut sources = builtin_sources.clone();
    let id = sources.add(SourceFile::new("fuzz.cw", text, false));
    let parsed = parse(id, sources.get(id));
    if let Some(ast) = parsed.ast.as_ref().filter(|_| parsed.diagnostics.is_empty()) {
        // What parses cleanly formats idempotently.
        let once = format(sources.get(id), ast);
        let again_source = SourceFile::new("fuzz.cw", once.as_str(), false);
        let again = parse(id, &again_source);
        let again_ast = again.ast.as_ref().expect("formatted output parses");
        assert_eq!(format(&again_source, again_ast), once, "fmt is idempotent");
    }
    if let Some(ast) = &parsed.ast {
        // Recovery: items and broken items in order, inside the file and
        // apart, one syntax error for each broken item.
        let mut spans: Vec<_> = ast.items.iter().map(|i| i.span).collect();
        spans.extend(ast.broken.iter().map(|b| b.span));
        spans.sort_by_key(|s| s.start);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(spans.iter().all(|s| s.end as usize <= text.len()));
        let syntax_errors = parsed
            .diagnostics
            .iter()
            .filter(|d| d.code == UNEXPECTED || d.code == UNTERMINATED_STRING)
            .count();
        assert_eq!(syntax_errors, ast.broken.len());
    }
    // Refused before parsing, or some item did not parse.
    let failed = parsed.ast.as_ref().is_none_or(|ast| !ast.broken.is_empty());
    let mut all = builtin_parsed.clone();
    all.push(parsed);
    let compilation = compile_parsed(sources, all);
    assert!(!failed || compilation.has_errors());
    let report = render_text(
        &compilation.diagnostics,
        &compilation.sources,
        TextStyle::Plain,
        80,
    );
    assert!(!report.contains('\u{1b}'));
});
