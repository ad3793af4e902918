package se.finsam.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database a {@link JdbcStore} runs on: embedded Derby in a data location ({@link DerbyEngine}) or a shared
 * PostgreSQL server in team mode ({@link PostgresEngine}). What is the same on both — every query, save and
 * migration — is in the store; what only one of them can do is here.
 */
interface Engine {

	/** A new connection (autocommit on); the caller closes it. */
	Connection connection() throws SQLException;

	SqlDialect dialect();

	/** An online backup into a new folder under {@code directory}; recorded by the store. */
	Path backup(Connection c, Path directory);

	/** What a power user's report design may read (see {@link se.finsam.store.Store#designConnection()}). */
	Connection designConnection() throws SQLException;

	/**
	 * Who saved the project last and when ("eva", "2026-12-02 14:05"), where the engine knows it (a team server
	 * records it itself); empty on the embedded store, which one person uses.
	 */
	default java.util.Optional<String[]> lastSave(Connection c, String projectId) throws SQLException {
		return java.util.Optional.empty();
	}

	/** The changes the engine recorded itself (a team server's audit trail); empty when it records none. */
	default java.util.List<se.finsam.store.ChangeEntry> changes(Connection c) throws SQLException {
		return java.util.List.of();
	}

	/** See {@link se.finsam.store.Store#watch}. */
	default AutoCloseable watch(java.util.function.Consumer<se.finsam.store.StoreChange> listener) {
		return () -> {
		};
	}

	/** See {@link se.finsam.store.Store#editing}. */
	default AutoCloseable editing(String projectId) {
		return () -> {
		};
	}

	/**
	 * Refuses, in the import's transaction, an import into a project that another user has unsaved edits of; the
	 * embedded store has one user.
	 */
	default void refuseImport(Connection c, java.util.Collection<se.finsam.model.Project> projects)
			throws SQLException {
	}

	/** Whether saves publish figures for readers ({@link se.finsam.store.FiguresForReaders}): a team server's. */
	default boolean publishesFigures() {
		return false;
	}

	/**
	 * Stores a project's figures for readers, replacing the last, if the project is still at {@code revision};
	 * only where {@link #publishesFigures()}.
	 */
	default void publish(Connection c, String projectId, long revision, String content) throws SQLException {
	}

	/** Releases the database (Derby shuts down and unlocks its folder). */
	void close();
}
