//! The catalog of loaded framework versions, and the lookups every
//! reference goes through (with "did you mean" when one fails).

use std::collections::HashMap;

use super::error::{
    AMBIGUOUS_VERSION, MAPPING_TO_GROUP, UNKNOWN_FRAMEWORK, UNKNOWN_REQUIREMENT, UNKNOWN_VERSION,
};
use super::model::{EntryKind, FrameworkId, Model, RequirementId};
use crate::diagnostic::Diagnostic;
use crate::suggest::{SuggestionBudget, did_you_mean, suggest_id, suggest_word};
use crate::syntax::ast::{FrameworkRef, RequirementRef};

/// The most identifiers a help line lists before it says how to see them all.
const MAX_LISTED: usize = 4;
/// How many framework names the help for an unknown one lists.
const MAX_LISTED_FRAMEWORKS: usize = 12;

/// Name and version lookups over the model's frameworks.
#[derive(Debug, Default)]
pub(super) struct Catalog {
    /// Versions of each framework name, sorted by version.
    /// (A hash map: every reference looks a name up; messages sort the names.)
    by_name: HashMap<String, Vec<(String, FrameworkId)>>,
    /// Identifiers and shown forms of each framework's entries.
    entries: Vec<HashMap<String, RequirementId>>,
    /// The "did you mean" comparisons this run may still make.
    pub(super) suggestions: SuggestionBudget,
}

/// What a reference may point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// Only a requirement (a control's mapping).
    Requirement,
    /// A group or a requirement (a crosswalk pair, an exclusion).
    Entry,
}

impl Catalog {
    /// Registers a framework; the caller has removed duplicates.
    pub(super) fn add_framework(&mut self, name: &str, version: &str, id: FrameworkId) {
        let versions = self.by_name.entry(name.to_owned()).or_default();
        versions.push((version.to_owned(), id));
        versions.sort();
        if self.entries.len() <= id.index() {
            self.entries.resize_with(id.index() + 1, HashMap::new);
        }
    }

    /// Registers an entry under its identifier; returns the entry already
    /// registered under it, if any.
    pub(super) fn add_entry(
        &mut self,
        framework: FrameworkId,
        id: &str,
        entry: RequirementId,
    ) -> Option<RequirementId> {
        let map = &mut self.entries[framework.index()];
        if let Some(&existing) = map.get(id) {
            return Some(existing);
        }
        map.insert(id.to_owned(), entry);
        None
    }

    /// Registers the official shown form as another name for an entry,
    /// unless it is taken.
    pub(super) fn add_alias(&mut self, framework: FrameworkId, shown: &str, entry: RequirementId) {
        self.entries[framework.index()]
            .entry(shown.to_owned())
            .or_insert(entry);
    }

