package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonPathTest {

    @Test
    void identifierKeysAreWrittenWithDotsAndIndexesInBrackets() {
        assertEquals("$.technologies[3].usage.total",
                JsonPath.ROOT.key("technologies").index(3).key("usage").key("total").toString());
    }

    @Test
    void keysThatAreNotIdentifiersAreQuotedInBrackets() {
        assertEquals("$.usage.bySiteCategory['education-reference']",
                JsonPath.ROOT.key("usage").key("bySiteCategory").key("education-reference").toString());
        assertEquals("$['it\\'s']['1a']['']", JsonPath.ROOT.key("it's").key("1a").key("").toString());
    }

    @Test
    void theRootIsADollarSign() {
        assertEquals("$", JsonPath.ROOT.toString());
    }
}
