import type { SorsaEntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the Sorsa entries. */
export const sorsaDe: { readonly [K in SorsaEntryId]: EntryText } = {
  'sorsa/missing-key': {
    title: 'API-Schlüssel fehlt',
    summary:
      'Die Anfrage hatte keinen `ApiKey`-Header, oder er war leer oder falsch geschrieben; Sorsa antwortet hier mit 403, obwohl die Dokumentation 401 nennt.',
    remedy:
      'Den Schlüssel in einem Header mit genau dem Namen `ApiKey` senden (Groß- und Kleinschreibung beachten).',
  },
  'sorsa/key-deleted': {
    title: 'API-Schlüssel gelöscht',
    summary: 'Der Schlüssel wurde im Sorsa-Dashboard gelöscht oder ersetzt und authentifiziert nicht mehr.',
    remedy: 'Einen aktuellen Schlüssel aus dem Sorsa-Dashboard verwenden.',
  },
  'sorsa/key-not-paid': {
    title: 'API-Schlüssel nicht bezahlt',
    summary: 'Sorsa kennt den Schlüssel, aber er hat keinen aktiven bezahlten Tarif.',
    remedy:
      'Im Sorsa-Dashboard ein Anfragepaket für diesen Schlüssel kaufen; bis dahin helfen Wiederholungen nicht.',
  },
  'sorsa/credits-exhausted': {
    title: 'Anfragekontingent aufgebraucht',
    summary:
      'Das bezahlte Anfragekontingent des Schlüssels ist verbraucht; Sorsa lehnt jeden Aufruf ab, selbst an unbekannte Pfade, bevor es ihn prüft.',
    remedy:
      '`GET /key-usage-info` prüfen und weitere Anfragen kaufen; bis dahin helfen Wiederholungen nicht.',
  },
  'sorsa/http-200': {
    title: 'OK',
    summary:
      'Die Anfrage war erfolgreich; Sorsa liefert das Objekt oder die Liste direkt, ohne umschließendes Objekt.',
    remedy: 'Nichts zu tun.',
  },
  'sorsa/http-400': {
    title: 'Fehlerhafte Anfrage',
    summary:
      'Ein Pflichtparameter wie `link`, `id` oder `query` fehlt oder ist falsch formatiert, oder der JSON-Body ist ungültig.',
    remedy:
      'Parameter oder Body nach der Endpunkt-Referenz korrigieren und bei POST `Content-Type: application/json` senden.',
  },
  'sorsa/http-401': {
    title: 'Nicht authentifiziert',
    summary: 'Sorsa hat den Schlüssel nicht akzeptiert: Er fehlt, ist vertippt oder nicht mehr gültig.',
    remedy: 'Namen und Wert des `ApiKey`-Headers prüfen, ohne zusätzliche Leerzeichen.',
  },
  'sorsa/http-403': {
    title: 'Verboten',
    summary:
      'Der Schlüssel ist gültig, aber diese Anfrage ist nicht erlaubt. Sorsa dokumentiert seinen 403 für aufgebrauchtes Guthaben, ein abgelaufenes Abonnement oder einen gelöschten Schlüssel; diese Meldung nennt keinen dieser Gründe.',
    remedy:
      'Guthaben und Abonnement des Schlüssels über `GET /key-usage-info` prüfen; Sorsa prüft sie vor dem Pfad, daher scheitert bis zur Behebung jeder Aufruf gleich.',
  },
  'sorsa/http-404': {
    title: 'Nicht gefunden',
    summary:
      'Der X-Nutzer oder Post existiert nicht, wurde umbenannt oder gelöscht, oder das Konto ist geschützt.',
    remedy: 'Handle oder ID prüfen; geschützte Konten lassen sich über Sorsa nicht lesen.',
  },
  'sorsa/http-410': {
    title: 'API-Version abgeschaltet',
    summary:
      'Die Sorsa-API v2 wurde am 1. Mai 2026 abgeschaltet; ihre Endpunkte antworten nur noch mit 410 Gone.',
    remedy: 'Den Aufruf auf den passenden `/v3`-Endpunkt umstellen.',
  },
  'sorsa/http-429': {
    title: 'Zu viele Anfragen pro Sekunde',
    summary: 'Für diesen Schlüssel kamen mehr als 20 Anfragen innerhalb einer Sekunde bei Sorsa an.',
    remedy:
      'In der nächsten Sekunde erneut versuchen und höchstens 20 Anfragen pro Sekunde und Schlüssel senden.',
  },
  'sorsa/http-500': {
    title: 'Interner Serverfehler',
    summary: 'Bei Sorsa ist etwas fehlgeschlagen.',
    remedy: 'Nach kurzer, wachsender Pause erneut versuchen.',
  },
};
