//! The template engine: minijinja with the built-in templates of
//! `output-templates/`, each of which a file of the same name in a
//! `--templates` folder replaces.
//!
//! Every value a template prints is escaped for the template's format,
//! chosen by its extension: `.html` (HTML), `.md` (Markdown, safe in a
//! table cell), `.dot` (DOT strings), `.mmd` (Mermaid labels). Undefined
//! variables are errors, reported as diagnostics pointing into the
//! template.

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::Serialize;

use super::escape;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, SourceFile, SourceSet, Span};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_templates.rs"));
}

/// The names of the built-in templates, sorted.
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    embedded::FILES.iter().map(|(name, _)| *name)
}

/// The loaded templates and their sources (for diagnostics).
pub struct Templates {
    env: Environment<'static>,
    /// Every template's text, named as diagnostics show it.
    sources: SourceSet,
    /// Template name → its file in `sources`.
    files: BTreeMap<String, FileId>,
}

/// Template errors, with the template sources they point into.
#[derive(Debug)]
pub struct TemplateErrors {
    /// The diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// The templates the diagnostics point into.
    pub sources: SourceSet,
}

impl Templates {
    /// The built-in templates, with those in `overrides` (a folder, read
    /// non-recursively) replacing the ones of the same file name; a file
    /// that names no built-in template is added too, for `include`s.
    pub fn load(overrides: Option<&Path>) -> Result<Self, TemplateErrors> {
        let mut texts: BTreeMap<String, SourceFile> = embedded::FILES
            .iter()
            .map(|(name, text)| {
                (
                    (*name).to_owned(),
                    SourceFile::new(format!("builtin:output-templates/{name}"), *text, true),
                )
            })
            .collect();
        if let Some(dir) = overrides {
            for (name, file) in read_overrides(dir)? {
                texts.insert(name, file);
            }
        }
        let mut sources = SourceSet::new();
        let mut files = BTreeMap::new();
        let mut env = environment();
        let mut diagnostics = Vec::new();
        for (name, file) in texts {
            let text = file.text.to_string();
            let id = sources.add(file);
            files.insert(name.clone(), id);
            if let Err(error) = env.add_template_owned(name, text) {
                diagnostics.push(error);
            }
        }
        let templates = Self {
            env,
            sources,
            files,
        };
        if diagnostics.is_empty() {
            Ok(templates)
        } else {
            let diagnostics = diagnostics
                .iter()
                .map(|e| templates.diagnostic(e, None))
                .collect();
            Err(TemplateErrors {
                diagnostics,
                sources: templates.sources,
            })
        }
    }

    /// Renders the template `name` with `context` as its variables.
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, TemplateErrors> {
        let rendered = self
            .env
            .get_template(name)
            .and_then(|t| t.render(Value::from_serialize(context)));
        rendered.map_err(|error| TemplateErrors {
            diagnostics: vec![self.diagnostic(&error, Some(name))],
            sources: self.sources.clone(),
        })
    }

    /// Renders the template `name` with `view` as its variables into `out`,
    /// as it goes: the same bytes as [`Templates::render`].
    pub fn render_to(
        &self,
        name: &str,
        view: &Value,
        out: &mut dyn std::io::Write,
    ) -> Result<(), TemplateErrors> {
        let rendered = self
            .env
            .get_template(name)
            .and_then(|t| t.render_captured_to(view, out));
        rendered.map(drop).map_err(|error| TemplateErrors {
            diagnostics: vec![self.diagnostic(&error, Some(name))],
            sources: self.sources.clone(),
        })
    }

