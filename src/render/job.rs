//! Jobs: the independent pieces a document is rendered in. A job is
//! planned with the files it writes (their paths and index labels) before
//! anything is rendered, so every path of a build is checked at once; it
//! then renders into exactly those files, in order, through [`Files`].

use serde::Serialize;

use super::table::{self, Table};

use super::{FileWriter, RenderError, Templates};

/// A file a job writes: where, and how the index page names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedFile {
    /// Its path inside the output folder, with `/` separators.
    pub path: String,
    /// What it is (`soc2@2017, HTML`).
    pub label: String,
}

/// How a job renders: into the files it planned, in order.
type Work<'a> = Box<dyn Fn(&mut Files<'_>) -> Result<(), RenderError> + Send + Sync + 'a>;

/// One independent piece of rendering: its files depend on no other job's.
pub struct Job<'a> {
    /// A rough size, to start the biggest jobs first: a job over every
    /// framework outweighs one over a single framework.
    pub weight: u8,
    /// The files it writes, in the order it writes them.
    pub files: Vec<PlannedFile>,
    /// The framework (index in the coverage) whose shared document view it
    /// reads, if any: jobs of equal weight run in this order, so one
    /// framework's control matrix and auditor mapping run one after the
    /// other and its view is not held while every other framework's is
    /// rendered ([`super::RenderContext::framework_document`]).
    pub framework: Option<usize>,
    work: Work<'a>,
}

impl<'a> Job<'a> {
    /// A job of this weight that renders with `work`; its files are added
    /// with [`Job::pages`] and [`Job::file`], in the order `work` writes
    /// them.
    pub fn new(
        weight: u8,
        work: impl Fn(&mut Files<'_>) -> Result<(), RenderError> + Send + Sync + 'a,
    ) -> Self {
        Self {
            weight,
            files: Vec::new(),
            framework: None,
            work: Box::new(work),
        }
    }

    /// Marks the job as reading the shared document view of the framework
    /// at `index` (see [`Job::framework`]).
    #[must_use]
    pub fn of_framework(mut self, index: usize) -> Self {
        self.framework = Some(index);
        self
    }

    /// Plans `PATH.html` and `PATH.md` (written by [`Files::pages`]),
    /// labelled with what they show (`soc2@2017`), if anything.
    #[must_use]
    pub fn pages(mut self, path: &str, what: &str) -> Self {
        let prefix = if what.is_empty() {
            String::new()
        } else {
            format!("{what}, ")
        };
        for (extension, format) in [("html", "HTML"), ("md", "Markdown")] {
            self = self.file(format!("{path}.{extension}"), format!("{prefix}{format}"));
        }
        self
    }

    /// Plans one file.
    #[must_use]
    pub fn file(mut self, path: String, label: impl Into<String>) -> Self {
        self.files.push(PlannedFile {
            path,
            label: label.into(),
        });
        self
    }

    /// Renders the job, writing each file into `out` as it is rendered.
    pub(super) fn run(
        &self,
        templates: &Templates,
        out: &dyn FileWriter,
        created: i64,
    ) -> Result<(), RenderError> {
        let mut files = Files {
            planned: self.files.iter(),
            templates,
            out,
            created,
        };
        (self.work)(&mut files)?;
        let unwritten: Vec<&str> = files.planned.map(|f| f.path.as_str()).collect();
        assert!(
            unwritten.is_empty(),
            "a job left planned files unwritten: {unwritten:?}"
        );
        Ok(())
    }
}

/// Where a job writes: each call fills the next of its planned files.
pub struct Files<'j> {
    planned: std::slice::Iter<'j, PlannedFile>,
    templates: &'j Templates,
    out: &'j dyn FileWriter,
    created: i64,
}

/// An I/O failure while a file is written (the [`FileWriter`] says which
/// file).
fn io_error(error: &std::io::Error) -> RenderError {
    RenderError::Write(error.to_string())
}

