//! The resolver's name tables, kept after resolution: every lookup a
//! reference went through, for callers that look names up too (`explain`,
//! the CLI's `--framework`, a language server's completions).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::model::{ControlId, FrameworkId, RequirementId, RiskId};
use crate::syntax::ast::Ast;
use crate::vocabulary::ComponentKind;

/// Every name of a resolved project and what it stands for. Lookups are
/// hash-map lookups; listings are sorted.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Versions of each framework name, sorted by version.
    pub(super) frameworks: HashMap<String, Vec<(String, FrameworkId)>>,
    /// Identifiers and official shown forms of each framework's entries,
    /// indexed by framework.
    pub(super) entries: Vec<HashMap<String, RequirementId>>,
    /// Controls by identifier (the first definition of a duplicate).
    pub(super) controls: HashMap<String, ControlId>,
    /// Risks by identifier (a project's risk replaces a built-in one in
    /// place).
    pub(super) risks: HashMap<String, RiskId>,
    /// The risks each kind of component implies, in source order.
    pub(super) kinds: BTreeMap<ComponentKind, Vec<RiskId>>,
    /// Names declared by items that did not parse.
    pub(super) broken: BrokenNames,
}

/// The names that items which did not parse were declaring
/// ([`crate::syntax::ast::BrokenItem`]): a reference to one is not
/// reported as unknown, since the broken item's own error is the one to
/// fix.
#[derive(Debug, Clone, Default)]
pub struct BrokenNames {
    controls: HashSet<String>,
    risks: HashSet<String>,
    /// `name@version` of each broken framework, and its bare `name`.
    frameworks: HashSet<String>,
}

impl BrokenNames {
    /// The names the broken items of `asts` declare.
    pub fn of<'a>(asts: impl IntoIterator<Item = &'a Ast>) -> Self {
        let mut names = Self::default();
        for item in asts.into_iter().flat_map(|a| &a.broken) {
            let (Some(keyword), Some(name)) = (&item.keyword, &item.name) else {
                continue;
            };
            match keyword.as_str() {
                "control" => {
                    names.controls.insert(name.clone());
                }
                "risk" => {
                    names.risks.insert(name.clone());
                }
                "framework" => {
                    if let Some((bare, _)) = name.split_once('@') {
                        names.frameworks.insert(bare.to_owned());
                    }
                    names.frameworks.insert(name.clone());
                }
                _ => {}
            }
        }
        names
    }

    /// Whether a broken item declares the control `id`.
    pub fn control(&self, id: &str) -> bool {
        self.controls.contains(id)
    }

    /// Whether a broken item declares the risk `id`.
    pub fn risk(&self, id: &str) -> bool {
        self.risks.contains(id)
    }

    /// Whether a broken item declares the framework `name` (any version,
    /// when `version` is `None`) or `name@version`.
    pub fn framework(&self, name: &str, version: Option<&str>) -> bool {
        if self.frameworks.is_empty() {
            return false;
        }
        match version {
            Some(v) => self.frameworks.contains(&format!("{name}@{v}")),
            None => self.frameworks.contains(name),
        }
    }
}

impl Names {
    /// The framework `name@version`; with no version, the one version of
    /// `name` when only one is loaded.
    pub fn framework(&self, name: &str, version: Option<&str>) -> Option<FrameworkId> {
        let versions = self.frameworks.get(name)?;
        match version {
            Some(v) => versions.iter().find(|(w, _)| w == v).map(|&(_, id)| id),
            None if versions.len() == 1 => Some(versions[0].1),
            None => None,
        }
    }

    /// The loaded versions of framework `name`, sorted, each with its id.
    pub fn versions(&self, name: &str) -> &[(String, FrameworkId)] {
        self.frameworks.get(name).map_or(&[], Vec::as_slice)
    }

    /// Every loaded framework name, sorted.
    pub fn framework_names(&self) -> Vec<&str> {
        #[allow(clippy::iter_over_hash_type)] // Sorted on the next line.
        let mut names: Vec<&str> = self.frameworks.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// The group or requirement `id` (its identifier or official shown
    /// form) of `framework`.
    pub fn requirement(&self, framework: FrameworkId, id: &str) -> Option<RequirementId> {
        self.entries.get(framework.index())?.get(id).copied()
    }

    /// Every entry, in any framework, whose identifier or shown form is
    /// `id`; sorted.
    pub fn requirements_named(&self, id: &str) -> Vec<RequirementId> {
        let mut found: Vec<RequirementId> = self
            .entries
            .iter()
            .filter_map(|m| m.get(id).copied())
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The control `id`.
    pub fn control(&self, id: &str) -> Option<ControlId> {
        self.controls.get(id).copied()
    }

    /// The risk `id`.
    pub fn risk(&self, id: &str) -> Option<RiskId> {
        self.risks.get(id).copied()
    }

    /// Every control identifier, sorted.
    pub fn control_ids(&self) -> Vec<&str> {
        sorted_keys(&self.controls)
    }

    /// Every risk identifier, sorted.
    pub fn risk_ids(&self) -> Vec<&str> {
        sorted_keys(&self.risks)
    }

    /// The risks a kind of component implies, in source order.
    pub fn implied_by(&self, kind: ComponentKind) -> &[RiskId] {
        self.kinds.get(&kind).map_or(&[], Vec::as_slice)
    }

    /// The names that items which did not parse were declaring.
    pub fn broken(&self) -> &BrokenNames {
        &self.broken
    }
}

fn sorted_keys<V>(map: &HashMap<String, V>) -> Vec<&str> {
    #[allow(clippy::iter_over_hash_type)] // Sorted on the next line.
    let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}
