package org.gazette.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Images in the database: originals and their resized copies. Queries that list images
 * select their columns, never their bytes.
 */
interface MediaRepository extends JpaRepository<Media, Long> {

	Optional<Media> findByName(String name);

	Optional<Media> findFirstBySha256AndOriginalIdIsNull(String sha256);

	long countByOriginalIdIsNull();

	@Query("select new org.gazette.media.MediaBytes(m.contentType, m.sha256, m.data) from Media m where m.name = :name")
	Optional<MediaBytes> findBytesByName(@Param("name") String name);

	@Query("select m.sha256 from Media m where m.name = :name")
	Optional<String> findSha256ByName(@Param("name") String name);

	@Query("select new org.gazette.media.MediaSummary(m.id, m.name, m.width, m.height, m.originalId, m.variantsVersion)"
			+ " from Media m where m.name = :name")
	Optional<MediaSummary> findSummaryByName(@Param("name") String name);

	@Query("select new org.gazette.media.MediaVariant(m.originalId, m.name, m.width, m.height) from Media m"
			+ " where m.originalId in :originals order by m.width")
	List<MediaVariant> findVariantsOf(@Param("originals") Collection<Long> originals);

	@Query(value = "select new org.gazette.media.PhotoRow(m.id, m.name, m.contentType, m.width, m.height, m.byteSize,"
			+ " m.alt, m.caption, m.credit, m.createdAt) from Media m where m.originalId is null"
			+ " order by m.createdAt desc, m.id desc",
			countQuery = "select count(m) from Media m where m.originalId is null")
	Page<PhotoRow> findPhotos(Pageable pageable);

	@Query("select new org.gazette.media.ArchivedImage(m.name, m.contentType, m.width, m.height, m.byteSize, m.sha256,"
			+ " m.alt, m.caption, m.credit, m.createdAt) from Media m where m.originalId is null order by m.id")
	List<ArchivedImage> findArchivedOriginals();

	@Query("select m.id from Media m where m.originalId is null and m.variantsVersion < :version order by m.id")
	List<Long> findOriginalsWithVariantsOlderThan(@Param("version") int version);

	@Modifying(flushAutomatically = true)
	@Query("delete from Media m where m.originalId = :original")
	int deleteVariantsOf(@Param("original") Long original);

}
