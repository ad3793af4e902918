package se.finsam.ui.help.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The guide on screen: the topics (and a search over them) on the left, the chosen topic on the right. Links go to
 * other topics ({@code topic:ID}) or run a command ({@code command:ID}, e.g. Ny insats).
 */
final class TopicBrowser {

	private final Guide guide = Guide.get();
	private final FormToolkit toolkit;
	private final TableViewer list;
	private final ScrolledForm page;
	private final FormText text;
	private Guide.Topic shown;

	TopicBrowser(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(left);
		Text search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Guide_search);
		search.setToolTipText(Messages.Guide_searchTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		list = new TableViewer(left, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.getControl());
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Guide.Topic) element).title();
			}
		});
		list.setInput(guide.topics());
		list.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Guide.Topic t && t != shown) {
				show(t);
			}
		});
		search.addModifyListener(e -> {
			List<Guide.Topic> found = search.getText().isBlank() ? guide.topics() : guide.search(search.getText());
			list.setInput(found);
			if (!found.isEmpty()) {
				show(found.get(0));
			}
		});
		page = toolkit.createScrolledForm(sash);
		TableWrapLayout wrap = new TableWrapLayout();
		wrap.leftMargin = 16;
		wrap.rightMargin = 16;
		page.getBody().setLayout(wrap); // the text wraps to the width there is, never scrolls sideways
		text = toolkit.createFormText(page.getBody(), true);
		text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		text.setFont("header", JFaceResources.getHeaderFont());
		text.setFont("code", JFaceResources.getTextFont());
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				follow(String.valueOf(e.getHref()));
			}
		});
		sash.setWeights(28, 72);
		// Beside the work the guide is tall and narrow: the topics go above the text there.
		sash.addListener(SWT.Resize, e -> {
			int orientation = sash.getSize().x < 640 ? SWT.VERTICAL : SWT.HORIZONTAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
				sash.setWeights(orientation == SWT.VERTICAL ? new int[] { 30, 70 } : new int[] { 28, 72 });
			}
		});
	}

	void show(String id) {
		guide.topic(id).or(() -> guide.topics().stream().findFirst()).ifPresent(this::show);
	}

	private void show(Guide.Topic topic) {
		shown = topic;
		page.setText(topic.title());
		text.setText(topic.markup(), true, false);
		list.setSelection(new StructuredSelection(topic), true);
		page.reflow(true);
		page.setOrigin(0, 0);
	}

	String shownId() {
		return shown == null ? null : shown.id();
	}

	/** The shown topic's text as the user reads it (tests). */
	String shownText() {
		return shown == null ? "" : shown.plain();
	}

	private void follow(String href) {
		if (href.startsWith("topic:")) {
			show(href.substring("topic:".length()));
		} else if (href.startsWith("command:")) {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand(href.substring("command:".length()), null);
			} catch (Exception e) {
				org.eclipse.core.runtime.ILog.of(TopicBrowser.class).warn("The guide's link " + href + " failed", e);
			}
		}
	}

	void setFocus() {
		list.getControl().setFocus();
	}

	void dispose() {
		toolkit.dispose();
	}
}
