//! The instrument's command line (see the crate's documentation for the flags).

use std::path::PathBuf;

/// What `cargo xtask bench` asked for.
pub struct Args {
    pub quick: bool,
    /// Measure only Administration › Users (`--users-page-only`: quicker, to work on it).
    pub users_page_only: bool,
    /// Measure only the scaling rows (`--scaling-only`: quicker, to work on them).
    pub scaling_only: bool,
    pub app: PathBuf,
    pub floor: PathBuf,
    pub dist: PathBuf,
    pub out: PathBuf,
    pub deb: Option<PathBuf>,
    pub criterion: Option<PathBuf>,
    /// How long each subject idles before its idle CPU, wake-ups and memory are read
    /// (`--idle-seconds N`: the quick run's 3 s is too short to see a timer of a few seconds).
    pub idle_seconds: Option<u64>,
}

pub fn args() -> Result<Args, String> {
    let (mut quick, mut users_page_only, mut scaling_only) = (false, false, false);
    let (mut app, mut floor, mut dist, mut out, mut deb, mut criterion) =
        (None, None, None, None, None, None);
    let mut idle_seconds = None;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .map(PathBuf::from)
                .ok_or(format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--quick" => quick = true,
            "--users-page-only" => users_page_only = true,
            "--scaling-only" => scaling_only = true,
            "--app" => app = Some(value()?),
            "--floor" => floor = Some(value()?),
            "--dist" => dist = Some(value()?),
            "--out" => out = Some(value()?),
            "--deb" => deb = Some(value()?),
            "--criterion" => criterion = Some(value()?),
            "--idle-seconds" => {
                let n = value()?;
                let n = n.to_str().and_then(|n| n.parse().ok());
                idle_seconds = Some(n.ok_or("--idle-seconds needs a whole number")?);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let need = |v: Option<PathBuf>, name: &str| v.ok_or(format!("--{name} is required"));
    Ok(Args {
        quick,
        users_page_only,
        scaling_only,
        app: need(app, "app")?,
        floor: need(floor, "floor")?,
        dist: need(dist, "dist")?,
        out: need(out, "out")?,
        deb,
        criterion,
        idle_seconds,
    })
}
