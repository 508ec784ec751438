import type { V11EntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the v1.1 entries. */
export const v11De: { readonly [K in V11EntryId]: EntryText } = {
  'v1.1/32': {
    title: 'Authentifizierung fehlgeschlagen',
    summary: 'Die mitgesendeten Zugangsdaten wurden abgelehnt oder konnten nicht gelesen werden.',
    remedy: 'Consumer Key, Access Token und OAuth-Signatur prüfen und die Anfrage erneut senden.',
  },
  'v1.1/88': {
    title: 'Rate-Limit überschritten',
    summary: 'Das Anfragekontingent dieses Endpunkts für das aktuelle Zeitfenster ist aufgebraucht.',
    remedy:
      'Bis zum Zeitpunkt in x-rate-limit-reset warten und dann fortfahren; Anfragen gleichmäßig verteilen.',
  },
  'v1.1/130': {
    title: 'Überlastet',
    summary: 'X ist vorübergehend überlastet und hat die Anfrage nicht bearbeitet.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen; die Anfrage wurde nicht verarbeitet, auch Schreibzugriffe sind sicher.',
  },
  'v1.1/http-420': {
    title: 'Zu viele Verbindungen',
    summary:
      'Die alten Such-, Trend- oder Streaming-APIs haben die App gebremst, meist wegen zu vieler Stream-Verbindungen.',
    remedy:
      'Doppelte Verbindungen schließen und frühestens nach einer Minute neu verbinden, die Wartezeit jeweils verdoppeln.',
  },
  'v1.1/http-500': {
    title: 'Interner Serverfehler',
    summary:
      'Bei X ist beim Bearbeiten der Anfrage etwas fehlgeschlagen; sie kann wirksam geworden sein oder nicht.',
    remedy:
      'Lesezugriffe nach kurzer Pause wiederholen; vor erneutem Senden prüfen, ob ein Schreibzugriff wirksam wurde.',
  },
};
