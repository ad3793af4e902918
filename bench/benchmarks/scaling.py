"""Issue 16: how cost grows, measured inside one JVM by ./finsam bench scaling. Each step should cost at most about
ten times the one below it; the peak heap and the peak resident set (RSS) of each step are printed beside the
table."""
from benchlib import SuiteBenchmark


class ScalingSuite(SuiteBenchmark):
    name = "scaling"
    suite = "scaling"
    runs = 3
    # save and import at 10 000 / 100 000 participants (add "--participants 1000000" for the next step), RAR's final
    # report at 200 / 2 000 / 20 000, statistics of 1 / 10 / 100 projects of 10 000 (a million participants in
    # memory: -Xmx6g).
    targets = {}

    def measure(self, ctx, runs):
        proc = ctx.finsam("bench", self.suite, "--runs", str(runs), capture=True, env={"FINSAM_VMARGS": "-Xmx6g"})
        results = self.parse(proc.stdout)
        peaks, rss = {}, {}
        for line in proc.stderr.splitlines():
            if line.startswith("PEAK "):
                parts = line.split()
                name = parts[1]
                peaks[name] = max(peaks.get(name, 0), int(parts[2]))
                if len(parts) > 3 and parts[3].isdigit():
                    rss[name] = max(rss.get(name, 0), int(parts[3]))
        median = {name: sorted(times)[len(times) // 2] for name, times in results.items()}

        def size(name):  # "scaling.save-100000" -> 100000; "scaling.stats-10x10000" -> 10
            return int(name.rsplit("-", 1)[1].split("x")[0])

        names = sorted(results, key=lambda n: (n.rsplit("-", 1)[0], size(n)))
        for name in names:
            print("scaling: %-28s median %7.3f s, peak heap %5s MB, peak RSS %5s MB"
                  % (name, median[name], peaks.get(name, "?"), rss.get(name, "?")))
        for small, large in zip(names, names[1:]):
            if small.rsplit("-", 1)[0] == large.rsplit("-", 1)[0] and median[small] > 0:
                print("scaling: %s / %s = %.1f (x%d the size)"
                      % (large, small, median[large] / median[small], size(large) // size(small)))
        return results


BENCHMARKS = [ScalingSuite()]
