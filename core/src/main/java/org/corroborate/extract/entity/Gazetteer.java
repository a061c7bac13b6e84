package org.corroborate.extract.entity;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names whose type is known without context: countries (ICU's English names for every ISO 3166 region), cities
 * (ICU's exemplar cities of the world's time zones), and short hand-kept lists of regions, capitals missing from the
 * time-zone data, news agencies, platforms and international bodies. Built once; immutable and thread-safe.
 */
final class Gazetteer {
    /** Canonical names of common short forms. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("US", "United States"), Map.entry("U.S.", "United States"), Map.entry("USA", "United States"),
            Map.entry("U.S.A.", "United States"), Map.entry("America", "United States"),
            Map.entry("UK", "United Kingdom"), Map.entry("U.K.", "United Kingdom"),
            Map.entry("Britain", "United Kingdom"), Map.entry("Great Britain", "United Kingdom"),
            Map.entry("UAE", "United Arab Emirates"), Map.entry("UN", "United Nations"),
            Map.entry("U.N.", "United Nations"), Map.entry("EU", "European Union"),
            Map.entry("Russian Federation", "Russia"), Map.entry("South Korea", "South Korea"),
            Map.entry("UN General Assembly", "United Nations General Assembly"), Map.entry("BRICS", "Brics"));
    private static final Set<String> REGIONS = Set.of("Europe", "Asia", "Africa", "North America", "South America",
            "Latin America", "Middle East", "Indo-Pacific", "Asia-Pacific", "Southeast Asia", "South Asia",
            "East Asia", "Central Asia", "Eastern Europe", "Western Europe", "Gulf", "Caribbean", "Balkans",
            "Scandinavia", "Arctic", "Antarctica", "Pacific", "Atlantic", "Sahel", "Horn of Africa", "West Bank",
            "Gaza", "Kashmir", "Crimea", "Donbas", "Taiwan", "Hong Kong", "Siberia");
    private static final Set<String> EXTRA_CITIES = Set.of("Washington", "New Delhi", "Delhi", "Beijing",
            "Ottawa", "Canberra", "Brasilia", "Geneva", "Davos", "Islamabad", "Mumbai", "Bengaluru", "Bangalore",
            "Washington DC", "Washington, DC", "Tokyo", "Seoul", "Kyiv", "Kiev", "Brussels", "Strasbourg", "The Hague",
            "Los Angeles", "San Francisco", "Chicago", "Boston", "Houston", "Miami", "Atlanta");
    private static final Set<String> ORGANIZATIONS = Set.of("Reuters", "AFP", "AP", "Associated Press",
            "Bloomberg", "PTI", "ANI", "Xinhua", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok",
            "WhatsApp", "Google", "Apple", "Microsoft", "Amazon", "Meta", "Tesla", "NATO", "United Nations",
            "European Union", "WHO", "IMF", "World Bank", "Brics", "G7", "G20", "Quad", "Opec", "OPEC", "Asean",
            "ASEAN", "Pentagon", "Kremlin", "Congress", "Senate", "Parliament", "Interpol", "Hamas", "Hezbollah",
            "Taliban", "BBC", "CNN", "Fox News", "Getty", "Getty Images", "Shutterstock");
    private static final Set<String> OTHER = Set.of("Air Force One");

    private static final Gazetteer INSTANCE = new Gazetteer();
    private final Map<String, EntityType> types = new HashMap<>();

    private Gazetteer() {
        for (String code : ULocale.getISOCountries()) {
            String name = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                types.put(name, EntityType.LOCATION);
            }
        }
        TimeZoneNames names = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = names.getExemplarLocationName(id);
            if (city != null && !city.isBlank()) {
                types.put(city, EntityType.LOCATION);
            }
        }
        REGIONS.forEach(r -> types.put(r, EntityType.LOCATION));
        EXTRA_CITIES.forEach(c -> types.put(c, EntityType.LOCATION));
        ORGANIZATIONS.forEach(o -> types.put(o, EntityType.ORGANIZATION));
        OTHER.forEach(o -> types.put(o, EntityType.OTHER));
        types.put("United States", EntityType.LOCATION);
        types.put("United Kingdom", EntityType.LOCATION);
        types.put("United Arab Emirates", EntityType.LOCATION);
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    /** The canonical form of a name: "US" is "United States". */
    String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    Optional<EntityType> type(String name) {
        return Optional.ofNullable(types.get(canonical(name)));
    }

    boolean isKnownOrganization(String name) {
        return type(name).filter(t -> t == EntityType.ORGANIZATION).isPresent();
    }
}
