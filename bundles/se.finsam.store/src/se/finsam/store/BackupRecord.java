package se.finsam.store;

import java.time.Instant;

/** A backup the store took: when, and where it was written (it holds the data as it was then). */
public record BackupRecord(Instant takenAt, String location) {
}
