// Mapping data: which table a Sigma log source reads and how each Sigma field is found there.
// Everything here is data; the backend decides how to write it as KQL.

/** A code and a specific detail: why a log source has no table, or a note a query carries. */
export interface PipelineNote {
  code: string;
  detail: string;
}

/** How one Sigma field is read in one table. */
export interface FieldMapping {
  /** The column (or, with `compute`, the name of the column the query adds with `extend`). */
  column: string;
  /** A KQL expression defining `column` when the table has no such column (e.g. key + value name). */
  compute?: string;
  /** Sigma value → stored value, for enumerations that the table encodes differently. Keys are lower case. */
  values?: Record<string, string>;
  /**
   * The column holds the field's text among other text (unnamed event data inside the rendered message): only
   * substring and regex tests are allowed, and the query carries this note as a warning.
   */
  within?: string;
  /**
   * Values are Windows registry paths. `long-roots`: short root keys (HKLM\) are written as the table stores
   * them (HKEY_LOCAL_MACHINE\); `as-written`: the table stores them as Sysmon does.
   */
  registry?: 'long-roots' | 'as-written';
  /** Values the table stores in another format, so they cannot be matched faithfully (tested on the literal text). */
  rejectValues?: { pattern: string; why: string };
}

/** A condition every row of the log source satisfies (which channel, which event IDs, which operation). */
export interface SourceFilter {
  /** A column, or `bag.Key` for a key of a dynamic column. */
  column: string;
  values: readonly (string | number)[];
}

export interface TableTarget {
  /** Display name of the query variant: "ASIM", "Defender XDR", "Sysmon (WindowsEvent)"... */
  variant: string;
  /** Table or ASIM parser. */
  table: string;
  filters: readonly SourceFilter[];
  fields: Readonly<Record<string, FieldMapping>>;
  /** Fields not in `fields` are read from the column of the same name when the table has one (but not these). */
  sameNameColumns?: { except: readonly string[] };
  /** Fields not in `fields` are read from this dynamic column by name (WindowsEvent's EventData)... */
  bag?: {
    column: string;
    /** ...but only these names, when the event's fields are known (Sysmon); otherwise any name. */
    only?: readonly string[];
    /** Names that are not in EventData (or not faithfully: unnamed data, bitmasks). */
    except?: readonly string[];
    /** Names whose values are registry paths (see FieldMapping.registry). */
    registry?: readonly string[];
  };
  /** Sigma fields with a dotted path read from a JSON column: prefix → column (AWS requestParameters...). */
  json?: Readonly<Record<string, string>>;
  /** Columns that together hold the whole event text, for a field-less keyword search. */
  keywordColumns?: readonly string[];
  /** A note shown with keyword searches when those columns hold only part of the event. */
  keywordWithin?: string;
  /** Notes every query on this target carries (e.g. a log source the table cannot narrow to). */
  notes?: readonly PipelineNote[];
  /** Registry values naming CurrentControlSet also match ControlSet001... (how some sources store it). */
  controlSetAlternatives?: boolean;
}

/** The tables a log source can be queried in: the first primary target that expresses the rule wins. */
export interface Route {
  primary: readonly TableTarget[];
  /** The Defender XDR Device* variant, offered beside the primary query when it expresses the rule too. */
  defender?: TableTarget;
}
