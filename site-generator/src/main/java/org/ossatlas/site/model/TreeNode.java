package org.ossatlas.site.model;

import java.util.List;

/** A category in the category tree, with its project count and subcategories. */
public record TreeNode(Ref category, long projects, String summary, List<TreeNode> children) {}
