import type { V2EntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the v2 entries. */
export const v2De: { readonly [K in V2EntryId]: EntryText } = {
  'v2/usage-capped': {
    title: 'Nutzungsobergrenze erreicht',
    summary:
      'Das Konto oder Produkt hat sein Post-Kontingent für den Abrechnungszeitraum aufgebraucht; das Rate-Limit des Endpunkts kann trotzdem noch viel Spielraum zeigen.',
    remedy:
      'Keine Anfragen mehr senden, bis der Zeitraum neu beginnt oder der Tarif geändert ist; frühere Versuche scheitern erneut.',
  },
  'v2/streaming-connection/TooManyConnections': {
    title: 'Zu viele Stream-Verbindungen',
    summary: 'Der Stream hat bereits die höchste erlaubte Zahl an Verbindungen für diese App.',
    remedy:
      'Die andere Verbindung schließen und frühestens nach einer Minute neu verbinden, die Wartezeit bei jeder Ablehnung verdoppeln.',
  },
  'v2/http-429': {
    title: 'Zu viele Anfragen',
    summary: 'Das Rate-Limit des Endpunkts für das aktuelle Zeitfenster ist aufgebraucht.',
    remedy: 'Bis x-rate-limit-reset warten und dann fortfahren; Anfragen über das Zeitfenster verteilen.',
  },
  'v2/http-503': {
    title: 'Dienst nicht verfügbar',
    summary: 'X ist vorübergehend überlastet und hat die Anfrage nicht bearbeitet.',
    remedy: 'Nach kurzer, wachsender Pause erneut versuchen.',
  },
};
