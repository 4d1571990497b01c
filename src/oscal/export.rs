//! `crosswalk export oscal`: the project as OSCAL 1.2 documents.
//!
//! - `component-definition.json`: one component per control (type
//!   `process-procedure`), with one control implementation per framework it
//!   maps to and an implemented requirement per requirement it meets fully
//!   or partly (`equal`, `superset`, `subset`, `intersects`; the IR 8477
//!   relationship is kept as a property).
//! - `mappings/NAME@VERSION.json`: one `mapping-collection` per framework
//!   the project maps to: the controls (source, the component definition)
//!   against the framework's requirements (target), each map with its
//!   IR 8477 relationship token, matching rationale, confidence (from the
//!   edge's strength), review status (`unreviewed` when the edge gives
//!   none) and note; one more map per conclusion, whose sources are the
//!   controls that together meet the requirement (its target), marked as
//!   combined coverage with the reviewer, date, review status and
//!   reasoning; provenance summarising the edges and conclusions; and a
//!   target gap summary listing the requirements no control maps to. OSCAL cannot express this hub (one set of controls against
//!   many frameworks) in one document, hence one collection per framework.
//! - `catalogs/NAME@VERSION.json`: the catalogs of the project's own
//!   frameworks (not the built-in ones), which `import oscal` reads back
//!   into the same framework.
//!
//! Every UUID is a version 5 UUID of a stable name (`control:AI-CM-01`), and
//! `last-modified` is given by the caller, so exporting twice gives the
//! same bytes. Field names and tokens follow the OSCAL 1.2.2 metaschema
//! (`oscal_mapping_metaschema.xml`, `oscal_mapping-common_metaschema.xml`).
//! Identifiers that are not OSCAL tokens (`6.1.2`, `Art.9(2)(a)`) are
//! written in a token form where a token is required; see [`token`].

use std::fmt::Write as _;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::render::escape;
use crate::render::file_name::safe_name;
use crate::resolve::Model;
use crate::resolve::model::{Conclusion, EntryKind, FrameworkId, Mapping, RequirementId};
use crate::vocabulary::{Rationale, Relationship, ReviewStatus, Vocabulary, review_word};

/// The OSCAL version written.
pub const OSCAL_VERSION: &str = "1.2.2";

/// The namespace of crosswalk's own properties.
pub const NAMESPACE: &str = "urn:crosswalk:oscal";

/// One file of the export: a path relative to the output folder, and its
/// text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    /// `component-definition.json`, `mappings/soc2@2017.json`, …
    pub path: String,
    /// Pretty-printed JSON with a final new line.
    pub text: String,
}

