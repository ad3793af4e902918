package se.finsam.ui.editors.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;

import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Project;
import se.finsam.ui.editors.internal.Fields.Kind;

/** Bortfall och analys: dropout, success factors, system faults, the steering group's analysis and signature. */
public class AnalysisPage extends ProjectFormPage {

	public static final String ID = "analysis";

	public AnalysisPage(ProjectEditor editor) {
		super(editor, ID, Messages.Analysis_title);
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		Project p = project();
		Composite dropout = section(managedForm, body, Messages.Analysis_dropout, Messages.Analysis_dropoutHint);
		fields().text(dropout, Messages.Analysis_count, p.getDropout(), Literals.DROPOUT__COUNT, Kind.INTEGER);
		fields().text(dropout, Messages.Analysis_share, p.getDropout(), Literals.DROPOUT__SHARE, Kind.DECIMAL);
		fields().area(dropout, Messages.Analysis_comment, p.getDropout(), Literals.DROPOUT__COMMENT, 3);

		Composite signature = section(managedForm, body, Messages.Analysis_signature, Messages.Analysis_signatureHint);
		fields().text(signature, Messages.Analysis_date, p.getSignature(), Literals.SIGNATURE__DATE, Kind.DATE);
		fields().text(signature, Messages.Analysis_name, p.getSignature(), Literals.SIGNATURE__NAME, Kind.TEXT);
		fields().text(signature, Messages.Analysis_role, p.getSignature(), Literals.SIGNATURE__ROLE, Kind.TEXT);

		Composite factors = section(managedForm, body, Messages.Analysis_factors, null);
		fields().area(factors, Messages.Analysis_success, p, Literals.PROJECT__SUCCESS_FACTORS, 5);
		fields().area(factors, Messages.Analysis_faults, p, Literals.PROJECT__SYSTEM_FAULTS, 5);

		Composite analysis = section(managedForm, body, Messages.Analysis_steering, Messages.Analysis_steeringHint);
		fields().area(analysis, Messages.Analysis_steering, p, Literals.PROJECT__STEERING_GROUP_ANALYSIS, 12);
	}
}
