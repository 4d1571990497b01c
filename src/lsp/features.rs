//! The answers to the server's requests, each from one compilation:
//! completion, hover, definition, references, the outline, formatting,
//! quick fixes and rename.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionParams, CompletionResponse, CompletionTextEdit,
    DocumentFormattingParams, DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse,
    GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverContents, HoverParams, Location,
    MarkupContent, MarkupKind, PrepareRenameResponse, ReferenceParams, RenameParams, SymbolKind,
    TextDocumentPositionParams, TextEdit, Uri, WorkspaceEdit,
};

use super::{BuiltinCopies, Refusal, convert, protocol_diagnostic};
use crate::Compilation;
use crate::analysis::coverage::{self, Options};
use crate::render::escape::markdown_inline;
use crate::resolve::Symbol;
use crate::resolve::model::EntryKind;
use crate::source::{FileId, SourceFile, SourceSet, Span};
use crate::syntax::ast::{CatalogNode, CatalogStmt, Item, Stmt, SystemStmt};
use crate::vocabulary::Vocabulary;
use crate::workspace::CompletionKind;

/// The project file a URI names in `compilation`.
fn file_of(compilation: &Compilation, uri: &Uri) -> Option<FileId> {
    let path = convert::path_of(uri)?;
    let name = crate::project::display_name(&path);
    compilation
        .sources
        .iter()
        .find(|(_, f)| !f.builtin && f.name == name)
        .map(|(id, _)| id)
}

/// The file and byte offset of a text position.
fn at(compilation: &Compilation, at: &TextDocumentPositionParams) -> Option<(FileId, usize)> {
    let file = file_of(compilation, &at.text_document.uri)?;
    let offset = convert::offset(compilation.sources.get(file), at.position);
    Some((file, offset))
}

/// Where a span is, as a location: a project file at its path, a built-in
/// catalog at its copy (written on first use; `None` without one).
fn location(sources: &SourceSet, builtins: &BuiltinCopies, span: Span) -> Option<Location> {
    let file = sources.get(span.file);
    let path = if file.builtin {
        super::builtin_path(builtins.folder()?, file)?
    } else {
        Path::new(&file.name).to_owned()
    };
    Some(Location::new(
        convert::uri_of(&path),
        convert::range(file, span),
    ))
}

/// What may be written at the position.
pub fn completion(compilation: &Compilation, params: &CompletionParams) -> CompletionResponse {
    let Some((file, offset)) = at(compilation, &params.text_document_position) else {
        return CompletionResponse::Array(Vec::new());
    };
    let source = compilation.sources.get(file);
    let items = compilation
        .completions_at(file, offset)
        .into_iter()
        .enumerate()
        .map(|(i, c)| CompletionItem {
            kind: Some(match c.kind {
                CompletionKind::Keyword => CompletionItemKind::KEYWORD,
                CompletionKind::Framework => CompletionItemKind::MODULE,
                CompletionKind::Requirement => CompletionItemKind::REFERENCE,
                CompletionKind::Control => CompletionItemKind::CLASS,
                CompletionKind::Risk => CompletionItemKind::EVENT,
                CompletionKind::Word => CompletionItemKind::ENUM_MEMBER,
            }),
            detail: c.detail.clone(),
            // The order the workspace gave.
            sort_text: Some(format!("{i:05}")),
            // An identifier the grammar does not take bare is written
            // quoted (`"Art. 17"`).
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                convert::range(source, c.replaces),
                crate::oscal::import::name(&c.label),
            ))),
            label: c.label,
            ..CompletionItem::default()
        })
        .collect();
    CompletionResponse::Array(items)
}

/// What the name at the position is: a requirement's framework, group,
/// title, summary, applicability and coverage in this project; a
/// control's title, owner and mappings; a risk's title and what it
/// touches; a framework's title and size. Every piece of project text is
/// escaped for Markdown.
pub fn hover(compilation: &Compilation, params: &HoverParams) -> Option<Hover> {
    let (file, offset) = at(compilation, &params.text_document_position_params)?;
    let occurrence = compilation.references.at(file, offset)?;
    let text = describe(compilation, occurrence.symbol);
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text,
        }),
        range: Some(convert::range(
            compilation.sources.get(file),
            occurrence.span,
        )),
    })
}

