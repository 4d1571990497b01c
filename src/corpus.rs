//! A synthetic project at a chosen scale, for benchmarks: generated
//! framework catalogs, crosswalks between them, risks and controls with
//! mappings. Deterministic: the same size gives the same text.

use std::fmt::Write as _;

use crate::source::SourceFile;

/// How big a generated project is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CorpusSize {
    /// Generated framework versions.
    pub frameworks: usize,
    /// Requirements in each framework (in groups of 25).
    pub requirements_per_framework: usize,
    /// Controls.
    pub controls: usize,
    /// `satisfies` edges of each control.
    pub mappings_per_control: usize,
    /// Risks.
    pub risks: usize,
    /// Controls per generated file.
    pub controls_per_file: usize,
}

impl CorpusSize {
    /// A project with `controls` controls and the other dimensions scaled
    /// from the Secure Controls Framework's shape (1,500 controls, about 65
    /// mappings each, 200 framework versions of about 300 requirements).
    pub fn scf_like(controls: usize) -> Self {
        Self {
            frameworks: (controls / 8).clamp(2, 200),
            requirements_per_framework: 300,
            controls,
            mappings_per_control: 65,
            risks: (controls / 10).max(1),
            controls_per_file: 50,
        }
    }

    /// How many `satisfies` edges the project has.
    pub fn mapping_count(&self) -> usize {
        self.controls * self.mappings_per_control
    }
}

/// A small linear congruential generator: enough to scatter mappings, and
/// the same on every platform.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % (n as u64)).unwrap_or(0)
    }
}

const RELATIONSHIPS: [&str; 4] = ["equal", "subset", "intersects", "superset"];

/// Writes the project's files: `frameworks.cw`, `crosswalks.cw`,
/// `risks.cw`, `controls/NNNN.cw` (a quarter of the mapping edges without a
/// review status) and `conclusions.cw` (every other requirement met in part
/// by two or more controls, concluded met by them together).
pub fn generate(size: &CorpusSize) -> Vec<SourceFile> {
    let mut rng = Lcg(0x5eed);
    let mut files = Vec::new();
    let group_size = 25;

    let mut text = String::new();
    for f in 0..size.frameworks {
        let _ = writeln!(
            text,
            "framework gen-{f:03} version \"1\" \"Generated framework {f}\" {{"
        );
        let _ = writeln!(text, "  publisher \"Benchmark\"");
        for g in 0..size.requirements_per_framework.div_ceil(group_size) {
            let _ = writeln!(text, "  group G{g} \"Group {g}\" {{");
            let first = g * group_size;
            for r in first..(first + group_size).min(size.requirements_per_framework) {
                let _ = writeln!(
                    text,
                    "    requirement R-{g}.{r} \"Requirement {r}\" {{ summary \"Generated.\" }}"
                );
            }
            let _ = writeln!(text, "  }}");
        }
        let _ = writeln!(text, "}}\n");
    }
    files.push(SourceFile::new("frameworks.cw", text, false));

    let mut text = String::new();
    for f in 1..size.frameworks {
        let _ = writeln!(text, "crosswalk gen-{:03}@1 -> gen-{f:03}@1 {{", f - 1);
        let _ = writeln!(text, "  source \"authored: generated\"");
        for r in 0..size.requirements_per_framework {
            let relationship = RELATIONSHIPS[rng.below(RELATIONSHIPS.len())];
            let _ = writeln!(
                text,
                "  R-{}.{r} {relationship} R-{}.{r}",
                r / group_size,
                r / group_size
            );
        }
        let _ = writeln!(text, "}}\n");
    }
    files.push(SourceFile::new("crosswalks.cw", text, false));

    let mut text = String::new();
    for r in 0..size.risks {
        let _ = writeln!(
            text,
            "risk risk-{r:05} \"Generated risk {r}\" {{ category generated }}"
        );
    }
    files.push(SourceFile::new("risks.cw", text, false));

    // Controls that meet each generated requirement in part, for the
    // conclusions written after the controls.
    let mut partial: std::collections::BTreeMap<(usize, usize), Vec<usize>> =
        std::collections::BTreeMap::new();
    for (file, first) in (0..size.controls)
        .step_by(size.controls_per_file.max(1))
        .enumerate()
    {
        let mut text = String::new();
        for c in first..(first + size.controls_per_file).min(size.controls) {
            let _ = writeln!(text, "control CTL-{c:06} \"Generated control {c}\" {{");
            let _ = writeln!(text, "  owner \"Owner {}\"", c % 17);
            let _ = writeln!(text, "  frequency quarterly");
            let _ = writeln!(text, "  mitigates risk-{:05}", rng.below(size.risks));
            let _ = writeln!(
                text,
                "  evidence \"Record {c}\" {{ system \"GRC\" retention \"1y\" }}"
            );
            let _ = writeln!(text, "  test \"Inspect record {c}.\"");
            // A control maps to a requirement once: draw again on a repeat.
            let mut targets: Vec<(usize, usize)> = Vec::new();
            for _ in 0..size.mappings_per_control {
                let (f, r) = loop {
                    let target = (
                        rng.below(size.frameworks),
                        rng.below(size.requirements_per_framework),
                    );
                    if !targets.contains(&target)
                        || targets.len() >= size.frameworks * size.requirements_per_framework
                    {
                        break target;
                    }
                };
                targets.push((f, r));
                let relationship = RELATIONSHIPS[rng.below(RELATIONSHIPS.len())];
                if matches!(relationship, "subset" | "intersects") {
                    partial.entry((f, r)).or_default().push(c);
                }
                // Most edges are reviewed; a quarter are not, as in a
                // project under way.
                let status = ["reviewed", "approved", "draft", ""][rng.below(4)];
                let attributes = if status.is_empty() {
                    String::new()
                } else {
                    format!(" {{ status {status} }}")
                };
                let _ = writeln!(
                    text,
                    "  satisfies gen-{f:03}@1:R-{}.{r} {relationship}{attributes}",
                    r / group_size
                );
            }
            let _ = writeln!(text, "}}\n");
        }
        files.push(SourceFile::new(
            format!("controls/{file:04}.cw"),
            text,
            false,
        ));
    }

    // Every other requirement met in part by two or more controls is
    // concluded met by them together.
    let mut text = String::new();
    for ((f, r), controls) in partial.iter().filter(|(_, c)| c.len() >= 2).step_by(2) {
        let met_by: Vec<String> = controls.iter().map(|c| format!("CTL-{c:06}")).collect();
        let _ = writeln!(
            text,
            "conclusion gen-{f:03}@1:R-{}.{r} {{\n  met-by {}\n  because \"Generated: the controls together meet it.\"\n  reviewer \"Benchmark\"\n  date \"2026-11-20\"\n  status approved\n}}\n",
            r / group_size,
            met_by.join(", ")
        );
    }
    files.push(SourceFile::new("conclusions.cw", text, false));
    files
}

