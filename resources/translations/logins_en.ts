<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>Alarm</name>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="57"/>
        <source>Message du poste</source>
        <translation>Station message</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="48"/>
        <source>1. Touchez une personne</source>
        <translation>1. Tap a person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="50"/>
        <source>2. Touchez une tâche</source>
        <translation>2. Tap a task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="56"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="59"/>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="74"/>
        <source>Affecter</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="74"/>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="75"/>
        <source>Cadence</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="137"/>
        <source>Choisir {0}</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="155"/>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="156"/>
        <source>{0} — {1} / {2} kits</source>
        <translation>{0} — {1} / {2} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="157"/>
        <source>Affecté·es : {0}</source>
        <translation>Assigned: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="159"/>
        <source>Tâche {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="161"/>
        <source>✖ BLOQUÉ :</source>
        <translation>✖ BLOCKED:</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="168"/>
        <source>✔ compatible</source>
        <translation>✔ compatible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="187"/>
        <source>Touchez d&apos;abord une personne, puis la tâche.</source>
        <translation>Tap a person first, then the task.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="196"/>
        <source>{0} affecté·e à {1} au poste {2}.</source>
        <translation>{0} assigned to {1} at station {2}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="215"/>
        <source>Appel à l&apos;aide — {0} {1} ({2})</source>
        <translation>Help call — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="218"/>
        <source>J&apos;arrive</source>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="218"/>
        <source>Répondre à l&apos;appel de {0}</source>
        <translation>Answer the call from {0}</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="312"/>
        <source>Scannez l&apos;emplacement à inventorier, puis chaque article qui s&apos;y trouve.</source>
        <translation>Scan the location to count, then every item in it.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="313"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="313"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="313"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="313"/>
        <source>Compté</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="313"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="314"/>
        <source>Inventaire en cours</source>
        <translation>Count in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="317"/>
        <source>Valider : inventaire tournant</source>
        <translation>Confirm: cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="317"/>
        <source>inventaire tournant</source>
        <translation>cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="318"/>
        <source>Valider : casse constatée</source>
        <translation>Confirm: breakage found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="318"/>
        <source>casse constatée</source>
        <translation>breakage found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="336"/>
        <source>Inventaire de {0} validé : {1} écart(s) ajusté(s) ({2}).</source>
        <translation>Count of {0} confirmed: {1} difference(s) adjusted ({2}).</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="50"/>
        <source>Scannez votre badge, ou touchez votre nom.</source>
        <translation>Scan your badge, or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="59"/>
        <source>Précédents</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="59"/>
        <source>Noms précédents</source>
        <translation>Previous names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="60"/>
        <source>Suivants</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="60"/>
        <source>Noms suivants</source>
        <translation>Next names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="81"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="81"/>
        <source>Retour à la liste des noms</source>
        <translation>Back to the list of names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="109"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="120"/>
        <source>Badge inconnu : « {0} ». Réessayez ou touchez votre nom.</source>
        <translation>Unknown badge: “{0}”. Try again or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="135"/>
        <source>{0} — tapez votre code</source>
        <translation>{0} — enter your code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="144"/>
        <source>Code incorrect. Réessayez.</source>
        <translation>Wrong code. Try again.</translation>
    </message>
</context>
<context>
    <name>LogisticsConsole</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="468"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="469"/>
        <source>Réception</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="470"/>
        <source>Inventaire</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="471"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="472"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="558"/>
        <source>{0} / {1} étiquettes envoyées</source>
        <translation>{0} / {1} labels sent</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="108"/>
        <source>Log&apos;ins Desktop — {0}</source>
        <translation>Log&apos;ins Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="136"/>
        <source>Personne connectée</source>
        <translation>Logged-in person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="142"/>
        <source>État du scanner</source>
        <translation>Scanner status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="144"/>
        <location filename="../../logins_desktop/ui/main_window.py" line="147"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="149"/>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="151"/>
        <source>Texte plus grand</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="155"/>
        <source>Changer de langue</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="157"/>
        <source>Déconnexion</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="157"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="171"/>
        <source>Log&apos;ins — {0} — identifiez-vous</source>
        <translation>Log&apos;ins — {0} — please identify</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="177"/>
        <source>Scanner déconnecté</source>
        <translation>Scanner disconnected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="179"/>
        <source>Scanner simulé</source>
        <translation>Simulated scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="181"/>
        <source>Scanner prêt</source>
        <translation>Scanner ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="255"/>
        <source>Bonjour {0} ! Poste {1}.</source>
        <translation>Hello {0}! Station {1}.</translation>
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
    <name>PinPad</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="172"/>
        <source>Code saisi</source>
        <translation>Code entered</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="180"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="180"/>
        <source>Effacer le dernier chiffre</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="184"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="184"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="206"/>
        <source>Chiffre {0}</source>
        <translation>Digit {0}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="349"/>
        <source>État de l&apos;imprimante</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="351"/>
        <source>Avancement de l&apos;impression</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="353"/>
        <source>Arrêter l&apos;envoi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="356"/>
        <source>Travail</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="356"/>
        <source>Étiquette</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="356"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="356"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="357"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="357"/>
        <source>File d&apos;impression</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="359"/>
        <source>Relancer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="361"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="363"/>
        <source>Réimprimer : étiquette abîmée</source>
        <translation>Reprint: damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="364"/>
        <source>étiquette abîmée</source>
        <translation>damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="365"/>
        <source>Réimprimer : illisible</source>
        <translation>Reprint: unreadable</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="366"/>
        <source>étiquette illisible au scanner</source>
        <translation>label unreadable by the scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="388"/>
        <source>Imprimante simulée</source>
        <translation>Simulated printer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="393"/>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="393"/>
        <source>envoi</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="393"/>
        <source>imprimée</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="394"/>
        <source>interrompue</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="394"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="397"/>
        <source>interrompu : {0}/{1} étiquettes</source>
        <translation>interrupted: {0}/{1} labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="410"/>
        <source>Touchez d&apos;abord un travail.</source>
        <translation>Tap a job first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="422"/>
        <source>C&apos;est fait.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="428"/>
        <source>Touchez d&apos;abord une étiquette déjà imprimée.</source>
        <translation>Tap a label already printed first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="431"/>
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
        <location filename="../../logins_desktop/ui/shipping/console.py" line="287"/>
        <source>Scannez l&apos;emplacement de réception, puis chaque article (GS1-128 fournisseur ou EAN).</source>
        <translation>Scan the receiving location, then each item (supplier GS1-128 or EAN).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="288"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="288"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="288"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="288"/>
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="288"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="289"/>
        <source>Réceptions de cette session</source>
        <translation>Receipts of this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="293"/>
        <source>Le prochain article compte {0}</source>
        <translation>The next item counts {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="300"/>
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
        <location filename="../../logins_desktop/ui/shipping/console.py" line="82"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="82"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="84"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="82"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="82"/>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="83"/>
        <source>Commandes prêtes à expédier</source>
        <translation>Orders ready to ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="84"/>
        <source>Expédition</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="84"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="84"/>
        <source>Unités</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <source>Étiquetées</source>
        <translation>Labelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="85"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="112"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="87"/>
        <source>Créer l&apos;expédition</source>
        <translation>Create the shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="89"/>
        <source>Six articles de moins</source>
        <translation>Six items fewer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="91"/>
        <source>Six articles de plus</source>
        <translation>Six items more</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="95"/>
        <source>Ajouter un carton</source>
        <translation>Add a carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="97"/>
        <source>Imprimer les étiquettes</source>
        <translation>Print the labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="100"/>
        <source>Expédier</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="103"/>
        <source>Aperçu de l&apos;étiquette</source>
        <translation>Label preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="107"/>
        <source>Commandes prêtes</source>
        <translation>Ready orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="134"/>
        <source>{0} articles par carton</source>
        <translation>{0} items per carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="153"/>
        <source>Touchez d&apos;abord une commande prête.</source>
        <translation>Tap a ready order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="159"/>
        <source>Expédition {0} créée pour {1}.</source>
        <translation>Shipment {0} created for {1}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="164"/>
        <source>Touchez d&apos;abord une expédition créée depuis une commande.</source>
        <translation>Tap a shipment created from an order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="168"/>
        <source>La commande {0} n&apos;a plus de produit fini en stock.</source>
        <translation>Order {0} has no finished product in stock any more.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="177"/>
        <source>Carton ajouté : SSCC {0}.</source>
        <translation>Carton added: SSCC {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="191"/>
        <source>Rien à imprimer : ajoutez d&apos;abord un carton.</source>
        <translation>Nothing to print: add a carton first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="199"/>
        <source>Touchez d&apos;abord une expédition.</source>
        <translation>Tap a shipment first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="207"/>
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
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="111"/>
        <source>Avancement de la commande</source>
        <translation>Order progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="146"/>
        <source>Dernier message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="153"/>
        <source>Annuler le dernier scan</source>
        <translation>Undo last scan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="155"/>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="245"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="155"/>
        <source>Pause ou reprise</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="157"/>
        <source>Appeler de l&apos;aide</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="159"/>
        <source>Manquant : vide</source>
        <translation>Missing: empty</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="159"/>
        <source>Manquant : emplacement vide</source>
        <translation>Missing: empty location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="162"/>
        <source>Manquant : abîmé</source>
        <translation>Missing: damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="162"/>
        <source>Manquant : article abîmé</source>
        <translation>Missing: damaged item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="191"/>
        <source>Scannez le bon article pour continuer, ou touchez l&apos;écran.</source>
        <translation>Scan the right item to go on, or tap the screen.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="193"/>
        <source>Rien n&apos;a été enregistré. Appelez votre chef d&apos;équipe.</source>
        <translation>Nothing was saved. Call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="194"/>
        <source>REFUSÉ</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="199"/>
        <source>KIT TERMINÉ</source>
        <translation>KIT DONE</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="199"/>
        <source>Commencez le kit suivant.</source>
        <translation>Start the next kit.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="223"/>
        <source>⚠ Scanner déconnecté — rebranchez-le : il se reconnecte tout seul.</source>
        <translation>⚠ Scanner disconnected — plug it back in: it reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="230"/>
        <source>{0} — commande {1}</source>
        <translation>{0} — order {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="233"/>
        <source>{0} / {1} kits</source>
        <translation>{0} / {1} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="235"/>
        <source>Aucune tâche affectée à ce poste : appelez votre chef d&apos;équipe.</source>
        <translation>No task assigned at this station: call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="256"/>
        <source>Étape {0} sur {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="258"/>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="278"/>
        <source>× {0}</source>
        <translation>× {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="321"/>
        <source>manquant</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="245"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="247"/>
        <source>En pause — scannez REPRISE ou touchez « Reprendre ».</source>
        <translation>Paused — scan REPRISE or tap “Resume”.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="270"/>
        <source>Préparation</source>
        <translation>Picking</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="271"/>
        <source>Liste terminée</source>
        <translation>List done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="273"/>
        <source>Scannez VALIDER pour la liste suivante.</source>
        <translation>Scan VALIDER for the next list.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="275"/>
        <source>Ligne {0} sur {1} — emplacement {2}</source>
        <translation>Line {0} of {1} — location {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="280"/>
        <source>Prélevez en {0} et scannez chaque article.</source>
        <translation>Pick at {0} and scan each item.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="282"/>
        <source>Allez en {0} et scannez l&apos;emplacement.</source>
        <translation>Go to {0} and scan the location.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="291"/>
        <source>{0} kit(s) faits pendant cette session</source>
        <translation>{0} kit(s) done this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="293"/>
        <source>{0:.0f} kits/h en ce moment</source>
        <translation>{0:.0f} kits/h right now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="295"/>
        <source>votre moyenne : {0:.0f}/h</source>
        <translation>your average: {0:.0f}/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="297"/>
        <source>repère : {0:.0f}/h</source>
        <translation>reference: {0:.0f}/h</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="218"/>
        <source>Aperçu du code-barres de l&apos;article</source>
        <translation>Item barcode preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="219"/>
        <source>Touchez une ligne : son étiquette article s&apos;affiche ici.</source>
        <translation>Tap a line: its item label shows here.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="221"/>
        <source>Imprimer l&apos;étiquette</source>
        <translation>Print the label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="221"/>
        <source>Imprimer l&apos;étiquette article</source>
        <translation>Print the item label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="243"/>
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
        <location filename="../../logins_desktop/ui/home.py" line="115"/>
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
</context>
</TS>
