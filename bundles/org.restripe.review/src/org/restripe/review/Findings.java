package org.restripe.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.restripe.model.Identified;

/** Collects the findings of the rules of one review. */
public final class Findings {

	private final List<Finding> list = new ArrayList<>();

	public void add(Finding finding) {
		list.add(finding);
	}

	public void error(Rule rule, Identified element, String message, String fix) {
		add(new Finding(Severity.ERROR, rule.id(), idOf(element), message, fix));
	}

	public void warning(Rule rule, Identified element, String message, String fix) {
		add(new Finding(Severity.WARNING, rule.id(), idOf(element), message, fix));
	}

	public void info(Rule rule, Identified element, String message, String fix) {
		add(new Finding(Severity.INFO, rule.id(), idOf(element), message, fix));
	}

	public List<Finding> list() {
		return Collections.unmodifiableList(list);
	}

	private static String idOf(Identified element) {
		return element == null ? null : element.getId();
	}
}