/// Every document of the export, sorted by path.
pub fn export(model: &Model, last_modified: &str) -> Vec<ExportedFile> {
    let mapped = mapped_frameworks(model);
    let mut files = vec![ExportedFile {
        path: "component-definition.json".to_owned(),
        text: pretty(&component_definition(model, &mapped, last_modified)),
    }];
    for &framework in &mapped {
        files.push(ExportedFile {
            path: framework_path("mappings", model, framework),
            text: pretty(&mapping_collection(model, framework, last_modified)),
        });
    }
    for (i, framework) in model.frameworks.iter().enumerate() {
        if !framework.builtin {
            files.push(ExportedFile {
                path: catalog_path(model, FrameworkId::from_index(i)),
                text: pretty(&catalog(model, FrameworkId::from_index(i), last_modified)),
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values serialize");
    text.push('\n');
    text
}

/// A stable UUID (version 5) for a name.
pub fn stable_uuid(name: &str) -> String {
    let root = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:crosswalk");
    Uuid::new_v5(&root, name.as_bytes()).to_string()
}

/// An identifier as an OSCAL token (`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`):
/// unchanged when it is one; otherwise `(` and other characters become
/// `_`, `)` is dropped, and a leading digit gets a `_` before it
/// (`6.1.2` → `_6.1.2`, `Art.9(2)(a)` → `Art.9_2_a`).
pub fn token(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 1);
    if !id.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        out.push('_');
    }
    for c in id.chars() {
        match c {
            c if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') => out.push(c),
            ')' => {}
            _ => out.push('_'),
        }
    }
    out
}

/// Where the catalog of a framework is: a file of the export for the
/// project's own frameworks, a URN for the built-in ones.
fn catalog_href(model: &Model, framework: FrameworkId) -> String {
    let f = model.framework(framework);
    if f.builtin {
        format!("urn:crosswalk:framework:{}", f.key())
    } else {
        format!("../{}", catalog_path(model, framework))
    }
}

fn catalog_path(model: &Model, framework: FrameworkId) -> String {
    framework_path("catalogs", model, framework)
}

/// `FOLDER/NAME@VERSION.json`, the name made safe by the one function
/// that makes output file names.
fn framework_path(folder: &str, model: &Model, framework: FrameworkId) -> String {
    let name = safe_name(&model.framework(framework).key());
    format!("{folder}/{name}.json")
}

/// Frameworks some control maps to (any relationship), sorted by
/// `name@version`.
fn mapped_frameworks(model: &Model) -> Vec<FrameworkId> {
    let mut ids: Vec<FrameworkId> = model
        .controls
        .iter()
        .flat_map(|c| &c.satisfies)
        .map(|m| model.requirement(m.requirement).framework)
        .collect();
    ids.sort_by_key(|&id| model.framework(id).key());
    ids.dedup();
    ids
}

fn metadata(title: &str, last_modified: &str, version: &str, props: Vec<Value>) -> Value {
    let mut metadata = json!({
        "title": title,
        "last-modified": last_modified,
        "version": version,
        "oscal-version": OSCAL_VERSION,
    });
    if !props.is_empty() {
        metadata["props"] = Value::Array(props);
    }
    metadata
}

fn prop(name: &str, value: &str) -> Value {
    json!({"name": name, "ns": NAMESPACE, "value": value})
}

/// A property holding user text: OSCAL property values are one line
/// without surrounding space, so runs of white space (line breaks too)
/// become one space; `None` when nothing is left.
fn text_prop(name: &str, text: &str) -> Option<Value> {
    let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!value.is_empty()).then(|| prop(name, &value))
}

fn component_definition(model: &Model, mapped: &[FrameworkId], last_modified: &str) -> Value {
    let components: Vec<Value> = model
        .controls
        .iter()
        .map(|control| {
            let implementations: Vec<Value> = mapped
                .iter()
                .filter_map(|&framework| {
                    let requirements: Vec<Value> = control
                        .satisfies
                        .iter()
                        .filter(|m| {
                            model.requirement(m.requirement).framework == framework
                                && implements(m.relationship)
                        })
                        .map(|m| implemented_requirement(model, &control.id, m))
                        .collect();
                    (!requirements.is_empty()).then(|| {
                        let f = model.framework(framework);
                        json!({
                            "uuid": stable_uuid(&format!("control-implementation:{}:{}", control.id, f.key())),
                            "source": catalog_href(model, framework),
                            "description": format!("How control {} meets {} ({}).", control.id, f.title, f.key()),
                            "implemented-requirements": requirements,
                        })
                    })
                })
                .collect();
            let mut component = json!({
                "uuid": stable_uuid(&format!("control:{}", control.id)),
                "type": "process-procedure",
                "title": control.title,
                "description": control.description.clone().unwrap_or_else(|| control.title.clone()),
                "props": [prop("control-id", &control.id)],
            });
            if let Some(owner) = control.owner.as_deref().and_then(|o| text_prop("owner", o)) {
                component["props"]
                    .as_array_mut()
                    .expect("an array")
                    .push(owner);
            }
            if !implementations.is_empty() {
                component["control-implementations"] = Value::Array(implementations);
            }
            component
        })
        .collect();
    let mut definition = json!({
        "uuid": stable_uuid("component-definition"),
        "metadata": metadata("Controls of the crosswalk project", last_modified, "1", Vec::new()),
    });
    if !components.is_empty() {
        definition["components"] = Value::Array(components);
    }
    json!({ "component-definition": definition })
}

/// Whether an edge says the control implements (part of) the requirement:
/// `no-relationship` and `related` edges go to the mapping collections only.
fn implements(relationship: Relationship) -> bool {
    matches!(
        relationship,
        Relationship::Equal
            | Relationship::Superset
            | Relationship::Subset
            | Relationship::Intersects
    )
}

fn implemented_requirement(model: &Model, control: &str, mapping: &Mapping) -> Value {
    let requirement = model.requirement(mapping.requirement);
    let key = model.qualified_id(mapping.requirement);
    let props = vec![
        prop("relationship", mapping.relationship.as_str()),
        prop("review-status", review_word(mapping.attributes.status)),
    ];
    let mut value = json!({
        "uuid": stable_uuid(&format!("implemented-requirement:{control}:{key}")),
        "control-id": token(&requirement.id),
        "description": format!(
            "Control {control} is {} {} ({}).",
            relationship_phrase(mapping.relationship),
            requirement.shown(),
            requirement.title
        ),
        "props": props,
    });
    if let Some(note) = &mapping.attributes.note {
        value["remarks"] = json!(escape::markdown_block(note));
    }
    value
}

fn relationship_phrase(relationship: Relationship) -> &'static str {
    match relationship {
        Relationship::Equal => "equal to",
        Relationship::Superset => "a superset of",
        Relationship::Subset => "a subset of",
        Relationship::Intersects => "intersecting with",
        Relationship::NoRelationship => "unrelated to",
        Relationship::Related => "related to",
    }
}

