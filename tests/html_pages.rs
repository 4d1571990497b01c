//! The HTML pages of a build, read as a browser reads them: no raw
//! Markdown (a backtick outside `<code>`/`<pre>`), every internal link
//! (`href="#x"`, `href="page.html#x"`) lands on an existing file and an
//! element id in it, and ids within a page are unique. Run on the bundled
//! example and on every project under `tests/fixtures/build/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{crosswalk_env, files_under, root, temp_dir};

/// The projects whose pages are checked: the bundled example and every
/// build fixture.
fn projects() -> Vec<PathBuf> {
    let mut projects = vec![root().join("examples/risk-scoring-api")];
    let fixtures = root().join("tests/fixtures/build");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&fixtures)
        .expect("the build fixtures")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    projects.extend(dirs);
    projects
}

/// Builds `project` (every document) into a fresh folder; returns it.
fn build(project: &Path) -> PathBuf {
    let name = project.file_name().unwrap().to_string_lossy().into_owned();
    let out = temp_dir(&format!("html-pages-{name}")).join("out");
    let run = crosswalk_env(
        root(),
        &[
            "build",
            project.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1795824000")],
    );
    assert_eq!(run.code, 0, "{}: {}", project.display(), run.transcript());
    out
}

/// A page's text with every `<code>…</code>` and `<pre>…</pre>` element
/// taken out.
fn outside_code(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["<code", "<pre"]
            .iter()
            .filter_map(|tag| find_tag(rest, tag).map(|at| (at, *tag)))
            .min();
        let Some((at, tag)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let close = format!("</{}>", &tag[1..]);
        match rest[at..].find(&close) {
            Some(end) => rest = &rest[at + end + close.len()..],
            None => panic!("`{tag}` is never closed"),
        }
    }
}

/// Where the tag `tag` (`<code`, not `<codex`) opens in `text`.
fn find_tag(text: &str, tag: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(tag).map(|i| i + from) {
        let after = text[at + tag.len()..].chars().next();
        if matches!(after, Some('>' | ' ' | '\n' | '\t')) {
            return Some(at);
        }
        from = at + tag.len();
    }
    None
}

/// The values of attribute `name` (`id`, `href`) on every tag of a page,
/// with character references decoded.
fn attributes(html: &str, name: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.starts_with('!') || rest.starts_with('/') {
            continue;
        }
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        let mut attrs = tag;
        while let Some(i) = attrs.find(&format!(" {name}=\"")) {
            let start = i + name.len() + 3;
            let len = attrs[start..].find('"').expect("a quoted value ends");
            values.push(decode(&attrs[start..start + len]));
            attrs = &attrs[start + len..];
        }
        rest = &rest[end..];
    }
    values
}

