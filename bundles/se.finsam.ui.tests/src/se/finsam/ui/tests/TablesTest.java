package se.finsam.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import se.finsam.ui.Tables;

/** A plain list table shows a cell's whole text as its tooltip: a narrow column cuts it on screen. */
public class TablesTest {

	@Test
	public void aCellsWholeTextIsItsTooltip() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new GridLayout());
			TableViewer viewer = Tables.table(shell);
			Tables.column(viewer, "Vem eller vilken rad", 60, o -> ((String[]) o)[0]);
			Tables.column(viewer, "Skäl", 60, o -> ((String[]) o)[1]);
			String file = "Deltagare med personnummer för avstämning " + "x".repeat(100) + " slutversion.xlsx";
			String[] line = { file, null };
			viewer.setInput(java.util.Collections.singletonList((Object) line)); // one line, not its cells
			shell.setSize(300, 200);
			shell.open();
			assertEquals(1, viewer.getTable().getItemCount());
			assertEquals(file, viewer.getTable().getItem(0).getText(0));
			CellLabelProvider first = viewer.getLabelProvider(0);
			assertEquals(file, first.getToolTipText(line));
			assertEquals("", viewer.getTable().getItem(0).getText(1));
			assertNull(viewer.getLabelProvider(1).getToolTipText(line), "no tooltip for an empty cell");
		} finally {
			shell.dispose();
		}
	}
}
