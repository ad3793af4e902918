package se.finsam.ui.editors.internal.participants;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import se.finsam.core.Formats;
import se.finsam.model.CodeEntry;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.Personnummer;
import se.finsam.model.validation.Problem;
import se.finsam.store.AuditEntry;
import java.time.Instant;
import java.util.function.Consumer;
import se.finsam.ui.editors.internal.EditingContext;
import se.finsam.ui.editors.internal.Messages;

/**
 * Every field of the selected participant, bound once to a "current participant" value, so selecting another row
 * rebinds nothing; the inputs have borders, so what can be typed in looks it. The personnummer stays masked until
 * the user reveals it, giving a reason that is recorded without the number.
 */
public final class ParticipantDetails {

	private final EditingContext context;
	private final FormToolkit toolkit;
	private final WritableValue<Participant> current = new WritableValue<>(null, Participant.class);
	private final DataBindingContext bindings = new DataBindingContext();
	private final Map<EStructuralFeature, Control> controls = new HashMap<>();
	private final se.finsam.ui.editors.internal.FieldMarks marks = new se.finsam.ui.editors.internal.FieldMarks();
	private final Composite body;
	private Text personnummer;
	private Button reveal;
	private boolean revealed;
	private ExtraAttributes extras;
	private final Consumer<AuditEntry> recorder;

	/** @param recorder records a reveal (in the store's audit log) or throws when it cannot */
	ParticipantDetails(Composite parent, FormToolkit toolkit, EditingContext context, Consumer<AuditEntry> recorder) {
		this.context = context;
		this.toolkit = toolkit;
		this.recorder = recorder;
		body = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(body);
		Composite basics = section(Messages.Details_basics);
		text(basics, Messages.Participants_code, Literals.PARTICIPANT__CODE, Kind.TEXT);
		personnummer(basics);
		combo(basics, Messages.Participants_gender, Literals.PARTICIPANT__GENDER, List.of(Gender.values()),
				o -> o == Gender.UNSPECIFIED ? Messages.Gender_unspecified : ParticipantColumns.gender((Gender) o));
		text(basics, Messages.Participants_birthYear, Literals.PARTICIPANT__BIRTH_YEAR, Kind.INTEGER);
		checkbox(basics, Messages.Details_consent, Literals.PARTICIPANT__CONSENT);

		Composite enrolment = section(Messages.Details_enrolment);
		text(enrolment, Messages.Details_enrolmentDate, Literals.PARTICIPANT__ENROLMENT_DATE, Kind.DATE);
		text(enrolment, Messages.Details_enrolmentYear, Literals.PARTICIPANT__ENROLMENT_YEAR, Kind.INTEGER);
		text(enrolment, Messages.Details_exitDate, Literals.PARTICIPANT__EXIT_DATE, Kind.DATE);
		code(enrolment, Messages.Participants_exitReason, Literals.PARTICIPANT__EXIT_REASON, CodeLists.EXIT_REASON);
		code(enrolment, Messages.Participants_referrer, Literals.PARTICIPANT__REFERRING_PARTY, CodeLists.PARTY_KIND);

		Composite support = section(Messages.Details_support);
		code(support, Messages.Participants_supportStart, Literals.PARTICIPANT__SUPPORT_AT_START, CodeLists.SUPPORT);
		text(support, Messages.Details_extentStart, Literals.PARTICIPANT__SUPPORT_EXTENT_AT_START, Kind.INTEGER);
		code(support, Messages.Participants_supportExit, Literals.PARTICIPANT__SUPPORT_AT_EXIT, CodeLists.SUPPORT);
		text(support, Messages.Details_extentExit, Literals.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT, Kind.INTEGER);
		code(support, Messages.Participants_occupationStart, Literals.PARTICIPANT__OCCUPATION_AT_START,
				CodeLists.OCCUPATION);
		code(support, Messages.Participants_occupationExit, Literals.PARTICIPANT__OCCUPATION_AT_EXIT,
				CodeLists.OCCUPATION);

		Composite measurements = section(Messages.Details_measurements);
		measurement(measurements, Messages.Details_atStart, Literals.PARTICIPANT__START_MEASUREMENT);
		measurement(measurements, Messages.Details_atExit, Literals.PARTICIPANT__EXIT_MEASUREMENT);

		Composite extra = section(Messages.Details_extra);
		extras = new ExtraAttributes(extra, toolkit, context, current, this::isPersonal, () -> revealed);
		setEnabled(false);
	}

	Composite control() {
		return body;
	}

	void show(Participant participant) {
		revealed = false;
		current.setValue(participant);
		updatePersonnummer();
		setEnabled(participant != null);
	}

	public Participant current() {
		return current.getValue();
	}

	/** Problems of the shown participant at its fields; returns how many errors are shown. */
	int showProblems(List<Problem> problems) {
		marks.clearRules();
		Participant p = current.getValue();
		int errors = 0;
		for (Problem problem : problems) {
			if (p == null || problem.feature() == null) {
				continue;
			}
			boolean mine = problem.object() == p || problem.object().eContainer() == p;
			Control control = controls.get(problem.feature());
			if (mine && control != null && !control.isDisposed()) {
				marks.rule(control, problem.message(), problem.error());
				errors += problem.error() ? 1 : 0;
			}
		}
		return errors;
	}

