package se.finsam.ui.editors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;

import se.finsam.model.Project;
import se.finsam.model.provider.FinsamItemProviderAdapterFactory;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.Problem;

/**
 * One project being edited: its editing domain (every change is a command, so it can be undone), and its
 * validation, re-run shortly after each change and published to the pages so they can show each problem at its
 * field.
 */
public final class EditingContext {

	private static final int VALIDATION_DELAY_MS = 300;

	private final Project project;
	private final ComposedAdapterFactory adapters;
	private final AdapterFactoryEditingDomain domain;
	private final List<Consumer<List<Problem>>> problemListeners = new CopyOnWriteArrayList<>();
	private List<Problem> problems = List.of();
	private boolean validationPending;
	private boolean readOnly;

	public EditingContext(Project project) {
		this.project = project;
		adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new FinsamItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack() {
			@Override
			public void execute(Command command) {
				// Every change is a command: refusing them here makes a read-only project unchangeable by any page.
				if (!readOnly) {
					super.execute(command);
				}
			}
		};
		this.domain = new AdapterFactoryEditingDomain(adapters, stack, new HashMap<>());
		stack.addCommandStackListener(event -> scheduleValidation());
	}

	public Project project() {
		return project;
	}

	/** A team server's reader looks without changing: no command runs, the pages lock their controls. */
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	public boolean readOnly() {
		return readOnly;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public BasicCommandStack stack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	/** Runs a command through the stack, so that Edit → Undo takes it back. */
	public void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/**
	 * Calls back (later, on the UI thread) after every change, undo and redo, until the control is disposed: views
	 * of computed figures stay current without leaking listeners.
	 */
	public void onChange(org.eclipse.swt.widgets.Control owner, Runnable callback) {
		org.eclipse.emf.common.command.CommandStackListener listener = event -> {
			if (!owner.isDisposed()) {
				owner.getDisplay().asyncExec(() -> {
					if (!owner.isDisposed()) {
						callback.run();
					}
				});
			}
		};
		stack().addCommandStackListener(listener);
		owner.addDisposeListener(e -> stack().removeCommandStackListener(listener));
	}

	public boolean isDirty() {
		return stack().isSaveNeeded();
	}

	/** The current problems (errors and warnings). */
	public List<Problem> problems() {
		return problems;
	}

	public List<Problem> errors() {
		List<Problem> errors = new ArrayList<>();
		for (Problem p : problems) {
			if (p.error()) {
				errors.add(p);
			}
		}
		return errors;
	}

	public void addProblemListener(Consumer<List<Problem>> listener) {
		problemListeners.add(listener);
		listener.accept(problems);
	}

	public void removeProblemListener(Consumer<List<Problem>> listener) {
		problemListeners.remove(listener);
	}

	/** Validates now (before a save) and tells the listeners. */
	public List<Problem> validateNow() {
		validationPending = false;
		Map<Object, Object> context = new HashMap<>();
		problems = ModelValidation.validate(project, context);
		problemListeners.forEach(l -> l.accept(problems));
		return problems;
	}

	/**
	 * Takes this editor's item providers off the model: the project belongs to the session and outlives the editor,
	 * so adapters left on it would pile up with every editor opened on it.
	 */
	public void dispose() {
		validationPending = false;
		problemListeners.clear();
		adapters.dispose();
	}

	/** Validates a moment from now on the UI thread, once however often it is asked for meanwhile. */
	public void validateSoon() {
		scheduleValidation();
	}

	/** Typing many characters validates once, a moment after the last. */
	private void scheduleValidation() {
		if (validationPending) {
			return;
		}
		validationPending = true;
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(VALIDATION_DELAY_MS, () -> {
				if (validationPending) {
					validateNow();
				}
			});
		}
	}
}
