package dev.netlint.core.run;

/** RequestOption names as a front end would write them, for the tests: the enum constant's name in lower case. */
final class TestWords implements Vocabulary {

    static final TestWords WORDS = new TestWords(true);
    static final TestWords NO_LIST = new TestWords(false);

    private final boolean list;

    private TestWords(boolean list) {
        this.list = list;
    }

    @Override
    public String name(RequestOption option) {
        return option.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String ruleLevel(String ruleId) {
        return "rules." + ruleId;
    }

    @Override
    public String ruleList() {
        return list ? "the list says which" : null;
    }

    @Override
    public String failing() {
        return "the test";
    }
}
