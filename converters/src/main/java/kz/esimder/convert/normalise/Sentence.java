package kz.esimder.convert.normalise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sentence taken apart.
 *
 * @param kind            the local name in {@code vocab/sentence-kind/}: death, camp, prison, exile,
 *                        banishment, special-settlement, dekulakization, release, other
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
}
