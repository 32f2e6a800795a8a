package org.gazette.search;

import org.jsoup.Jsoup;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes an article's sanitised body HTML as the text a reader sees, so that matches and
 * snippets never come from markup. The characters that mark highlights are removed, so
 * that only the highlighter can put them in a snippet.
 */
class HtmlTextBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
		return (html != null) ? Highlights.withoutMarkers(Jsoup.parseBodyFragment(html).body().text()) : null;
	}

}
