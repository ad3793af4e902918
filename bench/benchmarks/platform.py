"""Issue 2: workbench cold start and the CLI's start-up."""
import subprocess
import time

from benchlib import Benchmark, wall


class WorkbenchStart(Benchmark):
    """A new JVM each run, from process start to the workbench's start-up-complete signal (window up, UI idle).
    The data directory is reused, as on a user's machine; the warm-up run creates it."""

    name = "workbench cold start"
    target = 2.5
    needs_display = True

    def run(self, ctx):
        report = ctx.work / "startup-report.txt"
        if report.exists():
            report.unlink()
        vmargs = "-Dfinsam.startupReport=%s -Dfinsam.exitAfterStartup=true" % report
        start = time.time()
        proc = subprocess.Popen([str(ctx.root / "finsam"), "--data", str(ctx.work / "wb-data")],
                                env=_env(FINSAM_VMARGS=vmargs, FINSAM_KEY="bench-nyckel-start-2026",
                                         FINSAM_SETTINGS=str(ctx.work / "settings.properties")), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
        if not report.exists():
            raise RuntimeError("the workbench gave no start-up signal (see %s/wb-data/.metadata/.log)" % ctx.work)
        return int(report.read_text().split()[0]) / 1000.0 - start


class CliVersion(Benchmark):
    """Wall time of ./finsam version, script and JVM included."""

    name = "./finsam version"
    target = 1.5

    def run(self, ctx):
        return wall(lambda: ctx.finsam("version"))


def _env(**extra):
    import os
    env = dict(os.environ)
    env.update(extra)
    return env


BENCHMARKS = [WorkbenchStart(), CliVersion()]
