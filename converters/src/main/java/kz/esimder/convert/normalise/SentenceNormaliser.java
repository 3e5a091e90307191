package kz.esimder.convert.normalise;

/**
 * Sentences: «ВМН», «расстрел», «к 8 годам ИТЛ», «10 лет ИТЛ», «3 года ссылки в Казахстан»,
 * «5 лет л.с.», «высылка в Сев.-Казахст. обл. Казахской ССР на 5 л.», «выселение», special
 * settlement and dekulakization of whole families. Camp movements, releases and an execution date
 * written after the sentence become {@link Sentence#outcomes()}. Thread-safe.
 */
public final class SentenceNormaliser {

    private final OutcomeNormaliser outcomes;

    public SentenceNormaliser(OutcomeNormaliser outcomes) {
        this.outcomes = outcomes;
    }

    public Parsed<Sentence> parse(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
