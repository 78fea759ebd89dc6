package org.provgw.cisco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildCnfPoliciesTest {

    @ParameterizedTest
    @CsvSource({
        "Build All, ALL", "Build None, NONE", "Build Selective, SELECTIVE",
        "'  build selective ', SELECTIVE", "BUILD_ALL, ALL",
        "true, ALL", "FALSE, NONE",
        "ALL, ALL", "none, NONE", "Selective, SELECTIVE"})
    void acceptedForms(String text, BuildCnfPolicy policy) {
        assertEquals(Optional.of(policy), BuildCnfPolicies.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yes", "1", "Build", "Build Some", "truee"})
    void otherTextIsNoPolicy(String text) {
        assertEquals(Optional.empty(), BuildCnfPolicies.parse(text));
    }
}
