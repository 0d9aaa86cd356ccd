package dev.versus.render;

import java.util.List;

/** The list of every category, with how many technologies each has and which one leads. */
public record CategoriesView(PageMeta meta, String heading, String lede, List<Row> rows, String itemListJson) {

    /** One category; leader is null when none of its technologies was detected. */
    public record Row(Link category, String technologies, Link leader) {
    }
}
