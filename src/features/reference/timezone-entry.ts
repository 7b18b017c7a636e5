import type { z } from '../../shared/zod';
import type { timezoneSchema } from './reference-schema';

export type TimezoneEntry = z.infer<typeof timezoneSchema>;

/**
 * How the console lists an IANA time zone: `(UTC+05:30) Asia/Kolkata`, with today's offset
 * (daylight saving included). Every backend (the mock, the server) spells its `/timezones`
 * with this. `knownOffset` ("GMT+05:30") stands in for a name this runtime does not know.
 */
export function timezoneEntry(timeZone: string, now = new Date(), knownOffset = 'GMT'): TimezoneEntry {
  let offset = knownOffset;
  try {
    offset =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value ?? knownOffset;
  } catch {
    // Not an IANA name this runtime knows: the offset the backend has stored.
  }
  const utcOffset = offset === 'GMT' ? 'UTC+00:00' : offset.replace('GMT', 'UTC');
  return { id: timeZone, name: `(${utcOffset}) ${timeZone.replace(/_/g, ' ')}`, utcOffset };
}
