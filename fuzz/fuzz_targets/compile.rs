//! Any bytes, as a `.cw` file after the built-in catalogs: parsing,
//! resolution, linking and formatting must never panic.
#![no_main]

use crosswalk::format::format;
use crosswalk::frameworks::builtin_sources;
use crosswalk::source::{SourceFile, SourceSet};
use crosswalk::syntax::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    let id = sources.add(SourceFile::new("fuzz.cw", text, false));
    let parsed = parse(id, sources.get(id));
    if let Some(ast) = parsed.ast.as_ref().filter(|_| parsed.diagnostics.is_empty()) {
        let _ = format(sources.get(id), ast);
    }
    let compilation = crosswalk::compile(sources);
    assert!(parsed.ast.is_some() || compilation.has_errors());
});
