// What a conversion gives: a query that means what the rule means, or none and the reasons why.

/** Why a rule (or part of it) could not be expressed faithfully. */
export interface ConversionReason {
  /** UPPER_SNAKE code, e.g. UNMAPPED_FIELD, UNMAPPED_LOGSOURCE, UNSUPPORTED_MODIFIER, KEYWORD_SEARCH. */
  code: string;
  /** Specific detail for an analyst, e.g. "AccessMask in imRegistry". */
  detail: string;
}

export interface KqlQuery {
  /** Display name of the variant: "ASIM", "Defender XDR", "Windows Security events"... */
  variant: string;
  /** The table or ASIM parser function the query reads. */
  table: string;
  kql: string;
  /** Non-fatal notes the page shows next to the query (e.g. a knowingly broader match). */
  warnings: ConversionReason[];
}

export type ConversionStatus = 'ok' | 'unsupported' | 'error';

export interface ConversionResult {
  status: ConversionStatus;
  /** The primary query first, then other variants (e.g. Defender XDR). Empty unless status is ok. */
  queries: KqlQuery[];
  /** Why there is no query (status unsupported/error). */
  reasons: ConversionReason[];
}
