<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="35" />
        <source>create an empty store file</source>
        <translation>créer une base vide</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="36" />
        <source>list the sites of the store</source>
        <translation>lister les sites de la base</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="37" />
        <source>add a site</source>
        <translation>ajouter un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="38" />
        <source>list the cookies of the registry</source>
        <translation>lister les cookies du registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="39" />
        <source>add a cookie</source>
        <translation>ajouter un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="40" />
        <source>change fields of a cookie</source>
        <translation>modifier des champs d'un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="41" />
        <source>remove cookies</source>
        <translation>supprimer des cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="42" />
        <source>import cookies from a CSV or JSON file</source>
        <translation>importer des cookies d'un fichier CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="43" />
        <source>export the registry as CSV or JSON</source>
        <translation>exporter le registre en CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="44" />
        <source>check the registry against the rules</source>
        <translation>vérifier le registre selon les règles</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="66" />
        <source>--store needs a file name</source>
        <translation>--store attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="87" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="88" />
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="89" />
        <source>%1: %2: cookie #%3 %4: %5: %6</source>
        <translation>%1 : %2 : cookie nº %3 %4 : %5 : %6</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="129" />
        <source>Usage: cookie-charter [--store FILE] [--read-only] COMMAND [OPTIONS]
       cookie-charter [--store FILE] [--read-only]   (opens the window)

Keeps the cookie registry of websites and their cookie charter.

Commands:
</source>
        <translation>Usage : cookie-charter [--store FICHIER] [--read-only] COMMANDE [OPTIONS]
        cookie-charter [--store FICHIER] [--read-only]   (ouvre la fenêtre)

Tient le registre des cookies de sites web et leur charte cookies.

Commandes :
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="137" />
        <source>
The store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in your data folder (created with the reference charter on first use).
Run 'cookie-charter COMMAND --help' for a command's options.
Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.
</source>
        <translation>
