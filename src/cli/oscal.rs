//! `crosswalk import oscal` and `crosswalk export oscal`.

use std::path::{Path, PathBuf};

use super::{INPUT_ERROR, OK, Output};
use crate::diagnostic::render_text;
use crate::oscal::{ImportOptions, Imported};
use crate::project;
use crate::source::{SourceFile, SourceSet};

/// Arguments of `crosswalk import`.
#[derive(Debug, clap::Args)]
pub(super) struct ImportArgs {
    #[command(subcommand)]
    format: ImportFormat,
}

#[derive(Debug, clap::Subcommand)]
enum ImportFormat {
    /// Import an OSCAL catalog (JSON, YAML or XML) as a framework: groups,
    /// controls and enhancements, statements and guidance with parameters as
    /// placeholders, withdrawn controls marked `withdrawn`.
    Oscal {
        /// The catalog file.
        catalog: PathBuf,
        /// The framework's short name (default: from the file name, e.g.
        /// `nist-sp-800-53-rev5`).
        #[arg(long)]
        id: Option<String>,
        /// The framework's version (default: the catalog's own version).
        #[arg(long)]
        version: Option<String>,
        /// Write the framework to this `.cw` file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE.cw")]
        output: Option<PathBuf>,
    },
}

/// Arguments of `crosswalk export`.
#[derive(Debug, clap::Args)]
pub(super) struct ExportArgs {
    #[command(subcommand)]
    format: ExportFormat,
}

#[derive(Debug, clap::Subcommand)]
enum ExportFormat {
    /// Export the project as OSCAL 1.2: a component definition of its
    /// controls, one mapping collection per framework it maps to, and the
    /// catalogs of its own frameworks.
    Oscal {
        #[command(flatten)]
        project: super::ProjectArg,
        #[command(flatten)]
        framework_files: super::FrameworkFiles,
        /// The folder to write (replaced as a whole, atomically).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

pub(super) fn import(args: &ImportArgs, output: &Output) -> u8 {
    let ImportFormat::Oscal {
        catalog,
        id,
        version,
        output: target,
    } = &args.format;
    if let Some(id) = id
        && !crate::oscal::import::is_framework_name(id)
    {
        output.error(&format!(
                "`--id {id}` is not a framework name: use lower-case letters, digits and `-`, starting with a letter"
            ));
        return INPUT_ERROR;
    }
    if let Some(version) = version
        && !crate::oscal::import::is_version(version)
    {
        output.error(&format!(
            "`--version {version}` is not a framework version: use letters, digits and `.`"
        ));
        return INPUT_ERROR;
    }
    let options = ImportOptions {
        name: id.clone(),
        version: version.clone(),
    };
    let imported = match import_file(catalog, &options, output) {
        Ok(imported) => imported,
        Err(code) => return code,
    };
    let summary = format!(
        "imported {}@{}: {} controls and enhancements ({} withdrawn) in {} groups",
        imported.name, imported.version, imported.controls, imported.withdrawn, imported.groups
    );
    if let Some(path) = target {
        if let Err(error) = super::write_atomically(path, &imported.text) {
            output.error(&format!("cannot write `{}`: {error}", path.display()));
            return INPUT_ERROR;
        }
        output.err(&format!("{summary} → {}\n", project::display_name(path)));
    } else {
        output.out(&imported.text);
        output.err(&format!("{summary}\n"));
    }
    OK
}

/// Reads and imports one catalog; prints its diagnostics (warnings too).
pub(super) fn import_file(
    path: &Path,
    options: &ImportOptions,
    output: &Output,
) -> Result<Imported, u8> {
    let text = project::read_text(path).map_err(|error| {
        output.error(&error.to_string());
        INPUT_ERROR
    })?;
    let mut sources = SourceSet::new();
    let file = SourceFile::new(project::display_name(path), text, false);
    let id = sources.add(file);
    let (imported, diagnostics) = crate::oscal::import(sources.get(id), id, options);
    if !diagnostics.is_empty() {
        output.err(&render_text(
            &diagnostics,
            &sources,
            output.style,
            output.width,
        ));
    }
    imported.ok_or(INPUT_ERROR)
}

pub(super) fn export(args: &ExportArgs, output: &Output) -> u8 {
    let ExportFormat::Oscal {
        project,
        framework_files,
        out,
    } = &args.format;
    let compilation = match super::compile_project(&project.path, framework_files, output) {
        Ok(c) => c,
        Err(code) => return code,
    };
    // No clock: without SOURCE_DATE_EPOCH every export carries the epoch.
    let epoch = std::env::var("SOURCE_DATE_EPOCH").unwrap_or_else(|_| "0".to_owned());
    let Ok(seconds) = epoch.trim().parse::<u64>() else {
        output.error(&format!(
            "SOURCE_DATE_EPOCH is `{epoch}`, not a number of seconds since 1970"
        ));
        return INPUT_ERROR;
    };
    let last_modified = crate::oscal::export::timestamp(seconds);
    let files = crate::oscal::export(&compilation.model, &last_modified);
    if let Err(error) = write_folder(out, &files) {
        output.error(&format!("cannot write `{}`: {error}", out.display()));
        return INPUT_ERROR;
    }
    let mappings = files
        .iter()
        .filter(|f| f.path.starts_with("mappings/"))
        .count();
    let catalogs = files
        .iter()
        .filter(|f| f.path.starts_with("catalogs/"))
        .count();
    output.err(&format!(
        "exported {} controls, {mappings} mapping collections and {catalogs} catalogs → {}\n",
        compilation.model.controls.len(),
        project::display_name(out)
    ));
    OK
}

/// Writes the files into a temporary folder beside `out`, then swaps it in
/// for `out`: a failure leaves the old export (or nothing), never half of
/// a new one.
fn write_folder(out: &Path, files: &[crate::oscal::ExportedFile]) -> std::io::Result<()> {
    let name = out
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let temporary = parent.join(format!(".{name}.crosswalk.tmp"));
    let old = parent.join(format!(".{name}.crosswalk.old"));
    let _ = std::fs::remove_dir_all(&temporary);
    let written = (|| {
        for file in files {
            let path = temporary.join(&file.path);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(path, &file.text)?;
        }
        Ok(())
    })();
    if let Err(error) = written {
        let _ = std::fs::remove_dir_all(&temporary);
        return Err(error);
    }
    let _ = std::fs::remove_dir_all(&old);
    if out.exists() {
        std::fs::rename(out, &old)?;
    }
    if let Err(error) = std::fs::rename(&temporary, out) {
        // Put the previous export back.
        let _ = std::fs::rename(&old, out);
        let _ = std::fs::remove_dir_all(&temporary);
        return Err(error);
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}
