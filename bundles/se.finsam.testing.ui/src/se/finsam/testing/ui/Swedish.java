package se.finsam.testing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks that what the workbench shows is Swedish: every string on screen (labels, buttons, tooltips, menus, column
 * headers, tabs, hints) must be one of our Swedish messages (the {@code *_sv.properties} of every se.finsam bundle and
 * fragment, placeholders filled with anything), or be made of pieces of them, of the data shown (names, goals,
 * code list labels, templates) and of allowed proper names. What is left over with a word in it is reported, as is
 * an unfilled placeholder like "Efter {0} år".
 */
public final class Swedish {

	/** A string on screen and where it was seen. */
	public record Found(String text, String where) {
		@Override
		public String toString() {
			return where + ": \"" + text + "\"";
		}
	}

	/**
	 * Names that are the same in Swedish, always allowed: the product's, the file formats', the parties'
	 * abbreviations, the languages in their own words, and the diarienummer formats as förbund write them.
	 */
	public static final List<String> NAMES = List.of("Finsam Workbench", "Finsam", "Excel", "Word", "PDF", "HTML",
			"DIS", "OK", "kr", "FK", "AF", "SCB", "ESF", "EQ-5D", "VAS", "Svenska", "English", "ÅÅÅÅ:N", "ÅÅÅÅ-N",
			"ÅÅÅÅ/N", "Dnr ÅÅÅÅ:N", "N/ÅÅÅÅ", "ÅÅÅÅ", "ÅÅ");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?\\}");
	private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
	private static final Pattern PATH = Pattern.compile("(~|[A-Za-z]:)?(/[\\w.\\-åäöÅÄÖ]+){2,}/?|https?://\\S+|\\S+@\\S+");
	/** Keys as the platform writes them (Ctrl+N, Shift+Ctrl+W, Delete): the keyboard's names, not a language. */
	private static final Pattern KEYS = Pattern.compile(
			"((Ctrl|Shift|Alt|Cmd|Command|Super)\\+)+[^\\s,)]+|\\b(Delete|Insert|Enter|Esc|Tab|Home|End|PageUp|PageDown|Backspace|F\\d{1,2})\\b");
	private final List<Pattern> messages = new ArrayList<>();
	private final Set<String> pieces;
	private final Collection<? extends EObject> data;

	private Swedish(Set<String> pieces, Collection<? extends EObject> data) {
		this.pieces = pieces;
		this.data = data;
	}

	/**
	 * The Swedish of our bundles (and SWT's own) and of the code lists, plus the given data (every string attribute
	 * of the objects and their contents, read when checking, so content loaded later counts) and proper names.
	 */
	public static Swedish of(Collection<? extends EObject> data, String... properNames) {
		Set<String> pieces = new LinkedHashSet<>();
		List<String> values = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(Swedish.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name != null && (name.startsWith("se.finsam.") || name.startsWith("org.eclipse.swt"))) {
				values.addAll(swedishValues(bundle));
			}
		}
		List<Pattern> patterns = new ArrayList<>();
		for (String value : values) {
			String text = normalize(value.replace("''", "'"));
			if (WORD.matcher(PLACEHOLDER.matcher(text).replaceAll("")).find()) {
				patterns.add(pattern(text)); // "{0}" alone would let anything pass
			}
			for (String piece : PLACEHOLDER.split(text)) {
				for (String line : piece.split("[\n|]")) { // lines, and lists like Reveal_reasons
					if (WORD.matcher(line).find()) {
						pieces.add(line.strip());
					}
				}
			}
		}
		pieces.addAll(NAMES);
		for (String name : properNames) {
			pieces.add(name);
		}
		List<EObject> shown = new ArrayList<>(data);
		shown.add(se.finsam.model.codes.CodeLists.read(
				se.finsam.model.codes.CodeLists.class.getResource("/data/codelists.xmi"))); // the Swedish labels
		Swedish result = new Swedish(pieces, shown);
		result.messages.addAll(patterns);
		return result;
	}

	private static Pattern pattern(String message) {
		StringBuilder regex = new StringBuilder();
		Matcher m = PLACEHOLDER.matcher(message);
		int at = 0;
		while (m.find()) {
			regex.append(Pattern.quote(message.substring(at, m.start()))).append(".*?");
			at = m.end();
		}
		regex.append(Pattern.quote(message.substring(at)));
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	private static void addStrings(EObject o, Set<String> pieces) {
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			if (a.getEAttributeType() == EcorePackage.Literals.ESTRING && !a.isMany()
					&& !a.getName().endsWith("En")) {
				Object value = o.eGet(a);
				if (value instanceof String s && s.strip().startsWith("{")) {
					Matcher m = JSON_STRING.matcher(s); // an evaluation's inputs: its names are data too
					while (m.find()) {
						pieces.add(normalize(m.group(1)));
					}
				} else if (value instanceof String s && WORD.matcher(s).find()) {
					pieces.add(normalize(s));
				}
			}
		}
	}

	private static List<String> swedishValues(Bundle bundle) {
		List<String> values = new ArrayList<>();
		// The user guide's Swedish (guide/sv.xml): its titles and text, element by element.
		Enumeration<URL> guides = bundle.findEntries("/", "sv.xml", true);
		while (guides != null && guides.hasMoreElements()) {
			URL url = guides.nextElement();
			try (InputStream in = url.openStream()) {
				String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				Matcher m = Pattern.compile("title=\"([^\"]*)\"|>([^<]+)<").matcher(xml);
				while (m.find()) {
					values.add(m.group(1) != null ? m.group(1) : m.group(2));
				}
			} catch (IOException e) {
				throw new IllegalStateException(url + ": " + e.getMessage(), e);
			}
		}
		Enumeration<URL> entries = bundle.findEntries("/", "*_sv*.properties", true); // _sv and _sv_SE
		while (entries != null && entries.hasMoreElements()) {
			URL url = entries.nextElement();
			Properties p = new Properties();
			try (InputStream in = url.openStream()) {
				p.load(in);
			} catch (IOException e) {
				throw new IllegalStateException(url + ": " + e.getMessage(), e);
			}
			p.values().forEach(v -> values.add((String) v));
		}
		return values;
	}

	private static String normalize(String text) {
		String t = text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
		int tab = t.indexOf('\t');
		if (tab >= 0) {
			t = t.substring(0, tab); // the key binding after a menu label
		}
		return t.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
	}

	/**
	 * Fails, naming each string, when anything shown in and under the control is not Swedish: for a dialog or page
	 * a test has open. The data is what the session holds, if one is open.
	 */
	public static void check(Control root, String where, String... properNames) {
		List<EObject> data = new ArrayList<>();
		try {
			data.addAll(Ui.session().associations());
		} catch (RuntimeException e) {
			// no session (the password dialog): no data shown either
		}
		List<String> offenders = of(data, properNames).offenders(collect(root, where));
		if (!offenders.isEmpty()) {
			throw new AssertionError("Not Swedish:\n" + String.join("\n", offenders));
		}
	}

	/** What of these is not Swedish (or holds an unfilled placeholder), one line each. */
	public List<String> offenders(Collection<Found> found) {
		Set<String> all = new LinkedHashSet<>(pieces);
		for (EObject root : data) {
			addStrings(root, all);
			root.eAllContents().forEachRemaining(o -> addStrings(o, all));
		}
		List<String> fragments = new ArrayList<>(all);
		fragments.sort(Comparator.comparingInt(String::length).reversed());
		List<String> result = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Found f : found) {
			String text = normalize(f.text());
			if (text.isEmpty() || !seen.add(f.where() + "\u0000" + text)) {
				continue;
			}
			if (PLACEHOLDER.matcher(text).find()) {
				result.add(f + " has an unfilled placeholder");
			} else {
				String left = leftOver(text, fragments);
				if (left != null) {
					result.add(f + " is not Swedish (left over: \"" + left + "\")");
				}
			}
		}
		return result;
	}

	/** What is left of the text once Swedish, data and names are taken out, or null when nothing wordy is. */
	private String leftOver(String text, List<String> fragments) {
		for (Pattern message : messages) {
			if (message.matcher(text).matches()) {
				return null;
			}
		}
		String left = KEYS.matcher(text).replaceAll(" ");
		for (String fragment : fragments) {
			if (left.contains(fragment)) {
				left = left.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(fragment) + "(?![\\p{L}\\p{N}])", " ");
				if (!WORD.matcher(left).find()) {
					return null;
				}
			}
		}
		left = PATH.matcher(left).replaceAll(" ");
		return WORD.matcher(left).find() ? left.replaceAll("\\s+", " ").strip() : null;
	}

	/** Every string shown in and under the control: texts, tooltips, hints, items, columns, tabs. */
	public static List<Found> collect(Control root, String where) {
		List<Found> out = new ArrayList<>();
		collect(root, where, out);
		return out;
	}

	private static void collect(Control c, String where, List<Found> out) {
		add(out, where, c.getToolTipText());
		switch (c) {
		case Shell s -> add(out, where, s.getText());
		case Label l -> add(out, where, l.getText());
		case CLabel l -> add(out, where, l.getText());
		case Button b -> add(out, where, b.getText());
		case Text t -> {
			add(out, where, t.getMessage());
			if ((t.getStyle() & SWT.READ_ONLY) != 0 || !t.getEditable()) {
				add(out, where, t.getText());
			}
		}
		case Combo combo -> {
			for (String item : combo.getItems()) {
				add(out, where, item);
			}
		}
		case CCombo combo -> {
			for (String item : combo.getItems()) {
				add(out, where, item);
			}
		}
		case Group g -> add(out, where, g.getText());
		case Link l -> add(out, where, l.getText().replaceAll("</?a[^>]*>", ""));
		case Hyperlink h -> add(out, where, h.getText());
		case Table t -> table(t, where, out);
		case Tree t -> tree(t, where, out);
		case ToolBar bar -> {
			for (ToolItem item : bar.getItems()) {
				add(out, where + " (tool)", item.getText());
				add(out, where + " (tool)", item.getToolTipText());
			}
		}
		default -> {
			// the texts of the composites below
		}
		}
		if (c instanceof ExpandableComposite e) {
			add(out, where, e.getText());
			if (e instanceof Section s) {
				add(out, where, s.getDescription());
			}
		}
		if (c instanceof Form f) {
			add(out, where, f.getText());
			add(out, where, f.getMessage());
		}
		if (c instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				add(out, where + " (tab)", item.getText());
				add(out, where + " (tab)", item.getToolTipText());
			}
		}
		if (c instanceof TabFolder folder) {
			for (TabItem item : folder.getItems()) {
				add(out, where + " (tab)", item.getText());
				add(out, where + " (tab)", item.getToolTipText());
			}
		}
		if (c.getMenu() != null && !(c instanceof Shell)) {
			out.addAll(collect(c.getMenu(), where + " (context menu)"));
		}
		if (c instanceof Composite composite && !c.getClass().getName().endsWith("FormText")) {
			for (Control child : composite.getChildren()) {
				collect(child, where, out);
			}
		}
	}

	private static void table(Table t, String where, List<Found> out) {
		for (TableColumn column : t.getColumns()) {
			add(out, where + " (column)", column.getText());
			add(out, where + " (column)", column.getToolTipText());
		}
		int columns = Math.max(1, t.getColumnCount());
		for (int i = 0; i < Math.min(200, t.getItemCount()); i++) {
			TableItem item = t.getItem(i);
			for (int c = 0; c < columns; c++) {
				add(out, where + " (row)", item.getText(c));
			}
		}
	}

	private static void tree(Tree t, String where, List<Found> out) {
		for (TreeColumn column : t.getColumns()) {
			add(out, where + " (column)", column.getText());
		}
		for (TreeItem item : t.getItems()) {
			treeItem(item, where, out);
		}
	}

	private static void treeItem(TreeItem item, String where, List<Found> out) {
		add(out, where + " (tree)", item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				treeItem(child, where, out);
			}
		}
	}

	/** A menu's items and their submenus, filled as when the user opens them. */
	public static List<Found> collect(Menu menu, String where) {
		List<Found> out = new ArrayList<>();
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			add(out, where, item.getText());
			add(out, where, item.getToolTipText());
			if (item.getMenu() != null) {
				out.addAll(collect(item.getMenu(), where + " › " + normalize(item.getText())));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return out;
	}

	/**
	 * Tool items and push buttons without a tooltip: what a button does is said when the pointer rests on it.
	 * Dialog button bars (OK, Avbryt) are not asked.
	 */
	public static List<String> withoutTooltip(Control root, String where) {
		List<String> out = new ArrayList<>();
		withoutTooltip(root, where, out);
		return out;
	}

	private static void withoutTooltip(Control c, String where, List<String> out) {
		if (c instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0 && blank(item.getToolTipText())) {
					out.add(where + ": tool item \"" + item.getText() + "\" " + item.getData());
				}
			}
		}
		if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && blank(b.getToolTipText())) {
			out.add(where + ": button \"" + normalize(b.getText()) + "\"");
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				withoutTooltip(child, where, out);
			}
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static void add(List<Found> out, String where, String text) {
		if (text != null && !text.isBlank()) {
			out.add(new Found(text, where));
		}
	}
}
