//! `crosswalk import oscal`: an OSCAL catalog (JSON, YAML or XML) → a
//! framework in our language.
//!
//! Groups become groups, controls and their enhancements become
//! requirements of the group they are in (an enhancement follows its
//! control, with the official label such as `AC-2(1)` as its `display`),
//! the `statement` and `guidance` parts become `statement` and `guidance`
//! texts, parameters stay readable placeholders in NIST's style
//! (`[Assignment: organization-defined frequency]`, `[Selection (one or
//! more): …]`) and withdrawn controls are kept, marked `withdrawn`, with
//! where they went as their summary.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::catalog::{Catalog, Control, Group, Param, Part, Str, label, own_prop};
use super::error::{
    DUPLICATE_ID, MAX_PARAMETER_NESTING, NOT_A_CATALOG, PARAMETER_CYCLE,
    PARAMETER_EXPANSION_BUDGET, PARAMETER_EXPANSION_TOO_LARGE, TOO_DEEP, UNSUPPORTED_VERSION,
};
use super::parse::{Syntax, parse_document};
use crate::diagnostic::Diagnostic;
use crate::resolve::names::{MAX_FRAMEWORK_NAME, MAX_FRAMEWORK_VERSION, is_framework_name};
use crate::source::{FileId, SourceFile, Span};

/// What the user chose on the command line.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The framework's short name (default: from the file name).
    pub name: Option<String>,
    /// The framework's version (default: the catalog's own version).
    pub version: Option<String>,
    /// For a mapping collection: the frameworks of its sources and targets,
    /// and the folder its relative hrefs start from.
    pub mapping: super::mapping::MappingOptions,
}

/// What an OSCAL document imports as: a catalog as a framework, a mapping
/// collection as crosswalks.
#[derive(Debug, Clone)]
pub enum ImportedDocument {
    /// A framework.
    Catalog(Imported),
    /// Crosswalks.
    Mapping(super::mapping::ImportedMapping),
}

impl ImportedDocument {
    /// The `.cw` text.
    pub fn text(&self) -> &str {
        match self {
            ImportedDocument::Catalog(imported) => &imported.text,
            ImportedDocument::Mapping(imported) => &imported.text,
        }
    }

    /// One line saying what was imported.
    pub fn summary(&self) -> String {
        match self {
            ImportedDocument::Catalog(i) => format!(
                "imported {}@{}: {} controls and enhancements ({} withdrawn) in {} groups",
                i.name, i.version, i.controls, i.withdrawn, i.groups
            ),
            ImportedDocument::Mapping(i) => {
                let blocks: Vec<String> = i
                    .crosswalks
                    .iter()
                    .map(|(s, t, n)| format!("{s} -> {t} ({n} pairs)"))
                    .collect();
                let mut line = if blocks.is_empty() {
                    "imported no crosswalk".to_owned()
                } else {
                    format!("imported crosswalk {}", blocks.join(", "))
                };
                match i.skipped {
                    0 => {}
                    1 => line.push_str("; 1 map gave no pair"),
                    n => {
                        let _ = write!(line, "; {n} maps gave no pair");
                    }
                }
                line
            }
        }
    }
}

/// Imports an OSCAL catalog or mapping collection.
pub fn import_document(
    file: &SourceFile,
    file_id: FileId,
    options: &ImportOptions,
) -> (Option<ImportedDocument>, Vec<Diagnostic>) {
    let syntax = Syntax::detect(&file.name, &file.text);
    let document = match parse_document(file, file_id, syntax) {
        Ok(document) => document,
        Err(diagnostic) => return (None, vec![*diagnostic]),
    };
    if document.xml_mapping_collection {
        let diagnostic = Diagnostic::error(
            NOT_A_CATALOG,
            Span::new(file_id, 0, 0),
            format!(
                "`{}` is an OSCAL mapping collection in XML, which import does not read",
                file.name
            ),
        )
        .label("a mapping collection")
        .help("import reads mapping collections in JSON or YAML: convert it first (NIST's oscal-cli: `oscal-cli mapping-collection convert --to json`)");
        return (None, vec![diagnostic]);
    }
    if let Some(collection) = &document.mapping_collection {
        let (imported, diagnostics) =
            super::mapping::import_mapping(file, file_id, collection, &options.mapping);
        return (imported.map(ImportedDocument::Mapping), diagnostics);
    }
    let (imported, diagnostics) = import_parsed(file, file_id, &document, options);
    (imported.map(ImportedDocument::Catalog), diagnostics)
}

