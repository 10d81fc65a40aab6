//! `cargo xtask`: build and check the release artifacts, offline.
//!
//! - `cargo xtask dist`: every package of `wasm-pack.toml` (cargo build for
//!   wasm32 → wasm-bindgen → wasm-opt → assets), into `dist/`.
//! - `cargo xtask sizes`: gzipped sizes against the budgets of `wasm-pack.toml`
//!   (exit 1 when over).
//! - `cargo xtask serve [--port N]`: `dist`, then serve `dist/web` on
//!   127.0.0.1 (a small static server; it prints the URL). Without
//!   `--port` it tries 8080 and, when that is taken, a free port.
//!
//! Tools come from the paths in `wasm-pack.toml`; `dist` and `serve` run
//! `scripts/install-tools.sh --build-only` when one is missing (it
//! compiles wasm-bindgen-cli from crates.io and installs binaryen from npm;
//! no prebuilt binary is downloaded).

use serde::Deserialize;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Config {
    tools: Tools,
    package: Vec<Package>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Tools {
    wasm_bindgen: String,
    wasm_opt: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Package {
    name: String,
    #[serde(rename = "crate")]
    krate: String,
    profile: String,
    bindgen_target: String,
    out_dir: String,
    assets: String,
    #[serde(default)]
    wasm_opt: Vec<String>,
    #[serde(default)]
    budget_wasm_gzip: Option<u64>,
    /// Budget for everything the page loads (wasm + js + css), gzipped.
    #[serde(default)]
    budget_total_gzip: Option<u64>,
}

type Result<T> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn config() -> Result<Config> {
    let path = root().join("wasm-pack.toml");
    let src = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    basic_toml::from_str(&src).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("+ {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed with {status}", cmd.get_program()))
    }
}

fn tool(path: &str, what: &str) -> Result<PathBuf> {
    let p = root().join(path);
    if p.exists() {
        Ok(p)
    } else {
        Err(format!(
            "{what} not found at {} — run scripts/install-tools.sh",
            p.display()
        ))
    }
}

/// A fresh clone: install what the build needs (wasm-bindgen, wasm-opt;
/// not the browser), as `dist` and `serve` both need them.
fn ensure_tools(tools: &Tools) -> Result<()> {
    if tool(&tools.wasm_bindgen, "wasm-bindgen").is_err() || tool(&tools.wasm_opt, "wasm-opt").is_err() {
        eprintln!("xtask: installing the build tools (scripts/install-tools.sh --build-only)");
        run(Command::new(root().join("scripts/install-tools.sh")).arg("--build-only"))?;
    }
    tool(&tools.wasm_bindgen, "wasm-bindgen")?;
    tool(&tools.wasm_opt, "wasm-opt").map(|_| ())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

fn workspace_version() -> Result<String> {
    let src = std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| e.to_string())?;
    let v: serde_json::Value = basic_toml::from_str(&src).map_err(|e| e.to_string())?;
    v["workspace"]["package"]["version"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "no workspace version".into())
}

/// The placeholder version of `web/npm/package.json`, which `dist` replaces.
const DEV_VERSION: &str = "0.0.0-dev";

/// `package.json` text with its top-level `"version"` set to `version`
/// (the rest of the text as written). The manifest must hold the
/// placeholder: a version written there by hand would disagree with the
/// crates' sooner or later.
fn stamp_version(manifest: &str, version: &str) -> Result<String> {
    let value: serde_json::Value = serde_json::from_str(manifest).map_err(|e| e.to_string())?;
    match value.get("version").and_then(|v| v.as_str()) {
        Some(DEV_VERSION) => {}
        Some(other) => {
            return Err(format!(
                "\"version\" is \"{other}\": keep \"{DEV_VERSION}\" there; `cargo xtask dist` writes the workspace version ({version})"
            ))
        }
        None => return Err("no top-level \"version\"".into()),
    }
    let field = format!("\"version\": \"{DEV_VERSION}\"");
    if manifest.matches(&field).count() != 1 {
        return Err(format!("write the version as {field}, once"));
    }
    Ok(manifest.replacen(&field, &format!("\"version\": \"{version}\""), 1))
}

