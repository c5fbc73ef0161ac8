package org.chemsafe.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Names downloads for people (RFC 6266): {@code Content-Disposition: attachment; filename="ascii.xlsx";
 * filename*=UTF-8''%E4%BC%81...xlsx}. Browsers use the UTF-8 name ({@code filename*}, RFC 8187), so a Chinese name
 * such as 重大危险源台账.xlsx arrives as it is; the quoted ASCII name, given by the caller in English
 * ({@code major-hazard-ledger.xlsx}), is the fallback for old clients. Names often
 * carry user data (an enterprise's name), so control characters and path separators are removed first: a line break
 * in a header would otherwise fail the response.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FALLBACK_STEM = "download";
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** Sets the Excel content type and names the download, with an English ASCII name for old clients. */
    public static void xlsx(HttpServletResponse response, String fileName, String asciiName) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", attachment(fileName, asciiName));
    }

    /** The {@code Content-Disposition} value of a download named {@code fileName} ({@code asciiName} as fallback). */
    public static String attachment(String fileName, String asciiName) {
        return "attachment; filename=\"" + asciiFallback(clean(asciiName)) + "\"; filename*=UTF-8''"
                + encoded(clean(fileName));
    }

    /** Without control characters, line separators and path separators; never empty. */
    static String clean(String fileName) {
        String name = fileName.replaceAll("[\\p{Cc}\\u2028\\u2029]", "").replaceAll("[/\\\\]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? FALLBACK_STEM + name : name;
    }

    /** Only letters, digits, '.', '-' and '_' of the name; "download" if nothing of the stem is left. */
    static String asciiFallback(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? ascii(name.substring(dot + 1)) : "";
        String stem = ascii(dot > 0 ? name.substring(0, dot) : name).replaceAll("^[._-]+|[._-]+$", "");
        return (stem.isEmpty() ? FALLBACK_STEM : stem) + (extension.isEmpty() ? "" : "." + extension);
    }

    private static String ascii(String text) {
        return text.replaceAll("\\s+", "-").replaceAll("[^A-Za-z0-9._-]", "").replaceAll("([._-])[._-]+", "$1");
    }

    /** RFC 8187 value characters: attr-char as it is, every other UTF-8 byte as %XX. */
    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