/// A catalog turned into our language.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The framework's short name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// The `.cw` text, in the canonical layout of `crosswalk fmt`.
    pub text: String,
    /// Controls and enhancements.
    pub controls: usize,
    /// How many of them are withdrawn.
    pub withdrawn: usize,
    /// Groups, nested ones included.
    pub groups: usize,
}

/// Imports an OSCAL catalog. Returns the framework when the catalog could
/// be read, and every diagnostic (errors, or warnings beside a result).
pub fn import(
    file: &SourceFile,
    file_id: FileId,
    options: &ImportOptions,
) -> (Option<Imported>, Vec<Diagnostic>) {
    let syntax = Syntax::detect(&file.name, &file.text);
    let document = match parse_document(file, file_id, syntax) {
        Ok(document) => document,
        Err(diagnostic) => return (None, vec![*diagnostic]),
    };
    import_parsed(file, file_id, &document, options)
}

/// Imports a parsed document as a catalog.
fn import_parsed(
    file: &SourceFile,
    file_id: FileId,
    document: &super::catalog::Document<'_>,
    options: &ImportOptions,
) -> (Option<Imported>, Vec<Diagnostic>) {
    let located = Locator {
        text: &file.text,
        file: file_id,
    };
    let Some(catalog) = &document.catalog else {
        let what = document.other_model().map_or_else(
            || "it has no `catalog` at its root".to_owned(),
            |m| format!("it is an OSCAL {m}"),
        );
        let help = if document.other_model() == Some("profile") {
            "resolve the profile into a catalog first (the NIST content publishes resolved \
             profile catalogs beside each profile), then import that"
        } else {
            "import reads OSCAL catalogs (a JSON, YAML or XML document whose root is `catalog`) and mapping collections (`mapping-collection`, JSON or YAML)"
        };
        let diagnostic = Diagnostic::error(
            NOT_A_CATALOG,
            Span::new(file_id, 0, 0),
            format!("`{}` is not an OSCAL catalog: {what}", file.name),
        )
        .label("expected a catalog here")
        .help(help);
        return (None, vec![diagnostic]);
    };
    let mut diagnostics = Vec::new();
    let oscal_version = &catalog.metadata.oscal_version;
    if !is_supported_version(oscal_version) {
        diagnostics.push(
            Diagnostic::error(
                UNSUPPORTED_VERSION,
                located.span(oscal_version),
                format!(
                    "`catalog.metadata.oscal-version` is `{oscal_version}`, an OSCAL version \
                     import does not read"
                ),
            )
            .label("unsupported OSCAL version")
            .help("import reads OSCAL 1.x catalogs (`1.1.3`, `v1.2.2`); convert the catalog to OSCAL 1.x"),
        );
        return (None, diagnostics);
    }
    let index = Index::build(catalog, &located, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    // A catalog `export oscal` wrote names its framework.
    let exported_name = own_prop(&catalog.metadata.props, "framework")
        .filter(|n| is_framework_name(n))
        .map(str::to_owned);
    let name = options
        .name
        .clone()
        .or(exported_name)
        .unwrap_or_else(|| name_from_file(&file.name));
    let version = options
        .version
        .clone()
        .unwrap_or_else(|| version_word(&catalog.metadata.version));
    let mut writer = Writer {
        out: String::with_capacity(file.text.len()),
        index: &index,
        at: &located,
        controls: 0,
        withdrawn: 0,
        groups: 0,
        budget: PARAMETER_EXPANSION_BUDGET.saturating_add(file.text.len()),
        expanding: Vec::new(),
        failure: None,
    };
    writer.catalog(catalog, &name, &version, &file.name);
    if let Some(failure) = writer.failure {
        diagnostics.push(*failure);
        return (None, diagnostics);
    }
    let imported = Imported {
        name,
        version,
        text: writer.out,
        controls: writer.controls,
        withdrawn: writer.withdrawn,
        groups: writer.groups,
    };
    (Some(imported), diagnostics)
}

/// A parameter's label as NIST prints it: SP 800-53 5.1's
/// organization-defined parameters (`ac-01_odp.01`) are labelled
/// `personnel or roles` and printed `organization-defined personnel or
/// roles`.
fn printed_label(id: &str, label: &str) -> String {
    let odp = id.contains("_odp");
    if odp
        && !label
            .to_ascii_lowercase()
            .starts_with("organization-defined")
    {
        format!("organization-defined {label}")
    } else {
        label.to_owned()
    }
}

/// What a baseline or profile says of a parameter, after its label: the
/// values it sets (` (set: at least annually)`), else its constraints
/// (` (constraint: …)`); empty when it says neither.
fn set_or_constrained(param: &Param<'_>) -> String {
    let values: Vec<&str> = param
        .values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if !values.is_empty() {
        return format!(" (set: {})", values.join("; "));
    }
    let constraints: Vec<&str> = param
        .constraints
        .iter()
        .filter_map(|c| c.description.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if constraints.is_empty() {
        String::new()
    } else {
        format!(" (constraint: {})", constraints.join("; "))
    }
}

/// Whether `version` is an OSCAL 1.x version, with or without a leading
/// `v` (`1.1.3`, `v1.2.2`: what NIST writes today; the schema allows any
/// string). OSCAL 1.x versions share the catalog model import reads; within
/// 1.x, OSCAL changes only by adding.
fn is_supported_version(version: &str) -> bool {
    let version = version.trim();
    let version = version.strip_prefix(['v', 'V']).unwrap_or(version);
    let mut parts = version.split(['.', '-']);
    parts.next() == Some("1")
        && parts
            .next()
            .is_some_and(|minor| !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit()))
}

/// A framework name from a file name: `NIST_SP-800-53_rev5_catalog.json` →
/// `nist-sp-800-53-rev5`.
pub fn name_from_file(path: &str) -> String {
    let stem = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = stem.split('.').next().unwrap_or(stem);
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let mut name = name.trim_end_matches('-').to_owned();
    // `-min` (NIST's minified copy) first, so `…_catalog-min` names the
    // same framework as `…_catalog`.
    for suffix in ["-min", "-catalog"] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            name = stripped.to_owned();
        }
    }
    let mut name = name
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-')
        .to_owned();
    name.truncate(MAX_FRAMEWORK_NAME);
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "imported".to_owned()
    } else {
        name.to_owned()
    }
}

