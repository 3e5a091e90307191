package kz.esimder.convert.record;

import java.time.Clock;
import kz.esimder.convert.normalise.ChargeNormaliser;
import kz.esimder.convert.normalise.DateNormaliser;
import kz.esimder.convert.normalise.Gazetteer;
import kz.esimder.convert.normalise.GenderGuesser;
import kz.esimder.convert.normalise.NameNormaliser;
import kz.esimder.convert.normalise.NationalityNormaliser;
import kz.esimder.convert.normalise.OrganNormaliser;
import kz.esimder.convert.normalise.OutcomeNormaliser;
import kz.esimder.convert.normalise.PlaceNormaliser;
import kz.esimder.convert.normalise.RehabilitationNormaliser;
import kz.esimder.convert.normalise.SentenceNormaliser;

/**
 * The normalisers one interpreter uses, wired together once (they are thread-safe and
 * stateless, so one set serves a whole run).
 */
public record Normalisers(DateNormaliser dates, NameNormaliser names, GenderGuesser genders,
                          PlaceNormaliser places, NationalityNormaliser nationalities, OrganNormaliser organs,
                          ChargeNormaliser charges, OutcomeNormaliser outcomes, SentenceNormaliser sentences,
                          RehabilitationNormaliser rehabilitations) {

    /**
     * The standard set over the place and camp gazetteers; dates after today by {@code clock} are
     * rejected.
     */
    public static Normalisers create(Gazetteer places, Gazetteer camps, Clock clock) {
        DateNormaliser dates = new DateNormaliser(clock);
        OrganNormaliser organs = new OrganNormaliser();
        OutcomeNormaliser outcomes = new OutcomeNormaliser(dates, camps);
        return new Normalisers(dates, new NameNormaliser(), new GenderGuesser(), new PlaceNormaliser(places),
                new NationalityNormaliser(), organs, new ChargeNormaliser(dates), outcomes,
                new SentenceNormaliser(outcomes), new RehabilitationNormaliser(dates, organs));
    }
}
