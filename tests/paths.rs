//! Output paths made from input: a framework's name and version become
//! file names, so `check` refuses those that could not be one (traversal,
//! an apostrophe, a 300-character version, two versions that differ only
//! in case), and `build` and `export oscal` write nothing outside their
//! folder even when handed a model that bypassed the check.

use std::fs;
use std::path::PathBuf;

use crosswalk::analysis::coverage::{Options, coverage};
use crosswalk::render::file_name::is_contained;
use crosswalk::render::views::ProjectInfo;
use crosswalk::render::{
    BuildOptions, DocumentKind, RenderContext, RenderError, Templates, render,
};
use crosswalk::source::{SourceFile, SourceSet};

use crate::support::{Run, crosswalk_in, temp_dir};

/// A control that satisfies each requirement given (`acme@1:R1`).
fn control(requirements: &[&str]) -> String {
    let maps: String = requirements
        .iter()
        .map(|r| ["  satisfies ", r, " equal\n"].concat())
        .collect();
    format!(
        "control C1 \"Change review\" {{\n  owner \"eng\"\n{maps}  evidence \"PRs\" {{ system \"git\" retention \"1y\" }}\n  test \"Read PRs\"\n}}\n"
    )
}

/// `framework acme version "VERSION" …` with one requirement.
fn framework(version: &str) -> String {
    format!("framework acme version \"{version}\" \"ACME\" {{ requirement R1 \"R\" }}\n")
}

/// A project at `BASE/a/b/project` holding `text`, and `BASE/a/victim.json`
/// (where `1/../../../../victim` leads from `BASE/a/b/out/catalogs`), which
/// holds `original`.
struct Setup {
    dir: PathBuf,
    victim: PathBuf,
}

impl Setup {
    fn new(name: &str, text: &str) -> Self {
        let base = temp_dir(name);
        let dir = base.join("a/b");
        fs::create_dir_all(dir.join("project")).unwrap();
        fs::write(dir.join("project/acme.cw"), text).unwrap();
        let victim = base.join("a/victim.json");
        fs::write(&victim, "original").unwrap();
        Self { dir, victim }
    }

    fn run(&self, args: &[&str]) -> Run {
        crosswalk_in(&self.dir, args)
    }

    /// Asserts that nothing was written outside the project: the victim
    /// holds what it held, and no output folder or staging folder is left.
    fn assert_nothing_written(&self) {
        assert_eq!(fs::read_to_string(&self.victim).unwrap(), "original");
        let mut left: Vec<String> = fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["project"]);
        let base = self.victim.parent().unwrap();
        let mut beside: Vec<String> = fs::read_dir(base)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(beside, ["b", "victim.json"]);
    }
}

/// Asserts a failed run that reports `code`.
fn assert_refused(run: &Run, code: &str) {
    assert_ne!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.contains(code), "{}", run.transcript());
}

const TRAVERSAL: &str = "1/../../../../victim";

