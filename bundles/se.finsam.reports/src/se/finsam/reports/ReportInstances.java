package se.finsam.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import se.finsam.model.Answer;
import se.finsam.model.Checklist;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.ReportStatus;
import se.finsam.model.ReportTemplate;
import se.finsam.model.SignatureBlock;
import se.finsam.model.TemplatePart;
import se.finsam.model.TemplateSection;
import se.finsam.model.TextQuestion;
import se.finsam.model.util.FinsamSwitch;

/** Makes a report from a template, filled from what the project already says, and tells what is still missing. */
public final class ReportInstances {

	private ReportInstances() {
	}

	/**
	 * A new report (not yet added to the project): text parts with a source start from the project's field, the
	 * signature from the project's signature. Computed parts need nothing: they are computed when rendered.
	 */
	public static ReportInstance create(Project project, ReportTemplate template, LocalDate from, LocalDate to) {
		FinsamFactory f = FinsamFactory.eINSTANCE;
		ReportInstance report = f.createReportInstance();
		report.setId(UUID.randomUUID().toString());
		report.setTemplateId(template.getId());
		report.setTitle(template.getName());
		report.setStatus(ReportStatus.DRAFT);
		report.setModified(LocalDate.now());
		Period period = f.createPeriod();
		period.setStart(from);
		period.setEnd(to);
		report.setPeriod(period);
		for (TemplatePart part : parts(template)) {
			if (part instanceof TextQuestion q && q.getSource() != null && !q.getSource().isBlank()) {
				String text = ProjectFields.text(project, q.getSource());
				report.getAnswers().add(answer(part.getId(), text.isBlank() ? null : text));
			} else if (part instanceof SignatureBlock && project.getSignature() != null) {
				Answer a = answer(part.getId(), null);
				a.getValues().put(Answers.DATE,
						project.getSignature().getDate() == null ? "" : project.getSignature().getDate().toString());
				a.getValues().put(Answers.NAME, project.getSignature().getName() == null ? "" : project.getSignature().getName());
				report.getAnswers().add(a);
			}
		}
		complete(template, report);
		return report;
	}

	/**
	 * Adds the answers a report of this template can hold and does not have yet, empty: an editor binds its
	 * fields to them (older reports, templates that gained parts). Nothing is answered by this.
	 */
	public static void complete(ReportTemplate template, ReportInstance report) {
		FinsamSwitch<Boolean> holder = new FinsamSwitch<>() {
			@Override
			public Boolean caseTextQuestion(TextQuestion q) {
				ensure(report, q.getId());
				return true;
			}

			/** A table's comment. */
			@Override
			public Boolean caseStatisticTable(se.finsam.model.StatisticTable t) {
				ensure(report, t.getId());
				return true;
			}

			@Override
			public Boolean caseChecklist(Checklist list) {
				ensure(report, list.getId());
				list.getItems().forEach(item -> ensure(report, Answers.checklistKey(list.getId(), item.getId())));
				return true;
			}

			@Override
			public Boolean caseSignatureBlock(SignatureBlock s) {
				ensure(report, s.getId());
				Answer a = Answers.find(report, s.getId()).orElseThrow();
				for (String key : new String[] { Answers.DATE, Answers.NAME }) {
					if (!a.getValues().containsKey(key)) {
						a.getValues().put(key, "");
					}
				}
				return true;
			}

			/** Charts, facts and goals hold no answer. */
			@Override
			public Boolean defaultCase(EObject other) {
				return true;
			}
		};
		parts(template).forEach(holder::doSwitch);
	}

	private static void ensure(ReportInstance report, String partId) {
		if (Answers.find(report, partId).isEmpty()) {
			report.getAnswers().add(answer(partId, null));
		}
	}

	private static Answer answer(String partId, String text) {
		Answer a = FinsamFactory.eINSTANCE.createAnswer();
		a.setPartId(partId);
		a.setText(text);
		return a;
	}

	/** Every part of the template, in order. */
	public static List<TemplatePart> parts(ReportTemplate template) {
		List<TemplatePart> result = new ArrayList<>();
		for (TemplateSection section : template.getSections()) {
			result.addAll(section.getParts());
		}
		return result;
	}

	/** Whether the section is for this project (Bilaga LS only for long-term cooperation, for example). */
	public static boolean applies(TemplateSection section, Project project) {
		String kind = section.getForKind();
		return kind == null || kind.isBlank() || project == null || project.getKind() == null
				|| kind.equals(project.getKind().getLiteral());
	}

	/** The required parts still empty, as "Section: part" for the user, or the section alone for an untitled part. */
	public static List<String> missing(ReportTemplate template, ReportInstance report, Project project) {
		return missingParts(template, report, project).stream().map(ReportInstances::label).toList();
	}

	/** The required parts still empty, in the template's order. */
	public static List<TemplatePart> missingParts(ReportTemplate template, ReportInstance report, Project project) {
		List<TemplatePart> result = new ArrayList<>();
		for (TemplateSection section : template.getSections()) {
			if (!applies(section, project)) {
				continue;
			}
			for (TemplatePart part : section.getParts()) {
				if (part.isRequired() && !answered(part, report)) {
					result.add(part);
				}
			}
		}
		return result;
	}

	/** A part as the user names it: "Section: part", or the section alone for an untitled part. */
	public static String label(TemplatePart part) {
		String section = part.eContainer() instanceof TemplateSection s ? s.getTitle() : "";
		return part.getTitle() == null || part.getTitle().isBlank() ? section : section + ": " + part.getTitle();
	}

	/** Whether the part holds an answer (text typed, a checklist marked, a signature dated). */
	public static boolean isAnswered(TemplatePart part, ReportInstance report) {
		return answered(part, report);
	}

	static boolean answered(TemplatePart part, ReportInstance report) {
		return new FinsamSwitch<Boolean>() {
			@Override
			public Boolean caseTextQuestion(TextQuestion q) {
				return !Answers.text(report, q.getId()).isBlank();
			}

			@Override
			public Boolean caseChecklist(Checklist list) {
				return list.getItems().stream().allMatch(i -> Answers.checked(report, list.getId(), i.getId()) != null);
			}

			@Override
			public Boolean caseSignatureBlock(SignatureBlock s) {
				return !Answers.value(report, s.getId(), Answers.DATE).isBlank()
						&& !Answers.value(report, s.getId(), Answers.NAME).isBlank();
			}

			/** Tables, charts, facts and goals are computed from the data: nothing to answer. */
			@Override
			public Boolean defaultCase(EObject other) {
				return true;
			}
		}.doSwitch(part);
	}
}
