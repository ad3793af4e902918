package se.finsam.ui.editors.internal;

import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Party;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ChildTable.Column;
import se.finsam.ui.editors.internal.Fields.Kind;

/** Översikt: what the project is, who owns and takes part in it, and its periods. */
public class OverviewPage extends ProjectFormPage {

	private final DataBindingContext combos = new DataBindingContext();

	public OverviewPage(ProjectEditor editor) {
		super(editor, ProjectEditorInput.OVERVIEW, Messages.Overview_title);
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		Project p = project();
		FormToolkit toolkit = managedForm.getToolkit();
		Composite project = section(managedForm, body, Messages.Overview_project, Messages.Overview_projectHint);
		fields().text(project, Messages.Overview_diarienummer, p, Literals.PROJECT__DIARIENUMMER, Kind.TEXT);
		fields().text(project, Messages.Overview_name, p, Literals.PROJECT__NAME, Kind.TEXT);
		combo(toolkit, project, Messages.Overview_kind, Literals.PROJECT__KIND, List.of(ProjectKind.values()),
				o -> o == ProjectKind.LONG_TERM_COOPERATION ? Messages.Kind_longTerm : Messages.Kind_project);
		combo(toolkit, project, Messages.Overview_owner, Literals.PROJECT__OWNER, getEditor().association().getParties(),
				o -> o == null ? "" : ((Party) o).getName());

		Composite parties = section(managedForm, body, Messages.Overview_parties, Messages.Overview_partiesHint);
		participatingParties(toolkit, parties);

		Composite period = section(managedForm, body, Messages.Overview_granted, null);
		fields().text(period, Messages.Overview_start, p.getGrantedPeriod(), Literals.PERIOD__START, Kind.DATE);
		fields().text(period, Messages.Overview_end, p.getGrantedPeriod(), Literals.PERIOD__END, Kind.DATE);

		Composite earlier = section(managedForm, body, Messages.Overview_earlier, Messages.Overview_earlierHint);
		new ChildTable(toolkit, earlier, context(), p, Literals.PROJECT__EARLIER_PERIODS,
				List.of(new Column(Messages.Overview_start, Literals.PERIOD__START, Kind.DATE, 120),
						new Column(Messages.Overview_end, Literals.PERIOD__END, Kind.DATE, 120)),
				FinsamFactory.eINSTANCE::createPeriod, 2);
	}

	private void combo(FormToolkit toolkit, Composite parent, String label, EStructuralFeature feature, List<?> choices,
			java.util.function.Function<Object, String> text) {
		toolkit.createLabel(parent, label);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(text));
		viewer.setInput(choices);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(viewer.getControl());
		combos.bindValue(ViewerProperties.singleSelection().observe(viewer),
				EMFEditProperties.value(context().domain(), feature).observe(project()));
		fields().register(viewer.getControl(), project(), feature);
	}

	/** A check per party of the association; checking one adds it to the project (undoably). */
	private void participatingParties(FormToolkit toolkit, Composite parent) {
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((Party) o).getName()));
		viewer.setInput(getEditor().association().getParties());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 120).applyTo(viewer.getControl());
		Runnable refresh = () -> viewer.setCheckedElements(project().getParticipatingParties().toArray());
		refresh.run();
		viewer.addCheckStateListener(e -> context().execute(e.getChecked()
				? AddCommand.create(context().domain(), project(), Literals.PROJECT__PARTICIPATING_PARTIES, e.getElement())
				: RemoveCommand.create(context().domain(), project(), Literals.PROJECT__PARTICIPATING_PARTIES,
						e.getElement())));
		context().onChange(viewer.getControl(), refresh);
		fields().register(viewer.getControl(), project(), Literals.PROJECT__PARTICIPATING_PARTIES);
		toolkit.adapt(viewer.getTable());
	}

	@Override
	public void dispose() {
		combos.dispose();
		super.dispose();
	}
}
