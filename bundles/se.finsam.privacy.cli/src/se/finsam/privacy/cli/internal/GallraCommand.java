package se.finsam.privacy.cli.internal;

import java.time.LocalDate;
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
import se.finsam.cli.StoreAccess;
import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.validation.AssociationRules;
import se.finsam.privacy.Gallring;
import se.finsam.store.BackupRecord;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam gallra [--dry-run] [--years N]}: the identities due under the förbund's retention rule, erased
 * (or only listed), and the backups that still hold them.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=gallra")
public class GallraCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "gallra";
	}

	@Override
	public String summary() {
		return Messages.Gallra_summary;
	}

	@Override
	public String usage() {
		return Messages.Gallra_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		boolean dryRun = args.flag("--dry-run");
		Optional<String> years = args.option("--years");
		Optional<String> associationName = args.option(StoreAccess.ASSOCIATION);
		args.done();
		Integer newYears = years.isEmpty() ? null : years(years.get());
		try (Store store = StoreAccess.open(stores, key, context)) {
			Association association = StoreAccess.association(store, associationName);
			if (newYears != null && !newYears.equals(association.getRetentionYears())) {
				association.setRetentionYears(newYears);
				store.saveAssociation(association);
				context.out().println(NLS.bind(Messages.Gallra_ruleSet, association.getName(), newYears));
			}
			Gallring.Plan plan = Gallring.plan(store, association, LocalDate.now());
			context.out().println(NLS.bind(Messages.Gallra_rule, association.getName(), plan.years()));
			if (plan.due().isEmpty()) {
				context.out().println(Messages.Gallra_nothing);
				return 0;
			}
			for (Map.Entry<String, List<ErasureCandidate>> e : plan.byDiarienummer().entrySet()) {
				LocalDate first = e.getValue().stream().map(ErasureCandidate::due).min(LocalDate::compareTo).orElseThrow();
				LocalDate last = e.getValue().stream().map(ErasureCandidate::due).max(LocalDate::compareTo).orElseThrow();
				context.out().println("  " + NLS.bind(Messages.Gallra_project, new Object[] { e.getKey(),
						Formats.count(e.getValue().size()), Formats.date(first), Formats.date(last) }));
			}
			if (dryRun) {
				context.out().println(NLS.bind(Messages.Gallra_wouldErase, Formats.count(plan.due().size())));
				backups(context, plan.backups(), true);
				return 0;
			}
			Gallring.Result result = Gallring.run(store, plan, System.getProperty("user.name"));
			context.out().println(NLS.bind(Messages.Gallra_erased, new Object[] { Formats.count(result.erased()),
					Formats.count(result.projects()), Formats.decimal(java.math.BigDecimal.valueOf(
							result.took().toMillis()).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP)) }));
			backups(context, result.backupsHolding(), false);
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}

	private static Integer years(String text) throws CliException {
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 0 && n <= AssociationRules.MAX_RETENTION_YEARS) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw CliException.usage(NLS.bind(Messages.Gallra_badYears, text, AssociationRules.MAX_RETENTION_YEARS));
	}

	private static void backups(CommandContext context, List<BackupRecord> backups, boolean dryRun) {
		if (backups.isEmpty()) {
			return;
		}
		context.out().println(dryRun ? Messages.Gallra_backupsWould : Messages.Gallra_backups);
		for (BackupRecord b : backups) {
			context.out().println("  " + Formats.dateTime(b.takenAt()) + "  " + b.location());
		}
	}
}
