//! The one writer: the rendered output goes into a staging folder beside the output folder,
//! and replaces it only when complete. A failed build never touches the old output.
//!
//! Owns: every write to disk of a build, the marker that says a folder is ours, and the
//! refusal to replace a folder that is not a previous output. Must not: render.

use crate::render::Output;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file in every output folder, so that a later build knows it may replace the folder.
pub const MARKER: &str = ".wegweiser-output";

/// What an output folder holds: `wegweiser build` replaces only a site, `wegweiser print`
/// only printed sheets, so that `print -o public` cannot delete the built site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    Site,
    Sheets,
}

impl Holds {
    fn marker_text(self) -> &'static str {
        match self {
            Holds::Site => {
                "This folder was written by wegweiser build and is replaced by each build.\n"
            }
            Holds::Sheets => {
                "This folder was written by wegweiser print and is replaced by each print.\n"
            }
        }
    }

    /// What a marker says the folder holds; `None` for a marker of an older wegweiser,
    /// which did not say.
    fn of_marker(text: &str) -> Option<Holds> {
        [Holds::Site, Holds::Sheets]
            .into_iter()
            .find(|h| text == h.marker_text())
    }

    fn describe(self) -> &'static str {
        match self {
            Holds::Site => "a site built by `wegweiser build`",
            Holds::Sheets => "sheets printed by `wegweiser print`",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot write `{path}`: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("`{0}` is not empty and was not written by wegweiser; refusing to replace it")]
    Foreign(PathBuf),
    #[error(
        "the output folder `{0}` would hold the site's own files; choose another folder with -o"
    )]
    Unsafe(PathBuf),
    #[error(
        "`{path}` holds {holds}; refusing to replace it\n  = hint: choose another folder with -o"
    )]
    Other { path: PathBuf, holds: &'static str },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Refuses output folders that would destroy the user's files, or an output of the other
/// command.
pub fn check_target(root: &Path, out: &Path, holds: Holds) -> Result<(), Error> {
    let root = root.canonicalize().map_err(io_err(root))?;
    let abs_out = absolute(out);
    let resolved = resolve_existing(&abs_out);
    if root.starts_with(&resolved)
        || ["content", "translations", "themes", "static", "templates"]
            .iter()
            .any(|d| resolved.starts_with(root.join(d)))
    {
        return Err(Error::Unsafe(out.to_path_buf()));
    }
    if resolved.is_dir() {
        let empty = fs::read_dir(&resolved)
            .map_err(io_err(&resolved))?
            .next()
            .is_none();
        let marker = resolved.join(MARKER);
        if !empty && !marker.is_file() {
            return Err(Error::Foreign(out.to_path_buf()));
        }
        let text = fs::read_to_string(&marker).unwrap_or_default();
        // An older wegweiser did not say what it wrote: printed sheets are two files.
        let older = || {
            let names: Vec<_> = fs::read_dir(&resolved)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name())
                .collect();
            let sheets = names.iter().any(|n| n == "signs.html" || n == "signs.pdf")
                && names
                    .iter()
                    .all(|n| n == MARKER || n == "signs.html" || n == "signs.pdf");
            if sheets { Holds::Sheets } else { Holds::Site }
        };
        let held = (!empty).then(|| Holds::of_marker(&text).unwrap_or_else(older));
        if let Some(other) = held.filter(|h| *h != holds) {
            return Err(Error::Other {
                path: out.to_path_buf(),
                holds: other.describe(),
            });
        }
    } else if resolved.exists() {
        return Err(Error::Foreign(out.to_path_buf()));
    }
    Ok(())
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

/// The canonical form of the longest existing ancestor, with the rest appended.
fn resolve_existing(p: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut cur = p.to_path_buf();
    loop {
        if let Ok(c) = cur.canonicalize() {
            let mut out = c;
            for r in rest.iter().rev() {
                out.push(r);
            }
            return out;
        }
        match (cur.file_name().map(|f| f.to_os_string()), cur.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                cur = parent.to_path_buf();
            }
            _ => return p.to_path_buf(),
        }
    }
}

/// Writes the output into `out`: first into a staging folder beside it, then swaps the two
/// in one step where the system allows it, so that `out` is at every moment either the old
/// or the new site, complete.
pub fn write(out: &Path, output: &Output, holds: Holds) -> Result<(), Error> {
    let out = absolute(out);
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    recover(&parent, &name, &out);
    clean_leftovers(&parent, &name);
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let result = fill(&staging, output, holds);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    // A hook for the crash tests: time to kill the process between writing and swapping.
    if let Some(ms) = std::env::var("WEGWEISER_PAUSE_BEFORE_SWAP_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    if out.exists() && exchange(&staging, &out).is_ok() {
        // `staging` now holds the old site.
        remove_output(&staging);
        return Ok(());
    }
    // No atomic exchange here (or nothing to exchange with): two renames; `recover` puts the
    // old site back if the process dies between them.
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let had_old = out.exists();
    if had_old {
        fs::rename(&out, &old).map_err(io_err(&out))?;
    }
    if let Err(source) = fs::rename(&staging, &out) {
        if had_old {
            let _ = fs::rename(&old, &out);
        }
        return Err(Error::Io { path: out, source });
    }
    if had_old {
        remove_output(&old);
    }
    Ok(())
}

/// Removes a folder of ours, its marker last, so that a removal cut short leaves a folder
/// the next build still recognises as its own and cleans up.
fn remove_output(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name() == MARKER {
                continue;
            }
            let p = e.path();
            let _ = if p.is_dir() {
                fs::remove_dir_all(&p)
            } else {
                fs::remove_file(&p)
            };
        }
    }
    let _ = fs::remove_file(dir.join(MARKER));
    let _ = fs::remove_dir(dir);
}

/// Swaps two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths that live across the call; renameat2 reads
    // them and touches no other memory of ours.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no atomic exchange",
    ))
}

/// A build killed between the two renames leaves no `out` but an old copy: put it back.
fn recover(parent: &Path, name: &str, out: &Path) {
    if out.exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut olds: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|f| f.to_string_lossy().starts_with(&format!(".{name}.old-")))
                && p.join(MARKER).is_file()
        })
        .collect();
    olds.sort();
    if let Some(old) = olds.pop() {
        let _ = fs::rename(old, out);
    }
}

/// Staging and old folders of earlier builds that were stopped halfway.
fn clean_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let f = e.file_name().to_string_lossy().into_owned();
        let ours =
            f.starts_with(&format!(".{name}.staging-")) || f.starts_with(&format!(".{name}.old-"));
        if ours && e.path().join(MARKER).is_file() {
            remove_output(&e.path());
        } else if ours {
            // Killed before the marker was written: it can only be empty.
            let _ = fs::remove_dir(e.path());
        }
    }
}

fn fill(staging: &Path, output: &Output, holds: Holds) -> Result<(), Error> {
    fs::create_dir_all(staging).map_err(io_err(staging))?;
    fs::write(staging.join(MARKER), holds.marker_text()).map_err(io_err(staging))?;
    let mut dirs = std::collections::BTreeSet::new();
    for path in output.keys() {
        if let Some((dir, _)) = path.rsplit_once('/') {
            dirs.insert(dir.to_string());
        }
    }
    for d in &dirs {
        let p = staging.join(d);
        fs::create_dir_all(&p).map_err(io_err(&p))?;
    }
    use rayon::prelude::*;
    output.par_iter().try_for_each(|(path, bytes)| {
        let p = staging.join(path);
        let mut f = fs::File::create(&p).map_err(io_err(&p))?;
        f.write_all(bytes).map_err(io_err(&p))
    })
}