/// Decodes the character references documents write in attributes.
fn decode(value: &str) -> String {
    [
        ("&quot;", "\""),
        ("&#x27;", "'"),
        ("&#x2f;", "/"),
        ("&#96;", "`"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(value.to_owned(), |v, (from, to)| v.replace(from, to))
}

/// A URL fragment percent-decoded, as a browser tries it after the
/// fragment as written.
fn percent_decoded(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The problems of the HTML pages under `out`, one line each.
fn problems(out: &Path) -> Vec<String> {
    let pages: BTreeMap<PathBuf, String> = files_under(out, ".html")
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    let ids: BTreeMap<&Path, BTreeSet<String>> = pages
        .iter()
        .map(|(p, html)| (p.as_path(), attributes(html, "id").into_iter().collect()))
        .collect();
    let mut problems = Vec::new();
    for (page, html) in &pages {
        let name = page.strip_prefix(out).unwrap().display().to_string();
        let stripped = outside_code(html);
        let backticks = stripped.matches('`').count();
        if backticks > 0 {
            let at = stripped.find('`').unwrap();
            let context: String = stripped[at.saturating_sub(60)..]
                .chars()
                .take(120)
                .collect();
            problems.push(format!(
                "{name}: {backticks} backticks outside <code>/<pre>, the first in {context:?}"
            ));
        }
        let mut seen = BTreeSet::new();
        for id in attributes(html, "id") {
            if !seen.insert(id.clone()) {
                problems.push(format!("{name}: id {id:?} is not unique"));
            }
        }
        for href in attributes(html, "href") {
            if href.contains("://") || href.starts_with("mailto:") || href.starts_with('/') {
                continue;
            }
            let (file, fragment) = href.split_once('#').unwrap_or((&href, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                normalise(&page.parent().unwrap().join(file))
            };
            if !target.is_file() {
                problems.push(format!(
                    "{name}: link {href:?}: no file {}",
                    target.display()
                ));
                continue;
            }
            if fragment.is_empty() {
                continue;
            }
            let Some(targets) = ids.get(target.as_path()) else {
                problems.push(format!("{name}: link {href:?}: not an HTML page"));
                continue;
            };
            if !targets.contains(fragment) && !targets.contains(&percent_decoded(fragment)) {
                problems.push(format!("{name}: link {href:?}: no element with that id"));
            }
        }
    }
    problems
}

/// `a/b/../c` as `a/c`.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[test]
fn the_pages_show_no_raw_markdown_and_every_internal_link_lands() {
    let mut all = Vec::new();
    for project in projects() {
        let out = build(&project);
        let pages = files_under(&out, ".html");
        assert!(pages.len() > 1, "{}: no pages", project.display());
        let links: usize = pages
            .iter()
            .map(|p| attributes(&fs::read_to_string(p).unwrap(), "href").len())
            .sum();
        assert!(links > 0, "{}: no links", project.display());
        all.extend(
            problems(&out)
                .into_iter()
                .map(|p| format!("{}: {p}", project.display())),
        );
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_control_matrix_links_its_controls_to_the_auditor_mapping() {
    let out = build(&root().join("tests/fixtures/build/lending"));
    let matrix = fs::read_to_string(out.join("control-matrix/soc2-2017.html")).unwrap();
    let hrefs = attributes(&matrix, "href");
    assert!(
        hrefs
            .iter()
            .any(|h| h.starts_with("../auditor-mapping/soc2-2017.html#control-")),
        "{hrefs:?}"
    );
    assert!(
        hrefs
            .iter()
            .any(|h| h == "../auditor-mapping/soc2-2017.html#CC6.1"),
        "{hrefs:?}"
    );
    let coverage = fs::read_to_string(out.join("coverage/coverage.html")).unwrap();
    assert!(
        attributes(&coverage, "href")
            .iter()
            .any(|h| h.starts_with("../auditor-mapping/")),
        "the gaps link to the mapping documents"
    );
    let mapping = fs::read_to_string(out.join("auditor-mapping/soc2-2017.html")).unwrap();
    let ids = attributes(&mapping, "id");
    assert!(ids.iter().any(|id| id == "CC6.1"), "{ids:?}");
    assert!(!ids.iter().any(|id| id.starts_with("req-")), "{ids:?}");
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    let out = temp_dir("html-pages-checker");
    fs::create_dir_all(out.join("sub")).unwrap();
    fs::write(
        out.join("a.html"),
        r##"<p id="x">`raw` <code>`ok`</code></p><p id="x"></p><a href="#y">y</a><a href="sub/b.html#z">z</a><a href="#x">x</a>"##,
    )
    .unwrap();
    fs::write(
        out.join("sub/b.html"),
        r##"<pre>`ok`</pre><a href="../a.html#x">x</a><a href="../c.html">c</a><span id="A%20B"></span><a href="#A%2520B">ab</a>"##,
    )
    .unwrap();
    let found = problems(&out);
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(found[0].contains("2 backticks"), "{found:#?}");
    assert!(found[1].contains("\"x\" is not unique"), "{found:#?}");
    assert!(found[2].contains("\"#y\""), "{found:#?}");
    assert!(found[3].contains("\"sub/b.html#z\""), "{found:#?}");
    assert!(found[4].contains("no file"), "{found:#?}");
}