/// The OSCAL 1.2 relationship token; `None` for `related`, which states no
/// set relationship and has no token.
pub fn relationship_token(relationship: Relationship) -> Option<&'static str> {
    Some(match relationship {
        Relationship::Equal => "equal-to",
        Relationship::Superset => "superset-of",
        Relationship::Subset => "subset-of",
        Relationship::Intersects => "intersects-with",
        Relationship::NoRelationship => "no-relationship",
        Relationship::Related => return None,
    })
}

/// OSCAL's confidence category for an edge strength (1–10).
fn confidence(strength: u8) -> &'static str {
    match strength {
        8.. => "high",
        4..=7 => "medium",
        _ => "low",
    }
}

fn mapping_collection(model: &Model, framework: FrameworkId, last_modified: &str) -> Value {
    let f = model.framework(framework);
    let key = f.key();
    let mut maps = Vec::new();
    let mut related = 0;
    let mut mapped = vec![false; model.requirements.len()];
    let mut rationales = [0usize; 3];
    let mut draft = false;
    for control in &model.controls {
        for mapping in &control.satisfies {
            let requirement = model.requirement(mapping.requirement);
            if requirement.framework != framework {
                continue;
            }
            let Some(relationship) = relationship_token(mapping.relationship) else {
                related += 1;
                continue;
            };
            mapped[mapping.requirement.index()] = true;
            let attributes = &mapping.attributes;
            draft |= attributes.status.is_none_or(|s| s == ReviewStatus::Draft);
            let mut map = json!({
                "uuid": stable_uuid(&format!("map:{}:{}", control.id, model.qualified_id(mapping.requirement))),
                "relationship": relationship,
                "sources": [{"type": "control", "id-ref": control.id}],
                "targets": [{"type": "control", "id-ref": requirement.id}],
            });
            if let Some(rationale) = attributes.rationale {
                rationales[rationale as usize] += 1;
                map["matching-rationale"] = json!(rationale.as_str());
            }
            let mut props = Vec::new();
            // The metaschema's confidence score is a choice: a category or
            // a percentage. The category is written; the exact strength
            // travels as a property.
            if let Some(strength) = attributes.strength {
                map["confidence-score"] = json!({"category": confidence(strength)});
                props.push(prop("strength", &strength.to_string()));
            }
            props.push(prop("review-status", review_word(attributes.status)));
            props.extend(
                attributes
                    .scope
                    .as_deref()
                    .and_then(|scope| text_prop("scope", scope)),
            );
            map["props"] = Value::Array(props);
            if let Some(note) = &attributes.note {
                map["remarks"] = json!(escape::markdown_block(note));
            }
            maps.push(map);
        }
    }
    let edges = maps.len();
    for conclusion in &model.conclusions {
        if model.requirement(conclusion.requirement).framework != framework {
            continue;
        }
        mapped[conclusion.requirement.index()] = true;
        draft |= conclusion.status.is_none_or(|s| s == ReviewStatus::Draft);
        maps.push(conclusion_map(model, conclusion));
    }
    let conclusions = maps.len() - edges;
    let unmapped: Vec<String> = f
        .entries
        .iter()
        .map(|&e| (e, model.requirement(e)))
        .filter(|(e, r)| r.kind == EntryKind::Requirement && !r.withdrawn && !mapped[e.index()])
        .map(|(_, r)| token(&r.id))
        .collect();
    let rationale = [
        Rationale::Syntactic,
        Rationale::Semantic,
        Rationale::Functional,
    ]
    .into_iter()
    .max_by_key(|&r| (rationales[r as usize], std::cmp::Reverse(r as usize)))
    .filter(|&r| rationales[r as usize] > 0)
    .unwrap_or(Rationale::Semantic);
    let mut description = format!(
        "The project's controls mapped to {} ({key}) with NIST IR 8477 set relationships: {edges} maps, one per edge",
        f.title
    );
    if conclusions > 0 {
        let _ = write!(
            description,
            "; {conclusions} more, one per conclusion, naming the controls that together meet a requirement (combined coverage: property `coverage` is `combined`)"
        );
    }
    if related > 0 {
        let _ = write!(
            description,
            "; {related} `related` edges (no set relationship stated) are left out"
        );
    }
    let _ = write!(
        description,
        "; {} requirements without a mapping are listed in the target gap summary.",
        unmapped.len()
    );
    let mut mapping = json!({
        "uuid": stable_uuid(&format!("mapping:{key}")),
        "source-resource": {"type": "component-definition", "href": "../component-definition.json"},
        "target-resource": {"type": "catalog", "href": catalog_href(model, framework)},
        "maps": maps,
    });
    if !unmapped.is_empty() {
        mapping["target-gap-summary"] = json!({
            "uuid": stable_uuid(&format!("target-gap-summary:{key}")),
            "unmapped-controls": [{"with-ids": unmapped}],
        });
    }
    json!({
        "mapping-collection": {
            "uuid": stable_uuid(&format!("mapping-collection:{key}")),
            "metadata": metadata(&format!("Controls mapped to {}", f.title), last_modified, "1", Vec::new()),
            "provenance": {
                "method": "human",
                "matching-rationale": rationale.as_str(),
                "status": if draft { "draft" } else { "complete" },
                "mapping-description": description,
            },
            "mappings": [mapping],
        }
    })
}