    /// A diagnostic for a minijinja error, pointing at the span it names.
    fn diagnostic(&self, error: &Error, rendering: Option<&str>) -> Diagnostic {
        let template = error.name().or(rendering).unwrap_or_default();
        let file = self.files.get(template).copied().unwrap_or_else(|| {
            self.files
                .values()
                .next()
                .copied()
                .expect("at least one template is loaded")
        });
        let text = &self.sources.get(file).text;
        let range = error
            .range()
            .filter(|r| r.end <= text.len() && text.is_char_boundary(r.start))
            .or_else(|| error.line().map(|line| line_range(text, line)))
            .unwrap_or(0..0);
        let span = Span::new(file, range.start, range.end);
        let snippet = text.get(range.clone()).unwrap_or_default().trim();
        let detail = error.detail().map(str::to_owned).unwrap_or_default();
        let (code, message, label, help) = match error.kind() {
            ErrorKind::UndefinedError => (
                UNDEFINED_VARIABLE,
                format!("`{snippet}` is undefined in template `{template}`"),
                "undefined here".to_owned(),
                "templates see only the fields of their view; the README lists them (an optional field is `none` when unset: test it with `{% if … %}`)".to_owned(),
            ),
            ErrorKind::SyntaxError => (
                TEMPLATE_SYNTAX,
                format!("template `{template}` does not parse: {detail}"),
                "here".to_owned(),
                "see minijinja's syntax: `{{ value }}`, `{% if %}…{% endif %}`, `{% for %}…{% endfor %}`".to_owned(),
            ),
            ErrorKind::TemplateNotFound => (
                TEMPLATE_MISSING,
                format!("template `{template}` is missing: {detail}"),
                "included here".to_owned(),
                "a template override folder may add templates, but every name a template includes must exist".to_owned(),
            ),
            ErrorKind::OutOfFuel => (
                TEMPLATE_TOO_MUCH_WORK,
                format!("template `{template}` ran more than {TEMPLATE_FUEL} instructions for one document"),
                "still running here".to_owned(),
                "a template may loop over the view's lists, but not run without end: look for loops nested over large ranges".to_owned(),
            ),
            kind => (
                TEMPLATE_ERROR,
                format!("template `{template}` failed: {kind}{}", if detail.is_empty() { String::new() } else { format!(": {detail}") }),
                "here".to_owned(),
                "check the expression against the view's fields listed in the README".to_owned(),
            ),
        };
        Diagnostic::error(code, span, message)
            .label(label)
            .help(help)
    }
}

/// A template uses a variable its view does not have (minijinja's strict
/// undefined behaviour); the diagnostic points at the template's line.
pub const UNDEFINED_VARIABLE: &str = "crosswalk::render::undefined_variable";

/// A template does not parse.
pub const TEMPLATE_SYNTAX: &str = "crosswalk::render::template_syntax";

/// A template includes (or extends) a template that does not exist.
pub const TEMPLATE_MISSING: &str = "crosswalk::render::template_missing";

/// A template runs more than [`TEMPLATE_FUEL`] instructions for one
/// document (a loop without end in a `--templates` file).
pub const TEMPLATE_TOO_MUCH_WORK: &str = "crosswalk::render::template_too_much_work";

/// A template fails while rendering for any other reason.
pub const TEMPLATE_ERROR: &str = "crosswalk::render::template_error";

/// The codes of this module, for the registry of every code.
pub const CODES: &[Code] = &[
    Code::error(
        UNDEFINED_VARIABLE,
        "a template uses a variable its view does not have; points at the template's line (`build`, `graph`)",
    ),
    Code::error(TEMPLATE_SYNTAX, "a template does not parse"),
    Code::error(
        TEMPLATE_MISSING,
        "a template includes or extends a template that does not exist",
    ),
    Code::error(
        TEMPLATE_TOO_MUCH_WORK,
        "a template runs more than 2,000,000,000 instructions for one document (a loop without end in a `--templates` file)",
    ),
    Code::error(
        TEMPLATE_ERROR,
        "a template fails while rendering for another reason",
    ),
];

/// The templates of an override folder: every file directly in it, read
/// as project files are (regular files only; links must stay inside the
/// folder).
fn read_overrides(dir: &Path) -> Result<Vec<(String, SourceFile)>, TemplateErrors> {
    let fail = |error: &crate::project::LoadError| {
        let (diagnostic, sources) = error.report();
        TemplateErrors {
            diagnostics: vec![diagnostic],
            sources,
        }
    };
    let mut files = Vec::new();
    for file in crate::project::folder_files(dir).map_err(|e| fail(&e))? {
        let Some(name) = file
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        let text = crate::project::read_listed(&file).map_err(|e| fail(&e))?;
        files.push((
            name,
            SourceFile::new(file.path.display().to_string(), text, false),
        ));
    }
    Ok(files)
}

/// The byte range of a 1-based line of `text`.
fn line_range(text: &str, line: usize) -> std::ops::Range<usize> {
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return start..start + l.trim_end_matches('\n').len();
        }
        start += l.len();
    }
    0..0
}

