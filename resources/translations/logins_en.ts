<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>Alarm</name>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="61"/>
        <source>Message du poste</source>
        <translation>Station message</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="51"/>
        <source>1. Touchez une personne</source>
        <translation>1. Tap a person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="53"/>
        <source>2. Touchez une tâche</source>
        <translation>2. Tap a task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="59"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="63"/>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="79"/>
        <source>Affecter</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="79"/>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="80"/>
        <source>Cadence</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="80"/>
        <source>Contrôles</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="132"/>
        <source>Absent·e aujourd&apos;hui</source>
        <translation>Away today</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="134"/>
        <source>Choisir {0}</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="153"/>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="154"/>
        <source>{0} — {1} / {2} kits</source>
        <translation>{0} — {1} / {2} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="155"/>
        <source>Affecté·es : {0}</source>
        <translation>Assigned: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="157"/>
        <source>Tâche {0}</source>
        <translation>Task {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="159"/>
        <source>✖ BLOQUÉ :</source>
        <translation>✖ BLOCKED:</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="166"/>
        <source>✔ compatible</source>
        <translation>✔ compatible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="193"/>
        <source>choisie</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="197"/>
        <source>Touchez d&apos;abord une personne, puis la tâche.</source>
        <translation>Tap a person first, then the task.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="207"/>
        <source>{0} affecté·e à {1} au poste {2}.</source>
        <translation>{0} assigned to {1} at station {2}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="236"/>
        <source>Contrôle qualité — {0} {1} ({2})</source>
        <translation>Quality check — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="237"/>
        <source>Contrôler</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="238"/>
        <source>Contrôler le kit de {0}</source>
        <translation>Check the kit of {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="241"/>
        <source>Appel à l&apos;aide — {0} {1} ({2})</source>
        <translation>Help call — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="242"/>
        <source>J&apos;arrive</source>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/board.py" line="243"/>
        <source>Répondre à l&apos;appel de {0}</source>
        <translation>Answer the call from {0}</translation>
    </message>
</context>
<context>
    <name>CardPager</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="386"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="50"/>
        <source>Coûts et revenus des commandes</source>
        <translation>Costs and revenue of the orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="53"/>
        <source>Tarif</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="54"/>
        <source>Changer le tarif du client pour le kit de la commande choisie</source>
        <translation>Change the customer&apos;s rate for the chosen order&apos;s kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="57"/>
        <source>Temps par kit</source>
        <translation>Time per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="58"/>
        <source>Les minutes par kit de la commande choisie, heure par heure, contre le devis</source>
        <translation>The chosen order&apos;s minutes per kit, hour by hour, against the quote</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="61"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="61"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="61"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="62"/>
        <source>min / kit</source>
        <translation>min / kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="62"/>
        <source>Devis min / kit</source>
        <translation>Quoted min / kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="62"/>
        <source>Chiffre d&apos;affaires (€)</source>
        <translation>Revenue (€)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="63"/>
        <source>Marge (€)</source>
        <translation>Margin (€)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="63"/>
        <source>Coût de chaque commande</source>
        <translation>Cost of each order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="71"/>
        <source>Touchez une commande : ce qu&apos;elle a coûté et rapporté s&apos;affiche ici.</source>
        <translation>Tap an order: what it cost and earned shows here.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="73"/>
        <source>Détail de la commande</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="84"/>
        <source>Facturer le mois {0}</source>
        <translation>Invoice the month {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="89"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="89"/>
        <source>Écrire la facture en Excel (.xlsx)</source>
        <translation>Write the invoice as Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="91"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="91"/>
        <source>Écrire la facture en CSV</source>
        <translation>Write the invoice as CSV</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="93"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="93"/>
        <source>Ne pas écrire de facture</source>
        <translation>Do not write an invoice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="100"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="100"/>
        <source>Retour au stock</source>
        <translation>Back to the stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="101"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="101"/>
        <source>Page précédente des commandes</source>
        <translation>Previous page of orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="104"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="104"/>
        <source>Page suivante des commandes</source>
        <translation>Next page of orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="106"/>
        <source>Relevé PDF</source>
        <translation>PDF statement</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="107"/>
        <source>Écrire le relevé PDF de la commande choisie</source>
        <translation>Write the PDF statement of the chosen order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="109"/>
        <source>Facture du mois</source>
        <translation>Monthly invoice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="110"/>
        <source>Écrire la facture du mois du client de la commande choisie</source>
        <translation>Write the monthly invoice of the chosen order&apos;s customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="179"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/costs.py" line="228"/>
        <source>Facture de {0} : quel mois ?</source>
        <translation>Invoice for {0}: which month?</translation>
    </message>
</context>
<context>
    <name>CounsellorHome</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="46"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="46"/>
        <source>Trouver une personne</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="47"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="58"/>
        <source>À faire, le plus proche d&apos;abord</source>
        <translation>To do, soonest first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="65"/>
        <source>Précédentes</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="68"/>
        <source>Suivantes</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="130"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="130"/>
        <source>Ouvrir le parcours de {0}</source>
        <translation>Open {0}&apos;s path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="137"/>
        <source>Aucune alerte aujourd&apos;hui.</source>
        <translation>No alert today.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="140"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/home.py" line="157"/>
        <source>fin de contrat le {0}</source>
        <translation>contract ends on {0}</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="646"/>
        <source>Scannez l&apos;emplacement à inventorier, puis chaque article qui s&apos;y trouve.</source>
        <translation>Scan the location to count, then every item in it.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="647"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="647"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="647"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="647"/>
        <source>Compté</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="647"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="648"/>
        <source>Inventaire en cours</source>
        <translation>Count in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="651"/>
        <source>Valider : inventaire tournant</source>
        <translation>Confirm: cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="651"/>
        <source>inventaire tournant</source>
        <translation>cycle count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="652"/>
        <source>Valider : casse constatée</source>
        <translation>Confirm: breakage found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="652"/>
        <source>casse constatée</source>
        <translation>breakage found</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="62"/>
        <source>−7 j</source>
        <translation>−7 d</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="62"/>
        <source>Une semaine plus tôt</source>
        <translation>One week earlier</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="63"/>
        <source>−1 j</source>
        <translation>−1 d</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="63"/>
        <source>Un jour plus tôt</source>
        <translation>One day earlier</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="64"/>
        <source>+1 j</source>
        <translation>+1 d</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="64"/>
        <source>Un jour plus tard</source>
        <translation>One day later</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="65"/>
        <source>+7 j</source>
        <translation>+7 d</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="65"/>
        <source>Une semaine plus tard</source>
        <translation>One week later</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="693"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="693"/>
        <source>Page précédente des écarts</source>
        <translation>Previous page of discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="696"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="696"/>
        <source>Page suivante des écarts</source>
        <translation>Next page of discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="719"/>
        <source>Compter {0}</source>
        <translation>Count {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="720"/>
        <source>Commencer l&apos;inventaire de {0}</source>
        <translation>Start counting {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="725"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>EndContractForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="532"/>
        <source>Enregistrer la fin du contrat</source>
        <translation>Save the end of the contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="533"/>
        <source>Dernier jour du contrat</source>
        <translation>Last day of the contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="540"/>
        <source>Fin anticipée du contrat de {0} : le dernier jour, la cause</source>
        <translation>Early end of {0}&apos;s contract: the last day, the cause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="546"/>
        <source>Touchez d&apos;abord la cause de la fin du contrat.</source>
        <translation>First tap the cause of the contract&apos;s end.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="201"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="201"/>
        <source>{0} minutes</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="204"/>
        <source>Note courte (visible par vous seule ou seul)</source>
        <translation>Short note (visible to you only)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="205"/>
        <source>Note de l&apos;entretien</source>
        <translation>Interview note</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="208"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="213"/>
        <source>Enregistrer l&apos;entretien</source>
        <translation>Save the interview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="218"/>
        <source>Nouvel entretien avec {0}</source>
        <translation>New interview with {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="228"/>
        <source>Touchez d&apos;abord le sujet de l&apos;entretien.</source>
        <translation>Tap the interview&apos;s subject first.</translation>
    </message>
</context>
<context>
    <name>ExitForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="296"/>
        <source>Date de sortie</source>
        <translation>Exit date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="312"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="319"/>
        <source>Sortie de {0} : touchez le jour puis le résultat</source>
        <translation>Exit of {0}: tap the day, then the outcome</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="297"/>
        <source> (prévue)</source>
        <translation> (planned)</translation>
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
    <name>FilesPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="89"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="90"/>
        <source>Fichiers CSV ou Excel (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="92"/>
        <source>Exporter le stock vers</source>
        <translation>Export the stock to</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="92"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="94"/>
        <source>Articles</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="94"/>
        <source>Nomenclatures</source>
        <translation>Bills of materials</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="94"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="95"/>
        <source>Emplacements</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="95"/>
        <source>Stock initial</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="95"/>
        <source>Tarifs</source>
        <translation>Rates</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="99"/>
        <source>Importer : {0}</source>
        <translation>Import: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="104"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="106"/>
        <source>Choisir le fichier</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="108"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="108"/>
        <source>Importer le fichier choisi</source>
        <translation>Import the chosen file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="110"/>
        <source>Exporter le stock</source>
        <translation>Export the stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="112"/>
        <source>Sauvegarder</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="112"/>
        <source>Sauvegarder la base maintenant</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="116"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="116"/>
        <source>Retour au stock</source>
        <translation>Back to the stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="128"/>
        <source>Avancement du travail sur le fichier</source>
        <translation>Progress of the work on the file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="131"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="131"/>
        <source>Arrêter l&apos;import, l&apos;export ou la sauvegarde</source>
        <translation>Stop the import, export or backup</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="147"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="147"/>
        <source>Page précédente des erreurs</source>
        <translation>Previous page of errors</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="150"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="150"/>
        <source>Page suivante des erreurs</source>
        <translation>Next page of errors</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="176"/>
        <source>Fichier : {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="183"/>
        <source>Choisissez d&apos;abord le fichier à importer.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="215"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="215"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="216"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="247"/>
        <source>Vérification du fichier</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="247"/>
        <source>Écriture en base</source>
        <translation>Writing to the database</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="248"/>
        <source>Écriture du fichier</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="248"/>
        <source>Copie de la base</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="249"/>
        <source>Copie des photos de preuve</source>
        <translation>Copying the evidence photos</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="254"/>
        <source>{0} : {1} % — encore environ {2} s</source>
        <translation>{0}: {1} % — about {2} s left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="256"/>
        <source>{0} : {1} %</source>
        <translation>{0}: {1} %</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="282"/>
        <source>Le travail n&apos;a pas pu aboutir ; rien n&apos;a été modifié. Le détail est dans le journal.</source>
        <translation>The work could not be completed; nothing was changed. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/files.py" line="311"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>HoursStepper</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="136"/>
        <source>−7 h</source>
        <translation>−7 h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="136"/>
        <source>Sept heures de moins</source>
        <translation>Seven hours less</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="137"/>
        <source>+7 h</source>
        <translation>+7 h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="137"/>
        <source>Sept heures de plus</source>
        <translation>Seven hours more</translation>
    </message>
</context>
<context>
    <name>ImmersionForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="387"/>
        <source>Enregistrer l&apos;immersion</source>
        <translation>Save the immersion</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="387"/>
        <source>Premier jour</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="390"/>
        <source>Entreprise d&apos;accueil</source>
        <translation>Host company</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="391"/>
        <source>Objectif (découvrir un métier…)</source>
        <translation>Goal (discover a trade…)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="392"/>
        <source>Tuteur ou tutrice</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="396"/>
        <source>{0} sem.</source>
        <translation>{0} wk</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="401"/>
        <source>Immersion de {0} : l&apos;entreprise, le premier jour, la durée</source>
        <translation>Immersion for {0}: the company, the first day, the length</translation>
    </message>
</context>
<context>
    <name>ImmersionOutcomeForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="263"/>
        <source>L&apos;entreprise propose un emploi</source>
        <translation>The company offers a job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="264"/>
        <source>Le projet est confirmé</source>
        <translation>The plan is confirmed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="265"/>
        <source>Le projet n&apos;est pas confirmé</source>
        <translation>The plan is not confirmed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="266"/>
        <source>Immersion interrompue</source>
        <translation>Placement interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="272"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="279"/>
        <source>Résultat de l&apos;immersion chez {0}</source>
        <translation>Outcome of the placement at {0}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="63"/>
        <source>Scannez votre badge, ou touchez votre nom.</source>
        <translation>Scan your badge, or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="72"/>
        <source>Précédents</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="72"/>
        <source>Noms précédents</source>
        <translation>Previous names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="73"/>
        <source>Suivants</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="73"/>
        <source>Noms suivants</source>
        <translation>Next names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="94"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="94"/>
        <source>Retour à la liste des noms</source>
        <translation>Back to the list of names</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="127"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="138"/>
        <source>Badge inconnu : « {0} ». Réessayez ou touchez votre nom.</source>
        <translation>Unknown badge: “{0}”. Try again or tap your name.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="158"/>
        <source>{0} — tapez votre code</source>
        <translation>{0} — enter your code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="177"/>
        <source>{0} — confirmez le nouveau code</source>
        <translation>{0} — confirm the new code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="183"/>
        <location filename="../../logins_desktop/ui/login/login_screen.py" line="195"/>
        <source>{0} — nouveau code</source>
        <translation>{0} — new code</translation>
    </message>
</context>
<context>
    <name>LogisticsConsole</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="986"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="987"/>
        <source>Réception</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="988"/>
        <source>Inventaire</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="991"/>
        <source>Écarts</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="989"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="990"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="1095"/>
        <source>Lots : {0} à surveiller</source>
        <translation>Lots: {0} to watch</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="1095"/>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="1152"/>
        <source>{0} / {1} étiquettes envoyées</source>
        <translation>{0} / {1} labels sent</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="38"/>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="143"/>
        <source>Lots en stock, la péremption la plus proche d&apos;abord</source>
        <translation>Lots in stock, soonest expiry first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="42"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="42"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="42"/>
        <source>Péremption</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="43"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="43"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="43"/>
        <source>Lots en stock</source>
        <translation>Lots in stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="47"/>
        <source>Clavier à l&apos;écran : chercher un lot par son code</source>
        <translation>On-screen keyboard: find a lot by its code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="54"/>
        <source>Rappel</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="54"/>
        <source>Où est allé le lot choisi : kits, commandes, expéditions</source>
        <translation>Where the chosen lot went: kits, orders, shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="58"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="58"/>
        <source>Retour au stock</source>
        <translation>Back to the stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="111"/>
        <source>épuisé</source>
        <translation>used up</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="135"/>
        <source>Aucun article suivi par lot n&apos;est en stock.</source>
        <translation>No lot-tracked item is in stock.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="141"/>
        <source>Tapez le code du lot cherché</source>
        <translation>Type the code of the lot you are looking for</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="150"/>
        <source>sans date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="153"/>
        <source>{0} — périmé</source>
        <translation>{0} — expired</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/lots.py" line="155"/>
        <source>{0} — dans {1} j</source>
        <translation>{0} — in {1} d</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="134"/>
        <source>Log&apos;ins Desktop — {0}</source>
        <translation>Log&apos;ins Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="152"/>
        <source>Base de données occupée</source>
        <translation>Database busy</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="189"/>
        <source>Personne connectée</source>
        <translation>Logged-in person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="195"/>
        <source>État du scanner</source>
        <translation>Scanner status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="199"/>
        <location filename="../../logins_desktop/ui/main_window.py" line="202"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="204"/>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="207"/>
        <source>Texte plus grand</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="212"/>
        <source>Changer de langue</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="214"/>
        <source>Déconnexion</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="214"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="216"/>
        <source>Mes réglages</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="216"/>
        <source>Mes réglages d&apos;affichage et d&apos;accès</source>
        <translation>My display and access settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="219"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="219"/>
        <source>Quitter l&apos;application</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="276"/>
        <source>Log&apos;ins — {0} — identifiez-vous</source>
        <translation>Log&apos;ins — {0} — please identify yourself</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="288"/>
        <source>Scanner déconnecté</source>
        <translation>Scanner disconnected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="290"/>
        <source>Scanner simulé</source>
        <translation>Simulated scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="292"/>
        <source>Scanner prêt</source>
        <translation>Scanner ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/main_window.py" line="456"/>
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
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="32"/>
        <source>Lettres tapées</source>
        <translation>Letters typed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="37"/>
        <source>Lettres accentuées, pour une lettre</source>
        <translation>Accented letters, for one letter</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="69"/>
        <source>Lettre {0}</source>
        <translation>Letter {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="69"/>
        <source>Chiffre {0}</source>
        <translation>Digit {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="56"/>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="61"/>
        <source>Effacer la dernière lettre</source>
        <translation>Erase the last letter</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/keyboard.py" line="98"/>
        <source>Tapez les premières lettres du nom</source>
        <translation>Type the first letters of the name</translation>
    </message>
</context>
<context>
    <name>NewArticlePanel</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/new_article.py" line="30"/>
        <source>Créer et recevoir</source>
        <translation>Create and receive</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/new_article.py" line="31"/>
        <source>Créer l&apos;article avec cette désignation et recevoir le scan</source>
        <translation>Create the article with this name and receive the scan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/new_article.py" line="35"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/new_article.py" line="35"/>
        <source>Ne pas créer l&apos;article</source>
        <translation>Do not create the article</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/new_article.py" line="47"/>
        <source>Nouvel article, GTIN {0} : tapez sa désignation</source>
        <translation>New article, GTIN {0}: type its name</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="59"/>
        <source>Nombre saisi</source>
        <translation>Number typed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="66"/>
        <source>Chiffre {0}</source>
        <translation>Digit {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="70"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="70"/>
        <source>Effacer le dernier chiffre</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="72"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="72"/>
        <source>Fermer le pavé sans rien changer</source>
        <translation>Close the pad without changing anything</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="74"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/keypad.py" line="74"/>
        <source>Valider le nombre</source>
        <translation>Confirm the number</translation>
    </message>
</context>
<context>
    <name>OrdersHome</name>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="43"/>
        <location filename="../../logins_desktop/ui/home.py" line="53"/>
        <source>Commandes en cours</source>
        <translation>Orders in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="51"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="51"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="51"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="51"/>
        <source>Faits / commandés</source>
        <translation>Done / ordered</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="52"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="52"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PaceChart</name>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="43"/>
        <source>Kits par heure et par ligne</source>
        <translation>Kits per hour and per line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="47"/>
        <source>Kits par heure, par ligne</source>
        <translation>Kits per hour, per line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="35"/>
        <source>heure</source>
        <translation>hour</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="38"/>
        <source>kits/h</source>
        <translation>kits/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/pace_chart.py" line="83"/>
        <source>Aucun kit fait sur ces {0} heures.</source>
        <translation>No kit made over these {0} hours.</translation>
    </message>
</context>
<context>
    <name>PacePage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="54"/>
        <source>Coûts</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="54"/>
        <source>Retour aux coûts</source>
        <translation>Back to costs</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="61"/>
        <source>min par kit</source>
        <translation>min per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="66"/>
        <source>Minutes par kit, contre le devis</source>
        <translation>Minutes per kit, against the quote</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="73"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="73"/>
        <source>Période précédente</source>
        <translation>Earlier period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="76"/>
        <source>Période suivante</source>
        <translation>Later period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="76"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="149"/>
        <source>Minutes par kit</source>
        <translation>Minutes per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="163"/>
        <source>Devis : {0} min par kit</source>
        <translation>Quote: {0} min per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="176"/>
        <source>Pas encore de temps de poste sur cette commande.</source>
        <translation>No station time on this order yet.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="178"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/pace.py" line="183"/>
        <source>{0} h</source>
        <translation>{0}:00</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="52"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="52"/>
        <source>Page précédente : {0}</source>
        <translation>Previous page: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="54"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="54"/>
        <source>Page suivante : {0}</source>
        <translation>Next page: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="57"/>
        <source>Page de la liste : {0}</source>
        <translation>Page of the list: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/pager.py" line="169"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
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
    <name>PathForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="171"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="202"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="205"/>
        <source>Formations</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="207"/>
        <source>Qui a lu ce parcours</source>
        <translation>Who read this path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="217"/>
        <source>Passeport de compétences</source>
        <translation>Skills passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="219"/>
        <source>Résultat de l&apos;immersion</source>
        <translation>Placement outcome</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="225"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="274"/>
        <source>Du {0} au {1}, {2} h par semaine{3}</source>
        <translation>From {0} to {1}, {2} h a week{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="276"/>
        <source> (renouvellement)</source>
        <translation> (renewal)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="273"/>
        <source>Durée maximale atteinte le {0}</source>
        <translation>Maximum duration reached on {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="281"/>
        <source>Suspendu du {0} au {1} : {2}</source>
        <translation>Suspended from {0} to {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="271"/>
        <source>Sortie le {0} : {1}</source>
        <translation>Exit on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="203"/>
        <source>Accompagnement</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="204"/>
        <source>Immersions</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="206"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="215"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="215"/>
        <source>Ajouter au parcours</source>
        <translation>Add to the path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="222"/>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="222"/>
        <source>Noter la sortie ou la sortie prévue</source>
        <translation>Record the exit or the planned exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="243"/>
        <source>Immersion enregistrée pour {0}.</source>
        <translation>Immersion saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="244"/>
        <source>Formation enregistrée pour {0}.</source>
        <translation>Training saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="245"/>
        <source>Renouvellement enregistré pour {0}.</source>
        <translation>Renewal saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="246"/>
        <source>Suspension enregistrée pour {0}.</source>
        <translation>Suspension saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="247"/>
        <source>Fin du contrat enregistrée pour {0}.</source>
        <translation>End of contract saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="248"/>
        <source>Avancement de la formation enregistré pour {0}.</source>
        <translation>Training progress saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="279"/>
        <source>Contrat terminé le {0} : {1}</source>
        <translation>Contract ended on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="283"/>
        <source>Pas de contrat enregistré.</source>
        <translation>No contract recorded.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="286"/>
        <source>{0} — {1}, {2} min{3}</source>
        <translation>{0} — {1}, {2} min{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="287"/>
        <source> : {0}</source>
        <translation>: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="288"/>
        <source>Aucun entretien.</source>
        <translation>No interview.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="290"/>
        <source>{0}, du {1} au {2}{3}</source>
        <translation>{0}, from {1} to {2}{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="291"/>
        <source> — résultat à noter</source>
        <translation> — outcome to record</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="292"/>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="297"/>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="303"/>
        <source>Aucune.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="294"/>
        <source>{0} : {1} h sur {2} h{3}</source>
        <translation>{0}: {1} h of {2} h{3}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="295"/>
        <source>, obtenu le {0}</source>
        <translation>, obtained on {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="299"/>
        <source>Depuis le {0}{1} : {2}</source>
        <translation>Since {0}{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="300"/>
        <source> jusqu&apos;au {0}</source>
        <translation> until {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="302"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="304"/>
        <source>le parcours</source>
        <translation>the path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="304"/>
        <source>les restrictions</source>
        <translation>the restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="305"/>
        <source>le passeport</source>
        <translation>the passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="305"/>
        <source>l&apos;export des données</source>
        <translation>the data export</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="311"/>
        <source>{0} — {1} : {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="331"/>
        <source>Un entretien</source>
        <translation>An interview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="332"/>
        <source>Une immersion</source>
        <translation>An immersion</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="333"/>
        <source>Une formation</source>
        <translation>A training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="334"/>
        <source>Avancement d&apos;une formation</source>
        <translation>A training&apos;s progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="335"/>
        <source>Un renouvellement</source>
        <translation>A renewal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="336"/>
        <source>Une suspension</source>
        <translation>A suspension</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="337"/>
        <source>Une fin anticipée du contrat</source>
        <translation>An early end of contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="342"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="350"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="355"/>
        <source>Ajouter au parcours de {0}</source>
        <translation>Add to {0}&apos;s path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="242"/>
        <source>Sortie enregistrée pour {0}.</source>
        <translation>Exit recorded for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="241"/>
        <source>Résultat de l&apos;immersion enregistré pour {0}.</source>
        <translation>Placement outcome saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="240"/>
        <source>Entretien enregistré pour {0}.</source>
        <translation>Interview saved for {0}.</translation>
    </message>
</context>
<context>
    <name>PathWords</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="240"/>
        <source>Projet professionnel</source>
        <translation>Career plan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="241"/>
        <source>Recherche d&apos;emploi</source>
        <translation>Job search</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="242"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="243"/>
        <source>Accès aux soins</source>
        <translation>Access to care</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="244"/>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="245"/>
        <source>Démarches</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="246"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="247"/>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="335"/>
        <source>CDI</source>
        <translation>permanent contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="336"/>
        <source>CDD de 6 mois ou plus</source>
        <translation>fixed-term contract of 6 months or more</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="337"/>
        <source>création d&apos;entreprise</source>
        <translation>business creation</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="338"/>
        <source>CDD de moins de 6 mois</source>
        <translation>fixed-term contract under 6 months</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="339"/>
        <source>intérim</source>
        <translation>temp work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="340"/>
        <source>contrat aidé</source>
        <translation>subsidised contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="341"/>
        <source>formation qualifiante</source>
        <translation>qualifying training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="342"/>
        <source>autre structure d&apos;insertion</source>
        <translation>another insertion structure</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="343"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="344"/>
        <source>sortie neutre</source>
        <translation>neutral exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="511"/>
        <source>Arrêt maladie</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="512"/>
        <source>Immersion en entreprise</source>
        <translation>Immersion in a company</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="513"/>
        <source>Période d&apos;essai ailleurs</source>
        <translation>Trial period elsewhere</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="514"/>
        <source>Autre motif</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="518"/>
        <source>Embauche dans une autre entreprise</source>
        <translation>Hired by another company</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="519"/>
        <source>Rupture d&apos;un commun accord</source>
        <translation>Ended by mutual agreement</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="520"/>
        <source>Pendant la période d&apos;essai</source>
        <translation>During the trial period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="521"/>
        <source>Inaptitude</source>
        <translation>Declared unfit for work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="522"/>
        <source>Faute grave</source>
        <translation>Serious misconduct</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="523"/>
        <source>Force majeure</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="524"/>
        <source>Autre cause</source>
        <translation>Other cause</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="247"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="247"/>
        <source>Fermer sans garder de photo</source>
        <translation>Close without keeping a photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="260"/>
        <source>La photo à garder</source>
        <translation>The photo to keep</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="265"/>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="268"/>
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="269"/>
        <source>Choisir une photo sur la clé USB ou dans Images</source>
        <translation>Choose a photo on the USB stick or in Pictures</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="271"/>
        <source>Caméra</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="271"/>
        <source>Revenir à l&apos;image de la caméra</source>
        <translation>Back to the camera&apos;s image</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="274"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="274"/>
        <source>Page précédente des photos</source>
        <translation>Previous page of photos</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="278"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="278"/>
        <source>Page suivante des photos</source>
        <translation>Next page of photos</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="280"/>
        <source>Une autre</source>
        <translation>Another one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="280"/>
        <source>Ne pas garder celle-ci, en prendre une autre</source>
        <translation>Do not keep this one, take another</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="283"/>
        <source>Garder la photo</source>
        <translation>Keep the photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="388"/>
        <source>Photo {0}, du {1}</source>
        <translation>Photo {0}, of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="397"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="401"/>
        <source>Code saisi</source>
        <translation>Code entered</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="409"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="409"/>
        <source>Effacer le dernier chiffre</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="413"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="413"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/touch.py" line="435"/>
        <source>Chiffre {0}</source>
        <translation>Digit {0}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="749"/>
        <source>État de l&apos;imprimante</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="751"/>
        <source>Avancement de l&apos;impression</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="753"/>
        <source>Arrêter l&apos;envoi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="756"/>
        <source>Travail</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="756"/>
        <source>Étiquette</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="756"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="756"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="757"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="757"/>
        <source>File d&apos;impression</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="763"/>
        <source>Relancer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="765"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="767"/>
        <source>Réimprimer : étiquette abîmée</source>
        <translation>Reprint: damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="768"/>
        <source>étiquette abîmée</source>
        <translation>damaged label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="769"/>
        <source>Réimprimer : illisible</source>
        <translation>Reprint: unreadable</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="770"/>
        <source>étiquette illisible au scanner</source>
        <translation>label unreadable by the scanner</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="776"/>
        <source>Suite d&apos;un travail interrompu</source>
        <translation>How to go on with an interrupted job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="779"/>
        <source>Reprendre à la première non envoyée</source>
        <translation>Resume at the first unsent one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="781"/>
        <source>Tout renvoyer : rien n&apos;est sorti</source>
        <translation>Resend all: nothing came out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="782"/>
        <source>rien n&apos;est sorti de l&apos;imprimante</source>
        <translation>nothing came out of the printer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="784"/>
        <source>Étiquettes à refaire, par ex. 2, 5-7</source>
        <translation>Labels to redo, e.g. 2, 5-7</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="785"/>
        <source>Numéros des étiquettes à refaire</source>
        <translation>Numbers of the labels to redo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="787"/>
        <source>Refaire ces étiquettes : abîmées ou manquantes</source>
        <translation>Redo these labels: damaged or missing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="790"/>
        <source>étiquettes abîmées ou manquantes</source>
        <translation>damaged or missing labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="791"/>
        <source>Fermer : décider plus tard</source>
        <translation>Close: decide later</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="791"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="797"/>
        <source>Dernière étiquette sortie : scannez-la ou tapez son numéro</source>
        <translation>Last label out: scan it or type its number</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="798"/>
        <source>Dernière étiquette sortie</source>
        <translation>Last label out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="801"/>
        <source>Reprendre après celle-ci</source>
        <translation>Go on after this one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="836"/>
        <source>Imprimante simulée</source>
        <translation>Simulated printer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="838"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="842"/>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="842"/>
        <source>envoi</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="842"/>
        <source>imprimée</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="843"/>
        <source>interrompue</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="843"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="846"/>
        <source>interrompu : {0}/{1} étiquettes</source>
        <translation>interrupted: {0}/{1} labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="859"/>
        <source>Touchez d&apos;abord un travail.</source>
        <translation>Tap a job first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="866"/>
        <source>« {0} » interrompu : {1} / {2} étiquettes envoyées. Comment continuer ?</source>
        <translation>“{0}” interrupted: {1} / {2} labels sent. How to go on?</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="870"/>
        <source>« {0} » interrompu : l&apos;imprimante avait reçu {1} / {2} étiquettes et a pu en sortir plus ou moins. Lisez la dernière étiquette sortie : scannez-la ou tapez son numéro.</source>
        <translation>“{0}” interrupted: the printer had received {1} / {2} labels and may have printed a few more or fewer. Read the last label out: scan it or type its number.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="873"/>
        <source>Reprendre à l&apos;étiquette {0}</source>
        <translation>Resume at label {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="893"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="907"/>
        <source>C&apos;est fait.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="942"/>
        <source>Touchez d&apos;abord une étiquette déjà imprimée.</source>
        <translation>Tap a label already printed first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="945"/>
        <source>Réimpression demandée (même SSCC) : {0}.</source>
        <translation>Reprint requested (same SSCC): {0}.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="105"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="105"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="116"/>
        <source>Taille des boutons</source>
        <translation>Button size</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="117"/>
        <source>{0} mm</source>
        <translation>{0} mm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="118"/>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="119"/>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="129"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="120"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="121"/>
        <source>Main dominante</source>
        <translation>Dominant hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="122"/>
        <source>Droite</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="122"/>
        <source>Gauche</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="124"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="125"/>
        <source>Du poste</source>
        <translation>Station default</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="127"/>
        <source>Son</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="128"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="130"/>
        <source>Mode calme (sans clignotement, sons doux)</source>
        <translation>Calm mode (no flashing, soft sounds)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="130"/>
        <source>Mode calme</source>
        <translation>Calm mode</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="131"/>
        <source>Activer en gardant le pointeur sur un bouton</source>
        <translation>Activate by resting the pointer on a button</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="131"/>
        <source>Activation par arrêt du pointeur</source>
        <translation>Dwell activation</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="133"/>
        <source>Temps d&apos;arrêt du pointeur</source>
        <translation>Dwell time</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="134"/>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="138"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="135"/>
        <source>Défilement automatique (un seul contacteur)</source>
        <translation>Automatic scanning (one switch)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="136"/>
        <source>Défilement automatique</source>
        <translation>Automatic scanning</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="137"/>
        <source>Temps de défilement</source>
        <translation>Scanning interval</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="155"/>
        <source>Précédents</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="155"/>
        <source>Réglages précédents</source>
        <translation>Previous settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="156"/>
        <source>Suivants</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="156"/>
        <source>Réglages suivants</source>
        <translation>Next settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="165"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="165"/>
        <source>Enregistrer mes réglages</source>
        <translation>Save my settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="168"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="168"/>
        <source>Annuler les changements</source>
        <translation>Cancel the changes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="170"/>
        <source>Réglages du poste</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="171"/>
        <source>Revenir aux réglages du poste</source>
        <translation>Go back to the station&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="192"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="202"/>
        <source>Réglages de {0}</source>
        <translation>Settings of {0}</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="83"/>
        <source>Tout appliquer</source>
        <translation>Apply all</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="85"/>
        <source>Arrêter la recherche</source>
        <translation>Stop searching</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="87"/>
        <source>Proposer à nouveau</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="97"/>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="114"/>
        <source>Recherche d&apos;une proposition…</source>
        <translation>Looking for a proposal…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="134"/>
        <source>Pas de proposition.</source>
        <translation>No proposal.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="149"/>
        <source>Première proposition (règles respectées) — amélioration en cours…</source>
        <translation>First proposal (rules kept) — improving…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="147"/>
        <source>Meilleure proposition possible (prouvée).</source>
        <translation>Best possible proposal (proven).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="151"/>
        <source>Proposition améliorée — recherche en cours…</source>
        <translation>Improved proposal — still searching…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="153"/>
        <source>écart à la borne {0:.1f} %</source>
        <translation>gap to the bound {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="154"/>
        <source>écart à la borne inconnu</source>
        <translation>gap to the bound unknown</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="155"/>
        <source>Proposition améliorée — {0} — recherche en cours…</source>
        <translation>Improved proposal — {0} — still searching…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="156"/>
        <source>Proposition retenue — {0}.</source>
        <translation>Proposal kept — {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="158"/>
        <source>{0} : {1:.0f}/h</source>
        <translation>{0}: {1:.0f}/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="159"/>
        <source>Cadence prévue (1re période) : {0}</source>
        <translation>Planned pace (1st period): {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="171"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="171"/>
        <source>Maintenant</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="171"/>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="172"/>
        <source>Période {0}</source>
        <translation>Period {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="179"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="190"/>
        <source>{0} change : {1} vers {2}</source>
        <translation>{0} changes: {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="191"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="197"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="197"/>
        <source>Appliquer le changement de {0}</source>
        <translation>Apply the change for {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="203"/>
        <source>📌 Gardé·e</source>
        <translation>📌 Kept</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="203"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="204"/>
        <source>Garder {0} sur sa tâche</source>
        <translation>Keep {0} on their task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/proposal.py" line="240"/>
        <source>Changements appliqués.</source>
        <translation>Changes applied.</translation>
    </message>
</context>
<context>
    <name>QtCamera</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="93"/>
        <source>Image de la caméra</source>
        <translation>The camera&apos;s image</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="51"/>
        <source>kits à contrôler</source>
        <translation>kits to check</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="55"/>
        <source>Touchez chaque point vérifié, puis « Bon » ou « À reprendre ».</source>
        <translation>Tap each point checked, then “Good” or “To rework”.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="62"/>
        <source>points du contrôle</source>
        <translation>points of the check</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="64"/>
        <source>Bon</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="64"/>
        <source>Le kit est bon</source>
        <translation>The kit is good</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="65"/>
        <source>À reprendre</source>
        <translation>To rework</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="65"/>
        <source>Le kit est à reprendre</source>
        <translation>The kit is to rework</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="66"/>
        <source>Repris</source>
        <translation>Reworked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="66"/>
        <source>Le kit à reprendre a été repris</source>
        <translation>The kit to rework has been reworked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="70"/>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="191"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="70"/>
        <source>Prendre une photo du kit</source>
        <translation>Take a photo of the kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="115"/>
        <source>À reprendre : {0}</source>
        <translation>To rework: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="180"/>
        <source>{0} : vérifié</source>
        <translation>{0}: checked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="181"/>
        <source>{0} : pas encore vérifié</source>
        <translation>{0}: not checked yet</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="187"/>
        <source>Photo ({0})</source>
        <translation>Photo ({0})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="189"/>
        <source>Photo demandée</source>
        <translation>Photo required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="195"/>
        <source>Photo {0} du kit</source>
        <translation>Photo {0} of the kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="199"/>
        <source>photo {0} introuvable</source>
        <translation>photo {0} not found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="208"/>
        <source>Photo du kit : {0}</source>
        <translation>Photo of the kit: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/board/quality_panel.py" line="230"/>
        <source>Tous les points doivent être vérifiés pour dire « Bon ».</source>
        <translation>Every point must be checked to say “Good”.</translation>
    </message>
</context>
<context>
    <name>RatePage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="47"/>
        <source>Coûts</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="47"/>
        <source>Retour aux coûts sans enregistrer</source>
        <translation>Back to costs without saving</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="49"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="49"/>
        <source>Enregistrer ce tarif</source>
        <translation>Save this rate</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="53"/>
        <source>Au kit</source>
        <translation>Per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="53"/>
        <source>Facturer un prix par kit terminé</source>
        <translation>Invoice a price per finished kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="55"/>
        <source>À l&apos;heure</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="55"/>
        <source>Facturer un prix par heure de travail</source>
        <translation>Invoice a price per hour of work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="61"/>
        <source>Facturé :</source>
        <translation>Invoiced:</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="72"/>
        <source>Frais de mise en route par commande</source>
        <translation>Set-up fee per order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="73"/>
        <source>Temps standard par kit, au devis</source>
        <translation>Standard time per kit, as quoted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="78"/>
        <source>Modifier</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="87"/>
        <source>Temps standard par kit (secondes)</source>
        <translation>Standard time per kit (seconds)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="134"/>
        <source>Prix de l&apos;heure de travail</source>
        <translation>Price per hour of work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="134"/>
        <source>Prix par kit terminé</source>
        <translation>Price per finished kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="139"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="143"/>
        <source>Modifier : {0}</source>
        <translation>Change: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="146"/>
        <source>{0} €</source>
        <translation>€{0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/rates.py" line="161"/>
        <source> (€)</source>
        <translation> (€)</translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="34"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="34"/>
        <source>Retour à la page d&apos;avant</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="35"/>
        <source>Rapport PDF et CSV</source>
        <translation>PDF and CSV report</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="36"/>
        <source>Écrire le rapport de rappel pour le client, en PDF et en CSV</source>
        <translation>Write the recall report for the customer, as PDF and CSV</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="40"/>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="64"/>
        <source>Où est allé le lot</source>
        <translation>Where the lot went</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="40"/>
        <source>Trace du lot</source>
        <translation>Trace of the lot</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/recall.py" line="77"/>
        <source>Ce que contient le carton</source>
        <translation>What the carton holds</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="494"/>
        <source>Scannez l&apos;emplacement de réception, puis chaque article (GS1-128 fournisseur ou EAN).</source>
        <translation>Scan the receiving location, then each item (supplier GS1-128 or EAN).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="495"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="496"/>
        <source>Réceptions de cette session</source>
        <translation>Receipts of this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="500"/>
        <source>Le prochain article compte {0}</source>
        <translation>The next item counts {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="505"/>
        <source>Quantité du prochain article</source>
        <translation>Quantity of the next item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="507"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="507"/>
        <source>Taper la quantité du prochain article</source>
        <translation>Type the quantity of the next item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="513"/>
        <source>Abîmé</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="514"/>
        <source>Le prochain article est abîmé : refusé, noté sur l&apos;avis</source>
        <translation>The next article is damaged: refused, noted on the notice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="522"/>
        <source>Créer l&apos;article</source>
        <translation>Create the article</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="523"/>
        <source>Créer l&apos;article inconnu qui vient d&apos;être scanné</source>
        <translation>Create the unknown article just scanned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="529"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="529"/>
        <source>Photographier l&apos;article refusé abîmé</source>
        <translation>Photograph the article refused as damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="532"/>
        <source>Photo de l&apos;article refusé abîmé</source>
        <translation>Photo of the article refused as damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="539"/>
        <source>Réceptions annoncées</source>
        <translation>Announced deliveries</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="540"/>
        <source>Annuler la dernière</source>
        <translation>Undo the last</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="541"/>
        <source>Annuler la dernière réception de cette session</source>
        <translation>Undo the last receipt of this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="543"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="633"/>
        <source>Clore l&apos;avis</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="544"/>
        <source>Clore l&apos;avis de réception : écarts enregistrés, le reste attendu</source>
        <translation>Close the receiving notice: differences recorded, the rest still expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="562"/>
        <source>Le prochain article scanné est noté abîmé et refusé.</source>
        <translation>The next article scanned is noted damaged and refused.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="608"/>
        <source>Quantité {0} pour le prochain article</source>
        <translation>Quantity {0} for the next item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="612"/>
        <source>{0} — abîmé, refusé</source>
        <translation>{0} — damaged, refused</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="617"/>
        <source>Aucune réception annoncée en attente.</source>
        <translation>No announced delivery waiting.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="632"/>
        <source>Clore l&apos;avis {0}</source>
        <translation>Close notice {0}</translation>
    </message>
</context>
<context>
    <name>RenewalForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="459"/>
        <source>Enregistrer le renouvellement</source>
        <translation>Save the renewal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="460"/>
        <source>Début du renouvellement</source>
        <translation>Start of the renewal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="461"/>
        <source>{0} mois</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="463"/>
        <source>{0} h / sem.</source>
        <translation>{0} h / wk</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="469"/>
        <source>Renouvellement du contrat de {0}</source>
        <translation>Renewal of {0}&apos;s contract</translation>
    </message>
</context>
<context>
    <name>RestrictionEditor</name>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="117"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="118"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="134"/>
        <source>Charge maximale</source>
        <translation>Maximum load</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="119"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="134"/>
        <source>Mains</source>
        <translation>Hands</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="119"/>
        <source>Deux mains</source>
        <translation>Both hands</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="119"/>
        <source>Main gauche</source>
        <translation>Left hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="120"/>
        <source>Main droite</source>
        <translation>Right hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="121"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="135"/>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="121"/>
        <source>Indifférente</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="121"/>
        <source>Assis</source>
        <translation>Seated</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="122"/>
        <source>Debout</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="123"/>
        <source>Bras au-dessus des épaules</source>
        <translation>Arms above the shoulders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="123"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="124"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="125"/>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="136"/>
        <source>Gestes fins</source>
        <translation>Fine movements</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="125"/>
        <source>Normaux</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="125"/>
        <source>Limités</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="126"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="127"/>
        <source>Gestes par minute</source>
        <translation>Movements per minute</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="128"/>
        <source>Minutes d&apos;affilée sur tâche répétitive</source>
        <translation>Continuous minutes on a repetitive task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="129"/>
        <source>Valable à partir du</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="130"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="130"/>
        <source>sans fin</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="135"/>
        <source>Bras levés</source>
        <translation>Arms raised</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="137"/>
        <source>Gestes / min</source>
        <translation>Movements / min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="137"/>
        <source>Minutes d&apos;affilée</source>
        <translation>Continuous minutes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="138"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="138"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="147"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="147"/>
        <source>Restrictions : page précédente</source>
        <translation>Restrictions: previous page</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="149"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="149"/>
        <source>Restrictions : page suivante</source>
        <translation>Restrictions: next page</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="153"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="155"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="173"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/restriction_editor.py" line="180"/>
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
    <name>Section</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="84"/>
        <source>{0} : voir les {1} lignes</source>
        <translation>{0}: see all {1} lines</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="153"/>
        <source>… et {0} de plus : tout voir</source>
        <translation>… and {0} more: see all</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="172"/>
        <source>Lignes de la section</source>
        <translation>Lines of the section</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="173"/>
        <source>lignes de la section</source>
        <translation>lines of the section</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_page.py" line="174"/>
        <source>Retour au parcours</source>
        <translation>Back to the path</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="123"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="123"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="127"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="123"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="123"/>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="124"/>
        <source>Commandes prêtes à expédier</source>
        <translation>Orders ready to ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="127"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="127"/>
        <source>Unités</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="127"/>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="128"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="191"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="211"/>
        <source>Expéditions</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="128"/>
        <source>Étiq.</source>
        <translation>Lab.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="129"/>
        <source>Référence de l&apos;expédition</source>
        <translation>Shipment reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="129"/>
        <source>Unités étiquetées</source>
        <translation>Units labelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="134"/>
        <source>Créer l&apos;expédition</source>
        <translation>Create the shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="136"/>
        <source>Six articles de moins</source>
        <translation>Six items fewer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="138"/>
        <source>Six articles de plus</source>
        <translation>Six items more</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="143"/>
        <source>Ajouter un carton</source>
        <translation>Add a carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="145"/>
        <source>Imprimer les étiquettes</source>
        <translation>Print the labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="148"/>
        <source>Expédier</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="153"/>
        <source>Étiquette</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="153"/>
        <source>Carton</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="154"/>
        <source>Unités de l&apos;expédition et leur étiquette</source>
        <translation>The shipment&apos;s units and their labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="157"/>
        <source>Expédier quand même</source>
        <translation>Ship anyway</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="158"/>
        <source>Expédier sans toutes les étiquettes imprimées</source>
        <translation>Ship without every label printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="164"/>
        <source>Pourquoi expédier sans toutes les étiquettes ?</source>
        <translation>Why ship without every label?</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="169"/>
        <source>Motif : {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="173"/>
        <source>Ne pas expédier</source>
        <translation>Do not ship</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="178"/>
        <source>Aperçu de l&apos;étiquette</source>
        <translation>Label preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="190"/>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="200"/>
        <source>Commandes prêtes</source>
        <translation>Ready orders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="224"/>
        <source>Articles par carton</source>
        <translation>Items per carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="226"/>
        <source>Taper le nombre d&apos;articles par carton</source>
        <translation>Type the number of items per carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="289"/>
        <source>⏳ en attente</source>
        <translation>⏳ waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="289"/>
        <source>✔ imprimée</source>
        <translation>✔ printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="290"/>
        <source>✖ échec</source>
        <translation>✖ failed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="293"/>
        <source>pas encore envoyée</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="311"/>
        <source>Touchez d&apos;abord une commande prête.</source>
        <translation>Tap a ready order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="318"/>
        <source>Expédition {0} créée pour {1}.</source>
        <translation>Shipment {0} created for {1}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="323"/>
        <source>Touchez d&apos;abord une expédition créée depuis une commande.</source>
        <translation>Tap a shipment created from an order first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="327"/>
        <source>La commande {0} n&apos;a plus de produit fini en stock.</source>
        <translation>Order {0} has no finished product in stock any more.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="336"/>
        <source>Carton ajouté : SSCC {0}.</source>
        <translation>Carton added: SSCC {0}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="359"/>
        <source>Rien à imprimer : ajoutez d&apos;abord un carton.</source>
        <translation>Nothing to print: add a carton first.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="375"/>
        <source>Touchez d&apos;abord une expédition.</source>
        <translation>Tap a shipment first.</translation>
    </message>
</context>
<context>
    <name>SimulatedCamera</name>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="147"/>
        <source>Image de la caméra simulée</source>
        <translation>The simulated camera&apos;s image</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/widgets/photo_capture.py" line="164"/>
        <source>CAMÉRA SIMULÉE</source>
        <translation>SIMULATED CAMERA</translation>
    </message>
</context>
<context>
    <name>SimulatedScannerPanel</name>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="31"/>
        <source>Scanner simulé (démonstration) — touchez un code pour le scanner</source>
        <translation>Simulated scanner (demo) — tap a code to scan it</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="35"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="35"/>
        <source>Codes du scanner simulé</source>
        <translation>Simulated scanner codes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sim_panel.py" line="41"/>
        <source>Scanner simulé : {0}</source>
        <translation>Simulated scanner: {0}</translation>
    </message>
</context>
<context>
    <name>StationScreen</name>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="108"/>
        <source>Alerte de stock</source>
        <translation>Stock alert</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="121"/>
        <source>Avancement de la commande</source>
        <translation>Order progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="132"/>
        <source>Stock disponible au poste</source>
        <translation>Stock available at the station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="178"/>
        <source>Dernier message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="185"/>
        <source>Annuler le dernier scan</source>
        <translation>Undo last scan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="187"/>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="330"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="187"/>
        <source>Pause ou reprise</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="189"/>
        <source>Appeler de l&apos;aide</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="191"/>
        <source>Manquant : vide</source>
        <translation>Missing: empty</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="191"/>
        <source>Manquant : emplacement vide</source>
        <translation>Missing: empty location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="194"/>
        <source>Manquant : abîmé</source>
        <translation>Missing: damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="194"/>
        <source>Manquant : article abîmé</source>
        <translation>Missing: damaged item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="204"/>
        <source>Kit terminé</source>
        <translation>Kit done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="218"/>
        <source>Mon parcours</source>
        <translation>My path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="250"/>
        <source>Scannez le bon article pour continuer, ou touchez l&apos;écran.</source>
        <translation>Scan the right item to go on, or tap the screen.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="252"/>
        <source>Rien n&apos;a été enregistré. Appelez votre chef d&apos;équipe.</source>
        <translation>Nothing was saved. Call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="253"/>
        <source>REFUSÉ</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="262"/>
        <source>KIT TERMINÉ</source>
        <translation>KIT DONE</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="262"/>
        <source>Commencez le kit suivant.</source>
        <translation>Start the next kit.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="300"/>
        <source>⚠ Scanner déconnecté — rebranchez-le : il se reconnecte tout seul.</source>
        <translation>⚠ Scanner disconnected — plug it back in: it reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="338"/>
        <source>× {0}</source>
        <translation>× {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="330"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="345"/>
        <source>Photo de l&apos;article</source>
        <translation>Photo of the item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="346"/>
        <source>Pictogramme de l&apos;étape</source>
        <translation>Pictogram of the step</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="410"/>
        <source>{0:.0f} kits/h en ce moment</source>
        <translation>{0:.0f} kits/h right now</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="412"/>
        <source>votre moyenne : {0:.0f}/h</source>
        <translation>your average: {0:.0f}/h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/station/station_screen.py" line="414"/>
        <source>repère : {0:.0f}/h</source>
        <translation>reference: {0:.0f}/h</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="63"/>
        <source>{0} : moins</source>
        <translation>{0}: less</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/profile_editor.py" line="64"/>
        <source>{0} : plus</source>
        <translation>{0}: more</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="398"/>
        <source>Aperçu du code-barres de l&apos;article</source>
        <translation>Item barcode preview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="399"/>
        <source>Touchez une ligne : son historique et son étiquette article s&apos;affichent.</source>
        <translation>Touch a line: its history and its product label show.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="401"/>
        <source>Imprimer l&apos;étiquette</source>
        <translation>Print the label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="401"/>
        <source>Imprimer l&apos;étiquette article</source>
        <translation>Print the item label</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="405"/>
        <source>Importer / exporter</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="406"/>
        <source>Importer un fichier ou exporter le stock</source>
        <translation>Import a file or export the stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="412"/>
        <source>Coûts</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="412"/>
        <source>Coûts et revenus des commandes, factures</source>
        <translation>Costs and revenue of the orders, invoices</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="417"/>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="417"/>
        <source>Lots en stock et leur péremption</source>
        <translation>Lots in stock and their expiry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/shipping/console.py" line="441"/>
        <source>Étiquette de {0} — {1}</source>
        <translation>Label of {0} — {1}</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="41"/>
        <source>Rechercher un article, un GTIN ou un emplacement…</source>
        <translation>Search an item, a GTIN or a location…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="42"/>
        <source>Recherche dans le stock</source>
        <translation>Stock search</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="46"/>
        <source>Nombre de lignes de stock</source>
        <translation>Number of stock lines</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="53"/>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="54"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="55"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="56"/>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="72"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="57"/>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="73"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="63"/>
        <source>Stock par article et emplacement</source>
        <translation>Stock by item and location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="38"/>
        <source>Touchez une ligne pour voir l&apos;historique de l&apos;article.</source>
        <translation>Tap a line to see the item&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="70"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="71"/>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="74"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="75"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="81"/>
        <source>Historique des mouvements</source>
        <translation>Movement history</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="84"/>
        <source>Clavier à l&apos;écran pour la recherche</source>
        <translation>On-screen keyboard for the search</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/stock/stock_view.py" line="137"/>
        <source>En-têtes : {0}</source>
        <translation>Headers: {0}</translation>
    </message>
</context>
<context>
    <name>SuspensionForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="485"/>
        <source>Enregistrer la suspension</source>
        <translation>Save the suspension</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="485"/>
        <source>Premier jour</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="491"/>
        <source>{0} jours</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="496"/>
        <source>Suspension du contrat de {0} : le motif, le premier jour, la durée</source>
        <translation>Suspension of {0}&apos;s contract: the reason, the first day, the length</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="503"/>
        <source>Touchez d&apos;abord le motif de la suspension.</source>
        <translation>First tap the reason for the suspension.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="47"/>
        <source>État de la synchronisation</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="65"/>
        <source>Reçu de la centrale : {0}</source>
        <translation>Received from central: {0}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="66"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="68"/>
        <source>Hors ligne · {0} en attente — le travail continue</source>
        <translation>Offline · {0} waiting — work goes on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/sync_status.py" line="70"/>
        <source>Synchro {0} · {1} en attente</source>
        <translation>Synced {0} · {1} waiting</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="419"/>
        <source>Enregistrer la formation</source>
        <translation>Save the training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="419"/>
        <source>Premier jour</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="421"/>
        <source>Intitulé de la formation</source>
        <translation>Title of the training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="424"/>
        <source>Titre professionnel</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="426"/>
        <source>Sans certification</source>
        <translation>No certification</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="429"/>
        <source>Heures prévues</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="429"/>
        <source>Taper le nombre d&apos;heures prévues</source>
        <translation>Type the number of planned hours</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="430"/>
        <source>{0} h prévues</source>
        <translation>{0} h planned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="441"/>
        <source>Formation de {0} : l&apos;intitulé, la certification, les heures</source>
        <translation>Training for {0}: the title, the certification, the hours</translation>
    </message>
</context>
<context>
    <name>TrainingProgressForm</name>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="569"/>
        <source>Heures faites</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="569"/>
        <source>Taper le nombre d&apos;heures faites</source>
        <translation>Type the number of hours done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="572"/>
        <source>Certification obtenue</source>
        <translation>Certification obtained</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="576"/>
        <source>Jour de l&apos;obtention</source>
        <translation>Day obtained</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="580"/>
        <source>Enregistrer l&apos;avancement</source>
        <translation>Save the progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="586"/>
        <source>{0} h faites</source>
        <translation>{0} h done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="587"/>
        <source>{0} h faites sur {1} h</source>
        <translation>{0} h done of {1} h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="596"/>
        <source>Avancement de la formation de {0}</source>
        <translation>{0}&apos;s training progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/insertion/path_forms.py" line="627"/>
        <source>Touchez d&apos;abord la formation.</source>
        <translation>First tap the training.</translation>
    </message>
</context>
<context>
    <name>WorkersHome</name>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="68"/>
        <source>Personnes accompagnées et restrictions fonctionnelles</source>
        <translation>Supported workers and functional restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="71"/>
        <source>Seules des restrictions fonctionnelles sont enregistrées, jamais de diagnostic.</source>
        <translation>Only functional restrictions are recorded, never a diagnosis.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="81"/>
        <source>Modifier les restrictions de la personne choisie</source>
        <translation>Change the chosen person’s restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="113"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="77"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="77"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="77"/>
        <source>Début de contrat</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="77"/>
        <source>Fin de contrat</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="78"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="79"/>
        <source>Personnes et restrictions</source>
        <translation>Workers and restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="86"/>
        <source>Réglages d&apos;accessibilité de la personne choisie</source>
        <translation>Accessibility settings of the chosen person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="126"/>
        <source>Touchez d&apos;abord une personne dans la liste.</source>
        <translation>First tap a person in the list.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/ui/home.py" line="141"/>
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
        <source>{item} × {quantity}</source>
        <comment>station.pick_at_location_item</comment>
        <translation>{item} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="78"/>
        <source>{item} — lot {lot}</source>
        <comment>station.pick_item_lot</comment>
        <translation>{item} — lot {lot}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="79"/>
        <source>scannez d&apos;abord l&apos;emplacement où vous prélevez</source>
        <comment>station.pick_scan_location_first</comment>
        <translation>first scan the location you pick from</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="81"/>
        <source>« {item} » n&apos;est pas à prélever en {location}</source>
        <comment>station.pick_not_here</comment>
        <translation>“{item}” is not to be picked at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="82"/>
        <source>trop de « {item} » : {quantity} &gt; {left, plural, one {# restant} other {# restants}}</source>
        <comment>station.pick_too_many</comment>
        <translation>too many “{item}”: {quantity} &gt; {left, plural, one {# left} other {# left}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="83"/>
        <source>Prélevé : {item} {picked}/{needed} en {location}</source>
        <comment>station.picked</comment>
        <translation>Picked: {item} {picked}/{needed} at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="84"/>
        <source>Prélevé : {item} {picked}/{needed} en {location} — liste terminée : scannez VALIDER</source>
        <comment>station.picked_list_done</comment>
        <translation>Picked: {item} {picked}/{needed} at {location} — list done: scan VALIDER (validate)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="86"/>
        <source>Dernier prélèvement annulé : {item} (−{quantity}), à remettre en {location}</source>
        <comment>station.undone_pick</comment>
        <translation>Last pick undone: {item} (−{quantity}), put it back at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="88"/>
        <source>Manquant annulé : {item} en {location}, la ligne est de nouveau à prélever</source>
        <comment>station.undone_short</comment>
        <translation>Shortage undone: {item} at {location}, the line is to be picked again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="90"/>
        <source>MANQUANT sert à la préparation, pas à l&apos;assemblage</source>
        <comment>station.short_only_picking</comment>
        <translation>MANQUANT (missing) is for picking, not for assembly</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="91"/>
        <source>scannez d&apos;abord l&apos;emplacement de la ligne manquante</source>
        <comment>station.short_scan_location</comment>
        <translation>first scan the location of the missing line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="93"/>
        <source>Manquant enregistré : {item}, {quantity} en {location} ({reason})</source>
        <comment>station.short_recorded</comment>
        <translation>Shortage recorded: {item}, {quantity} at {location} ({reason})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="95"/>
        <source>emplacement vide</source>
        <comment>station.short_reason.VIDE</comment>
        <translation>empty location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="96"/>
        <source>article abîmé</source>
        <comment>station.short_reason.ABIME</comment>
        <translation>damaged item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="97"/>
        <source>autre raison</source>
        <comment>station.short_reason.AUTRE</comment>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="98"/>
        <source>{left, plural, one {il reste # ligne à prélever} other {il reste # lignes à prélever}}</source>
        <comment>station.pick_lines_left</comment>
        <translation>{left, plural, one {# line left to pick} other {# lines left to pick}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="100"/>
        <source>Liste terminée — le poste est approvisionné, rien d&apos;autre à prélever</source>
        <comment>station.pick_list_done_none</comment>
        <translation>List done — the station is supplied, nothing else to pick</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="102"/>
        <source>Liste terminée — nouvelle liste : {lines, plural, one {# ligne} other {# lignes}}</source>
        <comment>station.pick_list_next</comment>
        <translation>List done — new list: {lines, plural, one {# line} other {# lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="106"/>
        <source>{kit} — commande {order}</source>
        <comment>station.view.order</comment>
        <translation>{kit} — order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="107"/>
        <source>Aucune tâche affectée à ce poste : appelez votre chef d&apos;équipe.</source>
        <comment>station.view.no_task</comment>
        <translation>No task assigned to this station: call your team lead.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="108"/>
        <source>{done} / {ordered} kits</source>
        <comment>station.view.progress</comment>
        <translation>{done} / {ordered} kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="109"/>
        <source>Étape {number} sur {steps}</source>
        <comment>station.view.step</comment>
        <translation>Step {number} of {steps}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="110"/>
        <source>Ligne {number} sur {lines} — emplacement {location}</source>
        <comment>station.view.line</comment>
        <translation>Line {number} of {lines} — location {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="111"/>
        <source>Ligne {number} sur {lines} — de {location} vers {target}</source>
        <comment>station.view.line_to</comment>
        <translation>Line {number} of {lines} — from {location} to {target}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="112"/>
        <source>Préparation</source>
        <comment>station.view.picking</comment>
        <translation>Picking</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="113"/>
        <source>Liste terminée</source>
        <comment>station.view.list_done</comment>
        <translation>List done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="114"/>
        <source>Scannez VALIDER pour la liste suivante.</source>
        <comment>station.view.list_done_hint</comment>
        <translation>Scan VALIDER (validate) for the next list.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="115"/>
        <source>Prélevez en {location} et scannez chaque article.</source>
        <comment>station.view.pick_here</comment>
        <translation>Pick at {location} and scan each item.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="116"/>
        <source>Allez en {location} et scannez l&apos;emplacement.</source>
        <comment>station.view.go_to</comment>
        <translation>Go to {location} and scan the location.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="117"/>
        <source>{number}. {item} ({scanned}/{needed})</source>
        <comment>station.view.kit_row</comment>
        <translation>{number}. {item} ({scanned}/{needed})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="118"/>
        <source>{location} · {item} ({picked}/{needed})</source>
        <comment>station.view.pick_row</comment>
        <translation>{location} · {item} ({picked}/{needed})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="119"/>
        <source>{location} · {item} ({picked}/{needed}) — manquant {short}</source>
        <comment>station.view.pick_row_short</comment>
        <translation>{location} · {item} ({picked}/{needed}) — missing {short}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="121"/>
        <source>En pause — scannez REPRISE ou touchez « Reprendre ».</source>
        <comment>station.view.paused</comment>
        <translation>Paused — scan REPRISE (resume) or tap “Resume”.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="122"/>
        <source>{covers, plural, one {Stock ici : de quoi faire # kit} other {Stock ici : de quoi faire # kits}} · {remaining, plural, one {# restant} other {# restants}} pour la commande</source>
        <comment>station.view.covers</comment>
        <translation>{covers, plural, one {Stock here: enough for # kit} other {Stock here: enough for # kits}} · {remaining, plural, one {# left} other {# left}} for the order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="125"/>
        <source>manquant</source>
        <comment>station.view.short_state</comment>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="126"/>
        <source>{station} : {covers, plural, one {de quoi faire # kit} other {de quoi faire # kits}} avec le stock sur place, {remaining, plural, one {# restant} other {# restants}} pour la commande</source>
        <comment>station.assign_cover</comment>
        <translation>{station}: {covers, plural, one {enough for # kit} other {enough for # kits}} with the stock on hand, {remaining, plural, one {# left} other {# left}} for the order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="129"/>
        <source>{n, plural, one {# kit fait} other {# kits faits}} pendant cette session</source>
        <comment>station.session_kits</comment>
        <translation>{n, plural, one {# kit} other {# kits}} done this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/station.py" line="131"/>
        <source>Bonjour {worker}.</source>
        <comment>station.hello_short</comment>
        <translation>Hello {worker}.</translation>
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
        <source>Inventaire de {location} validé : {n, plural, =0 {aucun écart} one {# écart ajusté} other {# écarts ajustés}} ({reason}).</source>
        <comment>stock.count_validated</comment>
        <translation>Count of {location} confirmed: {n, plural, =0 {no difference} one {# difference adjusted} other {# differences adjusted}} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="14"/>
        <source>Historique de {sku} — {name} ({n, plural, one {# mouvement} other {# mouvements}})</source>
        <comment>stock.history_title</comment>
        <translation>History of {sku} — {name} ({n, plural, one {# movement} other {# movements}})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="16"/>
        <source>{n, plural, one {# ligne} other {# lignes}}</source>
        <comment>stock.rows_shown</comment>
        <translation>{n, plural, one {# line} other {# lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="17"/>
        <source>Comptage de {location} commencé : scannez chaque article</source>
        <comment>stock.count_started</comment>
        <translation>Count of {location} started: scan each item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="19"/>
        <source>{location} : {items}</source>
        <comment>stock.discrepancy_group</comment>
        <translation>{location}: {items}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="20"/>
        <source>{product} ×{quantity} ({kind})</source>
        <comment>stock.discrepancy_item</comment>
        <translation>{product} ×{quantity} ({kind})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="23"/>
        <source>réception</source>
        <comment>stock.kind.receipt</comment>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="24"/>
        <source>prélèvement</source>
        <comment>stock.kind.pick</comment>
        <translation>pick</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="25"/>
        <source>consommation</source>
        <comment>stock.kind.consume</comment>
        <translation>consumption</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="26"/>
        <source>production</source>
        <comment>stock.kind.produce</comment>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="27"/>
        <source>ajustement</source>
        <comment>stock.kind.adjust</comment>
        <translation>adjustment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="28"/>
        <source>expédition</source>
        <comment>stock.kind.ship</comment>
        <translation>shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="31"/>
        <source>mouvement sans clé d&apos;idempotence</source>
        <comment>stock.no_key</comment>
        <translation>movement without an idempotency key</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="32"/>
        <source>mouvement vide</source>
        <comment>stock.empty_posting</comment>
        <translation>empty movement</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="33"/>
        <source>quantité nulle ou non entière refusée</source>
        <comment>stock.bad_quantity</comment>
        <translation>zero or non-integer quantity refused</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="34"/>
        <source>un mouvement « {kind} » ne peut pas être une entrée de stock</source>
        <comment>stock.not_an_entry</comment>
        <translation>a “{kind}” movement cannot put stock in</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="35"/>
        <source>un mouvement « {kind} » ne peut pas être une sortie de stock</source>
        <comment>stock.not_an_exit</comment>
        <translation>a “{kind}” movement cannot take stock out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="36"/>
        <source>un ajustement sous zéro exige un motif</source>
        <comment>stock.below_zero_needs_reason</comment>
        <translation>an adjustment below zero needs a reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="37"/>
        <source>seul un ajustement peut passer le stock sous zéro</source>
        <comment>stock.only_adjust_below_zero</comment>
        <translation>only an adjustment can take stock below zero</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="39"/>
        <source>stock insuffisant : {product} ({sku}) en {location} — {on_hand} en stock, {wanted} demandé. Rien n&apos;a été enregistré.</source>
        <comment>stock.insufficient</comment>
        <translation>not enough stock: {product} ({sku}) at {location} — {on_hand} in stock, {wanted} asked. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="41"/>
        <source>article inconnu ({id})</source>
        <comment>stock.unknown_product_id</comment>
        <translation>unknown product ({id})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="42"/>
        <source>emplacement inconnu ({id})</source>
        <comment>stock.unknown_location_id</comment>
        <translation>unknown location ({id})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="43"/>
        <source>article inconnu : « {sku} »</source>
        <comment>stock.unknown_product</comment>
        <translation>unknown product: “{sku}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="44"/>
        <source>emplacement inconnu : « {code} »</source>
        <comment>stock.unknown_location</comment>
        <translation>unknown location: “{code}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="45"/>
        <source>une réception doit avoir une quantité positive</source>
        <comment>stock.receipt_positive</comment>
        <translation>a receipt needs a positive quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="46"/>
        <source>un ajustement exige un motif</source>
        <comment>stock.adjust_needs_reason</comment>
        <translation>an adjustment needs a reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="47"/>
        <source>stock {sku} en {location} : cache {cached} ≠ registre {ledger}</source>
        <comment>stock.cache_mismatch</comment>
        <translation>stock {sku} at {location}: cache {cached} ≠ ledger {ledger}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="49"/>
        <source>{n, plural, one {# ligne du cache de stock avec un code article ou emplacement périmé} other {# lignes du cache de stock avec un code article ou emplacement périmé}}</source>
        <comment>stock.stale_sort_keys</comment>
        <translation>{n, plural, one {# stock cache line with an outdated product or location code} other {# stock cache lines with an outdated product or location code}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/stock.py" line="52"/>
        <source>{sku} en {location} : {quantity}</source>
        <comment>stock.negative</comment>
        <translation>{sku} at {location}: {quantity}</translation>
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
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="20"/>
        <source>chef d&apos;équipe</source>
        <comment>auth.role.team_lead</comment>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="21"/>
        <source>responsable logistique</source>
        <comment>auth.role.logistics_manager</comment>
        <translation>logistics manager</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="22"/>
        <source>conseillère ou conseiller en insertion</source>
        <comment>auth.role.insertion_counsellor</comment>
        <translation>insertion counsellor</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="24"/>
        <source>administrateur</source>
        <comment>auth.role.admin</comment>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="26"/>
        <source>lecture des restrictions</source>
        <comment>auth.what.read_restrictions</comment>
        <translation>reading restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="27"/>
        <source>modification des restrictions</source>
        <comment>auth.what.edit_restrictions</comment>
        <translation>changing restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="28"/>
        <source>changement de code</source>
        <comment>auth.what.change_pin</comment>
        <translation>changing a PIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="29"/>
        <source>gestion des utilisateurs</source>
        <comment>auth.what.manage_users</comment>
        <translation>user management</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="32"/>
        <source>identifiant « {username} » refusé : de 1 à 64 caractères, sans espace</source>
        <comment>auth.bad_username</comment>
        <translation>user name “{username}” refused: 1 to 64 characters, no space</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="34"/>
        <source>le nom affiché est vide ou trop long (200 caractères au plus)</source>
        <comment>auth.bad_display_name</comment>
        <translation>the display name is empty or too long (200 characters at most)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="36"/>
        <source>l&apos;identifiant « {username} » existe déjà</source>
        <comment>auth.user_exists</comment>
        <translation>the user name “{username}” already exists</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="37"/>
        <source>le badge « {badge} » est déjà celui de quelqu&apos;un</source>
        <comment>auth.badge_taken</comment>
        <translation>the badge “{badge}” already belongs to someone</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="38"/>
        <source>c&apos;est le dernier administrateur actif : ajoutez-en un autre avant</source>
        <comment>auth.last_admin</comment>
        <translation>this is the last active administrator: add another one first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="42"/>
        <source>Code accepté, mais trop court pour votre rôle : choisissez un nouveau code d&apos;au moins {shortest} chiffres.</source>
        <comment>auth.pin_must_change</comment>
        <translation>Code accepted, but too short for your role: choose a new code of at least {shortest} digits.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="44"/>
        <source>Tapez le nouveau code une seconde fois.</source>
        <comment>auth.pin_confirm</comment>
        <translation>Type the new code a second time.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/auth.py" line="45"/>
        <source>Les deux codes diffèrent : tapez de nouveau le nouveau code.</source>
        <comment>auth.pin_mismatch</comment>
        <translation>The two codes differ: type the new code again.</translation>
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
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="13"/>
        <source>compatible</source>
        <comment>compatibility.compatible</comment>
        <translation>compatible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="14"/>
        <source>bloqué : {reasons}</source>
        <comment>compatibility.blocked</comment>
        <translation>blocked: {reasons}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="15"/>
        <source>charge {load} kg &gt; limite {limit} kg</source>
        <comment>compatibility.load</comment>
        <translation>load {load} kg &gt; limit {limit} kg</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="16"/>
        <source>tâche à deux mains</source>
        <comment>compatibility.two_hands</comment>
        <translation>two-handed task</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="17"/>
        <source>tâche debout, travail assis requis</source>
        <comment>compatibility.standing_task</comment>
        <translation>standing task, seated work required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="18"/>
        <source>tâche assise, travail debout requis</source>
        <comment>compatibility.seated_task</comment>
        <translation>seated task, standing work required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="19"/>
        <source>bras au-dessus des épaules</source>
        <comment>compatibility.overhead</comment>
        <translation>arms above the shoulders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="20"/>
        <source>précision fine {needed} demandée &gt; {limit}</source>
        <comment>compatibility.fine_motor</comment>
        <translation>fine precision {needed} required &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="21"/>
        <source>aucune</source>
        <comment>compatibility.fine.none</comment>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="22"/>
        <source>limitée</source>
        <comment>compatibility.fine.low</comment>
        <translation>limited</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="23"/>
        <source>normale</source>
        <comment>compatibility.fine.normal</comment>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/compatibility.py" line="24"/>
        <source>{reps} gestes/min &gt; limite {limit}</source>
        <comment>compatibility.reps</comment>
        <translation>{reps} movements/min &gt; limit {limit}</translation>
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
        <source>l&apos;avis de réception « {reference} » est déjà clos : rien n&apos;y est changé</source>
        <comment>import.receipt_closed</comment>
        <translation>the receiving notice “{reference}” is already closed: nothing in it is changed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="60"/>
        <source>GTIN {gtin} déjà porté par l&apos;article « {sku} »</source>
        <comment>import.gtin_taken</comment>
        <translation>GTIN {gtin} already belongs to item “{sku}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="63"/>
        <source>{file}, ligne {line}, colonne « {column} » : « {value} » illisible, restriction enregistrée comme inconnue (tâches qui la demandent bloquées jusqu&apos;à ce que la conseillère la renseigne)</source>
        <comment>import.restriction_unknown</comment>
        <translation>{file}, line {line}, column “{column}”: “{value}” unreadable, restriction recorded as unknown (tasks that need it are blocked until the counsellor sets it)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="69"/>
        <source>stock {sku} en {location} : {quantity} dépasse ce qu&apos;une base peut compter exactement (±9 223 372 036 854 775 807)</source>
        <comment>import.on_hand_beyond_range</comment>
        <translation>stock {sku} at {location}: {quantity} is more than a database can count exactly (±9,223,372,036,854,775,807)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="73"/>
        <source>vérification de {file}</source>
        <comment>import.progress_checking</comment>
        <translation>checking {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="74"/>
        <source>écriture de {file}</source>
        <comment>import.progress_writing</comment>
        <translation>writing {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="75"/>
        <source>sauvegarde de {file}</source>
        <comment>import.progress_backing_up</comment>
        <translation>backing up {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="76"/>
        <source>photos de preuve de {file}</source>
        <comment>import.progress_backing_up_photos</comment>
        <translation>evidence photos of {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="77"/>
        <source>export vers {file}</source>
        <comment>import.progress_exporting</comment>
        <translation>exporting to {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="80"/>
        <source>{kind} : {lines, plural, one {# ligne lue} other {# lignes lues}} dans {file} — {outcome}</source>
        <comment>import.summary</comment>
        <translation>{kind}: {lines, plural, one {# line read} other {# lines read}} from {file} — {outcome}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="82"/>
        <source>rien à changer</source>
        <comment>import.nothing_to_change</comment>
        <translation>nothing to change</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="83"/>
        <source>{n, plural, one {# créé} other {# créés}}</source>
        <comment>import.count.created</comment>
        <translation>{n, plural, one {# created} other {# created}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="84"/>
        <source>{n, plural, one {# mis à jour} other {# mis à jour}}</source>
        <comment>import.count.updated</comment>
        <translation>{n, plural, one {# updated} other {# updated}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="85"/>
        <source>{n, plural, one {# inchangé} other {# inchangés}}</source>
        <comment>import.count.unchanged</comment>
        <translation>{n, plural, one {# unchanged} other {# unchanged}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="86"/>
        <source>{n, plural, one {# ligne de nomenclature} other {# lignes de nomenclature}}</source>
        <comment>import.count.bom_lines</comment>
        <translation>{n, plural, one {# bill of materials line} other {# bill of materials lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="88"/>
        <source>{n, plural, one {# réception} other {# réceptions}}</source>
        <comment>import.count.received</comment>
        <translation>{n, plural, one {# receipt} other {# receipts}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="89"/>
        <source>{n, plural, one {# déjà importée} other {# déjà importées}}</source>
        <comment>import.count.already_imported</comment>
        <translation>{n, plural, one {# already imported} other {# already imported}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="92"/>
        <source>import arrêté à votre demande : rien n&apos;a été importé</source>
        <comment>import.cancelled</comment>
        <translation>import stopped at your request: nothing was imported</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="93"/>
        <source>export arrêté à votre demande : aucun fichier écrit</source>
        <comment>import.export_cancelled</comment>
        <translation>export stopped at your request: no file written</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="94"/>
        <source>{file} importé : {lines, plural, one {# ligne} other {# lignes}}</source>
        <comment>import.done</comment>
        <translation>{file} imported: {lines, plural, one {# line} other {# lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="95"/>
        <source>{n, plural, one {# ligne de stock écrite} other {# lignes de stock écrites}} dans {file}</source>
        <comment>import.exported</comment>
        <translation>{n, plural, one {# stock line written} other {# stock lines written}} to {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="97"/>
        <source>« {value} » : date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ</source>
        <comment>import.bad_day</comment>
        <translation>“{value}”: date expected as DD/MM/YYYY or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="98"/>
        <source>{n, plural, one {# contrat initial} other {# contrats initiaux}}</source>
        <comment>import.count.initial_contracts</comment>
        <translation>{n, plural, one {# initial contract} other {# initial contracts}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="100"/>
        <source>{n, plural, one {# renouvellement} other {# renouvellements}}</source>
        <comment>import.count.renewals</comment>
        <translation>{n, plural, one {# renewal} other {# renewals}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="104"/>
        <source>« {value} » : {decimals} décimales au plus</source>
        <comment>import.too_many_decimals</comment>
        <translation>“{value}”: {decimals} decimals at most</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="105"/>
        <source>ni prix par kit ni prix de l&apos;heure : l&apos;un des deux est attendu</source>
        <comment>import.price_missing</comment>
        <translation>neither a price per kit nor a price per hour: one of them is expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="107"/>
        <source>un prix par kit et un prix de l&apos;heure : l&apos;un ou l&apos;autre, pas les deux</source>
        <comment>import.price_both</comment>
        <translation>a price per kit and a price per hour: one or the other, not both</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="109"/>
        <source>« {value} » : un nombre plus grand que 0 est attendu</source>
        <comment>import.not_positive</comment>
        <translation>“{value}”: a number greater than 0 is expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="110"/>
        <source>le client « {customer} » est déjà facturé sur « {basis} » (ligne {first_line}) : une seule règle par client</source>
        <comment>import.invoice_on_conflict</comment>
        <translation>customer “{customer}” is already invoiced on “{basis}” (line {first_line}): one rule per customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/importing.py" line="112"/>
        <source>ce fichier n&apos;est pas un classeur Excel lisible (.xlsx) : ouvrez-le dans Excel et enregistrez-le en « Classeur Excel (.xlsx) » ou en « CSV UTF-8 »</source>
        <comment>import.bad_workbook</comment>
        <translation>this file is not a readable Excel workbook (.xlsx): open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”</translation>
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
        <source>interrompu ({detail}) : {sent}/{total} étiquettes reçues, nombre sorti incertain ; lisez la dernière sortie</source>
        <comment>printing.interrupted_count_unknown</comment>
        <translation>interrupted ({detail}): {sent}/{total} labels received, the number printed is uncertain; read the last one out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="37"/>
        <source>« {code} » : ni un numéro d&apos;étiquette (0 à {total}) ni une étiquette de ce travail</source>
        <comment>printing.not_a_label_of_job</comment>
        <translation>“{code}”: neither a label number (0 to {total}) nor a label of this job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="39"/>
        <source>« {code} » figure sur {n} étiquettes de ce travail : tapez le numéro de la dernière sortie</source>
        <comment>printing.on_several_labels</comment>
        <translation>“{code}” is on {n} labels of this job: type the number of the last one out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="41"/>
        <source>travail {job} : {last, plural, =0 {rien n&apos;est sorti, tout repart} other {reprise après l&apos;étiquette #, la suivante est la {next}}}</source>
        <comment>printing.resumed_after</comment>
        <translation>job {job}: {last, plural, =0 {none came out, everything goes again} other {going on after label #, the next is {next}}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="43"/>
        <source>travail {job} : {total, plural, one {son étiquette est sortie} other {ses # étiquettes sont sorties}}, il est noté imprimé</source>
        <comment>printing.all_on_paper</comment>
        <translation>job {job}: {total, plural, one {its label came out} other {its # labels came out}}, it is marked printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="45"/>
        <source>interrompu : {sent}/{total} étiquettes</source>
        <comment>printing.interrupted_short</comment>
        <translation>interrupted: {sent}/{total} labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="46"/>
        <source>imprimé : {name} → {printer} (travail {job}, {n, plural, one {# étiquette} other {# étiquettes}})</source>
        <comment>printing.printed</comment>
        <translation>printed: {name} → {printer} (job {job}, {n, plural, one {# label} other {# labels}})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="48"/>
        <source>en attente : {reason} — le travail {job} reste dans la file (logins-desktop queue run pour réessayer)</source>
        <comment>printing.still_waiting</comment>
        <translation>waiting: {reason} — job {job} stays in the queue (logins-desktop queue run to try again)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="53"/>
        <source>{status} — travail {job} : rien n&apos;est renvoyé de lui-même ; lisez la dernière étiquette sortie, puis logins-desktop queue retry {job} --after N (son numéro, 0 si aucune, ou son SSCC)</source>
        <comment>printing.cut_count_unknown</comment>
        <translation>{status} — job {job}: nothing is resent by itself; read the last label out, then logins-desktop queue retry {job} --after N (its number, 0 if none, or its SSCC)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="56"/>
        <source>travail {job} relancé</source>
        <comment>printing.retried</comment>
        <translation>job {job} retried</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="57"/>
        <source>étiquettes choisies du travail {job} : nouveau travail {new}</source>
        <comment>printing.retried_as</comment>
        <translation>chosen labels of job {job}: new job {new}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="58"/>
        <source>« {value} » : des numéros d&apos;étiquettes séparés par des virgules sont attendus (par exemple 3,7,12 ou 1120-1447)</source>
        <comment>printing.labels_list</comment>
        <translation>“{value}”: label numbers separated by commas are expected (for example 3,7,12 or 1120-1447)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="60"/>
        <source>{n, plural, one {# étiquette {format} écrite} other {# étiquettes {format} écrites}} dans {path} : {ssccs}</source>
        <comment>labels.written</comment>
        <translation>{n, plural, one {# {format} label written} other {# {format} labels written}} to {path}: {ssccs}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="72"/>
        <source>derrière un travail plus ancien pour cette imprimante, qui n&apos;est pas parti</source>
        <comment>printing.behind_older_jobs</comment>
        <translation>behind an older job for this printer, which did not leave</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="74"/>
        <source>imprimante : {status}</source>
        <comment>printing.printer_says</comment>
        <translation>printer: {status}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="75"/>
        <source>interrompu pendant l&apos;envoi : vérifiez l&apos;étiquette, puis relancez ou annulez</source>
        <comment>printing.interrupted_while_sending</comment>
        <translation>interrupted while sending: check the label, then retry or cancel</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="77"/>
        <source>travail d&apos;impression inconnu : {job}</source>
        <comment>printing.unknown_job</comment>
        <translation>unknown print job: {job}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="78"/>
        <source>travail {job} : {status}, rien à faire</source>
        <comment>printing.nothing_to_do</comment>
        <translation>job {job}: {status}, nothing to do</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="79"/>
        <source>une réimpression exige un motif</source>
        <comment>printing.reprint_needs_reason</comment>
        <translation>a reprint needs a reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="80"/>
        <source>« {prefix} » désigne {n, plural, one {# travail d&apos;impression} other {# travaux d&apos;impression}}</source>
        <comment>printing.ambiguous_job</comment>
        <translation>“{prefix}” matches {n, plural, one {# print job} other {# print jobs}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="83"/>
        <source>en attente</source>
        <comment>printing.status.queued</comment>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="84"/>
        <source>envoi</source>
        <comment>printing.status.sending</comment>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="85"/>
        <source>imprimé</source>
        <comment>printing.status.printed</comment>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="86"/>
        <source>interrompu</source>
        <comment>printing.status.interrupted</comment>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="87"/>
        <source>annulé</source>
        <comment>printing.status.cancelled</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="88"/>
        <source>en attente</source>
        <comment>printing.status.waiting</comment>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="89"/>
        <source>pas cette fois</source>
        <comment>printing.status.skipped</comment>
        <translation>not this time</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="92"/>
        <source>DE</source>
        <comment>labels.title.from</comment>
        <translation>FROM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="93"/>
        <source>À</source>
        <comment>labels.title.to</comment>
        <translation>TO</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="94"/>
        <source>PRODUIT</source>
        <comment>labels.title.product</comment>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="95"/>
        <source>CONTENU (02)</source>
        <comment>labels.title.content</comment>
        <translation>CONTENT (02)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="96"/>
        <source>NOMBRE (37)</source>
        <comment>labels.title.count</comment>
        <translation>COUNT (37)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="97"/>
        <source>LOT (10)</source>
        <comment>labels.title.batch</comment>
        <translation>BATCH (10)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="98"/>
        <source>DDM (15)</source>
        <comment>labels.title.best_before</comment>
        <translation>BEST BEFORE (15)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="99"/>
        <source>POIDS NET kg (3103)</source>
        <comment>labels.title.net_weight</comment>
        <translation>NET WEIGHT kg (3103)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="100"/>
        <source>COMMANDE (400)</source>
        <comment>labels.title.order</comment>
        <translation>ORDER (400)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="101"/>
        <source>TRANSPORTEUR</source>
        <comment>labels.title.carrier</comment>
        <translation>CARRIER</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="102"/>
        <source>Étiquettes logistiques GS1</source>
        <comment>labels.pdf_title</comment>
        <translation>GS1 logistic labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="103"/>
        <source>le GTIN du contenu (02) et le nombre (37) vont ensemble</source>
        <comment>labels.gtin_with_count</comment>
        <translation>the content&apos;s GTIN (02) and the count (37) go together</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="105"/>
        <source>étiquette trop haute ({height} mm pour {available} mm)</source>
        <comment>labels.too_tall</comment>
        <translation>label too tall ({height} mm for {available} mm)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="106"/>
        <source>résolution ZPL : 203 ou 300 dpi</source>
        <comment>labels.zpl_dpi</comment>
        <translation>ZPL resolution: 203 or 300 dpi</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="107"/>
        <source>Code 128 sous-ensemble C : paire de chiffres attendue, lu « {pair} »</source>
        <comment>labels.code128_pair</comment>
        <translation>Code 128 subset C: a pair of digits expected, read “{pair}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="108"/>
        <source>code d&apos;invocation ZPL inconnu &gt;{code}</source>
        <comment>labels.zpl_invocation</comment>
        <translation>unknown ZPL invocation code &gt;{code}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="62"/>
        <source>travail {job} interrompu après {sent}/{total} étiquettes : choisissez de tout renvoyer, de reprendre à la première non envoyée ({next}) ou de réimprimer des étiquettes précises</source>
        <comment>printing.retry_needs_choice</comment>
        <translation>job {job} interrupted after {sent}/{total} labels: choose to resend all, to resume from the first unsent one ({next}) or to reprint chosen labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="27"/>
        <source>travail {job} : après une coupure, l&apos;imprimante ne dit pas quelles étiquettes sont sorties ({sent}/{total} reçues) ; lisez la dernière étiquette sortie et reprenez après elle (tapez son numéro ou scannez-la ; 0 si aucune n&apos;est sortie)</source>
        <comment>printing.read_last_label</comment>
        <translation>job {job}: after a cut, the printer does not say which labels came out ({sent}/{total} received); read the last label out and go on after it (type its number or scan it; 0 if none came out)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="31"/>
        <source>travail {job} : après une coupure, des étiquettes ont pu sortir sans que l&apos;imprimante l&apos;ait dit : tout renvoyer exige un motif (ou reprenez après la dernière sortie, 0 si aucune)</source>
        <comment>printing.resend_after_cut_needs_reason</comment>
        <translation>job {job}: after a cut, labels may have come out without the printer saying so: resending everything needs a reason (or go on after the last one out, 0 if none)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="34"/>
        <source>travail {job} : l&apos;imprimante a dit en avoir sorti {sent} et a annulé les suivantes : reprenez à la {next}</source>
        <comment>printing.beyond_printed</comment>
        <translation>job {job}: the printer said it printed {sent} and cancelled the rest: go on at {next}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="50"/>
        <source>{status} — travail {job} : rien n&apos;est renvoyé de lui-même ; choisissez avec logins-desktop queue retry {job} --all | --from-first-unsent | --after N | --labels N,M [--reason …]</source>
        <comment>printing.cut</comment>
        <translation>{status} — job {job}: nothing is resent by itself; choose with logins-desktop queue retry {job} --all | --from-first-unsent | --after N | --labels N,M [--reason …]</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="65"/>
        <source>{n, plural, one {# étiquette déjà envoyée serait imprimée} other {# étiquettes déjà envoyées seraient imprimées}} une seconde fois : un motif de réimpression est exigé</source>
        <comment>printing.resend_needs_reason</comment>
        <translation>{n, plural, one {# label already sent would be printed} other {# labels already sent would be printed}} a second time: a reprint reason is required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="68"/>
        <source>étiquette {number} : le travail en compte {total}</source>
        <comment>printing.label_out_of_range</comment>
        <translation>label {number}: the job has {total}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="69"/>
        <source>ce travail ({format}) ne se découpe pas en étiquettes : renvoyez-le en entier</source>
        <comment>printing.not_splittable</comment>
        <translation>this job ({format}) cannot be split into labels: resend it whole</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/labels.py" line="71"/>
        <source>travail {job} : {status}, rien à relancer</source>
        <comment>printing.nothing_to_retry</comment>
        <translation>job {job}: {status}, nothing to retry</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="5"/>
        <source>Contrôle qualité demandé : {kit} n° {number}, commande {order}</source>
        <comment>quality.help_call</comment>
        <translation>Quality check requested: {kit} no. {number}, order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="6"/>
        <source>Kit terminé ! {done}/{ordered} pour la commande {order} — posez ce kit à part : contrôle qualité, votre chef d&apos;équipe est prévenu·e</source>
        <comment>station.kit_done_check</comment>
        <translation>Kit done! {done}/{ordered} for order {order} — put this kit aside: quality check, your team lead has been told</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="8"/>
        <source>{kit} n° {number} — commande {order}, {station}, {worker}</source>
        <comment>quality.check_title</comment>
        <translation>{kit} no. {number} — order {order}, {station}, {worker}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="9"/>
        <source>{kit} n° {number}</source>
        <comment>quality.check_heading</comment>
        <translation>{kit} no. {number}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="11"/>
        <source>n° {number} — {order}
{station}, {worker}</source>
        <comment>quality.check_short</comment>
        <translation>no. {number} — {order}
{station}, {worker}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="12"/>
        <source>{n, plural, one {# kit à contrôler ou à reprendre} other {# kits à contrôler ou à reprendre}}</source>
        <comment>quality.pending_count</comment>
        <translation>{n, plural, one {# kit to check or rework} other {# kits to check or rework}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="14"/>
        <source>ce contrôle n&apos;attend plus de décision</source>
        <comment>quality.not_pending</comment>
        <translation>this check no longer awaits a decision</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="15"/>
        <source>ce kit n&apos;est pas à reprendre</source>
        <comment>quality.not_failed</comment>
        <translation>this kit is not waiting for rework</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="16"/>
        <source>Kit n° {number} de la commande {order} : contrôle bon</source>
        <comment>quality.passed</comment>
        <translation>Kit no. {number} of order {order}: check passed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="17"/>
        <source>Kit n° {number} de la commande {order} : à reprendre ({points})</source>
        <comment>quality.failed</comment>
        <translation>Kit no. {number} of order {order}: to rework ({points})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="18"/>
        <source>Kit n° {number} de la commande {order} : repris</source>
        <comment>quality.reworked</comment>
        <translation>Kit no. {number} of order {order}: reworked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="19"/>
        <source>{checked, plural, one {# kit contrôlé} other {# kits contrôlés}} : {passed, plural, one {# bon} other {# bons}}, {failed} à reprendre, {pending} en attente</source>
        <comment>quality.tally</comment>
        <translation>{checked, plural, one {# kit checked} other {# kits checked}}: {passed, plural, one {# good} other {# good}}, {failed} to rework, {pending} waiting</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="22"/>
        <source>{tally} — contrôle renforcé : chaque kit est contrôlé jusqu&apos;à 5 bons de suite</source>
        <comment>quality.tally_tightened</comment>
        <translation>{tally} — tightened checking: every kit is checked until 5 pass in a row</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="24"/>
        <source>commande inconnue : « {order} »</source>
        <comment>quality.unknown_order</comment>
        <translation>unknown order: “{order}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="25"/>
        <source>« {sku} » n&apos;est pas un kit (aucun composant)</source>
        <comment>quality.not_a_kit</comment>
        <translation>“{sku}” is not a kit (no components)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="26"/>
        <source>échantillonnage « {sampling} » inconnu : every, per_order ou first_of_shift</source>
        <comment>quality.bad_sampling</comment>
        <translation>unknown sampling “{sampling}”: every, per_order or first_of_shift</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="28"/>
        <source>nombre {n} refusé : de 1 à 100 000</source>
        <comment>quality.bad_n</comment>
        <translation>number {n} refused: from 1 to 100,000</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="29"/>
        <source>une liste de contrôle a de 1 à {most} points ({points} donnés), séparés par « | »</source>
        <comment>quality.bad_checklist</comment>
        <translation>a checklist has 1 to {most} points ({points} given), separated by “|”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="31"/>
        <source>le point « {point} » figure deux fois</source>
        <comment>quality.point_twice</comment>
        <translation>the point “{point}” is there twice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="32"/>
        <source>point « {point} » refusé : {most} caractères au plus, sans caractère de contrôle</source>
        <comment>quality.bad_point</comment>
        <translation>point “{point}” refused: at most {most} characters, no control characters</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="34"/>
        <source>{kit} : un kit sur {n} contrôlé, {points, plural, one {# point} other {# points}}</source>
        <comment>quality.rule_every</comment>
        <translation>{kit}: one kit in {n} checked, {points, plural, one {# point} other {# points}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="36"/>
        <source>{kit} : les {n} premiers kits de chaque commande contrôlés, {points, plural, one {# point} other {# points}}</source>
        <comment>quality.rule_per_order</comment>
        <translation>{kit}: the first {n} kits of each order checked, {points, plural, one {# point} other {# points}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="38"/>
        <source>{kit} : le premier kit de chaque session contrôlé, {points, plural, one {# point} other {# points}}</source>
        <comment>quality.rule_first_of_shift</comment>
        <translation>{kit}: the first kit of each session checked, {points, plural, one {# point} other {# points}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="40"/>
        <source>ce kit se contrôle avec une photo : prenez-la d&apos;abord (« Photo »)</source>
        <comment>quality.photo_needed</comment>
        <translation>this kit is checked with a photo: take it first (“Photo”)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="42"/>
        <source>{rule}, une photo de chaque kit contrôlé</source>
        <comment>quality.rule_with_photo</comment>
        <translation>{rule}, a photo of each checked kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="43"/>
        <source>chaque kit contrôlé est photographié avant sa décision</source>
        <comment>quality.help_rule_photo</comment>
        <translation>each checked kit is photographed before its verdict</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="44"/>
        <source>aucun kit n&apos;attend de contrôle</source>
        <comment>quality.none_pending</comment>
        <translation>no kit is waiting for a check</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="45"/>
        <source>le point « {point} » n&apos;est pas dans la liste de contrôle : {points}</source>
        <comment>quality.unknown_point</comment>
        <translation>the point “{point}” is not on the checklist: {points}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="49"/>
        <source>contrôles qualité des kits</source>
        <comment>quality.help</comment>
        <translation>quality checks of kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="50"/>
        <source>les kits mis à part pour un contrôle, et ceux à reprendre</source>
        <comment>quality.help_pending</comment>
        <translation>the kits set aside for a check, and those to rework</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="51"/>
        <source>une liste JSON d&apos;objets</source>
        <comment>quality.help_json</comment>
        <translation>a JSON list of objects</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="52"/>
        <source>donner à un kit sa règle d&apos;échantillonnage et sa liste de contrôle</source>
        <comment>quality.help_rule</comment>
        <translation>give a kit its sampling rule and checklist</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="53"/>
        <source>un kit sur N (every) ou les N premiers (per_order)</source>
        <comment>quality.help_n</comment>
        <translation>one kit in N (every) or the first N (per_order)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="54"/>
        <source>les points à vérifier, séparés par « | »</source>
        <comment>quality.help_points</comment>
        <translation>the points to check, separated by “|”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="55"/>
        <source>votre identifiant (le code est demandé)</source>
        <comment>quality.help_user</comment>
        <translation>your user name (the PIN is asked)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="56"/>
        <source>le kit est bon : tous les points sont vérifiés</source>
        <comment>quality.help_pass</comment>
        <translation>the kit is good: every point checked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="57"/>
        <source>le kit est à reprendre</source>
        <comment>quality.help_fail</comment>
        <translation>the kit is to rework</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="58"/>
        <source>un point qui n&apos;est pas bon (à répéter)</source>
        <comment>quality.help_point</comment>
        <translation>a point that is not right (repeat as needed)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="59"/>
        <source>le kit à reprendre a été repris</source>
        <comment>quality.help_reworked</comment>
        <translation>the kit to rework has been reworked</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="60"/>
        <source>l&apos;identifiant du contrôle (quality pending)</source>
        <comment>quality.help_id</comment>
        <translation>the check&apos;s identifier (quality pending)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="61"/>
        <source>contrôle qualité</source>
        <comment>auth.what.quality_check</comment>
        <translation>quality check</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/quality.py" line="62"/>
        <source>règle de contrôle qualité</source>
        <comment>auth.what.quality_rule</comment>
        <translation>quality rule</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/display.py" line="5"/>
        <source>les réglages ne sont pas enregistrés : le fichier {path} est illisible ({detail}) ; corrigez-le d&apos;abord</source>
        <comment>display.file_unreadable</comment>
        <translation>settings not saved: the file {path} cannot be read ({detail}); fix it first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/display.py" line="7"/>
        <source>taille du texte {value} : entre {low} et {high}</source>
        <comment>display.font_scale_range</comment>
        <translation>text size {value}: between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/display.py" line="8"/>
        <source>taille des boutons {value} mm : entre 10 et 40 mm</source>
        <comment>display.target_range</comment>
        <translation>button size {value} mm: between 10 and 40 mm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/display.py" line="9"/>
        <source>langue « {language} » non prise en charge (fr ou en)</source>
        <comment>display.language_unknown</comment>
        <translation>language “{language}” not supported (fr or en)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/display.py" line="11"/>
        <source>affichage changé pour cette fois, mais pas enregistré pour le prochain démarrage : {detail}</source>
        <comment>display.not_saved</comment>
        <translation>display changed for now, but not saved for the next start: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="5"/>
        <source>l&apos;expédition {shipment} ne part pas : {n, plural, one {# unité n&apos;a} other {# unités n&apos;ont}} pas encore d&apos;étiquette imprimée (un·e responsable peut l&apos;expédier quand même, avec un motif)</source>
        <comment>shipping.labels_missing</comment>
        <translation>shipment {shipment} does not leave: {n, plural, one {# unit has} other {# units have}} no printed label yet (a manager can ship it anyway, with a reason)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="9"/>
        <source>expédier sans toutes les étiquettes imprimées : réservé à un·e responsable logistique connecté·e</source>
        <comment>shipping.override_not_allowed</comment>
        <translation>shipping without every label printed: only a signed-in logistics manager may</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="12"/>
        <source>expédition {shipment} partie de {location} : le stock est sorti</source>
        <comment>shipping.shipped</comment>
        <translation>shipment {shipment} left {location}: the stock is out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="13"/>
        <source>expédition {shipment} partie de {location} sans {n, plural, one {# étiquette imprimée} other {# étiquettes imprimées}} (motif : {reason}) : c&apos;est noté au journal</source>
        <comment>shipping.shipped_override</comment>
        <translation>shipment {shipment} left {location} without {n, plural, one {# printed label} other {# printed labels}} (reason: {reason}): recorded in the log</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="16"/>
        <source>{n, plural, one {# étiquette envoyée} other {# étiquettes envoyées}} à la file d&apos;impression : chaque unité compte comme étiquetée quand l&apos;imprimante l&apos;a imprimée</source>
        <comment>shipping.labels_queued</comment>
        <translation>{n, plural, one {# label sent} other {# labels sent}} to the print queue: each unit counts as labelled when the printer has printed it</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="21"/>
        <source>étiquettes imprimées sur un autre poste</source>
        <comment>shipping.reason_printed_elsewhere</comment>
        <translation>labels printed at another station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="23"/>
        <source>imprimante en panne : étiquettes écrites à la main</source>
        <comment>shipping.reason_printer_down</comment>
        <translation>printer out of order: labels written by hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="25"/>
        <source>le transporteur attend : étiquettes envoyées après</source>
        <comment>shipping.reason_carrier_waiting</comment>
        <translation>the carrier is waiting: labels sent afterwards</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="27"/>
        <source>autre motif (à préciser au journal)</source>
        <comment>shipping.reason_other</comment>
        <translation>other reason (to be detailed in the log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/shipping.py" line="28"/>
        <source>{n, plural, one {# article par carton} other {# articles par carton}}</source>
        <comment>shipping.items_per_carton</comment>
        <translation>{n, plural, one {# item per carton} other {# items per carton}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="5"/>
        <source>VALIDER</source>
        <comment>app.sim.validate</comment>
        <translation>CONFIRM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="6"/>
        <source>ANNULER</source>
        <comment>app.sim.undo</comment>
        <translation>UNDO</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="7"/>
        <source>DÉCONNEXION</source>
        <comment>app.sim.logout</comment>
        <translation>SIGN OUT</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="8"/>
        <source>Clé fausse</source>
        <comment>app.sim.bad_check</comment>
        <translation>Wrong check digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="9"/>
        <source>Inconnu</source>
        <comment>app.sim.unknown</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/app.py" line="10"/>
        <source>clé étrangère rompue : {row}</source>
        <comment>app.foreign_key</comment>
        <translation>broken foreign key: {row}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="5"/>
        <source>badge inconnu : « {badge} »</source>
        <comment>assignment.unknown_badge</comment>
        <translation>unknown badge: “{badge}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="6"/>
        <source>commande inconnue : « {order} »</source>
        <comment>assignment.unknown_order</comment>
        <translation>unknown order: “{order}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="7"/>
        <source>la commande {order} est close</source>
        <comment>assignment.order_closed</comment>
        <translation>order {order} is closed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="8"/>
        <source>poste inconnu : « {station} »</source>
        <comment>assignment.unknown_station</comment>
        <translation>unknown station: “{station}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="9"/>
        <source>la tâche « {task} » n&apos;appartient pas à la commande {order}</source>
        <comment>assignment.task_not_of_order</comment>
        <translation>task “{task}” is not part of order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="11"/>
        <source>{worker} ne peut pas être affecté·e à {order} : {reasons}</source>
        <comment>assignment.refused</comment>
        <translation>{worker} cannot be assigned to {order}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="12"/>
        <source>{task} — {reasons}</source>
        <comment>assignment.task_reasons</comment>
        <translation>{task} — {reasons}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/assignment.py" line="13"/>
        <source>aucun poste libre : libérez d&apos;abord un poste</source>
        <comment>assignment.no_free_station</comment>
        <translation>no free station: free a station first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="5"/>
        <source>sauvegarde et restauration concernent la base SQLite locale d&apos;un poste</source>
        <comment>backup.sqlite_only</comment>
        <translation>backup and restore are for a station&apos;s local SQLite database</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="7"/>
        <source>fichier introuvable : {path}</source>
        <comment>backup.file_not_found</comment>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="8"/>
        <source>intégrité : {detail}</source>
        <comment>backup.integrity</comment>
        <translation>integrity: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="9"/>
        <source>ce n&apos;est pas une base SQLite lisible ({detail})</source>
        <comment>backup.not_sqlite</comment>
        <translation>not a readable SQLite database ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="10"/>
        <source>ce n&apos;est pas une base Log&apos;ins (tables manquantes)</source>
        <comment>backup.not_logins</comment>
        <translation>not a Log&apos;ins database (tables missing)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="11"/>
        <source>base introuvable : {path}</source>
        <comment>backup.db_not_found</comment>
        <translation>database not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="12"/>
        <source>sauvegarde incohérente, non conservée : {problems}</source>
        <comment>backup.inconsistent</comment>
        <translation>inconsistent backup, not kept: {problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="13"/>
        <source>restauration refusée : {problems}</source>
        <comment>backup.restore_refused</comment>
        <translation>restore refused: {problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="14"/>
        <source>restauration incomplète : {problems}</source>
        <comment>backup.restore_incomplete</comment>
        <translation>restore incomplete: {problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="15"/>
        <source>les photos de preuve n&apos;ont pas pu être copiées dans {folder} ({detail}) : cette sauvegarde n&apos;est pas gardée, la précédente reste</source>
        <comment>backup.photos_failed</comment>
        <translation>the evidence photos could not be copied into {folder} ({detail}): this backup is not kept, the previous one stays</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/backup.py" line="17"/>
        <source>Sauvegarde arrêtée : aucune copie partielle n&apos;est gardée.</source>
        <comment>backup.cancelled</comment>
        <translation>Backup stopped: no partial copy is kept.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="9"/>
        <source>utilisation : </source>
        <comment>cli.argparse.usage</comment>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="10"/>
        <source>arguments positionnels</source>
        <comment>cli.argparse.positionals</comment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="11"/>
        <source>options</source>
        <comment>cli.argparse.options</comment>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="12"/>
        <source>afficher cette aide et quitter</source>
        <comment>cli.argparse.help</comment>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="13"/>
        <source>afficher la version du programme et quitter</source>
        <comment>cli.argparse.version</comment>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="14"/>
        <source>{prog} : erreur : {message}</source>
        <comment>cli.argparse.error</comment>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="15"/>
        <source>argument {argument_name} : {message}</source>
        <comment>cli.argparse.argument</comment>
        <translation>argument {argument_name}: {message}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="16"/>
        <source>arguments obligatoires manquants : {names}</source>
        <comment>cli.argparse.required</comment>
        <translation>the following arguments are required: {names}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="17"/>
        <source>l&apos;un de ces arguments est obligatoire : {names}</source>
        <comment>cli.argparse.one_of</comment>
        <translation>one of the arguments {names} is required</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="18"/>
        <source>arguments non reconnus : {names}</source>
        <comment>cli.argparse.unrecognized</comment>
        <translation>unrecognized arguments: {names}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="19"/>
        <source>interdit avec l&apos;argument {name}</source>
        <comment>cli.argparse.not_with</comment>
        <translation>not allowed with argument {name}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="20"/>
        <source>choix invalide : {value} (choisir parmi {choices})</source>
        <comment>cli.argparse.choice</comment>
        <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="21"/>
        <source>valeur {type} invalide : {value}</source>
        <comment>cli.argparse.type</comment>
        <translation>invalid {type} value: {value}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="22"/>
        <source>une valeur attendue</source>
        <comment>cli.argparse.expected_one</comment>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="23"/>
        <source>au plus une valeur attendue</source>
        <comment>cli.argparse.expected_at_most_one</comment>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="24"/>
        <source>au moins une valeur attendue</source>
        <comment>cli.argparse.expected_at_least_one</comment>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="26"/>
        <source>{n} valeurs attendues</source>
        <comment>cli.argparse.expected_n</comment>
        <translation>expected {n} arguments</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="27"/>
        <source>option ambiguë : {option} peut désigner {matches}</source>
        <comment>cli.argparse.ambiguous</comment>
        <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="28"/>
        <source>argument explicite ignoré : {value}</source>
        <comment>cli.argparse.ignored</comment>
        <translation>ignored explicit argument {value}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="29"/>
        <source>impossible d&apos;ouvrir « {filename} » : {error}</source>
        <comment>cli.argparse.cant_open</comment>
        <translation>can&apos;t open &apos;{filename}&apos;: {error}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="30"/>
        <source>sous-commande inconnue {parser_name} (choix : {choices})</source>
        <comment>cli.argparse.unknown_parser</comment>
        <translation>unknown subcommand {parser_name} (choices: {choices})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="34"/>
        <source>COMMANDE</source>
        <comment>cli.metavar.command</comment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="35"/>
        <source>ACTION</source>
        <comment>cli.metavar.action</comment>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="36"/>
        <source>TYPE</source>
        <comment>cli.metavar.type</comment>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="39"/>
        <source>fichier de réglages TOML</source>
        <comment>cli.help.config_file</comment>
        <translation>TOML settings file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="40"/>
        <source>URL de base de données (sqlite:///… ou postgresql+psycopg://…)</source>
        <comment>cli.help.db</comment>
        <translation>database URL (sqlite:///… or postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="41"/>
        <source>langue des messages (défaut : réglages, puis la langue du système, puis le français)</source>
        <comment>cli.help.lang</comment>
        <translation>language of the messages (default: settings, then the system&apos;s language, then French)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="43"/>
        <source>Log&apos;ins Desktop — poste d&apos;atelier et logistique.</source>
        <comment>cli.description</comment>
        <translation>Log&apos;ins Desktop — workshop stations and logistics.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="44"/>
        <source>ouvrir l&apos;application (par défaut)</source>
        <comment>cli.help.run</comment>
        <translation>open the application (the default)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="45"/>
        <source>base de démonstration, remplie au premier lancement</source>
        <comment>cli.help.run_demo</comment>
        <translation>demonstration database, filled on first start</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="46"/>
        <source>réglages</source>
        <comment>cli.help.config</comment>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="47"/>
        <source>afficher l&apos;emplacement du fichier de réglages</source>
        <comment>cli.help.config_path</comment>
        <translation>show where the settings file is</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="48"/>
        <source>afficher les réglages en vigueur (TOML)</source>
        <comment>cli.help.config_show</comment>
        <translation>show the settings in force (TOML)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="49"/>
        <source>écrire un fichier de réglages par défaut s&apos;il n&apos;existe pas</source>
        <comment>cli.help.config_init</comment>
        <translation>write a default settings file if there is none</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="51"/>
        <source>base de données</source>
        <comment>cli.help.db_group</comment>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="52"/>
        <source>appliquer les migrations</source>
        <comment>cli.help.db_upgrade</comment>
        <translation>apply the migrations</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="53"/>
        <source>intégrité + cohérence stock/registre (code ≠ 0 si problème)</source>
        <comment>cli.help.db_check</comment>
        <translation>integrity + stock/ledger consistency (exit code ≠ 0 on a problem)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="54"/>
        <source>sauvegarde à chaud (API de sauvegarde SQLite)</source>
        <comment>cli.help.db_backup</comment>
        <translation>online backup (SQLite backup API)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="55"/>
        <source>fichier de sauvegarde (défaut : dossier de données/backups)</source>
        <comment>cli.help.db_backup_out</comment>
        <translation>backup file (default: data folder/backups)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="57"/>
        <source>restaurer une sauvegarde (refusée si elle est abîmée)</source>
        <comment>cli.help.db_restore</comment>
        <translation>restore a backup (refused if it is damaged)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="58"/>
        <source>le fichier de sauvegarde</source>
        <comment>cli.help.db_restore_file</comment>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="59"/>
        <source>importer des données de référence (CSV ou classeur Excel .xlsx)</source>
        <comment>cli.help.import</comment>
        <translation>import master data (CSV or Excel .xlsx workbook)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="60"/>
        <source>ce que contient le fichier</source>
        <comment>cli.help.import_kind</comment>
        <translation>what the file holds</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="61"/>
        <source>le fichier CSV</source>
        <comment>cli.help.csv_file</comment>
        <translation>the CSV file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="62"/>
        <source>exporter</source>
        <comment>cli.help.export</comment>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="63"/>
        <source>ce qu&apos;il faut exporter</source>
        <comment>cli.help.export_kind</comment>
        <translation>what to export</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="64"/>
        <source>remplir une base vide avec les données de démonstration</source>
        <comment>cli.help.seed_demo</comment>
        <translation>fill an empty database with the demonstration data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="65"/>
        <source>écarts de stock relevés par les postes (à compter)</source>
        <comment>cli.help.discrepancies</comment>
        <translation>stock discrepancies the stations raised (to be counted)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="67"/>
        <source>une liste JSON d&apos;objets</source>
        <comment>cli.help.json_list</comment>
        <translation>a JSON list of objects</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="68"/>
        <source>y compris ceux dont le comptage est commencé</source>
        <comment>cli.help.discrepancies_all</comment>
        <translation>including those whose count has started</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="70"/>
        <source>défaire le dernier kit terminé d&apos;une commande</source>
        <comment>cli.help.dismantle</comment>
        <translation>undo the last finished kit of an order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="71"/>
        <source>la référence de la commande</source>
        <comment>cli.help.order</comment>
        <translation>the order&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="72"/>
        <source>motif (journal d&apos;audit)</source>
        <comment>cli.help.reason_audit</comment>
        <translation>reason (audit log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="73"/>
        <source>qui défait le kit (journal d&apos;audit)</source>
        <comment>cli.help.dismantle_by</comment>
        <translation>who undoes the kit (audit log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="74"/>
        <source>affecter une personne à une commande sur un poste</source>
        <comment>cli.help.assign</comment>
        <translation>assign a person to an order at a station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="75"/>
        <source>le badge de la personne</source>
        <comment>cli.help.assign_worker</comment>
        <translation>the person&apos;s badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="76"/>
        <source>l&apos;identifiant du poste</source>
        <comment>cli.help.assign_station</comment>
        <translation>the station&apos;s identifier</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="77"/>
        <source>la tâche de la commande (défaut : la première compatible)</source>
        <comment>cli.help.assign_task</comment>
        <translation>the order&apos;s task (default: the first compatible one)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="79"/>
        <source>qui affecte (journal d&apos;audit)</source>
        <comment>cli.help.assign_by</comment>
        <translation>who assigns (audit log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="80"/>
        <source>lancer un poste d&apos;emballage</source>
        <comment>cli.help.station</comment>
        <translation>start a packing station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="81"/>
        <source>sans fenêtre : une ligne JSON par lecture sur stdout</source>
        <comment>cli.help.station_headless</comment>
        <translation>without a window: one JSON line per read on stdout</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="83"/>
        <source>identifiant du poste (défaut : réglages)</source>
        <comment>cli.help.station_id</comment>
        <translation>station identifier (default: settings)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="84"/>
        <source>serial:///dev/ttyACM0?suffix=CR, sim://… (défaut : réglages)</source>
        <comment>cli.help.station_scanner</comment>
        <translation>serial:///dev/ttyACM0?suffix=CR, sim://… (default: settings)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="86"/>
        <source>planche A4 (PDF) des codes-barres de commande</source>
        <comment>cli.help.commands_sheet</comment>
        <translation>A4 sheet (PDF) of the command barcodes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="87"/>
        <source>le fichier PDF à écrire</source>
        <comment>cli.help.out_pdf</comment>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="88"/>
        <source>le fichier à écrire</source>
        <comment>cli.help.out</comment>
        <translation>the file to write</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="89"/>
        <source>étiquettes logistiques GS1</source>
        <comment>cli.help.label</comment>
        <translation>GS1 logistic labels</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="90"/>
        <source>étiquette SSCC (une par unité de l&apos;expédition)</source>
        <comment>cli.help.label_sscc</comment>
        <translation>SSCC label (one per unit of the shipment)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="91"/>
        <source>la référence de l&apos;expédition</source>
        <comment>cli.help.label_shipment</comment>
        <translation>the shipment&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="92"/>
        <source>une unité d&apos;exemple (SSCC réel, pris au compteur)</source>
        <comment>cli.help.label_demo</comment>
        <translation>an example unit (a real SSCC, taken from the counter)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="93"/>
        <source>ZPL pour l&apos;imprimante, PDF pour l&apos;écran ou une imprimante de bureau</source>
        <comment>cli.help.label_format</comment>
        <translation>ZPL for the label printer, PDF for the screen or an office printer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="95"/>
        <source>résolution de l&apos;imprimante (points par pouce)</source>
        <comment>cli.help.label_dpi</comment>
        <translation>the printer&apos;s resolution (dots per inch)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="96"/>
        <source>format de l&apos;étiquette</source>
        <comment>cli.help.label_size</comment>
        <translation>label size</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="97"/>
        <source>étiquette article ou kit (EAN-13 ou Code 128)</source>
        <comment>cli.help.label_product</comment>
        <translation>product or kit label (EAN-13 or Code 128)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="98"/>
        <source>répétable : une étiquette par article</source>
        <comment>cli.help.label_sku</comment>
        <translation>repeatable: one label per product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="99"/>
        <source>imprimer un fichier par la file d&apos;impression</source>
        <comment>cli.help.print</comment>
        <translation>print a file through the print queue</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="100"/>
        <source>le fichier ZPL ou PDF</source>
        <comment>cli.help.print_file</comment>
        <translation>the ZPL or PDF file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="101"/>
        <source>l&apos;adresse de l&apos;imprimante (tcp://…, usblp://…, cups://…, file://…)</source>
        <comment>cli.help.printer_url</comment>
        <translation>the printer&apos;s address (tcp://…, usblp://…, cups://…, file://…)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="103"/>
        <source>imprimantes</source>
        <comment>cli.help.printer</comment>
        <translation>printers</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="104"/>
        <source>état (JSON) : papier, tête, pause, ruban…</source>
        <comment>cli.help.printer_status</comment>
        <translation>status (JSON): paper, head, pause, ribbon…</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="105"/>
        <source>file d&apos;impression</source>
        <comment>cli.help.queue</comment>
        <translation>print queue</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="106"/>
        <source>les travaux, du plus récent au plus ancien</source>
        <comment>cli.help.queue_list</comment>
        <translation>the jobs, newest first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="107"/>
        <source>envoyer les travaux en attente (une passe)</source>
        <comment>cli.help.queue_run</comment>
        <translation>send the waiting jobs (one pass)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="108"/>
        <source>relancer un travail</source>
        <comment>cli.help.queue_retry</comment>
        <translation>retry a job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="109"/>
        <source>annuler un travail</source>
        <comment>cli.help.queue_cancel</comment>
        <translation>cancel a job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="110"/>
        <source>identifiant (ses premiers caractères suffisent)</source>
        <comment>cli.help.queue_job</comment>
        <translation>identifier (its first characters are enough)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="111"/>
        <source>tout renvoyer (motif exigé si des étiquettes sont déjà parties)</source>
        <comment>cli.help.retry_all</comment>
        <translation>send everything again (a reason is required if labels were already sent)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="113"/>
        <source>reprendre à la première étiquette non envoyée</source>
        <comment>cli.help.retry_from_first</comment>
        <translation>resume from the first label not sent</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="115"/>
        <source>reprendre après la dernière étiquette sortie : son numéro (0 : aucune) ou son SSCC</source>
        <comment>cli.help.retry_after</comment>
        <translation>go on after the last label out: its number (0: none) or its SSCC</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="117"/>
        <source>réimprimer ces étiquettes (numéros à partir de 1, plages N-P permises)</source>
        <comment>cli.help.retry_labels</comment>
        <translation>reprint these labels (numbered from 1, ranges N-P allowed)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="119"/>
        <source>motif de réimpression (journal d&apos;audit)</source>
        <comment>cli.help.retry_reason</comment>
        <translation>reason for the reprint (audit log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="120"/>
        <source>synchronisation avec le PostgreSQL central</source>
        <comment>cli.help.sync</comment>
        <translation>synchronisation with the central PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="121"/>
        <source>une synchronisation (envoi puis réception)</source>
        <comment>cli.help.sync_once</comment>
        <translation>one synchronisation (send, then receive)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="122"/>
        <source>en boucle</source>
        <comment>cli.help.sync_run</comment>
        <translation>in a loop</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="123"/>
        <source>postgresql+psycopg://… (défaut : central_url des réglages)</source>
        <comment>cli.help.sync_central</comment>
        <translation>postgresql+psycopg://… (default: central_url in the settings)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="125"/>
        <source>secondes entre deux passes</source>
        <comment>cli.help.sync_interval</comment>
        <translation>seconds between two passes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="126"/>
        <source>planification (équilibrage de ligne)</source>
        <comment>cli.help.plan</comment>
        <translation>planning (line balancing)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="127"/>
        <source>résoudre une instance ALWABP (JSON sur stdout)</source>
        <comment>cli.help.plan_alwabp</comment>
        <translation>solve an ALWABP instance (JSON on stdout)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="128"/>
        <source>le fichier de l&apos;instance</source>
        <comment>cli.help.plan_file</comment>
        <translation>the instance file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="129"/>
        <source>temps de recherche au plus, en secondes</source>
        <comment>cli.help.plan_time</comment>
        <translation>longest search time, in seconds</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="130"/>
        <source>capturer chaque écran (PNG) sur données de démo</source>
        <comment>cli.help.screenshots</comment>
        <translation>capture every screen (PNG) on demonstration data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="131"/>
        <source>le dossier où écrire les images</source>
        <comment>cli.help.out_dir</comment>
        <translation>the folder to write the images into</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="134"/>
        <source>erreur : {detail}</source>
        <comment>cli.error</comment>
        <translation>error: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="135"/>
        <source>attention : {detail}</source>
        <comment>cli.warning</comment>
        <translation>warning: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="136"/>
        <source>fichier introuvable : {path}</source>
        <comment>cli.file_not_found</comment>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="137"/>
        <source>{path} existe déjà : rien n&apos;est écrasé</source>
        <comment>cli.config_exists</comment>
        <translation>{path} already exists: nothing is overwritten</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="138"/>
        <source>réglages par défaut écrits dans {path}</source>
        <comment>cli.config_written</comment>
        <translation>default settings written to {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="139"/>
        <source>sauvegarde écrite : {path}</source>
        <comment>cli.backup_written</comment>
        <translation>backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="140"/>
        <source>base restaurée depuis {file}</source>
        <comment>cli.restored</comment>
        <translation>database restored from {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="141"/>
        <source>base restaurée depuis {file} ; l&apos;ancienne est gardée dans {saved}</source>
        <comment>cli.restored_kept</comment>
        <translation>database restored from {file}; the previous one is kept in {saved}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="143"/>
        <source>{n, plural, one {# photo de preuve remise} other {# photos de preuve remises}} depuis {folder}</source>
        <comment>cli.restored_photos</comment>
        <translation>{n, plural, one {# evidence photo put back} other {# evidence photos put back}} from {folder}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="145"/>
        <source>{n, plural, one {# photo de preuve nommée par la base restaurée est introuvable} other {# photos de preuve nommées par la base restaurée sont introuvables}} (une personne effacée depuis, ou un fichier retiré à la main) ; la base garde ce que chaque photo montrait</source>
        <comment>cli.photos_lost</comment>
        <translation>{n, plural, one {# evidence photo named by the restored database cannot be found} other {# evidence photos named by the restored database cannot be found}} (a person erased since, or a file removed by hand); the database keeps what each photo showed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="149"/>
        <source>base à jour (révision {revision}) : {url}</source>
        <comment>cli.upgraded</comment>
        <translation>database up to date (revision {revision}): {url}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="150"/>
        <source>schéma en révision {current}, attendu {head} (lancez « logins-desktop db upgrade »)</source>
        <comment>cli.schema_behind</comment>
        <translation>schema at revision {current}, {head} expected (run “logins-desktop db upgrade”)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="152"/>
        <source>attention : stock négatif (ajustement d&apos;un responsable) {detail}</source>
        <comment>cli.negative_stock</comment>
        <translation>warning: negative stock (a manager&apos;s adjustment) {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="154"/>
        <source>ok : intégrité et registre de stock cohérents ({url})</source>
        <comment>cli.check_ok</comment>
        <translation>ok: integrity and stock ledger consistent ({url})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="155"/>
        <source>{n, plural, one {# ligne de stock écrite} other {# lignes de stock écrites}} dans {file}</source>
        <comment>cli.exported</comment>
        <translation>{n, plural, one {# stock line written} other {# stock lines written}} to {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="157"/>
        <source>données de démonstration créées dans {url}</source>
        <comment>cli.demo_seeded</comment>
        <translation>demonstration data created in {url}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="158"/>
        <source>la base contient déjà des articles : rien n&apos;a été ajouté ({url})</source>
        <comment>cli.demo_not_empty</comment>
        <translation>the database already holds products: nothing was added ({url})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="160"/>
        <source>{worker} affecté·e à {order} au poste {station}</source>
        <comment>cli.assigned</comment>
        <translation>{worker} assigned to {order} at station {station}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="161"/>
        <source>{worker} affecté·e à {task} ({order}) au poste {station}</source>
        <comment>cli.assigned_task</comment>
        <translation>{worker} assigned to {task} ({order}) at station {station}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="162"/>
        <source>aucun scanner (--scanner URL ou [devices] scanner)</source>
        <comment>cli.no_scanner</comment>
        <translation>no scanner (--scanner URL or [devices] scanner)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="163"/>
        <source>planche des codes de commande écrite dans {path}</source>
        <comment>cli.sheet_written</comment>
        <translation>command barcode sheet written to {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="164"/>
        <source>{n, plural, one {# étiquette article {format} écrite} other {# étiquettes article {format} écrites}} dans {path}</source>
        <comment>cli.product_labels_written</comment>
        <translation>{n, plural, one {# {format} product label written} other {# {format} product labels written}} to {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="166"/>
        <source>travail {job} annulé</source>
        <comment>cli.job_cancelled</comment>
        <translation>job {job} cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="167"/>
        <source>{job}  {outcome}</source>
        <comment>cli.queue_outcome</comment>
        <translation>{job}  {outcome}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="168"/>
        <source>aucun serveur central (--central URL ou central_url dans les réglages)</source>
        <comment>cli.no_central</comment>
        <translation>no central server (--central URL or central_url in the settings)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="170"/>
        <source>synchronisé : {pushed, plural, one {# envoyé} other {# envoyés}}, {pulled, plural, one {# reçu} other {# reçus}}, {conflicts, plural, one {# conflit de stock} other {# conflits de stock}}, {seconds} s</source>
        <comment>cli.synced</comment>
        <translation>synchronised: {pushed, plural, one {# sent} other {# sent}}, {pulled, plural, one {# received} other {# received}}, {conflicts, plural, one {# stock conflict} other {# stock conflicts}}, {seconds} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="173"/>
        <source>{report} — changé ici par la centrale : {changes}</source>
        <comment>cli.synced_changes</comment>
        <translation>{report} — changed here by the central server: {changes}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="174"/>
        <source>central injoignable ({error}) : {n, plural, one {# changement en attente} other {# changements en attente}}</source>
        <comment>cli.central_unreachable</comment>
        <translation>central server unreachable ({error}): {n, plural, one {# change waiting} other {# changes waiting}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="176"/>
        <source>solution invalide : {problems}</source>
        <comment>cli.invalid_solution</comment>
        <translation>invalid solution: {problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="179"/>
        <source>les utilisateurs qui se connectent avec un rôle et un code (administrateur)</source>
        <comment>cli.help.user</comment>
        <translation>the users who sign in with a role and a PIN (administrator)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="181"/>
        <source>l&apos;administrateur qui lance la commande ; son code est demandé, ou lu dans LOGINS_PIN (le premier administrateur d&apos;une installation s&apos;ajoute sans)</source>
        <comment>cli.help.user_admin</comment>
        <translation>the administrator running the command; their PIN is asked, or read from LOGINS_PIN (an installation&apos;s first administrator is added without)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="184"/>
        <source>lister les utilisateurs (jamais leurs codes)</source>
        <comment>cli.help.user_list</comment>
        <translation>list the users (never their PINs)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="185"/>
        <source>ajouter un utilisateur ; son code est demandé deux fois, ou lu dans LOGINS_NEW_PIN</source>
        <comment>cli.help.user_add</comment>
        <translation>add a user; their PIN is asked twice, or read from LOGINS_NEW_PIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="187"/>
        <source>l&apos;identifiant de l&apos;utilisateur</source>
        <comment>cli.help.username</comment>
        <translation>the user&apos;s name to sign in</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="188"/>
        <source>le nom affiché sur sa carte</source>
        <comment>cli.help.user_name</comment>
        <translation>the name shown on their card</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="189"/>
        <source>son rôle</source>
        <comment>cli.help.user_role</comment>
        <translation>their role</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="190"/>
        <source>son badge, s&apos;il en a un</source>
        <comment>cli.help.user_badge</comment>
        <translation>their badge, if they have one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="191"/>
        <source>le site dont les postes le reçoivent par la synchronisation</source>
        <comment>cli.help.user_site</comment>
        <translation>the site whose stations receive them by sync</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="193"/>
        <source>changer le code d&apos;un utilisateur (le sien, ou tout autre pour l&apos;administrateur)</source>
        <comment>cli.help.user_pin</comment>
        <translation>change a user&apos;s PIN (one&apos;s own, or anyone&apos;s for the administrator)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="195"/>
        <source>désactiver un utilisateur (il ne peut plus se connecter ; son historique reste)</source>
        <comment>cli.help.user_disable</comment>
        <translation>disable a user (they can no longer sign in; their history stays)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="197"/>
        <source>réactiver un utilisateur</source>
        <comment>cli.help.user_enable</comment>
        <translation>enable a user again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="198"/>
        <source>le nouveau code de {name} se tape au clavier, ou se donne dans LOGINS_NEW_PIN</source>
        <comment>cli.user_needs_new_pin</comment>
        <translation>{name}&apos;s new PIN is typed on the keyboard, or given in LOGINS_NEW_PIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="200"/>
        <source>Nouveau code de {name} : </source>
        <comment>cli.user_new_pin_prompt</comment>
        <translation>New PIN for {name}: </translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="201"/>
        <source>Le même code, une seconde fois : </source>
        <comment>cli.user_new_pin_again</comment>
        <translation>The same PIN, once more: </translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="202"/>
        <source>{username} — {name}, {role}, badge {badge}, site {site}, {active}</source>
        <comment>cli.user_line</comment>
        <translation>{username} — {name}, {role}, badge {badge}, site {site}, {active}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="204"/>
        <source>{action} : dites qui vous êtes avec --user (un administrateur, ou l&apos;utilisateur lui-même pour changer son code)</source>
        <comment>cli.user_needs_admin</comment>
        <translation>{action}: say who you are with --user (an administrator, or the user themselves to change their own PIN)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="206"/>
        <source>actif</source>
        <comment>cli.user_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="207"/>
        <source>désactivé</source>
        <comment>cli.user_inactive</comment>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="208"/>
        <source>{username} ajouté ({role}).</source>
        <comment>cli.user_added</comment>
        <translation>{username} added ({role}).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="209"/>
        <source>Code de {username} changé.</source>
        <comment>cli.user_pin_set</comment>
        <translation>{username}&apos;s PIN changed.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="210"/>
        <source>{username} désactivé : il ne peut plus se connecter.</source>
        <comment>cli.user_disabled</comment>
        <translation>{username} disabled: they can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="211"/>
        <source>{username} réactivé.</source>
        <comment>cli.user_enabled</comment>
        <translation>{username} enabled again.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="212"/>
        <source>une seule taille d&apos;écran, par exemple 1280x800 (sinon 1024x768, 1280x800 et 1920x1080)</source>
        <comment>cli.help.screen_size</comment>
        <translation>one screen size, for example 1280x800 (otherwise 1024x768, 1280x800 and 1920x1080)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="214"/>
        <source>vérifier l&apos;accessibilité de chaque écran (noms, tailles, contraste) sur données de démo</source>
        <comment>cli.help.audit_ui</comment>
        <translation>check every screen&apos;s accessibility (names, sizes, contrast) on demo data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="216"/>
        <source>le résultat en JSON</source>
        <comment>cli.help.audit_json</comment>
        <translation>the result as JSON</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="217"/>
        <source>vérifier en contraste élevé (7:1 au lieu de 4,5:1)</source>
        <comment>cli.help.audit_contrast</comment>
        <translation>check in high contrast (7:1 instead of 4.5:1)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/cli.py" line="219"/>
        <source>taille d&apos;écran « {size} » refusée : largeur x hauteur en pixels, par exemple 1280x800</source>
        <comment>cli.bad_screen_size</comment>
        <translation>screen size “{size}” refused: width x height in pixels, for example 1280x800</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="5"/>
        <source>Log&apos;ins — codes de commande du poste</source>
        <comment>commands_sheet.title</comment>
        <translation>Log&apos;ins — station command codes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="6"/>
        <source>Codes de commande du poste — scannez pour agir</source>
        <comment>commands_sheet.heading</comment>
        <translation>Station command codes — scan to act</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="7"/>
        <source>Log&apos;ins Desktop — {commands}</source>
        <comment>commands_sheet.footer</comment>
        <translation>Log&apos;ins Desktop — {commands}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="8"/>
        <source>FIN DE KIT / VALIDER</source>
        <comment>commands_sheet.command.VALIDER</comment>
        <translation>END OF KIT / CONFIRM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="9"/>
        <source>ANNULER DERNIER SCAN</source>
        <comment>commands_sheet.command.ANNULER</comment>
        <translation>UNDO LAST SCAN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="10"/>
        <source>PAUSE</source>
        <comment>commands_sheet.command.PAUSE</comment>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="11"/>
        <source>REPRISE</source>
        <comment>commands_sheet.command.REPRISE</comment>
        <translation>RESUME</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="12"/>
        <source>AIDE</source>
        <comment>commands_sheet.command.AIDE</comment>
        <translation>HELP</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="13"/>
        <source>QUANTITÉ</source>
        <comment>commands_sheet.command.QTE</comment>
        <translation>QUANTITY</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="14"/>
        <source>DÉCONNEXION</source>
        <comment>commands_sheet.command.DECONNEXION</comment>
        <translation>SIGN OUT</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="15"/>
        <source>MANQUANT</source>
        <comment>commands_sheet.command.MANQUE</comment>
        <translation>SHORT</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="16"/>
        <source>QUANTITÉ {n}</source>
        <comment>commands_sheet.quantity_n</comment>
        <translation>QUANTITY {n}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="17"/>
        <source>MANQUANT : EMPLACEMENT VIDE</source>
        <comment>commands_sheet.short_empty</comment>
        <translation>SHORT: EMPTY LOCATION</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="18"/>
        <source>MANQUANT : ARTICLE ABÎMÉ</source>
        <comment>commands_sheet.short_damaged</comment>
        <translation>SHORT: DAMAGED ITEM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="19"/>
        <source>Valider le kit ou la ligne</source>
        <comment>commands_sheet.explain.validate</comment>
        <translation>Confirm the kit or the line</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="20"/>
        <source>Retirer le dernier article scanné</source>
        <comment>commands_sheet.explain.undo</comment>
        <translation>Take back the last item scanned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="21"/>
        <source>Mettre le travail en pause</source>
        <comment>commands_sheet.explain.pause</comment>
        <translation>Pause the work</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="22"/>
        <source>Reprendre après une pause</source>
        <comment>commands_sheet.explain.resume</comment>
        <translation>Resume after a pause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="23"/>
        <source>Appeler le chef d&apos;équipe</source>
        <comment>commands_sheet.explain.help</comment>
        <translation>Call the team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="24"/>
        <source>Terminer et se déconnecter</source>
        <comment>commands_sheet.explain.logout</comment>
        <translation>Finish and sign out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="25"/>
        <source>Le prochain article compte {n}</source>
        <comment>commands_sheet.explain.quantity</comment>
        <translation>The next item counts {n}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="26"/>
        <source>Préparation : rien à cet emplacement</source>
        <comment>commands_sheet.explain.short_empty</comment>
        <translation>Picking: nothing at this location</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/commands_sheet.py" line="27"/>
        <source>Préparation : le reste est abîmé</source>
        <comment>commands_sheet.explain.short_damaged</comment>
        <translation>Picking: the rest is damaged</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="6"/>
        <source>hors ligne</source>
        <comment>devices.printer.offline</comment>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="7"/>
        <source>plus de papier (étiquettes)</source>
        <comment>devices.printer.paper_out</comment>
        <translation>out of paper (labels)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="8"/>
        <source>tête d&apos;impression ouverte</source>
        <comment>devices.printer.head_open</comment>
        <translation>print head open</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="9"/>
        <source>plus de ruban</source>
        <comment>devices.printer.ribbon_out</comment>
        <translation>out of ribbon</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="10"/>
        <source>en pause</source>
        <comment>devices.printer.paused</comment>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="11"/>
        <source>mémoire pleine</source>
        <comment>devices.printer.buffer_full</comment>
        <translation>memory full</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="12"/>
        <source>prête</source>
        <comment>devices.printer.ready</comment>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="13"/>
        <source>{problems}</source>
        <comment>devices.printer.problems</comment>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="16"/>
        <source>type d&apos;imprimante non pris en charge : « {url} »</source>
        <comment>devices.printer.unsupported</comment>
        <translation>unsupported printer type: “{url}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="17"/>
        <source>adresse d&apos;imprimante sans hôte : « {url} »</source>
        <comment>devices.printer.no_host</comment>
        <translation>printer address without a host: “{url}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="18"/>
        <source>imprimante {printer} hors ligne ({detail})</source>
        <comment>devices.printer.printer_offline</comment>
        <translation>printer {printer} offline ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="19"/>
        <source>envoi à {printer} interrompu ({detail})</source>
        <comment>devices.printer.send_cut</comment>
        <translation>sending to {printer} cut off ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="20"/>
        <source>imprimante {printer} ne répond pas à ~HS (hors ligne)</source>
        <comment>devices.printer.no_hs_reply</comment>
        <translation>printer {printer} does not answer ~HS (offline)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="21"/>
        <source>imprimante {printer} : {detail}</source>
        <comment>devices.printer.fault</comment>
        <translation>printer {printer}: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="22"/>
        <source>réponse ~HS illisible ({reply})</source>
        <comment>devices.printer.unreadable_hs</comment>
        <translation>unreadable ~HS reply ({reply})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="23"/>
        <source>{n, plural, one {# octet non acquitté} other {# octets non acquittés}}</source>
        <comment>devices.printer.unacknowledged</comment>
        <translation>{n, plural, one {# byte not acknowledged} other {# bytes not acknowledged}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="25"/>
        <source>imprimante {printer} indisponible ({detail})</source>
        <comment>devices.printer.unavailable</comment>
        <translation>printer {printer} unavailable ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="26"/>
        <source>{device} absent (imprimante débranchée ?)</source>
        <comment>devices.printer.unplugged</comment>
        <translation>{device} missing (printer unplugged?)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="27"/>
        <source>CUPS absent de ce poste (commande lp introuvable)</source>
        <comment>devices.printer.no_lp</comment>
        <translation>CUPS is not installed on this station (no lp command)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="28"/>
        <source>CUPS absent de ce poste (lpstat introuvable)</source>
        <comment>devices.printer.no_lpstat</comment>
        <translation>CUPS is not installed on this station (no lpstat)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="29"/>
        <source>CUPS a refusé le travail : {detail}</source>
        <comment>devices.printer.cups_refused</comment>
        <translation>CUPS refused the job: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="30"/>
        <source>file CUPS « {queue} » inconnue</source>
        <comment>devices.printer.cups_unknown_queue</comment>
        <translation>unknown CUPS queue “{queue}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="31"/>
        <source>écriture dans {path} impossible ({detail})</source>
        <comment>devices.printer.write_failed</comment>
        <translation>cannot write to {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="32"/>
        <source>{path} inaccessible</source>
        <comment>devices.printer.inaccessible</comment>
        <translation>{path} not accessible</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="33"/>
        <source>imprimante simulée hors ligne</source>
        <comment>devices.printer.sim_offline</comment>
        <translation>simulated printer offline</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="34"/>
        <source>imprimante simulée : connexion coupée</source>
        <comment>devices.printer.sim_cut</comment>
        <translation>simulated printer: connection cut</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="35"/>
        <source>imprimante simulée en pause pendant le travail : {labels, plural, one {# étiquette sortie} other {# étiquettes sorties}}, le reste annulé</source>
        <comment>devices.printer.sim_paused_mid_job</comment>
        <translation>simulated printer paused during the job: {labels, plural, one {# label out} other {# labels out}}, the rest cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="38"/>
        <source>suffixe inconnu « {suffix} » (choix : {choices})</source>
        <comment>devices.scanner.unknown_suffix</comment>
        <translation>unknown suffix “{suffix}” (choices: {choices})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="39"/>
        <source>disposition inconnue « {layout} » (choix : {choices})</source>
        <comment>devices.scanner.unknown_layout</comment>
        <translation>unknown layout “{layout}” (choices: {choices})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="41"/>
        <source>adresse de scanner invalide « {url} » : {detail}</source>
        <comment>devices.scanner.bad_serial_url</comment>
        <translation>invalid scanner address “{url}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="42"/>
        <source>max_interval_ms invalide dans « {url} »</source>
        <comment>devices.scanner.bad_interval</comment>
        <translation>invalid max_interval_ms in “{url}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="43"/>
        <source>profil de scanner inconnu « {profile} » (choix : {choices})</source>
        <comment>devices.scanner.unknown_profile</comment>
        <translation>unknown scanner profile “{profile}” ({choices})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="45"/>
        <source>adresse de scanner sans périphérique : « {url} »</source>
        <comment>devices.scanner.no_device</comment>
        <translation>scanner address without a device: “{url}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="46"/>
        <source>scanner clavier (HID) prêt</source>
        <comment>devices.scanner.hid_ready</comment>
        <translation>keyboard scanner (HID) ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="47"/>
        <source>scanner simulé prêt</source>
        <comment>devices.scanner.sim_ready</comment>
        <translation>simulated scanner ready</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="48"/>
        <source>scanner connecté ({device})</source>
        <comment>devices.scanner.connected</comment>
        <translation>scanner connected ({device})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="49"/>
        <source>scanner déconnecté ({detail}) — reconnexion automatique</source>
        <comment>devices.scanner.disconnected</comment>
        <translation>scanner disconnected ({detail}) — reconnecting automatically</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="50"/>
        <source>type de scanner non pris en charge : « {url} »</source>
        <comment>devices.scanner.unsupported</comment>
        <translation>unsupported scanner type: “{url}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="52"/>
        <source>imprimante {printer} muette après l&apos;envoi ({detail}) : vérifiez les étiquettes sorties</source>
        <comment>devices.printer.silent_after_job</comment>
        <translation>printer {printer} silent after the job ({detail}): check the labels that came out</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="54"/>
        <source>imprimante arrêtée pendant le travail ({status}), {waiting, plural, one {# étiquette en mémoire non annulée} other {# étiquettes en mémoire non annulées}} ({detail}) : videz-la avant de relancer</source>
        <comment>devices.printer.stopped_not_cancelled</comment>
        <translation>printer stopped during the job ({status}), {waiting, plural, one {# label in memory not cancelled} other {# labels in memory not cancelled}} ({detail}): clear it before starting again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/devices.py" line="57"/>
        <source>imprimante arrêtée pendant le travail ({status}) : {printed, plural, one {# étiquette sortie} other {# étiquettes sorties}}, {waiting} restaient en mémoire et sont annulées (~JA)</source>
        <comment>devices.printer.stopped_mid_job</comment>
        <translation>printer stopped during the job ({status}): {printed, plural, one {# label out} other {# labels out}}, {waiting} were in memory and are cancelled (~JA)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="5"/>
        <source>« {value} » : seuls des chiffres sont permis</source>
        <comment>gs1.digits_only</comment>
        <translation>“{value}”: only digits are allowed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="6"/>
        <source>GTIN « {code} » : seuls des chiffres sont permis</source>
        <comment>gs1.gtin_digits_only</comment>
        <translation>GTIN “{code}”: only digits are allowed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="7"/>
        <source>GTIN « {code} » : {length} chiffres, attendu 8, 12, 13 ou 14</source>
        <comment>gs1.gtin_length</comment>
        <translation>GTIN “{code}”: {length} digits, 8, 12, 13 or 14 expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="8"/>
        <source>GTIN « {code} » : clé de contrôle erronée (attendu {expected}, lu {read})</source>
        <comment>gs1.gtin_check</comment>
        <translation>GTIN “{code}”: wrong check digit ({expected} expected, {read} read)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="10"/>
        <source>le chiffre d&apos;extension SSCC va de 0 à 9</source>
        <comment>gs1.sscc_extension</comment>
        <translation>the SSCC extension digit goes from 0 to 9</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="11"/>
        <source>préfixe entreprise GS1 « {prefix} » : 6 à 12 chiffres attendus</source>
        <comment>gs1.company_prefix</comment>
        <translation>GS1 company prefix “{prefix}”: 6 to 12 digits expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="13"/>
        <source>numéro de série SSCC épuisé pour ce préfixe ({serial} ≥ 10^{width})</source>
        <comment>gs1.sscc_exhausted</comment>
        <translation>SSCC serial numbers used up for this prefix ({serial} ≥ 10^{width})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="15"/>
        <source>SSCC « {code} » : 18 chiffres attendus</source>
        <comment>gs1.sscc_length</comment>
        <translation>SSCC “{code}”: 18 digits expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="16"/>
        <source>SSCC « {code} » : clé de contrôle erronée</source>
        <comment>gs1.sscc_check</comment>
        <translation>SSCC “{code}”: wrong check digit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="17"/>
        <source>AI ({ai}) : {length} chiffres attendus, reçu « {value} »</source>
        <comment>gs1.ai_fixed</comment>
        <translation>AI ({ai}): {length} digits expected, got “{value}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="18"/>
        <source>AI (37) : un nombre est attendu, reçu « {value} »</source>
        <comment>gs1.ai_count</comment>
        <translation>AI (37): a number is expected, got “{value}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="19"/>
        <source>AI ({ai}) non pris en charge</source>
        <comment>gs1.ai_unsupported</comment>
        <translation>AI ({ai}) not supported</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/gs1.py" line="20"/>
        <source>poids net {kg} kg hors du champ AI (3103) (moins de 1000 kg)</source>
        <comment>gs1.net_weight</comment>
        <translation>net weight {kg} kg outside AI (3103) (under 1000 kg)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="5"/>
        <source>période {period} : {worker} ne peut pas tenir {task}</source>
        <comment>planning.cannot_hold</comment>
        <translation>period {period}: {worker} cannot hold {task}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="6"/>
        <source>{worker} doit rester sur {task} (épinglé)</source>
        <comment>planning.must_stay</comment>
        <translation>{worker} must stay on {task} (pinned)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="7"/>
        <source>{worker} : tâches répétitives plus de {minutes} min d&apos;affilée</source>
        <comment>planning.too_long_repetitive</comment>
        <translation>{worker}: repetitive tasks for more than {minutes} min in a row</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="9"/>
        <source>{worker} est épinglé·e sur {task}, une tâche qui lui est interdite</source>
        <comment>planning.pinned_forbidden</comment>
        <translation>{worker} is pinned to {task}, a task they may not do</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="11"/>
        <source>{worker} ne peut pas rester sur {task} en période {period}</source>
        <comment>planning.cannot_stay</comment>
        <translation>{worker} cannot stay on {task} in period {period}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="12"/>
        <source>aucun plan possible avec ces épingles et ces restrictions</source>
        <comment>planning.infeasible</comment>
        <translation>no plan possible with these pins and restrictions</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="13"/>
        <source>aucun plan trouvé dans le temps imparti</source>
        <comment>planning.no_plan_in_time</comment>
        <translation>no plan found within the time allowed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="14"/>
        <source>aucune solution trouvée dans le temps imparti</source>
        <comment>planning.no_solution_in_time</comment>
        <translation>no solution found within the time allowed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="16"/>
        <source>{path} : fichier ALWABP illisible ({detail})</source>
        <comment>planning.alwabp_unreadable</comment>
        <translation>{path}: unreadable ALWABP file ({detail})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="17"/>
        <source>{path} : {n} tâches annoncées, lignes de temps incohérentes</source>
        <comment>planning.alwabp_times</comment>
        <translation>{path}: {n} tasks announced, inconsistent time lines</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="19"/>
        <source>{path} : une tâche n&apos;a aucun opérateur capable</source>
        <comment>planning.alwabp_no_operator</comment>
        <translation>{path}: a task has no capable operator</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="20"/>
        <source>chaque opérateur doit avoir exactement un poste</source>
        <comment>planning.one_station_per_operator</comment>
        <translation>each operator must have exactly one station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="22"/>
        <source>chaque tâche doit être sur exactement un poste</source>
        <comment>planning.one_station_per_task</comment>
        <translation>each task must be at exactly one station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="24"/>
        <source>tâche {task} sur le poste {station} : l&apos;opérateur {operator} ne peut pas la faire</source>
        <comment>planning.operator_cannot</comment>
        <translation>task {task} at station {station}: operator {operator} cannot do it</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="26"/>
        <source>précédence {first} → {second} violée</source>
        <comment>planning.precedence</comment>
        <translation>precedence {first} → {second} broken</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="27"/>
        <source>charge {load} &gt; temps de cycle {cycle}</source>
        <comment>planning.cycle_time</comment>
        <translation>load {load} &gt; cycle time {cycle}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="28"/>
        <source>{worker} : {reason}</source>
        <comment>planning.move_refused</comment>
        <translation>{worker}: {reason}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/planning.py" line="29"/>
        <source>{problems}</source>
        <comment>planning.broken_rules</comment>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="5"/>
        <source>« {code} » n&apos;est ni un emplacement ni un article</source>
        <comment>receiving.not_location_nor_article</comment>
        <translation>“{code}” is neither a location nor a product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="7"/>
        <source>article inconnu (GTIN {gtin})</source>
        <comment>receiving.unknown_gtin</comment>
        <translation>unknown product (GTIN {gtin})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="8"/>
        <source>{quantity, plural, one {# × {product} abîmé : refusé à la réception, noté sur l&apos;avis {reference} (toujours attendu)} other {# × {product} abîmés : refusés à la réception, notés sur l&apos;avis {reference} (toujours attendus)}}</source>
        <comment>receiving.damaged_on_notice</comment>
        <translation>{quantity, plural, one {# × {product} damaged: refused at receiving, noted on notice {reference} (still expected)} other {# × {product} damaged: refused at receiving, noted on notice {reference} (still expected)}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="12"/>
        <source>{quantity, plural, one {# × {product} abîmé : refusé à la réception, non annoncé} other {# × {product} abîmés : refusés à la réception, non annoncés}}</source>
        <comment>receiving.damaged_refused</comment>
        <translation>{quantity, plural, one {# × {product} damaged: refused at receiving, not announced} other {# × {product} damaged: refused at receiving, not announced}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="15"/>
        <source>Annulé : {quantity, plural, one {# × {product} n&apos;est plus noté abîmé} other {# × {product} ne sont plus notés abîmés}}</source>
        <comment>receiving.damaged_undone</comment>
        <translation>Undone: {quantity, plural, one {# × {product} no longer noted damaged} other {# × {product} no longer noted damaged}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="17"/>
        <source>{quantity, plural, one {abîmé refusé # × {sku}} other {abîmés refusés # × {sku}}} (lot {lot})</source>
        <comment>receiving.notice_damaged</comment>
        <translation>{quantity, plural, one {damaged, refused # × {sku}} other {damaged, refused # × {sku}}} (lot {lot})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="20"/>
        <source>Avis {reference} : {left, plural, one {reste # article} other {restent # articles}} sur {lines, plural, one {# ligne} other {# lignes}}</source>
        <comment>receiving.notice_left</comment>
        <translation>Notice {reference}: {left, plural, one {# item left} other {# items left}} on {lines, plural, one {# line} other {# lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="22"/>
        <source>{n, plural, one {+# autre} other {+# autres}}</source>
        <comment>receiving.notice_more_lines</comment>
        <translation>{n, plural, one {+# more} other {+# more}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="23"/>
        <source>{n, plural, one {# autre avis ouvert} other {# autres avis ouverts}}</source>
        <comment>receiving.other_notices</comment>
        <translation>{n, plural, one {# other open notice} other {# other open notices}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="25"/>
        <source>aucun article inconnu à créer : scannez d&apos;abord son code</source>
        <comment>receiving.nothing_to_create</comment>
        <translation>no unknown article to create: scan its code first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="27"/>
        <source>un article ne se crée que par le responsable logistique connecté</source>
        <comment>receiving.create_not_allowed</comment>
        <translation>only the signed-in logistics manager can create an article</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="29"/>
        <source>tapez d&apos;abord la désignation de l&apos;article</source>
        <comment>receiving.create_needs_name</comment>
        <translation>type the article&apos;s name first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="30"/>
        <source>Article {gtin} créé : « {name} » (sa référence client viendra de l&apos;import des articles). {received}</source>
        <comment>receiving.article_created</comment>
        <translation>Article {gtin} created: “{name}” (its customer reference will come from the products import). {received}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="32"/>
        <source>Quantité {quantity} pour le prochain article</source>
        <comment>receiving.quantity_next</comment>
        <translation>Quantity {quantity} for the next product</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="33"/>
        <source>Réception en {location} : scannez les articles</source>
        <comment>receiving.receiving_at</comment>
        <translation>Receiving at {location}: scan the products</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="34"/>
        <source>scannez d&apos;abord l&apos;emplacement de réception</source>
        <comment>receiving.scan_location_first</comment>
        <translation>scan the receiving location first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="35"/>
        <source>Reçu : {quantity} × {product} en {location}</source>
        <comment>receiving.received</comment>
        <translation>Received: {quantity} × {product} at {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="36"/>
        <source>Reçu : {quantity} × {product} en {location}, lot {batch}</source>
        <comment>receiving.received_batch</comment>
        <translation>Received: {quantity} × {product} at {location}, batch {batch}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="38"/>
        <source>terminez d&apos;abord l&apos;inventaire de {location}</source>
        <comment>receiving.finish_count_first</comment>
        <translation>finish the count of {location} first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="39"/>
        <source>Inventaire de {location} : {n, plural, one {# article attendu} other {# articles attendus}}, scannez ce qui s&apos;y trouve</source>
        <comment>receiving.count_at</comment>
        <translation>Count of {location}: {n, plural, one {# product expected} other {# products expected}}, scan what is there</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="41"/>
        <source>scannez d&apos;abord l&apos;emplacement à inventorier</source>
        <comment>receiving.scan_count_location_first</comment>
        <translation>scan the location to count first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="43"/>
        <source>Compté : {product} {counted} (attendu {expected})</source>
        <comment>receiving.counted</comment>
        <translation>Counted: {product} {counted} ({expected} expected)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="44"/>
        <source>Compté : {product}, lot {lot} : {lot_counted} (attendu {lot_expected}) ; en tout {counted} (attendu {expected})</source>
        <comment>receiving.counted_lot</comment>
        <translation>Counted: {product}, lot {lot}: {lot_counted} (expected {lot_expected}); in all {counted} (expected {expected})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="46"/>
        <source>aucun inventaire en cours</source>
        <comment>receiving.no_count</comment>
        <translation>no count in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="47"/>
        <source>un écart d&apos;inventaire exige un motif</source>
        <comment>receiving.count_needs_reason</comment>
        <translation>a count difference needs a reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="50"/>
        <source>{received} — avis {reference} : {got}/{expected}, reste {left}</source>
        <comment>receiving.against_notice</comment>
        <translation>{received} — notice {reference}: {got}/{expected}, {left} left</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="52"/>
        <source>{received} — article non annoncé : reçu quand même, à signaler au client</source>
        <comment>receiving.not_announced</comment>
        <translation>{received} — item not announced: received all the same, tell the customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="54"/>
        <source>aucune réception à annuler dans cette session</source>
        <comment>receiving.nothing_to_undo</comment>
        <translation>no receipt to undo in this session</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="55"/>
        <source>impossible d&apos;annuler la réception de {product}</source>
        <comment>receiving.cannot_undo</comment>
        <translation>the receipt of {product} cannot be undone</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="56"/>
        <source>Réception annulée : {quantity} × {product} sortis de {location}</source>
        <comment>receiving.undone</comment>
        <translation>Receipt undone: {quantity} × {product} taken out of {location}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="57"/>
        <source>Avis {reference} clos : {short, plural, one {# ligne manquante} other {# lignes manquantes}}, {over, plural, one {# ligne en trop} other {# lignes en trop}}</source>
        <comment>receiving.notice_closed</comment>
        <translation>Notice {reference} closed: {short, plural, one {# line short} other {# lines short}}, {over, plural, one {# line over} other {# lines over}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="60"/>
        <source>manque {quantity} × {sku} (lot {lot})</source>
        <comment>receiving.notice_short</comment>
        <translation>short {quantity} × {sku} (lot {lot})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="61"/>
        <source>en trop {quantity} × {sku} (lot {lot})</source>
        <comment>receiving.notice_over</comment>
        <translation>over {quantity} × {sku} (lot {lot})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="62"/>
        <source>le reste est attendu dans l&apos;avis {reference}</source>
        <comment>receiving.notice_backorder</comment>
        <translation>the rest is expected in notice {reference}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="63"/>
        <source>aucun avis de réception « {reference} »</source>
        <comment>receiving.unknown_notice</comment>
        <translation>no receiving notice “{reference}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="64"/>
        <source>l&apos;avis {reference} est déjà clos</source>
        <comment>receiving.notice_already_closed</comment>
        <translation>notice {reference} is already closed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="65"/>
        <source>{reference} : {sku} lot {lot} — {received}/{expected} reçus</source>
        <comment>receiving.notice_line</comment>
        <translation>{reference}: {sku} lot {lot} — {received}/{expected} received</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="66"/>
        <source>aucun avis de réception ouvert</source>
        <comment>receiving.no_notice</comment>
        <translation>no open receiving notice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="67"/>
        <source>réceptions annoncées par les clients (avis) : ce qui reste attendu, clore un avis</source>
        <comment>receiving.help.receipts</comment>
        <translation>deliveries customers announced (notices): what is still expected, closing a notice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="69"/>
        <source>les avis ouverts et ce que chaque ligne a reçu</source>
        <comment>receiving.help.list</comment>
        <translation>the open notices and what each line received</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="70"/>
        <source>clore un avis : écarts enregistrés, le manquant reste attendu</source>
        <comment>receiving.help.close</comment>
        <translation>close a notice: differences recorded, what is short stays expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="72"/>
        <source>la référence de l&apos;avis</source>
        <comment>receiving.help.reference</comment>
        <translation>the notice&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="73"/>
        <source>qui clôt l&apos;avis (pour le journal)</source>
        <comment>receiving.help.by</comment>
        <translation>who closes the notice (for the log)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/receiving.py" line="74"/>
        <source>{product} n° de série {serial} déjà en stock ({location}) : deux unités ne portent pas le même numéro — rien n&apos;est reçu</source>
        <comment>receiving.serial_in_stock</comment>
        <translation>{product} serial no. {serial} already in stock ({location}): two units do not carry the same number — nothing is received</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="5"/>
        <source>{where} : clé inconnue « {key} »</source>
        <comment>settings.unknown_key</comment>
        <translation>{where}: unknown key “{key}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="6"/>
        <source>{key} : true ou false attendu</source>
        <comment>settings.bool_expected</comment>
        <translation>{key}: true or false expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="7"/>
        <source>{key} : liste de {type} attendue, reçu {value}</source>
        <comment>settings.list_expected</comment>
        <translation>{key}: list of {type} expected, got {value}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="8"/>
        <source>{key} : {type} attendu, reçu {value}</source>
        <comment>settings.type_expected</comment>
        <translation>{key}: {type} expected, got {value}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="9"/>
        <source>fichier de réglages illisible ({source}) : {detail}</source>
        <comment>settings.unreadable</comment>
        <translation>unreadable settings file ({source}): {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="10"/>
        <source>[{key}] doit être une section</source>
        <comment>settings.not_a_section</comment>
        <translation>[{key}] must be a section</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="11"/>
        <source>réglages</source>
        <comment>settings.top_level</comment>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="12"/>
        <source>langue « {language} » non prise en charge ({languages})</source>
        <comment>settings.language</comment>
        <translation>language “{language}” not supported ({languages})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="13"/>
        <source>{key} doit être entre {low} et {high} {unit}</source>
        <comment>settings.between</comment>
        <translation>{key} must be between {low} and {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="14"/>
        <source>planning.period_minutes : de 1 à 12 périodes de 15 à 480 minutes chacune</source>
        <comment>settings.periods</comment>
        <translation>planning.period_minutes: 1 to 12 periods of 15 to 480 minutes each</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="16"/>
        <source>planning.period_minutes : un poste ne peut pas dépasser 24 h</source>
        <comment>settings.periods_day</comment>
        <translation>planning.period_minutes: a shift cannot exceed 24 h</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="18"/>
        <source>{key} doit être au moins {low}</source>
        <comment>settings.at_least</comment>
        <translation>{key} must be at least {low}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="19"/>
        <source>{key} : le code de l&apos;emplacement d&apos;expédition est vide</source>
        <comment>settings.shipping_location_empty</comment>
        <translation>{key}: the shipping location&apos;s code is empty</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="21"/>
        <source>{key} : « {value} » inconnu (zpl ou pdf)</source>
        <comment>settings.print_format</comment>
        <translation>{key}: “{value}” unknown (zpl or pdf)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="22"/>
        <source>{key} : une imprimante pdf:// n&apos;imprime que du PDF (format = &quot;pdf&quot;)</source>
        <comment>settings.pdf_printer_format</comment>
        <translation>{key}: a pdf:// printer prints PDF only (format = &quot;pdf&quot;)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="24"/>
        <source>insertion : 1 ≤ min_months ≤ max_months ≤ 60 attendu</source>
        <comment>settings.insertion_months</comment>
        <translation>insertion: 1 ≤ min_months ≤ max_months ≤ 60 expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="25"/>
        <source>{key} : 0 (l&apos;écran le dit) ou la densité réelle, de 50 à 1000 points par pouce</source>
        <comment>settings.dpi_override</comment>
        <translation>{key}: 0 (the screen says) or the real density, from 50 to 1000 dots per inch</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="27"/>
        <source>{key} : 0 (arrêt) ou de {low} à {high} s</source>
        <comment>settings.off_or_between</comment>
        <translation>{key}: 0 (off) or from {low} to {high} s</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/settings.py" line="28"/>
        <source>{key} : « {value} » inconnu (fullscreen : plein écran, ou normal : fenêtre ordinaire)</source>
        <comment>settings.window</comment>
        <translation>{key}: unknown “{value}” (fullscreen: full screen, or normal: an ordinary window)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="5"/>
        <source>{items}</source>
        <comment>sync.changes</comment>
        <translation>{items}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="6"/>
        <source>{n, plural, one {# client} other {# clients}}</source>
        <comment>sync.changed.customers</comment>
        <translation>{n, plural, one {# customer} other {# customers}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="7"/>
        <source>{n, plural, one {# emplacement} other {# emplacements}}</source>
        <comment>sync.changed.locations</comment>
        <translation>{n, plural, one {# location} other {# locations}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="8"/>
        <source>{n, plural, one {# article} other {# articles}}</source>
        <comment>sync.changed.products</comment>
        <translation>{n, plural, one {# product} other {# products}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="9"/>
        <source>{n, plural, one {# ligne de kit} other {# lignes de kit}}</source>
        <comment>sync.changed.kit_components</comment>
        <translation>{n, plural, one {# kit line} other {# kit lines}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="11"/>
        <source>{n, plural, one {# commande} other {# commandes}}</source>
        <comment>sync.changed.orders</comment>
        <translation>{n, plural, one {# order} other {# orders}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="12"/>
        <source>{n, plural, one {# tâche} other {# tâches}}</source>
        <comment>sync.changed.tasks</comment>
        <translation>{n, plural, one {# task} other {# tasks}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="13"/>
        <source>{n, plural, one {# personne} other {# personnes}}</source>
        <comment>sync.changed.workers</comment>
        <translation>{n, plural, one {# person} other {# people}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="14"/>
        <source>{n, plural, one {# restriction} other {# restrictions}}</source>
        <comment>sync.changed.worker_restrictions</comment>
        <translation>{n, plural, one {# restriction} other {# restrictions}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="16"/>
        <source>{n, plural, one {# poste} other {# postes}}</source>
        <comment>sync.changed.stations</comment>
        <translation>{n, plural, one {# station} other {# stations}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="17"/>
        <source>{n, plural, one {# utilisateur} other {# utilisateurs}}</source>
        <comment>sync.changed.users</comment>
        <translation>{n, plural, one {# user} other {# users}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="18"/>
        <source>{n, plural, one {# affectation} other {# affectations}}</source>
        <comment>sync.changed.assignments</comment>
        <translation>{n, plural, one {# assignment} other {# assignments}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="19"/>
        <source>{n, plural, one {# écart de stock} other {# écarts de stock}}</source>
        <comment>sync.changed.stock_discrepancies</comment>
        <translation>{n, plural, one {# stock discrepancy} other {# stock discrepancies}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/sync.py" line="21"/>
        <source>{table} : {n}</source>
        <comment>sync.changed.other</comment>
        <translation>{table}: {n}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="5"/>
        <source>à faire</source>
        <comment>work.order_status.open</comment>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="6"/>
        <source>en cours</source>
        <comment>work.order_status.in_progress</comment>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="7"/>
        <source>terminée</source>
        <comment>work.order_status.done</comment>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="8"/>
        <source>annulée</source>
        <comment>work.order_status.cancelled</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="10"/>
        <source>ouverte</source>
        <comment>shipping.status.open</comment>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="11"/>
        <source>expédiée</source>
        <comment>shipping.status.shipped</comment>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="12"/>
        <source>annulée</source>
        <comment>shipping.status.cancelled</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="13"/>
        <source>adresse de livraison manquante</source>
        <comment>shipping.no_address</comment>
        <translation>delivery address missing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="14"/>
        <source>client inconnu : « {customer} »</source>
        <comment>shipping.unknown_customer</comment>
        <translation>unknown customer: “{customer}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="15"/>
        <source>l&apos;expédition {shipment} est close</source>
        <comment>shipping.closed</comment>
        <translation>shipment {shipment} is closed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="16"/>
        <source>article inconnu : « {sku} »</source>
        <comment>shipping.unknown_product</comment>
        <translation>unknown product: “{sku}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="17"/>
        <source>le nombre d&apos;articles d&apos;une unité doit être positif</source>
        <comment>shipping.unit_count</comment>
        <translation>a unit&apos;s product count must be positive</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="18"/>
        <source>l&apos;expédition {shipment} est déjà {status}</source>
        <comment>shipping.already</comment>
        <translation>shipment {shipment} is already {status}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="19"/>
        <source>une expédition sans unité ne part pas</source>
        <comment>shipping.no_units</comment>
        <translation>a shipment without units does not leave</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="20"/>
        <source>emplacement inconnu : « {code} »</source>
        <comment>shipping.unknown_location</comment>
        <translation>unknown location: “{code}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="21"/>
        <source>expédition inconnue : « {shipment} »</source>
        <comment>shipping.unknown_shipment</comment>
        <translation>unknown shipment: “{shipment}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="24"/>
        <source>charge ≤ {kg} kg</source>
        <comment>work.restriction.load</comment>
        <translation>load ≤ {kg} kg</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="25"/>
        <source>main gauche seulement</source>
        <comment>work.restriction.left_hand</comment>
        <translation>left hand only</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="26"/>
        <source>main droite seulement</source>
        <comment>work.restriction.right_hand</comment>
        <translation>right hand only</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="27"/>
        <source>assis</source>
        <comment>work.restriction.seated</comment>
        <translation>seated</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="28"/>
        <source>debout</source>
        <comment>work.restriction.standing</comment>
        <translation>standing</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="29"/>
        <source>pas de bras au-dessus des épaules</source>
        <comment>work.restriction.no_overhead</comment>
        <translation>no arms above the shoulders</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="30"/>
        <source>pas de gestes fins</source>
        <comment>work.restriction.no_fine</comment>
        <translation>no fine movements</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="31"/>
        <source>gestes fins limités</source>
        <comment>work.restriction.low_fine</comment>
        <translation>limited fine movements</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="32"/>
        <source>≤ {reps} gestes/min</source>
        <comment>work.restriction.reps</comment>
        <translation>≤ {reps} movements/min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="33"/>
        <source>≤ {minutes} min d&apos;affilée</source>
        <comment>work.restriction.continuous</comment>
        <translation>≤ {minutes} min in a row</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="34"/>
        <source>jusqu&apos;au {date}</source>
        <comment>work.restriction.until</comment>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="35"/>
        <source>{items}</source>
        <comment>work.restriction.list</comment>
        <translation>{items}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="38"/>
        <source>≤ {kg} kg</source>
        <comment>work.chip.load</comment>
        <translation>≤ {kg} kg</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="39"/>
        <source>1 main</source>
        <comment>work.chip.one_hand</comment>
        <translation>1 hand</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="40"/>
        <source>bras bas</source>
        <comment>work.chip.arms_low</comment>
        <translation>arms low</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="41"/>
        <source>gestes fins ↓</source>
        <comment>work.chip.less_fine</comment>
        <translation>fine motor ↓</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="42"/>
        <source>≤ {reps}/min</source>
        <comment>work.chip.reps</comment>
        <translation>≤ {reps}/min</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="45"/>
        <source>la fin de validité est avant son début</source>
        <comment>work.restriction.end_before_start</comment>
        <translation>the end of validity is before its start</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="46"/>
        <source>{name} : une valeur négative n&apos;a pas de sens</source>
        <comment>work.restriction.negative</comment>
        <translation>{name}: a negative value makes no sense</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="47"/>
        <source>charge maximale</source>
        <comment>work.restriction.name.load</comment>
        <translation>maximum load</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="48"/>
        <source>gestes par minute</source>
        <comment>work.restriction.name.reps</comment>
        <translation>movements per minute</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="49"/>
        <source>minutes d&apos;affilée</source>
        <comment>work.restriction.name.continuous</comment>
        <translation>minutes in a row</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="50"/>
        <source>badge inconnu : « {badge} »</source>
        <comment>work.restriction.unknown_badge</comment>
        <translation>unknown badge: “{badge}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/work.py" line="51"/>
        <source>{order} : {last, plural, one {# kit} other {# kits}} la dernière heure complète, {current} dans l&apos;heure en cours, {total} en tout</source>
        <comment>work.pace_line</comment>
        <translation>{order}: {last, plural, one {# kit} other {# kits}} in the last full hour, {current} in the hour under way, {total} in all</translation>
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
        <source>formation introuvable</source>
        <comment>insertion.unknown_training</comment>
        <translation>training not found</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="41"/>
        <source>obtenue le {day}, avant le début de la formation ({start})</source>
        <comment>insertion.obtained_before_start</comment>
        <translation>obtained on {day}, before the training started ({start})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="43"/>
        <source>un contrat commençant le {start} existe déjà, jusqu&apos;au {end} à {hours} h par semaine : corrigez-le à l&apos;écran du parcours</source>
        <comment>insertion.contract_differs</comment>
        <translation>a contract starting on {start} already exists, until {end} at {hours} h a week: correct it on the path screen</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="47"/>
        <source>qui lance la commande (identifiant) ; le code est demandé, ou lu dans LOGINS_PIN</source>
        <comment>insertion.help.user</comment>
        <translation>who runs the command (username); the PIN is asked for, or read from LOGINS_PIN</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="49"/>
        <source>parcours d&apos;insertion : alertes, sorties, heures, conservation</source>
        <comment>insertion.help.insertion</comment>
        <translation>insertion path: alerts, exits, hours, retention</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="51"/>
        <source>les alertes des parcours, la plus proche d&apos;abord</source>
        <comment>insertion.help.alerts</comment>
        <translation>the paths&apos; alerts, soonest first</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="52"/>
        <source>date du jour (AAAA-MM-JJ ou JJ/MM/AAAA ; défaut : aujourd&apos;hui)</source>
        <comment>insertion.help.today</comment>
        <translation>today&apos;s date (YYYY-MM-DD or DD/MM/YYYY; default: today)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="54"/>
        <source>sortie JSON</source>
        <comment>insertion.help.json</comment>
        <translation>JSON output</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="55"/>
        <source>les sorties par catégorie et le taux de sorties dynamiques</source>
        <comment>insertion.help.outcomes</comment>
        <translation>exits per category and the dynamic-exit rate</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="57"/>
        <source>premier jour de la période</source>
        <comment>insertion.help.from</comment>
        <translation>first day of the period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="58"/>
        <source>dernier jour de la période</source>
        <comment>insertion.help.to</comment>
        <translation>last day of the period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="59"/>
        <source>heures du mois par personne (CSV pour Excel), à rapprocher de la paie</source>
        <comment>insertion.help.hours</comment>
        <translation>hours of the month per person (CSV for Excel), to reconcile with payroll</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="61"/>
        <source>le mois, AAAA-MM</source>
        <comment>insertion.help.month</comment>
        <translation>the month, YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="62"/>
        <source>fichier ou dossier écrit</source>
        <comment>insertion.help.out</comment>
        <translation>file or folder written</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="63"/>
        <source>anonymiser les parcours sortis depuis plus que la durée de conservation</source>
        <comment>insertion.help.retention</comment>
        <translation>anonymise the paths of people who left longer ago than the retention period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="65"/>
        <source>droits des personnes sur leurs données</source>
        <comment>insertion.help.privacy</comment>
        <translation>people&apos;s rights over their data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="66"/>
        <source>tout ce qui est conservé sur une personne (JSON + CSV)</source>
        <comment>insertion.help.export</comment>
        <translation>all that is held about a person (JSON + CSV)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="67"/>
        <source>effacer le parcours d&apos;une personne et anonymiser son nom, à sa demande</source>
        <comment>insertion.help.erase</comment>
        <translation>erase a person&apos;s path and anonymise their name, at their request</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="69"/>
        <source>confirmer l&apos;effacement (il ne se défait pas)</source>
        <comment>insertion.help.yes</comment>
        <translation>confirm the erasure (it cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="70"/>
        <source>passeport de compétences d&apos;une personne (PDF)</source>
        <comment>insertion.help.passport</comment>
        <translation>a person&apos;s skills passport (PDF)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="71"/>
        <source>le badge de la personne</source>
        <comment>insertion.help.badge</comment>
        <translation>the person&apos;s badge</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="72"/>
        <source>{what} : indiquez qui vous êtes avec --user (réservé à la conseillère ou au conseiller en insertion)</source>
        <comment>insertion.cli_needs_user</comment>
        <translation>{what}: say who you are with --user (reserved for the insertion counsellor)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="74"/>
        <source>code de {name} : tapez-le, ou donnez-le dans la variable LOGINS_PIN</source>
        <comment>insertion.cli_needs_pin</comment>
        <translation>PIN of {name}: type it, or give it in the LOGINS_PIN variable</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="76"/>
        <source>Code de {name} : </source>
        <comment>insertion.cli_pin_prompt</comment>
        <translation>PIN of {name}: </translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="77"/>
        <source>« {value} » : mois attendu au format AAAA-MM</source>
        <comment>insertion.cli_bad_month</comment>
        <translation>“{value}”: month expected as YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="78"/>
        <source>l&apos;effacement ne se défait pas : relancez avec --yes pour confirmer</source>
        <comment>insertion.cli_erase_confirm</comment>
        <translation>erasure cannot be undone: run again with --yes to confirm</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="80"/>
        <source>aucune alerte</source>
        <comment>insertion.cli_no_alert</comment>
        <translation>no alert</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="81"/>
        <source>{rows, plural, one {# ligne écrite} other {# lignes écrites}} dans {directory}</source>
        <comment>insertion.cli_exported</comment>
        <translation>{rows, plural, one {# row written} other {# rows written}} in {directory}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="83"/>
        <source>parcours effacé ; la personne est désormais « {key} » dans les statistiques</source>
        <comment>insertion.cli_erased</comment>
        <translation>path erased; the person is now “{key}” in the statistics</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="85"/>
        <source>{n, plural, one {# parcours anonymisé} other {# parcours anonymisés}}</source>
        <comment>insertion.cli_retained</comment>
        <translation>{n, plural, one {# path anonymised} other {# paths anonymised}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="87"/>
        <source>{n, plural, one {# personne} other {# personnes}} : {path}</source>
        <comment>insertion.cli_hours_written</comment>
        <translation>{n, plural, one {# person} other {# people}}: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="89"/>
        <source>{exits, plural, one {# sortie} other {# sorties}}, taux de sorties dynamiques : {rate}</source>
        <comment>insertion.cli_rate</comment>
        <translation>{exits, plural, one {# exit} other {# exits}}, dynamic-exit rate: {rate}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="91"/>
        <source>aucune sortie comptée</source>
        <comment>insertion.cli_rate_none</comment>
        <translation>no exit counted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="92"/>
        <source>{name} : fin de contrat le {due}, sans projet de sortie</source>
        <comment>insertion.alert.contract_ending</comment>
        <translation>{name}: contract ends on {due}, with no exit plan</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="94"/>
        <source>{name} : durée maximale atteinte le {due}</source>
        <comment>insertion.alert.maximum_near</comment>
        <translation>{name}: maximum duration reached on {due}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="95"/>
        <source>{name} : pas d&apos;entretien depuis {days} jours</source>
        <comment>insertion.alert.no_interview</comment>
        <translation>{name}: no interview for {days} days</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="96"/>
        <source>{name} : immersion chez {host} terminée le {due}, résultat à noter</source>
        <comment>insertion.alert.immersion_without_outcome</comment>
        <translation>{name}: immersion at {host} ended on {due}, outcome to record</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="98"/>
        <source>{name} est absent·e aujourd&apos;hui : à ne pas affecter</source>
        <comment>insertion.absent_today</comment>
        <translation>{name} is away today: not to be assigned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="101"/>
        <source>Bilan annuel {year} du parcours d&apos;insertion</source>
        <comment>insertion.review.title</comment>
        <translation>{year} yearly review of the insertion path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="102"/>
        <source>{accompanied, plural, one {# personne accompagnée} other {# personnes accompagnées}}, {entries, plural, one {# entrée} other {# entrées}}, {exits, plural, one {# sortie} other {# sorties}}.</source>
        <comment>insertion.review.people</comment>
        <translation>{accompanied, plural, one {# person accompanied} other {# people accompanied}}, {entries, plural, one {# entry} other {# entries}}, {exits, plural, one {# exit} other {# exits}}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="105"/>
        <source>Taux de sorties dynamiques : {rate}.</source>
        <comment>insertion.review.rate</comment>
        <translation>Dynamic-exit rate: {rate}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="106"/>
        <source>Durée moyenne du parcours des personnes sorties : {months} mois.</source>
        <comment>insertion.review.duration</comment>
        <translation>Average time in the path of the people who left: {months} months.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="108"/>
        <source>Durée moyenne du parcours : aucune sortie cette année.</source>
        <comment>insertion.review.duration_none</comment>
        <translation>Average time in the path: no exit this year.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="110"/>
        <source>Heures de formation : {hours} h.</source>
        <comment>insertion.review.training</comment>
        <translation>Training hours: {hours} h.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="111"/>
        <source>Sorties par catégorie</source>
        <comment>insertion.review.exits_title</comment>
        <translation>Exits per category</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="112"/>
        <source>Taux de sorties dynamiques par site, sur trois ans</source>
        <comment>insertion.review.trend_title</comment>
        <translation>Dynamic-exit rate per site, over three years</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="113"/>
        <source>Aucune sortie sur la période.</source>
        <comment>insertion.review.no_exit</comment>
        <translation>No exit over the period.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="114"/>
        <source>Emploi durable</source>
        <comment>insertion.review.category.lasting</comment>
        <translation>Lasting job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="115"/>
        <source>Emploi de transition</source>
        <comment>insertion.review.category.transition</comment>
        <translation>Transition job</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="116"/>
        <source>Sortie positive</source>
        <comment>insertion.review.category.positive</comment>
        <translation>Positive exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="117"/>
        <source>Autre</source>
        <comment>insertion.review.category.other</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="118"/>
        <source>Neutre</source>
        <comment>insertion.review.category.neutral</comment>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="119"/>
        <source>bilan annuel (PDF et CSV) avec graphiques</source>
        <comment>insertion.help.review</comment>
        <translation>yearly review (PDF and CSV) with charts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="120"/>
        <source>l&apos;année, AAAA</source>
        <comment>insertion.help.year</comment>
        <translation>the year, YYYY</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="121"/>
        <source>bilan {year} écrit : {pdf} et {csv}</source>
        <comment>insertion.cli_review_written</comment>
        <translation>{year} review written: {pdf} and {csv}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="125"/>
        <source>saisie d&apos;un contrat</source>
        <comment>auth.what.saisie_d_un_contrat</comment>
        <translation>entering a contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="126"/>
        <source>fin de contrat</source>
        <comment>auth.what.fin_de_contrat</comment>
        <translation>ending a contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="127"/>
        <source>saisie d&apos;une suspension</source>
        <comment>auth.what.saisie_d_une_suspension</comment>
        <translation>entering a suspension</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="128"/>
        <source>journal d&apos;accompagnement</source>
        <comment>auth.what.journal_d_accompagnement</comment>
        <translation>the accompaniment log</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="129"/>
        <source>saisie d&apos;une immersion</source>
        <comment>auth.what.saisie_d_une_immersion</comment>
        <translation>entering an immersion</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="130"/>
        <source>résultat d&apos;une immersion</source>
        <comment>auth.what.resultat_d_une_immersion</comment>
        <translation>an immersion&apos;s outcome</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="131"/>
        <source>avancement d&apos;une formation</source>
        <comment>auth.what.avancement_d_une_formation</comment>
        <translation>a training&apos;s progress</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="133"/>
        <source>saisie d&apos;une formation</source>
        <comment>auth.what.saisie_d_une_formation</comment>
        <translation>entering a training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="134"/>
        <source>saisie d&apos;une sortie</source>
        <comment>auth.what.saisie_d_une_sortie</comment>
        <translation>entering an exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="135"/>
        <source>liste des parcours</source>
        <comment>auth.what.liste_des_parcours</comment>
        <translation>the list of paths</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="136"/>
        <source>lecture d&apos;un parcours</source>
        <comment>auth.what.lecture_d_un_parcours</comment>
        <translation>reading a path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="137"/>
        <source>journal des lectures</source>
        <comment>auth.what.journal_des_lectures</comment>
        <translation>the reading log</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="138"/>
        <source>alertes des parcours</source>
        <comment>auth.what.alertes_des_parcours</comment>
        <translation>the paths&apos; alerts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="139"/>
        <source>bilan des sorties</source>
        <comment>auth.what.bilan_des_sorties</comment>
        <translation>the exits review</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="140"/>
        <source>heures du mois</source>
        <comment>auth.what.heures_du_mois</comment>
        <translation>the month&apos;s hours</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="141"/>
        <source>absences du jour</source>
        <comment>auth.what.absences_du_jour</comment>
        <translation>today&apos;s absences</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="142"/>
        <source>passeport de compétences</source>
        <comment>auth.what.passeport_de_competences</comment>
        <translation>the skills passport</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="143"/>
        <source>codes métier du passeport</source>
        <comment>auth.what.codes_metier_du_passeport</comment>
        <translation>the passport&apos;s job codes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="144"/>
        <source>export des données d&apos;une personne</source>
        <comment>auth.what.export_des_donnees_d_une_personne</comment>
        <translation>exporting a person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="145"/>
        <source>effacement des données d&apos;une personne</source>
        <comment>auth.what.effacement_des_donnees_d_une_personne</comment>
        <translation>erasing a person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="146"/>
        <source>durée de conservation</source>
        <comment>auth.what.duree_de_conservation</comment>
        <translation>the retention period</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="147"/>
        <source>import des contrats</source>
        <comment>auth.what.import_contracts</comment>
        <translation>importing contracts</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="148"/>
        <source>import des sorties</source>
        <comment>auth.what.import_exits</comment>
        <translation>importing exits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="149"/>
        <source>Personne anonymisée</source>
        <comment>privacy.anonymous_name</comment>
        <translation>Anonymised person</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="150"/>
        <source>fichier introuvable : {path}</source>
        <comment>insertion.file_not_found</comment>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="151"/>
        <source>contracts, exits : qui importe (conseiller·ère en insertion)</source>
        <comment>insertion.help_import_user</comment>
        <translation>contracts, exits: who imports (insertion counsellor)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="155"/>
        <source>enregistrer une étape du parcours d&apos;une personne</source>
        <comment>insertion.help.record</comment>
        <translation>record a step of a person&apos;s path</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="156"/>
        <source>le contrat initial</source>
        <comment>insertion.help.record_contract</comment>
        <translation>the initial contract</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="157"/>
        <source>un renouvellement (commence le lendemain de la fin du précédent)</source>
        <comment>insertion.help.record_renewal</comment>
        <translation>a renewal (starts the day after the previous one ends)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="159"/>
        <source>la fin du contrat en cours, avec sa cause</source>
        <comment>insertion.help.record_end</comment>
        <translation>the end of the current contract, with its cause</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="160"/>
        <source>une suspension du contrat (arrêt, immersion, essai ailleurs)</source>
        <comment>insertion.help.record_suspension</comment>
        <translation>a suspension of the contract (sick leave, immersion, trial elsewhere)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="162"/>
        <source>un entretien d&apos;accompagnement</source>
        <comment>insertion.help.record_interview</comment>
        <translation>an accompaniment interview</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="163"/>
        <source>une immersion en entreprise (PMSMP)</source>
        <comment>insertion.help.record_immersion</comment>
        <translation>an immersion in a company (PMSMP)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="164"/>
        <source>une formation</source>
        <comment>insertion.help.record_training</comment>
        <translation>a training</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="165"/>
        <source>la sortie (une date à venir : le projet de sortie)</source>
        <comment>insertion.help.record_exit</comment>
        <translation>the exit (a date to come: the exit plan)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="166"/>
        <source>le jour, AAAA-MM-JJ ou JJ/MM/AAAA</source>
        <comment>insertion.help.on</comment>
        <translation>the day, YYYY-MM-DD or DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="167"/>
        <source>heures par semaine</source>
        <comment>insertion.help.weekly_hours</comment>
        <translation>hours per week</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="168"/>
        <source>la raison</source>
        <comment>insertion.help.reason</comment>
        <translation>the reason</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="169"/>
        <source>la cause de la fin : {choices}, ou vos mots</source>
        <comment>insertion.help.cause</comment>
        <translation>the cause of the end: {choices}, or your own words</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="170"/>
        <source>la raison : {choices}, ou vos mots</source>
        <comment>insertion.help.suspension_reason</comment>
        <translation>the reason: {choices}, or your own words</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="171"/>
        <source>le sujet : {choices}</source>
        <comment>insertion.help.topic</comment>
        <translation>the topic: {choices}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="172"/>
        <source>durée en minutes</source>
        <comment>insertion.help.minutes</comment>
        <translation>duration in minutes</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="173"/>
        <source>note courte (lue par les seuls conseillers)</source>
        <comment>insertion.help.note</comment>
        <translation>short note (read by counsellors only)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="174"/>
        <source>prochaine étape</source>
        <comment>insertion.help.next</comment>
        <translation>next step</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="175"/>
        <source>jour de la prochaine étape</source>
        <comment>insertion.help.next_on</comment>
        <translation>day of the next step</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="176"/>
        <source>l&apos;entreprise d&apos;accueil</source>
        <comment>insertion.help.host</comment>
        <translation>the host company</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="177"/>
        <source>l&apos;objectif</source>
        <comment>insertion.help.goal</comment>
        <translation>the goal</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="178"/>
        <source>le tuteur ou la tutrice</source>
        <comment>insertion.help.tutor</comment>
        <translation>the tutor</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="179"/>
        <source>l&apos;intitulé de la formation</source>
        <comment>insertion.help.title</comment>
        <translation>the training&apos;s title</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="180"/>
        <source>heures prévues</source>
        <comment>insertion.help.planned</comment>
        <translation>hours planned</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="181"/>
        <source>heures faites</source>
        <comment>insertion.help.done</comment>
        <translation>hours done</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="182"/>
        <source>la certification visée (CléA, CACES, titre professionnel…)</source>
        <comment>insertion.help.certification</comment>
        <translation>the certification sought (CléA, CACES, professional title…)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="184"/>
        <source>jour où la certification a été obtenue</source>
        <comment>insertion.help.obtained</comment>
        <translation>day the certification was obtained</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="185"/>
        <source>la catégorie de sortie : {choices}</source>
        <comment>insertion.help.outcome</comment>
        <translation>the exit category: {choices}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="186"/>
        <source>le site de la sortie</source>
        <comment>insertion.help.site</comment>
        <translation>the site of the exit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="187"/>
        <source>{option} : {reason}</source>
        <comment>insertion.cli_bad_option</comment>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="188"/>
        <source>Contrat enregistré pour {name}.</source>
        <comment>insertion.recorded.contract</comment>
        <translation>Contract recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="189"/>
        <source>Renouvellement enregistré pour {name}.</source>
        <comment>insertion.recorded.renewal</comment>
        <translation>Renewal recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="190"/>
        <source>Fin de contrat enregistrée pour {name}.</source>
        <comment>insertion.recorded.end</comment>
        <translation>End of contract recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="191"/>
        <source>Suspension enregistrée pour {name}.</source>
        <comment>insertion.recorded.suspension</comment>
        <translation>Suspension recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="192"/>
        <source>Entretien enregistré pour {name}.</source>
        <comment>insertion.recorded.interview</comment>
        <translation>Interview recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="193"/>
        <source>Immersion enregistrée pour {name}.</source>
        <comment>insertion.recorded.immersion</comment>
        <translation>Immersion recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="194"/>
        <source>Formation enregistrée pour {name}.</source>
        <comment>insertion.recorded.training</comment>
        <translation>Training recorded for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/insertion.py" line="195"/>
        <source>Sortie enregistrée pour {name}.</source>
        <comment>insertion.recorded.exit</comment>
        <translation>Exit recorded for {name}.</translation>
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
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="7"/>
        <source>{setting} : {value} est hors des limites ({low} à {high})</source>
        <comment>profile.out_of_bounds</comment>
        <translation>{setting}: {value} is outside the limits ({low} to {high})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="9"/>
        <source>main dominante inconnue : « {value} » (droite ou gauche)</source>
        <comment>profile.bad_hand</comment>
        <translation>unknown dominant hand: “{value}” (right or left)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="10"/>
        <source>langue inconnue : « {value} » (langues possibles : {languages})</source>
        <comment>profile.bad_language</comment>
        <translation>unknown language: “{value}” (possible languages: {languages})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="12"/>
        <source>touche d&apos;activation invalide : « {value} »</source>
        <comment>profile.bad_key</comment>
        <translation>invalid activation key: “{value}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="13"/>
        <source>réglage inconnu : « {setting} »</source>
        <comment>profile.unknown_setting</comment>
        <translation>unknown setting: “{setting}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="16"/>
        <source>Taille des boutons</source>
        <comment>profile.setting.touch_target_mm</comment>
        <translation>Button size</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="17"/>
        <source>Taille du texte</source>
        <comment>profile.setting.font_scale</comment>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="18"/>
        <source>Volume</source>
        <comment>profile.setting.volume</comment>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="19"/>
        <source>Temps d&apos;arrêt du pointeur</source>
        <comment>profile.setting.dwell_seconds</comment>
        <translation>Dwell time</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="20"/>
        <source>Temps de défilement</source>
        <comment>profile.setting.scan_seconds</comment>
        <translation>Scanning interval</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="23"/>
        <source>lecture du profil d&apos;accessibilité</source>
        <comment>profile.what_read</comment>
        <translation>reading the accessibility profile</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="24"/>
        <source>modification du profil d&apos;accessibilité</source>
        <comment>profile.what_edit</comment>
        <translation>changing the accessibility profile</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="25"/>
        <source>Vous ne pouvez modifier que votre propre profil.</source>
        <comment>profile.not_yours</comment>
        <translation>You can only change your own profile.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="26"/>
        <source>badge inconnu : « {badge} »</source>
        <comment>profile.unknown_worker</comment>
        <translation>unknown badge: “{badge}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="27"/>
        <source>Réglages enregistrés pour {name}.</source>
        <comment>profile.saved</comment>
        <translation>Settings saved for {name}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="30"/>
        <source>dossier introuvable : {path}</source>
        <comment>photos.not_a_folder</comment>
        <translation>folder not found: {path}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="31"/>
        <source>{file} : aucun article n&apos;a ce SKU ni ce GTIN — photo ignorée</source>
        <comment>photos.unknown_name</comment>
        <translation>{file}: no item has this SKU or GTIN — photo skipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="33"/>
        <source>{file} : image illisible (JPEG ou PNG attendu) — photo ignorée</source>
        <comment>photos.unreadable</comment>
        <translation>{file}: unreadable image (JPEG or PNG expected) — photo skipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="35"/>
        <source>{file} : {size} Mo, au-delà de la limite de {limit} Mo — photo ignorée</source>
        <comment>photos.too_large</comment>
        <translation>{file}: {size} MB, over the {limit} MB limit — photo skipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="37"/>
        <source>{file} : ni .jpg ni .png — fichier ignoré</source>
        <comment>photos.wrong_type</comment>
        <translation>{file}: neither .jpg nor .png — file skipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="38"/>
        <source>{file} : un autre fichier donne déjà la photo de {sku} — photo ignorée</source>
        <comment>photos.ambiguous</comment>
        <translation>{file}: another file already gives the photo of {sku} — photo skipped</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/profile.py" line="40"/>
        <source>{count, plural, =0 {aucune photo importée} one {# photo importée} other {# photos importées}}, {skipped, plural, =0 {aucune ignorée} one {# ignorée} other {# ignorées}} ; copiées dans {folder}</source>
        <comment>photos.done</comment>
        <translation>{count, plural, =0 {no photo imported} one {# photo imported} other {# photos imported}}, {skipped, plural, =0 {none skipped} one {# skipped} other {# skipped}}; copied to {folder}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="6"/>
        <source>Commande {order} — {customer} : {kit} ({sku})</source>
        <comment>costing.title</comment>
        <translation>Order {order} — {customer}: {kit} ({sku})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="7"/>
        <source>Kits terminés : {kits} sur {ordered}</source>
        <comment>costing.kits</comment>
        <translation>Kits completed: {kits} of {ordered}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="8"/>
        <source>Temps de travail aux postes : {hours} h ({seconds} s), pauses exclues</source>
        <comment>costing.labour</comment>
        <translation>Working time at the stations: {hours} h ({seconds} s), breaks excluded</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="10"/>
        <source>Temps par kit : {actual} s, pour {standard} s au devis</source>
        <comment>costing.per_kit</comment>
        <translation>Time per kit: {actual} s, against {standard} s quoted</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="11"/>
        <source>Temps par kit : {actual} s (pas de temps au devis)</source>
        <comment>costing.per_kit_no_standard</comment>
        <translation>Time per kit: {actual} s (no quoted time)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="13"/>
        <source>Temps par kit : pas encore de kit terminé</source>
        <comment>costing.per_kit_none</comment>
        <translation>Time per kit: no kit completed yet</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="14"/>
        <source>Matières consommées : {amount} €</source>
        <comment>costing.material</comment>
        <translation>Material consumed: €{amount}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="15"/>
        <source>Matières consommées : {amount} € ({units, plural, one {# unité} other {# unités}} sans coût unitaire, non comptées)</source>
        <comment>costing.material_unpriced</comment>
        <translation>Material consumed: €{amount} ({units, plural, one {# unit} other {# units}} without a unit cost, not counted)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="17"/>
        <source>Chiffre d&apos;affaires : {amount} € ({kits} kits × {price} € + mise en route {setup} €)</source>
        <comment>costing.revenue_kit</comment>
        <translation>Revenue: €{amount} ({kits} kits × €{price} + set-up €{setup})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="19"/>
        <source>Chiffre d&apos;affaires : {amount} € ({hours} h × {price} € + mise en route {setup} €)</source>
        <comment>costing.revenue_hour</comment>
        <translation>Revenue: €{amount} ({hours} h × €{price} + set-up €{setup})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="21"/>
        <source>Pas de tarif pour {customer} et {sku} : chiffre d&apos;affaires et marge inconnus (le bouton Tarif de la page Coûts, ou logins-desktop import rates)</source>
        <comment>costing.no_rate</comment>
        <translation>No rate for {customer} and {sku}: revenue and margin unknown (the Rate button of the Costs page, or logins-desktop import rates)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="23"/>
        <source>Marge sur matières : {amount} €</source>
        <comment>costing.margin</comment>
        <translation>Margin over material: €{amount}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="24"/>
        <source>L&apos;accompagnement (entretiens, formations) n&apos;est pas du temps de poste : il n&apos;est compté ni dans ce temps ni comme une perte de production.</source>
        <comment>costing.accompaniment</comment>
        <translation>Accompaniment (interviews, trainings) is not station time: it is counted neither in this time nor as lost production.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="27"/>
        <source>Tarif de {customer} pour {kit} ({sku})</source>
        <comment>costing.rate_title</comment>
        <translation>Rate of {customer} for {kit} ({sku})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="28"/>
        <source>Tarif de {customer} pour {sku} enregistré : les commandes et les factures le comptent dès maintenant</source>
        <comment>costing.rate_saved</comment>
        <translation>Rate of {customer} for {sku} saved: orders and invoices count it from now on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="30"/>
        <source>un tarif ne se change que par le responsable logistique connecté</source>
        <comment>costing.rate_not_allowed</comment>
        <translation>only the signed-in logistics manager can change a rate</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="32"/>
        <source>Commande {order} — {kit} : minutes par kit, heure par heure</source>
        <comment>costing.pace_title_hours</comment>
        <translation>Order {order} — {kit}: minutes per kit, hour by hour</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="34"/>
        <source>Commande {order} — {kit} : minutes par kit, jour par jour</source>
        <comment>costing.pace_title_days</comment>
        <translation>Order {order} — {kit}: minutes per kit, day by day</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="36"/>
        <source>{when} : {kits, plural, one {# kit} other {# kits}} en {minutes} min de poste, {per_kit} min par kit</source>
        <comment>costing.pace_line</comment>
        <translation>{when}: {kits, plural, one {# kit} other {# kits}} in {minutes} min at the station, {per_kit} min per kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="38"/>
        <source>{when} : {minutes} min de poste, pas encore de kit terminé</source>
        <comment>costing.pace_no_kit</comment>
        <translation>{when}: {minutes} min at the station, no kit finished yet</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="39"/>
        <source>commande inconnue : « {order} »</source>
        <comment>costing.unknown_order</comment>
        <translation>unknown order: “{order}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="40"/>
        <source>client inconnu : « {customer} »</source>
        <comment>costing.unknown_customer</comment>
        <translation>unknown customer: “{customer}”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="41"/>
        <source>mois « {month} » refusé : AAAA-MM attendu, par exemple 2026-12</source>
        <comment>costing.bad_month</comment>
        <translation>month “{month}” refused: YYYY-MM expected, for example 2026-12</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="43"/>
        <source>« {file} » : un fichier .xlsx ou .csv est attendu</source>
        <comment>costing.bad_format</comment>
        <translation>“{file}”: a .xlsx or .csv file is expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="44"/>
        <source>impossible d&apos;écrire « {file} » : {detail}</source>
        <comment>costing.cannot_write</comment>
        <translation>cannot write “{file}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="47"/>
        <source>Facture {customer} de {month} écrite dans {file} : {lines, plural, one {# ligne} other {# lignes}}, total {total} €</source>
        <comment>costing.invoice_written</comment>
        <translation>Invoice {customer} for {month} written to {file}: {lines, plural, one {# line} other {# lines}}, total €{total}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="50"/>
        <source>{sku} : {kits} kits de {month} sans tarif pour {customer}, non facturés</source>
        <comment>costing.invoice_no_rate</comment>
        <translation>{sku}: {kits} kits in {month} without a rate for {customer}, not invoiced</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="52"/>
        <source>Relevé de la commande {order} écrit dans {file}</source>
        <comment>costing.statement_written</comment>
        <translation>Statement of order {order} written to {file}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="53"/>
        <source>Facture</source>
        <comment>costing.sheet</comment>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="54"/>
        <source>Article</source>
        <comment>costing.col_sku</comment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="55"/>
        <source>Désignation</source>
        <comment>costing.col_name</comment>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="56"/>
        <source>Quantité</source>
        <comment>costing.col_quantity</comment>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="57"/>
        <source>Unité</source>
        <comment>costing.col_unit</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="58"/>
        <source>Prix unitaire (€)</source>
        <comment>costing.col_unit_price</comment>
        <translation>Unit price (€)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="59"/>
        <source>Montant (€)</source>
        <comment>costing.col_amount</comment>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="60"/>
        <source>kit</source>
        <comment>costing.unit_kit</comment>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="61"/>
        <source>heure</source>
        <comment>costing.unit_hour</comment>
        <translation>hour</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="62"/>
        <source>commande</source>
        <comment>costing.unit_order</comment>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="63"/>
        <source>Mise en route — commande {order}</source>
        <comment>costing.setup_line</comment>
        <translation>Set-up — order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="64"/>
        <source>Total</source>
        <comment>costing.total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="65"/>
        <source>Client</source>
        <comment>costing.inv_customer</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="66"/>
        <source>Mois</source>
        <comment>costing.inv_month</comment>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="67"/>
        <source>Facturé sur</source>
        <comment>costing.inv_basis</comment>
        <translation>Invoiced on</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="68"/>
        <source>les kits terminés dans le mois</source>
        <comment>costing.basis_completed</comment>
        <translation>the kits completed in the month</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="69"/>
        <source>les kits expédiés dans le mois</source>
        <comment>costing.basis_shipped</comment>
        <translation>the kits shipped in the month</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="72"/>
        <source>Relevé de la commande {order}</source>
        <comment>costing.statement_title</comment>
        <translation>Statement of order {order}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="73"/>
        <source>Édité le {day} par Log&apos;ins Desktop</source>
        <comment>costing.statement_made_on</comment>
        <translation>Made on {day} by Log&apos;ins Desktop</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="76"/>
        <source>les commandes : ce qu&apos;elles coûtent et rapportent</source>
        <comment>costing.help_order</comment>
        <translation>orders: what they cost and earn</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="77"/>
        <source>ce qu&apos;une commande a coûté (temps, matières) et rapporté (tarif du client)</source>
        <comment>costing.help_cost</comment>
        <translation>what an order cost (time, material) and earned (the customer&apos;s rate)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="79"/>
        <source>la référence de la commande</source>
        <comment>costing.help_ref</comment>
        <translation>the order&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="80"/>
        <source>un objet JSON (les montants en chaînes, « 12.34 »)</source>
        <comment>costing.help_json</comment>
        <translation>a JSON object (amounts as strings, &quot;12.34&quot;)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="81"/>
        <source>écrire le relevé PDF de la commande dans ce fichier</source>
        <comment>costing.help_pdf</comment>
        <translation>write the order&apos;s PDF statement to this file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="82"/>
        <source>la facture du mois d&apos;un client, en Excel (.xlsx) ou en CSV</source>
        <comment>costing.help_invoice</comment>
        <translation>a customer&apos;s monthly invoice, as Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="84"/>
        <source>le code du client (ou son nom)</source>
        <comment>costing.help_customer</comment>
        <translation>the customer&apos;s code (or name)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="85"/>
        <source>le mois facturé, AAAA-MM</source>
        <comment>costing.help_month</comment>
        <translation>the invoiced month, YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/costing.py" line="86"/>
        <source>le fichier à écrire : .xlsx ou .csv</source>
        <comment>costing.help_out</comment>
        <translation>the file to write: .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="5"/>
        <source>{screen} ({size}) : {role} sans nom accessible ({name})</source>
        <comment>audit_ui.no_name</comment>
        <translation>{screen} ({size}): {role} without an accessible name ({name})</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="6"/>
        <source>{screen} ({size}) : « {name} » n&apos;a pas de rôle accessible</source>
        <comment>audit_ui.no_role</comment>
        <translation>{screen} ({size}): “{name}” has no accessible role</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="7"/>
        <source>{screen} ({size}) : « {name} » mesure {width} × {height} px, la cible tactile est de {target} px</source>
        <comment>audit_ui.too_small</comment>
        <translation>{screen} ({size}): “{name}” is {width} × {height} px, the touch target is {target} px</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="9"/>
        <source>{screen} ({size}) : « {name} » sort de la fenêtre ({x}, {y}, {width} × {height} px)</source>
        <comment>audit_ui.outside</comment>
        <translation>{screen} ({size}): “{name}” lies outside the window ({x}, {y}, {width} × {height} px)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="11"/>
        <source>{screen} ({size}) : « {name} » contraste {ratio}:1 ({text} sur {background}), il faut {needed}:1</source>
        <comment>audit_ui.contrast</comment>
        <translation>{screen} ({size}): “{name}” contrast {ratio}:1 ({text} on {background}), {needed}:1 needed</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/audit_ui.py" line="13"/>
        <source>{screens, plural, one {# écran vérifié} other {# écrans vérifiés}} : {count, plural, one {# problème} other {# problèmes}}</source>
        <comment>audit.summary</comment>
        <translation>{screens, plural, one {# screen checked} other {# screens checked}}: {count, plural, one {# problem} other {# problems}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="5"/>
        <source>date GS1 illisible : « {value} » (AAMMJJ attendu)</source>
        <comment>lots.bad_date</comment>
        <translation>unreadable GS1 date: “{value}” (YYMMDD expected)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="6"/>
        <source>{item} : lot {lot} périmé depuis le {expiry}. Mettez-le de côté et prenez un autre lot</source>
        <comment>lots.expired</comment>
        <translation>{item}: lot {lot} expired on {expiry}. Put it aside and take another lot</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="8"/>
        <source>{item} : lot {lot} scanné, mais la liste propose le lot {proposed}, celui qui périme en premier. Prenez le lot {proposed}</source>
        <comment>lots.pick_other_lot</comment>
        <translation>{item}: lot {lot} scanned, but the list proposes lot {proposed}, the one that expires first. Take lot {proposed}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="10"/>
        <source>{item} est suivi par numéro de série : scannez le code qui porte le numéro de série (GS1, AI 21)</source>
        <comment>lots.serial_needed</comment>
        <translation>{item} is tracked by serial number: scan the code that carries the serial number (GS1, AI 21)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="12"/>
        <source>{item} : un numéro de série par article, scannez-les un à un (pas de QUANTITÉ)</source>
        <comment>lots.serial_one_by_one</comment>
        <translation>{item}: one serial number per item, scan them one by one (no QUANTITY)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="14"/>
        <source>{item} n° {serial} déjà scanné dans ce kit : prenez un autre article</source>
        <comment>lots.serial_twice</comment>
        <translation>{item} no. {serial} already scanned in this kit: take another item</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="16"/>
        <source>{item} n° {serial} est déjà dans un kit de la commande {order} : mettez-le de côté et appelez le chef d&apos;équipe</source>
        <comment>lots.serial_used</comment>
        <translation>{item} no. {serial} is already in a kit of order {order}: put it aside and call the team lead</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="18"/>
        <source>suivi « {value} » inconnu : lot, serial ou vide attendu</source>
        <comment>lots.bad_tracking</comment>
        <translation>unknown tracking “{value}”: lot, serial or empty expected</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="19"/>
        <source>aucun mouvement du lot {lot} de {sku}</source>
        <comment>lots.unknown_lot</comment>
        <translation>no movement of lot {lot} of {sku}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="20"/>
        <source>aucun carton {sscc}</source>
        <comment>lots.unknown_sscc</comment>
        <translation>no carton {sscc}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="21"/>
        <source>rappel : où est allé un lot, ce que contient un carton</source>
        <comment>lots.help.trace</comment>
        <translation>recall: where a lot went, what a carton holds</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="22"/>
        <source>chaque kit, commande, carton et expédition qui contient ce lot, et le reste du lot en stock</source>
        <comment>lots.help.trace_lot</comment>
        <translation>every kit, order, carton and shipment that holds this lot, and the rest of the lot in stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="24"/>
        <source>les kits d&apos;un carton (SSCC) et les lots de leurs composants</source>
        <comment>lots.help.trace_sscc</comment>
        <translation>a carton&apos;s (SSCC) kits and their components&apos; lots</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="26"/>
        <source>l&apos;article (SKU)</source>
        <comment>lots.help.sku</comment>
        <translation>the item (SKU)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="27"/>
        <source>le lot (AI 10)</source>
        <comment>lots.help.lot</comment>
        <translation>the lot (AI 10)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="28"/>
        <source>le SSCC du carton (18 chiffres)</source>
        <comment>lots.help.sscc</comment>
        <translation>the carton&apos;s SSCC (18 digits)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="29"/>
        <source>Lot {lot} de {sku} : {kits, plural, one {# kit} other {# kits}}, {orders, plural, one {# commande} other {# commandes}}, {shipments, plural, one {# expédition} other {# expéditions}}</source>
        <comment>lots.trace_head</comment>
        <translation>Lot {lot} of {sku}: {kits, plural, one {# kit} other {# kits}}, {orders, plural, one {# order} other {# orders}}, {shipments, plural, one {# shipment} other {# shipments}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="32"/>
        <source>commande {order} ({customer}) : {kits, plural, one {# kit} other {# kits}}</source>
        <comment>lots.trace_order</comment>
        <translation>order {order} ({customer}): {kits, plural, one {# kit} other {# kits}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="34"/>
        <source>expédition {shipment} à {customer}, {status} : SSCC {ssccs}</source>
        <comment>lots.trace_shipment</comment>
        <translation>shipment {shipment} to {customer}, {status}: SSCC {ssccs}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="36"/>
        <source>expédition {shipment} à {customer}, expédiée le {day} : SSCC {ssccs}</source>
        <comment>lots.trace_shipped</comment>
        <translation>shipment {shipment} to {customer}, shipped on {day}: SSCC {ssccs}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="38"/>
        <source>en stock à {location} : {quantity}</source>
        <comment>lots.trace_stock</comment>
        <translation>in stock at {location}: {quantity}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="39"/>
        <source>plus rien de ce lot en stock</source>
        <comment>lots.trace_none_in_stock</comment>
        <translation>none of this lot left in stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="40"/>
        <source>Carton {sscc} : son expédition et les lots de ses kits</source>
        <comment>lots.sscc_title</comment>
        <translation>Carton {sscc}: its shipment and the lots of its kits</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="41"/>
        <source>Carton {sscc} ({shipment}, {customer}) : {count} × {sku}</source>
        <comment>lots.trace_sscc_head</comment>
        <translation>Carton {sscc} ({shipment}, {customer}): {count} × {sku}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="43"/>
        <source>{sku} lot {lot} : {quantity}</source>
        <comment>lots.trace_sscc_lot</comment>
        <translation>{sku} lot {lot}: {quantity}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="44"/>
        <source>aucun composant suivi par lot dans ce carton</source>
        <comment>lots.trace_sscc_no_lots</comment>
        <translation>no lot-tracked component in this carton</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="47"/>
        <source>Rappel du lot {lot} de {sku}</source>
        <comment>lots.report_title</comment>
        <translation>Recall of lot {lot} of {sku}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="48"/>
        <source>Péremption du lot : {day}</source>
        <comment>lots.report_expiry</comment>
        <translation>Lot expiry: {day}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="49"/>
        <source>Les kits qui contiennent ce lot</source>
        <comment>lots.report_kits</comment>
        <translation>The kits that contain this lot</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="50"/>
        <source>Aucun kit ne contient ce lot.</source>
        <comment>lots.report_no_kits</comment>
        <translation>No kit contains this lot.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="51"/>
        <source>Rapport établi le {day} par Log&apos;ins Desktop</source>
        <comment>lots.report_made_on</comment>
        <translation>Report made on {day} by Log&apos;ins Desktop</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="52"/>
        <source>Rapport de rappel du lot {lot} écrit : {files}</source>
        <comment>lots.report_written</comment>
        <translation>Recall report for lot {lot} written: {files}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="53"/>
        <source>Rubrique</source>
        <comment>lots.report_col.section</comment>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="54"/>
        <source>Référence</source>
        <comment>lots.report_col.reference</comment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="55"/>
        <source>Commande</source>
        <comment>lots.report_col.order</comment>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="56"/>
        <source>Client</source>
        <comment>lots.report_col.customer</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="57"/>
        <source>Poste</source>
        <comment>lots.report_col.station</comment>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="58"/>
        <source>Date</source>
        <comment>lots.report_col.date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="59"/>
        <source>Quantité</source>
        <comment>lots.report_col.quantity</comment>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="60"/>
        <source>Détail</source>
        <comment>lots.report_col.detail</comment>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="61"/>
        <source>kit</source>
        <comment>lots.report_section.kit</comment>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="62"/>
        <source>expédition</source>
        <comment>lots.report_section.shipment</comment>
        <translation>shipment</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="63"/>
        <source>stock</source>
        <comment>lots.report_section.stock</comment>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="64"/>
        <source>écrire aussi le rapport de rappel en PDF dans ce fichier</source>
        <comment>lots.help.report_pdf</comment>
        <translation>also write the recall report as PDF to this file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="65"/>
        <source>écrire aussi le rapport de rappel en CSV dans ce fichier</source>
        <comment>lots.help.report_csv</comment>
        <translation>also write the recall report as CSV to this file</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="68"/>
        <source>{expired, plural, one {# lot périmé} other {# lots périmés}} : à sortir du stock ; {soon, plural, =0 {aucun autre ne périme} one {# autre périme} other {# autres périment}} d&apos;ici {days, plural, one {# jour} other {# jours}}.</source>
        <comment>lots.expired_and_soon</comment>
        <translation>{expired, plural, one {# lot past its date: take it out of stock} other {# lots past their date: take them out of stock}}; {soon, plural, =0 {no other expires} one {# other expires} other {# others expire}} within {days, plural, one {# day} other {# days}}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="71"/>
        <source>{soon, plural, one {# lot périme} other {# lots périment}} d&apos;ici {days, plural, one {# jour} other {# jours}}.</source>
        <comment>lots.expiring_soon</comment>
        <translation>{soon, plural, one {# lot expires} other {# lots expire}} within {days, plural, one {# day} other {# days}}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="73"/>
        <source>Aucun lot ne périme d&apos;ici {days, plural, one {# jour} other {# jours}}.</source>
        <comment>lots.none_expiring</comment>
        <translation>No lot expires within {days, plural, one {# day} other {# days}}.</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="75"/>
        <source>Lot cherché : {text} ({n, plural, =0 {aucune ligne} one {# ligne : fermez le clavier pour la voir} other {# lignes : fermez le clavier pour les voir}}).</source>
        <comment>lots.searched</comment>
        <translation>Lot searched: {text} ({n, plural, =0 {no line} one {# line: close the keyboard to see it} other {# lines: close the keyboard to see them}}).</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/lots.py" line="77"/>
        <source>{n, plural, =0 {Aucune ligne de lot dont le code contient « {text} », épuisés compris.} one {# ligne de lot dont le code contient « {text} », épuisés compris. Touchez-la, puis Rappel.} other {# lignes de lot dont le code contient « {text} », épuisés compris. Touchez-en une, puis Rappel.}}</source>
        <comment>lots.found</comment>
        <translation>{n, plural, =0 {No lot line whose code contains “{text}”, used-up ones included.} one {# lot line whose code contains “{text}”, used-up ones included. Tap it, then Recall.} other {# lot lines whose code contains “{text}”, used-up ones included. Tap one, then Recall.}}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="5"/>
        <source>la photo est vide : reprenez-la</source>
        <comment>evidence.empty</comment>
        <translation>the photo is empty: take it again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="6"/>
        <source>photo trop lourde ({size} Mo, {limit} Mo au plus) : choisissez-en une autre</source>
        <comment>evidence.too_large</comment>
        <translation>photo too large ({size} MB, {limit} MB at most): choose another one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="8"/>
        <source>ce fichier n&apos;est pas une photo JPEG ou PNG entière : choisissez-en une autre</source>
        <comment>evidence.unreadable</comment>
        <translation>this file is not a whole JPEG or PNG photo: choose another one</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="10"/>
        <source>{file} ne se lit pas (absent, ou clé USB retirée ?) : vérifiez et recommencez</source>
        <comment>evidence.cannot_read</comment>
        <translation>{file} cannot be read (missing, or USB stick pulled out?): check and try again</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="12"/>
        <source>la photo n&apos;a pas pu être enregistrée dans {folder} (disque plein ?) : rien n&apos;est noté, prévenez l&apos;informatique</source>
        <comment>evidence.cannot_write</comment>
        <translation>the photo could not be saved in {folder} (disk full?): nothing is recorded, tell IT</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="14"/>
        <source>déjà {most} photos : c&apos;est le plus</source>
        <comment>evidence.enough</comment>
        <translation>already {most} photos: that is the most</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="15"/>
        <source>Photo enregistrée ({count} sur {most} au plus)</source>
        <comment>evidence.kept</comment>
        <translation>Photo kept ({count} of {most} at most)</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="16"/>
        <source>ce kit n&apos;attend plus de contrôle : la photo n&apos;est pas gardée</source>
        <comment>evidence.no_check</comment>
        <translation>this kit no longer waits for a check: the photo is not kept</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="17"/>
        <source>rien à photographier : touchez « Abîmé », scannez l&apos;article, puis « Photo »</source>
        <comment>evidence.nothing_damaged</comment>
        <translation>nothing to photograph: tap “Damaged”, scan the article, then “Photo”</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="19"/>
        <source>aucune caméra branchée : choisissez une photo sur la clé USB ou dans le dossier Images</source>
        <comment>evidence.no_camera</comment>
        <translation>no camera plugged in: choose a photo on the USB stick or in the Pictures folder</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="21"/>
        <source>la caméra ne répond pas ({detail}) : choisissez une photo sur la clé USB</source>
        <comment>evidence.camera_failed</comment>
        <translation>the camera does not answer ({detail}): choose a photo on the USB stick</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="23"/>
        <source>aucune photo JPEG ou PNG dans {folders} : branchez la clé USB qui les porte</source>
        <comment>evidence.no_pictures</comment>
        <translation>no JPEG or PNG photo in {folders}: plug in the USB stick that holds them</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="25"/>
        <source>{count, plural, one {# photo} other {# photos}} des abîmés dans {folder}</source>
        <comment>receiving.notice_photos</comment>
        <translation>{count, plural, one {# photo} other {# photos}} of the damaged goods in {folder}</translation>
    </message>
    <message>
        <location filename="../../logins_desktop/messages/catalogue/evidence.py" line="27"/>
        <source>une photo du kit (JPEG ou PNG), gardée avec le contrôle</source>
        <comment>quality.help_photo</comment>
        <translation>a photo of the kit (JPEG or PNG), kept with the check</translation>
    </message>
</context>
</TS>
