package se.finsam.store;

/**
 * A backup found whole: how many files were checked, how many tables passed Derby's consistency check, and whether
 * it had a manifest (backups taken by earlier versions do not; they are checked by the consistency check alone).
 */
public record BackupVerification(int files, int tables, boolean manifest) {
}
