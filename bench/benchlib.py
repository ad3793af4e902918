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

    def target_text(self):
        return "-" if self.target is None else "<= %g %s" % (self.target, self.unit)


def wall(fn):
    """Seconds that fn() takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
