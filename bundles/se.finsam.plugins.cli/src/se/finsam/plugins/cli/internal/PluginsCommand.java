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
import se.finsam.plugins.Plugin;
import se.finsam.plugins.PluginException;
import se.finsam.plugins.PluginService;

/**
 * {@code ./finsam plugins} lists the template plug-ins; {@code plugins install REPO [FEATURE…] [--trust]} and
 * {@code plugins remove FEATURE} change them (effective from the next start).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=plugins")
public class PluginsCommand implements CliCommand {

	@Reference
	private PluginService plugins;

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String summary() {
		return Messages.Plugins_summary;
	}

	@Override
	public String usage() {
		return Messages.Plugins_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		boolean trust = args.flag("--trust");
		List<String> words = args.positionals();
		args.done();
		String action = words.isEmpty() ? "list" : words.get(0);
		try {
			switch (action) {
			case "list" -> {
				only(words, 1);
				list(plugins.installed(), context);
			}
			case "available" -> {
				only(words, 2);
				list(plugins.available(word(words, 1, Messages.Plugins_needRepository)), context);
			}
			case "install" -> install(word(words, 1, Messages.Plugins_needRepository), words.subList(2, words.size()),
					trust, context);
			case "remove" -> {
				only(words, 2);
				Plugin removed = plugins.remove(word(words, 1, Messages.Plugins_needFeature));
				context.out().println(NLS.bind(Messages.Plugins_removed, removed.id(), removed.version()));
			}
			default -> throw CliException.usage(NLS.bind(Messages.Plugins_unknownAction, action));
			}
		} catch (PluginException e) {
			String hint = e.untrusted().isEmpty() ? "" : " " + Messages.Plugins_trustHint;
			// the cause (p2's own account, in English) only with --debug
			throw new CliException(e.getMessage() + hint, e.untrusted().isEmpty() ? CliException.FAILED : CliException.USAGE,
					e.getCause());
		}
		return 0;
	}

	private void install(String repository, List<String> features, boolean trust, CommandContext context)
			throws PluginException {
		for (Plugin p : plugins.install(repository, features, trust)) {
			context.out().println(NLS.bind(Messages.Plugins_installed,
					new Object[] { p.id(), p.version(), p.signer() == null ? Messages.Plugins_unsigned : p.signer() }));
		}
		context.out().println(Messages.Plugins_nextStart);
	}

	private static void list(List<Plugin> found, CommandContext context) {
		Table table = new Table(Messages.Plugins_feature, Messages.Plugins_version, Messages.Plugins_templates,
				Messages.Plugins_signer, Messages.Plugins_source);
		for (Plugin p : found) {
			table.row(p.id(), p.version(), String.join(", ", p.templates()),
					p.signer() == null ? Messages.Plugins_unsigned : p.signer(),
					p.source() == null ? Messages.Plugins_product : p.source());
		}
		table.print(context.out());
	}

	private static String word(List<String> words, int index, String missing) throws CliException {
		if (words.size() <= index) {
			throw CliException.usage(missing);
		}
		return words.get(index);
	}

	private static void only(List<String> words, int count) throws CliException {
		if (words.size() > count) {
			throw CliException.usage(NLS.bind(Messages.Plugins_extra, words.get(count)));
		}
	}
}
