//! The load driver: starts each server in turn on loopback with a fresh SQLite file, seeds it,
//! and drives the same bounded closed-loop load (fixed workers, fixed time, capped request count)
//! per workload; prints requests/s, p50, p99, errors and peak RSS, and generated / baseline.
//!
//! `loadgen GENERATED_BINARY BASELINE_BINARY [SECONDS] [WORKERS] [POSTGRES_ADMIN_URL]`: with the
//! last argument each server gets a fresh PostgreSQL database on that server instead of a
//! SQLite file.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const SEED_ROWS: usize = 100;
const MAX_REQUESTS_PER_WORKER: usize = 2_000_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Workload {
    List,
    Create,
    Update,
    Mixed,
}

impl Workload {
    const ALL: [Self; 4] = [Self::List, Self::Create, Self::Update, Self::Mixed];

    fn name(self) -> &'static str {
        match self {
            Self::List => "list (limit=20)",
            Self::Create => "create",
            Self::Update => "update",
            Self::Mixed => "mixed 80% read / 20% write",
        }
    }
}

struct Server {
    child: Child,
    base: String,
    dir: std::path::PathBuf,
    postgres: Option<(String, String)>,
}

fn postgres_admin(url: &str, sql: &str) {
    use diesel::Connection as _;
    use diesel::connection::SimpleConnection as _;
    let mut conn = diesel::PgConnection::establish(url).expect("the PostgreSQL admin URL answers");
    conn.batch_execute(sql)
        .expect("the PostgreSQL admin statement runs");
}

