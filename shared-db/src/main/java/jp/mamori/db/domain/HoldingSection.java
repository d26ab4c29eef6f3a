package jp.mamori.db.domain;

import java.time.LocalDate;

/**
 * A 保有課 that holds a person now (an active registration).
 *
 * @param sectionCode 所属コード
 * @param sectionName 所属名
 * @param inputDate   入力日 of that section's registration
 */
public record HoldingSection(String sectionCode, String sectionName, LocalDate inputDate) {
}
