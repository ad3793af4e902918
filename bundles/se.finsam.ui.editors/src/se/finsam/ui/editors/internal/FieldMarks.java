package se.finsam.ui.editors.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A problem where the eye is: the field gets a red (or, for a warning, amber) frame and the message in words on
 * the line under it, not only an icon in its corner. A value the field could not even read (letters in an amount)
 * goes before what the model's rules say about the stored one.
 */
public final class FieldMarks {

	private record Mark(String message, boolean error) {
	}

	private static final int FRAME = 2;

	private final Map<Control, Mark> unreadable = new HashMap<>();
	private final Map<Control, Mark> rules = new HashMap<>();
	private final Map<Control, Label[]> lines = new HashMap<>();
	private final Set<Composite> painted = new HashSet<>();

	/** The field's text could not be read as its type (null: it can now). */
	public void unreadable(Control control, String message) {
		if (message == null) {
			unreadable.remove(control);
		} else {
			unreadable.put(control, new Mark(message, true));
		}
		update(control);
	}

	/** What the rules say about the field's value (null message: nothing). */
	public void rule(Control control, String message, boolean error) {
		if (message == null) {
			rules.remove(control);
		} else {
			rules.put(control, new Mark(message, error));
		}
		update(control);
	}

	/** Takes every rule's mark off, before the next validation puts the current ones on. */
	public void clearRules() {
		for (Control c : Set.copyOf(rules.keySet())) {
			rule(c, null, false);
		}
	}

	/** The message shown under the field, or null (tests and the tab's count). */
	public String shown(Control control) {
		Mark m = mark(control);
		return m == null ? null : m.message();
	}

	public int errors() {
		int n = 0;
		for (Control c : lines.keySet()) {
			Mark m = mark(c);
			n += m != null && m.error() ? 1 : 0;
		}
		return n;
	}

	private Mark mark(Control control) {
		Mark m = unreadable.get(control);
		return m != null ? m : rules.get(control);
	}

	private void update(Control control) {
		if (control.isDisposed()) {
			return;
		}
		Mark mark = mark(control);
		Label[] line = lines.get(control);
		if (line == null && mark == null) {
			return;
		}
		if (line == null) {
			line = createLine(control);
			lines.put(control, line);
		}
		Label message = line[line.length - 1];
		boolean show = mark != null;
		message.setText(show ? mark.message() : "");
		message.setForeground(control.getDisplay().getSystemColor(show && !mark.error() ? SWT.COLOR_DARK_YELLOW
				: SWT.COLOR_RED));
		for (Label l : line) {
			((GridData) l.getLayoutData()).exclude = !show;
			l.setVisible(show);
		}
		Composite parent = control.getParent();
		message.requestLayout(); // every ancestor (sections too) makes room for the line or gives it back
		parent.layout(true, true);
		parent.redraw();
		// A longer page: the scrolling around it finds its new height.
		for (Composite c = parent; c != null; c = c.getParent()) {
			if (c instanceof org.eclipse.swt.custom.ScrolledComposite sc && sc.getContent() != null) {
				sc.getContent().requestLayout();
				sc.setMinHeight(sc.getContent().computeSize(Math.max(1, sc.getClientArea().width), SWT.DEFAULT).y);
			} else if (c instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
				form.reflow(true);
				break;
			}
		}
	}

	/**
	 * The line under the field in its parent's grid: the message under the field's own columns, an empty cell
	 * under the label before it.
	 */
	private Label[] createLine(Control control) {
		Composite parent = control.getParent();
		ensurePainted(parent);
		int columns = parent.getLayout() instanceof GridLayout g ? g.numColumns : 1;
		int span = control.getLayoutData() instanceof GridData d ? d.horizontalSpan : 1;
		Label message = new Label(parent, SWT.WRAP);
		message.setBackground(parent.getBackground());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 120;
		message.setLayoutData(data);
		message.moveBelow(control);
		if (span >= columns) {
			return new Label[] { message };
		}
		Label before = new Label(parent, SWT.NONE);
		before.setBackground(parent.getBackground());
		before.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, columns - span, 1));
		before.moveBelow(control);
		message.moveBelow(before);
		return new Label[] { before, message };
	}

	/** The frame is drawn by the parent, around the field, so every kind of control can get one. */
	private void ensurePainted(Composite parent) {
		if (painted.add(parent)) {
			parent.addPaintListener(this::paintFrames);
		}
	}

	private void paintFrames(PaintEvent e) {
		Composite parent = (Composite) e.widget;
		for (Control c : parent.getChildren()) {
			Mark m = mark(c);
			if (m == null || !c.isVisible()) {
				continue;
			}
			Color color = e.display.getSystemColor(m.error() ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
			Rectangle b = c.getBounds();
			e.gc.setForeground(color);
			e.gc.setLineWidth(FRAME);
			e.gc.drawRectangle(b.x - FRAME, b.y - FRAME, b.width + 2 * FRAME - 1, b.height + 2 * FRAME - 1);
		}
	}
}
