"""Issue 3: the store's targets, measured inside one JVM by ./finsam bench store."""
from benchlib import SuiteBenchmark


class StoreSuite(SuiteBenchmark):
    name = "store"
    suite = "store"
    runs = 5
    # save-100000 is one transaction into an empty store (Derby loads it in bulk), save-100000-beside-100000 the
    # same beside another project of 100 000 (row by row); load-5000 is loadContent of one project; the outcome
    # queries group 1 000 000 participant rows (20 associations) by exit reason and gender, all and one association.
    # backup-verify and restore (issue 15): a backup of 100 000 participants checked against its manifest, booted
    # and consistency-checked table by table; the restore does the same and swaps the copy in.
    targets = {"store.save-": 1.5, "store.load-": 0.3, "store.outcomes-all-": 1.0,
               "store.outcomes-one-association": 0.05, "store.backup-verify-": 10.0, "store.restore-": 10.0}


BENCHMARKS = [StoreSuite()]
