package se.finsam.ui.internal.association;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Party;
import se.finsam.model.Project;
import se.finsam.model.validation.AssociationRules;
import se.finsam.model.validation.Diarienummer;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.Problem;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.internal.Messages;

/**
 * The förbund itself: name, organisation number, how it writes a diarienummer, and its parties with their share
 * of the financing, and how long participants' identities are kept (gallring). Creates a new association or edits one; checked as the user types, with the model's own rules,
 * and OK only when everything holds. The association is changed only when the user presses OK.
 */
public final class AssociationDialog extends TitleAreaDialog {

	private final Association original;
	private Text name;
	private Text organisationNumber;
	private Combo format;
	private Label formatExample;
	private Spinner retention;
	private Composite partyRows;
	private final List<PartyRow> parties = new ArrayList<>();
	private Association result;
	/** A new förbund's first problem waits until the user has typed something. */
	private boolean touched;

	/** @param association the one to edit, or null for a new förbund */
	public AssociationDialog(Shell parent, Association association) {
		super(parent);
		this.original = association;
	}

	/** The new association (create), or the edited one with the dialog's values applied; null when cancelled. */
	public Association result() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(original == null ? Messages.Association_newTitle : Messages.Association_editTitle);
		HelpTopics.attach(shell, HelpTopics.GETTING_STARTED);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(original == null ? Messages.Association_newTitle : Messages.Association_editTitle);
		setMessage(Messages.Association_message);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		name = field(c, Messages.Association_name, Messages.Association_nameHint);
		organisationNumber = field(c, Messages.Association_orgNumber, Messages.Association_orgNumberHint);
		new Label(c, SWT.NONE).setText(Messages.Association_format);
		format = new Combo(c, SWT.DROP_DOWN | SWT.BORDER);
		format.setItems(Diarienummer.COMMON);
		format.setToolTipText(Messages.Association_formatTip);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(format);
		new Label(c, SWT.NONE);
		formatExample = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(formatExample);
		new Label(c, SWT.NONE).setText(Messages.Association_retention);
		retention = new Spinner(c, SWT.BORDER);
		retention.setValues(AssociationRules.DEFAULT_RETENTION_YEARS, 0, AssociationRules.MAX_RETENTION_YEARS, 0, 1, 5);
		retention.setToolTipText(Messages.Association_retentionTip);
		new Label(c, SWT.NONE);
		Label retentionHint = new Label(c, SWT.WRAP);
		retentionHint.setText(Messages.Association_retentionHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(retentionHint);

		Label heading = new Label(c, SWT.NONE);
		heading.setText(Messages.Association_parties);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
		partyRows = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(partyRows);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(partyRows);
		for (String column : new String[] { Messages.Association_partyKind, Messages.Association_partyName,
				Messages.Association_partyShare, "" }) {
			new Label(partyRows, SWT.NONE).setText(column);
		}
		Button add = new Button(c, SWT.PUSH);
		add.setText(Messages.Association_addParty);
		add.setToolTipText(Messages.Association_addPartyTip);
		add.addListener(SWT.Selection, e -> {
			addRow(null).name.setFocus();
			edited();
		});

		fill();
		touched = original != null;
		name.addModifyListener(e -> edited());
		organisationNumber.addModifyListener(e -> edited());
		format.addModifyListener(e -> edited());
		retention.addModifyListener(e -> edited());
		return area;
	}