/// The Markdown description of a symbol (see [`hover`]).
pub fn describe(compilation: &Compilation, symbol: Symbol) -> String {
    let model = &compilation.model;
    let md = |text: &str| markdown_inline(text);
    let mut out = String::new();
    match symbol {
        Symbol::Framework(id) => {
            let framework = model.framework(id);
            let _ = writeln!(
                out,
                "**{}** — {}\n",
                md(&framework.key()),
                md(&framework.title)
            );
            if let Some(publisher) = &framework.publisher {
                let _ = writeln!(out, "Publisher: {}\n", md(publisher));
            }
            let _ = writeln!(
                out,
                "{} requirements{}",
                framework.requirement_count(model),
                if framework.builtin { " (built in)" } else { "" }
            );
        }
        Symbol::Requirement(id) => {
            let requirement = model.requirement(id);
            let framework = model.framework(requirement.framework);
            let _ = writeln!(
                out,
                "**{}** — {}\n",
                md(&model.qualified_id(id)),
                md(&requirement.title)
            );
            let _ = write!(out, "{}", md(&framework.title));
            if let Some(parent) = requirement.parent {
                let group = model.requirement(parent);
                let _ = write!(out, " · {} {}", md(group.shown()), md(&group.title));
            }
            if requirement.kind == EntryKind::Group {
                out.push_str(" · a group");
            }
            out.push_str("\n\n");
            if let Some(summary) = &requirement.summary {
                let _ = writeln!(out, "{}\n", md(summary));
            }
            let mut applicability = Vec::new();
            if requirement.withdrawn {
                applicability.push("withdrawn".to_owned());
            }
            if requirement.informative {
                applicability.push("informative".to_owned());
            }
            if !requirement.tags.is_empty() {
                applicability.push(format!("tags {}", md(&requirement.tags.join(", "))));
            }
            if let Some(date) = &requirement.applies_from {
                applicability.push(format!("applies from {}", md(date)));
            }
            if !applicability.is_empty() {
                let _ = writeln!(out, "Applicability: {}\n", applicability.join("; "));
            }
            if requirement.kind == EntryKind::Requirement {
                out.push_str(&coverage_line(compilation, id));
            }
        }
        Symbol::Control(id) => {
            let control = model.control(id);
            let _ = writeln!(out, "**{}** — {}\n", md(&control.id), md(&control.title));
            if let Some(owner) = &control.owner {
                let _ = writeln!(out, "Owner: {}\n", md(owner));
            }
            if control.satisfies.is_empty() {
                out.push_str("Maps to nothing.\n");
            } else {
                out.push_str("Maps to:\n\n");
                for mapping in &control.satisfies {
                    let _ = writeln!(
                        out,
                        "- {} ({})",
                        md(&model.qualified_id(mapping.requirement)),
                        mapping.relationship.as_str()
                    );
                }
            }
        }
        Symbol::Risk(id) => {
            let risk = model.risk(id);
            let _ = writeln!(out, "**{}** — {}\n", md(&risk.id), md(&risk.title));
            if let Some(category) = &risk.category {
                let _ = writeln!(out, "Category: {}\n", md(category));
            }
            let touched: Vec<String> = risk.touched().map(|r| md(&model.qualified_id(r))).collect();
            if touched.is_empty() {
                out.push_str("Touches no requirement.\n");
            } else {
                let _ = writeln!(out, "Touches: {}", touched.join(", "));
            }
        }
        Symbol::ComponentKind(kind) => {
            let _ = writeln!(out, "**{}** — a kind of component", kind.as_str());
        }
    }
    out
}

/// "Coverage in this project: covered (by AC-1, AC-2)", for a requirement.
fn coverage_line(compilation: &Compilation, id: crate::resolve::model::RequirementId) -> String {
    let model = &compilation.model;
    let framework = model.requirement(id).framework;
    let options = Options {
        frameworks: vec![framework],
        only: true,
        ..Options::default()
    };
    let analysis = coverage::coverage(model, &compilation.graph, &options);
    let Some(found) = analysis
        .frameworks
        .iter()
        .flat_map(|f| &f.requirements)
        .find(|r| r.requirement == id)
    else {
        return String::new();
    };
    let mut line = format!("Coverage in this project: {}", found.status.as_str());
    let controls: Vec<String> = found
        .direct
        .iter()
        .map(|d| markdown_inline(&model.control(d.control).id))
        .collect();
    if !controls.is_empty() {
        let _ = write!(line, " (by {})", controls.join(", "));
    }
    if let Some(reason) = &found.not_applicable {
        let _ = write!(line, " — {}", markdown_inline(reason));
    }
    line.push('\n');
    line
}

