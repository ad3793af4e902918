"""Issue 18: team mode on a throw-away PostgreSQL server on 127.0.0.1 (Debian's postgresql, as CI installs it)."""
import subprocess
import threading

from benchlib import Benchmark, postgres_cluster, wall

KEY = {"FINSAM_KEY": "bench-nyckel-team-2026"}


class Migrate(Benchmark):
    """./finsam admin migrate of a data directory holding the demo förbund with 100 000 participants into a new,
    initialized server database: load, seal anew, insert, count and checksum every table on both sides, commit.
    A new JVM and a new database each run; the demo store is made before the clock starts."""

    name = "team: admin migrate of a 100 000-participant store (cold, wall)"
    target = 30.0
    runs = 3

    def setup(self, ctx):
        self.cluster = postgres_cluster(ctx)
        self.data = ctx.work / "team-data"
        ctx.finsam("demo", "--participants", "100000", data=self.data, env=KEY)

    def run(self, ctx):
        server = self.cluster.initialized(ctx, "migrate", self.data, KEY)
        return wall(lambda: ctx.finsam("--server", server, "admin", "migrate", "--from", str(self.data),
                                       data=self.data, env=KEY))


class Concurrency(Benchmark):
    """Ten clients (separate JVMs, ./finsam bench team-client) each open and save their own project on one server
    for 30 s as an evaluator, while two more processes render RAR's final report over and over (a new JVM each, as
    ./finsam report is). The clients start their JVMs and warm up for 90 s first, opening and saving unmeasured:
    users keep their workbench open for hours, and ten JVMs starting and compiling on two cores at the same moment
    are not what anyone waits for at an open (with 25 s of warm-up the JIT compilers of the ten JVMs still took half
    the CPU in the window: p95 of open 0.70 s instead of 0.30 s). Then all measure over the same 30 s window, in
    which the reports start. Every client must end
    well (a deadlock or a lost update is an error) and every acknowledged save must be on the server (each project
    holds the last name its client saved). The figures are the 95th percentiles of open-project and save over all
    clients' measured rounds."""

    name = "team: 10 clients and 2 reports"
    runs = 1
    CLIENTS = 10
    SECONDS = 30
    WARM_UP = 90
    OPEN = "team: open project, p95 (10 clients, 2 reports running)"
    SAVE = "team: save, p95 (10 clients, 2 reports running)"
    PASSWORD = "bench-evas-losenord-2026"

    def setup(self, ctx):
        self.cluster = postgres_cluster(ctx)
        self.data = ctx.work / "team-concurrency"
        for seed in ("1", "2"):  # two demo förbund: twelve projects, one each for ten clients
            ctx.finsam("demo", "--participants", "2000", "--seed", seed, data=self.data, env=KEY)
        self.server = self.cluster.initialized(ctx, "concurrency", self.data, KEY)
        ctx.finsam("--server", self.server, "admin", "migrate", "--from", str(self.data), data=self.data, env=KEY)
        ctx.finsam("--server", self.server, "admin", "user", "add", "bench_eva", "--role", "evaluator",
                   data=self.data, env=dict(KEY, FINSAM_NEW_PASSWORD=self.PASSWORD))
        self.as_eva = self.server.replace(self.cluster.SUPERUSER + "@", "bench_eva@")
        # both demo förbund have the same name: the reports name theirs by id
        self.association = self.cluster.query(self.server.rsplit("/", 1)[1], "SELECT MIN(ID) FROM ASSOCIATION")[0][0]

    def measure(self, ctx, runs):
        import os
        env = dict(os.environ, FINSAM_DB_PASSWORD=self.PASSWORD, **KEY)
        import time
        # One window for all: the clients start their JVMs and warm up first (a workbench is started once a day,
        # not for each open), then all measure from start_at while the reports render.
        self.start_at = time.time() + self.WARM_UP
        command = [str(ctx.root / "finsam"), "--data", str(self.data), "--server", self.as_eva, "bench", "team-client",
                   "--seconds", str(self.SECONDS), "--start-at", str(int(self.start_at * 1000))]
        clients = [subprocess.Popen(command + ["--client", str(i)], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for i in range(self.CLIENTS)]
        done = threading.Event()
        reports = [threading.Thread(target=self._reports, args=(ctx, done, i)) for i in range(2)]
        for t in reports:
            t.start()
        outputs = [c.communicate() for c in clients]
        done.set()
        for t in reports:
            t.join()
        opens, saves, last = [], [], {}
        for client, (out, err) in zip(clients, outputs):
            if client.returncode != 0:
                raise RuntimeError("a team client failed (exit %d):\n%s" % (client.returncode, err[-2000:]))
            rows = [line.split() for line in out.splitlines() if line.startswith("RESULT ")]
            opens += [float(r[2]) for r in rows if r[1] == "team.open-project"]
            saves += [float(r[2]) for r in rows if r[1] == "team.save"]
            for line in err.splitlines():
                if line.startswith("SAVED "):
                    _, project, name = line.split(" ", 2)
                    last[project] = name
        stored = dict(self.cluster.query(self.server.rsplit("/", 1)[1], "SELECT ID, NAME FROM PROJECT"))
        lost = [p for p, name in last.items() if stored.get(p) != name]
        if lost or len(last) != self.CLIENTS:
            raise RuntimeError("acknowledged saves not on the server: %s" % lost)
        print("team: %d measured rounds by %d clients, %d report renders; every acknowledged save is on the server"
              % (len(saves), self.CLIENTS, self.renders), flush=True)
        return {self.OPEN: [percentile(opens, 95)], self.SAVE: [percentile(saves, 95)]}

    renders = 0

    def _reports(self, ctx, done, i):
        import time
        time.sleep(max(0.0, self.start_at - time.time()))
        while not done.is_set():
            ctx.finsam("--server", self.server, "report", "--association", self.association, "--project", "2014:35",
                       "--template", "rar.final", "--out",
                       str(ctx.work / ("concurrent-%d.pdf" % i)), data=self.data, env=KEY,
                       check=True)
            self.renders += 1

    def target_for(self, name):
        return 0.3 if name == self.OPEN else 0.5


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


BENCHMARKS = [Migrate(), Concurrency()]
