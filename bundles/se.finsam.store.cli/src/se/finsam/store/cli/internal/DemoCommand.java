package se.finsam.store.cli.internal;

import java.time.LocalDate;

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
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam demo}: a realistic, fictional association in the store. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=demo")
public class DemoCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return Messages.Demo_summary;
	}

	@Override
	public String usage() {
		return Messages.Demo_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		long seed = args.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
		int participants = (int) args.number("--participants", 400, 0, 2_000_000);
		boolean oneProject = args.flag("--in-one-project");
		args.done();
		Association demo = DemoData.create(seed, participants, LocalDate.now());
		if (oneProject) {
			DemoData.inOneProject(demo);
		}
		try (Store store = StoreAccess.open(stores, key, context)) {
			if (store.associations().stream().anyMatch(a -> a.id().equals(demo.getId()))) {
				throw new CliException(NLS.bind(Messages.Demo_exists, demo.getName(), seed));
			}
			store.createAssociation(demo);
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		long count = demo.getProjects().stream().mapToLong(p -> p.getParticipants().size()).sum();
		Object where = context.server() != null ? context.server() : context.dataLocation();
		int projects = demo.getProjects().size();
		context.out().println(NLS.bind(projects == 1 ? Messages.Demo_createdOneProject : Messages.Demo_created,
				new Object[] { demo.getName(), projects, Formats.count(count), where }));
		return 0;
	}
}
