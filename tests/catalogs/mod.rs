//! The built-in catalogs: they compile cleanly, and their identifiers,
//! hierarchy and counts are exactly the official ones (checked against the
//! lists copied into `tests/reference/`, in both directions).

mod ai_risks;
mod authored_crosswalks;
mod crosswalk_nist_ai_rmf_iso42001;
mod eu_ai_act;
mod iso42001;
mod nist_ai_600_1;
mod nist_ai_rmf;
mod nist_csf;
mod soc2;

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::Model;
use crosswalk::resolve::model::{Crosswalk, EntryKind, FrameworkId, Requirement};
use crosswalk::source::SourceSet;

use crate::support::root;

/// The model of the built-in catalogs alone, which must compile without a
/// single diagnostic.
pub fn builtin_model() -> Model {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    let compilation = compile(sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:#?}",
        compilation.diagnostics
    );
    compilation.model
}

/// The framework `name@version`.
pub fn framework(model: &Model, key: &str) -> FrameworkId {
    let index = model
        .frameworks
        .iter()
        .position(|f| f.key() == key)
        .unwrap_or_else(|| panic!("{key} is built in"));
    FrameworkId(u32::try_from(index).unwrap())
}

/// The entries of a framework of one kind, in catalog order.
pub fn entries(model: &Model, framework: FrameworkId, kind: EntryKind) -> Vec<&Requirement> {
    model
        .framework(framework)
        .entries
        .iter()
        .map(|&e| model.requirement(e))
        .filter(|e| e.kind == kind)
        .collect()
}

/// The identifier of an entry's parent, if any.
pub fn parent_id<'m>(model: &'m Model, entry: &Requirement) -> Option<&'m str> {
    entry.parent.map(|p| model.requirement(p).id.as_str())
}

/// The rows of a CSV file under `tests/reference/`, header first. Fields
/// may be quoted (`"Use, retention and disposal"`); quotes inside a quoted
/// field are doubled.
pub fn read_csv(relative: &str) -> Vec<Vec<String>> {
    let path = root().join("tests/reference").join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.is_empty())
        .map(csv_fields)
        .collect()
}

fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// The rows of a CSV file under `tests/reference/` as maps from column name
/// to value, without the header.
pub fn read_csv_records(relative: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut rows = read_csv(relative).into_iter();
    let header = rows.next().expect("a header row");
    rows.map(|row| {
        assert_eq!(row.len(), header.len(), "{relative}: {row:?}");
        header.iter().cloned().zip(row).collect()
    })
    .collect()
}

/// Every entry has a title and our own one-sentence summary.
pub fn assert_titles_and_summaries(model: &Model, framework: FrameworkId) {
    for &e in &model.framework(framework).entries {
        let entry = model.requirement(e);
        assert!(!entry.title.trim().is_empty(), "{} has no title", entry.id);
        let summary = entry
            .summary
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no summary", entry.id));
        assert!(
            summary.ends_with('.') && !summary.trim_end_matches('.').contains(". "),
            "{}: the summary is one sentence: {summary}",
            entry.id
        );
    }
}

/// The one built-in crosswalk from `from` to `to` (`name@version`).
pub fn only_crosswalk<'m>(model: &'m Model, from: &str, to: &str) -> &'m Crosswalk {
    let (from_id, to_id) = (framework(model, from), framework(model, to));
    let found: Vec<_> = model
        .crosswalks
        .iter()
        .filter(|c| c.from == from_id && c.to == to_id)
        .collect();
    assert_eq!(found.len(), 1, "one built-in crosswalk {from} -> {to}");
    found[0]
}