/// A catalog version as a framework version: each run of other characters
/// becomes one `.`, dots at either end are dropped, and the result is cut
/// to [`MAX_FRAMEWORK_VERSION`] bytes (`1.0 (Draft)` → `1.0.Draft`).
pub(super) fn version_word(version: &str) -> String {
    let mut word = String::new();
    for c in version.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() && !word.ends_with('.') {
            word.push('.');
        }
    }
    word.truncate(MAX_FRAMEWORK_VERSION);
    let word = word.trim_end_matches('.');
    if word.is_empty() {
        "1".to_owned()
    } else {
        word.to_owned()
    }
}

/// Finds where a borrowed string sits in the input, for spans.
pub(super) struct Locator<'t> {
    pub(super) text: &'t str,
    pub(super) file: FileId,
}

impl Locator<'_> {
    /// The span of `value` when it was borrowed from the input; the start
    /// of the file otherwise (the message names the path).
    pub(super) fn span(&self, value: &str) -> Span {
        let start = self.text.as_ptr().addr();
        let at = value.as_ptr().addr();
        if at >= start && at + value.len() <= start + self.text.len() {
            Span::new(self.file, at - start, at - start + value.len())
        } else {
            Span::new(self.file, 0, 0)
        }
    }
}

/// What the writer looks up: parameters by id, labels by control id.
struct Index<'c> {
    params: HashMap<&'c str, &'c Param<'c>>,
    labels: HashMap<&'c str, &'c str>,
}

