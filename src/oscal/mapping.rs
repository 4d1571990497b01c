//! `crosswalk import oscal MAPPING`: an OSCAL 1.2 mapping collection → one
//! `crosswalk A@V -> B@W` block per pair of mapped resources.
//!
//! Each `map` gives a relationship between its sources and its targets.
//! A map of one source and one target becomes one pair with the OSCAL
//! relationship in our words (`equal-to` → `equal`, `subset-of` →
//! `subset`, `superset-of` → `superset`, `intersects-with` →
//! `intersects`, `no-relationship`; `equivalent-to`, "the same in meaning
//! though not in wording", becomes `equal` with a note saying so). A map
//! of several sources or targets states the relationship of their unions;
//! what follows for each member pair is written with a note giving the
//! map's own statement: with `equal-to` or `subset-of` each source is a
//! `subset` of the target's union, and so on (see [`member_relationship`]).
//!
//! The matching rationale, the confidence score, the status and the
//! qualifiers are kept where the language has a place for them
//! (`rationale`, `strength`, `status`, `note`); what `export oscal` wrote
//! in crosswalk's own namespace (`strength`, `review-status`, `scope`,
//! the original identifiers) is read back exactly.
//!
//! A resource is matched to a framework by, in order: `--source` /
//! `--target` given by the user; crosswalk's own `framework` property on
//! the resource; the catalog it points at, read from a local path
//! relative to the mapping file (never fetched from the network), named as
//! `import oscal` would name it. A resource that none of these names is
//! an error at its `href`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::catalog::{Metadata, Prop, Str, own_prop};
use super::error::{CONFLICTING_PAIR, UNKNOWN_MAPPED_ID, UNKNOWN_RELATIONSHIP, UNKNOWN_RESOURCE};
use super::import::{Locator, name, name_from_file, quoted, version_word};
use super::parse::{Syntax, parse_document};
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};
use crate::vocabulary::{Rationale, Relationship, ReviewStatus, Vocabulary as _};

/// `mapping-collection`: what import reads of it.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct MappingCollection<'a> {
    /// The collection's UUID.
    #[serde(borrow, default)]
    pub uuid: Str<'a>,
    /// Title, version, OSCAL version.
    #[serde(borrow)]
    pub metadata: Metadata<'a>,
    /// How the mappings were made.
    #[serde(borrow, default)]
    pub provenance: Provenance<'a>,
    /// The mappings, one per pair of resources.
    #[serde(borrow, default)]
    pub mappings: Vec<MappingEntry<'a>>,
    /// Resources that `#uuid` hrefs point at.
    #[serde(borrow, default)]
    pub back_matter: Option<BackMatter<'a>>,
}

/// `mapping-provenance`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Provenance<'a> {
    /// `human`, `automation` or `hybrid`.
    #[serde(borrow, default)]
    pub method: Option<Str<'a>>,
    /// `syntactic`, `semantic` or `functional`.
    #[serde(borrow, default)]
    pub matching_rationale: Option<Str<'a>>,
    /// `complete`, `not-complete`, `draft`, `deprecated`, `superseded`.
    #[serde(borrow, default)]
    pub status: Option<Str<'a>>,
    /// What the mapping is, in prose.
    #[serde(borrow, default)]
    pub mapping_description: Option<Str<'a>>,
}

/// `mapping`: the maps between one source and one target resource.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct MappingEntry<'a> {
    /// The mapping's own matching rationale (overrides the provenance's).
    #[serde(borrow, default)]
    pub matching_rationale: Option<Str<'a>>,
    /// The mapping's own status (overrides the provenance's).
    #[serde(borrow, default)]
    pub status: Option<Str<'a>>,
    /// The catalog or profile the sources are in.
    #[serde(borrow)]
    pub source_resource: Resource<'a>,
    /// The catalog or profile the targets are in.
    #[serde(borrow)]
    pub target_resource: Resource<'a>,
    /// The maps.
    #[serde(borrow, default)]
    pub maps: Vec<Map<'a>>,
}

/// `mapping-resource-reference`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Resource<'a> {
    /// `catalog` or `profile`.
    #[serde(borrow, rename = "type", default)]
    pub kind: Str<'a>,
    /// Where it is: a URL, a relative path, or `#uuid` of a back-matter
    /// resource.
    #[serde(borrow)]
    pub href: Str<'a>,
    /// Properties (crosswalk's own `framework`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
}

