//! Which requirements apply to the project: SOC 2 categories the systems
//! selected, EU AI Act obligations for the systems' roles, tiers and Art. 50
//! use cases, and obligations whose date of application has come (for a
//! high-risk system, the date for its classification basis).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::resolve::Model;
use crate::resolve::model::{Basis, RequirementId};
use crate::vocabulary::{EuBasis, EuRole, EuTier, EuUse, TrustCategory, Vocabulary};

/// The applicability of one catalog entry, its groups' tags included: for
/// each key, the nearest entry that has tags of that key decides (a
/// paragraph's `role:deployer` overrides its article's roles), the nearest
/// `applies-from` date wins (for each classification basis, the nearest
/// `applies-from … for` it), and an `informative` mark on any of them holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Applicability {
    /// Operator roles it falls on; empty for every role.
    pub roles: Vec<String>,
    /// Tiers it concerns; empty for every tier.
    pub tiers: Vec<String>,
    /// SOC 2 trust services categories it belongs to.
    pub categories: Vec<String>,
    /// EU AI Act Art. 50 use cases it concerns; empty for every use.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<String>,
    /// The date it applies from.
    pub applies_from: Option<String>,
    /// The date it applies from for systems high-risk on a basis, by
    /// basis.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub applies_from_by_basis: BTreeMap<EuBasis, String>,
    /// Whether it defines, classifies, presumes or empowers rather than
    /// obliges: never a gap.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub informative: bool,
}