/// How many template instructions one document may execute. A
/// `--templates` folder is input like any other: a loop nested three deep
/// over `range(10000)` would otherwise run for ever. The largest document
/// of the Secure Controls Framework-scale benchmark corpus uses a small
/// part of this.
pub const TEMPLATE_FUEL: u64 = 2_000_000_000;

/// The environment: strict undefined variables, escaping by extension, a
/// bound on the work of each document, and the filters documents use.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_fuel(Some(TEMPLATE_FUEL));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_auto_escape_callback(|name| match name.rsplit('.').next().unwrap_or_default() {
        "html" => AutoEscape::Html,
        "md" => AutoEscape::Custom("markdown"),
        "dot" => AutoEscape::Custom("dot"),
        "mmd" => AutoEscape::Custom("mermaid"),
        _ => AutoEscape::None,
    });
    env.set_formatter(format_value);
    env.add_filter("md_block", |text: &str| {
        Value::from_safe_string(escape::markdown_block(text))
    });
    env.add_filter("md_lines", |text: &str| {
        Value::from_safe_string(escape::markdown_lines(text))
    });
    env.add_filter("inline", |value: Value| filter_text(&value, html_inline));
    env.add_filter("anchor", |id: &str, kind: Option<&str>| {
        let kind = match kind {
            None | Some("requirement") => AnchorKind::Requirement,
            Some("control") => AnchorKind::Control,
            Some("section") => AnchorKind::Section,
            Some(other) => {
                return Err(Error::new(
                    ErrorKind::InvalidOperation,
                    format!(
                        "`anchor` takes \"requirement\", \"control\" or \"section\", not {other:?}"
                    ),
                ));
            }
        };
        Ok(Value::from_safe_string(anchor(id, kind)))
    });
    env.add_filter("paragraphs", |text: &str| {
        Value::from_safe_string(html_paragraphs(text, false))
    });
    env.add_filter("paragraph_lines", |text: &str| {
        Value::from_safe_string(html_paragraphs(text, true))
    });
    env
}

/// Applies an HTML text filter to a value: `none` is nothing, a value
/// already marked safe (markup a filter made) is kept, anything else is
/// read as text.
fn filter_text(value: &Value, filter: fn(&str) -> String) -> Value {
    if value.is_none() || value.is_undefined() {
        return Value::from_safe_string(String::new());
    }
    if value.is_safe() {
        return value.clone();
    }
    match value.as_str() {
        Some(text) => Value::from_safe_string(filter(text)),
        None => Value::from_safe_string(filter(&value.to_string())),
    }
}

/// Prints a value escaped for the template's format; `none` prints as
/// nothing. HTML is escaped with [`escape::html`], so a backtick never
/// prints raw (it is `&#96;`) even where a template forgets `inline`.
fn format_value(out: &mut Output, state: &State, value: &Value) -> Result<(), Error> {
    if value.is_none() {
        return Ok(());
    }
    let auto_escape = state.auto_escape();
    let escaper: fn(&str) -> String = match auto_escape {
        AutoEscape::Custom("markdown") => escape::markdown_inline,
        AutoEscape::Custom("dot") => escape::dot,
        AutoEscape::Custom("mermaid") => escape::mermaid,
        AutoEscape::Html => escape::html,
        _ => return minijinja::escape_formatter(out, state, value),
    };
    let owned;
    let text = if let Some(text) = value.as_str() {
        text
    } else {
        owned = value.to_string();
        &owned
    };
    // Text with nothing to escape (most identifiers, titles and labels) is
    // written as it is, without a copy.
    let plain = value.is_safe()
        || match auto_escape {
            AutoEscape::Html => escape::html_is_plain(text),
            AutoEscape::Custom("markdown") => escape::markdown_inline_is_plain(text),
            _ => false,
        };
    let written = if plain {
        out.write_str(text)
    } else {
        out.write_str(&escaper(text))
    };
    written.map_err(|e| Error::new(ErrorKind::WriteFailure, e.to_string()))
}