    /// Looks up a framework reference.
    pub(super) fn framework(
        &self,
        reference: &FrameworkRef,
    ) -> Result<FrameworkId, Box<Diagnostic>> {
        let name = &reference.name.value;
        let Some(versions) = self.by_name.get(name) else {
            #[allow(clippy::iter_over_hash_type)] // Sorted on the next line.
            let mut names: Vec<&str> = self.by_name.keys().map(String::as_str).collect();
            names.sort_unstable();
            let suggested = if self.suggestions.take() {
                did_you_mean(&suggest_word(name, &names))
            } else {
                None
            };
            let help = suggested.unwrap_or_else(|| {
                let mut listed: Vec<String> = names
                    .iter()
                    .take(MAX_LISTED_FRAMEWORKS)
                    .map(|n| format!("`{n}`"))
                    .collect();
                if names.len() > MAX_LISTED_FRAMEWORKS {
                    listed.push(format!("{} more", names.len() - MAX_LISTED_FRAMEWORKS));
                }
                format!(
                    "the loaded frameworks are {}; run `crosswalk frameworks` to list them",
                    listed.join(", ")
                )
            });
            return Err(Box::new(
                Diagnostic::error(
                    UNKNOWN_FRAMEWORK,
                    reference.name.span,
                    format!("no framework named `{name}` is loaded"),
                )
                .label("unknown framework")
                .help(help),
            ));
        };
        let listed = || {
            versions
                .iter()
                .map(|(v, _)| format!("`{name}@{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &reference.version {
            Some(version) => versions
                .iter()
                .find(|(v, _)| *v == version.value)
                .map(|&(_, id)| id)
                .ok_or_else(|| {
                    Box::new(
                        Diagnostic::error(
                            UNKNOWN_VERSION,
                            version.span,
                            format!(
                                "framework `{name}` has no version `{}` loaded",
                                version.value
                            ),
                        )
                        .label("unknown version")
                        .help(format!("the loaded versions are {}", listed())),
                    )
                }),
            None if versions.len() == 1 => Ok(versions[0].1),
            None => Err(Box::new(
                Diagnostic::error(
                    AMBIGUOUS_VERSION,
                    reference.span,
                    format!(
                        "`{name}` is loaded in {} versions; this reference does not say which",
                        versions.len()
                    ),
                )
                .label("which version?")
                .help(format!("name the version: {}", listed())),
            )),
        }
    }

    /// Looks up a requirement reference.
    pub(super) fn requirement(
        &self,
        model: &Model,
        reference: &RequirementRef,
        target: Target,
    ) -> Result<RequirementId, Box<Diagnostic>> {
        let framework = self.framework(&reference.framework)?;
        self.entry(
            model,
            framework,
            &reference.id.value,
            reference.id.span,
            target,
        )
    }

    /// Looks up an identifier in one framework.
    pub(super) fn entry(
        &self,
        model: &Model,
        framework: FrameworkId,
        id: &str,
        span: crate::source::Span,
        target: Target,
    ) -> Result<RequirementId, Box<Diagnostic>> {
        let Some(&found) = self.entries[framework.index()].get(id) else {
            let suggest = self.suggestions.take();
            return Err(unknown_entry(model, framework, id, span, target, suggest));
        };
        let entry = model.requirement(found);
        if target == Target::Requirement && entry.kind == EntryKind::Group {
            let key = model.framework(framework).key();
            let children: Vec<&str> = model.frameworks[framework.index()]
                .entries
                .iter()
                .map(|&c| model.requirement(c))
                .filter(|c| {
                    c.kind == EntryKind::Requirement && c.parent.is_some_and(|p| p == found)
                })
                .map(|c| c.id.as_str())
                .collect();
            let help = if children.is_empty() {
                format!("map to a requirement; run `crosswalk frameworks show {key}` to list them")
            } else {
                format!(
                    "map to one or more of its requirements: {}",
                    list_ids(&children, &key)
                )
            };
            return Err(Box::new(
                Diagnostic::error(
                    MAPPING_TO_GROUP,
                    span,
                    format!("`{id}` is a group of {key}, not a requirement"),
                )
                .label("a group, not a requirement")
                .help(help),
            ));
        }
        Ok(found)
    }
}

fn unknown_entry(
    model: &Model,
    framework: FrameworkId,
    id: &str,
    span: crate::source::Span,
    target: Target,
    suggest: bool,
) -> Box<Diagnostic> {
    let fw = model.framework(framework);
    let key = fw.key();
    let suggestions = if suggest {
        let candidates: Vec<&str> = fw
            .entries
            .iter()
            .map(|&e| model.requirement(e))
            .filter(|e| target == Target::Entry || e.kind == EntryKind::Requirement)
            .map(|e| e.id.as_str())
            .collect();
        suggest_id(id, &candidates)
    } else {
        Vec::new()
    };
    let help = did_you_mean(&suggestions).unwrap_or_else(|| {
        format!("run `crosswalk frameworks show {key}` to list its requirements")
    });
    let what = match target {
        Target::Requirement => "a requirement",
        Target::Entry => "an identifier",
    };
    Box::new(
        Diagnostic::error(
            UNKNOWN_REQUIREMENT,
            span,
            format!("`{id}` is not {what} of {key}"),
        )
        .label(format!("not in {key}"))
        .help(help),
    )
}

/// Lists identifiers for a help line: all of a few, or the first and last
/// of many.
fn list_ids(ids: &[&str], key: &str) -> String {
    match ids {
        [first, .., last] if ids.len() > MAX_LISTED => format!(
            "`{first}` … `{last}` ({} requirements; run `crosswalk frameworks show {key}`)",
            ids.len()
        ),
        _ => ids
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}
