package org.preventduty.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;

/**
 * Files people upload to a record (a referral's attachments, a case's documents): PDF, Word (DOCX) and images,
 * recognised by their content rather than their name, and given a name safe to show and to offer for download.
 */
public final class UploadedFiles {

    /** The types taken, with the extension each is offered under. */
    public static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/gif", "gif");

    private static final int MAX_ZIP_ENTRIES = 2000;

    private UploadedFiles() {}

    /** The type of a file found from its content, when it is one of the allowed types. */
    public static Optional<String> detect(byte[] content) {
        String type;
        try {
            type = new Tika().detect(content);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if ("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
            return isWordDocument(content)
                    ? Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    : Optional.empty();
        }
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** A Word document is a zip holding [Content_Types].xml and word/document.xml; no entry is unpacked. */
    private static boolean isWordDocument(byte[] content) {
        var types = false;
        var document = false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            var entries = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                var name = entry.getName();
                if (name.contains("..") || name.startsWith("/")) {
                    return false;
                }
                types |= name.equals("[Content_Types].xml");
                document |= name.equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return types && document;
    }

    /**
     * A file name safe to show and to offer for download: no path, no control or special characters, at most 100
     * characters, ending in the extension of its real type.
     */
    public static String cleanName(@Nullable String original, String mediaType) {
        var name = original == null ? "" : original;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("_+", "_").strip();
        name = name.replaceAll("^[.\\s_-]+", "");
        var extension = ALLOWED.get(mediaType);
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 90) {
            base = base.substring(0, 90);
        }
        return base + "." + extension;
    }

    /** The extension a type is offered under. */
    public static String extensionOf(String mediaType) {
        return ALLOWED.getOrDefault(mediaType, "bin").toLowerCase(Locale.ROOT);
    }
}
