//! The auditor mapping documents (`--only mapping`): per framework in
//! scope, each requirement with its status, the controls that meet it and
//! how (HTML, Markdown). Their view is the control matrix's,
//! [`FrameworkDocument`](crate::render::views::FrameworkDocument).

use crate::render::RenderContext;
use crate::render::job::Job;
use crate::render::views::{self, FrameworkRef};

/// The folder of its files.
const FOLDER: &str = "auditor-mapping";

/// The jobs: one per framework in scope.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    ctx.coverage
        .frameworks
        .iter()
        .map(|framework| {
            let FrameworkRef { slug, key, .. } = FrameworkRef::new(ctx.model, framework.framework);
            Job::new(1, move |files| {
                files.pages(
                    "auditor-mapping",
                    &views::framework_document(ctx, framework),
                )
            })
            .pages(&format!("{FOLDER}/{slug}"), &key)
        })
        .collect()
}
