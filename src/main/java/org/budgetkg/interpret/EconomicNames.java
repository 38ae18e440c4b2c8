package org.budgetkg.interpret;

/** Names of the 类 of the economic classification that 表7 prints as column headers rather than rows. */
public final class EconomicNames {
    private EconomicNames() {}

    public static String name(String code) { return TableInterpreter.PROJECT_ECONOMIC_NAMES.get(code); }
}
