package se.finsam.store.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.Json;
import se.finsam.cli.StoreAccess;
import se.finsam.cli.Table;
import se.finsam.model.Association;
import se.finsam.model.Gender;
import se.finsam.model.ProjectKind;
import se.finsam.model.codes.CodeLists;
import se.finsam.store.ParticipantSummary;
import se.finsam.store.ProjectSummary;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam list projects|participants}: what the store holds, as a table or JSON. Never personnummer. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=list")
public class ListCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String summary() {
		return Messages.List_summary;
	}

	@Override
	public String usage() {
		return Messages.List_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		boolean json = args.flag("--json");
		Optional<String> dnr = args.option("--project");
		Optional<String> associationName = args.option(StoreAccess.ASSOCIATION);
		List<String> what = args.positionals();
		args.done();
		if (what.size() != 1 || !List.of("projects", "participants").contains(what.get(0))) {
			throw CliException.usage(Messages.List_what);
		}
		try (Store store = StoreAccess.open(stores, key, context)) {
			Association association = StoreAccess.association(store, associationName);
			if (what.get(0).equals("projects")) {
				projects(store.projects(association.getId()), json, context);
			} else {
				String wanted = dnr.orElseThrow(() -> CliException.usage(Messages.List_what));
				ProjectSummary project = store.findProject(association.getId(), wanted).orElseThrow(
						() -> new CliException(NLS.bind(Messages.List_noProject, wanted, association.getName())));
				participants(store.participants(project.id()), json, context);
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}

	/** A count a team server's reader may not see: one to four persons. */
	private static final String SUPPRESSED = "<" + ProjectSummary.SMALLEST_SHOWN;

	private static void projects(List<ProjectSummary> projects, boolean json, CommandContext context) {
		if (json) {
			List<Object> out = new ArrayList<>();
			for (ProjectSummary p : projects) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("diarienummer", p.diarienummer());
				o.put("name", p.name());
				o.put("kind", p.kind().getLiteral());
				o.put("start", p.start());
				o.put("end", p.end());
				o.put("participants", p.suppressed() ? SUPPRESSED : p.participants());
				out.add(o);
			}
			context.out().println(Json.write(out));
			return;
		}
		Table table = new Table(Messages.List_dnr, Messages.List_name, Messages.List_kind, Messages.List_period,
				Messages.List_participants).alignRight(4);
		for (ProjectSummary p : projects) {
			table.row(p.diarienummer(), p.name(), kind(p.kind()), period(p), p.suppressed() ? SUPPRESSED
					: p.participants());
		}
		table.print(context.out());
	}

	private static void participants(List<ParticipantSummary> participants, boolean json, CommandContext context) {
		CodeLists codes = CodeLists.defaults();
		if (json) {
			List<Object> out = new ArrayList<>();
			for (ParticipantSummary p : participants) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("code", p.code());
				o.put("gender", p.gender().getLiteral());
				o.put("birthYear", p.birthYear());
				o.put("enrolmentDate", p.enrolmentDate());
				o.put("enrolmentYear", p.enrolmentDate() != null ? p.enrolmentDate().getYear() : p.enrolmentYear());
				o.put("exitDate", p.exitDate());
				o.put("exitReason", p.exitReason());
				out.add(o);
			}
			context.out().println(Json.write(out));
			return;
		}
		Table table = new Table(Messages.List_code, Messages.List_gender, Messages.List_birthYear,
				Messages.List_enrolled, Messages.List_exited, Messages.List_exitReason).alignRight(2);
		for (ParticipantSummary p : participants) {
			table.row(p.code(), gender(p.gender()), p.birthYear(),
					p.enrolmentDate() != null ? p.enrolmentDate() : p.enrolmentYear(), p.exitDate(),
					p.exitReason() == null ? "" : codes.label(CodeLists.EXIT_REASON, p.exitReason()));
		}
		table.print(context.out());
		context.err().println(NLS.bind(Messages.List_count, participants.size()));
	}

	private static String period(ProjectSummary p) {
		return (p.start() == null ? "" : p.start().toString()) + " – " + (p.end() == null ? "" : p.end().toString());
	}

	static String kind(ProjectKind kind) {
		return kind == ProjectKind.LONG_TERM_COOPERATION ? Messages.Kind_longTerm : Messages.Kind_project;
	}

	static String gender(Gender gender) {
		return switch (gender) {
		case FEMALE -> Messages.Gender_female;
		case MALE -> Messages.Gender_male;
		default -> Messages.Gender_unspecified;
		};
	}
}
