package kz.esimder.convert.normalise;

import java.util.List;

/**
 * Everything an outcome text says.
 *
 * @param events           the events in text order
 * @param burialPlaceText  «Коммунарка» from «Место захоронения: Коммунарка», or null
 */
public record Outcomes(List<OutcomeEvent> events, String burialPlaceText) {

    public Outcomes {
        events = List.copyOf(events);
    }
}
