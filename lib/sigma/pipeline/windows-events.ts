// Windows event log tables: SecurityEvent (the Security channel, with a column per common field) and
// WindowsEvent (any channel, every field by name in the dynamic EventData column).
import type { FieldMapping, SourceFilter, TableTarget } from './types';
import { POWERSHELL_EVENTS, SYSMON_CHANNEL, SYSMON_EVENTS, WINDOWS_CHANNELS } from './windows-channels';
import { own } from '../own';

/** Fields of the event's System section, which WindowsEvent keeps in columns rather than in EventData. */
const SYSTEM_FIELDS: Record<string, FieldMapping> = {
  EventID: { column: 'EventID' },
  Provider_Name: { column: 'Provider' },
  Computer: { column: 'Computer' },
  Level: { column: 'EventLevel' },
};

/**
 * Unnamed event data (classic `<Data>` strings) and keyword bitmasks have no faithful column. `Channel` is
 * ambiguous: the log the event is in (already the filter) or a data field of that name (EventID 104 names the
 * cleared log so): refused rather than guessed.
 */
const NO_COLUMN = ['Data', 'Keywords', 'Channel'];

export function windowsEventTarget(
  channels: readonly string[],
  extra: SourceFilter[] = [],
  only?: readonly string[],
): TableTarget {
  return {
    variant: 'Windows events (WindowsEvent)',
    table: 'WindowsEvent',
    filters: [{ column: 'Channel', values: channels }, ...extra],
    fields: SYSTEM_FIELDS,
    bag: { column: 'EventData', only, except: NO_COLUMN },
  };
}

/** The Sysmon events of a Sigma category, read from WindowsEvent. */
export function sysmonTarget(category: string): TableTarget | undefined {
  const ev = own(SYSMON_EVENTS, category);
  if (!ev) return undefined;
  const extra: SourceFilter[] = [{ column: 'EventID', values: ev.ids }];
  if (ev.eventTypes) extra.push({ column: 'EventData.EventType', values: ev.eventTypes });
  const target = windowsEventTarget([SYSMON_CHANNEL], extra, ev.fields);
  const bag = { ...target.bag, column: 'EventData', registry: ['TargetObject', 'NewName'] };
  return { ...target, bag, variant: 'Sysmon (WindowsEvent)' };
}

export function powershellTarget(category: string): TableTarget | undefined {
  const ev = own(POWERSHELL_EVENTS, category);
  if (!ev) return undefined;
  return {
    ...windowsEventTarget(
      WINDOWS_CHANNELS.powershell ?? [],
      [{ column: 'EventID', values: [ev.id] }],
      ev.fields,
    ),
    variant: 'PowerShell (WindowsEvent)',
  };
}

/** The Security channel in SecurityEvent: Sigma's field names are its column names. */
export const securityEventTarget: TableTarget = {
  variant: 'Windows Security events',
  table: 'SecurityEvent',
  filters: [],
  fields: {},
  // Columns SecurityEvent fills differently from the event's own field of that name.
  sameNameColumns: {
    except: ['Keywords', 'Level', 'EventData', 'Activity', 'Account', 'Type', 'Task', 'Version'],
  },
};

/**
 * The legacy Event table keeps the rendered message, which holds a classic event's unnamed data (PowerShell 400's
 * HostApplication=..., an application event's strings). Only for `Data`, and only as a substring or regex test.
 */
export function eventTableTarget(channels: readonly string[], eventIds: readonly number[] = []): TableTarget {
  return {
    variant: 'Windows events (Event)',
    table: 'Event',
    filters: [
      { column: 'EventLog', values: channels },
      ...(eventIds.length ? [{ column: 'EventID', values: eventIds }] : []),
    ],
    fields: {
      EventID: { column: 'EventID' },
      Provider_Name: { column: 'Source' },
      Data: {
        column: 'RenderedDescription',
        within:
          'Data (unnamed event data) is searched in the rendered message, which also holds the message text',
      },
    },
    keywordColumns: ['RenderedDescription'],
    keywordWithin: 'keywords are searched in the rendered message, not in every field of the event',
  };
}
