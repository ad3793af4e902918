package se.finsam.store;

/** An association as listed: its id and name. */
public record AssociationSummary(String id, String name) {
}