#[test]
fn a_version_that_climbs_out_of_the_folder_is_refused_by_check() {
    let setup = Setup::new("traversal-check", &framework(TRAVERSAL));
    let run = setup.run(&["check", "project"]);
    assert_refused(&run, "crosswalk::resolve::invalid_framework_version");
    assert!(run.stderr.contains("`/` is not allowed"), "{}", run.stderr);
    assert!(run.stderr.contains("at most 64 bytes"), "{}", run.stderr);
    // The span is on the version string.
    let json = setup.run(&["check", "project", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(
        diagnostic["code"],
        "crosswalk::resolve::invalid_framework_version"
    );
    assert_eq!(diagnostic["line"], 1);
    let line = fs::read_to_string(setup.dir.join("project/acme.cw")).unwrap();
    let column = usize::try_from(diagnostic["column"].as_u64().unwrap()).unwrap() - 1;
    let end = usize::try_from(diagnostic["end_column"].as_u64().unwrap()).unwrap() - 1;
    assert_eq!(&line[column..end], format!("\"{TRAVERSAL}\""));
}

#[test]
fn export_oscal_with_a_climbing_version_writes_nothing_outside_its_folder() {
    let setup = Setup::new("traversal-export", &framework(TRAVERSAL));
    let run = setup.run(&["export", "oscal", "project", "--out", "out"]);
    assert_refused(&run, "crosswalk::resolve::invalid_framework_version");
    setup.assert_nothing_written();
}

#[test]
fn build_with_a_climbing_version_writes_nothing_outside_its_folder() {
    let text = framework(TRAVERSAL) + &control(&["acme:R1"]);
    let setup = Setup::new("traversal-build", &text);
    let run = setup.run(&["build", "project", "--out", "out"]);
    assert_refused(&run, "crosswalk::resolve::invalid_framework_version");
    setup.assert_nothing_written();
}

#[test]
fn versions_that_differ_only_in_case_are_refused_naming_both() {
    let text = framework("A") + &framework("a") + &control(&["acme@A:R1", "acme@a:R1"]);
    let setup = Setup::new("case", &text);
    let run = setup.run(&["check", "project"]);
    assert_refused(&run, "crosswalk::resolve::framework_case_clash");
    assert!(
        run.stderr.contains("`acme@A` and `acme@a`"),
        "{}",
        run.stderr
    );
    for command in [
        &["build", "project", "--out", "out"][..],
        &["export", "oscal", "project", "--out", "out"],
    ] {
        let run = setup.run(command);
        assert_refused(&run, "crosswalk::resolve::framework_case_clash");
        setup.assert_nothing_written();
    }
}

#[test]
fn a_slash_and_a_dash_no_longer_give_the_same_document() {
    // `a/b` and `a-b` were both `acme-a-b`: neither is a version now.
    let text = framework("a/b") + &framework("a-b");
    let setup = Setup::new("slash-dash", &text);
    let run = setup.run(&["check", "project", "--format", "json"]);
    assert_ne!(run.code, 0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "crosswalk::resolve::invalid_framework_version",
            "crosswalk::resolve::invalid_framework_version"
        ]
    );
}

#[test]
fn versions_that_broke_build_are_refused_by_check() {
    let long = "1".repeat(300);
    for (name, version, label) in [
        ("apostrophe-end", "1'", "`'` is not allowed"),
        ("apostrophe-start", "'1", "`'` is not allowed"),
        ("long", long.as_str(), "300 bytes, more than 64"),
    ] {
        let text = framework(version) + &control(&["acme:R1"]);
        let setup = Setup::new(name, &text);
        let run = setup.run(&["check", "project"]);
        assert_refused(&run, "crosswalk::resolve::invalid_framework_version");
        assert!(run.stderr.contains(label), "{}", run.stderr);
        let run = setup.run(&["build", "project", "--out", "out"]);
        assert_refused(&run, "crosswalk::resolve::invalid_framework_version");
        assert!(!run.stderr.contains("File name too long"), "{}", run.stderr);
        setup.assert_nothing_written();
    }
}

#[test]
fn a_framework_name_longer_than_the_limit_is_refused() {
    let name = "a".repeat(65);
    let text = format!("framework {name} version \"1\" \"Long\" {{ requirement R1 \"R\" }}\n");
    let setup = Setup::new("long-name", &text);
    let run = setup.run(&["check", "project"]);
    assert_refused(&run, "crosswalk::resolve::invalid_framework_name");
}

#[test]
fn the_longest_valid_name_and_version_build_and_export() {
    let (name, version) = ("a".repeat(64), "1".repeat(64));
    let text = format!(
        "framework {name} version \"{version}\" \"Long\" {{ requirement R1 \"R\" }}\n{}",
        control(&[&format!("{name}:R1")])
    );
    let setup = Setup::new("longest", &text);
    let run = setup.run(&["build", "project", "--out", "out"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let slug = format!("{name}-{version}");
    assert!(
        setup
            .dir
            .join(format!("out/control-matrix/{slug}.html"))
            .is_file()
    );
    let run = setup.run(&["export", "oscal", "project", "--out", "oscal"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        setup
            .dir
            .join(format!("oscal/catalogs/{name}@{version}.json"))
            .is_file()
    );
}

/// A compiled project whose framework versions are then set by hand,
/// past the resolver's check: what `render` and `export` do on their own.
fn compiled_with_versions(versions: &[&str]) -> crosswalk::Compilation {
    let mut text: String = ["1", "2"][..versions.len()]
        .iter()
        .map(|v| framework(v))
        .collect();
    text.push_str(&control(&["acme@1:R1", "acme@2:R1"][..versions.len()]));
    let mut sources = SourceSet::new();
    sources.add(SourceFile::new("acme.cw", text, false));
    let mut compilation = crosswalk::compile(sources);
    assert!(!compilation.has_errors(), "{:?}", compilation.diagnostics);
    for (framework, version) in compilation.model.frameworks.iter_mut().zip(versions) {
        (*version).clone_into(&mut framework.version);
    }
    compilation
}

/// Renders every document; returns the paths handed to the sink, or the
/// error.
fn render_paths(compilation: &crosswalk::Compilation) -> Result<Vec<String>, String> {
    let analysis = coverage(&compilation.model, &compilation.graph, &Options::default());
    let templates = Templates::load(None).unwrap();
    let paths = std::sync::Mutex::new(Vec::new());
    let sink = |file: crosswalk::render::RenderedFile| {
        paths.lock().unwrap().push(file.path);
        Ok(())
    };
    let project = ProjectInfo {
        name: "p".to_owned(),
        date: None,
        on: None,
        generator: "crosswalk".to_owned(),
    };
    let options = BuildOptions {
        kinds: DocumentKind::ALL.to_vec(),
        period_months: None,
        date: None,
    };
    let context = RenderContext::new(
        &compilation.model,
        &compilation.graph,
        &analysis,
        project,
        options,
    );
    let rendered = render(&context, &templates, 1, &sink);
    match rendered {
        Ok(_) => Ok(paths.into_inner().unwrap()),
        Err(RenderError::Write(message)) => Err(message),
        Err(RenderError::Template(errors)) => panic!("{errors:?}"),
    }
}

#[test]
fn render_refuses_two_documents_that_would_be_one_file() {
    let compilation = compiled_with_versions(&["A", "a"]);
    let error = render_paths(&compilation).unwrap_err();
    assert!(
        error.contains("two documents would both be `control-matrix/acme-a.html`"),
        "{error}"
    );
}

#[test]
fn render_and_export_keep_every_path_inside_the_folder_past_the_check() {
    let compilation = compiled_with_versions(&[TRAVERSAL]);
    let paths = render_paths(&compilation).unwrap();
    assert!(paths.iter().all(|p| is_contained(p)), "{paths:?}");
    assert!(
        paths.contains(&"control-matrix/acme-1-..-..-..-..-victim.html".to_owned()),
        "{paths:?}"
    );
    let files = crosswalk::oscal::export(&compilation.model, "1970-01-01T00:00:00Z");
    let exported: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert!(exported.iter().all(|p| is_contained(p)), "{exported:?}");
    assert!(
        exported.contains(&"catalogs/acme@1-..-..-..-..-victim.json"),
        "{exported:?}"
    );
}

#[test]
fn export_refuses_two_documents_that_differ_only_in_case() {
    let compilation = compiled_with_versions(&["A", "a"]);
    let files = crosswalk::oscal::export(&compilation.model, "1970-01-01T00:00:00Z");
    let mut names = crosswalk::render::file_name::OutputNames::default();
    let refused = files.iter().find_map(|f| names.claim(&f.path).err());
    let error = refused.expect("a clash");
    assert!(
        error.contains("two documents would both be `catalogs/acme@a.json`"),
        "{error}"
    );
}

/// A one-control OSCAL catalog with this version.
fn catalog(version: &str) -> String {
    format!(
        r#"{{"catalog": {{"uuid": "u", "metadata": {{"title": "T", "version": "{version}", "oscal-version": "1.1.2"}},
"groups": [{{"id": "g", "title": "G", "controls": [{{"id": "c-1", "title": "C"}}]}}]}}}}"#
    )
}

