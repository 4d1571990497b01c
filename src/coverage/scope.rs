//! Which requirements apply to the project: SOC 2 categories the systems
//! selected, EU AI Act obligations for the systems' roles and tiers, and
//! obligations whose date of application has come.

use serde::Serialize;

use crate::resolve::Model;
use crate::resolve::model::RequirementId;
use crate::vocabulary::{EuRole, EuTier, TrustCategory, Vocabulary};

/// The applicability of one catalog entry, its groups' tags included: for
/// each key, the nearest entry that has tags of that key decides (a
/// paragraph's `role:deployer` overrides its article's roles), and the
/// nearest `applies-from` date wins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Applicability {
    /// Operator roles it falls on; empty for every role.
    pub roles: Vec<String>,
    /// Tiers it concerns; empty for every tier.
    pub tiers: Vec<String>,
    /// SOC 2 trust services categories it belongs to.
    pub categories: Vec<String>,
    /// The date it applies from.
    pub applies_from: Option<String>,
}

impl Applicability {
    /// The applicability of `requirement`.
    pub fn of(model: &Model, requirement: RequirementId) -> Self {
        let mut found = Applicability::default();
        let (mut roles, mut tiers, mut categories) = (false, false, false);
        let mut entry = Some(requirement);
        while let Some(id) = entry {
            let r = model.requirement(id);
            for (key, slot, done) in [
                ("role", &mut found.roles, &mut roles),
                ("tier", &mut found.tiers, &mut tiers),
                ("category", &mut found.categories, &mut categories),
            ] {
                if !*done {
                    slot.extend(r.tags.iter().filter_map(|t| {
                        t.split_once(':')
                            .filter(|(k, _)| *k == key)
                            .map(|(_, v)| v.to_owned())
                    }));
                    *done = !slot.is_empty();
                }
            }
            if found.applies_from.is_none() {
                found.applies_from.clone_from(&r.applies_from);
            }
            entry = r.parent;
        }
        found
    }
}

/// What the project's systems declare about their scope.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// SOC 2 categories selected (security is always in); `None` when no
    /// system says.
    pub trust_categories: Option<Vec<TrustCategory>>,
    /// EU AI Act roles; `None` when no system says.
    pub eu_roles: Option<Vec<EuRole>>,
    /// EU AI Act tiers; `None` when no system or component says.
    pub eu_tiers: Option<Vec<EuTier>>,
    /// Who declares each tier: `(tier, "component `X` of system `Y`")`,
    /// sorted, so a report can say through which system an obligation
    /// applies.
    pub tier_holders: Vec<(EuTier, String)>,
    /// The day to judge dates of application on (`YYYY-MM-DD`); `None` to
    /// ignore them.
    pub on: Option<String>,
}

impl Scope {
    /// The union of what the model's systems declare.
    pub fn of(model: &Model, on: Option<String>) -> Self {
        let mut scope = Scope {
            on,
            ..Scope::default()
        };
        for system in &model.systems {
            if !system.trust_categories.is_empty() {
                let categories = scope
                    .trust_categories
                    .get_or_insert_with(|| vec![TrustCategory::Security]);
                categories.extend(&system.trust_categories);
            }
            if !system.eu_roles.is_empty() {
                scope
                    .eu_roles
                    .get_or_insert_with(Vec::new)
                    .extend(&system.eu_roles);
            }
            if !system.eu_tiers.is_empty() {
                scope
                    .eu_tiers
                    .get_or_insert_with(Vec::new)
                    .extend(&system.eu_tiers);
                for &tier in &system.eu_tiers {
                    scope
                        .tier_holders
                        .push((tier, format!("system `{}`", system.name)));
                }
            }
            // A component's own classification: an obligation of a tier
            // applies when any system or component in scope has that tier.
            for component in &system.components {
                if !component.eu_roles.is_empty() {
                    scope
                        .eu_roles
                        .get_or_insert_with(Vec::new)
                        .extend(&component.eu_roles);
                }
                if !component.eu_tiers.is_empty() {
                    scope
                        .eu_tiers
                        .get_or_insert_with(Vec::new)
                        .extend(&component.eu_tiers);
                    for &tier in &component.eu_tiers {
                        scope.tier_holders.push((
                            tier,
                            format!("component `{}` of system `{}`", component.name, system.name),
                        ));
                    }
                }
            }
        }
        scope.tier_holders.sort();
        scope.tier_holders.dedup();
        if let Some(list) = &mut scope.trust_categories {
            list.sort_unstable();
            list.dedup();
        }
        if let Some(list) = &mut scope.eu_roles {
            list.sort_unstable();
            list.dedup();
        }
        if let Some(list) = &mut scope.eu_tiers {
            list.sort_unstable();
            list.dedup();
        }
        scope
    }

