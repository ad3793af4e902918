package se.finsam.model.codes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import se.finsam.model.CodeEntry;
import se.finsam.model.CodeList;
import se.finsam.model.CodeListSet;
import se.finsam.model.FinsamPackage;

/**
 * The code lists in force: the shipped defaults ({@code data/codelists.xmi}) merged with what plug-ins contribute
 * through the extension point {@code se.finsam.model.codeLists}. Values are data, never Java enums: a förbund adds
 * its own without code changes. Matching is by code, Swedish or English label or synonym, ignoring case and
 * surrounding or repeated whitespace.
 */
public final class CodeLists {

	public static final String PARTY_KIND = "partyKind";
	public static final String SUPPORT = "supportCategory";
	public static final String OCCUPATION = "occupationCategory";
	public static final String EXIT_REASON = "exitReason";
	public static final String BUDGET_CATEGORY = "budgetCategory";
	/** The sector of the employer of those who went to work, kept as the participant's extra attribute of that name. */
	public static final String EMPLOYER_SECTOR = "employerSector";

	/** The merged lists and the contributions they were merged from: merged again when plug-ins change. */
	private record Merged(List<CodeListSet> contributed, CodeLists lists) {
	}

	private static volatile CodeListSet shipped;
	private static volatile Merged defaults;

	private final Map<String, CodeList> lists;
	/**
	 * Each list's entries by code: the rules look up every participant's six codes (issue 16: 100 000 participants
	 * in one save). The lists are copies only this object holds, so the index cannot go stale.
	 */
	private final Map<String, Map<String, CodeEntry>> byCode = new HashMap<>();

	private CodeLists(Map<String, CodeList> lists) {
		this.lists = lists;
		lists.forEach((id, list) -> {
			Map<String, CodeEntry> entries = new HashMap<>();
			list.getEntries().forEach(e -> entries.putIfAbsent(e.getCode(), e));
			byCode.put(id, entries);
		});
	}

	/** The shipped code lists plus every plug-in contribution (merged once per set of installed plug-ins). */
	public static CodeLists defaults() {
		List<CodeListSet> contributed = CodeListContributions.read();
		Merged result = defaults;
		if (result == null || result.contributed() != contributed) {
			synchronized (CodeLists.class) {
				if (shipped == null) {
					shipped = read(CodeLists.class.getResource("/data/codelists.xmi"));
				}
				List<CodeListSet> sets = new ArrayList<>();
				sets.add(shipped);
				sets.addAll(contributed);
				result = new Merged(contributed, merge(sets));
				defaults = result;
			}
		}
		return result.lists();
	}

	/** Code lists from the given sets, later sets adding to earlier ones (an existing code is kept). */
	public static CodeLists merge(List<CodeListSet> sets) {
		Map<String, CodeList> merged = new LinkedHashMap<>();
		for (CodeListSet set : sets) {
			for (CodeList list : set.getLists()) {
				CodeList target = merged.computeIfAbsent(list.getId(), id -> {
					CodeList copy = EcoreUtil.copy(list);
					copy.getEntries().clear();
					return copy;
				});
				for (CodeEntry entry : list.getEntries()) {
					if (target.getEntries().stream().noneMatch(e -> e.getCode().equals(entry.getCode()))) {
						target.getEntries().add(EcoreUtil.copy(entry));
					}
				}
			}
		}
		return new CodeLists(merged);
	}

	/** Reads a {@link CodeListSet} XMI resource. */
	public static CodeListSet read(URL url) {
		if (url == null) {
			throw new IllegalArgumentException("code list resource missing");
		}
		ResourceSetImpl set = new ResourceSetImpl();
		set.getPackageRegistry().put(FinsamPackage.eNS_URI, FinsamPackage.eINSTANCE);
		Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI(url.toString()));
		set.getResources().add(resource);
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read code lists from " + url + ": " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CodeListSet codes)) {
			throw new IllegalArgumentException(url + " holds no CodeListSet");
		}
		return codes;
	}

	/** The entries of a list (empty for an unknown list), in their order. */
	public List<CodeEntry> entries(String listId) {
		CodeList list = lists.get(listId);
		return list == null ? List.of() : Collections.unmodifiableList(list.getEntries());
	}

	/** The entry with exactly this code. */
	public Optional<CodeEntry> find(String listId, String code) {
		if (code == null) {
			return Optional.empty();
		}
		Map<String, CodeEntry> entries = byCode.get(listId);
		return entries == null ? Optional.empty() : Optional.ofNullable(entries.get(code));
	}

	/** The entry a user's text means: its code, a label or a synonym, case- and whitespace-insensitively. */
	public Optional<CodeEntry> match(String listId, String text) {
		String wanted = normalize(text);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (CodeEntry entry : entries(listId)) {
			if (normalize(entry.getCode()).equals(wanted) || normalize(entry.getLabelSv()).equals(wanted)
					|| normalize(entry.getLabelEn()).equals(wanted)
					|| entry.getSynonyms().stream().anyMatch(s -> normalize(s).equals(wanted))) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	/** The label of a code in the user's language; the code itself when unknown. */
	public String label(String listId, String code) {
		return find(listId, code).map(CodeLists::label).orElse(code == null ? "" : code);
	}

	/** The entry's label in the user's language (Swedish unless the locale is English). */
	public static String label(CodeEntry entry) {
		boolean english = "en".equals(Locale.getDefault().getLanguage());
		String label = english ? entry.getLabelEn() : entry.getLabelSv();
		return label == null || label.isBlank() ? entry.getCode() : label;
	}

	/** Whether the exit reason counts as a positive outcome. */
	public boolean isPositiveExit(String code) {
		return find(EXIT_REASON, code).map(CodeEntry::isPositive).orElse(false);
	}

	private static String normalize(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
