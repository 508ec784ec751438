import type { V11EntryId } from '../../catalogue/index.ts';
import type { EntryText } from '../../entry.ts';

/** German texts for the v1.1 entries. */
export const v11De: { readonly [K in V11EntryId]: EntryText } = {
  'v1.1/3': {
    title: 'Ungültige Koordinaten',
    summary:
      'Die mitgesendete geografische Breite oder Länge ist fehlerhaft oder liegt außerhalb des gültigen Bereichs.',
    remedy: 'Koordinaten als Dezimalgrad im gültigen Bereich senden oder weglassen.',
  },
  'v1.1/13': {
    title: 'Kein Ort zur IP-Adresse',
    summary: 'Eine Geo-Suche per IP-Adresse konnte der Adresse keinen Ort zuordnen.',
    remedy: 'Stattdessen nach Koordinaten oder einem Suchbegriff suchen.',
  },
  'v1.1/17': {
    title: 'Keine passenden Nutzer',
    summary: 'Keine der abgefragten Nutzer-IDs oder Nutzernamen gehört zu einem bestehenden Konto.',
    remedy: 'IDs und Nutzernamen prüfen und gelöschte oder umbenannte Konten entfernen.',
  },
  'v1.1/32': {
    title: 'Authentifizierung fehlgeschlagen',
    summary: 'Die mitgesendeten Zugangsdaten wurden abgelehnt oder konnten nicht gelesen werden.',
    remedy: 'Consumer Key, Access-Token und OAuth-Signatur prüfen und die Anfrage erneut senden.',
  },
  'v1.1/34': {
    title: 'Seite existiert nicht',
    summary: 'Die URL bezeichnet keinen Endpunkt, oder die adressierte Ressource existiert nicht.',
    remedy: 'Den Endpunktpfad und die darin enthaltene ID prüfen.',
  },
  'v1.1/36': {
    title: 'Selbstmeldung nicht möglich',
    summary: 'Eine Spam-Meldung nannte das angemeldete Konto selbst als Verursacher.',
    remedy: 'Ein anderes Konto melden; ist das Ziel der aktuelle Nutzer, die Anfrage überspringen.',
  },
  'v1.1/38': {
    title: 'Pflichtparameter fehlt',
    summary:
      'Ein Parameter, den der Endpunkt braucht, etwa Text oder Medien, wurde nicht gesendet; die Meldung nennt ihn.',
    remedy: 'Den in der Meldung genannten Parameter ergänzen und die Anfrage erneut senden.',
  },
  'v1.1/44': {
    title: 'Ungültige Anhang-URL',
    summary:
      'Die attachment_url verweist auf nichts, was an einen Post angehängt werden kann, etwa einen Post oder DM-Deep-Link.',
    remedy:
      'Die vollständige URL eines Posts oder einen DM-Deep-Link übergeben oder den Parameter weglassen.',
  },
  'v1.1/50': {
    title: 'Nutzer nicht gefunden',
    summary: 'Das angefragte Konto existiert nicht oder nicht mehr.',
    remedy: 'Nutzer-ID oder Nutzernamen prüfen; bei wiederholtem Fehler das Konto als gelöscht behandeln.',
  },
  'v1.1/63': {
    title: 'Zielkonto gesperrt',
    summary: 'Das Konto, um das es in der Anfrage geht, ist gesperrt; seine Daten sind nicht verfügbar.',
    remedy:
      'Dieses Konto überspringen; solange es gesperrt ist, kann es weder gelesen noch bearbeitet werden.',
  },
  'v1.1/64': {
    title: 'Eigenes Konto gesperrt',
    summary: 'Der Nutzer, dem das Access-Token gehört, ist gesperrt und darf diese Funktion nicht nutzen.',
    remedy: 'Keine Anfragen mehr mit diesem Token senden; der Kontoinhaber muss die Sperre mit X klären.',
  },
  'v1.1/68': {
    title: 'API v1 abgeschaltet',
    summary: 'Die Anfrage ging an eine URL der abgeschalteten REST-API v1.',
    remedy: 'Den Aufruf auf den passenden Endpunkt von v1.1 oder v2 umstellen.',
  },
  'v1.1/87': {
    title: 'Aktion für Client nicht erlaubt',
    summary: 'Die App darf diesen Endpunkt nicht aufrufen oder diese Aktion nicht ausführen.',
    remedy: 'Berechtigungen und Zugriffsstufe der App im Entwicklerportal prüfen.',
  },
  'v1.1/88': {
    title: 'Rate-Limit überschritten',
    summary:
      'Ein Anfragekontingent ist aufgebraucht: das Zeitfenster dieses Endpunkts oder ein 24-Stunden-Limit der App bzw. des Nutzers.',
    remedy:
      'Bis zum Reset-Zeitpunkt des ausgeschöpften Limits warten (meist x-rate-limit-reset, bei einem 24-Stunden-Limit dessen eigener Reset-Header) und dann gleichmäßig verteilt fortfahren.',
  },
  'v1.1/89': {
    title: 'Token ungültig oder abgelaufen',
    summary: 'Das Access-Token ist falsch, wurde vom Nutzer widerrufen oder ist abgelaufen.',
    remedy: 'Den Nutzer die App erneut autorisieren lassen, um ein neues Access-Token zu erhalten.',
  },
  'v1.1/92': {
    title: 'TLS erforderlich',
    summary: 'Die Anfrage kam nicht über eine sichere Verbindung mit einer von X akzeptierten TLS-Version.',
    remedy: 'HTTPS mit TLS 1.2 oder neuer verwenden.',
  },
  'v1.1/93': {
    title: 'Keine Berechtigung für Direktnachrichten',
    summary:
      'Das Access-Token wurde ohne die Berechtigung erteilt, Direktnachrichten zu lesen, zu senden oder zu löschen.',
    remedy:
      'Den Zugriff auf Direktnachrichten für die App aktivieren und den Nutzer die App erneut autorisieren lassen.',
  },
  'v1.1/99': {
    title: 'Zugangsdaten nicht überprüfbar',
    summary:
      'Die OAuth-Zugangsdaten, meist Consumer Key und Secret am Token-Endpunkt, ließen sich nicht validieren.',
    remedy: 'Consumer Key und Secret prüfen (auch ob sie neu erzeugt wurden) und das Token erneut anfordern.',
  },
  'v1.1/104': {
    title: 'Listenmitglieder nicht hinzufügbar',
    summary:
      'X hat das Hinzufügen von Mitgliedern zu dieser Liste abgelehnt. Der Code steht nicht in der Dokumentation von X, und seine Meldung nennt keinen Grund.',
    remedy:
      'Prüfen, ob die Liste Ihnen gehört und der Nutzer aufgenommen werden darf; andernfalls warten, bevor weitere Mitglieder hinzugefügt werden.',
  },
  'v1.1/108': {
    title: 'Angegebener Nutzer nicht gefunden',
    summary:
      'Ein in einer Folge-, Freundschafts- oder Direktnachrichten-Anfrage genannter Nutzer existiert nicht.',
    remedy:
      'Die Nutzer-ID prüfen (große IDs verlieren als JavaScript-Zahl an Genauigkeit; id_str verwenden).',
  },
  'v1.1/109': {
    title: 'Nutzer nicht in der Liste',
    summary: 'Der in der Anfrage genannte Nutzer ist kein Mitglied der Liste.',
    remedy: 'Zuerst die Mitglieder der Liste abrufen oder den Nutzer als bereits entfernt behandeln.',
  },
  'v1.1/110': {
    title: 'Kein Listenmitglied',
    summary: 'Die Anfrage wollte einen Nutzer aus einer Liste entfernen, in der er nicht steht.',
    remedy: 'Nichts zu entfernen; den Nutzer als bereits nicht mehr in der Liste behandeln.',
  },
  'v1.1/120': {
    title: 'Profilwert zu lang',
    summary:
      'Ein an update_profile gesendetes Profilfeld, etwa Name oder Bio, überschreitet seine Höchstlänge; die Meldung nennt das Maximum.',
    remedy: 'Das Feld auf das in der Meldung genannte Maximum kürzen.',
  },
  'v1.1/130': {
    title: 'Überlastet',
    summary: 'X ist vorübergehend überlastet und hat die Anfrage nicht bearbeitet.',
    remedy:
      'Nach kurzer, wachsender Pause erneut versuchen; die Anfrage wurde nicht verarbeitet, auch Schreibzugriffe dürfen erneut gesendet werden.',
  },
  'v1.1/131': {
    title: 'Interner Fehler',
    summary:
      'Ein unerwarteter Fehler bei X hat die Anfrage abgebrochen; sie kann wirksam geworden sein oder nicht.',
    remedy:
      'Lesezugriffe nach kurzer Pause wiederholen; vor erneutem Senden prüfen, ob ein Schreibzugriff wirksam wurde.',
  },
  'v1.1/135': {
    title: 'Zeitstempel außerhalb des Bereichs',
    summary:
      'Der OAuth-Zeitstempel weicht zu stark von der Uhr bei X ab, meist weil die lokale Uhr falsch geht.',
    remedy:
      'Die Systemuhr synchronisieren (NTP) oder den Zeitstempel um die Abweichung zum Date-Header der Antwort korrigieren und neu signieren.',
  },
  'v1.1/139': {
    title: 'Bereits gelikt',
    summary: 'Dieses Konto hat den Post bereits gelikt; ein Post kann nur einmal gelikt werden.',
    remedy: 'Das Like als erledigt behandeln; nichts weiter zu tun.',
  },
  'v1.1/144': {
    title: 'Post nicht gefunden',
    summary: 'Zu der ID existiert kein Post; vermutlich wurde er gelöscht.',
    remedy: 'Die ID aus den eigenen Daten entfernen; der Post kommt nicht zurück.',
  },
  'v1.1/150': {
    title: 'Empfänger folgt Ihnen nicht',
    summary:
      'Die Direktnachricht wurde abgelehnt, weil der Empfänger dem Absender nicht folgt und keine Nachrichten von allen annimmt.',
    remedy: 'Nur Nutzern schreiben, die dem Konto folgen oder Direktnachrichten von allen zulassen.',
  },
  'v1.1/151': {
    title: 'Direktnachricht nicht gesendet',
    summary:
      'Das Senden der Direktnachricht ist fehlgeschlagen; der Teil der Meldung nach dem Doppelpunkt nennt den Grund.',
    remedy: 'Den Grund in der Meldung lesen und beheben, bevor erneut gesendet wird.',
  },
  'v1.1/160': {
    title: 'Folgeanfrage bereits gestellt',
    summary: 'Eine Folgeanfrage an dieses geschützte Konto ist bereits offen.',
    remedy: 'Die Anfrage als gesendet behandeln und warten, bis der Nutzer sie annimmt.',
  },
  'v1.1/161': {
    title: 'Folge-Limit erreicht',
    summary: 'Das Konto hat ein Limit für das Folgen von Nutzern erreicht, insgesamt oder vorübergehend.',
    remedy:
      'Das Folgen für dieses Konto pausieren und später erneut versuchen oder inaktiven Konten entfolgen.',
  },
  'v1.1/179': {
    title: 'Keine Berechtigung für diesen Post',
    summary:
      'Der angemeldete Nutzer darf diesen Post nicht sehen, meist weil der Autor seine Posts geschützt hat.',
    remedy: 'Den Post überspringen oder das Token eines Nutzers verwenden, der dem geschützten Autor folgt.',
  },
  'v1.1/185': {
    title: 'Post-Limit erreicht',
    summary:
      'Das Konto hat sein Kontingent für Posts aufgebraucht; anders als die Meldung nahelegt, ist das nicht nur ein Tageslimit, und die Dauer seines Zeitfensters ist nicht veröffentlicht.',
    remedy: 'Eine Weile nicht von diesem Konto posten und künftige Posts zeitlich verteilen.',
  },
  'v1.1/186': {
    title: 'Post zu lang',
    summary: 'Der Text des Posts überschreitet die Höchstlänge.',
    remedy:
      'Den Text kürzen und dabei so zählen wie X: Jede URL zählt unabhängig von ihrer Länge als 23 Zeichen, manche Zeichen zählen doppelt.',
  },
  'v1.1/187': {
    title: 'Doppelter Post',
    summary: 'Das Konto hat genau diesen Text bereits gepostet.',
    remedy: 'Den Text ändern oder den Post als bereits veröffentlicht behandeln.',
  },
  'v1.1/195': {
    title: 'URL fehlt oder ungültig',
    summary: 'Die Anfrage braucht einen url-Parameter, der fehlte oder keine gültige URL war.',
    remedy: 'Eine vollständige, gültige URL im Parameter url senden.',
  },
  'v1.1/200': {
    title: 'Account Activity verweigert',
    summary:
      'Die Account Activity API hat die Anfrage abgelehnt, meist weil der App der Zugang dazu oder zu dieser Umgebung fehlt.',
    remedy: 'Den Zugang der App zur Account Activity API und den Umgebungsnamen in der URL prüfen.',
  },
  'v1.1/205': {
    title: 'Limit für Spam-Meldungen erreicht',
    summary: 'Das Konto hat vorerst so viele Spam-Meldungen abgegeben wie erlaubt.',
    remedy: 'Eine Weile keine Meldungen von diesem Konto senden und dann erneut versuchen.',
  },
  'v1.1/214': {
    title: 'DM- oder Webhook-Einrichtung abgelehnt',
    summary:
      'Der Code hat zwei Bedeutungen: Eine Willkommensnachricht scheiterte, weil der Inhaber keine Direktnachrichten von allen annimmt, oder ein Webhook wurde abgelehnt (ungültige URL, fehlgeschlagene oder langsame CRC-Prüfung, zu viele Webhooks).',
    remedy:
      'Bei DMs die Direktnachrichten des Kontos für alle öffnen; bei Webhooks die URL korrigieren und die CRC-Antwort binnen 3 Sekunden mit 200 liefern.',
  },
  'v1.1/215': {
    title: 'Fehlerhafte Authentifizierungsdaten',
    summary:
      'Der Endpunkt verlangt Authentifizierung, und die Anfrage hatte keine oder einen Authorization-Header, den X nicht lesen konnte.',
    remedy: 'Einen korrekt aufgebauten OAuth-1.0a- oder Bearer-Authorization-Header senden.',
  },
  'v1.1/220': {
    title: 'Zugangsdaten ohne Zugriff',
    summary:
      'Das Token ist gültig, aber eingeschränkt und erreicht diese Ressource nicht, etwa ein App-only-Token an einem Endpunkt, der einen Nutzerkontext verlangt.',
    remedy: 'Einen Token-Typ und eine Zugriffsstufe verwenden, die dieser Endpunkt akzeptiert.',
  },
  'v1.1/226': {
    title: 'Anfrage wirkt automatisiert',
    summary: 'Die Spamfilter von X haben diese Aktion als automatisiert eingestuft und vorerst blockiert.',
    remedy:
      'Die Aktion nicht gleich wiederholen: automatisierte Aktionen dieses Kontos deutlich reduzieren, identische Inhalte nicht erneut senden, erst viel später erneut versuchen und eine Fehleinstufung über das Support-Formular von X melden.',
  },
  'v1.1/231': {
    title: 'Anmeldebestätigung erforderlich',
    summary: 'Eine xAuth-Anmeldung wurde angehalten, weil der Nutzer die Anmeldebestätigung aktiviert hat.',
    remedy: 'Den Nutzer zur Anmeldung auf x.com schicken oder auf den regulären OAuth-Ablauf umstellen.',
  },
  'v1.1/251': {
    title: 'Endpunkt abgeschaltet',
    summary: 'Die Anfrage ging an einen Endpunkt, den X abgeschaltet hat.',
    remedy: 'Den Aufruf auf den aktuellen Ersatz-Endpunkt umstellen.',
  },
  'v1.1/261': {
    title: 'App darf nicht schreiben',
    summary:
      'Der App oder ihrem Access-Token fehlt die Schreibberechtigung, oder X hat der App POST-, PUT- und DELETE-Anfragen untersagt.',
    remedy:
      'Der App Lese- und Schreibrechte geben und das Access-Token neu erzeugen; hat X die App eingeschränkt, dies im Entwicklerportal prüfen.',
  },
  'v1.1/271': {
    title: 'Selbst stummschalten nicht möglich',
    summary: 'Die Stummschalt-Anfrage nannte das angemeldete Konto selbst.',
    remedy: 'Die Anfrage überspringen, wenn das Ziel der aktuelle Nutzer ist.',
  },
  'v1.1/272': {
    title: 'Nutzer nicht stummgeschaltet',
    summary:
      'Es wurde das Aufheben der Stummschaltung für ein Konto angefragt, das nicht stummgeschaltet ist.',
    remedy: 'Den Nutzer als bereits nicht stummgeschaltet behandeln; nichts weiter zu tun.',
  },
  'v1.1/323': {
    title: 'Zu viele animierte GIFs',
    summary:
      'Ein animiertes GIF wurde zusammen mit anderen Bildern angehängt; ein Post darf ein GIF nur allein, ohne weitere Bilder, tragen.',
    remedy: 'Das GIF allein anhängen oder die Standbilder ohne es senden.',
  },
  'v1.1/324': {
    title: 'Medien-ID ungültig',
    summary:
      'Eine der angehängten Medien-IDs ist nicht verwendbar, etwa noch in Verarbeitung, abgelaufen oder von einem anderen Nutzer hochgeladen.',
    remedy:
      'Warten, bis die Verarbeitung abgeschlossen ist, und nur Medien anhängen, die derselbe Nutzer innerhalb des letzten Tages hochgeladen hat.',
  },
  'v1.1/325': {
    title: 'Medien-ID nicht gefunden',
    summary: 'Eine angehängte Medien-ID existiert nicht oder ist abgelaufen.',
    remedy: 'Die Medien erneut hochladen und die neue ID anhängen.',
  },
  'v1.1/326': {
    title: 'Konto vorübergehend gesperrt',
    summary:
      'X hat das angemeldete Konto zum Schutz vor Spam oder Missbrauch gesperrt; sein Token funktioniert erst nach der Entsperrung wieder.',
    remedy: 'Der Kontoinhaber muss sich auf x.com anmelden und die Schritte zur Entsperrung durchlaufen.',
  },
  'v1.1/327': {
    title: 'Bereits repostet',
    summary: 'Das Konto hat diesen Post bereits repostet.',
    remedy: 'Den Repost als erledigt behandeln; nichts weiter zu tun.',
  },
  'v1.1/349': {
    title: 'Nachricht an Nutzer nicht möglich',
    summary:
      'Der Absender darf diesem Empfänger keine Direktnachrichten senden, etwa wegen einer Blockierung oder der Einstellungen des Empfängers.',
    remedy:
      'Nicht erneut versuchen; diesem Nutzer nur schreiben, wenn er dem Konto folgt oder Direktnachrichten öffnet.',
  },
  'v1.1/354': {
    title: 'Direktnachricht zu lang',
    summary: 'Der Text der Direktnachricht ist länger als erlaubt.',
    remedy: 'Die Nachricht kürzen oder auf mehrere aufteilen.',
  },
  'v1.1/355': {
    title: 'Abonnement existiert bereits',
    summary: 'Die Account Activity API hat für diesen Nutzer bereits ein Abonnement.',
    remedy: 'Das Abonnement als vorhanden behandeln; zur Bestätigung die Abonnements auflisten.',
  },
  'v1.1/385': {
    title: 'Antwortziel nicht sichtbar',
    summary:
      'Der Post, auf den geantwortet werden soll, ist gelöscht oder für den angemeldeten Nutzer nicht sichtbar.',
    remedy: 'Vor dem Antworten prüfen, ob der Post noch existiert und für dieses Konto sichtbar ist.',
  },
  'v1.1/386': {
    title: 'Zu viele Anhangsarten',
    summary:
      'Der Post kombiniert Anhangsarten, etwa Medien und einen zitierten Post, darf aber nur eine tragen.',
    remedy: 'Pro Post nur eine Anhangsart verwenden.',
  },
  'v1.1/407': {
    title: 'Ungültige URL',
    summary:
      'Eine URL im Post konnte nicht verarbeitet werden, etwa eine nicht konvertierbare Nicht-ASCII-URL.',
    remedy: 'Die URL korrigieren bzw. korrekt kodieren oder sie aus dem Text entfernen.',
  },
  'v1.1/415': {
    title: 'Callback-URL nicht freigegeben',
    summary: 'Die OAuth-Callback-URL steht nicht auf der Liste der erlaubten Callback-URLs der App.',
    remedy: 'Die exakte Callback-URL in den App-Einstellungen im Entwicklerportal eintragen.',
  },
  'v1.1/416': {
    title: 'App ungültig oder gesperrt',
    summary: 'Die App ist unbekannt oder gesperrt und kann nicht zur Anmeldung von Nutzern verwendet werden.',
    remedy: 'Den Status der App im Entwicklerportal prüfen; eine gesperrte App muss X wieder freigeben.',
  },
  'v1.1/417': {
    title: 'Callback muss oob sein',
    summary:
      'Die Anfrage verlangte PIN-basiertes (Out-of-Band-)OAuth, was der für die App eingerichteten Callback-URL widerspricht.',
    remedy:
      'oauth_callback=oob nur für Apps ohne Callback-URL senden, sonst die registrierte Callback-URL verwenden.',
  },
  'v1.1/421': {
    title: 'Post nicht mehr verfügbar',
    summary:
      'Der Post existiert in gewisser Form, kann aber aus einem von mehreren Richtliniengründen nicht geliefert werden.',
    remedy: 'Den Post überspringen; die API liefert ihn nicht.',
  },
  'v1.1/422': {
    title: 'Post wegen Regelverstoß entfernt',
    summary: 'Der Post wurde zurückgehalten, weil er gegen die Regeln von X verstieß.',
    remedy: 'Den Post überspringen; er ist über die API nicht verfügbar.',
  },
  'v1.1/425': {
    title: 'Aktionen am Post deaktiviert',
    summary:
      'X hat einige Interaktionen mit dem Post dieses Nutzers abgeschaltet, etwa nach seiner Richtlinie zum öffentlichen Interesse.',
    remedy: 'Die Aktion an diesem Post nicht wiederholen.',
  },
  'v1.1/433': {
    title: 'Antworten eingeschränkt',
    summary:
      'Der Autor hat eingeschränkt, wer auf diesen Post antworten darf, und der angemeldete Nutzer gehört nicht dazu.',
    remedy: 'Von diesem Konto nicht auf den Post antworten.',
  },
  'v1.1/453': {
    title: 'Endpunkt nicht in Zugriffsstufe',
    summary:
      'Die Zugriffsstufe der App umfasst diesen v1.1-Endpunkt nicht; niedrige Stufen erreichen nur wenige v1.1-Endpunkte wie Medien-Upload und OAuth.',
    remedy: 'Den v2-Endpunkt verwenden oder die App auf eine Zugriffsstufe mit diesem Endpunkt umstellen.',
  },
  'v1.1/http-200': {
    title: 'Erfolgreich',
    summary: 'Die Anfrage war erfolgreich.',
    remedy: 'Nichts zu tun.',
  },
  'v1.1/http-304': {
    title: 'Nicht geändert',
    summary: 'Seit dem Stand, den der Client bereits hat, gibt es keine neuen Daten.',
    remedy: 'Die zwischengespeicherten Daten weiterverwenden.',
  },
  'v1.1/http-400': {
    title: 'Fehlerhafte Anfrage',
    summary:
      'X konnte die Anfrage so nicht annehmen, etwa wegen eines fehlerhaften Parameters oder nicht unterstützter Medien.',
    remedy: 'Die Meldung lesen, die Anfrage korrigieren und erneut senden.',
  },
  'v1.1/http-401': {
    title: 'Nicht authentifiziert',
    summary:
      'Die Authentifizierung fehlte oder war falsch, oder der Nutzer darf die angefragte Ressource nicht sehen.',
    remedy: 'Die Zugangsdaten prüfen und ob der Nutzer auf die Ressource zugreifen darf.',
  },
  'v1.1/http-403': {
    title: 'Verboten',
    summary: 'X hat die Anfrage verstanden, aber abgelehnt, ohne den Grund als Code anzugeben.',
    remedy: 'Die Meldung lesen und dieselbe Anfrage nicht unverändert wiederholen.',
  },
  'v1.1/http-404': {
    title: 'Nicht gefunden',
    summary:
      'Die URL ist kein Endpunkt, oder die genannte Ressource existiert nicht; der Body kann sogar eine HTML-Seite sein.',
    remedy: 'Den Endpunktpfad und die darin enthaltenen IDs prüfen.',
  },
  'v1.1/http-406': {
    title: 'Nicht akzeptabel',
    summary:
      'X kann nicht im angefragten Format antworten, etwa wenn ein Stream-Client kein gzip akzeptiert.',
    remedy: 'Accept-Encoding: gzip senden und ein unterstütztes Format wie JSON anfordern.',
  },
  'v1.1/http-410': {
    title: 'Dauerhaft abgeschaltet',
    summary: 'Der Endpunkt wurde dauerhaft abgeschaltet.',
    remedy: 'Den Aufruf auf den Nachfolge-Endpunkt umstellen.',
  },
  'v1.1/http-420': {
    title: 'Enhance Your Calm (gedrosselt)',
    summary:
      'Die alten Such-, Trend- oder Streaming-APIs haben die App gebremst, meist wegen zu vieler Stream-Verbindungen.',
    remedy:
      'Doppelte Verbindungen schließen, frühestens nach einer Minute neu verbinden und die Wartezeit jeweils verdoppeln.',
  },
  'v1.1/http-422': {
    title: 'Nicht verarbeitbar',
    summary:
      'X konnte die Anfrage lesen, ihren Inhalt aber nicht verarbeiten, etwa ein ungültiges Bannerbild oder einen fehlerhaften JSON-Body.',
    remedy: 'Die hochgeladene Datei oder den JSON-Body korrigieren und erneut senden.',
  },
  'v1.1/http-429': {
    title: 'Zu viele Anfragen',
    summary:
      'Ein Rate-Limit dieser App oder dieses Nutzers ist aufgebraucht; die Header x-rate-limit-*, x-app-limit-24hour-* und x-user-limit-24hour-* zeigen, welches Limit bei 0 steht und wann es zurückgesetzt wird.',
    remedy: 'Bis zum Reset-Zeitpunkt des ausgeschöpften Limits warten und dann langsamer fortfahren.',
  },
  'v1.1/http-500': {
    title: 'Interner Serverfehler',
    summary:
      'Bei X ist beim Bearbeiten der Anfrage etwas fehlgeschlagen; sie kann wirksam geworden sein oder nicht.',
    remedy:
      'Lesezugriffe nach kurzer Pause wiederholen; vor erneutem Senden prüfen, ob ein Schreibzugriff wirksam wurde.',
  },
  'v1.1/http-502': {
    title: 'Fehlerhaftes Gateway',
    summary:
      'X ist ausgefallen oder wird aktualisiert, und ein vorgelagerter Server bekam keine gültige Antwort.',
    remedy:
      'Mit wachsenden Pausen erneut versuchen; vor erneutem Senden prüfen, ob ein Schreibzugriff wirksam wurde.',
  },
  'v1.1/http-503': {
    title: 'Dienst nicht verfügbar',
    summary:
      'X oder ein vorgeschalteter Proxy ist nicht verfügbar. Ohne den Code 130 von X sagt die Antwort nicht, ob die Anfrage bearbeitet wurde.',
    remedy:
      'Lesezugriffe nach kurzer, wachsender Pause wiederholen; bei Schreibzugriffen vor erneutem Senden prüfen, ob sie bereits wirksam wurden.',
  },
  'v1.1/http-504': {
    title: 'Gateway-Zeitüberschreitung',
    summary:
      'Die Server von X laufen, aber die Anfrage lief intern in eine Zeitüberschreitung; sie kann wirksam geworden sein oder nicht.',
    remedy:
      'Lesezugriffe nach einer Pause wiederholen; vor erneutem Senden prüfen, ob ein Schreibzugriff wirksam wurde.',
  },
  'v1.1/media-invalid': {
    title: 'Ungültige Mediendatei',
    summary:
      'Der Upload wurde angenommen, die Verarbeitung scheiterte aber, weil die Datei selbst beschädigt oder kein gültiges Medium ist; die STATUS-Antwort meldet das mit 200.',
    remedy:
      'Dieselbe Datei nicht erneut hochladen; sie reparieren oder neu kodieren und einen neuen Upload beginnen.',
  },
  'v1.1/media-unsupported': {
    title: 'Nicht unterstütztes Medium',
    summary:
      'Der Upload wurde angenommen, die Verarbeitung scheiterte aber, weil X diese Medienart oder Kodierung nicht unterstützt; die STATUS-Antwort meldet das mit 200.',
    remedy:
      'Die Datei in ein Format, einen Codec und eine Größe umwandeln, die X annimmt, und einen neuen Upload beginnen.',
  },
  'v1.1/media-internal-error': {
    title: 'Fehler bei der Medienverarbeitung',
    summary:
      'Der Upload wurde angenommen, die Verarbeitung scheiterte aber intern bei X, nicht an der Datei; die STATUS-Antwort meldet das mit 200.',
    remedy:
      'Kurz warten und dieselbe Datei erneut ab INIT hochladen; die gescheiterte Medien-ID bleibt unbrauchbar.',
  },
  'v1.1/media-processing-failed': {
    title: 'Medienverarbeitung gescheitert',
    summary:
      'Der Upload wurde angenommen, die Verarbeitung scheiterte aber aus einem Grund, den dieser Katalog nicht kennt; die STATUS-Antwort meldet das mit 200.',
    remedy: 'Fehlername und Meldung in der Antwort lesen, bevor über einen erneuten Upload entschieden wird.',
  },
};
