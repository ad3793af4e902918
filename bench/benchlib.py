"""Shared pieces of the benchmarks in bench/benchmarks/."""
import os
import pathlib
import subprocess
import time


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