/// A project of densely crosswalked frameworks, the worst case for derived
/// coverage: `frameworks` frameworks `dense-0` … of `requirements`
/// requirements `R1` …, a crosswalk between every two of them that pairs
/// every requirement of one with every requirement of the other as `equal`,
/// and one control per requirement of `dense-0` (`C1` … mapping `R1` …
/// `equal`). Every requirement of the other frameworks is then derived from
/// every control. Files: `frameworks.cw`, `crosswalks.cw`, `controls.cw`.
pub fn dense_crosswalks(frameworks: usize, requirements: usize) -> Vec<SourceFile> {
    let mut text = String::new();
    for f in 0..frameworks {
        let _ = writeln!(text, "framework dense-{f} version \"1\" \"Dense {f}\" {{");
        for r in 1..=requirements {
            let _ = writeln!(text, "  requirement R{r} \"Requirement {r}\"");
        }
        let _ = writeln!(text, "}}\n");
    }
    let mut files = vec![SourceFile::new("frameworks.cw", text, false)];

    let mut text = String::new();
    for from in 0..frameworks {
        for to in from + 1..frameworks {
            let _ = writeln!(text, "crosswalk dense-{from}@1 -> dense-{to}@1 {{");
            let _ = writeln!(text, "  source \"authored: generated\"");
            for a in 1..=requirements {
                for b in 1..=requirements {
                    let _ = writeln!(text, "  R{a} equal R{b}");
                }
            }
            let _ = writeln!(text, "}}\n");
        }
    }
    files.push(SourceFile::new("crosswalks.cw", text, false));

    let mut text = String::new();
    for r in 1..=requirements {
        let _ = writeln!(
            text,
            "control C{r} \"Control {r}\" {{\n  owner \"Owner\"\n  satisfies dense-0@1:R{r} equal\n}}\n"
        );
    }
    files.push(SourceFile::new("controls.cw", text, false));
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile;
    use crate::source::SourceSet;

    #[test]
    fn a_generated_project_compiles_cleanly() {
        let size = CorpusSize {
            frameworks: 3,
            requirements_per_framework: 60,
            controls: 120,
            mappings_per_control: 5,
            risks: 7,
            controls_per_file: 50,
        };
        let files = generate(&size);
        assert_eq!(files.len(), 3 + 3 + 1);
        let mut sources = SourceSet::new();
        for file in files {
            sources.add(file);
        }
        let compilation = compile(sources);
        // Lint warnings (requirements reached only through the generated
        // crosswalks) are expected; errors are not.
        assert!(
            !compilation.has_errors(),
            "{:#?}",
            compilation.diagnostics.first()
        );
        assert_eq!(compilation.model.controls.len(), 120);
        assert!(
            !compilation.model.conclusions.is_empty(),
            "the corpus has conclusions"
        );
        let edges: usize = compilation
            .model
            .controls
            .iter()
            .map(|c| c.satisfies.len())
            .sum();
        assert_eq!(edges, size.mapping_count());
        assert_eq!(
            compilation
                .model
                .crosswalks
                .iter()
                .map(|c| c.pairs.len())
                .sum::<usize>(),
            2 * 60
        );
    }
}