impl Applicability {
    /// The applicability of `requirement`.
    pub fn of(model: &Model, requirement: RequirementId) -> Self {
        let mut found = Applicability::default();
        let (mut roles, mut tiers, mut categories, mut uses) = (false, false, false, false);
        let mut entry = Some(requirement);
        while let Some(id) = entry {
            let r = model.requirement(id);
            found.informative |= r.informative;
            for (&basis, date) in &r.applies_from_by_basis {
                found
                    .applies_from_by_basis
                    .entry(basis)
                    .or_insert_with(|| date.clone());
            }
            for (key, slot, done) in [
                ("role", &mut found.roles, &mut roles),
                ("tier", &mut found.tiers, &mut tiers),
                ("category", &mut found.categories, &mut categories),
                ("use", &mut found.uses, &mut uses),
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

    /// The date it applies from to a system or component high-risk on
    /// `basis` (`None`: not high-risk, or no basis given): the date for
    /// that basis if one is written, else the general one.
    pub fn date_for(&self, basis: Option<EuBasis>) -> Option<&str> {
        basis
            .and_then(|b| self.applies_from_by_basis.get(&b))
            .or(self.applies_from.as_ref())
            .map(String::as_str)
    }
}

/// A system or component that declares its own EU AI Act classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// Who it is: "system `Y`" or "component `X` of system `Y`".
    pub who: String,
    /// The tiers it declares.
    pub tiers: Vec<EuTier>,
    /// The entry its high-risk classification rests on, if given.
    pub basis: Option<Basis>,
}

impl Holder {
    /// The basis that decides its dates: the one it names, when it is
    /// high-risk.
    fn dating_basis(&self) -> Option<EuBasis> {
        self.basis
            .filter(|_| self.tiers.contains(&EuTier::HighRisk))
            .map(|b| b.basis)
    }
}

/// The date an obligation applies from to one system or component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderDate {
    /// Who: "component `X` of system `Y`" (`None` when no system or
    /// component declares an EU AI Act classification).
    pub who: Option<String>,
    /// "high-risk under Annex III, point 5(b)", for a high-risk one with a
    /// classification basis: the basis decided the date.
    pub classification: Option<String>,
    /// The date (`None`: no date of application).
    pub date: Option<String>,
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
    /// Every system and component that declares EU AI Act tiers, in
    /// source order: their classification bases decide dates.
    pub holders: Vec<Holder>,
    /// EU AI Act Art. 50 use cases declared; `None` when no system or
    /// component says (then obligations tagged `use:` apply as any other).
    pub eu_uses: Option<Vec<EuUse>>,
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
            if !system.eu_uses.is_empty() {
                scope
                    .eu_uses
                    .get_or_insert_with(Vec::new)
                    .extend(&system.eu_uses);
            }
            if !system.eu_tiers.is_empty() {
                scope
                    .eu_tiers
                    .get_or_insert_with(Vec::new)
                    .extend(&system.eu_tiers);
                let who = format!("system `{}`", system.name);
                for &tier in &system.eu_tiers {
                    scope.tier_holders.push((tier, who.clone()));
                }
                scope.holders.push(Holder {
                    who,
                    tiers: system.eu_tiers.clone(),
                    basis: system.eu_basis,
                });
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
                if !component.eu_uses.is_empty() {
                    scope
                        .eu_uses
                        .get_or_insert_with(Vec::new)
                        .extend(&component.eu_uses);
                }
                if !component.eu_tiers.is_empty() {
                    scope
                        .eu_tiers
                        .get_or_insert_with(Vec::new)
                        .extend(&component.eu_tiers);
                    let who = format!("component `{}` of system `{}`", component.name, system.name);
                    for &tier in &component.eu_tiers {
                        scope.tier_holders.push((tier, who.clone()));
                    }
                    scope.holders.push(Holder {
                        who,
                        tiers: component.eu_tiers.clone(),
                        basis: component.eu_basis,
                    });
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
        if let Some(list) = &mut scope.eu_uses {
            list.sort_unstable();
            list.dedup();
        }
        scope
    }

    /// The systems and components whose classification names `requirement`
    /// (or a group it belongs to) as its basis: "component `X` of system
    /// `Y`", in source order. Such an entry is shown as their basis, never
    /// as a requirement to meet.
    pub fn basis_of(&self, model: &Model, requirement: RequirementId) -> Vec<String> {
        let mut chain = Vec::new();
        let mut entry = Some(requirement);
        while let Some(id) = entry {
            chain.push(id);
            entry = model.requirement(id).parent;
        }
        self.holders
            .iter()
            .filter(|h| h.basis.is_some_and(|b| chain.contains(&b.entry)))
            .map(|h| h.who.clone())
            .collect()
    }

    /// The date `requirement` applies from to each system or component it
    /// concerns (those of its tiers, when it names tiers): for a high-risk
    /// one with a classification basis, the date for that basis where the
    /// catalog gives one, else the general date. One entry without `who`
    /// when no system or component declares a tier.
    pub fn dates(&self, model: &Model, requirement: RequirementId) -> Vec<HolderDate> {
        self.dates_of(model, &Applicability::of(model, requirement))
    }

    fn dates_of(&self, model: &Model, applicability: &Applicability) -> Vec<HolderDate> {
        let concerned: Vec<&Holder> = self
            .holders
            .iter()
            .filter(|h| {
                applicability.tiers.is_empty()
                    || h.tiers
                        .iter()
                        .any(|t| applicability.tiers.iter().any(|a| a == t.as_str()))
            })
            .collect();
        if concerned.is_empty() {
            return vec![HolderDate {
                who: None,
                classification: None,
                date: applicability.applies_from.clone(),
            }];
        }
        concerned
            .into_iter()
            .map(|h| {
                let basis = h.dating_basis();
                HolderDate {
                    who: Some(h.who.clone()),
                    classification: h
                        .basis
                        .filter(|_| basis.is_some())
                        .map(|b| b.describe(model)),
                    date: applicability.date_for(basis).map(str::to_owned),
                }
            })
            .collect()
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
        let applicability = Applicability::of(model, requirement);
        let Applicability {
            roles,
            tiers,
            categories,
            uses,
            ..
        } = &applicability;
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
                plural_roles(roles),
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
        if let (Some(declared), false) = (&self.eu_uses, uses.is_empty())
            && !uses
                .iter()
                .any(|u| declared.iter().any(|d| d.as_str() == u))
        {
            return Some(format!(
                "applies to the Art. 50 use case {}; the declared use cases are {}",
                uses.join(" or "),
                words(declared)
            ));
        }
        if let Some(on) = &self.on {
            return not_yet(&self.dates_of(model, &applicability), on);
        }
        None
    }
}

/// Why an obligation does not apply yet on day `on`, or `None` when it
/// applies to at least one of the systems or components it concerns:
/// the dates still to come, earliest first, each once ("high-risk under
/// Annex III, point 5(b): obligations apply from 2027-12-02").
fn not_yet(dates: &[HolderDate], on: &str) -> Option<String> {
    if dates
        .iter()
        .any(|d| d.date.as_deref().is_none_or(|date| date <= on))
    {
        return None;
    }
    let mut reasons: Vec<(&str, String)> = dates
        .iter()
        .filter_map(|d| {
            let date = d.date.as_deref()?;
            Some(match &d.classification {
                Some(c) => (date, format!("{c}: obligations apply from {date}")),
                None => (date, format!("applies from {date}")),
            })
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    Some(
        reasons
            .into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .join("; "),
    )
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