/// wasm-bindgen's `initSync` refuses to initialise twice; the JS wrapper
/// re-instantiates the module after a trap, so that guard is lifted. The
/// pattern is checked: a new wasm-bindgen version must be looked at.
fn allow_reinit(glue: &Path) -> Result<()> {
    let src = std::fs::read_to_string(glue).map_err(|e| e.to_string())?;
    let guard = "if (wasm !== undefined) return wasm;";
    let count = src.matches(guard).count();
    if count == 0 {
        return Err(format!(
            "{}: the init guard was not found (wasm-bindgen changed?)",
            glue.display()
        ));
    }
    std::fs::write(glue, src.replace(guard, "/* re-initialisation allowed by xtask */")).map_err(|e| e.to_string())
}

fn build(pkg: &Package, tools: &Tools) -> Result<()> {
    let root = root();
    let bindgen = tool(&tools.wasm_bindgen, "wasm-bindgen")?;
    let opt = tool(&tools.wasm_opt, "wasm-opt")?;
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "build",
        "--locked",
        "-p",
        &pkg.krate,
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        &pkg.profile,
    ]))?;
    let artifact = pkg.krate.replace('-', "_");
    let wasm = root.join(format!("target/wasm32-unknown-unknown/{}/{artifact}.wasm", pkg.profile));
    let out = root.join(&pkg.out_dir);
    if out.exists() {
        std::fs::remove_dir_all(&out).map_err(|e| e.to_string())?;
    }
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    run(Command::new(&bindgen)
        .arg("--target")
        .arg(&pkg.bindgen_target)
        .arg("--out-dir")
        .arg(&out)
        .arg(&wasm))?;
    let bg = out.join(format!("{artifact}_bg.wasm"));
    run(Command::new(&opt).args(&pkg.wasm_opt).arg(&bg).arg("-o").arg(&bg))?;
    allow_reinit(&out.join(format!("{artifact}.js")))?;
    copy_dir(&root.join(&pkg.assets), &out)?;
    // The package's version is the workspace's (the crates', which
    // `version()` reports): web/npm/package.json holds a placeholder.
    let manifest = out.join("package.json");
    if manifest.exists() {
        let src = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
        let stamped = stamp_version(&src, &workspace_version()?).map_err(|e| format!("{}: {e}", manifest.display()))?;
        std::fs::write(&manifest, stamped).map_err(|e| e.to_string())?;
    }
    eprintln!("built {} into {}", pkg.name, out.display());
    Ok(())
}

fn gzip_len(path: &Path) -> Result<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

fn sizes(cfg: &Config) -> Result<bool> {
    let mut ok = true;
    for pkg in &cfg.package {
        let out = root().join(&pkg.out_dir);
        let mut total = 0;
        let mut wasm = 0;
        let mut files: Vec<PathBuf> = walk(&out);
        files.sort();
        for f in files {
            let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext, "wasm" | "js" | "css") {
                continue;
            }
            let raw = std::fs::metadata(&f).map_err(|e| e.to_string())?.len();
            let gz = gzip_len(&f)?;
            println!(
                "{:<48} {:>9} B raw {:>9} B gzip",
                f.strip_prefix(root()).unwrap_or(&f).display(),
                raw,
                gz
            );
            total += gz;
            if ext == "wasm" {
                wasm += gz;
            }
        }
        println!("{}: wasm {wasm} B gzip, wasm+js+css {total} B gzip", pkg.name);
        if let Some(b) = pkg.budget_wasm_gzip {
            if wasm > b {
                println!("OVER BUDGET: {} wasm {wasm} B gzip > {b} B", pkg.name);
                ok = false;
            }
        }
        if let Some(b) = pkg.budget_total_gzip {
            if total > b {
                println!("OVER BUDGET: {} total {total} B gzip > {b} B", pkg.name);
                ok = false;
            }
        }
    }
    Ok(ok)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// The port `serve` tries first when none is given.
const DEFAULT_PORT: u16 = 8080;

/// A listener on 127.0.0.1: on `requested` (an error that says how to
/// choose another when it is taken), or on `default`, or, when that is
/// taken, on a free port the system picks (with a note saying so).
fn bind(requested: Option<u16>, default: u16) -> Result<(TcpListener, Option<String>)> {
    let in_use = |e: &std::io::Error| e.kind() == std::io::ErrorKind::AddrInUse;
    match requested {
        Some(port) => TcpListener::bind(("127.0.0.1", port)).map(|l| (l, None)).map_err(|e| {
            if in_use(&e) {
                format!("127.0.0.1:{port} is already in use (another server?): choose another port with `cargo xtask serve --port N`, or leave out --port to take a free one")
            } else {
                format!("127.0.0.1:{port}: {e}")
            }
        }),
        None => match TcpListener::bind(("127.0.0.1", default)) {
            Ok(l) => Ok((l, None)),
            Err(e) if in_use(&e) => {
                let l = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("127.0.0.1 (any port): {e}"))?;
                let port = l.local_addr().map_err(|e| e.to_string())?.port();
                Ok((
                    l,
                    Some(format!(
                        "port {default} is in use, so serving on port {port} instead (choose one with `cargo xtask serve --port N`)"
                    )),
                ))
            }
            Err(e) => Err(format!("127.0.0.1:{default}: {e}")),
        },
    }
}

