//! The baseline of `benches/oscal.sh`: a bare parse of an OSCAL file into
//! a generic `Value` (`serde_json`, or `serde_yaml_ng` for YAML) and a walk
//! over every node, with no typed model and no output. `crosswalk import
//! oscal` is measured against this.
//!
//! Usage: `oscal_baseline FILE` (the syntax follows the extension).

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: oscal_baseline FILE.json|FILE.yaml");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let is_yaml = std::path::Path::new(&path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    let nodes = if is_yaml {
        match serde_yaml_ng::from_str::<serde_yaml_ng::Value>(&text) {
            Ok(value) => walk_yaml(&value),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        }
    } else {
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(value) => walk_json(&value),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        }
    };
    println!("{nodes} nodes");
    ExitCode::SUCCESS
}

fn walk_json(value: &serde_json::Value) -> usize {
    1 + match value {
        serde_json::Value::Array(items) => items.iter().map(walk_json).sum(),
        serde_json::Value::Object(map) => map.values().map(walk_json).sum(),
        _ => 0,
    }
}

fn walk_yaml(value: &serde_yaml_ng::Value) -> usize {
    1 + match value {
        serde_yaml_ng::Value::Sequence(items) => items.iter().map(walk_yaml).sum(),
        serde_yaml_ng::Value::Mapping(map) => map.values().map(walk_yaml).sum(),
        _ => 0,
    }
}
