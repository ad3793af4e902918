package se.finsam.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

import se.finsam.ui.internal.welcome.WelcomeEditor;

/**
 * What to do next, drawn in the editor area while no editor is open (a start with data, or after the last editor
 * closed): how to open an insats, where a new one and the import are, and the welcome page. Drawn rather than built
 * of widgets: nothing to lay out, and it never takes focus.
 */
public final class EditorAreaHint {

	/** Marks a stack that already draws the hint. */
	private static final String INSTALLED = EditorAreaHint.class.getName();
	/** The ids under which the stack renderer keeps its empty editor area (StackRenderer.ONBOARDING_*). */
	private static final String ONBOARDING_CONTAINER = "EditorStack.OnboardingContainer";
	private static final String ONBOARDING_COMPOSITE = "EditorStack.OnboardingComposite";
	private static final String NEW_PROJECT = "se.finsam.ui.newProject";
	private static final String WELCOME = "se.finsam.ui.welcome";
	private static final int MARGIN = 24;
	private static final int WIDTH = 560;
	private static final int DELAY = 2_000;

	private final IWorkbenchWindow window;

	private EditorAreaHint(IWorkbenchWindow window) {
		this.window = window;
	}

	/**
	 * Draws the hint in every stack of the window's editor area, those the user makes later included; from
	 * {@link #DELAY} ms after the call, out of the way of the start (installed at once, the workbench became usable
	 * 0.1–0.5 s later in three alternating benchmark pairs; the first paint computes the lines and key bindings).
	 */
	public static void install(IWorkbenchWindow window) {
		window.getShell().getDisplay().timerExec(DELAY, () -> {
			if (window.getShell() != null && !window.getShell().isDisposed()) {
				new EditorAreaHint(window).start();
			}
		});
	}

	private void start() {
		attach();
		// The editor area's stacks get their widgets when the area is first shown, which may be later.
		IEventBroker events = window.getService(IEventBroker.class);
		if (events != null) {
			events.subscribe(UIEvents.UIElement.TOPIC_WIDGET, event -> {
				if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPartStack
						&& event.getProperty(UIEvents.EventTags.NEW_VALUE) != null && window.getShell() != null
						&& !window.getShell().isDisposed()) {
					attach();
				}
			});
		}
	}

	/** The hint's lines as shown, the first its heading; for tests and for the drawing. */
	public static List<String> lines(IWorkbenchWindow window) {
		ICommandService commands = window.getService(ICommandService.class);
		IBindingService keys = window.getService(IBindingService.class);
		List<String> lines = new ArrayList<>();
		lines.add(Messages.EditorHint_title);
		lines.add(Messages.EditorHint_open);
		String create = menuPath(commands, Messages.Menu_file, NEW_PROJECT);
		if (create != null) {
			String key = keys == null ? null : keys.getBestActiveBindingFormattedFor(NEW_PROJECT);
			lines.add(NLS.bind(Messages.EditorHint_new, key == null ? create : NLS.bind(Messages.EditorHint_orKey,
					create, key)));
		}
		String importing = menuPath(commands, Messages.Menu_file, WelcomeEditor.IMPORT);
		if (importing != null) {
			lines.add(NLS.bind(Messages.EditorHint_import, importing));
		}
		String welcome = menuPath(commands, Messages.Menu_help, WELCOME);
		if (welcome != null) {
			lines.add(NLS.bind(Messages.EditorHint_welcome, welcome));
		}
		return lines;
	}

	/** "Arkiv → Ny insats…", or null where the command's bundle is not installed. */
	private static String menuPath(ICommandService commands, String menu, String id) {
		Command command = commands.getCommand(id);
		try {
			return command.isDefined() ? NLS.bind(Messages.EditorHint_menuPath, menu.replace("&", ""),
					command.getName()) : null;
		} catch (NotDefinedException e) {
			return null;
		}
	}

	private void attach() {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model == null || models == null) {
			return;
		}
		for (MUIElement shared : model.getSharedElements()) {
			if (shared instanceof MArea area) {
				for (MPartStack stack : models.findElements(area, null, MPartStack.class)) {
					if (stack.getWidget() instanceof CTabFolder folder && folder.getData(INSTALLED) == null) {
						folder.setData(INSTALLED, Boolean.TRUE);
						Composite empty = emptyArea(folder);
						empty.addPaintListener(e -> paint(empty, empty, folder, e.gc));
						empty.redraw();
						// The renderer's (empty) onboarding composite sits in the middle of the area: the text
						// goes on across it.
						Composite middle = empty == folder ? null : child(empty, ONBOARDING_COMPOSITE);
						if (middle != null) {
							middle.addPaintListener(e -> paint(middle, empty, folder, e.gc));
						}
					}
				}
			}
		}
	}

	/** Where an empty stack shows: the renderer's onboarding container where it made one, else the folder. */
	private static Composite emptyArea(CTabFolder folder) {
		Composite container = child(folder, ONBOARDING_CONTAINER);
		return container != null ? container : folder;
	}

	private static Composite child(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Composite composite && id.equals(child.getData("id"))) {
				return composite;
			}
		}
		return null;
	}

	/** Draws the hint centred in {@code on}, onto {@code canvas}: {@code on} itself or a child of it. */
	private void paint(Composite canvas, Composite on, CTabFolder folder, GC gc) {
		if (folder.getItemCount() > 0 || window.getWorkbench().isClosing()) {
			return;
		}
		Rectangle area = on.getClientArea();
		if (canvas != on) {
			area.x -= canvas.getLocation().x;
			area.y -= canvas.getLocation().y;
		}
		int width = Math.min(WIDTH, area.width - 2 * MARGIN);
		if (width < 100 || area.height < 2 * MARGIN) {
			return;
		}
		TextLayout layout = new TextLayout(folder.getDisplay());
		try {
			List<String> lines = lines(window);
			layout.setText(String.join("\n\n", lines));
			layout.setWidth(width);
			layout.setFont(on.getFont());
			// The grey the platform gives secondary text (and its own empty-area hints).
			Color grey = JFaceResources.getColorRegistry().get(JFacePreferences.QUALIFIER_COLOR);
			if (grey == null) {
				grey = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
			}
			layout.setStyle(new TextStyle(JFaceResources.getHeaderFont(), grey, null), 0, lines.get(0).length() - 1);
			layout.setStyle(new TextStyle(null, grey, null), lines.get(0).length(), layout.getText().length() - 1);
			Rectangle bounds = layout.getBounds();
			int x = area.x + Math.max(MARGIN, (area.width - width) / 2);
			int y = area.y + Math.max(MARGIN, (area.height - bounds.height) / 3);
			layout.draw(gc, x, y);
		} finally {
			layout.dispose();
		}
	}
}