/// A small static file server for `dist/web` on 127.0.0.1 (development only).
fn serve(listener: TcpListener) -> Result<()> {
    let dir = root().join("dist/web");
    if !dir.join("index.html").exists() {
        return Err(format!("{} has no index.html: the widget is not built", dir.display()));
    }
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("Serving {} at http://{addr}/ (Ctrl-C to stop)", dir.display());
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let mut buf = [0u8; 8192];
        let n = stream.read(&mut buf).unwrap_or(0);
        let req = String::from_utf8_lossy(&buf[..n]);
        let path = req.split_whitespace().nth(1).unwrap_or("/");
        let path = path.split(['?', '#']).next().unwrap_or("/");
        let rel = path.trim_start_matches('/');
        let rel = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_owned()
        };
        let file = dir.join(&rel);
        let safe = !rel.split('/').any(|c| c == "..");
        let (status, body, ctype) = match (safe, std::fs::read(&file)) {
            (true, Ok(b)) => ("200 OK", b, content_type(&file)),
            _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        };
        let csp = if rel.starts_with("csp") {
            "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'\r\n"
        } else {
            ""
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{csp}Connection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&body);
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = (|| -> Result<bool> {
        let cfg = config()?;
        match args.first().map(String::as_str) {
            Some("dist") => {
                ensure_tools(&cfg.tools)?;
                for pkg in &cfg.package {
                    build(pkg, &cfg.tools)?;
                }
                sizes(&cfg)
            }
            Some("sizes") => sizes(&cfg),
            Some("serve") => {
                let port = match args.iter().position(|a| a == "--port") {
                    Some(i) => Some(
                        args.get(i + 1)
                            .ok_or("--port needs a number (1-65535)")?
                            .parse::<u16>()
                            .map_err(|e| format!("--port: {e} (a number, 1-65535)"))?,
                    ),
                    None => None,
                };
                // The port first: a taken one is said before a long build.
                let (listener, note) = bind(port, DEFAULT_PORT)?;
                if let Some(note) = note {
                    eprintln!("xtask: {note}");
                }
                ensure_tools(&cfg.tools)?;
                for pkg in &cfg.package {
                    build(pkg, &cfg.tools)?;
                }
                serve(listener).map(|_| true)
            }
            _ => Err("usage: cargo xtask dist | sizes | serve [--port N]".into()),
        }
    })();
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serve_takes_a_free_port_when_the_default_is_taken() {
        let taken = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let port = taken.local_addr().unwrap().port();
        // The default taken: another port, with a note that says so.
        let (l, note) = bind(None, port).unwrap();
        assert_ne!(l.local_addr().unwrap().port(), port);
        assert!(note.unwrap().contains(&format!("port {port} is in use")));
        // A port asked for and taken: an error that says how to choose.
        let e = bind(Some(port), DEFAULT_PORT).unwrap_err();
        assert!(e.contains("already in use") && e.contains("--port N"), "{e}");
        // A free port asked for: that one, quietly.
        let free = l.local_addr().unwrap().port();
        drop(l);
        let (l, note) = bind(Some(free), port).unwrap();
        assert_eq!((l.local_addr().unwrap().port(), note), (free, None));
    }

    #[test]
    fn dist_writes_the_workspace_version_into_the_package_manifest() {
        let manifest = std::fs::read_to_string(root().join("web/npm/package.json")).unwrap();
        let version = workspace_version().unwrap();
        let stamped: serde_json::Value = serde_json::from_str(&stamp_version(&manifest, &version).unwrap()).unwrap();
        assert_eq!(stamped["version"], version.as_str());
        // accord-core's VERSION (what `version().package` says) is the workspace's too.
        let core = std::fs::read_to_string(root().join("crates/accord-core/Cargo.toml")).unwrap();
        assert!(core.contains("version.workspace = true"));
        assert!(stamp_version("{\"version\": \"1.2.3\"}", "0.1.0")
            .unwrap_err()
            .contains("keep \"0.0.0-dev\""));
        assert!(stamp_version("{\"name\": \"x\"}", "0.1.0").is_err());
    }
}
