import type { V2EntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the v2 entries. */
export const v2De: { readonly [K in V2EntryId]: EntryText } = {
  'v2/invalid-request': {
    title: 'Ungültige Anfrage',
    summary:
      'Ein oder mehrere Parameter oder der JSON-Body passen nicht zum Schema des Endpunkts; die Liste `errors` nennt jeden fehlerhaften Parameter.',
    remedy: 'Die genannten Parameter oder Body-Felder korrigieren, bevor die Anfrage erneut gesendet wird.',
  },
  'v2/resource-not-found': {
    title: 'Ressource nicht gefunden',
    summary:
      'Das angeforderte Objekt (Post, Nutzer, Liste, Space o. Ä.) existiert nicht oder nicht mehr; bei Abfragen mehrerer IDs wird das pro ID neben den gefundenen Daten gemeldet.',
    remedy:
      'ID oder Nutzernamen prüfen und das Objekt aus weiteren Anfragen streichen, wenn es dauerhaft fehlt.',
  },
  'v2/not-authorized-for-resource': {
    title: 'Keine Berechtigung für Ressource',
    summary:
      'Das Objekt existiert, aber der authentifizierte Nutzer oder die App darf es nicht sehen, etwa den Post eines geschützten Kontos.',
    remedy: 'Einen Nutzerkontext verwenden, der das Objekt sehen darf, oder das Objekt überspringen.',
  },
  'v2/not-authorized-for-field': {
    title: 'Keine Berechtigung für Feld',
    summary:
      'Ein angefordertes Feld, etwa private Metriken, ist für diesen Nutzer oder diese App nicht sichtbar.',
    remedy: 'Das Feld aus der Anfrage entfernen oder sich als Eigentümer des Objekts authentifizieren.',
  },
  'v2/field-unauthorized': {
    title: 'Feld nicht freigegeben',
    summary:
      'Dem Aufrufer fehlt der Zugriff auf ein angefordertes Feld eines Objekts; der Rest des Objekts kann trotzdem geliefert werden.',
    remedy:
      'Das Feld aus den `*.fields`-Parametern entfernen oder Zugangsdaten verwenden, die es lesen dürfen.',
  },
  'v2/resource-unavailable': {
    title: 'Ressource nicht verfügbar',
    summary: 'Das Objekt existiert, steht Ihnen aber nicht zur Verfügung, etwa weil das Konto gesperrt ist.',
    remedy: 'Das Objekt überspringen; erneute Versuche machen es nicht verfügbar.',
  },
  'v2/disallowed-resource': {
    title: 'Ressource nicht zulässig',
    summary: 'Das angeforderte Objekt darf nach den Regeln von X nicht über diese API ausgeliefert werden.',
    remedy: 'Das Objekt überspringen; keine Änderung an der Anfrage macht es verfügbar.',
  },
  'v2/field-hydration-failure': {
    title: 'Feld konnte nicht geladen werden',
    summary:
      'X konnte ein Feld eines Objekts auf seiner Seite nicht befüllen; der Rest der Antwort ist verwendbar.',
    remedy: 'Das Gelieferte verwenden und das Objekt später erneut anfordern, falls das Feld wichtig ist.',
  },
  'v2/internal-error': {
    title: 'Interner Fehler',
    summary:
      'Bei X ist während der Bearbeitung ein interner Fehler aufgetreten; die Anfrage kann teilweise ausgeführt worden sein.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen und vorher prüfen, ob ein Schreibvorgang schon gewirkt hat.',
  },
  'v2/client-forbidden/client-not-enrolled': {
    title: 'App nicht für Endpunkt freigeschaltet',
    summary:
      'Die App hängt an keinem Projekt mit der Zugriffsstufe, die dieser Endpunkt verlangt, daher lehnt X jeden Aufruf von ihr ab.',
    remedy: 'Die App im Entwicklerportal einem Projekt zuordnen und die nötige Zugriffsstufe einholen.',
  },
  'v2/client-forbidden/official-client-forbidden': {
    title: 'Offizielle Clients nicht erlaubt',
    summary:
      'X nimmt diese Anfrage nicht an, wenn sie von einer seiner eigenen offiziellen Client-Apps kommt.',
    remedy: 'Die Anfrage mit den Zugangsdaten der eigenen Entwickler-App senden.',
  },
  'v2/client-forbidden': {
    title: 'Client nicht zugelassen',
    summary: 'Die anfragende App darf diesen Endpunkt nicht aufrufen.',
    remedy: 'Projekt, Zugriffsstufe und Einstellungen der App im Entwicklerportal prüfen.',
  },
  'v2/oauth1-permissions': {
    title: 'OAuth-1.0a-Berechtigungen fehlen',
    summary:
      'Die OAuth-1.0a-Berechtigungen der App (Lesen, Lesen und Schreiben, Direktnachrichten) decken diesen Endpunkt nicht ab.',
    remedy:
      'Die Berechtigungen der App im Entwicklerportal erweitern und danach neue Access-Tokens für die Nutzer erzeugen.',
  },
  'v2/unsupported-authentication': {
    title: 'Falsche Authentifizierungsart',
    summary:
      'Der Endpunkt akzeptiert diese Art von Zugangsdaten nicht, etwa ein App-only-Bearer-Token, wo ein Nutzerkontext nötig ist.',
    remedy: 'Den Endpunkt mit einer der Authentifizierungsarten aufrufen, die der Fehler nennt.',
  },
  'v2/credits-depleted': {
    title: 'Guthaben aufgebraucht',
    summary: 'Das Pay-per-use-Konto hat kein Guthaben mehr, daher lehnt X kostenpflichtige Anfragen ab.',
    remedy:
      'In der Entwicklerkonsole Guthaben nachkaufen; erneute Versuche helfen nicht, bevor das Guthaben aufgeladen ist.',
  },
  'v2/usage-capped/Daily': {
    title: 'Tägliche Nutzungsobergrenze erreicht',
    summary:
      'Das Konto oder Produkt hat sein Tageskontingent aufgebraucht; das ist eine Obergrenze für den ganzen Tag, kein kurzes Rate-Limit-Fenster.',
    remedy:
      'Keine Anfragen mehr senden, bis das Kontingent des nächsten Tages beginnt; Versuche nach wenigen Minuten scheitern erneut.',
  },
  'v2/usage-capped': {
    title: 'Nutzungsobergrenze erreicht',
    summary:
      'Das Konto oder Produkt hat sein Post-Kontingent für den Abrechnungszeitraum aufgebraucht; das ist kein kurzes Rate-Limit, und das Rate-Limit des Endpunkts kann trotzdem noch viel Spielraum zeigen.',
    remedy:
      'Keine Anfragen mehr senden, bis der Zeitraum neu beginnt oder der Tarif geändert ist; vorzeitige Versuche scheitern erneut.',
  },
  'v2/rate-limit-exceeded': {
    title: 'Rate-Limit überschritten',
    summary:
      'Ein Rate-Limit ist aufgebraucht: das Zeitfenster des Endpunkts oder ein 24-Stunden-Limit der App bzw. des Nutzers.',
    remedy:
      'Bis zum Reset des ausgeschöpften Limits warten (x-rate-limit-reset oder, bei einem 24-Stunden-Limit, x-app-limit-24hour-reset bzw. x-user-limit-24hour-reset) und dann in dem Tempo weitermachen, das die Zeitfenster erlauben.',
  },
  'v2/streaming-connection/TooManyConnections': {
    title: 'Zu viele Stream-Verbindungen',
    summary: 'Der Stream hat bereits die höchste erlaubte Zahl an Verbindungen für diese App.',
    remedy:
      'Die andere Verbindung schließen, frühestens nach einer Minute neu verbinden und die Wartezeit bei jeder Ablehnung verdoppeln.',
  },
  'v2/streaming-connection/RuleConfigurationIssue': {
    title: 'Stream hat keine Regeln',
    summary:
      'Ein gefilterter Stream wurde geöffnet, bevor eine Regel angelegt war, es gibt also nichts zu liefern.',
    remedy: 'Über den Endpunkt für Stream-Regeln mindestens eine Regel anlegen und dann verbinden.',
  },
  'v2/streaming-connection/RulesInvalidIssue': {
    title: 'Stream-Regeln ungültig',
    summary: 'Der Regelsatz des Streams ist ungültig, daher öffnet X die Verbindung nicht.',
    remedy: 'Die Regeln abrufen, ungültige löschen oder korrigieren und dann erneut verbinden.',
  },
  'v2/streaming-connection/ProvisioningSubscription': {
    title: 'Stream wird noch eingerichtet',
    summary: 'Das Abonnement hinter diesem Stream wird bei X noch eingerichtet.',
    remedy: 'Warten und mit wachsender Pause neu verbinden, bis die Einrichtung abgeschlossen ist.',
  },
  'v2/streaming-connection': {
    title: 'Problem mit der Stream-Verbindung',
    summary:
      'X hat die Stream-Verbindung aus einem Grund auf Verbindungsebene abgelehnt oder nicht halten können.',
    remedy: 'Nach dem Reconnect-Schema von X mit exponentiell wachsender Pause neu verbinden.',
  },
  'v2/client-disconnected': {
    title: 'Client getrennt',
    summary: 'X hält den Client für verschwunden und hat den Stream deshalb geschlossen.',
    remedy:
      'Neu verbinden und prüfen, ob etwas zwischen Client und X (Proxy, Load Balancer, NAT) inaktive Verbindungen trennt.',
  },
  'v2/operational-disconnect/SlowReader': {
    title: 'Stream wird zu langsam gelesen',
    summary:
      'Der Client hat den Stream nicht schnell genug gelesen, der Puffer bei X lief voll und X hat die Verbindung getrennt; gepufferte Posts können verloren sein.',
    remedy:
      'Den Stream schneller lesen, Nachrichten zur Verarbeitung an eine separate Warteschlange übergeben und neu verbinden.',
  },
  'v2/operational-disconnect/InvalidRules': {
    title: 'Stream getrennt: ungültige Regeln',
    summary: 'X hat den Stream geschlossen, weil sein Regelsatz ungültig geworden ist.',
    remedy:
      'Die ungültigen Regeln korrigieren oder löschen, bevor neu verbunden wird; sonst scheitert es erneut.',
  },
  'v2/operational-disconnect': {
    title: 'Stream von X getrennt',
    summary:
      'X hat den Stream aus betrieblichen Gründen auf seiner Seite geschlossen, etwa wegen Wartung oder eines Neustarts.',
    remedy: 'Nach dem Reconnect-Schema von X neu verbinden und verpasste Posts nachladen.',
  },
  'v2/rule-cap': {
    title: 'Zu viele Stream-Regeln',
    summary: 'Mit den neuen Regeln würde die für die Zugriffsstufe erlaubte Anzahl überschritten.',
    remedy:
      'Nicht mehr benötigte Regeln löschen oder mehrere zu einer zusammenfassen, bevor neue hinzukommen.',
  },
  'v2/rule-length': {
    title: 'Stream-Regel zu lang',
    summary: 'Eine Regel oder Abfrage ist länger, als die Zugriffsstufe erlaubt.',
    remedy: 'Die Regel kürzen oder auf mehrere Regeln aufteilen.',
  },
  'v2/invalid-rules': {
    title: 'Ungültige Stream-Regel',
    summary:
      'Eine übermittelte Regel hat einen Syntaxfehler oder nutzt einen nicht verfügbaren Operator; sie wurde nicht angelegt.',
    remedy: 'Die Regel nach den Angaben im Fehler korrigieren und erneut übermitteln.',
  },
  'v2/noncompliant-rules': {
    title: 'Regelsatz nicht konform',
    summary:
      'Der Regelsatz des Streams verstößt als Ganzes gegen die Vorgaben des Produkts oder der Zugriffsstufe.',
    remedy: 'Den Regelsatz prüfen und ändern, bis er konform ist, und dann erneut verbinden.',
  },
  'v2/duplicate-rules': {
    title: 'Doppelte Stream-Regel',
    summary:
      'Dieselbe Regel existiert bereits und wurde nicht erneut angelegt; der Fehler enthält die ID der vorhandenen Regel.',
    remedy:
      'Die vorhandene Regel als die gewünschte behandeln oder sie zuerst löschen, um ihr Label (`tag`) zu ändern.',
  },
  'v2/conflict': {
    title: 'Job läuft bereits',
    summary: 'Ein Job dieser Art, etwa ein Compliance-Job, läuft bereits, daher kann kein neuer starten.',
    remedy: 'Warten, bis der laufende Job fertig ist, bevor ein weiterer angelegt wird.',
  },
  'v2/duplicate-content': {
    title: 'Doppelter Post',
    summary:
      'X hat den Post abgelehnt, weil sein Text einem kürzlich vom Konto veröffentlichten Post gleicht.',
    remedy: 'Den Text ändern; derselbe Post wird erneut abgelehnt.',
  },
  'v2/http-200': {
    title: 'OK',
    summary: 'Die Anfrage war erfolgreich.',
    remedy: 'Nichts zu tun.',
  },
  'v2/http-201': {
    title: 'Erstellt',
    summary: 'Die Anfrage war erfolgreich und hat ein neues Objekt angelegt.',
    remedy: 'Nichts zu tun.',
  },
  'v2/http-204': {
    title: 'Kein Inhalt',
    summary: 'Die Anfrage war erfolgreich, es gibt nichts zurückzugeben.',
    remedy: 'Nichts zu tun.',
  },
  'v2/http-304': {
    title: 'Nicht geändert',
    summary: 'Seit dem Stand, den die Anfrage als vorhanden angibt, hat sich nichts geändert.',
    remedy: 'Die vorhandene Kopie weiterverwenden.',
  },
  'v2/http-400': {
    title: 'Fehlerhafte Anfrage',
    summary:
      'X konnte die Anfrage so nicht annehmen, etwa wegen fehlerhaften JSONs oder ungültiger Parameter.',
    remedy: 'Parameter, JSON-Body und dessen Maskierung prüfen, bevor erneut gesendet wird.',
  },
  'v2/http-401': {
    title: 'Nicht authentifiziert',
    summary:
      'X konnte die Anfrage nicht authentifizieren: Zugangsdaten fehlen, sind falsch, abgelaufen oder widerrufen.',
    remedy:
      'Prüfen, welche Authentifizierungsart der Endpunkt verlangt und ob Schlüssel und Tokens aktuell sind.',
  },
  'v2/http-402': {
    title: 'Zahlung erforderlich',
    summary: 'Das Konto hat kein Guthaben oder Budget mehr, um diese Anfrage zu bezahlen.',
    remedy: 'Guthaben aufladen oder den Tarif ändern; bis dahin helfen erneute Versuche nicht.',
  },
  'v2/http-403': {
    title: 'Verboten',
    summary:
      'X hat die Anfrage verstanden, lehnt sie aber ab, oft weil der App der Zugang zum Endpunkt fehlt.',
    remedy: 'Prüfen, ob Zugriffsstufe und Berechtigungen der App diesen Endpunkt abdecken.',
  },
  'v2/http-404': {
    title: 'Nicht gefunden',
    summary: 'Die URL bezeichnet keinen vorhandenen Endpunkt, oder das angeforderte Objekt existiert nicht.',
    remedy: 'Pfad, HTTP-Methode und IDs der Anfrage prüfen.',
  },
  'v2/http-406': {
    title: 'Nicht akzeptabel',
    summary: 'X kann in keinem Format antworten, das die Anfrage akzeptiert.',
    remedy: 'JSON-Antworten akzeptieren und die Formatparameter der Anfrage prüfen.',
  },
  'v2/http-409': {
    title: 'Stream hat keine Regeln',
    summary: 'Eine Verbindung zu einem gefilterten Stream wurde abgelehnt, weil der Stream keine Regeln hat.',
    remedy: 'Vor dem Verbinden mit dem gefilterten Stream mindestens eine Regel anlegen.',
  },
  'v2/http-410': {
    title: 'Dauerhaft abgeschaltet',
    summary: 'Der Endpunkt wurde dauerhaft abgeschaltet.',
    remedy: 'Den Aufruf auf den Endpunkt umstellen, der ihn ersetzt.',
  },
  'v2/http-422': {
    title: 'Nicht verarbeitbarer Inhalt',
    summary:
      'X konnte die Anfrage lesen, aber nicht verarbeiten, was sie enthält, etwa eine hochgeladene Datei.',
    remedy: 'Die Datei oder den Body korrigieren und die Anfrage erneut senden.',
  },
  'v2/http-429': {
    title: 'Zu viele Anfragen',
    summary:
      'Ein Rate-Limit ist aufgebraucht: das Zeitfenster des Endpunkts oder ein 24-Stunden-Limit der App bzw. des Nutzers; x-rate-limit-remaining kann dabei noch über 0 liegen.',
    remedy:
      'Bis zum Reset des ausgeschöpften Limits warten (x-rate-limit-reset oder, bei einem 24-Stunden-Limit, x-app-limit-24hour-reset bzw. x-user-limit-24hour-reset) und Anfragen danach über das Zeitfenster verteilen.',
  },
  'v2/http-500': {
    title: 'Interner Serverfehler',
    summary:
      'Bei X ist etwas fehlgeschlagen, meist nur kurz; die Anfrage kann trotzdem ausgeführt worden sein.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen und vorher prüfen, ob ein Schreibvorgang schon gewirkt hat.',
  },
  'v2/http-501': {
    title: 'Endpunkt nicht implementiert',
    summary: 'X unterstützt diesen Endpunkt oder diese Methode nicht, die Anfrage kann so nie gelingen.',
    remedy: 'Pfad und Methode des Endpunkts mit der aktuellen API-Referenz abgleichen.',
  },
  'v2/http-502': {
    title: 'Fehlerhaftes Gateway',
    summary:
      'Ein Gateway vor X hat vom Dienst dahinter keine gültige Antwort bekommen; die Anfrage kann gelaufen sein.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen und vorher prüfen, ob ein Schreibvorgang schon gewirkt hat.',
  },
  'v2/http-503': {
    title: 'Dienst nicht verfügbar',
    summary:
      'X ist vorübergehend überlastet. Mit dem Problem-Body von X wurde die Anfrage nicht bearbeitet; ein bloßer 503 eines vorgeschalteten Proxys kann auf eine Anfrage folgen, die X erhalten hat.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen; nach einem bloßen 503 bei Schreibzugriffen vorher prüfen, ob sie bereits wirksam wurden.',
  },
  'v2/http-504': {
    title: 'Gateway-Zeitüberschreitung',
    summary: 'X hat nicht rechtzeitig geantwortet; die Anfrage kann trotzdem ausgeführt worden sein.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen und vorher prüfen, ob ein Schreibvorgang schon gewirkt hat.',
  },
};