/// `map`: a relationship between sources and targets.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Map<'a> {
    /// The map's own matching rationale.
    #[serde(borrow, default)]
    pub matching_rationale: Option<Str<'a>>,
    /// `equivalent-to`, `equal-to`, `subset-of`, `superset-of`,
    /// `intersects-with`, `no-relationship`.
    #[serde(borrow)]
    pub relationship: Str<'a>,
    /// What is mapped from.
    #[serde(borrow, default)]
    pub sources: Vec<Item<'a>>,
    /// What is mapped to.
    #[serde(borrow, default)]
    pub targets: Vec<Item<'a>>,
    /// Conditions on the mapping.
    #[serde(borrow, default)]
    pub qualifiers: Vec<Qualifier<'a>>,
    /// How sure the mapper is.
    #[serde(borrow, default)]
    pub confidence_score: Option<Confidence<'a>>,
    /// Properties (crosswalk's own `strength`, `review-status`, `scope`,
    /// `coverage`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
    /// Remarks, in Markdown.
    #[serde(borrow, default)]
    pub remarks: Option<Str<'a>>,
}

/// `mapping-item`: a control or statement by id.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Item<'a> {
    /// `control` or `statement`.
    #[serde(borrow, rename = "type", default)]
    pub kind: Str<'a>,
    /// The id of the control or statement in its resource.
    #[serde(borrow)]
    pub id_ref: Str<'a>,
    /// Properties (crosswalk's own `id`, the identifier before escaping).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
}

/// `qualifier-item`.
#[derive(Debug, Default, Deserialize)]
pub struct Qualifier<'a> {
    /// `source`, `target` or `both`.
    #[serde(borrow, default)]
    pub subject: Str<'a>,
    /// `has-requirement` or `has-incompatibility`.
    #[serde(borrow, default)]
    pub predicate: Str<'a>,
    /// `restricted`, `addressable` or `blocked`.
    #[serde(borrow, default)]
    pub category: Str<'a>,
    /// What the condition is.
    #[serde(borrow, default)]
    pub description: Str<'a>,
}

/// `confidence-score`: a category or a percentage.
#[derive(Debug, Default, Deserialize)]
pub struct Confidence<'a> {
    /// `high`, `medium`, `low` or `unspecified`.
    #[serde(borrow, default)]
    pub category: Option<Str<'a>>,
    /// A percentage.
    #[serde(default)]
    pub percentage: Option<f64>,
}

/// `back-matter`: only its resources.
#[derive(Debug, Default, Deserialize)]
pub struct BackMatter<'a> {
    /// The resources.
    #[serde(borrow, default)]
    pub resources: Vec<BackResource<'a>>,
}

/// A back-matter `resource`.
#[derive(Debug, Default, Deserialize)]
pub struct BackResource<'a> {
    /// Its UUID.
    #[serde(borrow, default)]
    pub uuid: Str<'a>,
    /// Properties (crosswalk's own `framework`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
    /// Where it is.
    #[serde(borrow, default)]
    pub rlinks: Vec<Rlink<'a>>,
    /// Other fields, skipped.
    #[serde(default)]
    pub citation: Option<IgnoredAny>,
}

/// An `rlink`.
#[derive(Debug, Default, Deserialize)]
pub struct Rlink<'a> {
    /// Where.
    #[serde(borrow)]
    pub href: Str<'a>,
}

/// What the user named on the command line, and where the mapping file is.
#[derive(Debug, Clone, Default)]
pub struct MappingOptions {
    /// The framework of every mapping's sources (`name@version`).
    pub source: Option<String>,
    /// The framework of every mapping's targets.
    pub target: Option<String>,
    /// The folder relative hrefs start from (the mapping file's folder);
    /// `None` reads no other file.
    pub base: Option<PathBuf>,
}

/// A mapping collection turned into crosswalk blocks.
#[derive(Debug, Clone)]
pub struct ImportedMapping {
    /// The `.cw` text, in the canonical layout of `crosswalk fmt`.
    pub text: String,
    /// The crosswalks written, as `(source, target, pairs)`.
    pub crosswalks: Vec<(String, String, usize)>,
    /// Maps that gave no pair (an unknown relationship or id, a map of
    /// combined coverage).
    pub skipped: usize,
}

