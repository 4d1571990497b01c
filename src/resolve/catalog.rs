//! The catalog of loaded framework versions, and the lookups every
//! reference goes through (with "did you mean" when one fails).

use std::collections::HashMap;

use super::error::{
    AMBIGUOUS_VERSION, MAPPING_TO_GROUP, UNKNOWN_FRAMEWORK, UNKNOWN_REQUIREMENT, UNKNOWN_VERSION,
};
use super::model::{EntryKind, FrameworkId, Model, RequirementId};
use super::symbol::{Occurrence, Role, Symbol};
use super::tables::Names;
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::suggest::{SuggestionBudget, did_you_mean, suggest_id, suggest_word};
use crate::syntax::ast::{FrameworkRef, RequirementRef};

/// The most identifiers a help line lists before it says how to see them all.
const MAX_LISTED: usize = 4;
/// How many framework names the help for an unknown one lists.
const MAX_LISTED_FRAMEWORKS: usize = 12;

/// Name and version lookups over the model's frameworks; every lookup
/// that succeeds is recorded as an occurrence of what it found.
#[derive(Debug, Default)]
pub(super) struct Catalog {
    /// The name tables (frameworks and their entries are filled here; the
    /// resolver fills the rest).
    pub(super) names: Names,
    /// The "did you mean" comparisons this run may still make.
    pub(super) suggestions: SuggestionBudget,
    /// Every reference resolved so far.
    pub(super) occurrences: Vec<Occurrence>,
}

/// A reference that did not resolve: its diagnostic, or none when the name
/// it names belongs to an item that did not parse (that item's syntax
/// error is the one to fix).
#[derive(Debug)]
pub(super) struct Unresolved(pub(super) Option<Box<Diagnostic>>);

impl From<Box<Diagnostic>> for Unresolved {
    fn from(diagnostic: Box<Diagnostic>) -> Self {
        Self(Some(diagnostic))
    }
}

/// The outcome of a lookup.
pub(super) type Lookup<T> = Result<T, Unresolved>;

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
        let versions = self.names.frameworks.entry(name.to_owned()).or_default();
        versions.push((version.to_owned(), id));
        versions.sort();
        if self.names.entries.len() <= id.index() {
            self.names.entries.resize_with(id.index() + 1, HashMap::new);
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
        let map = &mut self.names.entries[framework.index()];
        if let Some(&existing) = map.get(id) {
            return Some(existing);
        }
        map.insert(id.to_owned(), entry);
        None
    }

    /// Registers the official shown form as another name for an entry,
    /// unless it is taken.
    pub(super) fn add_alias(&mut self, framework: FrameworkId, shown: &str, entry: RequirementId) {
        self.names.entries[framework.index()]
            .entry(shown.to_owned())
            .or_insert(entry);
    }

    /// Records that `span` names `symbol`.
    pub(super) fn record(&mut self, span: Span, symbol: Symbol) {
        self.occurrences.push(Occurrence {
            span,
            symbol,
            role: Role::Reference,
        });
    }

    /// Looks up a framework reference.
    pub(super) fn framework(&mut self, reference: &FrameworkRef) -> Lookup<FrameworkId> {
        let found = self.find_framework(reference);
        if let Ok(id) = found {
            self.record(reference.span, Symbol::Framework(id));
        }
        found
    }

    /// Looks up a framework reference without recording it.
    pub(super) fn find_framework(&self, reference: &FrameworkRef) -> Lookup<FrameworkId> {
        let name = &reference.name.value;
        let version = reference.version.as_ref().map(|v| v.value.as_str());
        // Asked only when a lookup fails: it is rarely needed.
        let broken = || self.names.broken.framework(name, version);
        let Some(versions) = self.names.frameworks.get(name) else {
            if broken() {
                return Err(Unresolved(None));
            }
            let names = self.names.framework_names();
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
            return Err(Unresolved::from(Box::new(
                Diagnostic::error(
                    UNKNOWN_FRAMEWORK,
                    reference.name.span,
                    format!("no framework named `{name}` is loaded"),
                )
                .label("unknown framework")
                .help(help),
            )));
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
                    if broken() {
                        return Unresolved(None);
                    }
                    Unresolved::from(Box::new(
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
                    ))
                }),
            None if versions.len() == 1 => Ok(versions[0].1),
            None => Err(Unresolved::from(Box::new(
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
            ))),
        }
    }

    /// Looks up a requirement reference; the whole reference is recorded
    /// as naming the requirement, its framework part as naming the
    /// framework.
    pub(super) fn requirement(
        &mut self,
        model: &Model,
        reference: &RequirementRef,
        target: Target,
    ) -> Lookup<RequirementId> {
        let framework = self.framework(&reference.framework)?;
        let found = self.find_entry(
            model,
            framework,
            &reference.id.value,
            reference.id.span,
            target,
        )?;
        self.record(reference.span, Symbol::Requirement(found));
        Ok(found)
    }

    /// Looks up an identifier in one framework (written at `span`).
    pub(super) fn entry(
        &mut self,
        model: &Model,
        framework: FrameworkId,
        id: &str,
        span: Span,
        target: Target,
    ) -> Lookup<RequirementId> {
        let found = self.find_entry(model, framework, id, span, target)?;
        self.record(span, Symbol::Requirement(found));
        Ok(found)
    }

    fn find_entry(
        &self,
        model: &Model,
        framework: FrameworkId,
        id: &str,
        span: Span,
        target: Target,
    ) -> Lookup<RequirementId> {
        let Some(&found) = self.names.entries[framework.index()].get(id) else {
            let suggest = self.suggestions.take();
            return Err(unknown_entry(model, framework, id, span, target, suggest).into());
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
            return Err(Unresolved::from(Box::new(
                Diagnostic::error(
                    MAPPING_TO_GROUP,
                    span,
                    format!("`{id}` is a group of {key}, not a requirement"),
                )
                .label("a group, not a requirement")
                .help(help),
            )));
        }
        Ok(found)
    }
}

fn unknown_entry(
    model: &Model,
    framework: FrameworkId,
    id: &str,
    span: Span,
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