impl Server {
    fn start(binary: &str, postgres: Option<&str>) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let dir = std::env::temp_dir().join(format!("btst-bench-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let (url, postgres) = match postgres {
            Some(admin) => {
                let name = format!("btst_bench_{}_{port}", std::process::id());
                postgres_admin(admin, &format!("CREATE DATABASE {name}"));
                let server = admin.rsplit_once('/').map_or(admin, |(server, _)| server);
                (format!("{server}/{name}"), Some((admin.to_owned(), name)))
            }
            None => (format!("sqlite://{}", dir.join("bench.db").display()), None),
        };
        // `SERVER_CPUS=1` pins the server to those CPUs (via `taskset`, which execs it: same pid),
        // away from the driver, so the two do not take turns on one core.
        let mut command = match std::env::var("SERVER_CPUS") {
            Ok(cpus) => {
                let mut command = Command::new("taskset");
                command.args(["-c", &cpus, binary]);
                command
            }
            Err(_) => Command::new(binary),
        };
        let child = command
            .env("DATABASE_URL", url)
            .env("HOST", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            dir,
            postgres,
        };
        let agent = agent();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !agent
            .get(format!("{}/health", server.base))
            .call()
            .is_ok_and(|response| response.status().as_u16() == 200)
        {
            assert!(Instant::now() < deadline, "{binary} did not answer /health");
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    fn peak_rss_kib(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|status| {
                status
                    .lines()
                    .find(|line| line.starts_with("VmHWM:"))
                    .and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin, name)) = &self.postgres {
            postgres_admin(
                admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build(),
    )
}

fn post(agent: &ureq::Agent, base: &str, body: &str) -> Result<(u16, String), ureq::Error> {
    let mut response = agent
        .post(format!("{base}/api/data/todos"))
        .header("content-type", "application/json")
        .send(body)?;
    Ok((
        response.status().as_u16(),
        response.body_mut().read_to_string()?,
    ))
}

fn seed(base: &str) -> Vec<String> {
    let agent = agent();
    (0..SEED_ROWS)
        .map(|index| {
            let (status, body) =
                post(&agent, base, &format!(r#"{{"title":"seed {index}"}}"#)).expect("seeds");
            assert_eq!(status, 201, "{body}");
            let value: serde_json::Value = serde_json::from_str(&body).expect("json");
            value["id"].as_str().expect("id").to_owned()
        })
        .collect()
}

/// One request of `workload`; `counter` varies the request. Whether it succeeded (2xx).
fn request(
    agent: &ureq::Agent,
    base: &str,
    ids: &[String],
    workload: Workload,
    counter: u64,
) -> bool {
    let pick = usize::try_from(counter).unwrap_or(0);
    let kind = match workload {
        Workload::Mixed => match counter % 10 {
            0 => Workload::Create,
            1 => Workload::Update,
            _ => Workload::List,
        },
        other => other,
    };
    let outcome = match kind {
        Workload::List => agent
            .get(format!("{base}/api/data/todos?limit=20"))
            .call()
            .and_then(|mut response| {
                response
                    .body_mut()
                    .read_to_string()
                    .map(|_| response.status().as_u16())
            }),
        Workload::Create => {
            post(agent, base, &format!(r#"{{"title":"load {counter}"}}"#)).map(|(status, _)| status)
        }
        Workload::Update | Workload::Mixed => {
            let id = &ids[pick % ids.len()];
            agent
                .put(format!("{base}/api/data/todos/{id}"))
                .header("content-type", "application/json")
                .send(format!(r#"{{"completed":{}}}"#, counter.is_multiple_of(2)))
                .and_then(|mut response| {
                    response
                        .body_mut()
                        .read_to_string()
                        .map(|_| response.status().as_u16())
                })
        }
    };
    matches!(outcome, Ok(200..=299))
}

struct Measured {
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
    peak_rss_kib: u64,
}

fn drive(
    binary: &str,
    workload: Workload,
    seconds: u64,
    workers: usize,
    postgres: Option<&str>,
) -> Measured {
    let server = Server::start(binary, postgres);
    let ids = Arc::new(seed(&server.base));
    let run = |duration: Duration| {
        let stop = Arc::new(AtomicBool::new(false));
        let errors = Arc::new(AtomicU64::new(0));
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (stop, errors, ids, base) = (
                    stop.clone(),
                    errors.clone(),
                    ids.clone(),
                    server.base.clone(),
                );
                std::thread::spawn(move || {
                    let agent = agent();
                    let mut latencies = Vec::new();
                    let mut counter = (worker * MAX_REQUESTS_PER_WORKER) as u64;
                    while !stop.load(Ordering::Relaxed) && latencies.len() < MAX_REQUESTS_PER_WORKER
                    {
                        let started = Instant::now();
                        if !request(&agent, &base, &ids, workload, counter) {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                        latencies.push(started.elapsed());
                        counter += 1;
                    }
                    latencies
                })
            })
            .collect();
        let started = Instant::now();
        std::thread::sleep(duration);
        stop.store(true, Ordering::Relaxed);
        let mut latencies: Vec<Duration> = handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("worker"))
            .collect();
        let elapsed = started.elapsed();
        latencies.sort_unstable();
        (latencies, elapsed, errors.load(Ordering::Relaxed))
    };
    run(Duration::from_secs(1));
    let (latencies, elapsed, errors) = run(Duration::from_secs(seconds));
    let percentile = |p: f64| {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss,
            reason = "an index into a sample"
        )]
        let index = ((latencies.len() as f64 - 1.0) * p).round() as usize;
        latencies
            .get(index)
            .map_or(0.0, |latency| latency.as_secs_f64() * 1000.0)
    };
    #[expect(clippy::cast_precision_loss, reason = "a request count")]
    let requests_per_second = latencies.len() as f64 / elapsed.as_secs_f64();
    Measured {
        requests_per_second,
        p50_ms: percentile(0.50),
        p99_ms: percentile(0.99),
        errors,
        peak_rss_kib: server.peak_rss_kib(),
    }
}

/// The run with the median throughput (its own latencies and RSS kept together; the upper of the
/// two middle runs when the count is even, for both servers alike).
fn median_run(mut runs: Vec<Measured>) -> Measured {
    runs.sort_by(|a, b| a.requests_per_second.total_cmp(&b.requests_per_second));
    runs.swap_remove(runs.len() / 2)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(generated), Some(baseline)) = (args.get(1), args.get(2)) else {
        eprintln!(
            "usage: loadgen GENERATED_BINARY BASELINE_BINARY [SECONDS] [WORKERS] [POSTGRES_ADMIN_URL]"
        );
        std::process::exit(2);
    };
    let seconds = args
        .get(3)
        .and_then(|value| value.parse().ok())
        .unwrap_or(5);
    let workers = args
        .get(4)
        .and_then(|value| value.parse().ok())
        .unwrap_or(8);
    let postgres = args.get(5).map(String::as_str);
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(4)
        .max(2);
    let database = if postgres.is_some() {
        "PostgreSQL database"
    } else {
        "SQLite file"
    };
    println!(
        "{workers} workers, {seconds} s per workload after 1 s of warm-up, {SEED_ROWS} seeded rows, fresh server and {database} each time; \
         {rounds} rounds alternating which server goes first, the median round shown\n"
    );
    println!("| workload | server | req/s | p50 ms | p99 ms | errors | peak RSS MiB |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    let mut ratios = Vec::new();
    for workload in Workload::ALL {
        let (mut generated_runs, mut baseline_runs) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            // Alternate which server goes first, so drift over time favours neither.
            if round % 2 == 0 {
                generated_runs.push(drive(generated, workload, seconds, workers, postgres));
                baseline_runs.push(drive(baseline, workload, seconds, workers, postgres));
            } else {
                baseline_runs.push(drive(baseline, workload, seconds, workers, postgres));
                generated_runs.push(drive(generated, workload, seconds, workers, postgres));
            }
        }
        let generated_run = median_run(generated_runs);
        let baseline_run = median_run(baseline_runs);
        for (name, run) in [("generated", &generated_run), ("baseline", &baseline_run)] {
            #[expect(clippy::cast_precision_loss, reason = "KiB to MiB for display")]
            let rss = run.peak_rss_kib as f64 / 1024.0;
            println!(
                "| {} | {name} | {:.0} | {:.2} | {:.2} | {} | {rss:.1} |",
                workload.name(),
                run.requests_per_second,
                run.p50_ms,
                run.p99_ms,
                run.errors
            );
        }
        ratios.push((
            workload,
            generated_run.requests_per_second / baseline_run.requests_per_second,
            generated_run.p99_ms / baseline_run.p99_ms,
        ));
    }
    println!("\n| workload | throughput generated / baseline | p99 generated / baseline |");
    println!("|---|---:|---:|");
    for (workload, throughput, p99) in ratios {
        println!("| {} | {throughput:.3} | {p99:.3} |", workload.name());
    }
}
