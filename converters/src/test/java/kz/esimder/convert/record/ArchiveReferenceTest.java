package kz.esimder.convert.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveReferenceTest {

    @Test
    void allPartsOfAFullReference() {
        ArchiveReference r = ArchiveReference.parse("РГАСПИ, ф.17, оп.171, д.410, л.156");
        assertThat(r.text()).isEqualTo("РГАСПИ, ф.17, оп.171, д.410, л.156");
        assertThat(r.archive()).contains("РГАСПИ");
        assertThat(r.fondNumber()).contains("17");
        assertThat(r.opisNumber()).contains("171");
        assertThat(r.deloNumber()).contains("410");
        assertThat(r.sheetNumbers()).contains("156");
    }

    @Test
    void missingPartsStayEmpty() {
        ArchiveReference r = ArchiveReference.parse("РГАСПИ, ф.17, оп.171, д.413");
        assertThat(r.deloNumber()).contains("413");
        assertThat(r.sheetNumbers()).isEmpty();
    }

    @Test
    void spacedAndRangedParts() {
        ArchiveReference r = ArchiveReference.parse("ЦГА РК, ф. Р-1234, оп. 1, д. 56, лл. 12-14");
        assertThat(r.archive()).contains("ЦГА РК");
        assertThat(r.fondNumber()).contains("Р-1234");
        assertThat(r.deloNumber()).contains("56");
        assertThat(r.sheetNumbers()).contains("12-14");
    }

    @Test
    void textWithoutPartsIsKeptWhole() {
        ArchiveReference r = ArchiveReference.parse("Архив УКНБ по Карагандинской области");
        assertThat(r.text()).isEqualTo("Архив УКНБ по Карагандинской области");
        assertThat(r.fondNumber()).isEmpty();
        assertThat(r.opisNumber()).isEmpty();
    }
}
