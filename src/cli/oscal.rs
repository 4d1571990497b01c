//! `crosswalk import oscal` and `crosswalk export oscal`.

use std::path::{Path, PathBuf};

use super::{Failure, OK, Outcome, Output};
use crate::oscal::{ImportOptions, Imported, ImportedDocument, MappingOptions};
use crate::project;
use crate::resolve::names::{
    MAX_FRAMEWORK_NAME, MAX_FRAMEWORK_VERSION, is_framework_name, is_framework_version,
};
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
    /// placeholders, withdrawn controls kept and marked as withdrawn. An
    /// OSCAL 1.2 mapping collection (JSON or YAML) imports as crosswalks
    /// between the frameworks it maps.
    Oscal {
        /// The catalog or mapping collection file.
        catalog: PathBuf,
        /// The framework's short name (default: from the file name, such as
        /// nist-sp-800-53-rev5).
        #[arg(long)]
        id: Option<String>,
        /// The framework's version (default: the catalog's own version).
        #[arg(long)]
        version: Option<String>,
        /// For a mapping collection: the framework its sources are in, as
        /// NAME@VERSION (default: read from the mapping, or from the catalog
        /// its source resource points at).
        #[arg(long, value_name = "NAME@VERSION")]
        source: Option<String>,
        /// For a mapping collection: the framework its targets are in.
        #[arg(long, value_name = "NAME@VERSION")]
        target: Option<String>,
        /// Write the framework to this .cw file instead of standard output.
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
        input: super::ProjectArgs,
        /// The folder to write (replaced as a whole, atomically).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

pub(super) fn import(args: &ImportArgs, output: &Output) -> Outcome {
    let ImportFormat::Oscal {
        catalog,
        id,
        version,
        source,
        target: mapped_to,
        output: target,
    } = &args.format;
    for (flag, value) in [("--source", source), ("--target", mapped_to)] {
        if let Some(value) = value
            && !is_framework_reference(value)
        {
            return Err(Failure::Message(format!(
                "`{flag} {}` is not a framework with its version: write NAME@VERSION, as `crosswalk frameworks` lists them (`iso42001@2023`)",
                value.escape_debug()
            )));
        }
    }
    if let Some(id) = id
        && !is_framework_name(id)
    {
        return Err(Failure::Message(format!(
            "`--id {}` is not a framework name: use lower-case letters, digits and `-`, starting with a letter, at most {MAX_FRAMEWORK_NAME} bytes",
            id.escape_debug()
        )));
    }
    if let Some(version) = version
        && !is_framework_version(version)
    {
        return Err(Failure::Message(format!(
            "`--version {}` is not a framework version: use letters and digits in parts joined by single dots (`5.0.1`), at most {MAX_FRAMEWORK_VERSION} bytes",
            version.escape_debug()
        )));
    }
    let options = ImportOptions {
        name: id.clone(),
        version: version.clone(),
        mapping: MappingOptions {
            source: source.clone(),
            target: mapped_to.clone(),
            base: None,
        },
    };
    let imported = read_document(catalog, &options, output)?;
    if let ImportedDocument::Catalog(imported) = &imported {
        check_names(imported)?;
    }
    let summary = imported.summary();
    if let Some(path) = target {
        if let Err(error) = crate::project::write_atomically(path, imported.text()) {
            return Err(Failure::Message(format!(
                "cannot write `{}`: {error}",
                path.display()
            )));
        }
        output.err(&format!(
            "{} → {}\n",
            crate::terminal::line(&summary),
            crate::terminal::line(&project::display_name(path))
        ));
    } else {
        output.out(imported.text());
        output.err(&format!("{}\n", crate::terminal::line(&summary)));
    }
    Ok(OK)
}

/// Whether `value` is `name@version` with both valid.
fn is_framework_reference(value: &str) -> bool {
    value
        .split_once('@')
        .is_some_and(|(name, version)| is_framework_name(name) && is_framework_version(version))
}

/// What the catalog's file name and version give must be a framework name
/// and version too, or the framework written would fail `check`.
fn check_names(imported: &Imported) -> Result<(), Failure> {
    if !is_framework_name(&imported.name) {
        return Err(Failure::Message(format!(
            "the framework name `{}` made from the catalog's file name is not valid (at most {MAX_FRAMEWORK_NAME} bytes): pass `--id NAME`",
            imported.name
        )));
    }
    if !is_framework_version(&imported.version) {
        return Err(Failure::Message(format!(
            "the framework version `{}` made from the catalog's version is not valid (letters and digits in parts joined by single dots, at most {MAX_FRAMEWORK_VERSION} bytes): pass `--version VERSION`",
            imported.version.escape_debug()
        )));
    }
    Ok(())
}

/// Reads and imports one catalog or mapping collection (whose relative
/// hrefs start from the file's folder); prints its warnings when it
/// imports, and returns every diagnostic when it does not.
pub(super) fn read_document(
    path: &Path,
    options: &ImportOptions,
    output: &Output,
) -> Result<ImportedDocument, Failure> {
    let text = project::read_text(path).map_err(|error| Failure::from(&error))?;
    let mut sources = SourceSet::new();
    let file = SourceFile::new(project::display_name(path), text, false);
    let id = sources.add(file);
    let mut options = options.clone();
    options.mapping.base = Some(
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
    );
    let (imported, diagnostics) = crate::oscal::import_document(sources.get(id), id, &options);
    match imported {
        Some(imported) => {
            if !diagnostics.is_empty() {
                output.diagnostics(&diagnostics, &sources);
            }
            Ok(imported)
        }
        None => Err(Failure::Diagnostics {
            diagnostics,
            sources,
        }),
    }
}

pub(super) fn export(args: &ExportArgs, output: &Output) -> Outcome {
    let ExportFormat::Oscal { input, out } = &args.format;
    let compilation = input.compile(output)?;
    // No clock: without SOURCE_DATE_EPOCH every export carries the epoch.
    let seconds = super::source_date_epoch()?.unwrap_or(0);
    let last_modified = crate::dates::timestamp(seconds);
    let files = crate::oscal::export(&compilation.model, &last_modified);
    // Every path is checked before anything is written: inside the output
    // folder, and no two the same file on a case-insensitive file system.
    let mut names = crate::render::file_name::OutputNames::default();
    files
        .iter()
        .try_for_each(|file| names.claim(&file.path))
        .map_err(Failure::Message)?;
    super::staging::Staging::new(out, "crosswalk export oscal", output)
        .and_then(|staging| {
            for file in &files {
                if let Err(error) = staging.write(&file.path, file.text.as_bytes()) {
                    staging.abandon();
                    return Err(error);
                }
            }
            staging.commit()
        })
        .map_err(Failure::Message)?;
    let mappings = files
        .iter()
        .filter(|f| f.path.starts_with("mappings/"))
        .count();
    let catalogs = files
        .iter()
        .filter(|f| f.path.starts_with("catalogs/"))
        .count();
    output.err(&format!(
        "exported {} controls, {mappings} mapping collections (with {} conclusions) and {catalogs} catalogs → {}\n",
        compilation.model.controls.len(),
        compilation.model.conclusions.len(),
        crate::terminal::line(&project::display_name(out))
    ));
    Ok(OK)
}
