package se.finsam.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The contributions of one element kind to one extension point, read once and kept current: a plug-in installed or
 * removed while the application runs is seen at the next call (the registry tells us; nothing is polled). Each
 * contribution is read on its own; one that cannot be read is logged with its bundle and left out, and never stops
 * the others. Contributions are read in the order of their bundles' names, so the same one wins a conflict every
 * time.
 *
 * <pre>
 * private static final Contributions&lt;CodeListSet&gt; LISTS = new Contributions&lt;&gt;("se.finsam.model.codeLists",
 * 		"codeLists", c -&gt; CodeLists.read(c.requiredEntry("resource")));
 * ...
 * LISTS.all()
 * </pre>
 *
 * @param <T> what one contribution is read into
 */
public final class Contributions<T> {

	/** Reads one contribution; throws {@link Contribution.Broken} (or anything else) when it cannot be used. */
	@FunctionalInterface
	public interface Reader<T> {
		T read(Contribution contribution) throws Exception;
	}

	private final String extensionPoint;
	private final String element;
	private final Reader<T> reader;
	private final UnaryOperator<List<T>> finish;
	private final IRegistryEventListener listener = new IRegistryEventListener() {
		@Override
		public void added(IExtension[] extensions) {
			invalidate();
		}

		@Override
		public void removed(IExtension[] extensions) {
			invalidate();
		}

		@Override
		public void added(IExtensionPoint[] points) {
			invalidate();
		}

		@Override
		public void removed(IExtensionPoint[] points) {
			invalidate();
		}
	};
	private boolean listening;
	/** Read without the lock: the code lists are asked for once per participant validated, on several threads. */
	private volatile List<T> cached;

	public Contributions(String extensionPoint, String element, Reader<T> reader) {
		this(extensionPoint, element, reader, UnaryOperator.identity());
	}

	/**
	 * @param finish runs once over each new reading (to order it, or to drop conflicts, logging them with
	 *            {@link #logBroken})
	 */
	public Contributions(String extensionPoint, String element, Reader<T> reader, UnaryOperator<List<T>> finish) {
		this.extensionPoint = extensionPoint;
		this.element = element;
		this.reader = reader;
		this.finish = finish;
	}

	/** Every usable contribution; empty outside OSGi. */
	public List<T> all() {
		List<T> read = cached;
		return read != null ? read : readLocked();
	}

	private synchronized List<T> readLocked() {
		if (cached == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry == null) {
				return List.of(); // plain Java: nothing is contributed
			}
			if (!listening) {
				registry.addListener(listener, extensionPoint);
				listening = true;
			}
			cached = List.copyOf(finish.apply(read(registry)));
		}
		return cached;
	}

	/** Reads again at the next call. */
	public synchronized void invalidate() {
		cached = null;
	}

	private List<T> read(IExtensionRegistry registry) {
		List<T> result = new ArrayList<>();
		IConfigurationElement[] elements = registry.getConfigurationElementsFor(extensionPoint);
		Arrays.stream(elements).filter(e -> element.equals(e.getName()))
				.sorted(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()))
				.forEach(e -> {
					Contribution contribution = new Contribution(e);
					try {
						T value = reader.read(contribution);
						if (value != null) {
							result.add(value);
						}
					} catch (Exception | LinkageError e1) {
						logBroken(contribution.bundleName(), e1.getMessage(), e1);
					}
				});
		return result;
	}

	/** Logs a contribution that is left out, with its bundle and this extension point. */
	public void logBroken(String bundle, String reason, Throwable cause) {
		ILog.of(Contributions.class).warn("Ignoring a contribution of " + bundle + " to " + extensionPoint + " ("
				+ element + "): " + reason, cause);
	}
}
