package kz.esimder.convert.link.out;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A point on the earth, and the distance between two. */
public record Coordinates(double lat, double lon) {
    private static final Pattern WKT_POINT = Pattern.compile("(?i)^\\s*(?:<[^>]*>\\s*)?POINT\\s*\\(\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\)\\s*$");

    /** Wikidata's P625 value: {@code Point(long lat)}, or null if it is not one. */
    public static Coordinates fromWkt(String wkt) {
        Matcher m = WKT_POINT.matcher(wkt);
        return m.matches() ? new Coordinates(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))) : null;
    }

    public double kilometresTo(Coordinates o) {
        double r = 6371;
        double dLat = Math.toRadians(o.lat - lat);
        double dLon = Math.toRadians(o.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(o.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
