package se.finsam.store;

/**
 * One table of a copy between a data directory and a team server: its rows and a SHA-256 of their values (sealed
 * values counted as present or absent, since each side seals with its own key), the same on both sides.
 */
public record TableCheck(String table, long rows, String checksum) {
}
