import type { SorsaEntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the Sorsa entries. */
export const sorsaDe: { readonly [K in SorsaEntryId]: EntryText } = {
  'sorsa/key-not-paid': {
    title: 'API-Schlüssel nicht bezahlt',
    summary: 'Sorsa kennt den Schlüssel, aber er hat keinen aktiven bezahlten Tarif.',
    remedy:
      'Im Sorsa-Dashboard ein Anfragepaket für diesen Schlüssel kaufen; bis dahin helfen Wiederholungen nicht.',
  },
  'sorsa/http-429': {
    title: 'Zu viele Anfragen pro Sekunde',
    summary: 'Für diesen Schlüssel kamen mehr als 20 Anfragen innerhalb einer Sekunde bei Sorsa an.',
    remedy:
      'In der nächsten Sekunde erneut versuchen und höchstens 20 Anfragen pro Sekunde und Schlüssel senden.',
  },
};
