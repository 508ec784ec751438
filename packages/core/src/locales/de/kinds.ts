import type { EntryText } from '../../entry.ts';
import type { Kind } from '../../kinds.ts';

/** German texts per kind. */
export const kindsDe: { readonly [K in Kind]: EntryText } = {
  ok: { title: 'OK', summary: 'Die Anfrage war erfolgreich.', remedy: 'Nichts zu tun.' },
  'rate-limited': {
    title: 'Rate-Limit erreicht',
    summary: 'Zu viele Anfragen im aktuellen Zeitfenster.',
    remedy: 'Bis zum Ende des Zeitfensters warten und Anfragen gleichmäßig verteilen.',
  },
  'usage-capped': {
    title: 'Nutzungsobergrenze erreicht',
    summary: 'Das Kontingent des Abrechnungszeitraums ist aufgebraucht.',
    remedy: 'Pausieren, bis der nächste Abrechnungszeitraum beginnt oder ein größerer Tarif gebucht ist.',
  },
  'credits-exhausted': {
    title: 'Kein Guthaben',
    summary: 'Das vorausbezahlte Guthaben oder Anfragekontingent ist verbraucht.',
    remedy: 'Guthaben aufladen, bevor weitere Anfragen gesendet werden.',
  },
  'too-many-connections': {
    title: 'Zu viele Verbindungen',
    summary: 'Die Zahl erlaubter Stream-Verbindungen ist erreicht.',
    remedy:
      'Andere Verbindungen schließen, frühestens nach einer Minute neu verbinden und die Wartezeit bei jeder Ablehnung verdoppeln.',
  },
  authentication: {
    title: 'Authentifizierung fehlgeschlagen',
    summary: 'Die Zugangsdaten fehlen, sind ungültig oder abgelaufen.',
    remedy: 'Token oder Schlüssel und die Art der Übermittlung prüfen.',
  },
  forbidden: {
    title: 'Verboten',
    summary: 'Die Zugangsdaten sind gültig, dürfen dies aber nicht.',
    remedy: 'Berechtigungen, Zugriffsstufe und Tarif der App prüfen.',
  },
  'not-authorized': {
    title: 'Für Sie nicht sichtbar',
    summary: 'Die Ressource existiert, ist für diese Zugangsdaten aber nicht sichtbar.',
    remedy: 'Zugangsdaten mit Sichtrecht verwenden oder die Ressource überspringen.',
  },
  'not-found': {
    title: 'Nicht gefunden',
    summary: 'Die Ressource existiert nicht oder wurde gelöscht.',
    remedy: 'Die ID prüfen oder die Ressource überspringen.',
  },
  suspended: {
    title: 'Gesperrt',
    summary: 'Das Konto oder die App ist gesperrt.',
    remedy: 'Die Sperre mit X klären, bevor Anfragen erneut gesendet werden.',
  },
  'invalid-request': {
    title: 'Ungültige Anfrage',
    summary: 'Ein Parameter oder der Body der Anfrage ist ungültig.',
    remedy: 'Die Anfrage korrigieren; unverändert scheitert sie erneut.',
  },
  duplicate: {
    title: 'Bereits erledigt',
    summary: 'Die Aktion wurde bereits ausgeführt.',
    remedy: 'Als erledigt behandeln und nicht erneut senden.',
  },
  'action-limit': {
    title: 'Aktionslimit des Kontos',
    summary: 'Das Konto hat ein Limit für diese Art von Aktion erreicht.',
    remedy: 'Warten, oft bis zum nächsten Tag, bevor diese Aktion erneut versucht wird.',
  },
  'stream-disconnect': {
    title: 'Stream getrennt',
    summary: 'Der Server hat den Stream beendet.',
    remedy: 'Nach dem Reconnect-Schema von X neu verbinden.',
  },
  'stream-rules': {
    title: 'Problem mit Stream-Regeln',
    summary: 'Die Stream-Regeln fehlen, sind ungültig oder überschreiten das Limit.',
    remedy: 'Die Regeln korrigieren und dann neu verbinden.',
  },
  conflict: {
    title: 'Konflikt',
    summary: 'Die Anfrage steht im Widerspruch zum aktuellen Zustand.',
    remedy: 'Auf den laufenden Vorgang warten oder die Anfrage ändern.',
  },
  gone: {
    title: 'Entfernt',
    summary: 'Der Endpunkt oder die Ressource wurde abgeschaltet.',
    remedy: 'Auf den Nachfolge-Endpunkt umstellen.',
  },
  'not-acceptable': {
    title: 'Nicht akzeptabel',
    summary: 'Das angeforderte Format oder die Kodierung wird nicht unterstützt.',
    remedy: 'Accept-Header oder das angeforderte Format korrigieren.',
  },
  'server-error': {
    title: 'Serverfehler',
    summary: 'Die API ist beim Bearbeiten der Anfrage gescheitert.',
    remedy:
      'Lesezugriffe mit Backoff wiederholen; bei Schreibzugriffen vor erneutem Senden prüfen, ob sie bereits wirksam wurden.',
  },
  unavailable: {
    title: 'Nicht verfügbar',
    summary:
      'Die API oder ein vorgeschalteter Proxy ist überlastet oder ausgefallen; sagt es nicht die API selbst, wurde die Anfrage womöglich bearbeitet.',
    remedy:
      'Lesezugriffe mit Backoff wiederholen; bei Schreibzugriffen vor erneutem Senden prüfen, ob sie bereits wirksam wurden.',
  },
  network: {
    title: 'Netzwerkfehler',
    summary: 'Die Verbindung brach ab, bevor eine vollständige Antwort kam.',
    remedy: 'Lesezugriffe wiederholen; bei Schreibzugriffen zuerst prüfen, ob sie wirksam wurden.',
  },
  timeout: {
    title: 'Zeitüberschreitung',
    summary: 'Innerhalb der Frist kam keine vollständige Antwort.',
    remedy: 'Lesezugriffe wiederholen; bei Schreibzugriffen zuerst prüfen, ob sie wirksam wurden.',
  },
  unknown: {
    title: 'Unbekannter Fehler',
    summary: 'Die Antwort passt zu keinem bekannten Fehler.',
    remedy: 'Status und Body der Antwort prüfen.',
  },
};
