package se.finsam.ui.editors.internal;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.model.validation.Problem;

/**
 * Text fields bound to model features through the editing domain (so every change is an undoable command), with
 * the type's conversion (amounts and dates as Swedes write them) and each validation problem shown at its field.
 * One per page; disposed with it.
 */
public final class Fields {

	/** How a field's text maps to its feature's value. */
	public enum Kind {
		TEXT, INTEGER, DECIMAL, DATE
	}

	private record Key(EObject object, EStructuralFeature feature) {
	}

	private static final int DELAY_MS = 400;

	private final EditingContext context;
	private final FormToolkit toolkit;
	private final DataBindingContext bindings = new DataBindingContext();
	private final Map<Key, Control> controls = new LinkedHashMap<>();
	private final FieldMarks marks = new FieldMarks();

	public Fields(EditingContext context, FormToolkit toolkit) {
		this.context = context;
		this.toolkit = toolkit;
	}

	/** A label and a one-line text field in a two-column grid. */
	public Text text(Composite parent, String label, EObject owner, EStructuralFeature feature, Kind kind) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE | (kind == Kind.TEXT ? SWT.LEFT : SWT.RIGHT));
		GridDataFactory.fillDefaults().grab(true, false).hint(kind == Kind.TEXT ? 300 : 140, SWT.DEFAULT).applyTo(text);
		if (kind == Kind.DATE) {
			text.setMessage(Messages.Fields_dateHint);
		}
		bind(text, owner, feature, kind);
		return text;
	}

	/** A label above a multi-line text field spanning both columns. */
	public Text area(Composite parent, String label, EObject owner, EStructuralFeature feature, int lines) {
		Label l = toolkit.createLabel(parent, label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		bind(text, owner, feature, Kind.TEXT);
		return text;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void bind(Text text, EObject owner, EStructuralFeature feature, Kind kind) {
		IObservableValue target = WidgetProperties.text(SWT.Modify).observeDelayed(DELAY_MS, text);
		IObservableValue model = EMFEditProperties.value(context.domain(), feature).observe(owner);
		UpdateValueStrategy toModel = new UpdateValueStrategy<>();
		UpdateValueStrategy toTarget = new UpdateValueStrategy<>();
		switch (kind) {
		case DECIMAL -> {
			toModel.setAfterGetValidator(v -> parses(() -> Formats.parseNumber((String) v), Messages.Fields_number));
			toModel.setConverter(IConverter.create(String.class, BigDecimal.class, v -> quietly(() -> Formats.parseNumber((String) v))));
			toTarget.setConverter(IConverter.create(BigDecimal.class, String.class, v -> Formats.number((BigDecimal) v)));
		}
		case DATE -> {
			toModel.setAfterGetValidator(v -> parses(() -> Formats.parseDate((String) v), Messages.Fields_date));
			toModel.setConverter(IConverter.create(String.class, LocalDate.class, v -> quietly(() -> Formats.parseDate((String) v))));
			toTarget.setConverter(IConverter.create(LocalDate.class, String.class, v -> Formats.date((LocalDate) v)));
		}
		case INTEGER -> {
			toModel.setAfterGetValidator(v -> parses(() -> integer((String) v), Messages.Fields_integer));
			toModel.setConverter(IConverter.create(String.class, Integer.class, v -> quietly(() -> integer((String) v))));
			toTarget.setConverter(IConverter.create(Integer.class, String.class, v -> v == null ? "" : String.valueOf(v)));
		}
		case TEXT -> {
			toModel.setConverter(IConverter.create(String.class, String.class, v -> v == null || ((String) v).isEmpty() ? null : v));
			toTarget.setConverter(IConverter.create(String.class, String.class, v -> v == null ? "" : v));
		}
		}
		watch(bindings.bindValue(target, model, toModel, toTarget), text, marks);
		controls.put(new Key(owner, feature), text);
	}

	/** A text the field cannot read (letters in an amount) is refused at the field, in words, until corrected. */
	public static void watch(org.eclipse.core.databinding.Binding binding, Control control, FieldMarks marks) {
		binding.getValidationStatus().addValueChangeListener(e -> {
			IStatus status = e.diff.getNewValue();
			if (!control.isDisposed()) {
				marks.unreadable(control, status != null && !status.isOK() ? status.getMessage() : null);
			}
		});
	}

	public FieldMarks marks() {
		return marks;
	}

	/** Registers a control that shows its own value but should carry the problems of a feature. */
	public void register(Control control, EObject owner, EStructuralFeature feature) {
		controls.put(new Key(owner, feature), control);
	}

	/**
	 * Shows the problems of this page's fields at the fields (a frame and the message under it) and says in the form's
	 * heading how many there are here and on the other pages, so nothing is hidden and nothing is shown twice.
	 */
	public void show(List<Problem> problems, org.eclipse.ui.forms.widgets.ScrolledForm form) {
		marks.clearRules();
		int here = 0;
		int elsewhere = 0;
		for (Problem p : problems) {
			Control control = p.feature() == null ? null : controls.get(new Key(p.object(), p.feature()));
			if (control != null && !control.isDisposed()) {
				marks.rule(control, p.message(), p.error());
				here += p.error() ? 1 : 0;
			} else if (p.error()) {
				elsewhere++;
			}
		}
		heading(form, here, elsewhere);
	}

	/** "2 fel på den här sidan" in the form's heading, or nothing. */
	public static void heading(org.eclipse.ui.forms.widgets.ScrolledForm form, int here, int elsewhere) {
		if (form.isDisposed()) {
			return;
		}
		String text = here > 0 && elsewhere > 0 ? org.eclipse.osgi.util.NLS.bind(Messages.Fields_errorsBoth, here, elsewhere)
				: here > 0 ? org.eclipse.osgi.util.NLS.bind(Messages.Fields_errorsHere, here)
						: elsewhere > 0 ? org.eclipse.osgi.util.NLS.bind(Messages.Fields_errorsElsewhere, elsewhere) : null;
		if (text == null && form.getData(READ_ONLY) instanceof String readOnly) {
			form.setMessage(readOnly, IMessageProvider.INFORMATION);
		} else {
			form.setMessage(text, text == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
		}
	}

	/** The form's data under this key is what its heading says when there are no errors (a reader's page). */
	static final String READ_ONLY = "se.finsam.readOnly";

	public void dispose() {
		bindings.dispose();
	}

	private interface Parse {
		Object get() throws ParseException;
	}

	private static IStatus parses(Parse parse, String message) {
		try {
			parse.get();
			return ValidationStatus.ok();
		} catch (ParseException | NumberFormatException e) {
			return ValidationStatus.error(message);
		}
	}

	private static Object quietly(Parse parse) {
		try {
			return parse.get();
		} catch (ParseException | NumberFormatException e) {
			return null; // never reached: the validator stopped the update
		}
	}

	private static Integer integer(String text) throws ParseException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Formats.parseNumber(text).intValueExact();
		} catch (ArithmeticException e) {
			throw new ParseException(text, 0);
		}
	}
}
