package vn.cdgd.staging;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A file found in the folder being ingested.
 *
 * @param uri where a Spark task reads it from (any Hadoop file system URI)
 * @param relativePath the path below the ingested folder, with forward slashes
 */
public record ReceivedFile(String uri, String relativePath, long sizeBytes, LocalDateTime receivedAt)
    implements Serializable {}
