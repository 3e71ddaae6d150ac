package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import segbrief.engine.EngineException.Failure;

/** Spark's failures are classified by SQL state and error condition, as its documentation lists them. */
class SparkErrorsTest {
    @ParameterizedTest
    @CsvSource({
            "42703, UNRESOLVED_COLUMN.WITH_SUGGESTION, UNKNOWN_NAME",
            "42P01, TABLE_OR_VIEW_NOT_FOUND, UNKNOWN_NAME",
            "42883, UNRESOLVED_ROUTINE, UNKNOWN_NAME",
            "42601, PARSE_SYNTAX_ERROR, SYNTAX",
            "22018, CAST_INVALID_INPUT, BAD_VALUE",
            "22012, DIVIDE_BY_ZERO, BAD_VALUE",
            "53200, UNABLE_TO_ACQUIRE_MEMORY, OUT_OF_MEMORY",
            "58030, FAILED_READ_FILE.NO_HINT, IO",
            "42K03, PATH_NOT_FOUND, IO",
            "42501, INSUFFICIENT_PERMISSIONS, PERMISSION",
            "HY008, OPERATION_CANCELED, INTERRUPTED",
            "XX000, INTERNAL_ERROR, INTERNAL",
    })
    void a_state_and_condition_give_the_failure(String state, String condition, Failure expected) {
        assertThat(SparkErrors.classify(state, condition)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void an_error_without_a_state_is_internal_and_memory_exhaustion_is_memory() {
        assertThat(SparkErrors.classify(null, null)).isEqualTo(Failure.INTERNAL);
        assertThat(SparkErrors.failure("q", new RuntimeException(new OutOfMemoryError())).failure()).isEqualTo(Failure.OUT_OF_MEMORY);
        assertThat(SparkErrors.failure("q", new RuntimeException("x")).query()).isEqualTo("q");
    }
}