/// The map of a conclusion: the controls it names (the sources) together
/// against its requirement (the target). Each control's own edge keeps its
/// own map; this one states what a person concluded, that their union
/// meets the whole requirement. So the set relationship is `equal-to` when
/// every control is a subset of (or equal to) the requirement, and
/// `superset-of` when one also reaches beyond it (`intersects`,
/// `superset`). Properties mark it as combined coverage with the
/// reviewer, date and review status (`unreviewed` when it gives none); the
/// remarks say so in words, with the reasoning.
fn conclusion_map(model: &Model, conclusion: &Conclusion) -> Value {
    let requirement = model.requirement(conclusion.requirement);
    let members: Vec<(&str, Relationship)> = conclusion
        .members
        .iter()
        .map(|m| {
            let control = model.control(m.control);
            (control.id.as_str(), control.mapping(m.mapping).relationship)
        })
        .collect();
    let within = members
        .iter()
        .all(|(_, r)| matches!(r, Relationship::Subset | Relationship::Equal));
    let alone = members.iter().any(|(_, r)| r.covers_fully());
    let status = review_word(conclusion.status);
    let mut props = vec![prop("coverage", "combined")];
    props.extend(text_prop("reviewer", &conclusion.reviewer));
    props.extend(text_prop("date", &conclusion.date));
    props.push(prop("review-status", status));
    let listed: Vec<String> = members
        .iter()
        .map(|(id, r)| format!("{} ({r})", escape::markdown_inline(id)))
        .collect();
    let remarks = format!(
        "Combined coverage: {} concluded on {} that the controls {} together meet {}{}; each control's own mapping is a map of its own. Review status of the conclusion: {status}.\n\nBecause: {}",
        escape::markdown_inline(&conclusion.reviewer),
        escape::markdown_inline(&conclusion.date),
        listed.join(", "),
        escape::markdown_inline(&model.qualified_id(conclusion.requirement)),
        if alone {
            ""
        } else {
            ", which no one of them meets in full"
        },
        escape::markdown_block(&conclusion.because),
    );
    json!({
        "uuid": stable_uuid(&format!("conclusion-map:{}", model.qualified_id(conclusion.requirement))),
        "relationship": if within { "equal-to" } else { "superset-of" },
        "sources": members
            .iter()
            .map(|(id, _)| json!({"type": "control", "id-ref": id}))
            .collect::<Vec<_>>(),
        "targets": [{"type": "control", "id-ref": requirement.id}],
        "props": props,
        "remarks": remarks,
    })
}

