package kz.esimder.convert.generate;

/** The formats {@code esimder generate} writes. */
public enum SyntheticFormat {
    MEMORYBOOK, CSV, XLSX, JSONL
}
