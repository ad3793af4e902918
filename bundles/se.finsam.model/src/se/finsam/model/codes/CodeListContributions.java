package se.finsam.model.codes;

import java.util.List;

import se.finsam.core.Contributions;
import se.finsam.model.CodeListSet;

/**
 * The extension point {@code se.finsam.model.codeLists}. A broken contribution (missing file, bad XMI) is logged with
 * the contributing bundle's name and skipped; it never stops the others or the application.
 */
final class CodeListContributions {

	private static final Contributions<CodeListSet> SETS = new Contributions<>("se.finsam.model.codeLists", "codeLists",
			c -> CodeLists.read(c.requiredEntry("resource")));

	private CodeListContributions() {
	}

	/** The contributed sets; the same list until a plug-in comes or goes. */
	static List<CodeListSet> read() {
		return SETS.all();
	}
}
