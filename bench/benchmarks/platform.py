"""Issue 2: workbench cold start and the CLI's start-up."""
import subprocess
import sys
import time

from benchlib import Benchmark, wall


class WorkbenchStart(Benchmark):
    """A new JVM each run, from process start until the user can work (issue 16): the store open (password from
    FINSAM_KEY, PBKDF2 included), the navigator filled with the example data's förbund, projects and participant
    counts, and painted. The time the window first stood idle is logged beside it. The data directory is reused,
    as on a user's machine; setup fills it with the example data (2 000 participants) once."""

    name = "workbench cold start (usable)"
    target = 2.5
    needs_display = True
    KEY = "bench-nyckel-start-2026"

    def setup(self, ctx):
        if not (ctx.work / "wb-data").exists():
            ctx.finsam("demo", data=ctx.work / "wb-data", env={"FINSAM_KEY": self.KEY})

    def script(self, ctx):
        return ctx.root / "finsam"

    def environment(self, ctx, **extra):
        return _env(**extra)

    def run(self, ctx):
        report = ctx.work / "startup-report.txt"
        if report.exists():
            report.unlink()
        vmargs = "-Dfinsam.startupReport=%s -Dfinsam.exitAfterStartup=true" % report
        start = time.time()
        proc = subprocess.Popen([str(self.script(ctx)), "--data", str(ctx.work / "wb-data")],
                                env=self.environment(ctx, FINSAM_VMARGS=vmargs, FINSAM_KEY=self.KEY,
                                                     FINSAM_SETTINGS=str(ctx.work / "settings.properties")),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
        times = dict(line.split("=") for line in report.read_text().split()) if report.exists() else {}
        if "usable" not in times:
            raise RuntimeError("the workbench never became usable (see %s/wb-data/.metadata/.log)" % ctx.work)
        print("bench: workbench window idle after %.2f s, usable after %.2f s"
              % (int(times.get("window", 0)) / 1000.0 - start, int(times["usable"]) / 1000.0 - start), file=sys.stderr)
        return int(times["usable"]) / 1000.0 - start


class CliVersion(Benchmark):
    """Wall time of ./finsam version, script and JVM included."""

    name = "./finsam version"
    target = 0.8

    def run(self, ctx):
        return wall(lambda: ctx.finsam("version"))


def _env(**extra):
    import os
    env = dict(os.environ)
    env.update(extra)
    return env


def _archive(ctx):
    """The Linux archive unpacked once into the work folder; its ./finsam."""
    import glob
    import subprocess
    target = ctx.work / "archive"
    if not target.exists():
        found = sorted(glob.glob(str(ctx.root / "releng/se.finsam.product/target/finsam-*-linux-x86_64.tar.gz")))
        if not found:
            raise RuntimeError("no Linux archive: ./mvnw -DskipTests -pl releng/se.finsam.product -am package")
        target.mkdir()
        subprocess.run(["tar", "-C", str(target), "-xzf", found[-1]], check=True)
    return next(target.iterdir()) / "finsam"


def _archive_env(ctx, **extra):
    """As on a machine with no JDK: no JAVA_HOME, no FINSAM_PRODUCT; the archive's own class-data cache."""
    env = _env(FINSAM_CACHE=str(ctx.work / "archive-cache"), **extra)
    for name in ("JAVA_HOME", "FINSAM_PRODUCT"):
        env.pop(name, None)
    return env


class ArchiveVersion(Benchmark):
    """./finsam version from the unpacked Linux archive on its own jlink runtime (issue 17: within 10 % of
    ./finsam version, the row above, measured in the same run)."""

    name = "./finsam version from the Linux archive"

    def setup(self, ctx):
        self.script = str(_archive(ctx))

    def run(self, ctx):
        import subprocess
        return wall(lambda: subprocess.run([self.script, "--data", str(ctx.work / "data"), "version"],
                                           env=_archive_env(ctx), check=True, stdout=subprocess.DEVNULL))


class ArchiveWorkbenchStart(WorkbenchStart):
    """The workbench cold start (usable) as above, from the unpacked Linux archive (issue 17: within 10 % of it)."""

    name = "workbench cold start (usable) from the Linux archive"
    target = None

    def setup(self, ctx):
        super().setup(ctx)
        self.archive = _archive(ctx)

    def script(self, ctx):
        return self.archive

    def environment(self, ctx, **extra):
        return _archive_env(ctx, **extra)


BENCHMARKS = [WorkbenchStart(), CliVersion(), ArchiveVersion(), ArchiveWorkbenchStart()]
