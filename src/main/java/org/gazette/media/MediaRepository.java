package org.gazette.media;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Images in the database.
 */
interface MediaRepository extends JpaRepository<Media, Long> {

	Optional<Media> findByName(String name);

	Optional<Media> findFirstBySha256(String sha256);

	@Query("select new org.gazette.media.MediaBytes(m.contentType, m.sha256, m.data) from Media m where m.name = :name")
	Optional<MediaBytes> findBytesByName(@Param("name") String name);

}