    /// For a requirement that applies and is tagged with EU AI Act tiers,
    /// which systems or components bring it into scope: "high-risk:
    /// component `Credit score` of system `Scoring API`". `None` when the
    /// requirement names no tier or does not apply.
    pub fn applies_through(&self, model: &Model, requirement: RequirementId) -> Option<String> {
        let tiers = Applicability::of(model, requirement).tiers;
        if tiers.is_empty() || self.not_applicable(model, requirement).is_some() {
            return None;
        }
        let holders: Vec<String> = self
            .tier_holders
            .iter()
            .filter(|(tier, _)| tiers.iter().any(|t| t == tier.as_str()))
            .map(|(tier, holder)| format!("{tier}: {holder}"))
            .collect();
        (!holders.is_empty()).then(|| holders.join("; "))
    }

    /// Why a requirement does not apply, or `None` when it does. Tags and
    /// dates on the requirement's groups hold for it too. A requirement its
    /// catalog withdrew applies to no one: there is nothing left to meet.
    pub fn not_applicable(&self, model: &Model, requirement: RequirementId) -> Option<String> {
        if model.requirement(requirement).withdrawn {
            return Some("withdrawn from the catalog".to_owned());
        }
        let Applicability {
            roles,
            tiers,
            categories,
            applies_from,
        } = Applicability::of(model, requirement);
        let applies_from = applies_from.as_deref();
        if let (Some(selected), false) = (&self.trust_categories, categories.is_empty())
            && !categories
                .iter()
                .any(|c| selected.iter().any(|s| s.as_str() == c))
        {
            return Some(format!(
                "SOC 2 category {} is not in the system's scope ({})",
                categories.join(", "),
                words(selected)
            ));
        }
        if let (Some(declared), false) = (&self.eu_roles, roles.is_empty())
            && !roles
                .iter()
                .any(|r| declared.iter().any(|d| d.as_str() == r))
        {
            return Some(format!(
                "applies to {}; the system's role is {}",
                plural_roles(&roles),
                words(declared)
            ));
        }
        if let (Some(declared), false) = (&self.eu_tiers, tiers.is_empty())
            && !tiers
                .iter()
                .any(|t| declared.iter().any(|d| d.as_str() == t))
        {
            // Where components carry their own tiers, say which.
            let by_component = self
                .tier_holders
                .iter()
                .any(|(_, holder)| holder.starts_with("component"));
            let found = if by_component {
                self.tier_holders
                    .iter()
                    .map(|(tier, holder)| format!("{holder} is {tier}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            } else {
                format!("the system is {}", words(declared))
            };
            return Some(format!(
                "applies to {} systems; {found}",
                tiers.join(" or ")
            ));
        }
        if let (Some(on), Some(from)) = (&self.on, applies_from)
            && from > on.as_str()
        {
            return Some(format!("applies from {from}"));
        }
        None
    }
}

fn words<V: Vocabulary>(list: &[V]) -> String {
    list.iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn plural_roles(roles: &[String]) -> String {
    let plural: Vec<String> = roles
        .iter()
        .map(|r| match r.as_str() {
            "authority" => "public authorities and notified bodies".to_owned(),
            other => format!("{other}s"),
        })
        .collect();
    match plural.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
