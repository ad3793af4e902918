package se.finsam.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.model.ChartType;
import se.finsam.model.Checklist;
import se.finsam.model.ChecklistItem;
import se.finsam.model.GoalsTable;
import se.finsam.model.Project;
import se.finsam.model.ProjectFacts;
import se.finsam.model.ReportInstance;
import se.finsam.model.ReportTemplate;
import se.finsam.model.SignatureBlock;
import se.finsam.model.StatisticChart;
import se.finsam.model.StatisticTable;
import se.finsam.model.TemplatePart;
import se.finsam.model.TemplateSection;
import se.finsam.model.TextQuestion;
import se.finsam.model.util.FinsamSwitch;
import se.finsam.reports.Answers;
import se.finsam.reports.ProjectFields;
import se.finsam.reports.ReportPeriods;
import se.finsam.reports.ReportInstances;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;

/** Lays out a filled template as {@link Block}s: headings and answers in the template's order, figures computed. */
public final class ReportComposer {

	private final ReportTemplate template;
	private final ReportInstance report;
	private final Project project;
	private final ProjectStatistics stats;
	private final ReportPeriods.Span span;
	private final List<Block> blocks = new ArrayList<>();

	public ReportComposer(ReportTemplate template, ReportInstance report, Project project, ProjectStatistics stats) {
		this.template = template;
		this.report = report;
		this.project = project;
		this.stats = stats;
		this.span = ReportPeriods.of(report.getPeriod());
	}

	/** The template's words with the report's period in them ({år}, {period}: see ReportPeriods). */
	private String fill(String text) {
		return ReportPeriods.fill(text, span);
	}

	private String period() {
		return Formats.date(span.from()) + " " + Messages.Period_to + " " + Formats.date(span.to());
	}

	/** Still being written: it says so at the top and shows where answers are missing. */
	private boolean isDraft() {
		return report.getStatus() == null || report.getStatus() == se.finsam.model.ReportStatus.DRAFT;
	}

	public List<Block> compose() {
		if (!stats.disclosure().isOn()) {
			blocks.add(new Block.Internal(Messages.Report_internal));
		}
		blocks.add(new Block.Heading(0, fill(template.getName())));
		String project = this.project.getDiarienummer() + " " + this.project.getName();
		blocks.add(new Block.Note(span.isNone() ? project : project + " · " + Messages.Report_period + " " + period()));
		List<String> missing = se.finsam.reports.ReportInstances.missing(template, report, this.project);
		if (isDraft() && !missing.isEmpty()) {
			// a question that ends its sentence would read "försörjning.;" in the list
			String list = String.join("; ", missing.stream().map(q -> q.endsWith(".") ? q.substring(0, q.length() - 1)
					: q).toList());
			blocks.add(new Block.Draft(missing.size() == 1 ? NLS.bind(Messages.Report_draftOne, list)
					: NLS.bind(Messages.Report_draft, missing.size(), list)));
		}
		if (template.getIntro() != null && !template.getIntro().isBlank()) {
			blocks.add(new Block.Paragraph(fill(template.getIntro()), false));
		}
		for (TemplateSection section : template.getSections()) {
			if (!ReportInstances.applies(section, this.project)) {
				continue;
			}
			blocks.add(new Block.Heading(1, fill(section.getTitle())));
			if (section.getIntro() != null && !section.getIntro().isBlank()) {
				blocks.add(new Block.Paragraph(fill(section.getIntro()), false));
			}
			for (TemplatePart part : section.getParts()) {
				part(part);
			}
		}
		return blocks;
	}

	private void part(TemplatePart part) {
		new FinsamSwitch<Boolean>() {
			@Override
			public Boolean caseTextQuestion(TextQuestion q) {
				String text = Answers.text(report, q.getId());
				if (text.isBlank() && !isDraft()) {
					return true; // a finished report leaves an unanswered question out
				}
				title(q);
				blocks.add(new Block.Paragraph(text.isBlank() ? Messages.Report_unanswered : text, text.isBlank()));
				return true;
			}

			@Override
			public Boolean caseStatisticTable(StatisticTable t) {
				if (hasTitle(t)) {
					title(t);
				} else {
					figure(t.getStatistic()).ifPresent(table -> blocks.add(new Block.Heading(2, table.title())));
				}
				table(t.getStatistic());
				String comment = Answers.text(report, t.getId());
				if (!comment.isBlank()) {
					blocks.add(new Block.Paragraph(comment, false));
				}
				return true;
			}

			@Override
			public Boolean caseStatisticChart(StatisticChart c) {
				chart(c); // the chart carries its own title
				return true;
			}

			@Override
			public Boolean caseGoalsTable(GoalsTable g) {
				title(g);
				if (span.isNone()) { // a plan is written before anything has come out of the goals
					figure("goals").ifPresent(t -> blocks.add(new Block.Table(new StatTable(t.id(), t.title(),
							t.columns().subList(0, 1), t.rows().stream().map(r -> r.subList(0, 1)).toList(), false, null))));
				} else {
					table("goals");
				}
				return true;
			}

			@Override
			public Boolean caseProjectFacts(ProjectFacts f) {
				title(f);
				facts(f);
				return true;
			}

			@Override
			public Boolean caseChecklist(Checklist c) {
				checklist(c); // the checklist's title heads its table
				return true;
			}

			@Override
			public Boolean caseSignatureBlock(SignatureBlock s) {
				title(s);
				signature(s);
				return true;
			}

			/** A part kind this version does not know (a template written for a newer one): said, not dropped. */
			@Override
			public Boolean defaultCase(EObject other) {
				blocks.add(new Block.Note(NLS.bind(Messages.Report_unknownPart, other.eClass().getName())));
				return true;
			}
		}.doSwitch(part);
	}

