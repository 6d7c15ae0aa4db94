package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;

/**
 * Text that wraps at its width instead of being cut: a Draw2d flow page with one soft-wrapped text flow
 * (words move to the next line; a word longer than the line is broken), so a figure can ask it how tall it
 * is at a given width and show the whole string at any size.
 */
public class TextBlock extends FlowPage {
	private final TextFlow flow = new TextFlow();

	public TextBlock() {
		flow.setLayoutManager(new ParagraphTextLayout(flow, ParagraphTextLayout.WORD_WRAP_SOFT));
		add(flow);
	}

	public void setText(String text) {
		String next = text == null ? "" : text;
		if (!next.equals(flow.getText())) {
			flow.setText(next);
		}
	}

	public String getText() {
		return flow.getText();
	}

	/** The flow that holds the text; its fragments are the lines as drawn. */
	public TextFlow textFlow() {
		return flow;
	}
}
