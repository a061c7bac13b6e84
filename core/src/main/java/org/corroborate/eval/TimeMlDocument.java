package org.corroborate.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.extract.time.ReferenceDate;
import org.corroborate.extract.time.TimeExtractor;

/**
 * A TimeML document as TempEval-3 annotates it: the document creation time ({@code <DCT>}), the text of
 * {@code <TEXT>} with every tag removed, and its TIMEX3 annotations as character spans of that text.
 */
public record TimeMlDocument(String name, Optional<String> creationTime, String text, List<Timex> timexes) {
    /** One gold TIMEX3: span in {@link #text()}, type and normalised value. */
    public record Timex(int start, int end, String type, String value) {
    }

    public TimeMlDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }

    /** The creation time as a publication date, when it is one. */
    public Optional<ReferenceDate> reference() {
        try {
            return creationTime().map(v -> new ReferenceDate(LocalDate.parse(v.substring(0, Math.min(10,
                    v.length()))), ReferenceDate.Basis.PUBLISHED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The gold expressions as spans to score. */
    public List<TimexScores.Span> goldSpans() {
        return timexes.stream().map(t -> new TimexScores.Span(t.start(), t.end(), t.type(), t.value())).toList();
    }

    /** What the extractor finds in the text, against the creation time, as spans to score. */
    public List<TimexScores.Span> foundSpans(TimeExtractor extractor) {
        return extractor.extract(text, reference()).stream().map(t -> new TimexScores.Span(t.start(), t.end(),
                t.type().name(), t.value())).toList();
    }

    /** Reads one .tml document; {@code name} names it in error messages. */
    public static TimeMlDocument read(InputStream in, String name) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            List<Timex> timexes = new ArrayList<>();
            String dct = null;
            boolean inText = false;
            boolean inDct = false;
            int timexStart = -1;
            String type = null;
            String value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("TEXT")) {
                        inText = true;
                    } else if (element.equals("DCT")) {
                        inDct = true;
                    } else if (element.equals("TIMEX3")) {
                        if (inDct && dct == null) {
                            dct = xml.getAttributeValue(null, "value");
                        } else if (inText) {
                            timexStart = text.length();
                            type = xml.getAttributeValue(null, "type");
                            value = xml.getAttributeValue(null, "value");
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("TEXT")) {
                        inText = false;
                    } else if (element.equals("DCT")) {
                        inDct = false;
                    } else if (element.equals("TIMEX3") && inText && timexStart >= 0) {
                        timexes.add(new Timex(timexStart, text.length(), type == null ? "" : type,
                                value == null ? "" : value));
                        timexStart = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
            return new TimeMlDocument(name, Optional.ofNullable(dct), text.toString(), timexes);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":";
            throw new IllegalArgumentException(name + ":" + where + " not TimeML: " + e.getMessage(), e);
        }
    }
}