/// Where the name at the position is declared.
pub fn definition(
    compilation: &Compilation,
    builtins: &BuiltinCopies,
    params: &GotoDefinitionParams,
) -> Option<GotoDefinitionResponse> {
    let (file, offset) = at(compilation, &params.text_document_position_params)?;
    let symbol = compilation.symbol_at(file, offset)?;
    let span = compilation.definition(symbol)?;
    location(&compilation.sources, builtins, span).map(GotoDefinitionResponse::Scalar)
}

/// Every place the name at the position is written (its declaration too
/// when asked).
pub fn references(
    compilation: &Compilation,
    builtins: &BuiltinCopies,
    params: &ReferenceParams,
) -> Vec<Location> {
    let Some((file, offset)) = at(compilation, &params.text_document_position) else {
        return Vec::new();
    };
    let Some(symbol) = compilation.symbol_at(file, offset) else {
        return Vec::new();
    };
    let mut spans = compilation.references(symbol);
    if params.context.include_declaration
        && let Some(definition) = compilation.definition(symbol)
    {
        spans.insert(0, definition);
    }
    spans
        .into_iter()
        .filter_map(|span| location(&compilation.sources, builtins, span))
        .collect()
}

/// The outline of a file: its items, a catalog's groups and requirements
/// inside their framework, a system's components inside it.
pub fn document_symbols(
    compilation: &Compilation,
    params: &DocumentSymbolParams,
) -> Option<DocumentSymbolResponse> {
    let file = file_of(compilation, &params.text_document.uri)?;
    let source = compilation.sources.get(file);
    let ast = compilation.asts.iter().find(|a| a.file == file)?;
    let symbols = ast
        .items
        .iter()
        .map(|item| item_symbol(source, item))
        .collect();
    Some(DocumentSymbolResponse::Nested(symbols))
}

#[allow(deprecated)] // `deprecated` is a field every constructor must give.
fn symbol(
    source: &SourceFile,
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    whole: Span,
    named: Span,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    DocumentSymbol {
        name: if name.is_empty() {
            "(unnamed)".to_owned()
        } else {
            name
        },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range: convert::range(source, whole),
        // Inside the range, as the protocol requires.
        selection_range: convert::range(source, if whole.holds(named) { named } else { whole }),
        children: (!children.is_empty()).then_some(children),
    }
}

fn item_symbol(source: &SourceFile, item: &Stmt<Item>) -> DocumentSymbol {
    let whole = item.span;
    let leaf = |name: String, detail: Option<String>, kind: SymbolKind, named: Span| {
        symbol(source, name, detail, kind, whole, named, Vec::new())
    };
    match &item.kind {
        Item::Framework(f) => symbol(
            source,
            format!("{}@{}", f.name.value, f.version.value),
            Some(f.title.value.clone()),
            SymbolKind::MODULE,
            whole,
            f.name.span,
            catalog_symbols(source, &f.body),
        ),
        Item::Crosswalk(c) => leaf(
            format!(
                "{} -> {}",
                reference(
                    &c.from.name.value,
                    c.from.version.as_ref().map(|v| v.value.as_str())
                ),
                reference(
                    &c.to.name.value,
                    c.to.version.as_ref().map(|v| v.value.as_str())
                )
            ),
            Some("crosswalk".to_owned()),
            SymbolKind::NAMESPACE,
            c.from.span,
        ),
        Item::Risk(r) => leaf(
            r.id.value.clone(),
            Some(r.title.value.clone()),
            SymbolKind::EVENT,
            r.id.span,
        ),
        Item::Implies(i) => leaf(
            format!("component-kind {}", i.kind.value.as_str()),
            None,
            SymbolKind::ENUM_MEMBER,
            i.kind.span,
        ),
        Item::Control(c) => leaf(
            c.id.value.clone(),
            Some(c.title.value.clone()),
            SymbolKind::CLASS,
            c.id.span,
        ),
        Item::System(s) => {
            let components = s
                .body
                .iter()
                .filter_map(|stmt| match &stmt.kind {
                    SystemStmt::Component(c) => Some(symbol(
                        source,
                        c.name.value.clone(),
                        Some(c.kind.value.as_str().to_owned()),
                        SymbolKind::OBJECT,
                        stmt.span,
                        c.name.span,
                        Vec::new(),
                    )),
                    _ => None,
                })
                .collect();
            symbol(
                source,
                s.name.value.clone(),
                Some("system".to_owned()),
                SymbolKind::STRUCT,
                whole,
                s.name.span,
                components,
            )
        }
        Item::Exclude(e) => leaf(
            format!("exclude {}", e.target.id.value),
            None,
            SymbolKind::KEY,
            e.target.span,
        ),
        Item::Conclusion(c) => leaf(
            format!("conclusion {}", c.target.id.value),
            None,
            SymbolKind::PROPERTY,
            c.target.span,
        ),
        Item::StatementOfApplicability(s) => leaf(
            "statement-of-applicability".to_owned(),
            Some(reference(
                &s.framework.name.value,
                s.framework.version.as_ref().map(|v| v.value.as_str()),
            )),
            SymbolKind::FILE,
            s.framework.span,
        ),
        Item::Include(i) => leaf(
            format!("include {}", i.target.id.value),
            None,
            SymbolKind::KEY,
            i.target.span,
        ),
    }
}

