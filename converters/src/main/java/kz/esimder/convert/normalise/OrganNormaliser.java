package kz.esimder.convert.normalise;

/**
 * Organs in every spelling of the samples: «Тройка НКВД», «тройка УНКВД по ЮКО», «тройка при ПП ОГПУ
 * в КазАССР», «Особое совещание коллегии ОГПУ ТАССР», «ОСО при НКВД СССР», «ВК ВС СССР», «выездная
 * сессия ВК ВС СССР в г. Алма-Ата», «Балхашский НКВД», «УМГБ по Павлодарской обл.», «Верховный суд
 * КазССР», «Военный трибунал …», «Прокуратура РК», «ИЦ УВД по Тульской обл.» → {@link Organ}.
 * A text that names no organ it knows is unparsed. Thread-safe.
 */
public final class OrganNormaliser {

    public Parsed<Organ> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
