//! The load driver: each round starts both servers on loopback, each with a fresh SQLite file,
//! seeds them, and drives them in turn, 50 ms at a time, with the same bounded closed-loop load
//! (fixed workers, capped request count) per workload. It prints requests/s, p50, p99, errors,
//! peak RSS, the server's CPU time and context switches per request, and generated / baseline
//! with the spread of the rounds. Interleaving short slices puts the machine's drift (other
//! tenants, the host's frequency) on both servers alike; separate runs of a few seconds each
//! differed by as much as the gap being measured. How short: a server measured against a copy of
//! itself (`CONTROL=1 bench/run`) gave per-round ratios of 0.83-1.22 with 2 s slices,
//! 0.88-1.09 with 500 ms and 0.96-1.04 with 50 ms on the 2-core test machine.
//!
//! `loadgen GENERATED_BINARY BASELINE_BINARY [SECONDS] [WORKERS] [POSTGRES_ADMIN_URL]`: with the
//! last argument each server gets a fresh PostgreSQL database on that server instead of a
//! SQLite file.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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

    /// The server's CPU time so far (user + system, all threads) and its context switches
    /// (voluntary + involuntary, summed over its threads).
    fn usage(&self) -> Usage {
        Usage::of(&format!("/proc/{}", self.child.id()))
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

/// CPU time and context switches of a process, from `/proc`.
#[derive(Clone, Copy, Default)]
struct Usage {
    cpu: Duration,
    switches: u64,
}

impl Usage {
    /// Of the process whose `/proc` directory is `proc` (`/proc/self` for the driver).
    fn of(proc: &str) -> Self {
        // Fields 14 and 15 of `stat` (after the parenthesised command name) are utime and stime
        // in clock ticks; Linux reports them in USER_HZ, which is 100 on every mainstream build.
        const TICKS_PER_SECOND: u64 = 100;
        let ticks = std::fs::read_to_string(format!("{proc}/stat"))
            .ok()
            .and_then(|stat| {
                let fields: Vec<u64> = stat
                    .rsplit_once(')')?
                    .1
                    .split_whitespace()
                    .skip(11)
                    .take(2)
                    .filter_map(|field| field.parse().ok())
                    .collect();
                Some(fields.iter().sum::<u64>())
            })
            .unwrap_or(0);
        let switches = std::fs::read_dir(format!("{proc}/task"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|task| std::fs::read_to_string(task.path().join("status")).ok())
            .flat_map(|status| {
                status
                    .lines()
                    .filter(|line| line.contains("ctxt_switches:"))
                    .filter_map(|line| line.split_whitespace().nth(1)?.parse::<u64>().ok())
                    .collect::<Vec<_>>()
            })
            .sum();
        Self {
            cpu: Duration::from_millis(ticks * 1000 / TICKS_PER_SECOND),
            switches,
        }
    }

    fn add(&mut self, other: Self) {
        self.cpu += other.cpu;
        self.switches += other.switches;
    }

    fn since(self, earlier: Self) -> Self {
        Self {
            cpu: self.cpu.saturating_sub(earlier.cpu),
            switches: self.switches.saturating_sub(earlier.switches),
        }
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

/// `ACCEPT_ENCODING` (say `gzip`), sent with every request of the load when set: what
/// compression costs a server whose clients accept it. Bodies are read as bytes, not decoded.
fn accept_encoding() -> Option<&'static str> {
    static VALUE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    VALUE
        .get_or_init(|| {
            std::env::var("ACCEPT_ENCODING")
                .ok()
                .filter(|value| !value.is_empty())
        })
        .as_deref()
}

fn post(agent: &ureq::Agent, base: &str, body: &str) -> Result<(u16, String), ureq::Error> {
    let mut request = agent
        .post(format!("{base}/api/data/todos"))
        .header("content-type", "application/json");
    if let Some(encoding) = accept_encoding() {
        // The seed reads the id from the body, so only bodies too small to compress are read
        // as text: a create's answer is under the servers' 1 KiB threshold.
        request = request.header("accept-encoding", encoding);
    }
    let mut response = request.send(body)?;
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
        Workload::List => {
            let mut get = agent.get(format!("{base}/api/data/todos?limit=20"));
            if let Some(encoding) = accept_encoding() {
                get = get.header("accept-encoding", encoding);
            }
            get.call().and_then(|mut response| {
                response
                    .body_mut()
                    .read_to_vec()
                    .map(|_| response.status().as_u16())
            })
        }
        Workload::Create => {
            post(agent, base, &format!(r#"{{"title":"load {counter}"}}"#)).map(|(status, _)| status)
        }
        Workload::Update | Workload::Mixed => {
            let id = &ids[pick % ids.len()];
            let mut put = agent
                .put(format!("{base}/api/data/todos/{id}"))
                .header("content-type", "application/json");
            if let Some(encoding) = accept_encoding() {
                put = put.header("accept-encoding", encoding);
            }
            put.send(format!(r#"{{"completed":{}}}"#, counter.is_multiple_of(2)))
                .and_then(|mut response| {
                    response
                        .body_mut()
                        .read_to_vec()
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
    /// The server's CPU time per request, in microseconds.
    server_cpu_us: f64,
    /// The server's context switches per request.
    server_switches: f64,
    /// The driver's CPU time over the wall time: near 1.0 means the driver's core was saturated.
    driver_busy: f64,
    /// The share of the machine's CPU time the hypervisor gave to other guests (`steal` in
    /// `/proc/stat`): high values mean the figures measure the neighbours as much as the server.
    steal: f64,
}

/// What the driver does in one phase of a round.
#[derive(Clone, Copy)]
struct Phase {
    server: usize,
    measured: bool,
    length: Duration,
}

/// Each server's 1 s of warm-up, then `slices` pairs of measured slices, the order alternating.
fn schedule(slices: u128, slice: Duration) -> Vec<Phase> {
    let mut phases = vec![
        Phase {
            server: 0,
            measured: false,
            length: Duration::from_secs(1),
        },
        Phase {
            server: 1,
            measured: false,
            length: Duration::from_secs(1),
        },
    ];
    for pair in 0..slices {
        let first = usize::from(pair % 2 == 1);
        for server in [first, 1 - first] {
            phases.push(Phase {
                server,
                measured: true,
                length: slice,
            });
        }
    }
    phases
}

/// One round: starts both servers (fresh databases), seeds them, warms each up for 1 s, then
/// drives them in turn, `slice` at a time (the order alternating every pair), until each has had
/// `seconds` of load. Slow drift in the machine (other tenants, frequency, the page cache) lands
/// on both servers alike. Returns each server's figures, in the order of `binaries`.
fn round(
    binaries: [&str; 2],
    workload: Workload,
    seconds: u64,
    slice: Duration,
    workers: usize,
    postgres: Option<&str>,
) -> [Measured; 2] {
    let servers = binaries.map(|binary| Server::start(binary, postgres));
    let bases: Arc<[String; 2]> = Arc::new([servers[0].base.clone(), servers[1].base.clone()]);
    let ids: Arc<[Vec<String>; 2]> = Arc::new([seed(&bases[0]), seed(&bases[1])]);
    let slices = (Duration::from_secs(seconds).as_millis() / slice.as_millis().max(1)).max(1);
    let phases = schedule(slices, slice);
    // The phase the workers are in; `phases.len()` tells them to stop.
    let current = Arc::new(AtomicUsize::new(0));
    let server_of: Arc<[usize]> = phases.iter().map(|phase| phase.server).collect();
    let handles: Vec<_> = (0..workers)
        .map(|worker| {
            let (current, server_of, bases, ids) = (
                current.clone(),
                server_of.clone(),
                bases.clone(),
                ids.clone(),
            );
            std::thread::spawn(move || {
                let agents = [agent(), agent()];
                // (phase, latency, succeeded) of each request, by the phase it started in.
                let mut requests = Vec::new();
                let mut counter = (worker * MAX_REQUESTS_PER_WORKER) as u64;
                loop {
                    let phase = current.load(Ordering::Acquire);
                    let Some(&server) = server_of.get(phase) else {
                        break;
                    };
                    if requests.len() >= MAX_REQUESTS_PER_WORKER {
                        break;
                    }
                    let started = Instant::now();
                    let ok = request(
                        &agents[server],
                        &bases[server],
                        &ids[server],
                        workload,
                        counter,
                    );
                    requests.push((phase, started.elapsed(), ok));
                    counter += 1;
                }
                requests
            })
        })
        .collect();
    let mut time = [Duration::ZERO; 2];
    let mut server_usage = [Usage::default(); 2];
    let mut driver_usage = [Usage::default(); 2];
    let mut steal = [(0, 0); 2];
    for (index, phase) in phases.iter().enumerate() {
        current.store(index, Ordering::Release);
        let (server_before, driver_before, steal_before) = (
            servers[phase.server].usage(),
            Usage::of("/proc/self"),
            steal_ticks(),
        );
        let started = Instant::now();
        std::thread::sleep(phase.length);
        if phase.measured {
            time[phase.server] += started.elapsed();
            server_usage[phase.server].add(servers[phase.server].usage().since(server_before));
            driver_usage[phase.server].add(Usage::of("/proc/self").since(driver_before));
            let (stolen, total) = steal_ticks();
            steal[phase.server].0 += stolen.saturating_sub(steal_before.0);
            steal[phase.server].1 += total.saturating_sub(steal_before.1);
        }
    }
    current.store(phases.len(), Ordering::Release);
    let mut latencies = [Vec::new(), Vec::new()];
    let mut errors = [0u64; 2];
    for handle in handles {
        for (phase, latency, ok) in handle.join().expect("worker") {
            let phase = phases[phase];
            if phase.measured {
                latencies[phase.server].push(latency);
                errors[phase.server] += u64::from(!ok);
            }
        }
    }
    [0, 1].map(|server| {
        summarise(
            std::mem::take(&mut latencies[server]),
            time[server],
            errors[server],
            servers[server].peak_rss_kib(),
            server_usage[server],
            driver_usage[server],
            steal[server],
        )
    })
}

/// The machine's stolen and total CPU ticks so far (the first line of `/proc/stat`).
fn steal_ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|field| field.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already
    // counted in user and nice.
    (
        ticks.get(7).copied().unwrap_or(0),
        ticks.iter().take(8).sum(),
    )
}

/// One server's figures from its requests' latencies over `time` of load.
fn summarise(
    mut latencies: Vec<Duration>,
    time: Duration,
    errors: u64,
    peak_rss_kib: u64,
    server_usage: Usage,
    driver_usage: Usage,
    (stolen, total): (u64, u64),
) -> Measured {
    latencies.sort_unstable();
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
    #[expect(clippy::cast_precision_loss, reason = "counts")]
    let (requests, switches) = (latencies.len().max(1) as f64, server_usage.switches as f64);
    let seconds = time.as_secs_f64();
    Measured {
        requests_per_second: requests / seconds,
        p50_ms: percentile(0.50),
        p99_ms: percentile(0.99),
        errors,
        peak_rss_kib,
        server_cpu_us: server_usage.cpu.as_secs_f64() * 1e6 / requests,
        server_switches: switches / requests,
        driver_busy: driver_usage.cpu.as_secs_f64() / seconds,
        #[expect(clippy::cast_precision_loss, reason = "tick counts")]
        steal: stolen as f64 / total.max(1) as f64,
    }
}

/// The median of `values` (the upper middle one when the count is even).
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The median-throughput round of each server, as table rows.
fn print_rows(workload: Workload, runs: &[[Measured; 2]]) {
    for (index, name) in ["generated", "baseline"].into_iter().enumerate() {
        let median_throughput = median(
            runs.iter()
                .map(|pair| pair[index].requests_per_second)
                .collect(),
        );
        let Some(run) = runs.iter().map(|pair| &pair[index]).find(|run| {
            run.requests_per_second
                .total_cmp(&median_throughput)
                .is_eq()
        }) else {
            continue;
        };
        #[expect(clippy::cast_precision_loss, reason = "KiB to MiB for display")]
        let rss = run.peak_rss_kib as f64 / 1024.0;
        println!(
            "| {} | {name} | {:.0} | {:.2} | {:.2} | {} | {rss:.1} | {:.1} | {:.2} | {:.2} | {:.0}% |",
            workload.name(),
            run.requests_per_second,
            run.p50_ms,
            run.p99_ms,
            run.errors,
            run.server_cpu_us,
            run.server_switches,
            run.driver_busy,
            run.steal * 100.0
        );
    }
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
    let setting = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let rounds = usize::try_from(setting("ROUNDS", 3)).unwrap_or(3).max(1);
    let slice = Duration::from_millis(setting("SLICE_MS", 50).max(10));
    let only = std::env::var("WORKLOADS").unwrap_or_default();
    let database = if postgres.is_some() {
        "PostgreSQL database"
    } else {
        "SQLite file"
    };
    println!(
        "{workers} workers; {rounds} rounds, each on fresh servers and a fresh {database} per server with \
         {SEED_ROWS} seeded rows: 1 s of warm-up each, then the two servers in turn, {} ms at a time, \
         {seconds} s each; per server the round with the median throughput is shown, and each ratio is \
         the median of the rounds' ratios\n",
        slice.as_millis()
    );
    println!(
        "| workload | server | req/s | p50 ms | p99 ms | errors | peak RSS MiB | server CPU µs/req | server switches/req | driver busy | host steal |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut ratios = Vec::new();
    for workload in Workload::ALL {
        if !only.is_empty()
            && !only
                .split(',')
                .any(|name| workload.name().starts_with(name))
        {
            continue;
        }
        let runs: Vec<[Measured; 2]> = (0..rounds)
            .map(|_| {
                round(
                    [generated, baseline],
                    workload,
                    seconds,
                    slice,
                    workers,
                    postgres,
                )
            })
            .collect();
        let per_round = |figure: fn(&Measured) -> f64| -> Vec<f64> {
            runs.iter().map(|[g, b]| figure(g) / figure(b)).collect()
        };
        let throughputs = per_round(|run| run.requests_per_second);
        let (lowest, highest) = throughputs
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), &ratio| {
                (low.min(ratio), high.max(ratio))
            });
        ratios.push((
            workload,
            median(throughputs),
            (lowest, highest),
            median(per_round(|run| run.p99_ms)),
            median(per_round(|run| run.server_cpu_us)),
        ));
        print_rows(workload, &runs);
    }
    println!(
        "\n| workload | throughput generated / baseline | lowest - highest round | p99 generated / baseline | server CPU per request generated / baseline |"
    );
    println!("|---|---:|---:|---:|---:|");
    for (workload, throughput, (lowest, highest), p99, cpu) in ratios {
        println!(
            "| {} | {throughput:.3} | {lowest:.3} - {highest:.3} | {p99:.3} | {cpu:.3} |",
            workload.name()
        );
    }
}