impl<'c> Index<'c> {
    fn build(
        catalog: &'c Catalog<'c>,
        at: &Locator<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Self {
        let mut index = Index {
            params: HashMap::new(),
            labels: HashMap::new(),
        };
        let mut ids: HashMap<&'c str, String> = HashMap::new();
        for param in &catalog.params {
            index.params.insert(&param.id, param);
        }
        for (i, control) in catalog.controls.iter().enumerate() {
            index.control(
                control,
                &format!("catalog.controls[{i}]"),
                &mut ids,
                at,
                diagnostics,
            );
        }
        for (i, group) in catalog.groups.iter().enumerate() {
            index.group(
                group,
                &format!("catalog.groups[{i}]"),
                &mut ids,
                at,
                diagnostics,
            );
        }
        index
    }

    fn group(
        &mut self,
        group: &'c Group<'c>,
        path: &str,
        ids: &mut HashMap<&'c str, String>,
        at: &Locator<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        if let Some(id) = &group.id {
            check_unique(id, path, ids, at, diagnostics);
        }
        for param in &group.params {
            self.params.insert(&param.id, param);
        }
        for (i, control) in group.controls.iter().enumerate() {
            self.control(
                control,
                &format!("{path}.controls[{i}]"),
                ids,
                at,
                diagnostics,
            );
        }
        for (i, nested) in group.groups.iter().enumerate() {
            self.group(nested, &format!("{path}.groups[{i}]"), ids, at, diagnostics);
        }
    }

    fn control(
        &mut self,
        control: &'c Control<'c>,
        path: &str,
        ids: &mut HashMap<&'c str, String>,
        at: &Locator<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        check_unique(&control.id, path, ids, at, diagnostics);
        if let Some(label) = control.label() {
            self.labels.insert(&control.id, label);
        }
        for param in &control.params {
            self.params.insert(&param.id, param);
        }
        for (i, child) in control.controls.iter().enumerate() {
            self.control(
                child,
                &format!("{path}.controls[{i}]"),
                ids,
                at,
                diagnostics,
            );
        }
    }
}

/// Reports an identifier used twice (groups and controls share one
/// namespace in a framework).
fn check_unique<'c>(
    id: &'c Str<'c>,
    path: &str,
    ids: &mut HashMap<&'c str, String>,
    at: &Locator<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(first) = ids.get(id.as_ref()) {
        diagnostics.push(
            Diagnostic::error(
                DUPLICATE_ID,
                at.span(id),
                format!("`{path}.id` is `{id}`, which `{first}.id` already uses"),
            )
            .label("used again here")
            .help("every group and control of a catalog needs its own `id`"),
        );
    } else {
        ids.insert(id, path.to_owned());
    }
}

/// Writes the framework in the canonical layout.
struct Writer<'i> {
    out: String,
    index: &'i Index<'i>,
    at: &'i Locator<'i>,
    controls: usize,
    withdrawn: usize,
    groups: usize,
    /// What parameter placeholders may still write, in bytes (each
    /// placeholder costs at least one, so the count of them is bounded
    /// too).
    budget: usize,
    /// The parameters being expanded, outermost first.
    expanding: Vec<&'i str>,
    /// Why expansion stopped (a cycle, too deep, over budget): the import
    /// fails with it.
    failure: Option<Box<Diagnostic>>,
}

