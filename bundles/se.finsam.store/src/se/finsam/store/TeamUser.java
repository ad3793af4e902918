package se.finsam.store;

import java.util.List;

/**
 * A user of a team server: her login name (the server's), her role, and for a coordinator the diarienummer of the
 * projects she is assigned to.
 */
public record TeamUser(String name, TeamRole role, List<String> projects) {
}
