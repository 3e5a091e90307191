package kz.esimder.convert.fuzz;

/**
 * How much fuzzing a run does: a fixed number of seeded inputs, so that the short run in the build is
 * the same every time and a failure names the seed that reproduces it. The longer run raises the
 * budget with system properties (see docs/security.md):
 * {@code -Desimder.fuzz.iterations=20000 -Desimder.fuzz.seed=42}.
 */
record FuzzBudget(int iterations, long seed) {

    static FuzzBudget fromSystemProperties(int defaultIterations) {
        return new FuzzBudget(Integer.getInteger("esimder.fuzz.iterations", defaultIterations),
                Long.getLong("esimder.fuzz.seed", 20_261_125L));
    }
}
