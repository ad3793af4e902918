"""Issue 14: gallring and the registered person's lookup, measured inside one JVM by ./finsam bench privacy."""
from benchlib import SuiteBenchmark


class PrivacySuite(SuiteBenchmark):
    name = "privacy"
    suite = "privacy"
    runs = 3
    # gallra: plan + erasure + reclaim of 20 000 identities due among 100 000 participants (one transaction, then
    # the table compressed and the log that held them retired); person: one lookup by personnummer (its pseudonym,
    # indexed) among 100 000.
    targets = {"privacy.gallra-": 10.0, "privacy.person-": 0.2}


BENCHMARKS = [PrivacySuite()]