	private static boolean hasTitle(TemplatePart part) {
		return part.getTitle() != null && !part.getTitle().isBlank();
	}

	private void title(TemplatePart part) {
		if (hasTitle(part)) {
			blocks.add(new Block.Heading(2, fill(part.getTitle())));
		}
	}

	private java.util.Optional<StatTable> figure(String statistic) {
		return se.finsam.reports.ReportFigures.table(stats, project, statistic);
	}

	private void table(String statistic) {
		StatTable table = figure(statistic).orElse(null);
		if (table == null) {
			blocks.add(new Block.Note(NLS.bind(Messages.Report_unknownStatistic, statistic)));
			return;
		}
		blocks.add(new Block.Table(table));
		if (table.note() != null) {
			blocks.add(new Block.Note(table.note()));
		}
	}

	private void chart(StatisticChart c) {
		StatTable table = figure(c.getStatistic()).orElse(null);
		if (table != null && table.columns().size() == 1 && c.getStatistic().startsWith("evaluation.")) {
			return; // no evaluation yet: its table already says so, a chart would add nothing
		}
		if (table == null || table.columns().size() <= c.getValueColumn()) {
			blocks.add(new Block.Note(NLS.bind(Messages.Report_unknownStatistic, c.getStatistic())));
			return;
		}
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Integer> colours = new ArrayList<>();
		int rows = table.rows().size() - Math.max(0, c.getExcludeLastRows());
		boolean hidden = false;
		for (int i = 0; i < rows; i++) {
			var row = table.rows().get(i);
			StatTable.Cell cell = row.get(c.getValueColumn());
			if (cell.suppressed()) {
				hidden = true; // never drawn: a bar would show what the table hides
			} else if (cell.value() != null && (c.getChartType() != ChartType.PIE || cell.value().signum() > 0)) {
				labels.add(row.get(0).text());
				values.add(cell.value().doubleValue());
				colours.add(i);
			}
		}
		if (labels.isEmpty()) { // an empty frame says nothing the table does not: at most why it is empty
			if (hidden) {
				blocks.add(new Block.Note(Messages.Report_chartSuppressed));
			}
			return;
		}
		String title = c.getTitle() != null && !c.getTitle().isBlank() ? fill(c.getTitle()) : table.title();
		blocks.add(new Block.Chart(title, c.getChartType(), labels, values, table.columns().get(c.getValueColumn()),
				colours, hidden ? Messages.Report_chartSuppressed : null));
	}

	private void facts(ProjectFacts f) {
		List<String[]> rows = new ArrayList<>();
		for (String fact : f.getFacts()) {
			String value = fact.equals("reportPeriod") ? span.isNone() ? "–" : period()
					: ProjectFields.text(project, fact);
			rows.add(new String[] { ProjectFields.label(fact), value });
		}
		blocks.add(new Block.Facts(rows));
	}

	private void checklist(Checklist c) {
		List<String> statements = new ArrayList<>();
		List<Boolean> answers = new ArrayList<>();
		for (ChecklistItem item : c.getItems()) {
			statements.add(item.getText());
			answers.add(Answers.checked(report, c.getId(), item.getId()));
		}
		blocks.add(new Block.Checks(fill(c.getTitle()), statements, answers, Messages.Report_yes, Messages.Report_no));
		if (c.getCommentLabel() != null && !c.getCommentLabel().isBlank()) {
			blocks.add(new Block.Heading(2, c.getCommentLabel()));
			String comment = Answers.text(report, c.getId());
			blocks.add(new Block.Paragraph(comment.isBlank() ? "" : comment, comment.isBlank()));
		}
	}

	private void signature(SignatureBlock s) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.Signature_date, Answers.value(report, s.getId(), Answers.DATE) });
		rows.add(new String[] { NLS.bind(Messages.Signature_signature, s.getRole() == null ? "" : s.getRole()), "" });
		rows.add(new String[] { Messages.Signature_name, Answers.value(report, s.getId(), Answers.NAME) });
		blocks.add(new Block.Facts(rows));
	}
}