La base est --store FICHIER, sinon $COOKIE_CHARTER_STORE, sinon la base par défaut de votre dossier de données (créée avec la charte de référence à la première utilisation).
Lancez « cookie-charter COMMANDE --help » pour les options d'une commande.
Codes de sortie : 0 succès, 1 erreurs de validation, 2 erreur d'utilisation, 3 erreur de base ou de fichier.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="146" />
        <location filename="../../src/cli/CommandLine.cpp" line="157" />
        <source>cookie-charter: %1</source>
        <translation>cookie-charter : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="148" />
        <source>Run 'cookie-charter --help' for the commands.</source>
        <translation>Lancez « cookie-charter --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="150" />
        <source>Run 'cookie-charter %1 --help' for its options.</source>
        <translation>Lancez « cookie-charter %1 --help » pour ses options.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="181" />
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="217" />
        <source>no site "%1" in %2 (see: cookie-charter sites)</source>
        <translation>aucun site « %1 » dans %2 (voir : cookie-charter sites)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="224" />
        <source>the store has no site yet; add one with: cookie-charter site-add NAME</source>
        <translation>la base n'a encore aucun site ; ajoutez-en un avec : cookie-charter site-add NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="226" />
        <source>the store has %1 sites; choose one with --site</source>
        <translation>la base a %1 sites ; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="237" />
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="250" />
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="251" />
        <source>unknown command "%1"</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="278" />
        <source>The store file to create.</source>
        <translation>Le fichier de base à créer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="279" />
        <source>Creates an empty store.</source>
        <translation>Crée une base vide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="279" />
        <source>Creates an empty store file.</source>
        <translation>Crée un fichier de base vide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="283" />
        <source>init takes one file name</source>
        <translation>init attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="287" />
        <source>Created the empty store %1</source>
        <translation>Base vide %1 créée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="295" />
        <source>Lists the sites.</source>
        <translation>Liste les sites.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="295" />
        <source>Lists the sites of the store.</source>
        <translation>Liste les sites de la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="298" />
        <source>sites takes no arguments</source>
        <translation>sites n'attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="305" />
        <location filename="../../src/cli/CommandLine.cpp" line="391" />
        <source>ID</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="305" />
        <location filename="../../src/cli/CommandLine.cpp" line="397" />
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="305" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="305" />
        <source>LANGUAGES</source>
        <translation>LANGUES</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="305" />
        <source>COOKIES</source>
        <translation>COOKIES</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="318" />
        <source>The site's address.</source>
        <translation>L'adresse du site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="320" />
        <source>Charter languages, French first (default: fr).</source>
        <translation>Langues de la charte, le français d'abord (par défaut : fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="323" />
        <source>Whom to contact about cookies (address or e-mail).</source>
        <translation>Qui contacter au sujet des cookies (adresse ou courriel).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="326" />
        <source>Short name of the site.</source>
        <translation>Nom court du site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="327" />
        <source>Adds a site.</source>
        <translation>Ajoute un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="327" />
        <source>Adds a site to the store.</source>
        <translation>Ajoute un site à la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="331" />
        <source>site-add takes one site name</source>
        <translation>site-add attend un nom de site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="339" />
        <source>--languages: %1</source>
        <translation>--languages : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="345" />
        <source>Added site %1 (#%2)</source>
        <translation>Site %1 ajouté (nº %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="353" />
        <source>Only this site.</source>
        <translation>Seulement ce site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="354" />
        <source>table, csv or json (default: table).</source>
        <translation>table, csv ou json (par défaut : table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="356" />
        <source>Language of the purpose in the table (fr, en).</source>
        <translation>Langue de la finalité dans la table (fr, en).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="359" />
        <source>Lists the cookies.</source>
        <translation>Liste les cookies.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="359" />
        <source>Lists the cookies of the registry.</source>
        <translation>Liste les cookies du registre.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="362" />
        <source>list takes no arguments</source>
        <translation>list n'attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="365" />
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="367" />
        <location filename="../../src/cli/CommandLine.cpp" line="460" />
        <source>--lang must be fr or en</source>
        <translation>--lang doit valoir fr ou en</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="394" />
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="397" />
        <source>PROVIDER</source>
        <translation>PRESTATAIRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="397" />
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="397" />
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="397" />
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="398" />
        <source>PARTY</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="398" />
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="398" />
        <source>PURPOSE</source>
        <translation>FINALITÉ</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="425" />
        <source>The site (needed when the store has several).</source>
        <translation>Le site (nécessaire quand la base en a plusieurs).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="426" />
        <source>Language of --purpose (fr or en, default fr).</source>
        <translation>Langue de --purpose (fr ou en, par défaut fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="438" />
        <source>Who sets the cookie (required).</source>
        <translation>Qui dépose le cookie (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="439" />
        <source>The service it belongs to (required).</source>
        <translation>Le service auquel il appartient (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="440" />
        <source>Cookie name; end with * for a pattern (required).</source>
        <translation>Nom du cookie ; terminez par * pour un motif (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="441" />
        <source>What it is for, in --lang (required).</source>
        <translation>À quoi il sert, dans la langue --lang (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="442" />
        <source>Where it runs (front office, back office...).</source>
        <translation>Où il est utilisé (front office, back office…).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="443" />
        <source>necessary, preferences, statistics, marketing or unclassified.</source>
        <translation>necessary, preferences, statistics, marketing ou unclassified.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="444" />
        <source>first or third.</source>
        <translation>first (interne) ou third (tiers).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="445" />
        <source>The domain that sets it.</source>
        <translation>Le domaine qui le dépose.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="446" />
        <source>How long it is kept ("13 mois", "session").</source>
        <translation>Durée de conservation (« 13 mois », « session »).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="447" />
        <source>cookie, localStorage, sessionStorage, IndexedDB or pixel.</source>
        <translation>cookie, localStorage, sessionStorage, IndexedDB ou pixel.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="448" />
        <source>The provider's privacy policy (http/https).</source>
        <translation>La politique de confidentialité du prestataire (http/https).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="449" />
        <source>yes, no or default (from the category).</source>
        <translation>yes, no ou default (selon la catégorie).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="450" />
        <source>Internal notes.</source>
        <translation>Notes internes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="454" />
        <source>Adds a cookie.</source>
        <translation>Ajoute un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="454" />
        <source>Adds a cookie to a site's registry.</source>
        <translation>Ajoute un cookie au registre d'un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="457" />
        <source>add takes options only</source>
        <translation>add n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="465" />
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="473" />
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="484" />
        <source>Added cookie #%1 (%2) to %3</source>
        <translation>Cookie nº %1 (%2) ajouté à %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="486" />
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="494" />
        <source>The cookie's number (see list).</source>
        <translation>Le numéro du cookie (voir list).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="496" />
        <source>Fields to change: %1.</source>
        <translation>Champs à modifier : %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="502" />
        <source>Changes a cookie.</source>
        <translation>Modifie un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="502" />
        <source>Changes fields of a cookie.</source>
        <translation>Modifie des champs d'un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="506" />
        <source>set needs an ID and at least one FIELD=VALUE</source>
        <translation>set attend un numéro et au moins un CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="510" />
        <location filename="../../src/cli/CommandLine.cpp" line="553" />
        <source>"%1" is not a cookie number</source>
        <translation>« %1 » n'est pas un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="515" />
        <source>"%1" is not FIELD=VALUE</source>
        <translation>« %1 » n'est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="518" />
        <source>unknown field "%1"</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="525" />
        <source>no cookie #%1 in %2</source>
        <translation>aucun cookie nº %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="529" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="534" />
        <source>Changed cookie #%1 (%2)</source>
        <translation>Cookie nº %1 (%2) modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="542" />
        <source>The numbers of the cookies to remove.</source>
        <translation>Les numéros des cookies à supprimer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="543" />
        <source>Removes cookies.</source>
        <translation>Supprime des cookies.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="543" />
        <source>Removes cookies from the registry, all or none.</source>
        <translation>Supprime des cookies du registre, tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="547" />
        <source>remove needs at least one cookie number</source>
        <translation>remove attend au moins un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="562" />
        <source>no cookie #%1 in %2; nothing was removed</source>
        <translation>aucun cookie nº %1 dans %2 ; rien n'a été supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="568" />
        <source>Removed %n cookie(s)</source>
        <translation><numerusform>%n cookie supprimé</numerusform><numerusform>%n cookies supprimés</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="577" />
        <source>Site for rows that name none (created if missing).</source>
        <translation>Site des lignes qui n'en nomment pas (créé s'il manque).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="579" />
        <source>csv or json (default: from the file name).</source>
        <translation>csv ou json (par défaut : d'après le nom du fichier).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="581" />
        <source>Check the file, write nothing.</source>
        <translation>Vérifier le fichier sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="583" />
        <source>A CSV or JSON file.</source>
        <translation>Un fichier CSV ou JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="584" />
        <source>Imports cookies.</source>
        <translation>Importe des cookies.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="585" />
        <source>Imports cookies from a CSV or JSON file: all rows or none.</source>
        <translation>Importe des cookies d'un fichier CSV ou JSON : toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="589" />
        <source>import takes one file</source>
        <translation>import attend un fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="595" />
        <location filename="../../src/cli/CommandLine.cpp" line="655" />
        <source>--format must be csv or json</source>
        <translation>--format doit valoir csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="605" />
        <source>%1 has no site column and the store has several sites; choose one with --site</source>
        <translation>%1 n'a pas de colonne site et la base a plusieurs sites ; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="614" />
        <source>warning: %1: ignored unknown column(s): %2</source>
        <translation>avertissement : %1 : colonne(s) inconnue(s) ignorée(s) : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="619" />
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="619" />
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="621" />
        <source>%1: %2 %3: %4</source>
        <translation>%1 : %2 %3 : %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="622" />
        <source>%n row(s) rejected; nothing was imported</source>
        <translation><numerusform>%n ligne refusée ; rien n'a été importé</numerusform><numerusform>%n lignes refusées ; rien n'a été importé</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="627" />
        <source>Would create site %1</source>
        <translation>Créerait le site %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="627" />
        <source>Created site %1</source>
        <translation>Site %1 créé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="629" />
        <source>%n cookie(s) would be imported; nothing was written (dry run)</source>
        <translation><numerusform>%n cookie serait importé ; rien n'a été écrit (essai)</numerusform><numerusform>%n cookies seraient importés ; rien n'a été écrit (essai)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="631" />
        <source>Imported %n cookie(s) from %1</source>
        <translation><numerusform>%n cookie importé depuis %1</numerusform><numerusform>%n cookies importés depuis %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="639" />
        <location filename="../../src/cli/CommandLine.cpp" line="685" />
        <source>Only this site (default: all).</source>
        <translation>Seulement ce site (par défaut : tous).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="640" />
        <source>csv or json (default: from -o, else csv).</source>
        <translation>csv ou json (par défaut : d'après -o, sinon csv).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="643" />
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>Écrire dans FICHIER, de façon atomique (par défaut : sortie standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="645" />
        <source>Exports the registry.</source>
        <translation>Exporte le registre.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="645" />
        <source>Exports the registry as CSV or JSON.</source>
        <translation>Exporte le registre en CSV ou JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="648" />
        <source>export takes options only</source>
        <translation>export n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="686" />
        <source>Do not list warnings.</source>
        <translation>Ne pas lister les avertissements.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="688" />
        <source>Checks the registry.</source>
        <translation>Vérifie le registre.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="689" />
        <source>Checks the registry: errors (exit 1) and warnings, with their reasons.</source>
        <translation>Vérifie le registre : erreurs (code 1) et avertissements, avec leurs raisons.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="692" />
        <source>validate takes no arguments</source>
        <translation>validate n'attend aucun argument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="723" />
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="723" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
</context>
<context>
    <name>CookieField</name>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="75" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="77" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="79" />
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="81" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="83" />
        <source>Purpose (French)</source>
        <translation>Finalité (français)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="85" />
        <source>Purpose (English)</source>
        <translation>Finalité (anglais)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="87" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="89" />
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="91" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="93" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="95" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="97" />
        <source>Privacy link</source>
        <translation>Lien de confidentialité</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="99" />
        <source>Consent exempt</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="103" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="170" />
        <source>a cookie name cannot hold control characters</source>
        <translation>un nom de cookie ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="175" />
        <source>'*' may only end a name pattern, as in _ga_*</source>
        <translation>« * » ne peut que terminer un motif de nom, comme dans _ga_*</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="189" />
        <source>unknown category "%1" (use necessary, preferences, statistics, marketing or unclassified)</source>
        <translation>catégorie inconnue « %1 » (utilisez necessary, preferences, statistics, marketing ou unclassified)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="200" />
        <source>unknown party "%1" (use first or third)</source>
        <translation>origine inconnue « %1 » (utilisez first ou third)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="215" />
        <source>unknown storage type "%1" (use cookie, localStorage, sessionStorage, IndexedDB or pixel)</source>
        <translation>type de stockage inconnu « %1 » (utilisez cookie, localStorage, sessionStorage, IndexedDB ou pixel)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="230" />
        <source>the privacy link must be an http:// or https:// address</source>
        <translation>le lien de confidentialité doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="246" />
        <source>consent_exempt takes yes, no or default</source>
        <translation>consent_exempt attend yes, no ou default</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="146" />
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n'est jamais refermé</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="176" />
        <source>the row is not valid UTF-8 text</source>
        <translation>la ligne n'est pas du texte UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="9" />
        <source>Cookie Charter</source>
        <translation>Charte cookies</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="26" />
        <source>Sites of the store</source>
        <translation>Sites de la base</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="31" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="32" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="33" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="34" />
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="42" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="51" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="54" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="26" />
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="28" />
        <source>(read-only: %1)</source>
        <translation>(lecture seule : %1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="30" />
        <source>%1 - Cookie Charter</source>
        <translation>%1 - Charte cookies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="42" />
        <source>%n cookie(s) in the store</source>
        <translation><numerusform>%n cookie dans la base</numerusform><numerusform>%n cookies dans la base</numerusform></translation>
    </message>
</context>
<context>
    <name>RegistryCsvReader</name>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="42" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="71" />
        <source>the file is empty: a header line is needed</source>
        <translation>le fichier est vide : une ligne d'en-tête est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="76" />
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="140" />
        <source>line 1: the header has no %1 column (found: %2)</source>
        <translation>ligne 1 : l'en-tête n'a pas de colonne %1 (trouvé : %2)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="165" />
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 champs, mais l'en-tête a %2 colonnes</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="104" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l'octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="113" />
        <source>not a Cookie Charter registry (expected "format": "%1" and a "sites" list)</source>
        <translation>ce n'est pas un registre Charte cookies (attendu : "format": "%1" et une liste "sites")</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="120" />
        <source>made by a newer Cookie Charter (registry format version %1)</source>
        <translation>créé par une version plus récente de Charte cookies (format de registre version %1)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="141" />
        <source>site %1 of the file has no name</source>
        <translation>le site %1 du fichier n'a pas de nom</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="153" />
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="182" />
        <source>expected true, false or null</source>
        <translation>true, false ou null attendu</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="64" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="70" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="105" />
        <source>cannot write the export: %1</source>
        <translation>impossible d'écrire l'export : %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="112" />
        <source>export cancelled; no file was written</source>
        <translation>export annulé ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="141" />
        <source>cannot read the store: %1</source>
        <translation>impossible de lire la base : %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="159" />
        <location filename="../../src/app/RegistryTransfer.cpp" line="168" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../src/store/Schema.cpp" line="162" />
        <source>upgrading the store to version %1 failed: %2</source>
        <translation>la mise à niveau de la base en version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../src/core/Site.cpp" line="15" />
        <source>unknown language "%1" (use fr and/or en)</source>
        <translation>langue inconnue « %1 » (utilisez fr et/ou en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="24" />
        <source>at least one language is needed (fr, en)</source>
        <translation>au moins une langue est nécessaire (fr, en)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../src/store/Store.cpp" line="228" />
        <source>cannot open %1: %2</source>
        <translation>impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="253" />
        <source>%1: no such store (create one with: cookie-charter init FILE)</source>
        <translation>%1 : base introuvable (créez-en un avec : cookie-charter init FICHIER)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="255" />
        <source>%1 is not a file</source>
        <translation>%1 n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="259" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="263" />
        <source>%1 is not a Cookie Charter store (it is not an SQLite database); it was left untouched</source>
        <translation>%1 n'est pas une base Charte cookies (ce n'est pas une base SQLite) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="269" />
        <source>opened read-only</source>
        <translation>ouverte en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="272" />
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="276" />
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="285" />
        <source>%1 is damaged or not a store (%2); it was left untouched</source>
        <translation>%1 est endommagé ou n'est pas une base (%2) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="291" />
        <source>%1 is damaged (integrity check: %2); it was left untouched</source>
        <translation>%1 est endommagé (contrôle d'intégrité : %2) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="301" />
        <source>%1 is an SQLite database but not a Cookie Charter store; it was left untouched</source>
        <translation>%1 est une base SQLite mais pas une base Charte cookies ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="305" />
        <source>%1 was made by a newer Cookie Charter (store version %2, this program knows %3)</source>
        <translation>%1 a été créé par une version plus récente de Charte cookies (base version %2, ce programme connaît la %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="313" />
        <source>%1 uses an older store version (%2) and is %3; open it once with write access to upgrade it</source>
        <translation>%1 utilise une ancienne version de base (%2) et est %3 ; ouvrez-le une fois avec le droit d'écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="321" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="338" />
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="343" />
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="360" />
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="524" />
        <source>the store cannot be written: %1</source>
        <translation>la base ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="526" />
        <source>store error: %1</source>
        <translation>erreur de la base : %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="532" />
        <source>no store is open</source>
        <translation>aucune base n'est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="535" />
        <source>the store is read-only (%1)</source>
        <translation>la base est en lecture seule (%1)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="565" />
        <source>the store is locked by another user (waited %1 s, %2 times); nothing was written, try again</source>
        <translation>la base est verrouillée par un autre utilisateur (attente de %1 s, %2 fois) ; rien n'a été écrit, réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="607" />
        <location filename="../../src/store/Store.cpp" line="667" />
        <source>a site named "%1" already exists</source>
        <translation>un site nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="614" />
        <source>site %1 added</source>
        <translation>site %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="624" />
        <location filename="../../src/store/Store.cpp" line="638" />
        <source>a site needs a name</source>
        <translation>un site doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="627" />
        <location filename="../../src/store/Store.cpp" line="641" />
        <source>a site needs at least one language</source>
        <translation>un site doit avoir au moins une langue</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="646" />
        <source>site #%1 no longer exists</source>
        <translation>le site nº %1 n'existe plus</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="649" />
        <source>site %1 was changed by someone else since you read it; reload it and try again</source>
        <translation>le site %1 a été modifié par quelqu'un d'autre depuis votre lecture ; rechargez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="671" />
        <source>site %1 changed</source>
        <translation>site %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="702" />
        <location filename="../../src/store/Store.cpp" line="813" />
        <source>cookie %1 (domain "%2") is already in the registry as cookie #%3</source>
        <translation>le cookie %1 (domaine « %2 ») est déjà au registre sous le nº %3</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="707" />
        <source>refused by the store: %1</source>
        <translation>refusé par la base : %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="739" />
        <source>site #%1 does not exist</source>
        <translation>le site nº %1 n'existe pas</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="746" />
        <source>cookie %1 added</source>
        <translation>cookie %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="768" />
        <source>cookie #%1 no longer exists (someone deleted it)</source>
        <translation>le cookie nº %1 n'existe plus (quelqu'un l'a supprimé)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="776" />
        <source>cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); your change was not saved</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 à %4 depuis votre lecture (champs modifiés : %5) ; votre modification n'a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="781" />
        <source>nothing visible</source>
        <translation>rien de visible</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="821" />
        <source>cookie #%1 changed while saving</source>
        <translation>le cookie nº %1 a changé pendant l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="823" />
        <source>cookie %1 changed</source>
        <translation>cookie %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="847" />
        <source>cookie #%1 does not exist; nothing was removed</source>
        <translation>le cookie nº %1 n'existe pas ; rien n'a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="852" />
        <source>cookie #%1 (%2) was changed by %3 since you read it; nothing was removed</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 depuis votre lecture ; rien n'a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="863" />
        <source>cookie %1 removed</source>
        <translation>cookie %1 supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="899" />
        <source>import cancelled; nothing was written</source>
        <translation>import annulé ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="907" />
        <source>no site given: add a site column or name the site (the store has %1 sites)</source>
        <translation>aucun site indiqué : ajoutez une colonne site ou nommez le site (la base a %1 sites)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="941" />
        <source>duplicate of line %1 (same site, domain and name %2)</source>
        <translation>doublon de la ligne %1 (même site, domaine et nom %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="962" />
        <source>%n row(s) rejected; nothing was imported</source>
        <translation><numerusform>%n ligne refusée ; rien n'a été importé</numerusform><numerusform>%n lignes refusées ; rien n'a été importé</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="970" />
        <source>%n cookie(s) imported</source>
        <translation><numerusform>%n cookie importé</numerusform><numerusform>%n cookies importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="971" />
        <source>%n cookie(s) imported from %1</source>
        <translation><numerusform>%n cookie importé depuis %1</numerusform><numerusform>%n cookies importés depuis %1</numerusform></translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="48" />
        <source>the reference registry is missing from this build</source>
        <translation>le registre de référence manque dans cette version du programme</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="62" />
        <source>the reference charter</source>
        <translation>la charte de référence</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="81" />
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="28" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="29" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="40" />
        <source>the provider is empty</source>
        <translation>le prestataire est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="42" />
        <source>the cookie name is empty</source>
        <translation>le nom du cookie est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="44" />
        <source>the purpose is empty</source>
        <translation>la finalité est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="52" />
        <source>the purpose is missing in %1, a language of the site</source>
        <translation>la finalité manque en %1, une langue du site</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="60" />
        <source>the duration "%1" cannot be read (write e.g. "13 mois", "2 years" or "session")</source>
        <translation>la durée « %1 » est illisible (écrivez par exemple « 13 mois », « 2 ans » ou « session »)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="67" />
        <source>an audience-measurement cookie exempt from consent may last 13 months at most (CNIL); this one lasts %1</source>
        <translation>un cookie de mesure d'audience exempté de consentement ne peut durer plus de 13 mois (CNIL) ; celui-ci dure %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="73" />
        <source>a third-party cookie should link to its provider's privacy policy</source>
        <translation>un cookie tiers devrait renvoyer à la politique de confidentialité de son prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="90" />
        <source>duplicate of cookie #%1 (same domain and name)</source>
        <translation>doublon du cookie nº %1 (même domaine et même nom)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="95" />
        <source>Necessary</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="97" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="99" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="101" />
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="105" />
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="133" />
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="134" />
        <source>First party</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="185" />
        <source>Local storage</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="187" />
        <source>Session storage</source>
        <translation>Stockage de session</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="189" />
        <source>IndexedDB</source>
        <translation>IndexedDB</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="191" />
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="193" />
        <source>HTTP cookie</source>
        <translation>Cookie HTTP</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/main.cpp" line="70" />
        <source>Cookie Charter</source>
        <translation>Charte cookies</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="71" />
        <source>The store cannot be opened:
%1</source>
        <translation>La base ne peut pas être ouverte :
%1</translation>
    </message>
</context>
</TS>
