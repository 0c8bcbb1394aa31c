package org.liaison;

/**
 * The language of the text a person reads: error messages, problems and case
 * results. Each call that writes such text takes one; documents that carry
 * both languages (evaluations, proposals) need none.
 */
public enum Language {
  /** Chinese ({@code LIAISON_LANGUAGE_ZH}). */
  ZH(LiaisonNative.LANGUAGE_ZH),
  /** English ({@code LIAISON_LANGUAGE_EN}). */
  EN(LiaisonNative.LANGUAGE_EN);

  private final int code;

  Language(int code) {
    this.code = code;
  }

  /**
   * The language's number in the C ABI.
   *
   * @return {@code 0} for Chinese, {@code 1} for English
   */
  public int code() {
    return code;
  }
}
