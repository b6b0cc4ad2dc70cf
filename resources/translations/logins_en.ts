<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="154"/>
        <source>Projet professionnel</source>
        <translation>Career plan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="155"/>
        <source>Recherche d&apos;emploi</source>
        <translation>Job search</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="156"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="157"/>
        <source>Accès aux soins</source>
        <translation>Access to care</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="158"/>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="159"/>
        <source>Démarches</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="160"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="161"/>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="326"/>
        <source>CDD de 6 mois ou plus</source>
        <translation>fixed-term contract of 6 months or more</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="326"/>
        <source>création d&apos;entreprise</source>
        <translation>business creation</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="327"/>
        <source>CDD de moins de 6 mois</source>
        <translation>fixed-term contract under 6 months</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="327"/>
        <source>intérim</source>
        <translation>temp work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="327"/>
        <source>contrat aidé</source>
        <translation>subsidised contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="328"/>
        <source>formation qualifiante</source>
        <translation>qualifying training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="328"/>
        <source>autre structure d&apos;insertion</source>
        <translation>another insertion structure</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="328"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="329"/>
        <source>sortie neutre</source>
        <translation>neutral exit</translation>
    </message>
</context>
<context>
    <name>Alarm</name>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="60"/>
        <source>Message du poste</source>
        <translation>Station message</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="49"/>
        <source>1. Touchez une personne</source>
        <translation>1. Tap a person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="51"/>
        <source>2. Touchez une tâche</source>
        <translation>2. Tap a task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="57"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="60"/>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="75"/>
        <source>Affecter</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="75"/>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="76"/>
        <source>Cadence</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="137"/>
        <source>Absent·e aujourd&apos;hui</source>
        <translation>Away today</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="139"/>
        <source>Choisir {0}</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="157"/>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="158"/>
        <source>{0} — {1} / {2} kits</source>
        <translation>{0} — {1} / {2} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="159"/>
        <source>Affecté·es : {0}</source>
        <translation>Assigned: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="161"/>
        <source>Tâche {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="163"/>
        <source>✖ BLOQUÉ :</source>
        <translation>✖ BLOCKED:</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="170"/>
        <source>✔ compatible</source>
        <translation>✔ compatible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="189"/>
        <source>Touchez d&apos;abord une personne, puis la tâche.</source>
        <translation>Tap a person first, then the task.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="198"/>
        <source>{0} affecté·e à {1} au poste {2}.</source>
        <translation>{0} assigned to {1} at station {2}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="225"/>
        <source>Appel à l&apos;aide — {0} {1} ({2})</source>
        <translation>Help call — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="228"/>
        <source>J&apos;arrive</source>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="228"/>
        <source>Répondre à l&apos;appel de {0}</source>
        <translation>Answer the call from {0}</translation>
    </message>
</context>
<context>
    <name>CounsellorHome</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="45"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="45"/>
        <source>Trouver une personne</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="46"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="57"/>
        <source>À faire, le plus proche d&apos;abord</source>
        <translation>To do, soonest first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="64"/>
        <source>Précédentes</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="67"/>
        <source>Suivantes</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="133"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="133"/>
        <source>Ouvrir le parcours de {0}</source>
        <translation>Open {0}&apos;s path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="140"/>
        <source>Aucune alerte aujourd&apos;hui.</source>
        <translation>No alert today.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="143"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="160"/>
        <source>fin de contrat le {0}</source>
        <translation>contract ends on {0}</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="315"/>
        <source>Scannez l&apos;emplacement à inventorier, puis chaque article qui s&apos;y trouve.</source>
        <translation>Scan the location to count, then every item in it.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="316"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="316"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="316"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="316"/>
        <source>Compté</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="316"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="317"/>
        <source>Inventaire en cours</source>
        <translation>Count in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="320"/>
        <source>Valider : inventaire tournant</source>
        <translation>Confirm: cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="320"/>
        <source>inventaire tournant</source>
        <translation>cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="321"/>
        <source>Valider : casse constatée</source>
        <translation>Confirm: breakage found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="321"/>
        <source>casse constatée</source>
        <translation>breakage found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="339"/>
        <source>Inventaire de {0} validé : {1} écart(s) ajusté(s) ({2}).</source>
        <translation>Count of {0} confirmed: {1} difference(s) adjusted ({2}).</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="362"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="362"/>
        <source>Page précédente des écarts</source>
        <translation>Previous page of discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="365"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="365"/>
        <source>Page suivante des écarts</source>
        <translation>Next page of discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="392"/>
        <source>Compter {0}</source>
        <translation>Count {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="393"/>
        <source>Commencer l&apos;inventaire de {0}</source>
        <translation>Start counting {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="398"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="95"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="95"/>
        <source>{0} minutes</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="102"/>
        <source>Note courte (visible par vous seule ou seul)</source>
        <translation>Short note (visible to you only)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="103"/>
        <source>Note de l&apos;entretien</source>
        <translation>Interview note</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="107"/>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="108"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="114"/>
        <source>Enregistrer l&apos;entretien</source>
        <translation>Save the interview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="116"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="125"/>
        <source>Nouvel entretien avec {0}</source>
        <translation>New interview with {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="139"/>
        <source>Touchez d&apos;abord le sujet de l&apos;entretien.</source>
        <translation>Tap the interview&apos;s subject first.</translation>
    </message>
</context>
<context>
    <name>FaultWindow</name>
    <message>
        <location filename="../../logins_desktop/ui/fault_screen.py" line="34"/>
        <source>Explication</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/fault_screen.py" line="38"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/fault_screen.py" line="38"/>
        <source>Fermer cette fenêtre</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>ImmersionOutcomeForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="181"/>
        <source>L&apos;entreprise propose un emploi</source>
        <translation>The company offers a job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="182"/>
        <source>Le projet est confirmé</source>
        <translation>The plan is confirmed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="183"/>
        <source>Le projet n&apos;est pas confirmé</source>
        <translation>The plan is not confirmed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="184"/>
        <source>Immersion interrompue</source>
        <translation>Placement interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="190"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="197"/>
        <source>Résultat de l&apos;immersion chez {0}</source>
        <translation>Outcome of the placement at {0}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="61"/>
        <source>Scannez votre badge, ou touchez votre nom.</source>
        <translation>Scan your badge, or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="70"/>
        <source>Précédents</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="70"/>
        <source>Noms précédents</source>
        <translation>Previous names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="71"/>
        <source>Suivants</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="71"/>
        <source>Noms suivants</source>
        <translation>Next names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="92"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="92"/>
        <source>Retour à la liste des noms</source>
        <translation>Back to the list of names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="120"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="131"/>
        <source>Badge inconnu : « {0} ». Réessayez ou touchez votre nom.</source>
        <translation>Unknown badge: “{0}”. Try again or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="150"/>
        <source>{0} — tapez votre code</source>
        <translation>{0} — enter your code</translation>
    </message>
</context>
<context>
    <name>LogisticsConsole</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="542"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="543"/>
        <source>Réception</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="544"/>
        <source>Inventaire</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="547"/>
        <source>Écarts</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="545"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="546"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="635"/>
        <source>{0} / {1} étiquettes envoyées</source>
        <translation>{0} / {1} labels sent</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="109"/>
        <source>Log&apos;ins Desktop — {0}</source>
        <translation>Log&apos;ins Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="143"/>
        <source>Personne connectée</source>
        <translation>Logged-in person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="149"/>
        <source>État du scanner</source>
        <translation>Scanner status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="151"/>
        <location filename="../../logins_desktop/ui/main_window.py" line="154"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="156"/>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="158"/>
        <source>Texte plus grand</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="162"/>
        <source>Changer de langue</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="164"/>
        <source>Déconnexion</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="164"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="178"/>
        <source>Log&apos;ins — {0} — identifiez-vous</source>
        <translation>Log&apos;ins — {0} — please identify</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="184"/>
        <source>Scanner déconnecté</source>
        <translation>Scanner disconnected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="186"/>
        <source>Scanner simulé</source>
        <translation>Simulated scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="188"/>
        <source>Scanner prêt</source>
        <translation>Scanner ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="270"/>
        <source>Bonjour {0} ! Poste {1}.</source>
        <translation>Hello {0}! Station {1}.</translation>
    </message>
</context>
<context>
    <name>MyPathScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="94"/>
        <source>Mon parcours — {0}</source>
        <translation>My path — {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="100"/>
        <source>Formation : {0}</source>
        <translation>Training: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="102"/>
        <source>Immersion : {0}</source>
        <translation>Work placement: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="110"/>
        <source>Retour au travail</source>
        <translation>Back to work</translation>
    </message>
</context>
<context>
    <name>NameKeyboard</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="26"/>
        <source>Lettres tapées</source>
        <translation>Letters typed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="32"/>
        <source>Lettre {0}</source>
        <translation>Letter {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="36"/>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="39"/>
        <source>Effacer la dernière lettre</source>
        <translation>Erase the last letter</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="58"/>
        <source>Tapez les premières lettres du nom</source>
        <translation>Type the first letters of the name</translation>
    </message>
</context>
<context>
    <name>OrdersHome</name>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="39"/>
        <location filename="../../logins_desktop/ui/home.py" line="49"/>
        <source>Commandes en cours</source>
        <translation>Orders in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="47"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="47"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="47"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="47"/>
        <source>Faits / commandés</source>
        <translation>Done / ordered</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="48"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="48"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PaceChart</name>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="41"/>
        <source>Kits par heure et par ligne</source>
        <translation>Kits per hour and per line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="45"/>
        <source>Kits par heure, par ligne</source>
        <translation>Kits per hour, per line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="80"/>
        <source>{0} : {1} kits la dernière heure complète, {2} dans l&apos;heure en cours, {3} en tout</source>
        <translation>{0}: {1} kits in the last full hour, {2} in the hour under way, {3} in all</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="33"/>
        <source>heure</source>
        <translation>hour</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="36"/>
        <source>kits/h</source>
        <translation>kits/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="82"/>
        <source>Aucun kit fait sur ces {0} heures.</source>
        <translation>No kit made over these {0} hours.</translation>
    </message>
</context>
<context>
    <name>PassportPage</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="53"/>
        <source>Aperçu du passeport</source>
        <translation>Passport preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="63"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="66"/>
        <source>Retour au parcours</source>
        <translation>Back to the path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="74"/>
        <source>Passeport de compétences de {0}</source>
        <translation>Skills passport of {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/passport_page.py" line="81"/>
        <source>Passeport enregistré : {0}</source>
        <translation>Passport saved: {0}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="221"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="222"/>
        <source>Accompagnement (derniers entretiens)</source>
        <translation>Accompaniment (latest interviews)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="223"/>
        <source>Immersions en entreprise</source>
        <translation>Work placements in companies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="224"/>
        <source>Formations</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="225"/>
        <source>Restrictions fonctionnelles (historique)</source>
        <translation>Functional restrictions (history)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="226"/>
        <source>Qui a lu ce parcours</source>
        <translation>Who read this path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="234"/>
        <source>Ajouter un entretien</source>
        <translation>Add an interview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="236"/>
        <source>Passeport de compétences</source>
        <translation>Skills passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="238"/>
        <source>Résultat de l&apos;immersion</source>
        <translation>Placement outcome</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="240"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="262"/>
        <source>Du {0} au {1}, {2} h par semaine{3}</source>
        <translation>From {0} to {1}, {2} h a week{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="264"/>
        <source> (renouvellement)</source>
        <translation> (renewal)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="266"/>
        <source>Durée maximale atteinte le {0}</source>
        <translation>Maximum duration reached on {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="267"/>
        <source>Suspendu du {0} au {1} : {2}</source>
        <translation>Suspended from {0} to {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="270"/>
        <source>Sortie le {0} : {1}</source>
        <translation>Exit on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="271"/>
        <source>Pas de contrat enregistré.</source>
        <translation>No contract recorded.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="274"/>
        <source>{0} — {1}, {2} min{3}</source>
        <translation>{0} — {1}, {2} min{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="276"/>
        <source>Aucun entretien.</source>
        <translation>No interview.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="278"/>
        <source>{0}, du {1} au {2}{3}</source>
        <translation>{0}, from {1} to {2}{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="279"/>
        <source> — résultat à noter</source>
        <translation> — outcome to record</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="280"/>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="285"/>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="291"/>
        <source>Aucune.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="282"/>
        <source>{0} : {1} h sur {2} h{3}</source>
        <translation>{0}: {1} h of {2} h{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="283"/>
        <source>, obtenu le {0}</source>
        <translation>, obtained on {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="287"/>
        <source>Depuis le {0}{1} : {2}</source>
        <translation>Since {0}{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="288"/>
        <source> jusqu&apos;au {0}</source>
        <translation> until {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="290"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="292"/>
        <source>le parcours</source>
        <translation>the path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="292"/>
        <source>les restrictions</source>
        <translation>the restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="293"/>
        <source>le passeport</source>
        <translation>the passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="293"/>
        <source>l&apos;export des données</source>
        <translation>the data export</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="296"/>
        <source>{0} — {1} : {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="317"/>
        <source>Résultat de l&apos;immersion enregistré pour {0}.</source>
        <translation>Placement outcome saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="321"/>
        <source>Entretien enregistré pour {0}.</source>
        <translation>Interview saved for {0}.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="181"/>
        <source>Code saisi</source>
        <translation>Code entered</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="189"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="189"/>
        <source>Effacer le dernier chiffre</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="193"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="193"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="215"/>
        <source>Chiffre {0}</source>
        <translation>Digit {0}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="422"/>
        <source>État de l&apos;imprimante</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="424"/>
        <source>Avancement de l&apos;impression</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="426"/>
        <source>Arrêter l&apos;envoi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="429"/>
        <source>Travail</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="429"/>
        <source>Étiquette</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="429"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="429"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="430"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="430"/>
        <source>File d&apos;impression</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="432"/>
        <source>Relancer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="434"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="436"/>
        <source>Réimprimer : étiquette abîmée</source>
        <translation>Reprint: damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="437"/>
        <source>étiquette abîmée</source>
        <translation>damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="438"/>
        <source>Réimprimer : illisible</source>
        <translation>Reprint: unreadable</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="439"/>
        <source>étiquette illisible au scanner</source>
        <translation>label unreadable by the scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="461"/>
        <source>Imprimante simulée</source>
        <translation>Simulated printer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="466"/>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="466"/>
        <source>envoi</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="466"/>
        <source>imprimée</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="467"/>
        <source>interrompue</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="467"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="470"/>
        <source>interrompu : {0}/{1} étiquettes</source>
        <translation>interrupted: {0}/{1} labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="483"/>
        <source>Touchez d&apos;abord un travail.</source>
        <translation>Tap a job first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>C&apos;est fait.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="501"/>
        <source>Touchez d&apos;abord une étiquette déjà imprimée.</source>
        <translation>Tap a label already printed first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="504"/>
        <source>Réimpression demandée (même SSCC) : {0}.</source>
        <translation>Reprint requested (same SSCC): {0}.</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="51"/>
        <source>Tout appliquer</source>
        <translation>Apply all</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="53"/>
        <source>Arrêter la recherche</source>
        <translation>Stop searching</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="55"/>
        <source>Proposer à nouveau</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="68"/>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="82"/>
        <source>Recherche d&apos;une proposition…</source>
        <translation>Looking for a proposal…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="109"/>
        <source>Pas de proposition.</source>
        <translation>No proposal.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="119"/>
        <source>Première proposition (règles respectées) — amélioration en cours…</source>
        <translation>First proposal (rules kept) — improving…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="117"/>
        <source>Meilleure proposition possible (prouvée).</source>
        <translation>Best possible proposal (proven).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="121"/>
        <source>Proposition améliorée — recherche en cours…</source>
        <translation>Improved proposal — still searching…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="123"/>
        <source>écart à la borne {0:.1f} %</source>
        <translation>gap to the bound {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="124"/>
        <source>écart à la borne inconnu</source>
        <translation>gap to the bound unknown</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="125"/>
        <source>Proposition améliorée — {0} — recherche en cours…</source>
        <translation>Improved proposal — {0} — still searching…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="126"/>
        <source>Proposition retenue — {0}.</source>
        <translation>Proposal kept — {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="128"/>
        <source>{0} : {1:.0f}/h</source>
        <translation>{0}: {1:.0f}/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="129"/>
        <source>Cadence prévue (1re période) : {0}</source>
        <translation>Planned pace (1st period): {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="145"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="145"/>
        <source>Maintenant</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="145"/>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="146"/>
        <source>Période {0}</source>
        <translation>Period {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="152"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="162"/>
        <source>{0} change : {1} vers {2}</source>
        <translation>{0} changes: {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="163"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="169"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="169"/>
        <source>Appliquer le changement de {0}</source>
        <translation>Apply the change for {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="175"/>
        <source>📌 Gardé·e</source>
        <translation>📌 Kept</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="175"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="176"/>
        <source>Garder {0} sur sa tâche</source>
        <translation>Keep {0} on their task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="212"/>
        <source>Changements appliqués.</source>
        <translation>Changes applied.</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="290"/>
        <source>Scannez l&apos;emplacement de réception, puis chaque article (GS1-128 fournisseur ou EAN).</source>
        <translation>Scan the receiving location, then each item (supplier GS1-128 or EAN).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="291"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="291"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="291"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="291"/>
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="291"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="292"/>
        <source>Réceptions de cette session</source>
        <translation>Receipts of this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="296"/>
        <source>Le prochain article compte {0}</source>
        <translation>The next item counts {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="303"/>
        <source>Quantité {0} pour le prochain article</source>
        <translation>Quantity {0} for the next item</translation>
    </message>
</context>
<context>
    <name>RestrictionEditor</name>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="118"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="119"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="134"/>
        <source>Charge maximale</source>
        <translation>Maximum load</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="120"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="134"/>
        <source>Mains</source>
        <translation>Hands</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="120"/>
        <source>Deux mains</source>
        <translation>Both hands</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="120"/>
        <source>Main gauche</source>
        <translation>Left hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="121"/>
        <source>Main droite</source>
        <translation>Right hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="122"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="134"/>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="122"/>
        <source>Indifférente</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="122"/>
        <source>Assis</source>
        <translation>Seated</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="123"/>
        <source>Debout</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="124"/>
        <source>Bras au-dessus des épaules</source>
        <translation>Arms above the shoulders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="124"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="125"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="126"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="135"/>
        <source>Gestes fins</source>
        <translation>Fine movements</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="126"/>
        <source>Normaux</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="126"/>
        <source>Limités</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="127"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="128"/>
        <source>Gestes par minute</source>
        <translation>Movements per minute</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="129"/>
        <source>Minutes d&apos;affilée sur tâche répétitive</source>
        <translation>Continuous minutes on a repetitive task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="130"/>
        <source>Valable à partir du</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="131"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="131"/>
        <source>sans fin</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="135"/>
        <source>Bras levés</source>
        <translation>Arms raised</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="136"/>
        <source>Gestes / min</source>
        <translation>Movements / min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="136"/>
        <source>Minutes d&apos;affilée</source>
        <translation>Continuous minutes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="137"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="137"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="141"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="143"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="159"/>
        <source>Restrictions fonctionnelles — {0}</source>
        <translation>Functional restrictions — {0}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../logins_desktop/ui/labels.py" line="10"/>
        <source>Chef d&apos;équipe</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/labels.py" line="11"/>
        <source>Responsable logistique</source>
        <translation>Logistics manager</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/labels.py" line="12"/>
        <source>Conseiller·ère en insertion</source>
        <translation>Insertion counsellor</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/labels.py" line="13"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/labels.py" line="15"/>
        <source>Opérateur·rice</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="87"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="86"/>
        <source>Commandes prêtes à expédier</source>
        <translation>Orders ready to ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="87"/>
        <source>Expédition</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="87"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="87"/>
        <source>Unités</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="88"/>
        <source>Étiquetées</source>
        <translation>Labelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="88"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="115"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="90"/>
        <source>Créer l&apos;expédition</source>
        <translation>Create the shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="92"/>
        <source>Six articles de moins</source>
        <translation>Six items fewer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="94"/>
        <source>Six articles de plus</source>
        <translation>Six items more</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="98"/>
        <source>Ajouter un carton</source>
        <translation>Add a carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="100"/>
        <source>Imprimer les étiquettes</source>
        <translation>Print the labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="103"/>
        <source>Expédier</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="106"/>
        <source>Aperçu de l&apos;étiquette</source>
        <translation>Label preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="110"/>
        <source>Commandes prêtes</source>
        <translation>Ready orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="137"/>
        <source>{0} articles par carton</source>
        <translation>{0} items per carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="156"/>
        <source>Touchez d&apos;abord une commande prête.</source>
        <translation>Tap a ready order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="162"/>
        <source>Expédition {0} créée pour {1}.</source>
        <translation>Shipment {0} created for {1}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="167"/>
        <source>Touchez d&apos;abord une expédition créée depuis une commande.</source>
        <translation>Tap a shipment created from an order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="171"/>
        <source>La commande {0} n&apos;a plus de produit fini en stock.</source>
        <translation>Order {0} has no finished product in stock any more.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="180"/>
        <source>Carton ajouté : SSCC {0}.</source>
        <translation>Carton added: SSCC {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="194"/>
        <source>Rien à imprimer : ajoutez d&apos;abord un carton.</source>
        <translation>Nothing to print: add a carton first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="202"/>
        <source>Touchez d&apos;abord une expédition.</source>
        <translation>Tap a shipment first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="210"/>
        <source>Expédition {0} partie : le stock est sorti.</source>
        <translation>Shipment {0} has left: the stock is out.</translation>
    </message>
</context>
<context>
    <name>SimulatedScannerPanel</name>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="19"/>
        <source>Scanner simulé (démonstration) — touchez un code pour le scanner</source>
        <translation>Simulated scanner (demo) — tap a code to scan it</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="25"/>
        <source>Scanner simulé : {0}</source>
        <translation>Simulated scanner: {0}</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="105"/>
        <source>Alerte de stock</source>
        <translation>Stock alert</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="118"/>
        <source>Avancement de la commande</source>
        <translation>Order progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="129"/>
        <source>Stock disponible au poste</source>
        <translation>Stock available at the station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="160"/>
        <source>Dernier message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="167"/>
        <source>Annuler le dernier scan</source>
        <translation>Undo last scan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="169"/>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="289"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="169"/>
        <source>Pause ou reprise</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="171"/>
        <source>Appeler de l&apos;aide</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="173"/>
        <source>Manquant : vide</source>
        <translation>Missing: empty</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="173"/>
        <source>Manquant : emplacement vide</source>
        <translation>Missing: empty location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="176"/>
        <source>Manquant : abîmé</source>
        <translation>Missing: damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="176"/>
        <source>Manquant : article abîmé</source>
        <translation>Missing: damaged item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="193"/>
        <source>Mon parcours</source>
        <translation>My path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="225"/>
        <source>Scannez le bon article pour continuer, ou touchez l&apos;écran.</source>
        <translation>Scan the right item to go on, or tap the screen.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="227"/>
        <source>Rien n&apos;a été enregistré. Appelez votre chef d&apos;équipe.</source>
        <translation>Nothing was saved. Call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="228"/>
        <source>REFUSÉ</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="233"/>
        <source>KIT TERMINÉ</source>
        <translation>KIT DONE</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="233"/>
        <source>Commencez le kit suivant.</source>
        <translation>Start the next kit.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="259"/>
        <source>⚠ Scanner déconnecté — rebranchez-le : il se reconnecte tout seul.</source>
        <translation>⚠ Scanner disconnected — plug it back in: it reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="296"/>
        <source>× {0}</source>
        <translation>× {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="289"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="345"/>
        <source>{0} kit(s) faits pendant cette session</source>
        <translation>{0} kit(s) done this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="347"/>
        <source>{0:.0f} kits/h en ce moment</source>
        <translation>{0:.0f} kits/h right now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="349"/>
        <source>votre moyenne : {0:.0f}/h</source>
        <translation>your average: {0:.0f}/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="351"/>
        <source>repère : {0:.0f}/h</source>
        <translation>reference: {0:.0f}/h</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="221"/>
        <source>Aperçu du code-barres de l&apos;article</source>
        <translation>Item barcode preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="222"/>
        <source>Touchez une ligne : son étiquette article s&apos;affiche ici.</source>
        <translation>Tap a line: its item label shows here.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="224"/>
        <source>Imprimer l&apos;étiquette</source>
        <translation>Print the label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="224"/>
        <source>Imprimer l&apos;étiquette article</source>
        <translation>Print the item label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="246"/>
        <source>Étiquette de {0} — {1}</source>
        <translation>Label of {0} — {1}</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="38"/>
        <source>Rechercher un article, un GTIN ou un emplacement…</source>
        <translation>Search an item, a GTIN or a location…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="39"/>
        <source>Recherche dans le stock</source>
        <translation>Stock search</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="43"/>
        <source>Nombre de lignes de stock</source>
        <translation>Number of stock lines</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="50"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="51"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="52"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="53"/>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="70"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="54"/>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="71"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="60"/>
        <source>Stock par article et emplacement</source>
        <translation>Stock by item and location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="63"/>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="131"/>
        <source>Touchez une ligne pour voir l&apos;historique de l&apos;article.</source>
        <translation>Tap a line to see the item&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="69"/>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="72"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="73"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="79"/>
        <source>Historique des mouvements</source>
        <translation>Movement history</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="98"/>
        <source>En-têtes : {0}</source>
        <translation>Headers: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="129"/>
        <source>{0} ligne(s)</source>
        <translation>{0} line(s)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="144"/>
        <source>Historique de {0} — {1} ({2} mouvement(s))</source>
        <translation>History of {0} — {1} ({2} movement(s))</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="46"/>
        <source>État de la synchronisation</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="64"/>
        <source>Reçu de la centrale : {0}</source>
        <translation>Received from central: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="65"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="67"/>
        <source>Hors ligne · {0} en attente — le travail continue</source>
        <translation>Offline · {0} waiting — work goes on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="69"/>
        <source>Synchro {0} · {1} en attente</source>
        <translation>Synced {0} · {1} waiting</translation>
    </message>
</context>
<context>
    <name>WorkersHome</name>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="64"/>
        <source>Personnes accompagnées et restrictions fonctionnelles</source>
        <translation>Supported workers and functional restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="67"/>
        <source>Seules des restrictions fonctionnelles sont enregistrées, jamais de diagnostic.</source>
        <translation>Only functional restrictions are recorded, never a diagnosis.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="77"/>
        <source>Modifier les restrictions de la personne choisie</source>
        <translation>Change the chosen person’s restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="96"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="73"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="73"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="73"/>
        <source>Début de contrat</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="73"/>
        <source>Fin de contrat</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="74"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="75"/>
        <source>Personnes et restrictions</source>
        <translation>Workers and restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="102"/>
        <source>Touchez d&apos;abord une personne dans la liste.</source>
        <translation>First tap a person in the list.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="116"/>
        <source>Restrictions enregistrées pour {0}.</source>
        <translation>Restrictions saved for {0}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/common.py" line="5"/>
        <source>erreur : {detail}</source>
        <comment>common.error</comment>
        <translation>error: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/common.py" line="6"/>
        <source>Une erreur inattendue est survenue. Rien de ce qui était enregistré n&apos;est perdu. Détails pour le support : {log}</source>
        <comment>common.unexpected</comment>
        <translation>An unexpected error occurred. Nothing that was saved is lost. Details for support: {log}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="5"/>
        <source>lecture vide</source>
        <comment>scan.empty</comment>
        <translation>empty read</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="6"/>
        <source>quantité {quantity} hors limites (1 à {max})</source>
        <comment>scan.quantity_out_of_range</comment>
        <translation>quantity {quantity} out of range (1 to {max})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="7"/>
        <source>motif de manquant inconnu « {reason} »</source>
        <comment>scan.unknown_short_reason</comment>
        <translation>unknown shortage reason “{reason}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="8"/>
        <source>commande inconnue « {command} »</source>
        <comment>scan.unknown_command</comment>
        <translation>unknown command “{command}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="9"/>
        <source>commande QUANTITÉ sans nombre</source>
        <comment>scan.quantity_without_number</comment>
        <translation>QUANTITY command without a number</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="10"/>
        <source>commande MANQUANT sans motif (VIDE, ABIME, AUTRE)</source>
        <comment>scan.short_without_reason</comment>
        <translation>MISSING command without a reason (VIDE, ABIME, AUTRE)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="11"/>
        <source>code erroné : données GS1 illisibles</source>
        <comment>scan.gs1_unreadable</comment>
        <translation>wrong code: unreadable GS1 data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="12"/>
        <source>code erroné : clé de contrôle de l&apos;AI ({ai})</source>
        <comment>scan.gs1_check_digit</comment>
        <translation>wrong code: check digit of AI ({ai})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="13"/>
        <source>code erroné : clé de contrôle fausse</source>
        <comment>scan.check_digit</comment>
        <translation>wrong code: wrong check digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="14"/>
        <source>code erroné : caractères de contrôle</source>
        <comment>scan.control_characters</comment>
        <translation>wrong code: control characters</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="15"/>
        <source>lecture trop longue ({length} octets, au plus {max}) : ignorée</source>
        <comment>scan.too_long</comment>
        <translation>read too long ({length} bytes, at most {max}): ignored</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/scan.py" line="16"/>
        <source>lecture illisible : {detail}</source>
        <comment>scan.framing</comment>
        <translation>unreadable read: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="6"/>
        <source>identifiez-vous d&apos;abord : scannez votre badge</source>
        <comment>station.badge_first</comment>
        <translation>identify yourself first: scan your badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="7"/>
        <source>badge inconnu : « {badge} »</source>
        <comment>station.unknown_badge</comment>
        <translation>unknown badge: “{badge}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="8"/>
        <source>badge de {name} : code demandé</source>
        <comment>station.user_badge</comment>
        <translation>{name}&apos;s badge: PIN requested</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="9"/>
        <source>Bonjour {worker} — aucune tâche affectée à ce poste : appelez votre chef d&apos;équipe</source>
        <comment>station.hello_no_task</comment>
        <translation>Hello {worker} — no task assigned to this station: call your team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="11"/>
        <source>Bonjour {worker} — vous êtes affecté·e au poste {station}, pas à celui-ci : appelez votre chef d&apos;équipe</source>
        <comment>station.hello_elsewhere</comment>
        <translation>Hello {worker} — you are assigned to station {station}, not this one: call your team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="13"/>
        <source>Bonjour {worker} — {kit}, commande {order} : {covers, plural, one {de quoi faire # kit} other {de quoi faire # kits}} ici, {remaining, plural, one {# restant} other {# restants}} à faire</source>
        <comment>station.hello_kit</comment>
        <translation>Hello {worker} — {kit}, order {order}: {covers, plural, one {stock here for # kit} other {stock here for # kits}}, {remaining, plural, one {# left} other {# left}} to make</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="16"/>
        <source>Bonjour {worker} — préparation pour {kit}, commande {order} : {lines, plural, one {# ligne} other {# lignes}} à prélever</source>
        <comment>station.hello_picking</comment>
        <translation>Hello {worker} — picking for {kit}, order {order}: {lines, plural, one {# line} other {# lines}} to pick</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="18"/>
        <source>Bonjour {worker} — {task}, commande {order}</source>
        <comment>station.hello_other</comment>
        <translation>Hello {worker} — {task}, order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="19"/>
        <source>{worker} est déjà connecté·e</source>
        <comment>station.already_logged_in</comment>
        <translation>{worker} is already logged in</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="20"/>
        <source>C&apos;est le badge de {other}. {worker} est connecté·e à ce poste : terminez le kit ou mettez en pause, puis scannez DÉCONNEXION pour changer de personne</source>
        <comment>station.other_badge</comment>
        <translation>This is {other}&apos;s badge. {worker} is logged in at this station: finish the kit or pause, then scan DÉCONNEXION (log out) to change person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="22"/>
        <source>code inconnu « {code} » — pour changer de personne, scannez DÉCONNEXION</source>
        <comment>station.unknown_code</comment>
        <translation>unknown code “{code}” — to change person, scan DÉCONNEXION (log out)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="24"/>
        <source>personne n&apos;est connecté·e à ce poste</source>
        <comment>station.nobody</comment>
        <translation>nobody is logged in at this station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="25"/>
        <source>Au revoir {worker} — {kits, plural, one {# kit} other {# kits}} en {minutes} min pendant cette session</source>
        <comment>station.goodbye</comment>
        <translation>Goodbye {worker} — {kits, plural, one {# kit} other {# kits}} in {minutes} min this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="29"/>
        <source>Attention : {component} — {covers, plural, =0 {il n&apos;y en a plus ici} one {de quoi faire # seul kit} other {de quoi faire # kits seulement}} ; prévenez votre chef d&apos;équipe, vous pouvez continuer</source>
        <comment>station.low_stock</comment>
        <translation>Warning: {component} — {covers, plural, =0 {none left here} one {enough for only # kit} other {enough for # kits only}}; tell your team lead, you can carry on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="32"/>
        <source>{station} : {component} — {covers, plural, =0 {épuisé} one {pour # kit seulement} other {pour # kits seulement}}</source>
        <comment>station.low_stock_alert</comment>
        <translation>{station}: {component} — {covers, plural, =0 {out of stock} one {for # kit only} other {for # kits only}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="36"/>
        <source>code GS1 sans GTIN (AI 01 ou 02) : ce n&apos;est pas un article</source>
        <comment>station.no_gtin</comment>
        <translation>GS1 code without a GTIN (AI 01 or 02): not an item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="37"/>
        <source>article inconnu (GTIN {gtin})</source>
        <comment>station.unknown_item</comment>
        <translation>unknown item (GTIN {gtin})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="38"/>
        <source>En pause : scannez REPRISE (ou touchez « Reprendre ») pour continuer</source>
        <comment>station.paused</comment>
        <translation>Paused: scan REPRISE (resume) or tap “Resume” to carry on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="39"/>
        <source>aucune tâche de kit en cours : appelez votre chef d&apos;équipe</source>
        <comment>station.no_kit_task</comment>
        <translation>no kit task in progress: call your team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="40"/>
        <source>trop de « {item} » : déjà {scanned}/{needed} dans ce kit</source>
        <comment>station.too_many</comment>
        <translation>too many “{item}”: already {scanned}/{needed} in this kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="41"/>
        <source>trop de « {item} » : {scanned} + {quantity} &gt; {needed}</source>
        <comment>station.too_many_quantity</comment>
        <translation>too many “{item}”: {scanned} + {quantity} &gt; {needed}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="42"/>
        <source>Ce n&apos;est pas « {expected} » : vous avez scanné « {scanned} ». Attendu : {expected} (étape {step}/{steps})</source>
        <comment>station.wrong_item</comment>
        <translation>This is not “{expected}”: you scanned “{scanned}”. Expected: {expected} (step {step}/{steps})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="44"/>
        <source>{item} : {scanned}/{needed}</source>
        <comment>station.step_ok</comment>
        <translation>{item}: {scanned}/{needed}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="45"/>
        <source>Kit terminé ! {done}/{ordered} pour la commande {order}</source>
        <comment>station.kit_done</comment>
        <translation>Kit done! {done}/{ordered} for order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="46"/>
        <source>Kit terminé ! {done}/{ordered} pour la commande {order} — le stock ne connaissait pas tout : écart signalé au responsable, rien à faire pour vous</source>
        <comment>station.kit_done_shortfall</comment>
        <translation>Kit done! {done}/{ordered} for order {order} — the stock did not know everything: discrepancy reported to the manager, nothing for you to do</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="49"/>
        <source>rien à valider : aucune tâche de kit en cours</source>
        <comment>station.validate_nothing</comment>
        <translation>nothing to validate: no kit task in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="50"/>
        <source>rien à valider : le kit n&apos;est pas commencé</source>
        <comment>station.validate_not_started</comment>
        <translation>nothing to validate: the kit is not started</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="51"/>
        <source>kit incomplet : il manque {item} ({scanned}/{needed})</source>
        <comment>station.kit_incomplete</comment>
        <translation>kit incomplete: {item} missing ({scanned}/{needed})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="52"/>
        <source>Quantité {quantity} pour le prochain article</source>
        <comment>station.quantity_set</comment>
        <translation>Quantity {quantity} for the next item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="53"/>
        <source>Rien à annuler</source>
        <comment>station.nothing_to_undo</comment>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="54"/>
        <source>Dernier scan annulé : {item} (−{quantity})</source>
        <comment>station.undone_scan</comment>
        <translation>Last scan undone: {item} (−{quantity})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="55"/>
        <source>Quantité annulée : le prochain article compte {quantity}</source>
        <comment>station.undone_quantity</comment>
        <translation>Quantity undone: the next item counts {quantity}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="56"/>
        <source>Appel envoyé au chef d&apos;équipe</source>
        <comment>station.help_sent</comment>
        <translation>Call sent to the team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="57"/>
        <source>aide demandée ({order})</source>
        <comment>station.help_call</comment>
        <translation>help requested ({order})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="58"/>
        <source>aide demandée (sans tâche)</source>
        <comment>station.help_call_no_task</comment>
        <translation>help requested (no task)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="59"/>
        <source>Pause — scannez REPRISE pour continuer</source>
        <comment>station.pause_started</comment>
        <translation>Pause — scan REPRISE (resume) to carry on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="60"/>
        <source>Reprise du travail</source>
        <comment>station.pause_ended</comment>
        <translation>Back to work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="61"/>
        <source>déjà en pause</source>
        <comment>station.already_paused</comment>
        <translation>already paused</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="62"/>
        <source>pas en pause</source>
        <comment>station.not_paused</comment>
        <translation>not paused</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="63"/>
        <source>ENREGISTREMENT IMPOSSIBLE (disque plein ou base en lecture seule) : scan refusé, appelez votre chef d&apos;équipe</source>
        <comment>station.not_saved</comment>
        <translation>CANNOT SAVE (disk full or read-only database): scan refused, call your team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="65"/>
        <source>{reason} — appelez votre chef d&apos;équipe</source>
        <comment>station.refused_call_lead</comment>
        <translation>{reason} — call your team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="66"/>
        <source>poste inconnu : « {station} » (importez les postes ou lancez seed-demo)</source>
        <comment>station.unknown_station</comment>
        <translation>unknown station: “{station}” (import the stations or run seed-demo)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="68"/>
        <source>double lecture ignorée</source>
        <comment>station.duplicate</comment>
        <translation>double read ignored</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="69"/>
        <source>Kit défait : {kit} de la commande {order} — les composants reviennent en stock</source>
        <comment>station.kit_dismantled</comment>
        <translation>Kit dismantled: {kit} of order {order} — the components go back to stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="71"/>
        <source>aucun kit terminé de la commande {order} à défaire en {location}</source>
        <comment>station.nothing_to_dismantle</comment>
        <translation>no finished kit of order {order} to dismantle at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="75"/>
        <source>rien à prélever en {location}</source>
        <comment>station.pick_nothing_here</comment>
        <translation>nothing to pick at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="76"/>
        <source>Emplacement {location} : prélevez {items}</source>
        <comment>station.pick_at_location</comment>
        <translation>Location {location}: pick {items}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="77"/>
        <source>scannez d&apos;abord l&apos;emplacement où vous prélevez</source>
        <comment>station.pick_scan_location_first</comment>
        <translation>first scan the location you pick from</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="79"/>
        <source>« {item} » n&apos;est pas à prélever en {location}</source>
        <comment>station.pick_not_here</comment>
        <translation>“{item}” is not to be picked at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="80"/>
        <source>trop de « {item} » : {quantity} &gt; {left} restant(s)</source>
        <comment>station.pick_too_many</comment>
        <translation>too many “{item}”: {quantity} &gt; {left} left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="81"/>
        <source>Prélevé : {item} {picked}/{needed} en {location}</source>
        <comment>station.picked</comment>
        <translation>Picked: {item} {picked}/{needed} at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="82"/>
        <source>Prélevé : {item} {picked}/{needed} en {location} — liste terminée : scannez VALIDER</source>
        <comment>station.picked_list_done</comment>
        <translation>Picked: {item} {picked}/{needed} at {location} — list done: scan VALIDER (validate)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="84"/>
        <source>Dernier prélèvement annulé : {item} (−{quantity}), à remettre en {location}</source>
        <comment>station.undone_pick</comment>
        <translation>Last pick undone: {item} (−{quantity}), put it back at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="86"/>
        <source>Manquant annulé : {item} en {location}, la ligne est de nouveau à prélever</source>
        <comment>station.undone_short</comment>
        <translation>Shortage undone: {item} at {location}, the line is to be picked again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="88"/>
        <source>MANQUANT sert à la préparation, pas à l&apos;assemblage</source>
        <comment>station.short_only_picking</comment>
        <translation>MANQUANT (missing) is for picking, not for assembly</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="89"/>
        <source>scannez d&apos;abord l&apos;emplacement de la ligne manquante</source>
        <comment>station.short_scan_location</comment>
        <translation>first scan the location of the missing line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="91"/>
        <source>Manquant enregistré : {item}, {quantity} en {location} ({reason})</source>
        <comment>station.short_recorded</comment>
        <translation>Shortage recorded: {item}, {quantity} at {location} ({reason})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="93"/>
        <source>emplacement vide</source>
        <comment>station.short_reason.VIDE</comment>
        <translation>empty location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="94"/>
        <source>article abîmé</source>
        <comment>station.short_reason.ABIME</comment>
        <translation>damaged item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="95"/>
        <source>autre raison</source>
        <comment>station.short_reason.AUTRE</comment>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="96"/>
        <source>{left, plural, one {il reste # ligne à prélever} other {il reste # lignes à prélever}}</source>
        <comment>station.pick_lines_left</comment>
        <translation>{left, plural, one {# line left to pick} other {# lines left to pick}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="98"/>
        <source>Liste terminée — le poste est approvisionné, rien d&apos;autre à prélever</source>
        <comment>station.pick_list_done_none</comment>
        <translation>List done — the station is supplied, nothing else to pick</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="100"/>
        <source>Liste terminée — nouvelle liste : {lines, plural, one {# ligne} other {# lignes}}</source>
        <comment>station.pick_list_next</comment>
        <translation>List done — new list: {lines, plural, one {# line} other {# lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="104"/>
        <source>{kit} — commande {order}</source>
        <comment>station.view.order</comment>
        <translation>{kit} — order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="105"/>
        <source>Aucune tâche affectée à ce poste : appelez votre chef d&apos;équipe.</source>
        <comment>station.view.no_task</comment>
        <translation>No task assigned to this station: call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="106"/>
        <source>{done} / {ordered} kits</source>
        <comment>station.view.progress</comment>
        <translation>{done} / {ordered} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="107"/>
        <source>Étape {number} sur {steps}</source>
        <comment>station.view.step</comment>
        <translation>Step {number} of {steps}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="108"/>
        <source>Ligne {number} sur {lines} — emplacement {location}</source>
        <comment>station.view.line</comment>
        <translation>Line {number} of {lines} — location {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="109"/>
        <source>Ligne {number} sur {lines} — de {location} vers {target}</source>
        <comment>station.view.line_to</comment>
        <translation>Line {number} of {lines} — from {location} to {target}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="110"/>
        <source>Préparation</source>
        <comment>station.view.picking</comment>
        <translation>Picking</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="111"/>
        <source>Liste terminée</source>
        <comment>station.view.list_done</comment>
        <translation>List done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="112"/>
        <source>Scannez VALIDER pour la liste suivante.</source>
        <comment>station.view.list_done_hint</comment>
        <translation>Scan VALIDER (validate) for the next list.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="113"/>
        <source>Prélevez en {location} et scannez chaque article.</source>
        <comment>station.view.pick_here</comment>
        <translation>Pick at {location} and scan each item.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="114"/>
        <source>Allez en {location} et scannez l&apos;emplacement.</source>
        <comment>station.view.go_to</comment>
        <translation>Go to {location} and scan the location.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="115"/>
        <source>{number}. {item} ({scanned}/{needed})</source>
        <comment>station.view.kit_row</comment>
        <translation>{number}. {item} ({scanned}/{needed})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="116"/>
        <source>{location} · {item} ({picked}/{needed})</source>
        <comment>station.view.pick_row</comment>
        <translation>{location} · {item} ({picked}/{needed})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="117"/>
        <source>{location} · {item} ({picked}/{needed}) — manquant {short}</source>
        <comment>station.view.pick_row_short</comment>
        <translation>{location} · {item} ({picked}/{needed}) — missing {short}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="119"/>
        <source>En pause — scannez REPRISE ou touchez « Reprendre ».</source>
        <comment>station.view.paused</comment>
        <translation>Paused — scan REPRISE (resume) or tap “Resume”.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="120"/>
        <source>{covers, plural, one {Stock ici : de quoi faire # kit} other {Stock ici : de quoi faire # kits}} · {remaining, plural, one {# restant} other {# restants}} pour la commande</source>
        <comment>station.view.covers</comment>
        <translation>{covers, plural, one {Stock here: enough for # kit} other {Stock here: enough for # kits}} · {remaining, plural, one {# left} other {# left}} for the order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="123"/>
        <source>manquant</source>
        <comment>station.view.short_state</comment>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="124"/>
        <source>{station} : {covers, plural, one {de quoi faire # kit} other {de quoi faire # kits}} avec le stock sur place, {remaining, plural, one {# restant} other {# restants}} pour la commande</source>
        <comment>station.assign_cover</comment>
        <translation>{station}: {covers, plural, one {enough for # kit} other {enough for # kits}} with the stock on hand, {remaining, plural, one {# left} other {# left}} for the order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="5"/>
        <source>{at} · {kind} · {sku} ({product}) en {location} : {quantity} — kit {kit}, {worker}, poste {station}</source>
        <comment>stock.discrepancy_line</comment>
        <translation>{at} · {kind} · {sku} ({product}) at {location}: {quantity} — kit {kit}, {worker}, station {station}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="7"/>
        <source>introuvable au registre</source>
        <comment>stock.discrepancy_kind.missing</comment>
        <translation>not in the ledger</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="8"/>
        <source>transfert non prévu</source>
        <comment>stock.discrepancy_kind.unplanned_transfer</comment>
        <translation>unplanned transfer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="9"/>
        <source>aucun écart de stock à traiter</source>
        <comment>stock.no_discrepancy</comment>
        <translation>no stock discrepancy to handle</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="10"/>
        <source>{n, plural, one {# écart de stock à compter} other {# écarts de stock à compter}}</source>
        <comment>stock.discrepancy_count</comment>
        <translation>{n, plural, one {# stock discrepancy to count} other {# stock discrepancies to count}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="12"/>
        <source>Comptage de {location} commencé : scannez chaque article</source>
        <comment>stock.count_started</comment>
        <translation>Count of {location} started: scan each item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="14"/>
        <source>{location} : {items}</source>
        <comment>stock.discrepancy_group</comment>
        <translation>{location}: {items}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="15"/>
        <source>{product} ×{quantity} ({kind})</source>
        <comment>stock.discrepancy_item</comment>
        <translation>{product} ×{quantity} ({kind})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="5"/>
        <source>Le code ne doit contenir que des chiffres.</source>
        <comment>auth.pin_digits_only</comment>
        <translation>The code must contain digits only.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="6"/>
        <source>Le code doit avoir de {shortest} à {longest} chiffres.</source>
        <comment>auth.pin_length</comment>
        <translation>The code must have {shortest} to {longest} digits.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="7"/>
        <source>Code incorrect. Réessayez.</source>
        <comment>auth.wrong_pin</comment>
        <translation>Wrong code. Try again.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="8"/>
        <source>{name} : verrouillé, encore {left}</source>
        <comment>auth.locked</comment>
        <translation>{name}: locked, {left} left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="9"/>
        <source>{failures} codes incorrects : {name} est verrouillé, encore {left}</source>
        <comment>auth.now_locked</comment>
        <translation>{failures} wrong codes: {name} is locked, {left} left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="11"/>
        <source>{hours} h {minutes} min</source>
        <comment>auth.duration_hours</comment>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="12"/>
        <source>{minutes} min {seconds} s</source>
        <comment>auth.duration_minutes</comment>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="13"/>
        <source>{seconds} s</source>
        <comment>auth.duration_seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="14"/>
        <source>{what} : connectez-vous d&apos;abord.</source>
        <comment>auth.not_signed_in</comment>
        <translation>{what}: sign in first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="15"/>
        <source>{what} : réservé à {roles}.</source>
        <comment>auth.not_allowed</comment>
        <translation>{what}: reserved for {roles}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="16"/>
        <source>utilisateur inconnu : « {username} »</source>
        <comment>auth.unknown_user</comment>
        <translation>unknown user: “{username}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="17"/>
        <source>{name} se connecte avec un code.</source>
        <comment>auth.needs_pin</comment>
        <translation>{name} signs in with a code.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="18"/>
        <source>Le fichier secret des codes {path} est illisible : les codes ne peuvent pas être vérifiés. Remettez la copie du site, puis relancez.</source>
        <comment>auth.secret_unreadable</comment>
        <translation>The code secret file {path} cannot be read: codes cannot be checked. Put back the site&apos;s copy, then restart.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="5"/>
        <source>La base de données {path} est endommagée ({detail}). Dernière sauvegarde valide : {backup}. Pour la remettre en place : {command}</source>
        <comment>db.damaged</comment>
        <translation>The database {path} is damaged ({detail}). Newest valid backup: {backup}. To put it back: {command}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="7"/>
        <source>La base de données {path} est endommagée ({detail}) et aucune sauvegarde valide n&apos;a été trouvée dans {folder}. Appelez le support avant toute autre action.</source>
        <comment>db.damaged_no_backup</comment>
        <translation>The database {path} is damaged ({detail}) and no valid backup was found in {folder}. Call support before anything else.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="10"/>
        <source>ce fichier n&apos;est pas une base de données</source>
        <comment>db.detail.not_a_database</comment>
        <translation>this file is not a database</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="11"/>
        <source>des pages du fichier sont illisibles</source>
        <comment>db.detail.malformed</comment>
        <translation>some pages of the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="12"/>
        <source>le disque signale une erreur de lecture ou d&apos;écriture</source>
        <comment>db.detail.io_error</comment>
        <translation>the disk reports a read or write error</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="13"/>
        <source>{n, plural, one {# défaut d&apos;intégrité} other {# défauts d&apos;intégrité}}</source>
        <comment>db.detail.integrity</comment>
        <translation>{n, plural, one {# integrity fault} other {# integrity faults}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="15"/>
        <source>La base de données {path} est en lecture seule : rien ne peut être enregistré, les scans sont refusés. Appelez le support.</source>
        <comment>db.read_only</comment>
        <translation>The database {path} is read-only: nothing can be saved, scans are refused. Call support.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="17"/>
        <source>La base de données {path} n&apos;existe pas et ne peut pas être créée : l&apos;emplacement est en lecture seule.</source>
        <comment>db.read_only_missing</comment>
        <translation>The database {path} does not exist and cannot be created: the location is read-only.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="19"/>
        <source>La base de données {path} est en lecture seule et son schéma n&apos;est pas à jour : elle ne peut pas être ouverte.</source>
        <comment>db.read_only_outdated</comment>
        <translation>The database {path} is read-only and its schema is not up to date: it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="21"/>
        <source>base occupée, nouvel essai… ({seconds} s sur {limit} s)</source>
        <comment>db.busy_retry</comment>
        <translation>database busy, trying again… ({seconds} s of {limit} s)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="22"/>
        <source>La base de données est occupée par un autre programme depuis {seconds} s : rien n&apos;a été modifié. Réessayez quand il aura fini (réglage database.busy_seconds pour attendre plus).</source>
        <comment>db.busy</comment>
        <translation>The database has been held by another program for {seconds} s: nothing was changed. Try again when it is done (setting database.busy_seconds to wait longer).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="25"/>
        <source>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place puis réessayez.</source>
        <comment>db.disk_full</comment>
        <translation>The disk is full: nothing was saved. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="27"/>
        <source>La base de données {path} ne peut pas être ouverte : {detail}</source>
        <comment>db.cannot_open</comment>
        <translation>The database {path} cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="28"/>
        <source>URL de base de données incomprise : {url} (attendu sqlite:///chemin ou postgresql+psycopg://utilisateur@serveur/base)</source>
        <comment>db.bad_url</comment>
        <translation>Database URL not understood: {url} (expected sqlite:///path or postgresql+psycopg://user@server/database)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="30"/>
        <source>Le serveur de base de données {url} est injoignable : {detail}</source>
        <comment>db.unreachable</comment>
        <translation>The database server {url} cannot be reached: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="31"/>
        <source>Le poste {station} est déjà lancé sur cette base (processus {pid}). Un seul programme par poste : utilisez la fenêtre déjà ouverte, ou arrêtez-la d&apos;abord.</source>
        <comment>station.already_running</comment>
        <translation>Station {station} is already running on this database (process {pid}). One program per station: use the window already open, or stop it first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="34"/>
        <source>Le poste {station} est déjà lancé sur cette base par un autre ordinateur ou programme. Un seul programme par poste.</source>
        <comment>station.already_running_elsewhere</comment>
        <translation>Station {station} is already running on this database from another computer or program. One program per station.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="37"/>
        <source>Une erreur inattendue est survenue. Rien de ce qui était enregistré n&apos;est perdu. Le journal n&apos;a pas pu être écrit : notez l&apos;heure et appelez le support.</source>
        <comment>common.unexpected_no_log</comment>
        <translation>An unexpected error occurred. Nothing that was saved is lost. The log could not be written: note the time and call support.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="40"/>
        <source>Log&apos;ins ne peut pas démarrer</source>
        <comment>app.cannot_start</comment>
        <translation>Log&apos;ins cannot start</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/faults.py" line="41"/>
        <source>Un problème est survenu</source>
        <comment>app.problem</comment>
        <translation>A problem occurred</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="5"/>
        <source>{factor} inconnue : à renseigner par la conseillère en insertion</source>
        <comment>compatibility.factor_unknown</comment>
        <translation>{factor} unknown: to be set by the insertion counsellor</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="7"/>
        <source>charge maximale</source>
        <comment>compatibility.factor.max_load_kg</comment>
        <translation>maximum load</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="8"/>
        <source>mains utilisables</source>
        <comment>compatibility.factor.hands</comment>
        <translation>usable hands</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="9"/>
        <source>posture</source>
        <comment>compatibility.factor.posture</comment>
        <translation>posture</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="10"/>
        <source>possibilité de bras au-dessus des épaules</source>
        <comment>compatibility.factor.overhead_ok</comment>
        <translation>ability to reach overhead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="11"/>
        <source>précision fine</source>
        <comment>compatibility.factor.fine_motor</comment>
        <translation>fine motor precision</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="12"/>
        <source>limite de gestes par minute</source>
        <comment>compatibility.factor.max_reps_per_min</comment>
        <translation>limit of movements per minute</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="6"/>
        <source>{file}, ligne {line}, colonne « {column} » : {problem}</source>
        <comment>import.at_cell</comment>
        <translation>{file}, line {line}, column “{column}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="7"/>
        <source>{file}, ligne {line} : {problem}</source>
        <comment>import.at_line</comment>
        <translation>{file}, line {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="8"/>
        <source>Import refusé, rien n&apos;a été importé ({total, plural, one {# erreur} other {# erreurs}}) :</source>
        <comment>import.failed</comment>
        <translation>Import refused, nothing was imported ({total, plural, one {# error} other {# errors}}):</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="10"/>
        <source>… et {n, plural, one {# autre erreur} other {# autres erreurs}}</source>
        <comment>import.more</comment>
        <translation>… and {n, plural, one {# other error} other {# other errors}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="11"/>
        <source>type d&apos;import inconnu « {kind} » ({kinds})</source>
        <comment>import.unknown_kind</comment>
        <translation>unknown import kind “{kind}” ({kinds})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="12"/>
        <source>fichier introuvable : {path}</source>
        <comment>import.file_not_found</comment>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="15"/>
        <source>le fichier n&apos;est ni en UTF-8 ni en Windows-1252 (octet illisible {byte}) : enregistrez-le en « CSV UTF-8 » ou en « CSV (séparateur : point-virgule) »</source>
        <comment>import.bad_encoding</comment>
        <translation>the file is neither UTF-8 nor Windows-1252 (unreadable byte {byte}): save it as “CSV UTF-8” or as “CSV (semicolon delimited)”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="18"/>
        <source>le fichier est en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 »</source>
        <comment>import.utf16</comment>
        <translation>the file is UTF-16 (“Unicode Text”): save it as “CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="20"/>
        <source>fichier vide : une ligne d&apos;en-tête est attendue</source>
        <comment>import.empty</comment>
        <translation>empty file: a header line is expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="21"/>
        <source>colonne obligatoire absente de l&apos;en-tête ({columns})</source>
        <comment>import.missing_column</comment>
        <translation>required column missing from the header ({columns})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="22"/>
        <source>colonne présente deux fois dans l&apos;en-tête</source>
        <comment>import.duplicate_column</comment>
        <translation>column appears twice in the header</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="23"/>
        <source>guillemet ouvert sur cette ligne et jamais refermé : la suite du fichier serait avalée dans une seule cellule</source>
        <comment>import.unbalanced_quote</comment>
        <translation>quote opened on this line and never closed: the rest of the file would be swallowed into one cell</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="25"/>
        <source>guillemet mal placé (une cellule entre guillemets doit finir par un guillemet suivi du séparateur)</source>
        <comment>import.bad_quote</comment>
        <translation>misplaced quote (a quoted cell must end with a quote followed by the separator)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="27"/>
        <source>cellule de plus de {maximum} caractères : ce n&apos;est pas une donnée de référence (fichier abîmé ?)</source>
        <comment>import.field_too_large</comment>
        <translation>cell longer than {maximum} characters: this is not master data (damaged file?)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="29"/>
        <source>{cells} cellules remplies sur cette ligne pour {columns} colonnes dans l&apos;en-tête</source>
        <comment>import.too_many_cells</comment>
        <translation>{cells} filled cells on this line for {columns} columns in the header</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="31"/>
        <source>ligne illisible en CSV (retour à la ligne isolé dans une cellule sans guillemets)</source>
        <comment>import.bad_csv</comment>
        <translation>unreadable CSV line (a stray line break in an unquoted cell)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="35"/>
        <source>colonne manquante sur cette ligne</source>
        <comment>import.missing_cell</comment>
        <translation>column missing on this line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="36"/>
        <source>valeur obligatoire vide</source>
        <comment>import.required</comment>
        <translation>required value is empty</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="37"/>
        <source>« {value} » n&apos;est pas un nombre entier</source>
        <comment>import.not_integer</comment>
        <translation>“{value}” is not a whole number</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="38"/>
        <source>« {value} » n&apos;est pas un nombre</source>
        <comment>import.not_number</comment>
        <translation>“{value}” is not a number</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="39"/>
        <source>{value} : hors des limites permises ({minimum} à {maximum})</source>
        <comment>import.out_of_range</comment>
        <translation>{value}: outside the allowed limits ({minimum} to {maximum})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="41"/>
        <source>caractère de contrôle ou saut de ligne interdit (caractère n° {position}, code {code})</source>
        <comment>import.control_character</comment>
        <translation>control character or line break not allowed (character no. {position}, code {code})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="43"/>
        <source>{length} caractères : au plus {maximum} permis</source>
        <comment>import.too_long</comment>
        <translation>{length} characters: at most {maximum} allowed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="44"/>
        <source>« {value} » : valeurs permises {allowed}</source>
        <comment>import.bad_choice</comment>
        <translation>“{value}”: allowed values {allowed}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="45"/>
        <source>« {value} » : 0 ou 1 attendu</source>
        <comment>import.bad_bool</comment>
        <translation>“{value}”: 0 or 1 expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="46"/>
        <source>« {value} » : date attendue au format AAAA-MM-JJ</source>
        <comment>import.bad_date</comment>
        <translation>“{value}”: date expected as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="47"/>
        <source>« {value} » : adresse d&apos;appareil attendue ({schemes})</source>
        <comment>import.bad_device_url</comment>
        <translation>“{value}”: device address expected ({schemes})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="50"/>
        <source>« {key} » figure déjà à la ligne {first_line} de ce fichier (lignes {first_line} et {line})</source>
        <comment>import.duplicate_key</comment>
        <translation>“{key}” is already on line {first_line} of this file (lines {first_line} and {line})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="52"/>
        <source>le kit « {kit} » se contiendrait lui-même : {path}</source>
        <comment>import.kit_cycle</comment>
        <translation>kit “{kit}” would contain itself: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="53"/>
        <source>un kit ne peut pas se contenir lui-même</source>
        <comment>import.kit_self</comment>
        <translation>a kit cannot contain itself</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="54"/>
        <source>article inconnu « {sku} » (importez d&apos;abord les articles)</source>
        <comment>import.unknown_product</comment>
        <translation>unknown item “{sku}” (import the items first)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="56"/>
        <source>emplacement inconnu « {code} » (importez d&apos;abord les emplacements)</source>
        <comment>import.unknown_location</comment>
        <translation>unknown location “{code}” (import the locations first)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="58"/>
        <source>GTIN {gtin} déjà porté par l&apos;article « {sku} »</source>
        <comment>import.gtin_taken</comment>
        <translation>GTIN {gtin} already belongs to item “{sku}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="61"/>
        <source>{file}, ligne {line}, colonne « {column} » : « {value} » illisible, restriction enregistrée comme inconnue (tâches qui la demandent bloquées jusqu&apos;à ce que la conseillère la renseigne)</source>
        <comment>import.restriction_unknown</comment>
        <translation>{file}, line {line}, column “{column}”: “{value}” unreadable, restriction recorded as unknown (tasks that need it are blocked until the counsellor sets it)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="67"/>
        <source>stock {sku} en {location} : {quantity} dépasse ce qu&apos;une base peut compter exactement (±9 223 372 036 854 775 807)</source>
        <comment>import.on_hand_beyond_range</comment>
        <translation>stock {sku} at {location}: {quantity} is more than a database can count exactly (±9,223,372,036,854,775,807)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="71"/>
        <source>vérification de {file}</source>
        <comment>import.progress_checking</comment>
        <translation>checking {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="72"/>
        <source>écriture de {file}</source>
        <comment>import.progress_writing</comment>
        <translation>writing {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="73"/>
        <source>export vers {file}</source>
        <comment>import.progress_exporting</comment>
        <translation>exporting to {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="74"/>
        <source>« {value} » : date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ</source>
        <comment>import.bad_day</comment>
        <translation>“{value}”: date expected as DD/MM/YYYY or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="6"/>
        <source>({ai}) « {value} » : le caractère « {char} » n&apos;est pas permis dans un code-barres GS1 (lettres sans accent, chiffres et ! &quot; % &amp; &apos; ( ) * + , - . / : ; &lt; = &gt; ? _)</source>
        <comment>labels.ai_charset</comment>
        <translation>({ai}) “{value}”: the character “{char}” is not allowed in a GS1 barcode (unaccented letters, digits and ! &quot; % &amp; &apos; ( ) * + , - . / : ; &lt; = &gt; ? _)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="8"/>
        <source>({ai}) « {value} » : {length} caractères, {most} au plus</source>
        <comment>labels.ai_length</comment>
        <translation>({ai}) “{value}”: {length} characters, {most} at most</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="9"/>
        <source>{text} : trop long pour tenir dans un code-barres de l&apos;étiquette, raccourcissez cette donnée</source>
        <comment>labels.symbol_too_wide</comment>
        <translation>{text}: too long to fit in a barcode of the label, shorten this data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="11"/>
        <source>les données de l&apos;unité ne tiennent pas dans les codes-barres d&apos;une étiquette : raccourcissez le lot ou la référence de commande</source>
        <comment>labels.too_many_symbols</comment>
        <translation>the unit&apos;s data does not fit in the barcodes of one label: shorten the batch or the order reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="13"/>
        <source>« {value} » : le caractère « {char} » ne peut pas être codé en Code 128 (lettres sans accent, chiffres et signes ASCII)</source>
        <comment>labels.code128_charset</comment>
        <translation>“{value}”: the character “{char}” cannot be encoded in Code 128 (unaccented letters, digits and ASCII signs)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="15"/>
        <source>un code-barres sans donnée ne s&apos;imprime pas</source>
        <comment>labels.code128_empty</comment>
        <translation>a barcode without data is not printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="16"/>
        <source>l&apos;expédition {shipment} n&apos;a aucune unité : aucune étiquette à faire</source>
        <comment>labels.no_units</comment>
        <translation>shipment {shipment} has no unit: no label to make</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="19"/>
        <source>« {name} » est vide : rien à imprimer</source>
        <comment>printing.empty_job</comment>
        <translation>“{name}” is empty: nothing to print</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="20"/>
        <source>« {name} » ne contient aucune étiquette ZPL complète (^XA … ^XZ)</source>
        <comment>printing.no_label</comment>
        <translation>“{name}” contains no complete ZPL label (^XA … ^XZ)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="22"/>
        <source>interrompu : {sent}/{total} étiquettes envoyées avant la coupure ({detail}) ; vérifiez la dernière étiquette sortie</source>
        <comment>printing.interrupted</comment>
        <translation>interrupted: {sent}/{total} labels sent before the cut ({detail}); check the last label that came out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="24"/>
        <source>interrompu : {sent}/{total} étiquettes</source>
        <comment>printing.interrupted_short</comment>
        <translation>interrupted: {sent}/{total} labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="25"/>
        <source>imprimé : {name} → {printer} (travail {job}, {n, plural, one {# étiquette} other {# étiquettes}})</source>
        <comment>printing.printed</comment>
        <translation>printed: {name} → {printer} (job {job}, {n, plural, one {# label} other {# labels}})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="27"/>
        <source>en attente : {reason} — le travail {job} reste dans la file (logins-desktop queue run pour réessayer)</source>
        <comment>printing.still_waiting</comment>
        <translation>waiting: {reason} — job {job} stays in the queue (logins-desktop queue run to try again)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="29"/>
        <source>{status} — travail {job} : rien n&apos;est renvoyé de lui-même ; choisissez avec logins-desktop queue retry {job} --all | --from-first-unsent | --labels N,M [--reason …]</source>
        <comment>printing.cut</comment>
        <translation>{status} — job {job}: nothing is resent by itself; choose with logins-desktop queue retry {job} --all | --from-first-unsent | --labels N,M [--reason …]</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="32"/>
        <source>travail {job} relancé</source>
        <comment>printing.retried</comment>
        <translation>job {job} retried</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="33"/>
        <source>étiquettes choisies du travail {job} : nouveau travail {new}</source>
        <comment>printing.retried_as</comment>
        <translation>chosen labels of job {job}: new job {new}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="34"/>
        <source>« {value} » : des numéros d&apos;étiquettes séparés par des virgules sont attendus (par exemple 3,7,12 ou 1120-1447)</source>
        <comment>printing.labels_list</comment>
        <translation>“{value}”: label numbers separated by commas are expected (for example 3,7,12 or 1120-1447)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="36"/>
        <source>{n, plural, one {# étiquette} other {# étiquettes}} {format} écrite(s) dans {path} : {ssccs}</source>
        <comment>labels.written</comment>
        <translation>{n, plural, one {# label} other {# labels}} {format} written to {path}: {ssccs}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="38"/>
        <source>travail {job} interrompu après {sent}/{total} étiquettes : choisissez de tout renvoyer, de reprendre à la première non envoyée ({next}) ou de réimprimer des étiquettes précises</source>
        <comment>printing.retry_needs_choice</comment>
        <translation>job {job} interrupted after {sent}/{total} labels: choose to resend all, to resume from the first unsent one ({next}) or to reprint chosen labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="41"/>
        <source>{n, plural, one {# étiquette déjà envoyée serait imprimée} other {# étiquettes déjà envoyées seraient imprimées}} une seconde fois : un motif de réimpression est exigé</source>
        <comment>printing.resend_needs_reason</comment>
        <translation>{n, plural, one {# label already sent would be printed} other {# labels already sent would be printed}} a second time: a reprint reason is required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="44"/>
        <source>étiquette {number} : le travail en compte {total}</source>
        <comment>printing.label_out_of_range</comment>
        <translation>label {number}: the job has {total}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="45"/>
        <source>ce travail ({format}) ne se découpe pas en étiquettes : renvoyez-le en entier</source>
        <comment>printing.not_splittable</comment>
        <translation>this job ({format}) cannot be split into labels: resend it whole</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="47"/>
        <source>travail {job} : {status}, rien à relancer</source>
        <comment>printing.nothing_to_retry</comment>
        <translation>job {job}: {status}, nothing to retry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="6"/>
        <source>la fin ({end}) est avant le début ({start})</source>
        <comment>insertion.end_before_start</comment>
        <translation>the end ({end}) is before the start ({start})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="7"/>
        <source>{hours} h par semaine : entre 0 et {maximum} h attendu</source>
        <comment>insertion.weekly_hours_range</comment>
        <translation>{hours} h a week: between 0 and {maximum} h expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="9"/>
        <source>{hours} h par semaine, moins de {minimum} h : indiquez la raison</source>
        <comment>insertion.weekly_hours_need_reason</comment>
        <translation>{hours} h a week, under {minimum} h: give the reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="11"/>
        <source>un contrat initial existe déjà (début {start}) : ce contrat doit être un renouvellement</source>
        <comment>insertion.initial_exists</comment>
        <translation>an initial contract already exists (start {start}): this contract must be a renewal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="13"/>
        <source>un contrat tremplin dure au moins {months, plural, one {# mois} other {# mois}} : fin le {earliest} au plus tôt</source>
        <comment>insertion.too_short</comment>
        <translation>a tremplin contract lasts at least {months, plural, one {# month} other {# months}}: ending on {earliest} at the earliest</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="15"/>
        <source>dépasse la durée maximale de {months, plural, one {# mois} other {# mois}}, atteinte le {maximum}</source>
        <comment>insertion.past_maximum</comment>
        <translation>goes past the maximum duration of {months, plural, one {# month} other {# months}}, reached on {maximum}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="17"/>
        <source>renouvellement sans contrat initial</source>
        <comment>insertion.renewal_without_initial</comment>
        <translation>renewal without an initial contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="18"/>
        <source>le renouvellement commence le {start} ; il doit commencer le lendemain de la fin du contrat précédent, le {expected}</source>
        <comment>insertion.renewal_not_contiguous</comment>
        <translation>the renewal starts on {start}; it must start the day after the previous contract ends, on {expected}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="20"/>
        <source>une suspension a toujours une raison</source>
        <comment>insertion.suspension_needs_reason</comment>
        <translation>a suspension always has a reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="21"/>
        <source>la suspension du {start} au {end} sort du contrat</source>
        <comment>insertion.suspension_outside_contract</comment>
        <translation>the suspension from {start} to {end} goes outside the contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="23"/>
        <source>chevauche la suspension du {start} au {end}</source>
        <comment>insertion.suspension_overlaps</comment>
        <translation>overlaps the suspension from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="24"/>
        <source>une immersion (PMSMP) dure au plus {months, plural, one {# mois} other {# mois}} : fin le {latest} au plus tard</source>
        <comment>insertion.immersion_too_long</comment>
        <translation>an immersion (PMSMP) lasts at most {months, plural, one {# month} other {# months}}: ending on {latest} at the latest</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="28"/>
        <source>badge inconnu : « {badge} »</source>
        <comment>insertion.unknown_badge</comment>
        <translation>unknown badge: “{badge}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="29"/>
        <source>une fin de contrat a toujours une cause</source>
        <comment>insertion.end_needs_cause</comment>
        <translation>the end of a contract always has a cause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="30"/>
        <source>{name} n&apos;a pas de contrat enregistré</source>
        <comment>insertion.no_contract</comment>
        <translation>{name} has no contract recorded</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="31"/>
        <source>la fin doit tomber pendant le contrat, du {start} au {end}</source>
        <comment>insertion.end_outside_contract</comment>
        <translation>the end must fall during the contract, from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="33"/>
        <source>{minutes} minutes : entre 0 et 1440 attendu</source>
        <comment>insertion.bad_minutes</comment>
        <translation>{minutes} minutes: between 0 and 1440 expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="34"/>
        <source>une immersion a toujours une entreprise d&apos;accueil</source>
        <comment>insertion.immersion_needs_host</comment>
        <translation>an immersion always has a host company</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="36"/>
        <source>immersion introuvable</source>
        <comment>insertion.unknown_immersion</comment>
        <translation>immersion not found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="37"/>
        <source>une formation a toujours un intitulé</source>
        <comment>insertion.training_needs_title</comment>
        <translation>a training always has a title</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="38"/>
        <source>heures de formation : entre 0 et 5000 attendu</source>
        <comment>insertion.bad_training_hours</comment>
        <translation>training hours: between 0 and 5000 expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="40"/>
        <source>un contrat commençant le {start} existe déjà, jusqu&apos;au {end} à {hours} h par semaine : corrigez-le à l&apos;écran du parcours</source>
        <comment>insertion.contract_differs</comment>
        <translation>a contract starting on {start} already exists, until {end} at {hours} h a week: correct it on the path screen</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="44"/>
        <source>qui lance la commande (identifiant) ; le code est demandé, ou lu dans LOGINS_PIN</source>
        <comment>insertion.help.user</comment>
        <translation>who runs the command (username); the PIN is asked for, or read from LOGINS_PIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="46"/>
        <source>parcours d&apos;insertion : alertes, sorties, heures, conservation</source>
        <comment>insertion.help.insertion</comment>
        <translation>insertion path: alerts, exits, hours, retention</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="48"/>
        <source>les alertes des parcours, la plus proche d&apos;abord</source>
        <comment>insertion.help.alerts</comment>
        <translation>the paths&apos; alerts, soonest first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="49"/>
        <source>date du jour (AAAA-MM-JJ ou JJ/MM/AAAA ; défaut : aujourd&apos;hui)</source>
        <comment>insertion.help.today</comment>
        <translation>today&apos;s date (YYYY-MM-DD or DD/MM/YYYY; default: today)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="51"/>
        <source>sortie JSON</source>
        <comment>insertion.help.json</comment>
        <translation>JSON output</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="52"/>
        <source>les sorties par catégorie et le taux de sorties dynamiques</source>
        <comment>insertion.help.outcomes</comment>
        <translation>exits per category and the dynamic-exit rate</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="54"/>
        <source>premier jour de la période</source>
        <comment>insertion.help.from</comment>
        <translation>first day of the period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="55"/>
        <source>dernier jour de la période</source>
        <comment>insertion.help.to</comment>
        <translation>last day of the period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="56"/>
        <source>heures du mois par personne (CSV pour Excel), à rapprocher de la paie</source>
        <comment>insertion.help.hours</comment>
        <translation>hours of the month per person (CSV for Excel), to reconcile with payroll</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="58"/>
        <source>le mois, AAAA-MM</source>
        <comment>insertion.help.month</comment>
        <translation>the month, YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="59"/>
        <source>fichier ou dossier écrit</source>
        <comment>insertion.help.out</comment>
        <translation>file or folder written</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="60"/>
        <source>anonymiser les parcours sortis depuis plus que la durée de conservation</source>
        <comment>insertion.help.retention</comment>
        <translation>anonymise the paths of people who left longer ago than the retention period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="62"/>
        <source>droits des personnes sur leurs données</source>
        <comment>insertion.help.privacy</comment>
        <translation>people&apos;s rights over their data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="63"/>
        <source>tout ce qui est conservé sur une personne (JSON + CSV)</source>
        <comment>insertion.help.export</comment>
        <translation>all that is held about a person (JSON + CSV)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="64"/>
        <source>effacer le parcours d&apos;une personne et anonymiser son nom, à sa demande</source>
        <comment>insertion.help.erase</comment>
        <translation>erase a person&apos;s path and anonymise their name, at their request</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="66"/>
        <source>confirmer l&apos;effacement (il ne se défait pas)</source>
        <comment>insertion.help.yes</comment>
        <translation>confirm the erasure (it cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="67"/>
        <source>passeport de compétences d&apos;une personne (PDF)</source>
        <comment>insertion.help.passport</comment>
        <translation>a person&apos;s skills passport (PDF)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="68"/>
        <source>le badge de la personne</source>
        <comment>insertion.help.badge</comment>
        <translation>the person&apos;s badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="69"/>
        <source>{what} : indiquez qui vous êtes avec --user (réservé à la conseillère ou au conseiller en insertion)</source>
        <comment>insertion.cli_needs_user</comment>
        <translation>{what}: say who you are with --user (reserved for the insertion counsellor)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="71"/>
        <source>code de {name} : tapez-le, ou donnez-le dans la variable LOGINS_PIN</source>
        <comment>insertion.cli_needs_pin</comment>
        <translation>PIN of {name}: type it, or give it in the LOGINS_PIN variable</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="73"/>
        <source>Code de {name} : </source>
        <comment>insertion.cli_pin_prompt</comment>
        <translation>PIN of {name}: </translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="74"/>
        <source>« {value} » : mois attendu au format AAAA-MM</source>
        <comment>insertion.cli_bad_month</comment>
        <translation>“{value}”: month expected as YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="75"/>
        <source>l&apos;effacement ne se défait pas : relancez avec --yes pour confirmer</source>
        <comment>insertion.cli_erase_confirm</comment>
        <translation>erasure cannot be undone: run again with --yes to confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="77"/>
        <source>aucune alerte</source>
        <comment>insertion.cli_no_alert</comment>
        <translation>no alert</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="78"/>
        <source>{rows, plural, one {# ligne écrite} other {# lignes écrites}} dans {directory}</source>
        <comment>insertion.cli_exported</comment>
        <translation>{rows, plural, one {# row written} other {# rows written}} in {directory}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="80"/>
        <source>parcours effacé ; la personne est désormais « {key} » dans les statistiques</source>
        <comment>insertion.cli_erased</comment>
        <translation>path erased; the person is now “{key}” in the statistics</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="82"/>
        <source>{n, plural, one {# parcours anonymisé} other {# parcours anonymisés}}</source>
        <comment>insertion.cli_retained</comment>
        <translation>{n, plural, one {# path anonymised} other {# paths anonymised}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="84"/>
        <source>{n, plural, one {# personne} other {# personnes}} : {path}</source>
        <comment>insertion.cli_hours_written</comment>
        <translation>{n, plural, one {# person} other {# people}}: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="86"/>
        <source>{exits, plural, one {# sortie} other {# sorties}}, taux de sorties dynamiques : {rate}</source>
        <comment>insertion.cli_rate</comment>
        <translation>{exits, plural, one {# exit} other {# exits}}, dynamic-exit rate: {rate}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="88"/>
        <source>aucune sortie comptée</source>
        <comment>insertion.cli_rate_none</comment>
        <translation>no exit counted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="89"/>
        <source>{name} : fin de contrat le {due}, sans projet de sortie</source>
        <comment>insertion.alert.contract_ending</comment>
        <translation>{name}: contract ends on {due}, with no exit plan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="91"/>
        <source>{name} : durée maximale atteinte le {due}</source>
        <comment>insertion.alert.maximum_near</comment>
        <translation>{name}: maximum duration reached on {due}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="92"/>
        <source>{name} : pas d&apos;entretien depuis {days} jours</source>
        <comment>insertion.alert.no_interview</comment>
        <translation>{name}: no interview for {days} days</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="93"/>
        <source>{name} : immersion chez {host} terminée le {due}, résultat à noter</source>
        <comment>insertion.alert.immersion_without_outcome</comment>
        <translation>{name}: immersion at {host} ended on {due}, outcome to record</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="95"/>
        <source>{name} est absent·e aujourd&apos;hui : à ne pas affecter</source>
        <comment>insertion.absent_today</comment>
        <translation>{name} is away today: not to be assigned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="98"/>
        <source>Bilan annuel {year} du parcours d&apos;insertion</source>
        <comment>insertion.review.title</comment>
        <translation>{year} yearly review of the insertion path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="99"/>
        <source>{accompanied, plural, one {# personne accompagnée} other {# personnes accompagnées}}, {entries, plural, one {# entrée} other {# entrées}}, {exits, plural, one {# sortie} other {# sorties}}.</source>
        <comment>insertion.review.people</comment>
        <translation>{accompanied, plural, one {# person accompanied} other {# people accompanied}}, {entries, plural, one {# entry} other {# entries}}, {exits, plural, one {# exit} other {# exits}}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="102"/>
        <source>Taux de sorties dynamiques : {rate}.</source>
        <comment>insertion.review.rate</comment>
        <translation>Dynamic-exit rate: {rate}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="103"/>
        <source>Durée moyenne du parcours des personnes sorties : {months} mois.</source>
        <comment>insertion.review.duration</comment>
        <translation>Average time in the path of the people who left: {months} months.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="105"/>
        <source>Durée moyenne du parcours : aucune sortie cette année.</source>
        <comment>insertion.review.duration_none</comment>
        <translation>Average time in the path: no exit this year.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="107"/>
        <source>Heures de formation : {hours} h.</source>
        <comment>insertion.review.training</comment>
        <translation>Training hours: {hours} h.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="108"/>
        <source>Sorties par catégorie</source>
        <comment>insertion.review.exits_title</comment>
        <translation>Exits per category</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="109"/>
        <source>Taux de sorties dynamiques par site, sur trois ans</source>
        <comment>insertion.review.trend_title</comment>
        <translation>Dynamic-exit rate per site, over three years</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="110"/>
        <source>Aucune sortie sur la période.</source>
        <comment>insertion.review.no_exit</comment>
        <translation>No exit over the period.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="111"/>
        <source>Emploi durable</source>
        <comment>insertion.review.category.lasting</comment>
        <translation>Lasting job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="112"/>
        <source>Emploi de transition</source>
        <comment>insertion.review.category.transition</comment>
        <translation>Transition job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="113"/>
        <source>Sortie positive</source>
        <comment>insertion.review.category.positive</comment>
        <translation>Positive exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="114"/>
        <source>Autre</source>
        <comment>insertion.review.category.other</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="115"/>
        <source>Neutre</source>
        <comment>insertion.review.category.neutral</comment>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="116"/>
        <source>bilan annuel (PDF et CSV) avec graphiques</source>
        <comment>insertion.help.review</comment>
        <translation>yearly review (PDF and CSV) with charts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="117"/>
        <source>l&apos;année, AAAA</source>
        <comment>insertion.help.year</comment>
        <translation>the year, YYYY</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="118"/>
        <source>bilan {year} écrit : {pdf} et {csv}</source>
        <comment>insertion.cli_review_written</comment>
        <translation>{year} review written: {pdf} and {csv}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="5"/>
        <source>Passeport de compétences</source>
        <comment>passport.title</comment>
        <translation>Skills passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="6"/>
        <source>Travail en atelier du {first} au {last}</source>
        <comment>passport.period</comment>
        <translation>Workshop work from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="7"/>
        <source>Pas encore de travail enregistré à l&apos;atelier.</source>
        <comment>passport.no_work_yet</comment>
        <translation>No workshop work recorded yet.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="8"/>
        <source>{hours} heures de travail, {units, plural, one {# unité faite} other {# unités faites}} (kits, articles, colis).</source>
        <comment>passport.total</comment>
        <translation>{hours} hours of work, {units, plural, one {# unit made} other {# units made}} (kits, items, parcels).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="10"/>
        <source>Le travail que j&apos;ai fait</source>
        <comment>passport.work_title</comment>
        <translation>The work I have done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="11"/>
        <source>Travail</source>
        <comment>passport.col_work</comment>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="12"/>
        <source>Métier (code ROME)</source>
        <comment>passport.col_code</comment>
        <translation>Occupation (ROME code)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="13"/>
        <source>Heures</source>
        <comment>passport.col_hours</comment>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="14"/>
        <source>Unités</source>
        <comment>passport.col_units</comment>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="15"/>
        <source>Assemblage de kits</source>
        <comment>passport.op.kit_assembly</comment>
        <translation>Kit assembly</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="16"/>
        <source>Préparation de commandes</source>
        <comment>passport.op.picking</comment>
        <translation>Order picking</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="17"/>
        <source>Étiquetage</source>
        <comment>passport.op.labelling</comment>
        <translation>Labelling</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="18"/>
        <source>Emballage</source>
        <comment>passport.op.packing</comment>
        <translation>Packing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="19"/>
        <source>Contrôle qualité</source>
        <comment>passport.op.quality_control</comment>
        <translation>Quality control</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="20"/>
        <source>Réception de marchandises</source>
        <comment>passport.op.receiving</comment>
        <translation>Goods receiving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="21"/>
        <source>Expédition</source>
        <comment>passport.op.shipping</comment>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="22"/>
        <source>Comment je travaille</source>
        <comment>passport.how_title</comment>
        <translation>How I work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="23"/>
        <source>Justesse : {share} des articles scannés étaient les bons du premier coup.</source>
        <comment>passport.accuracy</comment>
        <translation>Accuracy: {share} of the items scanned were the right ones the first time.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="25"/>
        <source>Justesse : pas encore assez d&apos;articles scannés pour la mesurer.</source>
        <comment>passport.accuracy_none</comment>
        <translation>Accuracy: not enough items scanned yet to measure it.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="27"/>
        <source>Autonomie : {rate} appel à l&apos;aide par heure de travail, en moyenne.</source>
        <comment>passport.autonomy</comment>
        <translation>Autonomy: {rate} calls for help per hour of work, on average.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="29"/>
        <source>Autonomie : pas encore assez d&apos;heures pour la mesurer.</source>
        <comment>passport.autonomy_none</comment>
        <translation>Autonomy: not enough hours yet to measure it.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="30"/>
        <source>C&apos;est {trend} : {first} le premier mois, {last} le dernier.</source>
        <comment>passport.trend_line</comment>
        <translation>It is {trend}: {first} the first month, {last} the last.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="31"/>
        <source>en progrès</source>
        <comment>passport.trend.better</comment>
        <translation>improving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="32"/>
        <source>stable</source>
        <comment>passport.trend.stable</comment>
        <translation>steady</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="33"/>
        <source>en baisse</source>
        <comment>passport.trend.worse</comment>
        <translation>lower</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="34"/>
        <source>pas encore comparable</source>
        <comment>passport.trend.unknown</comment>
        <translation>not comparable yet</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="35"/>
        <source>Régularité : {days} jours de présence sur {expected} jours de travail prévus ({share}).</source>
        <comment>passport.regularity</comment>
        <translation>Regularity: {days} days present out of {expected} working days planned ({share}).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="37"/>
        <source>Régularité : {days, plural, one {# jour} other {# jours}} de travail en atelier.</source>
        <comment>passport.regularity_days</comment>
        <translation>Regularity: {days, plural, one {# day} other {# days}} of workshop work.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="39"/>
        <source>Mes progrès, mois par mois</source>
        <comment>passport.chart_title</comment>
        <translation>My progress, month by month</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="40"/>
        <source>Justesse (%)</source>
        <comment>passport.chart_accuracy</comment>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="41"/>
        <source>Unités par heure ({work})</source>
        <comment>passport.chart_pace</comment>
        <translation>Units per hour ({work})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="42"/>
        <source>Formations et certifications</source>
        <comment>passport.trainings_title</comment>
        <translation>Training and certifications</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="43"/>
        <source>{what} : obtenu le {day} ({hours} h de formation).</source>
        <comment>passport.training_obtained</comment>
        <translation>{what}: obtained on {day} ({hours} h of training).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="45"/>
        <source>{what} : en cours ({hours} h de formation faites).</source>
        <comment>passport.training_ongoing</comment>
        <translation>{what}: in progress ({hours} h of training done).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="47"/>
        <source>Immersions en entreprise</source>
        <comment>passport.immersions_title</comment>
        <translation>Work placements in companies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="48"/>
        <source>{host}, du {start} au {end}</source>
        <comment>passport.immersion_line</comment>
        <translation>{host}, from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="49"/>
        <source>Pas encore.</source>
        <comment>passport.none_yet</comment>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="50"/>
        <source>Établi le {day} par Log&apos;ins Desktop, à partir de ce que le travail a enregistré.</source>
        <comment>passport.made_on</comment>
        <translation>Made on {day} by Log&apos;ins Desktop, from what the work recorded.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="52"/>
        <source>Ce document ne montre que le travail fait : il ne contient aucune information de santé, aucune restriction et aucune note d&apos;accompagnement.</source>
        <comment>passport.footer</comment>
        <translation>This document shows only the work done: it holds no health information, no restriction and no accompaniment note.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="54"/>
        <source>« {code} » : un code ROME est une lettre et 4 chiffres (H3302)</source>
        <comment>passport.bad_rome</comment>
        <translation>“{code}”: a ROME code is a letter and 4 digits (H3302)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="55"/>
        <source>un code métier a toujours un travail et un intitulé</source>
        <comment>passport.code_needs_label</comment>
        <translation>a job code always has a kind of work and a title</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/passport.py" line="56"/>
        <source>passeport de {name} écrit : {path}</source>
        <comment>passport.cli_written</comment>
        <translation>passport of {name} written: {path}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="326"/>
        <source>CDI</source>
        <translation>permanent contract</translation>
    </message>
</context>
</TS>