/// A framework by name and version, as a crosswalk names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct FrameworkRef {
    name: String,
    version: String,
}

impl std::fmt::Display for FrameworkRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}", self.name, self.version)
    }
}

/// Parses `name@version`, as `--source` and the `framework` property give
/// it.
fn framework_ref(text: &str) -> Option<FrameworkRef> {
    let (name, version) = text.trim().split_once('@')?;
    (crate::resolve::names::is_framework_name(name)
        && crate::resolve::names::is_framework_version(version))
    .then(|| FrameworkRef {
        name: name.to_owned(),
        version: version.to_owned(),
    })
}

/// One pair of a crosswalk, with its attributes.
struct Pair {
    source: String,
    target: String,
    relationship: Relationship,
    rationale: Option<Rationale>,
    strength: Option<u8>,
    status: Option<ReviewStatus>,
    scope: Option<String>,
    notes: Vec<String>,
    /// Where the map that gave it is, for a conflict's diagnostic.
    span: Span,
    /// Where its source's and target's ids are.
    source_span: Span,
    target_span: Span,
    /// Whether it came from a map of one source and one target.
    direct: bool,
}

/// The requirement identifiers a loaded framework has, to check the maps
/// against (built-in frameworks only: a user's catalog is checked when the
/// project compiles).
struct Known {
    compilation: crate::Compilation,
}

impl Known {
    fn new() -> Self {
        Known {
            compilation: crate::workspace::Workspace::new().compile_once(false),
        }
    }

    /// `Some(true)` when the framework is loaded and has the requirement,
    /// `Some(false)` when it is loaded and lacks it, `None` when it is not
    /// loaded.
    fn has(&self, framework: &FrameworkRef, id: &str) -> Option<bool> {
        let names = &self.compilation.names;
        let fw = names.framework(&framework.name, Some(&framework.version))?;
        Some(names.requirement(fw, id).is_some())
    }
}