impl Writer<'_> {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn catalog(&mut self, catalog: &Catalog<'_>, name: &str, version: &str, file: &str) {
        let file = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let _ = writeln!(
            self.out,
            "framework {name} version {} {} {{",
            quoted(version),
            quoted(catalog.metadata.title.trim())
        );
        let source = format!(
            "OSCAL catalog {file} (OSCAL {}, catalog version {}, uuid {})",
            catalog.metadata.oscal_version, catalog.metadata.version, catalog.uuid
        );
        self.line(1, &format!("source {}", quoted(&source)));
        for control in &catalog.controls {
            self.control(control, 1);
        }
        for group in &catalog.groups {
            self.group(group, 1);
        }
        self.out.push_str("}\n");
    }

    fn group(&mut self, group: &Group<'_>, depth: usize) {
        self.groups += 1;
        let id = group
            .id
            .as_deref()
            .map_or_else(|| format!("group-{}", self.groups), str::to_owned);
        self.line(
            depth,
            &format!("group {} {} {{", name(&id), quoted(group.title.trim())),
        );
        if let Some(label) = label(&group.props)
            && label != id
        {
            self.line(depth + 1, &format!("display {}", quoted(label)));
        }
        for control in &group.controls {
            self.control(control, depth + 1);
        }
        for nested in &group.groups {
            self.group(nested, depth + 1);
        }
        self.line(depth, "}");
    }

    fn control(&mut self, control: &Control<'_>, depth: usize) {
        self.controls += 1;
        let header = format!(
            "requirement {} {}",
            name(&control.id),
            quoted(control.title.trim())
        );
        let mut body = Vec::new();
        if let Some(label) = control.label()
            && label != control.id
        {
            body.push(format!("display {}", quoted(label)));
        }
        let summary = own_prop(&control.props, "summary").map(str::to_owned);
        if control.is_withdrawn() {
            self.withdrawn += 1;
            body.push("withdrawn".to_owned());
            let summary = summary.unwrap_or_else(|| self.where_it_went(control));
            body.push(format!("summary {}", quoted(&summary)));
        } else if let Some(summary) = summary {
            body.push(format!("summary {}", quoted(&summary)));
        }
        let statement = self.parts_text(&control.parts, "statement");
        let guidance = self.parts_text(&control.parts, "guidance");
        let has_text = statement.is_some() || guidance.is_some();
        if body.is_empty() && !has_text {
            self.line(depth, &header);
        } else {
            self.line(depth, &format!("{header} {{"));
            for line in &body {
                self.line(depth + 1, line);
            }
            if let Some(text) = statement {
                self.text_stmt(depth + 1, "statement", &text);
            }
            if let Some(text) = guidance {
                self.text_stmt(depth + 1, "guidance", &text);
            }
            self.line(depth, "}");
        }
        for child in &control.controls {
            self.control(child, depth);
        }
    }

    /// `Incorporated into AC-6.` from a withdrawn control's links.
    fn where_it_went(&self, control: &Control<'_>) -> String {
        let mut phrases: Vec<(String, Vec<String>)> = Vec::new();
        for link in &control.links {
            let verb = match link.rel.as_deref() {
                Some("incorporated-into") => "Incorporated into",
                Some("moved-to") => "Moved to",
                _ => continue,
            };
            let target = link.href.trim_start_matches('#');
            let label = self.target_label(target);
            match phrases.iter_mut().find(|(v, _)| v == verb) {
                Some((_, targets)) => targets.push(label),
                None => phrases.push((verb.to_owned(), vec![label])),
            }
        }
        if phrases.is_empty() {
            return "Withdrawn.".to_owned();
        }
        phrases
            .iter()
            .map(|(verb, targets)| format!("{verb} {}.", targets.join(", ")))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `AC-6` for `ac-6`; `AC-2k` for the statement item `ac-2_smt.k`.
    fn target_label(&self, target: &str) -> String {
        if let Some(label) = self.index.labels.get(target) {
            return (*label).to_owned();
        }
        if let Some((control, item)) = target.split_once("_smt")
            && let Some(label) = self.index.labels.get(control)
        {
            return format!("{label}{}", item.replace('.', ""));
        }
        target.to_owned()
    }

    fn text_stmt(&mut self, depth: usize, keyword: &str, text: &str) {
        if !text.contains('\n') || text.contains("\"\"\"") {
            self.line(depth, &format!("{keyword} {}", quoted(text)));
            return;
        }
        self.line(depth, &format!("{keyword} \"\"\""));
        for line in text.split('\n') {
            if line.is_empty() {
                self.out.push('\n');
            } else {
                self.line(depth + 1, &crate::terminal::document(line));
            }
        }
        self.line(depth, "\"\"\"");
    }

    /// The text of the parts named `name`, items numbered by their labels
    /// and indented by depth; `None` when there is none.
    fn parts_text(&mut self, parts: &[Part<'_>], name: &str) -> Option<String> {
        let mut text = String::new();
        for part in parts.iter().filter(|p| p.name == name) {
            self.part_text(part, 0, &mut text);
        }
        let text = text.trim_end().to_owned();
        (!text.is_empty()).then_some(text)
    }

    fn part_text(&mut self, part: &Part<'_>, depth: usize, out: &mut String) {
        let label = label(&part.props);
        let mut first = String::new();
        if let Some(label) = label {
            first.push_str(label.trim());
        }
        if let Some(title) = part.title.as_deref().filter(|_| depth > 0) {
            if !first.is_empty() {
                first.push(' ');
            }
            first.push_str(title.trim());
            first.push('.');
        }
        let prose = part
            .prose
            .as_deref()
            .map(|p| self.expand(p))
            .unwrap_or_default();
        // The first line joins the label; later lines keep their own
        // indentation (a statement written by `export oscal` nests its
        // items that way).
        let mut lines = prose
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty());
        if let Some(line) = lines.next() {
            if !first.is_empty() {
                first.push(' ');
            }
            first.push_str(line.trim_start());
        }
        let has_own_line = !first.is_empty();
        if has_own_line {
            push_line(out, depth, &first);
        }
        for line in lines {
            // Indentation in steps of two is structure (items as `export
            // oscal` writes them); an odd one is a stray space of the
            // source, which Markdown ignores too.
            let indent = line.len() - line.trim_start_matches(' ').len();
            let line = if indent % 2 == 1 {
                line.trim_start()
            } else {
                line
            };
            push_line(out, depth + usize::from(label.is_some()), line);
        }
        let child_depth = if has_own_line { depth + 1 } else { depth };
        for child in &part.parts {
            self.part_text(child, child_depth, out);
        }
    }

    /// Replaces `{{ insert: param, ID }}` with a readable placeholder.
    /// Writes nothing more once expansion has failed.
    fn expand(&mut self, prose: &str) -> String {
        let mut out = String::with_capacity(prose.len());
        let mut rest = prose;
        while let Some(open) = rest.find("{{") {
            if self.failure.is_some() {
                return out;
            }
            let Some(close) = rest[open..].find("}}") else {
                break;
            };
            out.push_str(&rest[..open]);
            let insert = &rest[open..open + close + 2];
            let inner = rest[open + 2..open + close].trim();
            match inner
                .strip_prefix("insert:")
                .and_then(|i| i.split_once(','))
                .map(|(kind, id)| (kind.trim(), id.trim()))
            {
                Some(("param", id)) => {
                    let placeholder = self.placeholder(id, insert);
                    out.push_str(&placeholder);
                }
                _ => out.push_str(insert),
            }
            rest = &rest[open + close + 2..];
        }
        out.push_str(rest);
        out
    }

    /// `[Assignment: organization-defined frequency]` or `[Selection (one or
    /// more): a; b]`, the way NIST prints its parameters. Choices insert
    /// other parameters in turn; a cycle, a chain deeper than
    /// [`MAX_PARAMETER_NESTING`] or text over the budget stops expansion
    /// with a diagnostic at `insert`.
    fn placeholder(&mut self, id: &str, insert: &str) -> String {
        let index = self.index;
        let Some(&param) = index.params.get(id) else {
            return self.charge(format!("[Assignment: {id}]"), insert);
        };
        let id: &str = &param.id;
        if let Some(at) = self.expanding.iter().position(|p| *p == id) {
            let mut cycle = self.expanding[at..].to_vec();
            cycle.push(id);
            let path = cycle
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(" → ");
            self.fail(
                Diagnostic::error(
                    PARAMETER_CYCLE,
                    self.at.span(insert),
                    format!("parameter `{id}` inserts itself: {path}"),
                )
                .label(format!("inserts `{id}` again"))
                .help("a choice of a parameter cannot insert that parameter, directly or through others; remove the insert from one of these choices"),
            );
            return String::new();
        }
        if self.expanding.len() >= MAX_PARAMETER_NESTING {
            let outermost = self.expanding[0];
            self.fail(
                Diagnostic::error(
                    TOO_DEEP,
                    self.at.span(insert),
                    format!(
                        "parameter `{outermost}` inserts parameters more than \
                         {MAX_PARAMETER_NESTING} levels deep (`{outermost}` → … → `{id}`)"
                    ),
                )
                .label("one level too many")
                .help("real catalogs insert parameters into choices one level deep; flatten the choices"),
            );
            return String::new();
        }
        let Some(select) = &param.select else {
            let what = if let Some(label) = &param.label {
                printed_label(id, label.trim())
            } else if let Some(guideline) = param.guidelines.first() {
                guideline.prose.trim().to_owned()
            } else {
                id.to_owned()
            };
            let text = format!("[Assignment: {what}{}]", set_or_constrained(param));
            return self.charge(text, insert);
        };
        // Each placeholder costs at least one byte, before its choices are
        // expanded: the number of them is bounded by the budget too.
        self.charge(String::new(), insert);
        self.expanding.push(id);
        let mut choices = Vec::with_capacity(select.choice.len());
        for choice in &select.choice {
            if self.failure.is_some() {
                break;
            }
            choices.push(self.expand(choice.trim()));
        }
        self.expanding.pop();
        if self.failure.is_some() {
            return String::new();
        }
        let how = match select.how_many.as_deref() {
            Some("one-or-more") => "Selection (one or more)",
            _ => "Selection",
        };
        self.charge(format!("[{how}: {}]", choices.join("; ")), insert)
    }

    /// Takes the length of `text` (at least one) from the budget; past it,
    /// fails with a diagnostic at `insert` and returns nothing.
    fn charge(&mut self, text: String, insert: &str) -> String {
        let cost = text.len().max(1);
        if let Some(left) = self.budget.checked_sub(cost) {
            self.budget = left;
            return text;
        }
        let budget = PARAMETER_EXPANSION_BUDGET.saturating_add(self.at.text.len());
        self.fail(
            Diagnostic::error(
                PARAMETER_EXPANSION_TOO_LARGE,
                self.at.span(insert),
                format!(
                    "the parameters of this catalog expand to more than {budget} bytes of text \
                     (1 MiB plus the size of the file)"
                ),
            )
            .label("expansion stopped here")
            .help("choices that insert parameters several times over multiply the text at each level; insert each parameter once"),
        );
        String::new()
    }

    fn fail(&mut self, diagnostic: Diagnostic) {
        if self.failure.is_none() {
            self.failure = Some(Box::new(diagnostic));
        }
    }
}

