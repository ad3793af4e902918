package se.finsam.store.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import se.finsam.model.Project;

/**
 * Saves rewrite a project's small child tables whole (its parties, periods and goals; its budget; its documents).
 * Most saves change none of them, and on a team server each rewritten row costs a row trigger of the audit trail
 * twice over. So a part is first written to a recording, and rewritten only when what it would write differs from
 * what the same project object last read or wrote at the same revision: the revision check of the project's own row
 * (a stale save writes nothing) guarantees the stored rows are still those. The comparison is of every value bound,
 * exactly; nothing is remembered of a transaction that did not commit.
 */
final class UnchangedRows {

	/** Writes a part's rows with plain inserts on the given connection. */
	interface Insert {
		void run(Connection c) throws SQLException;
	}

	/** One call made on a recorded statement: which statement, which method, with what. */
	private record Call(int statement, String sql, Method method, Object[] args) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Call other && statement == other.statement && sql.equals(other.sql)
					&& method.equals(other.method) && Arrays.deepEquals(args, other.args);
		}

		@Override
		public int hashCode() {
			return Objects.hash(statement, sql, method.getName());
		}
	}

	private record Written(long revision, List<Call> calls) {
	}

	/** What one save would remember once committed. */
	static final class Pending {
		private final Map<Project, Map<String, List<Call>>> parts = new HashMap<>();

		private void add(Project p, String part, List<Call> calls) {
			parts.computeIfAbsent(p, k -> new HashMap<>()).put(part, calls);
		}
	}

	private final Map<Project, Map<String, Written>> memory = new WeakHashMap<>();

	/**
	 * Deletes and inserts the part, unless its rows are those last read or written at the project's revision;
	 * with {@code pending} null it always writes and remembers nothing (a copy, a new association).
	 */
	void write(Connection c, Project p, String part, Insert delete, Insert insert, Pending pending)
			throws SQLException {
		List<Call> calls = record(insert);
		if (pending != null) {
			pending.add(p, part, calls);
			Written before;
			synchronized (memory) {
				before = memory.getOrDefault(p, Map.of()).get(part);
			}
			if (before != null && before.revision() == p.getRevision() && before.calls().equals(calls)) {
				return;
			}
		}
		delete.run(c);
		replay(c, calls);
	}

	/** The part as just loaded from the store, at the project's revision. */
	void loaded(Project p, String part, Insert insert) throws SQLException {
		List<Call> calls = record(insert);
		synchronized (memory) {
			memory.computeIfAbsent(p, k -> new HashMap<>()).put(part, new Written(p.getRevision(), calls));
		}
	}

	/** The save committed and each project's revision is now one higher: what it wrote is what is stored. */
	void committed(Pending pending) {
		synchronized (memory) {
			pending.parts.forEach((p, parts) -> parts.forEach((part, calls) -> memory.computeIfAbsent(p,
					k -> new HashMap<>()).put(part, new Written(p.getRevision(), calls))));
		}
	}

	/** Runs the inserts against a connection that only records what they bind. */
	private static List<Call> record(Insert insert) throws SQLException {
		List<Call> calls = new ArrayList<>();
		int[] statements = { 0 };
		Connection recorder = (Connection) Proxy.newProxyInstance(UnchangedRows.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (!method.getName().equals("prepareStatement") || args == null || args.length != 1) {
						throw new UnsupportedOperationException("recorded inserts only prepare statements: " + method);
					}
					int number = statements[0]++;
					String sql = (String) args[0];
					return Proxy.newProxyInstance(UnchangedRows.class.getClassLoader(),
							new Class<?>[] { PreparedStatement.class }, (statement, call, values) -> {
								if (call.getName().equals("close")) {
									return null;
								}
								calls.add(new Call(number, sql, call, values == null ? new Object[0] : values.clone()));
								Class<?> type = call.getReturnType();
								return type == int[].class ? new int[0] : type == boolean.class ? Boolean.FALSE
										: type == int.class ? Integer.valueOf(0) : null;
							});
				});
		insert.run(recorder);
		return calls;
	}

	/** Makes the recorded calls on real statements, in the order they were made. */
	private static void replay(Connection c, List<Call> calls) throws SQLException {
		Map<Integer, PreparedStatement> statements = new HashMap<>();
		try {
			for (Call call : calls) {
				PreparedStatement s = statements.get(call.statement());
				if (s == null) {
					s = c.prepareStatement(call.sql());
					statements.put(call.statement(), s);
				}
				try {
					call.method().invoke(s, call.args());
				} catch (java.lang.reflect.InvocationTargetException e) {
					if (e.getCause() instanceof SQLException sql) {
						throw sql;
					}
					throw new IllegalStateException(e.getCause());
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		} finally {
			for (PreparedStatement s : statements.values()) {
				s.close();
			}
		}
	}
}
