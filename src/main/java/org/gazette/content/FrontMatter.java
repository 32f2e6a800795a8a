package org.gazette.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Splits a content file into its YAML front matter and markdown body. Scalars stay
 * strings (YAML 1.1 would turn {@code yes} into a boolean and dates into
 * {@link java.util.Date}); the importer reads dates itself so that it can say what is
 * wrong with them.
 *
 * @param fields the front matter's fields, in file order
 * @param body the markdown after the front matter
 */
record FrontMatter(Map<String, Object> fields, String body) {

	private static final Pattern DELIMITER = Pattern.compile("^---[ \\t]*$");

	private static final Pattern END_DELIMITER = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$");

	private static final int MAX_ALIASES = 20;

	static FrontMatter parse(String text) throws InvalidContentException {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = content.lines().toList();
		if (lines.isEmpty() || !DELIMITER.matcher(lines.get(0)).matches()) {
			throw new InvalidContentException("no front matter: the file must start with a line '---'");
		}
		int end = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (END_DELIMITER.matcher(lines.get(i)).matches()) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new InvalidContentException("front matter is not closed by a line '---'");
		}
		String yaml = String.join("\n", lines.subList(1, end));
		String body = String.join("\n", lines.subList(end + 1, lines.size()))
			.replaceFirst("\\A(?:[ \\t]*\\n)+", "")
			.stripTrailing() + "\n";
		return new FrontMatter(load(yaml), body);
	}

	private static Map<String, Object> load(String yaml) throws InvalidContentException {
		Object loaded;
		try {
			loaded = yaml().load(yaml);
		}
		catch (MarkedYAMLException ex) {
			String problem = (ex.getProblem() != null) ? ex.getProblem() : "unreadable";
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 2 : 0;
			throw new InvalidContentException("front matter is not valid YAML: " + problem + " (line " + line + ")");
		}
		catch (YAMLException ex) {
			throw new InvalidContentException("front matter is not valid YAML: " + ex.getMessage());
		}
		if (loaded == null) {
			return Map.of();
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new InvalidContentException("front matter is not a list of 'field: value' lines");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		map.forEach((key, value) -> fields.put(String.valueOf(key), value));
		return fields;
	}

	/**
	 * A text field, or {@code null} when absent or empty.
	 */
	String text(String field) throws InvalidContentException {
		Object value = this.fields.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			throw new InvalidContentException("'" + field + "' must be a single value, not a list or a mapping");
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * A list field; a single value, or comma-separated values, count as a list too.
	 */
	List<String> list(String field) throws InvalidContentException {
		Object value = this.fields.get(field);
		List<String> items = new ArrayList<>();
		if (value == null) {
			return items;
		}
		if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map || item instanceof List) {
					throw new InvalidContentException("'" + field + "' must be a list of names");
				}
				if (item != null && !item.toString().isBlank()) {
					items.add(item.toString().strip());
				}
			}
			return items;
		}
		if (value instanceof Map) {
			throw new InvalidContentException("'" + field + "' must be a list of names");
		}
		for (String item : value.toString().split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(10);
		DumperOptions dumperOptions = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
				new StringsOnlyResolver());
	}

	/** Resolves every plain scalar to a string, except an empty value or {@code ~}. */
	private static final class StringsOnlyResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
			addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
		}

	}

}
