//! `crosswalk init`: the starter project checks clean and is canonical;
//! a second run, or a folder with `.cw` files, is refused and nothing
//! changes.

use std::fs;

use crate::support::{crosswalk_in, temp_dir};

#[test]
fn the_starter_checks_clean_and_a_second_run_is_refused() {
    let dir = temp_dir("init");
    let run = crosswalk_in(&dir, &["init", "project"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        run.stdout,
        "created project/controls.cw\ncreated project/system.cw\nnext: crosswalk check project\n"
    );
    let mut names: Vec<String> = fs::read_dir(dir.join("project"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["controls.cw", "system.cw"],
        "no staging folder is left"
    );

    let check = crosswalk_in(&dir, &["check", "--deny-warnings", "project"]);
    assert_eq!(check.code, 0, "{}", check.transcript());
    assert_eq!(check.stderr, "no problems found\n");
    let fmt = crosswalk_in(&dir, &["fmt", "--check", "project"]);
    assert_eq!(fmt.code, 0, "{}", fmt.transcript());
    // The starter's system block fills every section of the SOC 2 system
    // description but the AI lifecycle stages it has no component for.
    let build = crosswalk_in(
        &dir,
        &[
            "build",
            "project",
            "--only",
            "system-description",
            "--out",
            "docs",
        ],
    );
    assert_eq!(build.code, 0, "{}", build.transcript());
    let draft =
        fs::read_to_string(dir.join("docs/system-description/system-description.md")).unwrap();
    assert!(!draft.contains("Incomplete"), "{draft}");
    assert!(
        draft.contains("Service organisation: My company Ltd."),
        "{draft}"
    );

    let before = fs::read_to_string(dir.join("project/system.cw")).unwrap();
    fs::write(dir.join("project/system.cw"), "# my own work\n").unwrap();
    let again = crosswalk_in(&dir, &["init", "project"]);
    assert_eq!(again.code, 2, "{}", again.transcript());
    assert_eq!(
        again.stderr,
        "error: `project` already holds a project (project/controls.cw, project/system.cw): init writes a new project and never overwrites one; run it in an empty or new folder\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("project/system.cw")).unwrap(),
        "# my own work\n"
    );
    assert_ne!(before, "# my own work\n");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_folder_with_other_files_but_no_project_is_used() {
    let dir = temp_dir("init-notes");
    fs::write(dir.join("NOTES.md"), "notes\n").unwrap();
    let run = crosswalk_in(&dir, &["init"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(dir.join("system.cw").is_file());
    assert_eq!(fs::read_to_string(dir.join("NOTES.md")).unwrap(), "notes\n");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_nested_cw_file_is_enough_to_refuse() {
    let dir = temp_dir("init-nested");
    fs::create_dir_all(dir.join("controls")).unwrap();
    fs::write(dir.join("controls/a.cw"), "# mine\n").unwrap();
    let run = crosswalk_in(&dir, &["init", "."]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("./controls/a.cw"), "{}", run.stderr);
    assert!(!dir.join("system.cw").exists());
    let _ = fs::remove_dir_all(dir);
}
