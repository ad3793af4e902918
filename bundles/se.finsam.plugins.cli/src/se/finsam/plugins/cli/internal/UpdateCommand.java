package se.finsam.plugins.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.Table;
import se.finsam.plugins.PluginException;
import se.finsam.plugins.Update;
import se.finsam.plugins.UpdateService;

/**
 * {@code ./finsam update [--from REPO] [--check] [--trust]}: the product and the template plug-ins installed, to
 * the newest versions a p2 repository has (effective from the next start).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=update")
public class UpdateCommand implements CliCommand {

	@Reference
	private UpdateService updates;

	@Override
	public String name() {
		return "update";
	}

	@Override
	public String summary() {
		return Messages.Update_summary;
	}

	@Override
	public String usage() {
		return Messages.Update_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		boolean trust = args.flag("--trust");
		boolean check = args.flag("--check");
		String from = args.option("--from").orElse(null);
		args.done();
		try {
			String repository = from != null ? from : updates.lastRepository();
			if (repository == null) {
				throw CliException.usage(Messages.Update_needRepository);
			}
			if (check) {
				List<Update> found = updates.available(repository);
				if (found.isEmpty()) {
					context.out().println(NLS.bind(Messages.Update_upToDate, repository));
				} else {
					table(found, context);
				}
				return 0;
			}
			List<Update> done = updates.update(repository, trust);
			context.out().println(Messages.Update_done);
			table(done, context);
			context.out().println(Messages.Update_nextStart);
			return 0;
		} catch (PluginException e) {
			String hint = e.untrusted().isEmpty() ? "" : " " + Messages.Update_trustHint;
			throw new CliException(e.getMessage() + hint, e.untrusted().isEmpty() ? CliException.FAILED : CliException.USAGE,
					e.getCause());
		}
	}

	private static void table(List<Update> updates, CommandContext context) {
		Table table = new Table(Messages.Update_name, Messages.Update_id, Messages.Update_installed,
				Messages.Update_available);
		for (Update u : updates) {
			table.row(u.name(), u.id(), u.installed(), u.available());
		}
		table.print(context.out());
	}
}