/// Imports a parsed mapping collection. Returns the crosswalks when every
/// resource could be matched to a framework, and every diagnostic.
pub fn import_mapping(
    file: &SourceFile,
    file_id: FileId,
    collection: &MappingCollection<'_>,
    options: &MappingOptions,
) -> (Option<ImportedMapping>, Vec<Diagnostic>) {
    let at = Locator {
        text: &file.text,
        file: file_id,
    };
    let mut diagnostics = Vec::new();
    let known = Known::new();
    let back_matter: HashMap<&str, &BackResource<'_>> = collection
        .back_matter
        .iter()
        .flat_map(|b| &b.resources)
        .map(|r| (&*r.uuid, r))
        .collect();
    let resolver = ResourceResolver {
        options,
        back_matter: &back_matter,
        at: &at,
    };
    // Pairs by crosswalk, in the order the mappings give them.
    let mut blocks: Vec<(FrameworkRef, FrameworkRef, Vec<Pair>)> = Vec::new();
    let mut skipped = 0;
    for (index, mapping) in collection.mappings.iter().enumerate() {
        let source = resolver.resolve(&mapping.source_resource, "source", index, &mut diagnostics);
        let target = resolver.resolve(&mapping.target_resource, "target", index, &mut diagnostics);
        let (Some(source), Some(target)) = (source, target) else {
            continue;
        };
        let block = if let Some(at) = blocks
            .iter()
            .position(|(s, t, _)| *s == source && *t == target)
        {
            at
        } else {
            blocks.push((source.clone(), target.clone(), Vec::new()));
            blocks.len() - 1
        };
        let rationale = mapping
            .matching_rationale
            .as_deref()
            .or(collection.provenance.matching_rationale.as_deref());
        let status = mapping
            .status
            .as_deref()
            .or(collection.provenance.status.as_deref());
        for map in &mapping.maps {
            let mut kept = 0;
            for pair in map_pairs(map, rationale, status, &at, &mut diagnostics) {
                if !checked(
                    &known,
                    &source,
                    &pair.source,
                    pair.source_span,
                    &mut diagnostics,
                ) || !checked(
                    &known,
                    &target,
                    &pair.target,
                    pair.target_span,
                    &mut diagnostics,
                ) {
                    continue;
                }
                kept += 1;
                add_pair(&mut blocks[block].2, pair, &mut diagnostics);
            }
            if kept == 0 {
                skipped += 1;
            }
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let text = write_blocks(file, collection, &blocks);
    let text = canonical(&text);
    let imported = ImportedMapping {
        text,
        crosswalks: blocks
            .iter()
            .map(|(s, t, pairs)| (s.to_string(), t.to_string(), pairs.len()))
            .collect(),
        skipped,
    };
    (Some(imported), diagnostics)
}

/// Checks that a built-in framework has the requirement a pair names;
/// warns and drops the pair when it does not.
fn checked(
    known: &Known,
    framework: &FrameworkRef,
    id: &str,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    if known.has(framework, id) != Some(false) {
        return true;
    }
    diagnostics.push(
        Diagnostic::warning(
            UNKNOWN_MAPPED_ID,
            span,
            format!("`{framework}` has no requirement `{id}`: the pair is left out"),
        )
        .label("not in the framework")
        .help(format!(
            "`crosswalk frameworks show {framework}` lists its requirements; fix the id in the mapping collection, or name the right version with `--source` / `--target`"
        )),
    );
    false
}

/// Adds a pair to its block: a pair already there keeps its place (a
/// direct map wins over one derived from a map of several members); the
/// same pair with another relationship is a warning.
fn add_pair(pairs: &mut Vec<Pair>, pair: Pair, diagnostics: &mut Vec<Diagnostic>) {
    let Some(existing) = pairs
        .iter_mut()
        .find(|p| p.source == pair.source && p.target == pair.target)
    else {
        pairs.push(pair);
        return;
    };
    if existing.relationship == pair.relationship {
        return;
    }
    if !existing.direct && pair.direct {
        *existing = pair;
        return;
    }
    if existing.direct && !pair.direct {
        return;
    }
    diagnostics.push(
        Diagnostic::warning(
            CONFLICTING_PAIR,
            pair.span,
            format!(
                "`{}` and `{}` are mapped twice, as `{}` and as `{}`: the first is kept",
                pair.source, pair.target, existing.relationship, pair.relationship
            ),
        )
        .label("mapped again here")
        .help("a crosswalk states one relationship per pair; remove one of the two maps"),
    );
}

/// Finds the framework of a mapping's resource.
struct ResourceResolver<'r> {
    options: &'r MappingOptions,
    back_matter: &'r HashMap<&'r str, &'r BackResource<'r>>,
    at: &'r Locator<'r>,
}

impl ResourceResolver<'_> {
    fn resolve(
        &self,
        resource: &Resource<'_>,
        side: &str,
        index: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<FrameworkRef> {
        let given = if side == "source" {
            &self.options.source
        } else {
            &self.options.target
        };
        if let Some(given) = given.as_deref().and_then(framework_ref) {
            return Some(given);
        }
        if let Some(named) = own_prop(&resource.props, "framework").and_then(framework_ref) {
            return Some(named);
        }
        let href = resource.href.trim();
        let (props, path): (&[Prop<'_>], Option<&str>) = match href.strip_prefix('#') {
            Some(uuid) => match self.back_matter.get(uuid) {
                Some(r) => (&r.props, r.rlinks.first().map(|l| l.href.trim())),
                None => (&[], None),
            },
            None => (&[], Some(href)),
        };
        if let Some(named) = own_prop(props, "framework").and_then(framework_ref) {
            return Some(named);
        }
        let why = match path {
            Some(path) => match self.read_catalog(path) {
                Ok(found) => return Some(found),
                Err(why) => why,
            },
            None => format!("`{href}` names no resource in the back matter"),
        };
        let flag = if side == "source" {
            "--source"
        } else {
            "--target"
        };
        diagnostics.push(
            Diagnostic::error(
                UNKNOWN_RESOURCE,
                self.at.span(&resource.href),
                format!("cannot tell which framework the {side} of mapping {} is: {why}", index + 1),
            )
            .label(format!("the {side} resource"))
            .help(format!(
                "name it with `{flag} NAME@VERSION` (as `crosswalk frameworks` lists them), or put its catalog beside the mapping file at a relative path; import never fetches from the network"
            )),
        );
        None
    }

    /// The framework a local catalog file names, as `import oscal` would
    /// name it.
    fn read_catalog(&self, href: &str) -> Result<FrameworkRef, String> {
        if href.contains("://") || href.starts_with("urn:") {
            return Err(format!("`{href}` is not a local file"));
        }
        let Some(base) = &self.options.base else {
            return Err(format!("`{href}` is not read from here"));
        };
        let relative = Path::new(href.split('#').next().unwrap_or(href));
        if relative.is_absolute() {
            return Err(format!(
                "`{href}` is an absolute path, not one relative to the mapping file"
            ));
        }
        let path = base.join(relative);
        let text = crate::project::read_text(&path).map_err(|e| e.to_string())?;
        let name = path.to_string_lossy().into_owned();
        let file = SourceFile::new(name.clone(), text, false);
        let syntax = Syntax::detect(&name, &file.text);
        let document = parse_document(&file, FileId(0), syntax)
            .map_err(|d| format!("`{href}` is not a readable OSCAL document ({})", d.message))?;
        let Some(catalog) = &document.catalog else {
            return Err(format!("`{href}` is not an OSCAL catalog"));
        };
        if let Some(named) = own_prop(&catalog.metadata.props, "framework")
            .filter(|n| crate::resolve::names::is_framework_name(n))
        {
            return Ok(FrameworkRef {
                name: named.to_owned(),
                version: version_word(&catalog.metadata.version),
            });
        }
        Ok(FrameworkRef {
            name: name_from_file(href),
            version: version_word(&catalog.metadata.version),
        })
    }
}

/// What a relationship token means in our words; `None` for a token
/// OSCAL does not define.
fn relationship(token: &str) -> Option<(Relationship, Option<&'static str>)> {
    Some(match token.trim() {
        "equal-to" => (Relationship::Equal, None),
        "equivalent-to" => (
            Relationship::Equal,
            Some("OSCAL `equivalent-to`: the same in meaning, not in wording."),
        ),
        "subset-of" => (Relationship::Subset, None),
        "superset-of" => (Relationship::Superset, None),
        "intersects-with" => (Relationship::Intersects, None),
        "no-relationship" => (Relationship::NoRelationship, None),
        _ => return None,
    })
}

/// What a map's relationship between the union of its sources and the
/// union of its targets says of one source and one target of it
/// (`sources`, `targets`: how many each side has).
///
/// With one member on a side, that member is the union. A source of
/// several is a subset of their union, and a target of several too; so
/// `S₁ ∪ S₂ = T` gives `S₁ ⊆ T`, `S ⊆ T₁ ∪ T₂` gives nothing precise
/// about `S` and `T₁` but that they may meet, and `no-relationship`
/// (disjoint unions) holds for every member pair.
pub fn member_relationship(whole: Relationship, sources: usize, targets: usize) -> Relationship {
    use Relationship::{Equal, NoRelationship, Related, Subset, Superset};
    if whole == NoRelationship || whole == Related {
        return whole;
    }
    match (sources > 1, targets > 1) {
        (false, false) => whole,
        // Each source ⊆ ∪S. ∪S = T or ∪S ⊆ T: each source ⊆ T.
        (true, false) => match whole {
            Equal | Subset => Subset,
            // ∪S ⊇ T or ∪S ∩ T ≠ ∅: a single source may miss T.
            _ => Related,
        },
        // Each target ⊆ ∪T. S = ∪T or S ⊇ ∪T: S ⊇ each target.
        (false, true) => match whole {
            Equal | Superset => Superset,
            _ => Related,
        },
        (true, true) => Related,
    }
}

fn map_pairs(
    map: &Map<'_>,
    rationale: Option<&str>,
    status: Option<&str>,
    at: &Locator<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Pair> {
    let span = at.span(&map.relationship);
    let Some((whole, wording)) = relationship(&map.relationship) else {
        let known = [
            "equivalent-to",
            "equal-to",
            "subset-of",
            "superset-of",
            "intersects-with",
            "no-relationship",
        ];
        let suggestion = crate::suggest::did_you_mean(&crate::suggest::suggest_word(
            map.relationship.trim(),
            &known,
        ));
        let mut help = format!("OSCAL's relationships are {}", known.join(", "));
        if let Some(suggestion) = suggestion {
            help = format!("{suggestion}; {help}");
        }
        diagnostics.push(
            Diagnostic::warning(
                UNKNOWN_RELATIONSHIP,
                span,
                format!(
                    "`{}` is not an OSCAL relationship: the map is left out",
                    map.relationship
                ),
            )
            .label("not a relationship token")
            .help(help),
        );
        return Vec::new();
    };
    // A map `export oscal` wrote for a conclusion restates what the
    // controls' own maps say, together: it is not a crosswalk pair.
    if own_prop(&map.props, "coverage") == Some("combined") {
        return Vec::new();
    }
    let (sources, targets) = (map.sources.len(), map.targets.len());
    let rationale = map
        .matching_rationale
        .as_deref()
        .or(rationale)
        .and_then(|r| Rationale::from_word(r.trim()));
    let strength = own_prop(&map.props, "strength")
        .and_then(|s| s.trim().parse::<u8>().ok())
        .filter(|s| (1..=10).contains(s));
    let status = match own_prop(&map.props, "review-status") {
        Some(word) => ReviewStatus::from_word(word.trim()),
        None => status
            .filter(|s| s.trim() == "draft")
            .map(|_| ReviewStatus::Draft),
    };
    let scope = own_prop(&map.props, "scope").map(str::to_owned);
    let mut notes = Vec::new();
    if let Some(wording) = wording {
        notes.push(wording.to_owned());
    }
    if sources > 1 || targets > 1 {
        let list = |items: &[Item<'_>]| {
            items
                .iter()
                .map(|i| item_id(i))
                .collect::<Vec<_>>()
                .join(", ")
        };
        notes.push(format!(
            "From one OSCAL map: {} {} {} as a whole.",
            list(&map.sources),
            map.relationship.trim(),
            list(&map.targets)
        ));
    }
    if strength.is_none()
        && let Some(confidence) = &map.confidence_score
    {
        let said = match (&confidence.category, confidence.percentage) {
            (Some(c), _) if !c.trim().is_empty() => Some(c.trim().to_owned()),
            (_, Some(p)) if p.is_finite() => Some(format!("{p}%")),
            _ => None,
        };
        if let Some(said) = said {
            notes.push(format!("Confidence: {said}."));
        }
    }
    for qualifier in &map.qualifiers {
        notes.push(format!(
            "Qualifier ({} {}, {}): {}",
            qualifier.subject.trim(),
            qualifier.predicate.trim(),
            qualifier.category.trim(),
            qualifier.description.trim()
        ));
    }
    if let Some(remarks) = map
        .remarks
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        notes.push(own_prop(&map.props, "note").unwrap_or(remarks).to_owned());
    }
    let member = member_relationship(whole, sources, targets);
    let mut pairs = Vec::new();
    for source in &map.sources {
        for target in &map.targets {
            pairs.push(Pair {
                source: item_id(source),
                target: item_id(target),
                relationship: member,
                rationale,
                strength,
                status,
                scope: scope.clone(),
                notes: notes.clone(),
                span,
                source_span: at.span(&source.id_ref),
                target_span: at.span(&target.id_ref),
                direct: sources == 1 && targets == 1,
            });
        }
    }
    pairs
}

/// The requirement a mapping item names: the identifier `export oscal`
/// recorded before escaping it, else the `id-ref` as it is (NIST's
/// catalogs import under their own ids).
fn item_id(item: &Item<'_>) -> String {
    own_prop(&item.props, "id")
        .unwrap_or(&item.id_ref)
        .trim()
        .to_owned()
}

fn write_blocks(
    file: &SourceFile,
    collection: &MappingCollection<'_>,
    blocks: &[(FrameworkRef, FrameworkRef, Vec<Pair>)],
) -> String {
    let mut out = String::new();
    let file_name = file.name.rsplit(['/', '\\']).next().unwrap_or(&file.name);
    let provenance = &collection.provenance;
    let mut source = format!(
        "OSCAL mapping collection {file_name}: {} (OSCAL {}, version {}, uuid {})",
        collection.metadata.title.trim(),
        collection.metadata.oscal_version.trim(),
        collection.metadata.version.trim(),
        collection.uuid
    );
    let said: Vec<String> = [
        ("method", provenance.method.as_deref()),
        (
            "matching rationale",
            provenance.matching_rationale.as_deref(),
        ),
        ("status", provenance.status.as_deref()),
    ]
    .into_iter()
    .filter_map(|(what, value)| value.map(|v| format!("{what} {}", v.trim())))
    .collect();
    if !said.is_empty() {
        let _ = write!(source, "; {}", said.join(", "));
    }
    source.push('.');
    if let Some(description) = provenance
        .mapping_description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        let _ = write!(source, " {description}");
    }
    let source = source.replace("\r\n", "\n");
    for (from, to, pairs) in blocks {
        let _ = writeln!(out, "crosswalk {from} -> {to} {{");
        let _ = writeln!(out, "source {}", quoted(&source));
        for pair in pairs {
            let _ = write!(
                out,
                "{} {} {}",
                name(&pair.source),
                pair.relationship,
                name(&pair.target)
            );
            let mut attributes = Vec::new();
            if let Some(r) = pair.rationale {
                attributes.push(format!("rationale {r}"));
            }
            if let Some(s) = pair.strength {
                attributes.push(format!("strength {s}"));
            }
            if let Some(s) = pair.status {
                attributes.push(format!("status {s}"));
            }
            if let Some(scope) = &pair.scope {
                attributes.push(format!("scope {}", quoted(scope)));
            }
            if !pair.notes.is_empty() {
                attributes.push(format!("note {}", quoted(&pair.notes.join(" "))));
            }
            if attributes.is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, " {{ {} }}", attributes.join(" "));
            }
        }
        out.push_str("}\n");
    }
    out
}