	private static Text field(Composite c, String label, String hint) {
		new Label(c, SWT.NONE).setText(label);
		Text text = new Text(c, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void edited() {
		touched = true;
		validate();
	}

	/** A new förbund starts with the state's two parties; the region and the municipalities are added by name. */
	private void fill() {
		if (original == null) {
			format.setText(Diarienummer.DEFAULT);
			for (String[] state : new String[][] { { "FK", Messages.Association_fk }, { "AF", Messages.Association_af } }) {
				PartyRow row = addRow(null);
				row.kind.select(Math.max(0, PartyRow.kinds().indexOf(state[0])));
				row.name.setText(state[1]);
			}
			return;
		}
		name.setText(text(original.getName()));
		organisationNumber.setText(text(original.getOrganisationNumber()));
		format.setText(Diarienummer.formatOf(original));
		if (original.getRetentionYears() != null) {
			retention.setSelection(original.getRetentionYears());
		}
		for (Party p : original.getParties()) {
			PartyRow row = addRow(p);
			row.kind.select(Math.max(0, PartyRow.kinds().indexOf(p.getKind())));
			row.name.setText(text(p.getName()));
			row.share.setText(p.getFinancingShare() == null ? "" : Formats.decimal(p.getFinancingShare()));
		}
	}

	private PartyRow addRow(Party party) {
		PartyRow row = new PartyRow(partyRows, party, inUse(party), this::edited, this::remove);
		parties.add(row);
		partyRows.getParent().layout(true, true);
		getShell().layout(true, true);
		return row;
	}

	private void remove(PartyRow row) {
		parties.remove(row);
		row.dispose();
		getShell().layout(true, true);
		validate();
	}

	/** A party a project names (owner or party to it) stays: the project would lose it. */
	private boolean inUse(Party party) {
		if (party == null || original == null) {
			return false;
		}
		for (Project p : original.getProjects()) {
			if (p.getOwner() == party || p.getParticipatingParties().contains(party)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(original == null ? Messages.Association_create : Messages.Association_save);
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		formatExample.setText(NLS.bind(Messages.Association_formatExample, Diarienummer.example(format.getText())));
		String error = check();
		setErrorMessage(touched ? error : null);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	/** The first problem, in the model's words; null when the förbund can be saved. */
	private String check() {
		if (name.getText().isBlank()) {
			return Messages.Association_nameMissing;
		}
		String formatProblem = Diarienummer.problem(format.getText());
		if (formatProblem != null) {
			return formatProblem;
		}
		Association candidate;
		try {
			candidate = candidate();
		} catch (ParseException e) {
			return NLS.bind(Messages.Association_shareNotANumber, e.getMessage());
		}
		Map<Object, Object> context = new HashMap<>();
		for (Problem p : ModelValidation.validate(candidate, context)) {
			if (p.object() == candidate || p.object() instanceof Party) {
				return p.message();
			}
		}
		return null;
	}

	/** The values as a detached association (no projects) for the rules. */
	private Association candidate() throws ParseException {
		Association a = FinsamFactory.eINSTANCE.createAssociation();
		a.setName(name.getText().strip());
		a.setOrganisationNumber(organisationNumber.getText().isBlank() ? null : organisationNumber.getText().strip());
		a.setDiarienummerFormat(format.getText().strip());
		a.setRetentionYears(retention.getSelection() == AssociationRules.DEFAULT_RETENTION_YEARS
				&& (original == null || original.getRetentionYears() == null) ? null : retention.getSelection());
		for (PartyRow row : parties) {
			Party p = FinsamFactory.eINSTANCE.createParty();
			p.setKind(row.kindCode());
			p.setName(row.name.getText().strip());
			p.setFinancingShare(row.share());
			a.getParties().add(p);
		}
		return a;
	}

	@Override
	protected void okPressed() {
		try {
			Association values = candidate();
			result = original == null ? values : apply(values);
		} catch (ParseException e) {
			return; // validate() keeps OK disabled while a share is not a number
		}
		super.okPressed();
	}

	/** The dialog's values into the edited association, its parties matched by row (new rows added, removed gone). */
	private Association apply(Association values) {
		original.setName(values.getName());
		original.setOrganisationNumber(values.getOrganisationNumber());
		original.setDiarienummerFormat(Diarienummer.DEFAULT.equals(values.getDiarienummerFormat()) ? null
				: values.getDiarienummerFormat());
		original.setRetentionYears(values.getRetentionYears());
		List<Party> kept = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			Party from = values.getParties().get(i);
			Party to = parties.get(i).party != null ? parties.get(i).party : FinsamFactory.eINSTANCE.createParty();
			to.setKind(from.getKind());
			to.setName(from.getName());
			to.setFinancingShare(from.getFinancingShare());
			kept.add(to);
		}
		original.getParties().retainAll(kept);
		for (Party p : kept) {
			if (!original.getParties().contains(p)) {
				original.getParties().add(p);
			}
		}
		return original;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	static BigDecimal share(String text) throws ParseException {
		return text.isBlank() ? null : Formats.parseNumber(text.replace("%", "").strip());
	}
}
