"""Issue 18: team mode on a throw-away PostgreSQL server on 127.0.0.1 (Debian's postgresql, as CI installs it)."""
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


BENCHMARKS = [Migrate()]
