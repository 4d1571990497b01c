//! The install recipes keep up with the command line: every crosswalk
//! command line in `.pre-commit-hooks.yaml` and in the CI recipe
//! `examples/ci/github-actions.yml` parses with the real clap definition,
//! and the hooks and the recipe's check pass on the bundled example.

use std::fs;

use crate::support::{crosswalk, crosswalk_in, root};

/// Whether `words` (starting with `crosswalk`) parse with the real command
/// line; `--version` and `--help` count as parsing.
fn parses(words: &[String]) -> Result<(), String> {
    match crosswalk::cli::command().try_get_matches_from(words) {
        Ok(_) => Ok(()),
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayVersion | clap::error::ErrorKind::DisplayHelp
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(e.to_string()),
    }
}

/// The words of one shell command line, as the shell would pass them:
/// quotes removed, `$NAME`, `${NAME}` and `${{ ... }}` replaced by
/// `vars`' value or `VALUE`; the words end at a redirection, a pipe or a
/// command separator. Enough shell for the recipes, not all of it.
fn shell_words(line: &str, vars: &[(String, String)]) -> Vec<String> {
    let line = expand(line, vars);
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, '>' | '<' | '|' | ';' | '&') => break,
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    assert!(quote.is_none(), "an unclosed quote in {line:?}");
    if in_word {
        words.push(word);
    }
    words
}

/// `line` with its variables replaced (see [`shell_words`]).
fn expand(line: &str, vars: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        let (name, after) = if let Some(inner) = rest.strip_prefix("{{") {
            let end = inner.find("}}").expect("a closed ${{ }}");
            (inner[..end].trim(), &inner[end + 2..])
        } else if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').expect("a closed ${}");
            (&inner[..end], &inner[end + 1..])
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        let name = name.strip_prefix("env.").unwrap_or(name);
        out.push_str(
            vars.iter()
                .find(|(n, _)| n == name)
                .map_or("VALUE", |(_, v)| v.as_str()),
        );
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The crosswalk command lines of a step's `run` script: its lines (with
/// `\` continuations joined) whose first word is `crosswalk`.
fn crosswalk_lines(script: &str) -> Vec<String> {
    script
        .replace("\\\n", " ")
        .lines()
        .map(str::trim)
        .filter(|line| line.split_whitespace().next() == Some("crosswalk"))
        .map(str::to_owned)
        .collect()
}

/// A YAML file of the repository, as a generic value.
fn yaml(path: &str) -> serde_json::Value {
    let text = fs::read_to_string(root().join(path)).expect(path);
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_ci_recipe_runs_only_real_command_lines() {
    let workflow = yaml("examples/ci/github-actions.yml");
    let vars: Vec<(String, String)> = workflow["env"]
        .as_object()
        .expect("the recipe sets its variables under env")
        .iter()
        .map(|(name, value)| (name.clone(), value.as_str().unwrap().to_owned()))
        .collect();
    let steps: Vec<&serde_json::Value> = workflow["jobs"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_array().unwrap())
        .collect();
    let scripts: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        scripts.iter().any(|s| s.contains("cargo install --locked")),
        "the recipe installs crosswalk with cargo install --locked"
    );
    let mut lines = Vec::new();
    for script in &scripts {
        for line in crosswalk_lines(script) {
            let words = shell_words(&line, &vars);
            if let Err(error) = parses(&words) {
                panic!("the recipe runs `{line}`, which does not parse:\n{error}");
            }
            lines.push((line, words));
        }
    }
    let has = |wanted: &[&str]| {
        lines
            .iter()
            .any(|(_, words)| wanted.iter().all(|w| words.iter().any(|word| word == w)))
    };
    assert!(has(&["check"]), "the recipe runs crosswalk check");
    assert!(
        has(&["diff", "--base", "--fail-on", "regression"]),
        "the recipe gates on crosswalk diff --base REV --fail-on regression"
    );
    // The SARIF the diff writes is the file that is uploaded.
    let (sarif_line, _) = lines
        .iter()
        .find(|(_, words)| words.windows(2).any(|w| w == ["--format", "sarif"]))
        .expect("the recipe writes SARIF with diff --format sarif");
    let written = sarif_line
        .rsplit_once('>')
        .expect("the SARIF is redirected to a file")
        .1
        .trim();
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
        })
        .expect("the recipe uploads the SARIF with github/codeql-action/upload-sarif");
    assert_eq!(upload["with"]["sarif_file"], written);
    // The diff reads the base revision from git: the checkout fetches it.
    let checkout = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/checkout@"))
        })
        .expect("the recipe checks the repository out");
    assert_eq!(checkout["with"]["fetch-depth"], 0);
}

#[test]
fn the_ci_recipe_checks_the_bundled_example_clean() {
    let workflow = yaml("examples/ci/github-actions.yml");
    let script = workflow["jobs"]["crosswalk"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Check")
        .and_then(|s| s["run"].as_str())
        .expect("a Check step");
    let vars = [("PROJECT".to_owned(), "examples/risk-scoring-api".to_owned())];
    for line in crosswalk_lines(script) {
        let words = shell_words(&line, &vars);
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let run = crosswalk(&args);
        assert_eq!(run.code, 0, "{line}\n{}", run.transcript());
    }
}

#[test]
fn the_pre_commit_hooks_parse_and_pass_on_the_bundled_example() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_array().expect("a list of hooks");
    let ids: Vec<&str> = hooks.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["crosswalk-check", "crosswalk-fmt"]);
    for hook in hooks {
        let id = hook["id"].as_str().unwrap();
        assert_eq!(hook["language"], "rust", "{id}");
        // A project is one folder: file names are not passed.
        assert_eq!(hook["pass_filenames"], false, "{id}");
        let mut words = shell_words(hook["entry"].as_str().unwrap(), &[]);
        assert_eq!(words[0], "crosswalk", "{id}");
        words.extend(
            hook["args"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| a.as_str().unwrap().to_owned()),
        );
        if let Err(error) = parses(&words) {
            panic!("the hook {id} runs {words:?}, which does not parse:\n{error}");
        }
        // Run as pre-commit runs it, at the root of a project's repository.
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let run = crosswalk_in(&root().join("examples/risk-scoring-api"), &args);
        assert_eq!(run.code, 0, "{id}\n{}", run.transcript());
    }
    assert_eq!(hooks[1]["entry"], "crosswalk fmt --check");
}

#[test]
fn the_recipe_shell_words_are_split_as_a_shell_would() {
    let vars = [("PROJECT".to_owned(), "p".to_owned())];
    assert_eq!(
        shell_words(
            r#"crosswalk diff --base "origin/$GITHUB_BASE_REF" "$PROJECT" --format sarif > out.sarif"#,
            &vars
        ),
        [
            "crosswalk",
            "diff",
            "--base",
            "origin/VALUE",
            "p",
            "--format",
            "sarif"
        ]
    );
    assert_eq!(
        shell_words("crosswalk check '${{ env.PROJECT }}' && echo", &vars),
        ["crosswalk", "check", "p"]
    );
    assert_eq!(
        crosswalk_lines("if x; then\n  crosswalk check \\\n  dir\nfi\n"),
        ["crosswalk check    dir"]
    );
}
