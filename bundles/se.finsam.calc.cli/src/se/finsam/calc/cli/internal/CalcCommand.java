package se.finsam.calc.cli.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.calc.CalcException;
import se.finsam.calc.Calculator;
import se.finsam.calc.Evaluation;
import se.finsam.calc.EvaluationResult;
import se.finsam.calc.Situation;
import se.finsam.calc.StandardValues;
import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.Json;
import se.finsam.cli.StoreAccess;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam calc FILE.json [--format table|json] [--values FILE.json] [--project DNR | --save-to DNR
 * [--name NAME]]}: with a project, the revenue comes from its participants' own situations at start and exit
 * (individual-level mode); {@code --save-to} stores the file with the project as its latest evaluation, as the
 * workbench's Utvärdering page does, for the reports that print it.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=calc")
public class CalcCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "calc";
	}

	@Override
	public String summary() {
		return Messages.Calc_summary;
	}

	@Override
	public String usage() {
		return Messages.Calc_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		String format = args.option("--format").orElse("table");
		Optional<String> own = args.option("--values");
		Optional<String> project = args.option("--project");
		Optional<String> saveTo = args.option("--save-to");
		Optional<String> name = args.option("--name");
		Optional<String> association = args.option(StoreAccess.ASSOCIATION);
		StoreKey key = project.isPresent() || saveTo.isPresent() ? StoreAccess.key(args, context) : null;
		List<String> files = args.positionals();
		args.done();
		if (files.size() != 1) {
			throw CliException.usage(Messages.Calc_usage.split("\n\n")[0]);
		}
		if (saveTo.isPresent() && project.isPresent()) {
			throw CliException.usage(Messages.Calc_saveIndividual);
		}
		if (name.isPresent() && saveTo.isEmpty()) {
			throw CliException.usage(Messages.Calc_nameWithoutSave);
		}
		if (!format.equals("table") && !format.equals("json")) {
			throw CliException.usage(Messages.Calc_format);
		}
		EvaluationResult result;
		String text;
		try {
			StandardValues values = StandardValues.forDataLocation(context.dataLocation());
			if (own.isPresent()) {
				values = values.with(existing(own.get()).toUri().toURL());
			}
			text = Files.readString(existing(files.get(0)));
			Evaluation evaluation = project.isPresent() ? Calculator.readForParticipants(text) : Calculator.read(text);
			result = project.isPresent()
					? Calculator.compute(evaluation, changes(key, association, project.get(), context), values)
					: Calculator.compute(evaluation, values);
		} catch (CalcException e) {
			throw CliException.usage(e.getMessage());
		} catch (MalformedURLException e) {
			throw CliException.usage(e.getMessage());
		} catch (IOException e) {
			throw new CliException(e.getMessage(), e);
		}
		if (saveTo.isPresent()) { // first: a project that is not there is said before any figures
			String saved = name.orElse(result.name() == null || result.name().isBlank()
					? Path.of(files.get(0)).getFileName().toString().replaceFirst("\\.json$", "")
					: result.name());
			save(key, association, saveTo.get(), saved, text, context);
			context.err().println(NLS.bind(Messages.Calc_saved, saved, saveTo.get()));
		}
		if (format.equals("json")) {
			context.out().println(Json.write(ResultJson.of(result)));
		} else {
			ResultTable.print(result, context.out());
		}
		return 0;
	}

	/** The file as the project's newest evaluation; only a file that computed is stored. */
	private void save(StoreKey key, Optional<String> association, String dnr, String name, String inputs,
			CommandContext context) throws CliException {
		try (Store store = StoreAccess.open(stores, key, context)) {
			Project p = StoreAccess.project(store, StoreAccess.association(store, association), dnr);
			se.finsam.model.Evaluation e = FinsamFactory.eINSTANCE.createEvaluation();
			e.setName(name);
			e.setCreated(LocalDate.now());
			e.setInputs(inputs);
			p.getEvaluations().add(e);
			store.saveProject(p);
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
	}

	/** The situations at start and exit of the project's participants who have left. */
	private List<Situation.Change> changes(StoreKey key, Optional<String> association, String dnr, CommandContext context)
			throws CliException {
		try (Store store = StoreAccess.open(stores, key, context)) {
			Project p = StoreAccess.project(store, StoreAccess.association(store, association), dnr);
			return p.getParticipants().stream().filter(x -> x.getExitDate() != null)
					.map(x -> new Situation.Change(
							new Situation(x.getSupportAtStart(), x.getSupportExtentAtStart(), x.getOccupationAtStart()),
							new Situation(x.getSupportAtExit(), x.getSupportExtentAtExit(), x.getOccupationAtExit())))
					.toList();
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
	}

	private static Path existing(String name) throws CliException {
		return se.finsam.cli.InputFiles.readable(name);
	}

	static String money(BigDecimal value) {
		return value == null ? "" : se.finsam.core.Formats.wholeKronor(value);
	}
}
