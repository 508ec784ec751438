const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const day = '(?:mon|tue|wed|thu|fri|sat|sun)';
const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const time = String.raw`(\d{2}):(\d{2}):(\d{2})`;

/** "Sun, 06 Nov 1994 08:49:37 GMT" */
const imfFixdate = new RegExp(String.raw`^${day},\s+(\d{1,2})\s+${month}\s+(\d{4})\s+${time}\s+GMT$`, 'i');
/** "Sunday, 06-Nov-94 08:49:37 GMT" */
const rfc850 = new RegExp(String.raw`^${day}[a-z]*,\s+(\d{1,2})-${month}-(\d{2})\s+${time}\s+GMT$`, 'i');
/** "Sun Nov  6 08:49:37 1994" */
const asctime = new RegExp(String.raw`^${day}\s+${month}\s+(\d{1,2})\s+${time}\s+(\d{4})$`, 'i');

function utc(
  year: number,
  monthName: string,
  date: string,
  h: string,
  m: string,
  s: string,
): number | undefined {
  const monthIndex = months.indexOf(monthName.toLowerCase());
  const at = Date.UTC(year, monthIndex, Number(date), Number(h), Number(m), Number(s));
  // Date.UTC rolls "30 Feb" or "25:61" over into a later date; such a header is unreadable, not a
  // date weeks ahead. A leap second (":60") is the one field past its range the grammar allows.
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const valid =
    Number(date) >= 1 && Number(date) <= daysInMonth && Number(h) <= 23 && Number(m) <= 59 && Number(s) <= 60;
  return valid && !Number.isNaN(at) ? at : undefined;
}

/**
 * Parses an HTTP-date (RFC 9110) in any of its three forms, all GMT, to epoch ms; `undefined` for
 * anything else. `Date.parse` is no check: it reads "-1", "Jan 5" or "Sun, 5" as some date, and a
 * date without a zone as local time.
 */
export function parseHttpDate(text: string): number | undefined {
  let match = imfFixdate.exec(text);
  if (match) return utc(Number(match[3]), match[2]!, match[1]!, match[4]!, match[5]!, match[6]!);
  match = rfc850.exec(text);
  if (match) {
    // RFC 9110 takes a two-digit year that would lie over 50 years ahead as the most recent past one
    // with those digits; for the years this code meets (1970–2069) that is this split.
    const short = Number(match[3]);
    return utc(
      short < 70 ? 2000 + short : 1900 + short,
      match[2]!,
      match[1]!,
      match[4]!,
      match[5]!,
      match[6]!,
    );
  }
  match = asctime.exec(text);
  if (match) return utc(Number(match[6]), match[1]!, match[2]!, match[3]!, match[4]!, match[5]!);
  return undefined;
}
