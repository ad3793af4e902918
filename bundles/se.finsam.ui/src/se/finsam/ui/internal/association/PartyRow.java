package se.finsam.ui.internal.association;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import se.finsam.model.CodeEntry;
import se.finsam.model.Party;
import se.finsam.model.codes.CodeLists;
import se.finsam.ui.internal.Messages;

/** One party of the association dialog: its kind (code list partyKind), name and share of the financing. */
final class PartyRow {

	final Party party;
	final Combo kind;
	final Text name;
	final Text share;
	private final Button remove;

	PartyRow(Composite parent, Party party, boolean inUse, Runnable changed, Consumer<PartyRow> removed) {
		this.party = party;
		kind = new Combo(parent, SWT.READ_ONLY);
		kind.setItems(entries().stream().map(CodeLists::label).toArray(String[]::new));
		kind.select(0);
		name = new Text(parent, SWT.BORDER);
		name.setMessage(Messages.Association_partyNameHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(name);
		share = new Text(parent, SWT.BORDER | SWT.RIGHT);
		share.setMessage("25");
		share.setToolTipText(Messages.Association_partyShareTip);
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(share);
		remove = new Button(parent, SWT.PUSH);
		remove.setText(Messages.Association_removeParty);
		remove.setEnabled(!inUse);
		remove.setToolTipText(inUse ? Messages.Association_partyInUse : Messages.Association_removePartyTip);
		kind.addListener(SWT.Selection, e -> changed.run());
		name.addModifyListener(e -> changed.run());
		share.addModifyListener(e -> changed.run());
		remove.addListener(SWT.Selection, e -> removed.accept(this));
	}

	static List<String> kinds() {
		return entries().stream().map(CodeEntry::getCode).toList();
	}

	private static List<CodeEntry> entries() {
		return CodeLists.defaults().entries(CodeLists.PARTY_KIND);
	}

	String kindCode() {
		int i = kind.getSelectionIndex();
		return i < 0 ? null : kinds().get(i);
	}

	BigDecimal share() throws ParseException {
		try {
			return AssociationDialog.share(share.getText());
		} catch (ParseException e) {
			throw new ParseException(share.getText(), e.getErrorOffset());
		}
	}

	void dispose() {
		kind.dispose();
		name.dispose();
		share.dispose();
		remove.dispose();
	}
}
