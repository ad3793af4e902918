package se.finsam.ui;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The user guide's topics, by id, and how a part or a dialog points to its own: a part implements
 * {@link Contextual}, a dialog calls {@link #attach}. F1 then opens that topic (bundle se.finsam.ui.help, reached
 * through its command so that nothing here depends on it).
 */
public final class HelpTopics {

	/** The command that shows a topic; its parameter {@value #TOPIC_PARAMETER} is the topic id. */
	public static final String COMMAND = "se.finsam.ui.help.topic";
	public static final String TOPIC_PARAMETER = "se.finsam.ui.help.topic.id";

	public static final String GETTING_STARTED = "komma-igang";
	public static final String PROJECTS = "insatser";
	public static final String PARTICIPANTS = "deltagare";
	public static final String IMPORT = "import";
	public static final String BUDGET = "budget";
	public static final String REPORTS = "rapporter";
	public static final String EVALUATION = "utvardering";
	public static final String TEMPLATES = "mallar";
	public static final String SAFETY = "sakerhet";

	/** A part that knows which topic of the guide explains what the user is looking at. */
	public interface Contextual {
		String helpTopic();
	}

	private HelpTopics() {
	}

	/** F1 (or the help key) in the control or anything inside it opens the topic. */
	public static void attach(Control control, String topic) {
		control.addListener(SWT.Help, e -> show(topic));
	}

	/** Opens the topic; does nothing when the user guide is not installed. */
	public static void show(String topic) {
		try {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			var command = commands.getCommand(COMMAND);
			if (!command.isDefined()) {
				return;
			}
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(TOPIC_PARAMETER, topic)), null);
		} catch (Exception e) {
			org.eclipse.core.runtime.ILog.of(HelpTopics.class).warn("The user guide could not show " + topic, e);
		}
	}
}
