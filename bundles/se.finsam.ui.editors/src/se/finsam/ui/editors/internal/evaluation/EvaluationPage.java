package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;

import se.finsam.calc.CalcException;
import se.finsam.calc.Calculator;
import se.finsam.calc.StandardValues;
import se.finsam.core.Formats;
import se.finsam.model.Evaluation;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.ui.editors.internal.ContentFormPage;
import se.finsam.ui.editors.internal.ProjectEditor;

/**
 * Utvärdering: the project's socio-economic evaluations. The main inputs and the outcome groups as fields and a
 * table, the rest of the type cases as the calculation file's JSON; every edit is one undoable command on the
 * evaluation's inputs, and the results per actor and the chart follow at once.
 */
public class EvaluationPage extends ContentFormPage {

	public static final String ID = "evaluations";
	/** The scalar inputs: JSON key, label, and how it is typed: "%" a percentage, "#" a plain whole number. */
	private static final String[][] FIELDS = { { "name", Messages.Field_name, "" }, { "year", Messages.Field_year, "#" },
			{ "participants", Messages.Field_participants, "#" }, { "projectCost", Messages.Field_cost, "" },
			{ "indirectTax", Messages.Field_indirectTax, "%" }, { "years", Messages.Field_years, "#" },
			{ "discountRate", Messages.Field_discountRate, "%" } };

	private Combo chooser;
	private final Text[] fields = new Text[FIELDS.length];
	private GroupsTable groups;
	private BeforeSection before;
	private Text json;
	private Label jsonProblem;
	private ResultView results;
	private boolean updating;
	/** Shipped values with the förbund's own file, read when the page is built. */
	private StandardValues values;
	private CalcException valuesProblem;
	/** The evaluation to show at the next refresh (a new one), or -1 to keep the choice. */
	private int select = -1;

	public EvaluationPage(ProjectEditor editor) {
		super(editor, ID, Messages.Page_title);
	}

	@Override
	protected String loadingText() {
		return Messages.Page_loading;
	}

