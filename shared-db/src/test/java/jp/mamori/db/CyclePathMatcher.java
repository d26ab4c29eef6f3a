package jp.mamori.db;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;

/**
 * Matches a frozen package cycle by its path of slices ("Slice auth -> Slice server -> Slice
 * auth"), not by the class-level dependencies listed under it: a known cycle stays known while
 * its edges are being removed, and any new cycle fails the build.
 */
final class CyclePathMatcher implements ViolationLineMatcher {

    private static final String DETAILS = "\n  1. Dependencies of ";

    @Override
    public boolean matches(String actual, String stored) {
        return path(actual).equals(path(stored));
    }

    static String path(String violation) {
        int details = violation.indexOf(DETAILS);
        String head = details < 0 ? violation : violation.substring(0, details);
        return head.replaceAll("\\s+", " ").strip();
    }
}
