package se.finsam.store;

/**
 * Another client saved something on the team server: a project (its id) or an association's own fields, by whom.
 *
 * @param kind {@code project} or {@code association}
 */
public record StoreChange(String kind, String id, String user) {
}
