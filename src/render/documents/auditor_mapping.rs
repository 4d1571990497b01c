//! The auditor mapping documents (`--only mapping`): per framework in
//! scope, each requirement with its status, the controls that meet it and
//! how, then each control with the requirements it maps to (HTML,
//! Markdown). Their view is the control matrix's,
//! [`FrameworkDocument`](crate::render::views::FrameworkDocument), computed
//! once per framework for both ([`RenderContext::framework_document`]).

use crate::render::RenderContext;
use crate::render::job::Job;
use crate::render::views::FrameworkRef;

/// The folder of its files.
const FOLDER: &str = "auditor-mapping";

/// The HTML page of the framework whose slug is `slug`, in the output
/// folder (`auditor-mapping/soc2-2017.html`): what other documents link to.
pub fn page(slug: &str) -> String {
    format!("{FOLDER}/{slug}.html")
}

/// The jobs: one per framework in scope.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    ctx.coverage
        .frameworks
        .iter()
        .enumerate()
        .map(|(index, framework)| {
            let FrameworkRef { slug, key, .. } = FrameworkRef::new(ctx.model, framework.framework);
            Job::new(1, move |files| {
                files.pages("auditor-mapping", &*ctx.framework_document(index))
            })
            .of_framework(index)
            .pages(&format!("{FOLDER}/{slug}"), &key)
        })
        .collect()
}