fn reference(name: &str, version: Option<&str>) -> String {
    match version {
        Some(version) => format!("{name}@{version}"),
        None => name.to_owned(),
    }
}

fn catalog_symbols(source: &SourceFile, body: &[Stmt<CatalogStmt>]) -> Vec<DocumentSymbol> {
    body.iter()
        .filter_map(|stmt| {
            let (node, kind): (&CatalogNode, _) = match &stmt.kind {
                CatalogStmt::Group(node) => (node, SymbolKind::NAMESPACE),
                CatalogStmt::Requirement(node) => (node, SymbolKind::CONSTANT),
                _ => return None,
            };
            Some(symbol(
                source,
                node.id.value.clone(),
                Some(node.title.value.clone()),
                kind,
                stmt.span,
                node.id.span,
                catalog_symbols(source, &node.body),
            ))
        })
        .collect()
}

/// The file in the canonical layout (what `crosswalk fmt` writes), as one
/// edit; nothing when it is already, or when it has a syntax error (a
/// tree that lost a statement would lose text).
pub fn formatting(
    compilation: &Compilation,
    params: &DocumentFormattingParams,
) -> Option<Vec<TextEdit>> {
    let file = file_of(compilation, &params.text_document.uri)?;
    let source = compilation.sources.get(file);
    let formatted = crate::format::formatted(file, source).ok()?;
    if formatted == *source.text {
        return Some(Vec::new());
    }
    let whole = Span::new(file, 0, source.text.len());
    Some(vec![TextEdit::new(
        convert::range(source, whole),
        formatted,
    )])
}

/// Quick fixes for the diagnostics in the range: each `did you mean …?`
/// suggestion replaces the name the diagnostic points at.
pub fn code_actions(
    compilation: &Compilation,
    params: &CodeActionParams,
) -> Vec<CodeActionOrCommand> {
    let Some(file) = file_of(compilation, &params.text_document.uri) else {
        return Vec::new();
    };
    let source = compilation.sources.get(file);
    let start = convert::offset(source, params.range.start);
    let end = convert::offset(source, params.range.end);
    let mut actions = Vec::new();
    for diagnostic in &compilation.diagnostics {
        let span = diagnostic.primary.span;
        if span.file != file || (span.end as usize) < start || (span.start as usize) > end {
            continue;
        }
        let Some(help) = &diagnostic.help else {
            continue;
        };
        for (n, suggestion) in suggestions(help).into_iter().enumerate() {
            let edit = TextEdit::new(convert::range(source, span), suggestion.to_owned());
            let changes = edits_by_file([(params.text_document.uri.as_str().to_owned(), edit)]);
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Replace with `{suggestion}`"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![protocol_diagnostic(compilation, diagnostic)]),
                edit: Some(changes),
                // The nearest suggestion of each diagnostic.
                is_preferred: Some(n == 0),
                ..CodeAction::default()
            }));
        }
    }
    actions
}

