package org.restripe.model.persist;

/** The two on-disk forms of a site. */
public enum SiteFormat {
	/** XMI, for interchange and review by eye; files are named *.restripe. */
	XMI(".restripe"),
	/** EMF binary, a fast local cache; several times quicker to load than XMI. */
	BINARY(".restripe.bin");

	private final String extension;

	SiteFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}
}
