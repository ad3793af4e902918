"""Issue 7: the socio-economic calculations, measured by ./finsam bench calc."""
from benchlib import SuiteBenchmark


class CalcSuite(SuiteBenchmark):
    """The individual-level evaluation of 100 000 participants (situations at start and exit already loaded) and a
    sensitivity table of 10 assumptions x 5 values over a three-group type case."""

    name = "calc"
    suite = "calc"
    runs = 5
    targets = {"calc.individual-": 0.1, "calc.sensitivity-": 0.05}


BENCHMARKS = [CalcSuite()]