/// The text in `fmt`'s canonical layout (it always parses: every name and
/// string is written by [`name`] and [`quoted`]); as written if it does
/// not.
fn canonical(text: &str) -> String {
    let file = SourceFile::new("imported.cw", text.to_owned(), false);
    crate::format::formatted(FileId(0), &file).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Relationship::{Equal, Intersects, NoRelationship, Related, Subset, Superset};

    #[test]
    fn a_map_of_several_members_gives_each_pair_only_what_follows() {
        assert_eq!(member_relationship(Equal, 1, 1), Equal);
        assert_eq!(member_relationship(Intersects, 1, 1), Intersects);
        // S1 ∪ S2 = T: each source is inside T.
        assert_eq!(member_relationship(Equal, 2, 1), Subset);
        assert_eq!(member_relationship(Subset, 3, 1), Subset);
        // S1 ∪ S2 ⊇ T: S1 alone may miss T.
        assert_eq!(member_relationship(Superset, 2, 1), Related);
        assert_eq!(member_relationship(Intersects, 2, 1), Related);
        // S = T1 ∪ T2: S holds each target.
        assert_eq!(member_relationship(Equal, 1, 2), Superset);
        assert_eq!(member_relationship(Superset, 1, 2), Superset);
        assert_eq!(member_relationship(Subset, 1, 2), Related);
        assert_eq!(member_relationship(Equal, 2, 2), Related);
        // Disjoint unions: disjoint members.
        assert_eq!(member_relationship(NoRelationship, 2, 3), NoRelationship);
    }

    #[test]
    fn relationship_tokens_are_oscal_s() {
        assert_eq!(relationship("equal-to").map(|r| r.0), Some(Equal));
        assert_eq!(relationship(" subset-of ").map(|r| r.0), Some(Subset));
        assert!(relationship("equivalent-to").is_some_and(|r| r.1.is_some()));
        assert_eq!(relationship("equal"), None);
        assert_eq!(relationship("related"), None);
    }

    #[test]
    fn framework_refs_are_checked() {
        assert_eq!(
            framework_ref("iso42001@2023"),
            Some(FrameworkRef {
                name: "iso42001".into(),
                version: "2023".into()
            })
        );
        assert_eq!(framework_ref("iso42001"), None);
        assert_eq!(framework_ref("ISO@2023"), None);
        assert_eq!(framework_ref("a@b c"), None);
    }
}
