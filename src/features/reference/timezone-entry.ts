import type { z } from '../../shared/zod';
import type { timezoneSchema } from './reference-schema';

export type TimezoneEntry = z.infer<typeof timezoneSchema>;

/**
 * How the console lists an IANA time zone: `(UTC+05:30) Asia/Kolkata`, with today's offset
 * (daylight saving included), or undefined for a name this runtime does not know. Every
 * backend (the mock, the server) spells its `/timezones` with this.
 */
export function timezoneEntry(timeZone: string, now = new Date()): TimezoneEntry | undefined {
  let offset: string | undefined;
  try {
    offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
  const utcOffset = offset === 'GMT' || !offset ? 'UTC+00:00' : offset.replace('GMT', 'UTC');
  return { id: timeZone, name: `(${utcOffset}) ${timeZone.replace(/_/g, ' ')}`, utcOffset };
}
