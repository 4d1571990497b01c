//! `crosswalk graph`: the graph of controls, risks and the requirements
//! they reach, as DOT or Mermaid on standard output (the same documents
//! `build` writes under `graph/`).

use clap::ValueEnum;

use super::{OK, Outcome, Output, ProjectArgs};
use crate::analysis::coverage::Coverage;
use crate::render::{BuildOptions, RenderContext, documents};

/// Arguments of `crosswalk graph`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    input: ProjectArgs,
    /// The graph language.
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    format: GraphFormat,
}

/// A graph language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GraphFormat {
    /// Graphviz DOT (render it with dot -Tsvg).
    Dot,
    /// Mermaid flowchart (renders in GitHub and GitLab Markdown).
    Mermaid,
}

pub(super) fn run(args: &Args, output: &Output) -> Outcome {
    let templates = super::load_templates(None)?;
    let compilation = args.input.compile(output)?;
    let model = &compilation.model;
    let project = super::project_info(model, args.input.path(), None, None);
    let coverage = Coverage::default();
    let context = RenderContext::new(
        model,
        &compilation.graph,
        &coverage,
        project,
        BuildOptions::default(),
    );
    let document = documents::graph::document(&context);
    let template = match args.format {
        GraphFormat::Dot => "graph.dot",
        GraphFormat::Mermaid => "graph.mmd",
    };
    let text = templates.render(template, &document)?;
    // Labels are escaped for the graph language; control characters in
    // them are made visible for the terminal too.
    output.out(&crate::terminal::document(&text));
    Ok(OK)
}
