package org.gazette.content;

/**
 * What one import did with the content files.
 *
 * @param created files that became new articles
 * @param updated files that updated their article
 * @param unchanged files skipped because their bytes had not changed
 * @param keptEditorVersion changed files whose article an editor had changed since
 * @param skipped bad files, each logged with its reason
 */
record ImportReport(int created, int updated, int unchanged, int keptEditorVersion, int skipped) {

	static final ImportReport EMPTY = new ImportReport(0, 0, 0, 0, 0);

	@Override
	public String toString() {
		return this.created + " created, " + this.updated + " updated, " + this.unchanged + " unchanged, "
				+ this.keptEditorVersion + " kept as edited, " + this.skipped + " skipped";
	}

}