	/** The message under a field of the shown participant (tests). */
	public String problemAt(EStructuralFeature feature) {
		Control control = controls.get(feature);
		return control == null ? null : marks.shown(control);
	}

	private enum Kind {
		TEXT, INTEGER, DECIMAL, DATE
	}

	private Composite section(String title) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(client);
		section.setClient(client);
		return client;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void text(Composite parent, String label, Object feature, Kind kind) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
		IObservableValue model = feature instanceof FeaturePath path
				? EMFEditProperties.value(context.domain(), path).observeDetail(current)
				: EMFEditProperties.value(context.domain(), (EStructuralFeature) feature).observeDetail(current);
		UpdateValueStrategy toModel = new UpdateValueStrategy<>();
		UpdateValueStrategy toTarget = new UpdateValueStrategy<>();
		switch (kind) {
		case INTEGER -> converters(toModel, toTarget, Integer.class, t -> t.isBlank() ? null
				: Integer.valueOf(Formats.parseNumber(t).intValueExact()), v -> String.valueOf(v), Messages.Fields_integer);
		case DECIMAL -> converters(toModel, toTarget, BigDecimal.class, Formats::parseNumber,
				v -> Formats.number((BigDecimal) v), Messages.Fields_number);
		case DATE -> converters(toModel, toTarget, LocalDate.class, Formats::parseDate, v -> Formats.date((LocalDate) v),
				Messages.Fields_date);
		case TEXT -> converters(toModel, toTarget, String.class, t -> t.isBlank() ? null : t, v -> (String) v, null);
		}
		se.finsam.ui.editors.internal.Fields.watch(
				bindings.bindValue(WidgetProperties.text(SWT.Modify).observeDelayed(400, text), model, toModel, toTarget),
				text, marks);
		controls.put(feature instanceof FeaturePath path ? path.getFeaturePath()[path.getFeaturePath().length - 1]
				: (EStructuralFeature) feature, text);
	}

	private interface Parse {
		Object parse(String text) throws ParseException;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void converters(UpdateValueStrategy toModel, UpdateValueStrategy toTarget, Class<?> type, Parse parse,
			java.util.function.Function<Object, String> format, String error) {
		toModel.setAfterGetValidator(v -> {
			try {
				parse.parse(v == null ? "" : ((String) v).strip());
				return ValidationStatus.ok();
			} catch (ParseException | ArithmeticException | NumberFormatException e) {
				return ValidationStatus.error(error);
			}
		});
		toModel.setConverter(IConverter.create(String.class, type, v -> {
			try {
				return parse.parse(v == null ? "" : ((String) v).strip());
			} catch (ParseException | ArithmeticException | NumberFormatException e) {
				return null;
			}
		}));
		toTarget.setConverter(IConverter.create(type, String.class, v -> v == null ? "" : format.apply(v)));
	}

	private void checkbox(Composite parent, String label, EStructuralFeature feature) {
		toolkit.createLabel(parent, "");
		Button box = toolkit.createButton(parent, label, SWT.CHECK);
		bindings.bindValue(WidgetProperties.buttonSelection().observe(box),
				EMFEditProperties.value(context.domain(), feature).observeDetail(current));
		controls.put(feature, box);
	}

	private void combo(Composite parent, String label, EStructuralFeature feature, List<?> choices,
			java.util.function.Function<Object, String> text) {
		toolkit.createLabel(parent, label);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(text));
		viewer.setInput(choices);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
		bindings.bindValue(ViewerProperties.singleSelection().observe(viewer),
				EMFEditProperties.value(context.domain(), feature).observeDetail(current));
		controls.put(feature, viewer.getControl());
	}

	/** A code from a code list, chosen by its label; the first, empty choice clears it. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void code(Composite parent, String label, EStructuralFeature feature, String list) {
		toolkit.createLabel(parent, label);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<Object> choices = new ArrayList<>();
		choices.add("");
		choices.addAll(CodeLists.defaults().entries(list));
		viewer.setLabelProvider(LabelProvider.createTextProvider(o -> o instanceof CodeEntry e ? CodeLists.label(e) : ""));
		viewer.setInput(choices);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(viewer.getControl());
		UpdateValueStrategy toModel = new UpdateValueStrategy<>();
		toModel.setConverter(IConverter.create(Object.class, String.class, o -> o instanceof CodeEntry e ? e.getCode() : null));
		UpdateValueStrategy toTarget = new UpdateValueStrategy<>();
		toTarget.setConverter(IConverter.create(String.class, Object.class,
				c -> c == null ? "" : CodeLists.defaults().find(list, (String) c).map(Object.class::cast).orElse("")));
		bindings.bindValue((IObservableValue) ViewerProperties.singleSelection().observe(viewer),
				EMFEditProperties.value(context.domain(), feature).observeDetail(current), toModel, toTarget);
		controls.put(feature, viewer.getControl());
	}

	/** Date, EQ-5D index and VAS of one measurement; a button adds the measurement when there is none. */
	private void measurement(Composite parent, String title, EStructuralFeature measurement) {
		Composite row = toolkit.createComposite(parent);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		toolkit.createLabel(row, title);
		Button add = toolkit.createButton(row, Messages.Details_addMeasurement, SWT.PUSH);
		add.setToolTipText(Messages.Details_addMeasurementTip);
		add.addListener(SWT.Selection, e -> {
			Participant p = current.getValue();
			if (p != null && p.eGet(measurement) == null) {
				context.execute(SetCommand.create(context.domain(), p, measurement,
						FinsamFactory.eINSTANCE.createMeasurement()));
			}
		});
		text(parent, Messages.Details_measured, FeaturePath.fromList(measurement, Literals.MEASUREMENT__DATE), Kind.DATE);
		text(parent, Messages.Details_eq5d, FeaturePath.fromList(measurement, Literals.MEASUREMENT__EQ5D_INDEX),
				Kind.DECIMAL);
		text(parent, Messages.Details_vas, FeaturePath.fromList(measurement, Literals.MEASUREMENT__EQ5D_VAS),
				Kind.INTEGER);
	}

	/**
	 * Masked unless revealed; editable only when revealed, so a masked text is never written back. Visa… asks why
	 * and records it (who, when, whose; never the number) before the number shows; Dölj masks it again. A number
	 * that is not a valid personnummer is not stored: the field says why and keeps the text for correction.
	 */
	private void personnummer(Composite parent) {
		toolkit.createLabel(parent, Messages.Participants_personnummer);
		Composite row = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		personnummer = toolkit.createText(row, "", SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(personnummer);
		reveal = toolkit.createButton(row, Messages.Details_reveal, SWT.PUSH);
		reveal.setToolTipText(Messages.Details_revealTip);
		reveal.addListener(SWT.Selection, e -> toggleReveal());
		personnummer.addListener(SWT.FocusOut, e -> storePersonnummer());
		controls.put(Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER, personnummer);
		context.onChange(personnummer, this::updatePersonnummer); // undo and redo show here too
	}

	/** Whether the förbund defined this extra attribute as personal data (masked, sealed, erased by gallring). */
	private boolean isPersonal(String attribute) {
		if (context.project() == null || !(context.project().eContainer() instanceof se.finsam.model.Association a)) {
			return false;
		}
		return a.getAttributeDefinitions().stream().anyMatch(d -> d.isPersonal() && d.getName().equals(attribute));
	}

	private void toggleReveal() {
		Participant p = current.getValue();
		if (revealed || p == null) {
			revealed = false;
			marks.unreadable(personnummer, null);
			updatePersonnummer();
			return;
		}
		RevealDialog dialog = new RevealDialog(body.getShell(), p.getCode());
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		try {
			recorder.accept(new AuditEntry(Instant.now(), System.getProperty("user.name"),
					AuditEntry.REVEAL_PERSONNUMMER, context.project().getId(), p.getCode(), dialog.reason()));
		} catch (RuntimeException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(body.getShell(), Messages.Reveal_title,
					NLS.bind(Messages.Details_revealFailed, e.getMessage()));
			return;
		}
		revealed = true;
		updatePersonnummer();
	}

	private void storePersonnummer() {
		Participant p = current.getValue();
		String text = personnummer.getText().strip();
		if (!revealed || p == null || text.equals(nullToEmpty(p.getPersonalIdentityNumber()))) {
			marks.unreadable(personnummer, null);
			return;
		}
		if (!text.isEmpty()) {
			try {
				Personnummer.parse(text);
			} catch (se.finsam.model.personal.InvalidPersonnummerException e) {
				marks.unreadable(personnummer, switch (e.problem()) {
				case FORMAT -> Messages.Details_personnummerFormat;
				case DATE -> Messages.Details_personnummerDate;
				case CHECK_DIGIT -> Messages.Details_personnummerCheckDigit;
				});
				return;
			}
		}
		marks.unreadable(personnummer, null);
		context.execute(SetCommand.create(context.domain(), p, Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER,
				text.isEmpty() ? null : text));
	}

	private void updatePersonnummer() {
		if (personnummer.isDisposed()) {
			return;
		}
		Participant p = current.getValue();
		String value = p == null ? "" : nullToEmpty(p.getPersonalIdentityNumber());
		reveal.setText(revealed ? Messages.Details_hide : Messages.Details_reveal);
		reveal.setToolTipText(revealed ? Messages.Details_hideTip : Messages.Details_revealTip);
		personnummer.setEditable(revealed);
		personnummer.setText(revealed ? value : Personnummer.mask(value));
		reveal.getParent().layout(true);
		if (extras != null) {
			extras.refresh();
		}
	}

	/** Tests: whether the number is shown unmasked. */
	boolean revealed() {
		return revealed;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private void setEnabled(boolean enabled) {
		for (Control control : controls.values()) {
			control.setEnabled(enabled);
		}
		reveal.setEnabled(enabled);
	}

	void dispose() {
		bindings.dispose();
	}
}
