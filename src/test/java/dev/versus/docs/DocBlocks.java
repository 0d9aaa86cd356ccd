package dev.versus.docs;

import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown file, with their info string and the comment line before them. */
record DocBlocks(List<Block> blocks) {

    /** One fenced block: its info string ("bash"), its lines, its first line's number and the line above its fence. */
    record Block(String info, List<String> lines, int firstLine, String lineBefore) {
        /** A bash block whose first line is {@code # tested}: the test runs it. */
        boolean isTested() {
            return info.equals("bash") && !lines.isEmpty() && lines.get(0).strip().equals("# tested");
        }
    }

    static DocBlocks of(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            String info = lines.get(i).substring(3).strip();
            String before = i == 0 ? "" : lines.get(i - 1);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new AssertionError("line " + (i + 1) + ": a fenced block that never closes");
            }
            blocks.add(new Block(info, lines.subList(start, end), start + 1, before));
            i = end;
        }
        return new DocBlocks(List.copyOf(blocks));
    }
}
