package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * One thing that happened after a sentence: an execution, a release, a death in custody, an
 * arrival in or departure from a camp.
 *
 * @param eventType the local name in {@code vocab/event-type/}: {@code execution},
 *                  {@code release}, {@code death-in-custody}, {@code imprisonment} (camp
 *                  arrivals and departures), {@code exile}, {@code special-settlement}, …
 * @param movement  for camp movements, arrival or departure; null otherwise
 * @param date      the date, or null when none was given or it was impossible
 * @param dateText  the date as written, or null when none was given
 * @param campText  the camp as written: arrived in, or departed from («Карлаг», «Акмолинское ЛО»)
 * @param camp      the camp's local name in {@code vocab/camp/} ({@code karlag}, {@code alzhir}), or null
 * @param placeText for an arrival, where from («Лубянской тюрьмы г.Москвы»); for a departure, where
 *                  to («Джезказган»); for a death, where; or null
 * @param text      the clause this event was read from, verbatim
 */
public record OutcomeEvent(String eventType, Movement movement, FuzzyDate date, String dateText,
                           String campText, String camp, String placeText, String text) {

    /** The direction of a camp movement. */
    public enum Movement { ARRIVAL, DEPARTURE }

    public OutcomeEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(text, "text");
    }
}