/// The names a help text suggests: the quoted ones of a sentence that
/// starts `did you mean` (as [`crate::suggest::did_you_mean`] writes it).
fn suggestions(help: &str) -> Vec<&str> {
    let Some(at) = help.find("did you mean ") else {
        return Vec::new();
    };
    let sentence = &help[at..];
    let sentence = &sentence[..sentence.find('?').unwrap_or(sentence.len())];
    sentence
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The control or risk identifier at the position, and its span: the only
/// names rename changes.
fn renamable(
    compilation: &Compilation,
    at_position: &TextDocumentPositionParams,
) -> Result<(Symbol, Span, String), Refusal> {
    let (file, offset) = at(compilation, at_position)
        .ok_or_else(|| Refusal::failed("this file is not part of the project"))?;
    let occurrence = compilation
        .references
        .at(file, offset)
        .ok_or_else(|| Refusal::failed("no name here"))?;
    let id = match occurrence.symbol {
        Symbol::Control(id) => compilation.model.control(id).id.clone(),
        Symbol::Risk(id) => {
            let risk = compilation.model.risk(id);
            if risk.builtin {
                return Err(Refusal::failed("a built-in risk cannot be renamed"));
            }
            risk.id.clone()
        }
        _ => {
            return Err(Refusal::failed(
                "only a control or a risk identifier can be renamed",
            ));
        }
    };
    Ok((occurrence.symbol, occurrence.span, id))
}

/// The range of the control or risk identifier at the position.
pub fn prepare_rename(
    compilation: &Compilation,
    params: &TextDocumentPositionParams,
) -> Option<PrepareRenameResponse> {
    let (_, span, _) = renamable(compilation, params).ok()?;
    let source = compilation.sources.get(span.file);
    Some(PrepareRenameResponse::Range(convert::range(source, span)))
}

/// Renames a control or risk: its declaration and every reference, in
/// every file of the project. The new name must be an identifier the
/// grammar accepts and not already declared.
pub fn rename(compilation: &Compilation, params: &RenameParams) -> Result<WorkspaceEdit, Refusal> {
    let (symbol, _, old) = renamable(compilation, &params.text_document_position)?;
    let new = params.new_name.as_str();
    if !crate::syntax::is_identifier(new) {
        return Err(Refusal::failed(format!(
            "`{new}` is not an identifier: letters, digits, `-`, `_`, `.`, `(` and `)`, starting with a letter or digit"
        )));
    }
    let taken = match symbol {
        Symbol::Control(_) => compilation.names.control(new).is_some(),
        _ => compilation.names.risk(new).is_some(),
    };
    if taken && new != old {
        return Err(Refusal::failed(format!("`{new}` is already declared")));
    }
    // Every declaration (a duplicate's too) and every reference.
    let mut spans = compilation.references(symbol);
    spans.extend(compilation.references.definitions(symbol));
    let mut edits = Vec::new();
    for span in spans {
        let source = compilation.sources.get(span.file);
        if source.builtin {
            return Err(Refusal::failed("a built-in catalog refers to it"));
        }
        // Only where the identifier is written as it is: nothing else is
        // touched.
        if source.text.get(span.range()) != Some(old.as_str()) {
            continue;
        }
        edits.push((
            convert::uri_of(Path::new(&source.name)).as_str().to_owned(),
            TextEdit::new(convert::range(source, span), new.to_owned()),
        ));
    }
    Ok(edits_by_file(edits))
}

/// A workspace edit of `edits` (by URI), each file's edits in order.
#[allow(clippy::mutable_key_type)] // lsp-types keys the changes by its `Uri`.
fn edits_by_file(edits: impl IntoIterator<Item = (String, TextEdit)>) -> WorkspaceEdit {
    let mut by_file: BTreeMap<String, Vec<TextEdit>> = BTreeMap::new();
    for (uri, edit) in edits {
        by_file.entry(uri).or_default().push(edit);
    }
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (uri, mut edits) in by_file {
        edits.sort_by_key(|e| (e.range.start.line, e.range.start.character));
        if let Ok(uri) = uri.parse() {
            changes.insert(uri, edits);
        }
    }
    WorkspaceEdit::new(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_the_quoted_names_of_did_you_mean() {
        assert_eq!(suggestions("did you mean `AC-1`?"), vec!["AC-1"]);
        assert_eq!(
            suggestions("declare it, or did you mean `a`, `b` or `c`? see `x`"),
            vec!["a", "b", "c"]
        );
        assert!(suggestions("declare `AC-1` first").is_empty());
    }
}