fn push_line(out: &mut String, depth: usize, line: &str) {
    for _ in 0..depth {
        out.push_str("  ");
    }
    let _ = writeln!(out, "{line}");
}

/// An identifier as written in our language: bare when it fits the
/// identifier rule, quoted otherwise.
pub(crate) fn name(id: &str) -> String {
    if crate::syntax::is_identifier(id) {
        id.to_owned()
    } else {
        quoted(id)
    }
}

/// A quoted string with our escapes (`\"`, `\\`, `\n`, `\t`); carriage
/// returns are dropped, and other control characters and bidirectional
/// controls, which our strings have no escape for, are written visibly
/// (`[U+001B]`, [`crate::terminal::document`]), as the documents write
/// them, so a vendor's catalog carries no terminal sequences into the
/// project.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => {}
            c => out.push_str(&crate::terminal::document(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_file_names() {
        assert_eq!(
            name_from_file("x/NIST_SP-800-53_rev5_catalog.json"),
            "nist-sp-800-53-rev5"
        );
        assert_eq!(name_from_file("800-53.yaml"), "imported");
        // A minified copy is the same framework.
        assert_eq!(
            name_from_file("NIST_SP-800-53_rev5_catalog-min.json"),
            "nist-sp-800-53-rev5"
        );
        assert!(is_framework_name("nist-sp-800-53-rev5"));
        assert!(!is_framework_name("NIST"));
    }

    #[test]
    fn versions_are_checked() {
        assert!(is_supported_version("1.0.0"));
        assert!(is_supported_version("1.2.2"));
        assert!(is_supported_version("1.0.0-rc2"));
        assert!(!is_supported_version("2.0.0"));
        // As NIST writes them today, and any later 1.x.
        assert!(is_supported_version("v1.2.2"));
        assert!(is_supported_version("v1.1.3"));
        assert!(is_supported_version("1.3.0"));
        assert!(!is_supported_version("v2.0"));
        assert!(!is_supported_version("1"));
        assert!(!is_supported_version("1.x"));
        assert!(!is_supported_version("version 1.1"));
        assert!(!is_supported_version("0.9"));
        assert_eq!(version_word("5.1.1+u4"), "5.1.1.u4");
        assert_eq!(version_word(" 1.0 (Draft) "), "1.0.Draft");
        assert_eq!(version_word("--"), "1");
        let long = version_word(&"9.".repeat(100));
        assert!(crate::resolve::names::is_framework_version(&long), "{long}");
        assert!(is_framework_name(&name_from_file(&format!(
            "{}.json",
            "a-".repeat(100)
        ))));
    }

    #[test]
    fn names_and_strings_are_written_safely() {
        assert_eq!(name("ac-2.1"), "ac-2.1");
        assert_eq!(name("AC 2"), "\"AC 2\"");
        assert_eq!(quoted("a \"b\"\\\n"), "\"a \\\"b\\\"\\\\\\n\"");
        assert_eq!(
            quoted("\u{1b}]0;x\u{7}\u{202e}"),
            "\"[U+001B]]0;x[U+0007][U+202E]\""
        );
    }
}
