#!/usr/bin/env python3
"""Compile-time cost of the macros: a generated plugin crate with N models, each with five
endpoints, timed with `cargo check` and `cargo build`; the expansion's share is rustc's
`expand_crate` pass (via `-Z time-passes`, enabled on the stable compiler with RUSTC_BOOTSTRAP=1
for this measurement only). Usage: bench/compile/run.py [N ...] (default 10 50 200);
`CHECK_ONLY=1` skips `cargo build` (its columns print `nan`)."""

import os
import re
import shutil
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "target" / "compile-bench"
TARGET = WORK / "target"


def model(index: int) -> str:
    return f'''
    /// Model {index}.
    #[model]
    pub struct Item{index} {{
        #[field(length(min = 1, max = 100))]
        pub name: String,
        #[field(default = false)]
        pub done: bool,
        #[field(default = 0, range(min = 0))]
        pub rank: i32,
        pub note: Option<String>,
        #[field(default = now, readonly)]
        pub created_at: Timestamp,
    }}

    /// Lists items {index}.
    #[endpoint(GET, "/items{index}")]
    pub async fn list_items{index}(db: Db, page: Query<Page>) -> ApiResult<Vec<Item{index}>> {{
        db.list(ListOptions::new(page.into_inner())).await
    }}

    /// Reads an item {index}.
    #[endpoint(GET, "/items{index}/{{id}}")]
    pub async fn get_item{index}(db: Db, id: Path<String>) -> ApiResult<Item{index}> {{
        db.find(id.into_inner()).await
    }}

    /// Creates an item {index}.
    #[endpoint(POST, "/items{index}", status = 201)]
    pub async fn create_item{index}(db: Db, body: Json<NewItem{index}>) -> ApiResult<Item{index}> {{
        db.create(body.into_inner()).await
    }}

    /// Changes an item {index}.
    #[endpoint(PUT, "/items{index}/{{id}}")]
    pub async fn update_item{index}(db: Db, id: Path<String>, body: Json<Item{index}Patch>) -> ApiResult<Item{index}> {{
        db.update(id.into_inner(), body.into_inner()).await
    }}

    /// Deletes an item {index}.
    #[endpoint(DELETE, "/items{index}/{{id}}")]
    pub async fn delete_item{index}(db: Db, id: Path<String>) -> ApiResult<Deleted> {{
        db.delete::<Item{index}>(id.into_inner()).await
    }}
'''


def write_fixture(count: int) -> Path:
    crate = WORK / f"fixture-{count}"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'''[package]
name = "fixture-{count}"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
btst-runtime = {{ path = "{ROOT / 'btst-runtime'}" }}

[workspace]
'''
    )
    shutil.copy(ROOT / "Cargo.lock", crate / "Cargo.lock")
    body = "".join(model(index) for index in range(count))
    (crate / "src" / "lib.rs").write_text(
        "use btst_runtime::prelude::*;\n\n"
        f'#[plugin(name = "fixture")]\npub mod fixture {{\n    use btst_runtime::prelude::*;\n{body}}}\n'
    )
    return crate


def timed(crate: Path, *args: str, rustc_args=(), env=None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of cargo and rustc: steady when the host steals
    time from this machine, which wall seconds are not) and the output."""
    (crate / "src" / "lib.rs").touch()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    extra = ["--", *rustc_args] if rustc_args else []
    result = subprocess.run(
        ["cargo", *args, "--quiet", "--offline", "--target-dir", str(TARGET), *extra],
        cwd=crate, env={**(env or os.environ), "CARGO_INCREMENTAL": "0"}, capture_output=True, text=True,
    )
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed for {crate.name}:\n{result.stderr[-3000:]}")
    return elapsed, cpu, result.stderr + result.stdout


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [10, 50, 200]
    WORK.mkdir(parents=True, exist_ok=True)
    warm = write_fixture(1)
    check_only = os.environ.get("CHECK_ONLY") == "1"
    timed(warm, "check")
    if not check_only:
        timed(warm, "build")
    print(f"machine: {os.cpu_count()} cores; deps prebuilt; incremental off; each figure is one run after touching src/lib.rs\n")
    print("| models (5 endpoints each) | cargo check s | check CPU s | cargo build s | build CPU s | "
          "expansion s (expand_crate) | expansion share of check | check CPU s per model | build CPU s per model |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in counts:
        crate = write_fixture(count)
        timed(crate, "check")  # dependencies of this fixture's lock, once
        check, check_cpu, _ = timed(crate, "check")
        build, build_cpu = (float("nan"), float("nan")) if check_only else timed(crate, "build")[:2]
        env = dict(os.environ, RUSTC_BOOTSTRAP="1")
        _, _, passes = timed(crate, "rustc", "--lib", "--profile=check", rustc_args=["-Ztime-passes"], env=env)
        match = re.search(r"time:\s+([\d.]+);[^\n]*expand_crate", passes)
        expand = float(match.group(1)) if match else float("nan")
        print(f"| {count} | {check:.1f} | {check_cpu:.1f} | {build:.1f} | {build_cpu:.1f} | {expand:.2f} | "
              f"{expand / check:.0%} | {check_cpu / count:.2f} | {build_cpu / count:.2f} |", flush=True)


if __name__ == "__main__":
    main()
