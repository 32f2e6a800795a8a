package org.gazette.search;

import org.gazette.article.Article;
import org.gazette.article.LeadImage;
import org.gazette.article.Tag;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import java.util.List;

/**
 * How an {@link Article} becomes a search document. The mapping is declared here rather
 * than by annotations on the entity, so that search stays one module that the article
 * module knows nothing about. Fields that results show are stored, so a page of results
 * is read from the index alone.
 */
public class ArticleSearchMapping implements HibernateOrmSearchMappingConfigurer {

	/** Changes whenever the mapping below changes what a document holds. */
	static final int MAPPING_VERSION = 2;

	static final String TITLE = "title";

	static final String LEAD = "lead";

	static final String BODY = "body";

	static final String TAG_NAMES = "tags.name";

	static final String TAG_SLUGS = "tags.slug";

	static final String CAPTION = "image.caption";

	static final String SLUG = "slug";

	static final String SECTION_NAME = "sectionName";

	static final String SECTION_SLUG = "sectionSlug";

	static final String STATUS = "status";

	static final String PUBLISHED_AT = "publishedAt";

	static final String UPDATED_AT = "updatedAt";

	static final String VERSION = "version";

	static final String DELETED_AT = "deletedAt";

	static final String ID = "id";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		TypeMappingStep article = mapping.type(Article.class);
		// A new index name per mapping version: an index written by an older mapping is
		// then simply empty, and rebuilt at start-up.
		article.indexed().index("article-v" + MAPPING_VERSION);
		article.property("title")
			.fullTextField(TITLE)
			.analyzer(EnglishAnalysisConfigurer.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.PLAIN));
		article.property("summaryText")
			.fullTextField(LEAD)
			.analyzer(EnglishAnalysisConfigurer.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.PLAIN));
		article.property("bodyHtml")
			.fullTextField(BODY)
			.valueBridge(new HtmlTextBridge())
			.analyzer(EnglishAnalysisConfigurer.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED));
		article.property("slug").keywordField(SLUG).projectable(Projectable.YES);
		article.property("sectionName").keywordField(SECTION_NAME).projectable(Projectable.YES);
		article.property("sectionSlug").keywordField(SECTION_SLUG).projectable(Projectable.YES);
		article.property("status").keywordField(STATUS);
		article.property("publishedAt").genericField(PUBLISHED_AT).projectable(Projectable.YES).sortable(Sortable.YES);
		article.property("updatedAt").genericField(UPDATED_AT).projectable(Projectable.YES);
		article.property("deletedAt").genericField(DELETED_AT);
		article.property("id").genericField(ID).aggregable(Aggregable.YES).sortable(Sortable.YES);
		article.property("version").genericField(VERSION).aggregable(Aggregable.YES);
		article.property("tags").indexedEmbedded("tags");
		article.property("image").indexedEmbedded("image");
		TypeMappingStep tag = mapping.type(Tag.class);
		tag.property("name").fullTextField("name").analyzer(EnglishAnalysisConfigurer.ENGLISH);
		tag.property("slug").keywordField("slug");
		TypeMappingStep image = mapping.type(LeadImage.class);
		image.property("caption")
			.fullTextField("caption")
			.analyzer(EnglishAnalysisConfigurer.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED));
	}

}
