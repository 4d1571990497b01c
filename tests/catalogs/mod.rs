//! The built-in catalogs: they compile cleanly, and their identifiers,
//! hierarchy and counts are exactly the official ones (checked against the
//! lists copied into `tests/reference/`, in both directions).

mod eu_ai_act;
mod nist_ai_rmf;

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::Model;
use crosswalk::resolve::model::{EntryKind, FrameworkId, Requirement};
use crosswalk::source::SourceSet;

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