/// Text with blank-line paragraphs as HTML `<p>` elements, escaped, with
/// inline code as `<code>` ([`html_inline`]). The
/// line breaks inside a paragraph are the source's wrapping, or, with
/// `keep_lines`, lines of their own (`<br>`).
fn html_paragraphs(text: &str, keep_lines: bool) -> String {
    let normalised = text.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let escaped = html_inline(p);
            if keep_lines {
                format!("<p>{}</p>", escaped.replace('\n', "<br>\n"))
            } else {
                format!("<p>{escaped}</p>")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// User or tool text for HTML, escaped, with Markdown inline code as
/// `<code>`: a run of backticks opens a code span that the next run of the
/// same length closes (the Markdown rule), the code between them escaped,
/// its line breaks as spaces, and one space stripped from each end when
/// both ends have one. A run that nothing closes is literal text and, like
/// every backtick outside `<code>`, written `&#96;`: a page never shows a
/// raw backtick as markup. This is the template filter `inline`; the
/// filters `paragraphs` and `paragraph_lines` apply it to each paragraph.
pub fn html_inline(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Run lengths no later run closes: a search that failed from an
    // earlier position fails from every later one, so each length is
    // searched for once at most (no quadratic work on hostile text).
    let mut unclosed = std::collections::BTreeSet::new();
    let mut literal_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < bytes.len() && bytes[i] == b'`' {
            i += 1;
        }
        let length = i - run_start;
        if unclosed.contains(&length) {
            continue;
        }
        let Some(close) = closing_run(bytes, i, length) else {
            unclosed.insert(length);
            continue;
        };
        out.push_str(&escape::html(&text[literal_from..run_start]));
        let code = text[i..close]
            .replace("\r\n", " ")
            .replace(['\n', '\r'], " ");
        let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
            Some(inner) if !code.trim_matches(' ').is_empty() => inner.to_owned(),
            _ => code,
        };
        out.push_str("<code>");
        out.push_str(&escape::html(&code));
        out.push_str("</code>");
        i = close + length;
        literal_from = i;
    }
    out.push_str(&escape::html(&text[literal_from..]));
    out
}

/// The start of the first run of exactly `length` backticks at or after
/// `from`.
fn closing_run(bytes: &[u8], from: usize, length: usize) -> Option<usize> {
    let mut j = from;
    while j < bytes.len() {
        if bytes[j] != b'`' {
            j += 1;
            continue;
        }
        let start = j;
        while j < bytes.len() && bytes[j] == b'`' {
            j += 1;
        }
        if j - start == length {
            return Some(start);
        }
    }
    None
}

/// What an element id names, so ids of different kinds never collide on
/// one page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorKind {
    /// A requirement: its ID itself (`#CC6.1`, `#Art.10(2)(b)`).
    Requirement,
    /// A control: `control-` and its ID (`#control-AI-SEC-01`).
    Control,
    /// A part of a page (a framework's section, the contents):
    /// `section-` and its name (`#section-soc2-2017`).
    Section,
}

/// The prefixes of the kinds other than requirements; a requirement whose
/// ID starts with one of them (or with `requirement-`) is written
/// `requirement-` and its ID, so no requirement's id is a control's or a
/// section's.
const RESERVED_PREFIXES: [&str; 3] = ["control-", "section-", "requirement-"];

/// The element id (and URL fragment) of a requirement, control or page
/// section named `id`: the ID itself where every character is one a
/// fragment and an id take as they are (ASCII letters and digits and
/// `-._~():`), otherwise with each other byte of its UTF-8 written `%XX`
/// (upper-case hex, `%` itself included), so two IDs never share an
/// anchor. Requirements keep their ID (`CC6.1`); controls are prefixed
/// `control-` and sections `section-` (see [`AnchorKind`]), so a control
/// and a requirement that share an ID stay apart on one page. The result
/// needs no HTML escaping in an attribute. This is the template filter
/// `anchor` (`{{ id | anchor }}`, `{{ id | anchor("control") }}`).
pub fn anchor(id: &str, kind: AnchorKind) -> String {
    use std::fmt::Write as _;
    let mut encoded = String::with_capacity(id.len() + 8);
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~():".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    if encoded.is_empty() {
        // An empty name still needs an id: a lone `%`, which no non-empty
        // name encodes to (an encoded `%` is always followed by two digits).
        encoded.push('%');
    }
    match kind {
        AnchorKind::Control => format!("control-{encoded}"),
        AnchorKind::Section => format!("section-{encoded}"),
        AnchorKind::Requirement if RESERVED_PREFIXES.iter().any(|p| encoded.starts_with(p)) => {
            format!("requirement-{encoded}")
        }
        AnchorKind::Requirement => encoded,
    }
}

