//! Same input, byte-identical output, whatever order the files were
//! written to disk in.

use std::fs;

use crate::support::{crosswalk_in, root, temp_dir};

const FILES: [&str; 3] = ["a.cw", "nested/b.cw", "nested/c.cw"];

fn write_project(name: &str, order: &[usize]) -> std::path::PathBuf {
    let dir = temp_dir(name);
    fs::create_dir_all(dir.join("nested")).unwrap();
    let fixture = root().join("tests/fixtures/projects/cross_file_errors");
    for &i in order {
        fs::copy(fixture.join(FILES[i]), dir.join(FILES[i])).unwrap();
    }
    dir
}

#[test]
fn output_does_not_depend_on_file_order_on_disk() {
    let forward = write_project("order-forward", &[0, 1, 2]);
    let backward = write_project("order-backward", &[2, 1, 0]);
    for format in ["text", "json"] {
        let a = crosswalk_in(&forward, &["check", "--format", format, "."]);
        let b = crosswalk_in(&backward, &["check", "--format", format, "."]);
        let again = crosswalk_in(&forward, &["check", "--format", format, "."]);
        assert_eq!(a.code, 2);
        assert_eq!(a.transcript(), b.transcript(), "{format}");
        assert_eq!(a.transcript(), again.transcript(), "{format}");
    }
}

#[test]
fn formatting_is_the_same_on_every_run() {
    let dir = temp_dir("fmt-repeat");
    let messy = fs::read_to_string(root().join("tests/fixtures/fmt/messy.cw")).unwrap();
    fs::write(dir.join("one.cw"), &messy).unwrap();
    fs::write(dir.join("two.cw"), &messy).unwrap();
    assert_eq!(crosswalk_in(&dir, &["fmt", "."]).code, 0);
    assert_eq!(
        fs::read(dir.join("one.cw")).unwrap(),
        fs::read(dir.join("two.cw")).unwrap()
    );
}