impl Files<'_> {
    /// The next planned file; it must end in `.EXTENSION`.
    fn next(&mut self, extension: &str) -> &PlannedFile {
        let file = self
            .planned
            .next()
            .expect("a job writes only the files it planned");
        assert!(
            file.path.ends_with(&format!(".{extension}")),
            "`{}` was planned, a `.{extension}` file written",
            file.path
        );
        file
    }

    /// Writes the next planned file.
    pub fn bytes(&mut self, extension: &str, bytes: &[u8]) -> Result<(), RenderError> {
        self.write(extension, &mut |w| {
            w.write_all(bytes).map_err(|e| io_error(&e))
        })
    }

    /// Writes the next planned file with what `body` writes into it.
    fn write(
        &mut self,
        extension: &str,
        body: &mut super::FileBody<'_>,
    ) -> Result<(), RenderError> {
        let out = self.out;
        let path = &self.next(extension).path;
        out.write_file(path, body)
    }

    /// Renders `TEMPLATE.html` and `TEMPLATE.md` from one view into the next
    /// two planned files ([`Job::pages`]).
    pub fn pages(&mut self, template: &str, view: &impl Serialize) -> Result<(), RenderError> {
        self.templates(
            &[format!("{template}.html"), format!("{template}.md")],
            view,
        )
    }

    /// Renders each of these templates from one view into the next planned
    /// files, each named with its template's extension.
    pub fn templates(
        &mut self,
        names: &[impl AsRef<str>],
        view: &impl Serialize,
    ) -> Result<(), RenderError> {
        // Converted once for every template: minijinja passes a `Value` on
        // without copying it again.
        let view = minijinja::Value::from_serialize(view);
        let templates = self.templates;
        for name in names {
            let name = name.as_ref();
            let extension = name.rsplit('.').next().unwrap_or_default();
            self.write(extension, &mut |w| Ok(templates.render_to(name, &view, w)?))?;
        }
        Ok(())
    }

    /// Writes a table as CSV into the next planned file.
    pub fn csv(&mut self, table: &Table) -> Result<(), RenderError> {
        self.write("csv", &mut |w| table.write_csv(w).map_err(|e| io_error(&e)))
    }

    /// Writes pretty-printed JSON with a final new line into the next
    /// planned file.
    pub fn json(&mut self, value: &impl Serialize) -> Result<(), RenderError> {
        self.write("json", &mut |w| {
            serde_json::to_writer_pretty(&mut *w, value).map_err(|e| {
                if e.is_io() {
                    RenderError::Write(e.to_string())
                } else {
                    panic!("plain data serializes: {e}")
                }
            })?;
            w.write_all(b"\n").map_err(|e| io_error(&e))
        })
    }

    /// Writes a workbook of these tables, one sheet each, into the next
    /// planned file.
    pub fn xlsx(
        &mut self,
        tables: impl IntoIterator<Item = Table>,
        title: &str,
    ) -> Result<(), RenderError> {
        let path = self.next("xlsx").path.clone();
        let bytes = table::to_xlsx(tables, title, self.created).map_err(|e| {
            RenderError::Write(format!("{path}: the workbook cannot be written: {e}"))
        })?;
        self.out.write_file(&path, &mut |w| {
            w.write_all(&bytes).map_err(|e| io_error(&e))
        })
    }
}

/// Runs every job on up to `threads` scoped threads, each taking the next
/// job not yet taken, biggest first; the results come back in job order.
pub(super) fn run_jobs<T: Send>(
    jobs: &[&Job<'_>],
    threads: usize,
    work: impl Fn(&Job<'_>) -> T + Sync,
) -> Vec<T> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // The biggest jobs start first, so no large one is left alone at the
    // end while the other threads idle; among equal ones, the jobs of one
    // framework run together (its shared view is dropped after its last
    // use), in plan order otherwise (the sort is stable).
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(jobs[i].weight), jobs[i].framework));
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<T>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let worker = || {
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let result = work(jobs[i]);
            *results[i]
                .lock()
                .expect("no worker panics while holding it") = Some(result);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.clamp(1, jobs.len().max(1)) {
            scope.spawn(worker);
        }
        worker();
    });
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .expect("no worker panicked")
                .expect("every job ran")
        })
        .collect()
}
