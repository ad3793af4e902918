package se.finsam.store;

import java.time.LocalDate;

import se.finsam.model.ProjectKind;

/** A project as listed: what {@code ./finsam list projects} prints. */
public record ProjectSummary(String id, String diarienummer, String name, ProjectKind kind, LocalDate start,
		LocalDate end, int participants) {
}
