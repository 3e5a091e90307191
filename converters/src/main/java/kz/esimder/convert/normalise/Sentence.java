package kz.esimder.convert.normalise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sentence taken apart.
 *
 * @param kind            the local name in {@code vocab/sentence-kind/}: death, camp, prison, exile,
 *                        banishment, special-settlement, dekulakization, release, other; or
 *                        deportation (not in that vocabulary: see {@link #eventType()})
 * @param termYears       the term in years (months as a fraction: 6 months → 0.5), or null
 * @param destinationText where to, as written («Казахстан», «Кустанайскую область»), or null
 * @param outcomes        what the same text says happened next («Расстрелян 09.05.1938», «Прибыла в
 *                        Карлаг 03.11.1940. Освобождена 21.11.1945»), via {@link OutcomeNormaliser}
 */
public record Sentence(String kind, BigDecimal termYears, String destinationText, List<OutcomeEvent> outcomes) {

    public Sentence {
        Objects.requireNonNull(kind, "kind");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The event type (local name in {@code vocab/event-type/}) the text describes:
     * {@code deportation} for the deportation of a people («выселена в Казахстан (по нац.
     * признаку)»), which no organ sentenced anyone to and which the sentence-kind vocabulary has
     * no kind for; {@code sentence} for everything else.
     */
    public String eventType() {
        return kind.equals("deportation") ? "deportation" : "sentence";
    }
}
