package se.finsam.ui.editors.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;

import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.ui.editors.internal.ChildTable.Column;
import se.finsam.ui.editors.internal.Fields.Kind;

/** Fastställda mål och utfall: one row per goal, with its outcome and optional numbers. */
public class GoalsPage extends ProjectFormPage {

	public static final String ID = "goals";

	public GoalsPage(ProjectEditor editor) {
		super(editor, ID, Messages.Goals_title);
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		Composite goals = section(managedForm, body, Messages.Goals_section, editableHint(Messages.Goals_hint));
		new ChildTable(managedForm.getToolkit(), goals, context(), project(), Literals.PROJECT__GOALS,
				List.of(new Column(Messages.Goals_description, Literals.GOAL__DESCRIPTION, Kind.TEXT, 380),
						new Column(Messages.Goals_outcome, Literals.GOAL__OUTCOME, Kind.TEXT, 320),
						new Column(Messages.Goals_target, Literals.GOAL__TARGET, Kind.DECIMAL, 90),
						new Column(Messages.Goals_result, Literals.GOAL__RESULT, Kind.DECIMAL, 90),
						new Column(Messages.Goals_unit, Literals.GOAL__UNIT, Kind.TEXT, 90)),
				FinsamFactory.eINSTANCE::createGoal, 3);
	}
}