	@Override
	protected void build(IManagedForm managedForm, Composite body) {
		try {
			values = StandardValues.forDataLocation(se.finsam.core.DataLocation.path());
		} catch (CalcException e) {
			valuesProblem = e;
		}
		Composite inputs = section(managedForm, body, Messages.Section_inputs, Messages.Section_inputsHint);
		chooser = new Combo(inputs, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
		chooser.addListener(SWT.Selection, e -> refresh());
		Composite buttons = toolkit().createComposite(inputs);
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		button(buttons, Messages.Button_new, Messages.Button_newTip, this::addEvaluation);
		button(buttons, Messages.Button_remove, Messages.Button_removeTip, this::removeEvaluation);
		for (int i = 0; i < FIELDS.length; i++) {
			toolkit().createLabel(inputs, FIELDS[i][1]);
			Text text = toolkit().createText(inputs, "", SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			int index = i;
			if (FIELDS[i][0].equals("indirectTax")) {
				text.setMessage(Messages.Field_indirectTaxDefault);
			}
			text.addListener(SWT.Modify, e -> later(text, () -> commitField(index)));
			fields[i] = text;
		}
		Composite result = section(managedForm, body, Messages.Section_results, null);
		results = new ResultView(result, toolkit());

		Composite outcome = section(managedForm, body, Messages.Section_groups, Messages.Section_groupsHint);
		groups = new GroupsTable(outcome, this::commitGroup);
		Composite groupButtons = toolkit().createComposite(outcome);
		groupButtons.setLayout(new org.eclipse.swt.layout.RowLayout());
		button(groupButtons, Messages.Button_addGroup, Messages.Button_addGroupTip, () -> changeGroups(true));
		button(groupButtons, Messages.Button_removeGroup, Messages.Button_removeGroupTip, () -> changeGroups(false));

		Composite beforeArea = section(managedForm, body, Messages.Section_before, Messages.Section_beforeHint);
		before = new BeforeSection(beforeArea, toolkit(), this::edit);
		Composite supportButtons = toolkit().createComposite(beforeArea);
		supportButtons.setLayout(new org.eclipse.swt.layout.RowLayout());
		button(supportButtons, Messages.Button_addSupport, Messages.Button_addSupportTip,
				() -> before.addSupport(this::edit));
		button(supportButtons, Messages.Button_removeSupport, Messages.Button_removeSupportTip,
				() -> before.removeSupport(this::edit));

		Composite advanced = section(managedForm, body, Messages.Section_json, Messages.Section_jsonHint);
		json = toolkit().createText(advanced, "", SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, 220).applyTo(json);
		json.addListener(SWT.Modify, e -> later(json, this::commitJson));
		jsonProblem = toolkit().createLabel(advanced, "", SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(jsonProblem);
		context().onChange(body, this::refresh);
		refresh();
	}

	private void button(Composite parent, String text, String tip, Runnable action) {
		Button b = toolkit().createButton(parent, text, SWT.PUSH);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
	}

	/** Commits after the user paused typing, as the other fields do. */
	private void later(org.eclipse.swt.widgets.Control control, Runnable commit) {
		if (updating) {
			return;
		}
		Object stamp = new Object();
		control.setData("pending", stamp);
		control.getDisplay().timerExec(400, () -> {
			if (!control.isDisposed() && control.getData("pending") == stamp) {
				commit.run();
			}
		});
	}

	private List<Evaluation> evaluations() {
		return project().getEvaluations();
	}

	private Evaluation current() {
		int i = chooser.getSelectionIndex();
		return i >= 0 && i < evaluations().size() ? evaluations().get(i) : null;
	}

	/** Shows the model: after every edit, undo and redo. */
	public void refresh() {
		if (chooser == null || chooser.isDisposed()) {
			return;
		}
		updating = true;
		try {
			int selected = select >= 0 ? select : Math.max(0, chooser.getSelectionIndex());
			select = -1;
			chooser.removeAll();
			evaluations().forEach(e -> chooser.add(e.getName() == null || e.getName().isBlank() ? "—" : e.getName()));
			chooser.select(Math.min(selected, evaluations().size() - 1));
			Evaluation e = current();
			Map<String, Object> root = e == null ? null : EvaluationJson.parse(e.getInputs());
			for (int i = 0; i < FIELDS.length; i++) {
				fields[i].setEnabled(root != null);
				String text = root == null ? "" : shown(root.get(FIELDS[i][0]), FIELDS[i][2]);
				if (!fields[i].getText().equals(text)) {
					fields[i].setText(text);
				}
			}
			groups.show(root == null ? List.of() : EvaluationJson.groups(root));
			before.show(root);
			String inputs = e == null ? "" : e.getInputs();
			if (!json.getText().equals(inputs)) {
				json.setText(inputs);
			}
			jsonProblem.setText(e != null && root == null ? Messages.Json_invalid : "");
			compute(e);
		} finally {
			updating = false;
		}
	}

	private void compute(Evaluation e) {
		if (e == null) {
			results.show(null, Messages.Result_noEvaluation);
			return;
		}
		if (values == null) {
			results.show(null, valuesProblem.getMessage());
			return;
		}
		try {
			results.show(Calculator.compute(Calculator.read(e.getInputs()), values), null);
		} catch (CalcException x) {
			results.show(null, x.getMessage());
		}
		getManagedForm().reflow(true);
	}

	private static String shown(Object value, String kind) {
		if (value instanceof BigDecimal d) {
			return switch (kind) {
			case "%" -> Formats.number(d.movePointRight(2));
			case "#" -> d.toPlainString();
			default -> Formats.number(d);
			};
		}
		return value == null ? "" : String.valueOf(value);
	}

	private void commitField(int index) {
		Evaluation e = current();
		Map<String, Object> root = e == null ? null : EvaluationJson.parse(e.getInputs());
		if (root == null) {
			return;
		}
		String key = FIELDS[index][0];
		String text = fields[index].getText().strip();
		try {
			if (key.equals("name")) {
				root.put(key, text);
			} else if (text.isEmpty()) {
				root.remove(key);
			} else {
				BigDecimal v = Formats.parseNumber(text.replace("%", "").strip());
				root.put(key, FIELDS[index][2].equals("%") ? v.movePointLeft(2) : v);
			}
		} catch (ParseException x) {
			results.show(null, NLS.bind(Messages.Field_notNumber, FIELDS[index][1].replace(":", ""), text));
			return;
		}
		setInputs(e, root, key.equals("name") ? text : null);
	}

	private void commitGroup(int row, String key, String text) {
		Evaluation e = current();
		Map<String, Object> root = e == null ? null : EvaluationJson.parse(e.getInputs());
		if (root == null || row < 0) {
			return;
		}
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> group = (Map<String, Object>) EvaluationJson.groups(root).get(row);
			EvaluationJson.put(group, key, GroupsTable.value(key, text));
			setInputs(e, root, null);
		} catch (ParseException | IndexOutOfBoundsException x) {
			results.show(null, NLS.bind(Messages.Field_notNumber, key, text));
		}
	}

	/** One change to the inputs, committed as one command. */
	private void edit(java.util.function.Consumer<Map<String, Object>> change) {
		Evaluation e = current();
		Map<String, Object> root = e == null ? null : EvaluationJson.parse(e.getInputs());
		if (root != null) {
			change.accept(root);
			setInputs(e, root, null);
		}
	}

	private void changeGroups(boolean add) {
		Evaluation e = current();
		Map<String, Object> root = e == null ? null : EvaluationJson.parse(e.getInputs());
		if (root == null) {
			return;
		}
		List<Object> list = EvaluationJson.groups(root);
		if (add) {
			list.add(EvaluationJson.group(Messages.Groups_newName, "0", "0", "0", "0"));
		} else {
			int i = groups.viewer().getTable().getSelectionIndex();
			if (i < 0 || i >= list.size()) {
				return;
			}
			list.remove(i);
		}
		setInputs(e, root, null);
	}

	private void commitJson() {
		Evaluation e = current();
		if (e == null || json.getText().equals(e.getInputs())) {
			return;
		}
		if (EvaluationJson.parse(json.getText()) == null) {
			jsonProblem.setText(Messages.Json_invalid);
			return;
		}
		context().execute(SetCommand.create(context().domain(), e, Literals.EVALUATION__INPUTS, json.getText()));
	}

	private void setInputs(Evaluation e, Map<String, Object> root, String name) {
		var domain = context().domain();
		var command = new org.eclipse.emf.common.command.CompoundCommand(Messages.Command_edit);
		command.append(SetCommand.create(domain, e, Literals.EVALUATION__INPUTS, EvaluationJson.write(root)));
		if (name != null) {
			command.append(SetCommand.create(domain, e, Literals.EVALUATION__NAME, name));
		}
		context().execute(command.unwrap());
	}

	private void addEvaluation() {
		Evaluation e = FinsamFactory.eINSTANCE.createEvaluation();
		String name = NLS.bind(Messages.Evaluation_newName, evaluations().size() + 1);
		e.setName(name);
		e.setCreated(LocalDate.now());
		e.setInputs(EvaluationJson.template(project(), name));
		context().execute(AddCommand.create(context().domain(), project(), Literals.PROJECT__EVALUATIONS, e));
		select = evaluations().size() - 1;
		refresh();
	}

	private void removeEvaluation() {
		Evaluation e = current();
		if (e != null) {
			context().execute(RemoveCommand.create(context().domain(), project(), Literals.PROJECT__EVALUATIONS, e));
		}
	}

	/** Tests: the result shown. */
	public String summaryText() {
		return results == null ? "" : results.summaryText();
	}
}