#[test]
fn import_makes_a_version_check_accepts_from_any_catalog_version() {
    // Regression: `1.0 (Draft)` became `1.0..Draft.`, which check refuses.
    let dir = temp_dir("import-version");
    for (version, expected) in [
        ("1.0 (Draft)", "1.0.Draft"),
        ("../../victim", "victim"),
        ("--", "1"),
    ] {
        fs::write(dir.join("draft.json"), catalog(version)).unwrap();
        let run = crosswalk_in(&dir, &["import", "oscal", "draft.json", "-o", "draft.cw"]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let text = fs::read_to_string(dir.join("draft.cw")).unwrap();
        assert!(text.contains(&format!("version \"{expected}\"")), "{text}");
        let run = crosswalk_in(&dir, &["check", "draft.cw"]);
        assert_eq!(run.code, 0, "{}", run.transcript());
    }
    // A version given on the command line is used as it is.
    let run = crosswalk_in(
        &dir,
        &[
            "import",
            "oscal",
            "draft.json",
            "--version",
            "1.0",
            "-o",
            "draft.cw",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = crosswalk_in(&dir, &["check", "draft.cw"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn import_options_are_held_to_the_same_rules() {
    let dir = temp_dir("import-options");
    fs::write(dir.join("c.json"), catalog("1")).unwrap();
    let long = "a".repeat(65);
    for (option, value) in [("--version", "1..2"), ("--version", "1/2"), ("--id", &long)] {
        let run = crosswalk_in(&dir, &["import", "oscal", "c.json", option, value]);
        assert_ne!(run.code, 0, "{}", run.transcript());
        assert!(run.stderr.contains("at most 64 bytes"), "{}", run.stderr);
    }
}
