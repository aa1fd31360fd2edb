package dev.netlint.core.rule;

/** The groups of the rule catalogue, in the order the catalogue lists them. */
public enum Category {
    INPUT("Input"),
    ADDRESSING("Addressing"),
    POOLS("Compute and Kubernetes address pools"),
    TEAMING("Static addressing, teaming, virtual switches"),
    ROUTING("Routing and reachability"),
    SETTINGS("Device profile and other settings");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The group's name as the catalogue and the reports write it. */
    public String label() {
        return label;
    }
}
