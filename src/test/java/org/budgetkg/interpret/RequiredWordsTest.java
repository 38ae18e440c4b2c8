package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The words a narrative-fact pattern cannot match without: a text lacking them is not searched, so they must be
 * words every match contains, never more.
 */
class RequiredWordsTest {
    @Test
    void wordsOutsideGroupsAndQuantifiers() {
        assertEquals("收入预算", Catalogue.requiredWords("(?:19|20)\\d{2}年?度?收入预算N万元"));
        assertEquals("经费支出预算", Catalogue.requiredWords("[“\"]?三公[”\"]?经费支出预算数?为?N万元"));
        assertEquals("运行维护费", Catalogue.requiredWords("(?<![及和])运行维护费N万元"));
        // an escaped bracket is no group: the words on both sides of it count
        assertEquals("因公出国", Catalogue.requiredWords("因公出国\\(境\\)费用?预算支出N万元"));
        assertEquals("公务用车购置及运行", Catalogue.requiredWords("公务用车购置及运行(?:维护)?费预算支出N万元"));
    }

    @Test
    void alternativesAtTheTopRequireNothingAndInAGroupTheirOwnWordsNothing() {
        assertEquals("", Catalogue.requiredWords("公务接待费N万元|接待费用N万元"));
        assertEquals("万元", Catalogue.requiredWords("(?:预算|决算)N万元"));
    }

    /** The words of every pattern of the catalogue are printed in it as one run, as a match must contain them. */
    @Test
    void everyCataloguePatternPrintsItsWords() {
        for (Catalogue.NarrativeFact f : Catalogue.NARRATIVE_FACTS) {
            assertTrue(f.pattern().pattern().contains(f.words()), f.words() + " not in " + f.pattern());
        }
    }
}