fn catalog(model: &Model, framework: FrameworkId, last_modified: &str) -> Value {
    let f = model.framework(framework);
    let (groups, controls) = catalog_entries(model, framework, None);
    let mut catalog = json!({
        "uuid": stable_uuid(&format!("catalog:{}", f.key())),
        "metadata": metadata(&f.title, last_modified, &f.version, vec![prop("framework", &f.name)]),
    });
    if !controls.is_empty() {
        catalog["controls"] = Value::Array(controls);
    }
    if !groups.is_empty() {
        catalog["groups"] = Value::Array(groups);
    }
    json!({ "catalog": catalog })
}

/// The groups and the controls directly under `parent`, in catalog order.
fn catalog_entries(
    model: &Model,
    framework: FrameworkId,
    parent: Option<RequirementId>,
) -> (Vec<Value>, Vec<Value>) {
    let mut groups = Vec::new();
    let mut controls = Vec::new();
    for &id in &model.framework(framework).entries {
        let r = model.requirement(id);
        if r.parent != parent {
            continue;
        }
        let mut props = Vec::new();
        if let Some(display) = &r.display {
            props.push(json!({"name": "label", "value": display}));
        }
        let mut value = json!({"id": token(&r.id), "title": r.title});
        match r.kind {
            EntryKind::Group => {
                let (nested, members) = catalog_entries(model, framework, Some(id));
                if !props.is_empty() {
                    value["props"] = Value::Array(props);
                }
                if !nested.is_empty() {
                    value["groups"] = Value::Array(nested);
                }
                if !members.is_empty() {
                    value["controls"] = Value::Array(members);
                }
                groups.push(value);
            }
            EntryKind::Requirement => {
                if r.withdrawn {
                    props.push(json!({"name": "status", "value": "withdrawn"}));
                }
                if let Some(summary) = &r.summary {
                    props.push(prop("summary", summary));
                }
                if !props.is_empty() {
                    value["props"] = Value::Array(props);
                }
                let mut parts = Vec::new();
                if let Some(statement) = &r.statement {
                    parts.push(json!({"id": format!("{}_smt", token(&r.id)), "name": "statement", "prose": statement}));
                }
                if let Some(guidance) = &r.guidance {
                    parts.push(json!({"id": format!("{}_gdn", token(&r.id)), "name": "guidance", "prose": guidance}));
                }
                if !parts.is_empty() {
                    value["parts"] = Value::Array(parts);
                }
                controls.push(value);
            }
        }
    }
    (groups, controls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_become_tokens() {
        assert_eq!(token("ac-2.1"), "ac-2.1");
        assert_eq!(token("6.1.2"), "_6.1.2");
        assert_eq!(token("Art.9(2)(a)"), "Art.9_2_a");
    }

    #[test]
    fn uuids_are_stable_version_5() {
        let a = stable_uuid("control:AI-CM-01");
        assert_eq!(a, stable_uuid("control:AI-CM-01"));
        assert_ne!(a, stable_uuid("control:AI-CM-02"));
        assert_eq!(&a[14..15], "5");
    }

    #[test]
    fn every_relationship_but_related_has_a_token() {
        assert_eq!(relationship_token(Relationship::Subset), Some("subset-of"));
        assert_eq!(relationship_token(Relationship::Related), None);
    }
}