/// One entry of a page's table of contents (the `toc` macro of
/// `_macros.html`): the element id it links to and what the link says.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct TocEntry {
    /// The element id on the page (from [`anchor`]).
    pub anchor: String,
    /// The link's text (printed through `inline`).
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(name: &str, source: &str, context: &impl Serialize) -> String {
        let mut env = environment();
        env.add_template_owned(name.to_owned(), source.to_owned())
            .unwrap();
        env.get_template(name).unwrap().render(context).unwrap()
    }

    #[test]
    fn each_format_escapes_by_extension() {
        let context = serde_json::json!({"t": "<b>|x|</b>\"q\""});
        assert_eq!(
            render_str("a.html", "{{ t }}", &context),
            "&lt;b&gt;|x|&lt;&#x2f;b&gt;&quot;q&quot;"
        );
        assert_eq!(
            render_str("a.md", "{{ t }}", &context),
            "&lt;b&gt;\\|x\\|&lt;/b&gt;\"q\""
        );
        assert_eq!(
            render_str("a.dot", "{{ t }}", &context),
            "<b>|x|</b>\\\"q\\\""
        );
        assert_eq!(
            render_str("a.mmd", "{{ t }}", &context),
            "#lt;b#gt;#124;x#124;#lt;/b#gt;#quot;q#quot;"
        );
    }

    #[test]
    fn a_template_that_runs_without_end_runs_out_of_fuel() {
        // Regression: three loops nested over `range(10000)` in a
        // `--templates` file ran for ever.
        assert_eq!(environment().fuel(), Some(TEMPLATE_FUEL));
        let mut env = environment();
        env.set_fuel(Some(100_000));
        let source = "{% for i in range(10000) %}{% for j in range(10000) %}{% for k in range(10000) %}x{% endfor %}{% endfor %}{% endfor %}";
        env.add_template_owned("coverage.md", source.to_owned())
            .unwrap();
        let error = env
            .get_template("coverage.md")
            .unwrap()
            .render(serde_json::json!({}))
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::OutOfFuel);
    }

    #[test]
    fn none_prints_as_nothing() {
        let context = serde_json::json!({"t": null});
        assert_eq!(render_str("a.md", "[{{ t }}]", &context), "[]");
    }

    #[test]
    fn undefined_variables_are_errors() {
        let mut env = environment();
        env.add_template_owned("a.md", "x {{ missing.field }}".to_owned())
            .unwrap();
        let error = env
            .get_template("a.md")
            .unwrap()
            .render(serde_json::json!({}))
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::UndefinedError);
    }

    #[test]
    fn paragraphs_are_escaped() {
        assert_eq!(
            html_paragraphs("a <b>\nc\n\nd", false),
            "<p>a &lt;b&gt;\nc</p>\n<p>d</p>"
        );
        assert_eq!(
            html_paragraphs("a <b>\nc\n\nd", true),
            "<p>a &lt;b&gt;<br>\nc</p>\n<p>d</p>"
        );
    }

    #[test]
    fn inline_code_becomes_code_elements() {
        assert_eq!(
            html_inline("run `crosswalk build` <now>"),
            "run <code>crosswalk build</code> &lt;now&gt;"
        );
        assert_eq!(html_inline("`<b>`"), "<code>&lt;b&gt;</code>");
        assert_eq!(html_inline("``a`b``"), "<code>a&#96;b</code>");
        assert_eq!(html_inline("`` `x` ``"), "<code>&#96;x&#96;</code>");
        assert_eq!(html_inline("`a\nb`"), "<code>a b</code>");
        assert_eq!(html_inline("`  `"), "<code>  </code>");
        assert_eq!(html_inline("no code"), "no code");
    }

    #[test]
    fn unmatched_backticks_are_literal_but_never_raw() {
        assert_eq!(html_inline("it`s"), "it&#96;s");
        assert_eq!(html_inline("`a` and `b"), "<code>a</code> and &#96;b");
        assert_eq!(html_inline("``a`"), "&#96;&#96;a&#96;");
        assert_eq!(
            html_inline("`a``b`"),
            "<code>a``b</code>".replace("``", "&#96;&#96;")
        );
        // Many runs of different lengths, none closed: linear enough.
        let hostile: String = (1..200).map(|n| "`".repeat(n) + "x").collect();
        assert!(!html_inline(&hostile).contains('`'));
    }

    #[test]
    fn paragraphs_turn_inline_code_into_code() {
        assert_eq!(
            html_paragraphs("use `a`\n\nthen `b`\nand `", true),
            "<p>use <code>a</code></p>\n<p>then <code>b</code><br>\nand &#96;</p>"
        );
    }

    #[test]
    fn the_inline_filter_escapes_text_and_keeps_safe_values() {
        let context = serde_json::json!({"t": "`x` <y>", "n": null, "k": 3});
        assert_eq!(
            render_str(
                "a.html",
                "{{ t | inline }}|{{ n | inline }}|{{ k | inline }}",
                &context
            ),
            "<code>x</code> &lt;y&gt;||3"
        );
        assert_eq!(
            render_str("a.html", "{{ t | inline | inline }}", &context),
            "<code>x</code> &lt;y&gt;"
        );
        // Without the filter a backtick still never prints raw.
        assert_eq!(
            render_str("a.html", "{{ t }}", &context),
            "&#96;x&#96; &lt;y&gt;"
        );
    }

    #[test]
    fn anchors_are_the_id_where_it_is_a_valid_fragment() {
        for id in [
            "CC6.1",
            "A.6.2.5",
            "AI-SEC-01",
            "Art.10(2)(b)",
            "GOVERN-1.1",
            "PI1.3",
        ] {
            assert_eq!(anchor(id, AnchorKind::Requirement), id);
        }
        assert_eq!(
            anchor("AI-SEC-01", AnchorKind::Control),
            "control-AI-SEC-01"
        );
        assert_eq!(
            anchor("soc2-2017", AnchorKind::Section),
            "section-soc2-2017"
        );
    }

    #[test]
    fn anchors_encode_other_characters_and_never_collide() {
        assert_eq!(anchor("a b", AnchorKind::Requirement), "a%20b");
        assert_eq!(anchor("a%20b", AnchorKind::Requirement), "a%2520b");
        assert_eq!(anchor("§1/é", AnchorKind::Requirement), "%C2%A71%2F%C3%A9");
        assert_eq!(
            anchor("x\"<y>'&", AnchorKind::Requirement),
            "x%22%3Cy%3E%27%26"
        );
        assert_eq!(anchor("", AnchorKind::Requirement), "%");
        // A requirement never takes a control's or a section's id.
        assert_eq!(
            anchor("control-1", AnchorKind::Requirement),
            "requirement-control-1"
        );
        assert_eq!(
            anchor("section-x", AnchorKind::Requirement),
            "requirement-section-x"
        );
        assert_eq!(
            anchor("requirement-control-1", AnchorKind::Requirement),
            "requirement-requirement-control-1"
        );
        let ids = [
            anchor("1", AnchorKind::Control),
            anchor("control-1", AnchorKind::Requirement),
            anchor("requirement-control-1", AnchorKind::Requirement),
            anchor("1", AnchorKind::Requirement),
            anchor("1", AnchorKind::Section),
            anchor("section-1", AnchorKind::Requirement),
        ];
        let unique: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn the_anchor_filter_takes_a_kind() {
        let context = serde_json::json!({"id": "CC6.1"});
        assert_eq!(
            render_str(
                "a.html",
                r#"{{ id | anchor }} {{ id | anchor("control") }} {{ id | anchor("section") }}"#,
                &context
            ),
            "CC6.1 control-CC6.1 section-CC6.1"
        );
    }

    #[test]
    fn the_toc_macro_links_each_entry() {
        let mut env = environment();
        env.add_template_owned("_macros.html", embedded_text("_macros.html"))
            .unwrap();
        env.add_template_owned(
            "a.html",
            r#"{% import "_macros.html" as m %}{{ m.toc(entries) }}"#.to_owned(),
        )
        .unwrap();
        let entries = vec![
            TocEntry {
                anchor: anchor("CC6.1", AnchorKind::Requirement),
                label: "CC6.1 `x`".to_owned(),
            },
            TocEntry {
                anchor: anchor("AI SEC", AnchorKind::Control),
                label: "a <b>".to_owned(),
            },
        ];
        let html = env
            .get_template("a.html")
            .unwrap()
            .render(serde_json::json!({ "entries": entries }))
            .unwrap();
        assert!(
            html.contains(r##"<a href="#CC6.1">CC6.1 <code>x</code></a>"##),
            "{html}"
        );
        assert!(
            html.contains(r##"<a href="#control-AI%20SEC">a &lt;b&gt;</a>"##),
            "{html}"
        );
    }

    fn embedded_text(name: &str) -> String {
        embedded::FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| (*text).to_owned())
            .expect("a built-in template")
    }
}
