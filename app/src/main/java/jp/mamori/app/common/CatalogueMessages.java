package jp.mamori.app.common;

import java.util.List;

/**
 * The message of {@code invalid.catalogue}: which file, which line and why a catalogue import was
 * refused (arguments: {@code SECTIONS} or {@code DUTIES}, the line, 0 for the whole file, and an
 * {@code input.catalogue.*} key).
 */
final class CatalogueMessages {

    private CatalogueMessages() {
    }

    static String refusal(List<String> args) {
        String file = args.size() > 0 && "DUTIES".equals(args.get(0))
                ? Messages.get("catalogue.file.duties") : Messages.get("catalogue.file.sections");
        String line = args.size() > 1 ? args.get(1) : "0";
        String reason = reason(args.size() > 2 ? args.get(2) : "");
        return "0".equals(line) ? Messages.get("error.refusal.invalidCatalogueFile", file, reason)
                : Messages.get("error.refusal.invalidCatalogue", file, line, reason);
    }

    private static String reason(String key) {
        return switch (key) {
            case "input.catalogue.empty" -> Messages.get("input.catalogue.empty");
            case "input.catalogue.tooLarge" -> Messages.get("input.catalogue.tooLarge");
            case "input.catalogue.header" -> Messages.get("input.catalogue.header");
            case "input.catalogue.columns" -> Messages.get("input.catalogue.columns");
            case "input.catalogue.malformed" -> Messages.get("input.catalogue.malformed");
            case "input.catalogue.sectionCode" -> Messages.get("input.catalogue.sectionCode");
            case "input.catalogue.sectionName" -> Messages.get("input.catalogue.sectionName");
            case "input.catalogue.boolean" -> Messages.get("input.catalogue.boolean");
            case "input.catalogue.duplicateSection" -> Messages.get("input.catalogue.duplicateSection");
            case "input.catalogue.sectionWithoutRole" -> Messages.get("input.catalogue.sectionWithoutRole");
            case "input.catalogue.dutyName" -> Messages.get("input.catalogue.dutyName");
            case "input.catalogue.unknownSection" -> Messages.get("input.catalogue.unknownSection");
            case "input.catalogue.notLinkageSection" -> Messages.get("input.catalogue.notLinkageSection");
            case "input.catalogue.duplicateDuty" -> Messages.get("input.catalogue.duplicateDuty");
            default -> Messages.get("input.catalogue.malformed");
        };
    }
}
