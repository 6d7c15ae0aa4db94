package org.restripe.review;

/** One check of the technical review. Rules are stateless and independent of each other. */
public interface Rule {

	/** Short stable name, e.g. "raid-feasibility"; findings carry it. */
	String id();

	void check(ReviewContext context, Findings findings);
}
