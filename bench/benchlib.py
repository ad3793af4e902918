"""Shared pieces of the benchmarks in bench/benchmarks/."""
import glob
import os
import pathlib
import shutil
import subprocess
import sys
import time

PRODUCT = "releng/se.finsam.product/target/products/se.finsam.product/linux/gtk/x86_64"
REPOSITORY = "releng/se.finsam.repository/target/repository"
BENCH_PRODUCT = "releng/se.finsam.product/target/bench-product"
BENCH_FEATURE = "se.finsam.bench.feature.feature.group"


def bench_product(root):
    """The product with the benchmark feature (se.finsam.bench.feature) installed by the p2 director from our p2
    repository, as a förbund would install a plug-in: a copy, so the product itself never carries the benchmarks.
    Built when the product or the repository is missing or older than the sources; reused otherwise. The sources
    include ./finsam, which the Linux archive carries (releng/scripts/archives.sh): the archive's rows measure it."""
    root = pathlib.Path(root)
    product, repository, target = root / PRODUCT, root / REPOSITORY, root / BENCH_PRODUCT
    sources = [p for d in ("bundles", "features", "releng", "targetplatform") for p in (root / d).rglob("*")
               if p.is_file() and "/target/" not in str(p) and "/bin/" not in str(p)] + [root / "finsam"]
    newest = max(p.stat().st_mtime for p in sources)
    built = [product / "configuration" / "config.ini", repository / "content.jar"]
    if any(not p.exists() or p.stat().st_mtime < newest for p in built):
        print("bench: building the product and the p2 repository ...", file=sys.stderr, flush=True)
        build = subprocess.run([str(root / "mvnw"), "-q", "-DskipTests", "-pl",
                                "releng/se.finsam.product,releng/se.finsam.repository", "-am", "package"],
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if build.returncode != 0:
            # Maven's own last lines say why (a traceback of this script would not).
            raise SystemExit("bench: the build failed (%s package, exit %d):\n%s"
                             % (root / "mvnw", build.returncode, "\n".join(build.stdout.splitlines()[-40:])))
    stamp = target / ".built-from"
    source_time = "%f" % max(p.stat().st_mtime for p in built)
    if stamp.exists() and stamp.read_text() == source_time:
        return target
    print("bench: installing %s into a copy of the product ..." % BENCH_FEATURE, file=sys.stderr, flush=True)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(product, target, symlinks=True)
    launcher = glob.glob(str(target / "plugins" / "org.eclipse.equinox.launcher_*.jar"))[0]
    java = os.path.join(_java_home(root), "bin", "java")
    director = subprocess.run([java, "-jar", launcher, "-nosplash", "-configuration", str(target / "configuration"),
                               "-application", "org.eclipse.equinox.p2.director", "-repository", repository.as_uri(),
                               "-installIU", BENCH_FEATURE, "-destination", str(target), "-profile", "DefaultProfile"],
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if director.returncode != 0:
        raise RuntimeError("the p2 director could not install %s:\n%s" % (BENCH_FEATURE, director.stdout))
    stamp.write_text(source_time)
    return target


def _java_home(root):
    """The JDK ./finsam uses (releng/scripts/java.sh finds a 21+)."""
    out = subprocess.run(["bash", "-c", ". '%s/releng/scripts/java.sh' && finsam_find_java && echo \"$FINSAM_JAVA_HOME\""
                          % root], check=True, text=True, stdout=subprocess.PIPE)
    return out.stdout.strip().splitlines()[-1]


class Context:
    """Where things are: the repository root and a scratch directory removed after the run."""

    def __init__(self, root, work):
        self.root = pathlib.Path(root)
        self.work = pathlib.Path(work)

    def finsam(self, *args, data=None, env=None, check=True, capture=False):
        """Runs ./finsam; returns the CompletedProcess."""
        full_env = dict(os.environ)
        full_env.update(env or {})
        command = [str(self.root / "finsam"), "--data", str(data or self.work / "data")] + list(args)
        return subprocess.run(command, env=full_env, check=check, text=True,
                              stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                              stderr=subprocess.PIPE if capture else None)


class Benchmark:
    """One measured thing. run() returns one measurement in `unit`; target is the issue's limit (or None)."""

    name = "?"
    unit = "s"
    target = None
    runs = None  # None: the --runs of the command line
    needs_display = False

    def setup(self, ctx):
        pass

    def run(self, ctx):
        raise NotImplementedError

    def measure(self, ctx, runs):
        """{name: [values]}: one warm-up run, not counted, then `runs` measured ones."""
        self.run(ctx)
        return {self.name: [self.run(ctx) for _ in range(runs)]}

    def target_for(self, name):
        return self.target


class ResultsBenchmark(Benchmark):
    """A benchmark whose one process reports several results as "RESULT name seconds" lines. `targets` maps result
    names (prefixes) to the issue's limits."""

    targets = {}

    @staticmethod
    def parse(text):
        results = {}
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "RESULT":
                results.setdefault(parts[1], []).append(float(parts[2]))
        return results

    def target_for(self, name):
        for prefix, target in self.targets.items():
            if name.startswith(prefix):
                return target
        return None


class SuiteBenchmark(ResultsBenchmark):
    """A suite of `./finsam bench SUITE`: one JVM does its own warm-up and prints its results."""

    suite = "?"
    options = ()

    def measure(self, ctx, runs):
        proc = ctx.finsam("bench", self.suite, "--runs", str(runs), *self.options, capture=True,
                          env={"FINSAM_VMARGS": "-Xmx3g"})
        results = self.parse(proc.stdout)
        if not results:
            raise RuntimeError("suite %s printed no results:\n%s" % (self.suite, proc.stderr))
        return results


def libreoffice(ctx, convert_to, document, runs):
    """Seconds LibreOffice (a cold soffice process each time, as forbund use it today) needs to convert the document,
    up to 3 runs; None when it is not installed or the document is missing."""
    import shutil
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not document.exists():
        return None
    times = []
    for _ in range(max(1, min(runs, 3))):
        start = time.perf_counter()
        subprocess.run([soffice, "--headless", "--convert-to", convert_to, "--outdir", str(ctx.work / "lo"),
                        str(document)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def wall(fn):
    """Seconds that fn() takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


class PostgresCluster:
    """A throw-away PostgreSQL server on a free port of 127.0.0.1 (Debian's server programs), its superuser
    `finsam` trusted from there, as the tests' se.finsam.testing.PostgresCluster makes one. As root the server runs
    as nobody."""

    SUPERUSER = "finsam"

    def __init__(self, work):
        import socket
        versions = sorted(pathlib.Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not versions:
            raise RuntimeError("PostgreSQL's server is not installed (apt-get install postgresql)")
        self.bin = versions[-1].parent
        self.folder = pathlib.Path(work) / "pg"
        self.folder.mkdir(parents=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.as_nobody = os.geteuid() == 0
        if self.as_nobody:
            os.chmod(work, 0o755)
            os.chown(self.folder, 65534, 65534)
        self._server([str(self.bin / "initdb"), "-D", str(self.folder / "data"), "-U", self.SUPERUSER, "--auth=trust",
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        self._server([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-w", "-l", str(self.folder / "log"),
                      "-o", "-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off" % (self.port, self.folder),
                      "start"])

    def _server(self, command):
        if self.as_nobody:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def sql(self, database, statement):
        subprocess.run([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.SUPERUSER, "-d",
                        database, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", statement], check=True,
                       stdout=subprocess.DEVNULL)

    def query(self, database, statement):
        """Rows of a query as the superuser, each a list of its columns."""
        out = subprocess.run([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.SUPERUSER,
                              "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt", "-F", "\t", "-c", statement],
                             check=True, stdout=subprocess.PIPE, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def address(self, database):
        return "postgresql://%s@127.0.0.1:%d/%s" % (self.SUPERUSER, self.port, database)

    def initialized(self, ctx, prefix, data, env):
        """A new database set up for Finsam (./finsam admin init with the key in env); its address."""
        self.count = getattr(self, "count", 0) + 1
        database = "%s%d" % (prefix, self.count)
        self.sql("postgres", "CREATE DATABASE " + database)
        server = self.address(database)
        ctx.finsam("--server", server, "admin", "init", data=data, env=env)
        return server

    def stop(self):
        self._server([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"])


_cluster = None


def postgres_cluster(ctx):
    """The run's one cluster, started on first use; ./bench/run stops it before removing its folder."""
    global _cluster
    if _cluster is None:
        _cluster = PostgresCluster(ctx.work)
    return _cluster


def stop_postgres_cluster():
    global _cluster
    if _cluster is not None:
        _cluster.stop()
        _cluster = None
