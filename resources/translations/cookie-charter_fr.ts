<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CharterFiles</name>
    <message>
        <location filename="../../src/charter/CharterFiles.cpp" line="117" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CharterPreview</name>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="17" />
        <source>Charter &amp;language:</source>
        <translation>&amp;Langue de la charte :</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="23" />
        <source>Charter language</source>
        <translation>Langue de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="38" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="39" />
        <location filename="../../src/gui/CharterPreview.cpp" line="163" />
        <source>Print the charter</source>
        <translation>Imprimer la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="46" />
        <source>Charter preview</source>
        <translation>Aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="21" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="22" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="99" />
        <source>… and %n more cookie(s) in this table: the exported and published files list them all.</source>
        <translation><numerusform>… et %n autre cookie dans ce tableau : les fichiers exportés et publiés les listent tous.</numerusform><numerusform>… et %n autres cookies dans ce tableau : les fichiers exportés et publiés les listent tous.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="125" />
        <source>Choose a site to see its charter.</source>
        <translation>Choisissez un site pour voir sa charte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="149" />
        <source>%n purpose(s) shown in the other language</source>
        <translation><numerusform>%n finalité affichée dans l'autre langue</numerusform><numerusform>%n finalités affichées dans l'autre langue</numerusform></translation>
    </message>
</context>
<context>
    <name>CharterTextsDialog</name>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="9" />
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="117" />
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="126" />
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="144" />
        <source>Charter texts</source>
        <translation>Textes de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="16" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="22" />
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="36" />
        <source>Sections of the charter</source>
        <translation>Sections de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="47" />
        <source>Text of the section, in Markdown</source>
        <translation>Texte de la section, en Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="52" />
        <source>Markdown: # heading, - list, **strong**, *emphasis*, [link](https://…). {site}, {url} and {contact} are filled in from the site.</source>
        <translation>Markdown : # titre, - liste, **gras**, *italique*, [lien](https://…). {site}, {url} et {contact} sont remplis à partir du site.</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="64" />
        <source>&amp;Reset to the default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="74" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="80" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="17" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="18" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="75" />
        <source>Unsaved text</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="76" />
        <source>Save your changes to "%1" first?</source>
        <translation>Enregistrer d'abord vos modifications de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="100" />
        <source>The site's own text, last changed by %1 at %2.</source>
        <translation>Texte propre au site, modifié en dernier par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="102" />
        <source>The default text.</source>
        <translation>Le texte par défaut.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="104" />
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="107" />
        <source>The store is read-only (%1).</source>
        <translation>La base est en lecture seule (%1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="118" />
        <source>A section cannot be empty; reset it to the default instead.</source>
        <translation>Une section ne peut pas être vide ; rétablissez plutôt le texte par défaut.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="138" />
        <source>Reset to the default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="139" />
        <source>Replace the site's own text of "%1" with the default text?</source>
        <translation>Remplacer le texte propre au site de « %1 » par le texte par défaut ?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="34" />
        <source>create an empty store file</source>
        <translation>créer une base vide</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="35" />
        <source>list the sites of the store</source>
        <translation>lister les sites de la base</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="36" />
        <source>add a site</source>
        <translation>ajouter un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="38" />
        <source>change a site's name, address, languages or contact</source>
        <translation>modifier le nom, l'adresse, les langues ou le contact d'un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="39" />
        <source>list the cookies of the registry</source>
        <translation>lister les cookies du registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="40" />
        <source>add a cookie</source>
        <translation>ajouter un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="41" />
        <source>change fields of a cookie</source>
        <translation>modifier des champs d'un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="42" />
        <source>remove cookies</source>
        <translation>supprimer des cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="43" />
        <source>import cookies from a CSV or JSON file</source>
        <translation>importer des cookies d'un fichier CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="45" />
        <source>export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)</source>
        <translation>exporter le registre (CSV, JSON) ou la charte (HTML, Markdown, PDF)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="47" />
        <source>list the charter's text sections</source>
        <translation>lister les sections de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="48" />
        <source>print a charter text section</source>
        <translation>afficher une section de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="49" />
        <source>rewrite a charter text section</source>
        <translation>réécrire une section de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="50" />
        <source>go back to the default text of a section</source>
        <translation>revenir au texte par défaut d'une section</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="51" />
        <source>check the registry against the rules</source>
        <translation>vérifier le registre selon les règles</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="53" />
        <source>publish the registry and the charter files into the shared store</source>
        <translation>publier le registre et les fichiers de la charte dans la base partagée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="55" />
        <source>list the publications of a site</source>
        <translation>lister les publications d'un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="57" />
        <source>show what changed between two publications (or the working registry)</source>
        <translation>montrer ce qui a changé entre deux publications (ou le registre en cours)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="59" />
        <source>save the files of a publication to a folder</source>
        <translation>enregistrer les fichiers d'une publication dans un dossier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="60" />
        <source>check every publication's hashes and the chain</source>
        <translation>vérifier les empreintes de chaque publication et la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="81" />
        <source>--store needs a file name</source>
        <translation>--store attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="101" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="102" />
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="103" />
        <source>%1: %2: cookie #%3 %4: %5: %6</source>
        <translation>%1 : %2 : cookie nº %3 %4 : %5 : %6</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="137" />
        <source>Usage: cookie-charter [--store FILE] [--read-only] COMMAND [OPTIONS]
       cookie-charter [--store FILE] [--read-only]   (opens the window)

Keeps the cookie registry of websites and their cookie charter.

Commands:
</source>
        <translation>Usage : cookie-charter [--store FICHIER] [--read-only] COMMANDE [OPTIONS]
        cookie-charter [--store FICHIER] [--read-only]   (ouvre la fenêtre)

Tient le registre des cookies de sites web et leur charte cookies.

Commandes :
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="146" />
        <source>
The store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in your data folder (created with the reference charter on first use).
Run 'cookie-charter COMMAND --help' for a command's options.
Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.
</source>
        <translation>
La base est --store FICHIER, sinon $COOKIE_CHARTER_STORE, sinon la base par défaut de votre dossier de données (créée avec la charte de référence à la première utilisation).
Lancez « cookie-charter COMMANDE --help » pour les options d'une commande.
Codes de sortie : 0 succès, 1 erreurs de validation, 2 erreur d'utilisation, 3 erreur de base ou de fichier.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="154" />
        <location filename="../../src/cli/CommandLine.cpp" line="164" />
        <source>cookie-charter: %1</source>
        <translation>cookie-charter : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="156" />
        <source>Run 'cookie-charter --help' for the commands.</source>
        <translation>Lancez « cookie-charter --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="158" />
        <source>Run 'cookie-charter %1 --help' for its options.</source>
        <translation>Lancez « cookie-charter %1 --help » pour ses options.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="185" />
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="220" />
        <source>no site "%1" in %2 (see: cookie-charter sites)</source>
        <translation>aucun site « %1 » dans %2 (voir : cookie-charter sites)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="228" />
        <source>the store has no site yet; add one with: cookie-charter site-add NAME</source>
        <translation>la base n'a encore aucun site ; ajoutez-en un avec : cookie-charter site-add NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="230" />
        <source>the store has %1 sites; choose one with --site</source>
        <translation>la base a %1 sites ; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="240" />
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="255" />
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="256" />
        <source>unknown command "%1"</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="302" />
        <source>The store file to create.</source>
        <translation>Le fichier de base à créer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="303" />
        <source>Creates an empty store file.</source>
        <translation>Crée un fichier de base vide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="307" />
        <source>init takes one file name</source>
        <translation>init attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="311" />
        <source>Created the empty store %1</source>
        <translation>Base vide %1 créée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="318" />
        <source>Lists the sites of the store.</source>
        <translation>Liste les sites de la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="321" />
        <source>sites takes no arguments</source>
        <translation>sites n'attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="328" />
        <location filename="../../src/cli/CommandLine.cpp" line="417" />
        <source>ID</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="328" />
        <location filename="../../src/cli/CommandLine.cpp" line="423" />
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="328" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="328" />
        <source>LANGUAGES</source>
        <translation>LANGUES</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="328" />
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>COOKIES</source>
        <translation>COOKIES</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="340" />
        <source>The site's address.</source>
        <translation>L'adresse du site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="343" />
        <source>Charter languages, French first (default: fr).</source>
        <translation>Langues de la charte, le français d'abord (par défaut : fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="346" />
        <source>Whom to contact about cookies (address or e-mail).</source>
        <translation>Qui contacter au sujet des cookies (adresse ou courriel).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="349" />
        <source>Short name of the site.</source>
        <translation>Nom court du site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="350" />
        <source>Adds a site to the store.</source>
        <translation>Ajoute un site à la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="354" />
        <source>site-add takes one site name</source>
        <translation>site-add attend un nom de site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="362" />
        <source>--languages: %1</source>
        <translation>--languages : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="368" />
        <source>Added site %1 (#%2)</source>
        <translation>Site %1 ajouté (nº %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="375" />
        <source>Only this site.</source>
        <translation>Seulement ce site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="378" />
        <source>table, csv or json (default: table).</source>
        <translation>table, csv ou json (par défaut : table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="381" />
        <source>Language of the purpose in the table (fr, en).</source>
        <translation>Langue de la finalité dans la table (fr, en).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="384" />
        <source>Lists the cookies of the registry.</source>
        <translation>Liste les cookies du registre.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="387" />
        <source>list takes no arguments</source>
        <translation>list n'attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="390" />
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="392" />
        <location filename="../../src/cli/CommandLine.cpp" line="498" />
        <location filename="../../src/cli/CommandLine.cpp" line="727" />
        <location filename="../../src/cli/CommandLine.cpp" line="879" />
        <source>--lang must be fr or en</source>
        <translation>--lang doit valoir fr ou en</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="420" />
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="423" />
        <source>PROVIDER</source>
        <translation>PRESTATAIRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="423" />
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="423" />
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="423" />
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="424" />
        <source>PARTY</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="424" />
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="424" />
        <source>PURPOSE</source>
        <translation>FINALITÉ</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="451" />
        <location filename="../../src/cli/CommandLine.cpp" line="897" />
        <source>The site (needed when the store has several).</source>
        <translation>Le site (nécessaire quand la base en a plusieurs).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="454" />
        <source>Language of --purpose (fr or en, default fr).</source>
        <translation>Langue de --purpose (fr ou en, par défaut fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="466" />
        <source>Who sets the cookie (required).</source>
        <translation>Qui dépose le cookie (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="467" />
        <source>The service it belongs to (required).</source>
        <translation>Le service auquel il appartient (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="469" />
        <source>Cookie name; end with * for a pattern (required).</source>
        <translation>Nom du cookie ; terminez par * pour un motif (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="471" />
        <source>What it is for, in --lang (required).</source>
        <translation>À quoi il sert, dans la langue --lang (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="474" />
        <source>Where it runs (front office, back office...).</source>
        <translation>Où il est utilisé (front office, back office…).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="476" />
        <source>necessary, preferences, statistics, marketing or unclassified.</source>
        <translation>necessary, preferences, statistics, marketing ou unclassified.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="478" />
        <source>first or third.</source>
        <translation>first (interne) ou third (tiers).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="479" />
        <source>The domain that sets it.</source>
        <translation>Le domaine qui le dépose.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="481" />
        <source>How long it is kept ("13 mois", "session").</source>
        <translation>Durée de conservation (« 13 mois », « session »).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="483" />
        <source>cookie, localStorage, sessionStorage, IndexedDB or pixel.</source>
        <translation>cookie, localStorage, sessionStorage, IndexedDB ou pixel.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="485" />
        <source>The provider's privacy policy (http/https).</source>
        <translation>La politique de confidentialité du prestataire (http/https).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="487" />
        <source>yes, no or default (from the category).</source>
        <translation>yes, no ou default (selon la catégorie).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="488" />
        <source>Internal notes.</source>
        <translation>Notes internes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="492" />
        <source>Adds a cookie to a site's registry.</source>
        <translation>Ajoute un cookie au registre d'un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="495" />
        <source>add takes options only</source>
        <translation>add n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="503" />
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="512" />
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="524" />
        <source>Added cookie #%1 (%2) to %3</source>
        <translation>Cookie nº %1 (%2) ajouté à %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="526" />
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="533" />
        <source>The cookie's number (see list).</source>
        <translation>Le numéro du cookie (voir list).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="534" />
        <source>Fields to change: %1.</source>
        <translation>Champs à modifier : %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="540" />
        <source>Changes fields of a cookie.</source>
        <translation>Modifie des champs d'un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="544" />
        <source>set needs an ID and at least one FIELD=VALUE</source>
        <translation>set attend un numéro et au moins un CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="548" />
        <location filename="../../src/cli/CommandLine.cpp" line="594" />
        <source>"%1" is not a cookie number</source>
        <translation>« %1 » n'est pas un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="554" />
        <source>"%1" is not FIELD=VALUE</source>
        <translation>« %1 » n'est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="557" />
        <source>unknown field "%1"</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="565" />
        <source>no cookie #%1 in %2</source>
        <translation>aucun cookie nº %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="569" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="575" />
        <source>Changed cookie #%1 (%2)</source>
        <translation>Cookie nº %1 (%2) modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="583" />
        <source>The numbers of the cookies to remove.</source>
        <translation>Les numéros des cookies à supprimer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="584" />
        <source>Removes cookies from the registry, all or none.</source>
        <translation>Supprime des cookies du registre, tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="588" />
        <source>remove needs at least one cookie number</source>
        <translation>remove attend au moins un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="604" />
        <source>no cookie #%1 in %2; nothing was removed</source>
        <translation>aucun cookie nº %1 dans %2 ; rien n'a été supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="610" />
        <source>Removed %n cookie(s)</source>
        <translation><numerusform>%n cookie supprimé</numerusform><numerusform>%n cookies supprimés</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="618" />
        <source>Site for rows that name none (created if missing).</source>
        <translation>Site des lignes qui n'en nomment pas (créé s'il manque).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="621" />
        <source>csv or json (default: from the file name).</source>
        <translation>csv ou json (par défaut : d'après le nom du fichier).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="624" />
        <source>Check the file, write nothing.</source>
        <translation>Vérifier le fichier sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="626" />
        <source>A CSV or JSON file.</source>
        <translation>Un fichier CSV ou JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="627" />
        <source>Imports cookies from a CSV or JSON file: all rows or none.</source>
        <translation>Importe des cookies d'un fichier CSV ou JSON : toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="632" />
        <source>import takes one file</source>
        <translation>import attend un fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="638" />
        <source>--format must be csv or json</source>
        <translation>--format doit valoir csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="649" />
        <source>%1 has no site column and the store has several sites; choose one with --site</source>
        <translation>%1 n'a pas de colonne site et la base a plusieurs sites ; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="658" />
        <source>warning: %1: ignored unknown column(s): %2</source>
        <translation>avertissement : %1 : colonne(s) inconnue(s) ignorée(s) : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="664" />
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="664" />
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="666" />
        <source>%1: %2 %3: %4</source>
        <translation>%1 : %2 %3 : %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="667" />
        <source>%n row(s) rejected; nothing was imported</source>
        <translation><numerusform>%n ligne refusée ; rien n'a été importé</numerusform><numerusform>%n lignes refusées ; rien n'a été importé</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="674" />
        <source>Would create site %1</source>
        <translation>Créerait le site %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="674" />
        <source>Created site %1</source>
        <translation>Site %1 créé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="677" />
        <source>%n cookie(s) would be imported; nothing was written (dry run)</source>
        <translation><numerusform>%n cookie serait importé ; rien n'a été écrit (essai)</numerusform><numerusform>%n cookies seraient importés ; rien n'a été écrit (essai)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="681" />
        <source>Imported %n cookie(s) from %1</source>
        <translation><numerusform>%n cookie importé depuis %1</numerusform><numerusform>%n cookies importés depuis %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="690" />
        <source>The site (registry: default all; charter: needed when the store has several).</source>
        <translation>Le site (registre : tous par défaut ; charte : nécessaire quand la base en a plusieurs).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="694" />
        <source>csv or json (the registry); html, html-fragment, md or pdf (the charter). Default: from -o, else csv.</source>
        <translation>csv ou json (le registre) ; html, html-fragment, md ou pdf (la charte). Par défaut : d'après -o, sinon csv.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="698" />
        <source>Charter language, fr or en (default: the site's first).</source>
        <translation>Langue de la charte, fr ou en (par défaut : la première du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="705" />
        <source>Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF.</source>
        <translation>Exporte le registre en CSV ou JSON, ou la charte en HTML, Markdown ou PDF.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="717" />
        <source>--format must be csv, json, html, html-fragment, md or pdf</source>
        <translation>--format doit valoir csv, json, html, html-fragment, md ou pdf</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="741" />
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="807" />
        <source>The site (name, address or number).</source>
        <translation>Le site (nom, adresse ou numéro).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="809" />
        <source>Fields to change: name, url, languages, contact.</source>
        <translation>Champs à modifier : name, url, languages, contact.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="810" />
        <source>Changes a site's name, address, languages or contact.</source>
        <translation>Modifie le nom, l'adresse, les langues ou le contact d'un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="815" />
        <source>site-set needs a site and at least one FIELD=VALUE</source>
        <translation>site-set attend un site et au moins un CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="835" />
        <source>languages: %1</source>
        <translation>langues : %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="838" />
        <source>"%1" is not FIELD=VALUE with FIELD one of name, url, languages, contact</source>
        <translation>« %1 » n'est pas de la forme CHAMP=VALEUR avec CHAMP parmi name, url, languages, contact</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="846" />
        <source>Changed site %1</source>
        <translation>Site %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="854" />
        <source>%1 takes one section name</source>
        <translation>%1 attend un nom de section</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="855" />
        <source>%1 takes no arguments</source>
        <translation>%1 n'attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="863" />
        <source>unknown section "%1" (sections: %2)</source>
        <translation>section inconnue « %1 » (sections : %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="900" />
        <source>fr or en (default: the site's first language).</source>
        <translation>fr ou en (par défaut : la première langue du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="911" />
        <source>Lists the charter's text sections and whether the site rewrote them.</source>
        <translation>Liste les sections de texte de la charte et indique celles que le site a réécrites.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="917" />
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="917" />
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="917" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="919" />
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="922" />
        <source>the site's own (version %1, %2, %3)</source>
        <translation>propre au site (version %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="936" />
        <location filename="../../src/cli/CommandLine.cpp" line="958" />
        <location filename="../../src/cli/CommandLine.cpp" line="1000" />
        <source>The section (see texts).</source>
        <translation>La section (voir texts).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="937" />
        <source>Prints a charter text section (Markdown).</source>
        <translation>Affiche une section de texte de la charte (Markdown).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="953" />
        <source>Read the Markdown text from FILE (- for standard input).</source>
        <translation>Lire le texte Markdown dans FICHIER (- pour l'entrée standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="955" />
        <source>The Markdown text itself.</source>
        <translation>Le texte Markdown lui-même.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="959" />
        <source>Rewrites a charter text section for one site and language.</source>
        <translation>Réécrit une section de texte de la charte pour un site et une langue.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="963" />
        <source>give the text with either --file or --text</source>
        <translation>donnez le texte avec --file ou avec --text</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="973" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="976" />
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n'est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="981" />
        <source>the text is empty; use text-reset to go back to the default</source>
        <translation>le texte est vide ; utilisez text-reset pour revenir au texte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="990" />
        <source>Saved the %1 text "%2" of %3</source>
        <translation>Texte %1 « %2 » de %3 enregistré</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1001" />
        <source>Goes back to the default text of a section.</source>
        <translation>Revient au texte par défaut d'une section.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1009" />
        <source>The %1 text "%2" of %3 is the default again</source>
        <translation>Le texte %1 « %2 » de %3 est de nouveau celui par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1019" />
        <source>Only this site (default: all).</source>
        <translation>Seulement ce site (par défaut : tous).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1105" />
        <source>no publication of "%1" in %2</source>
        <translation>aucune publication de « %1 » dans %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1111" />
        <source>%1 holds no publication yet</source>
        <translation>%1 ne contient encore aucune publication</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1113" />
        <source>%1 holds publications of %2 sites; choose one with --site</source>
        <translation>%1 contient des publications de %2 sites ; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1124" />
        <location filename="../../src/cli/CommandLine.cpp" line="1316" />
        <source>The shared store (default: the configured one, else the open store).</source>
        <translation>La base partagée (par défaut : celle configurée, sinon la base ouverte).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1126" />
        <source>The site.</source>
        <translation>Le site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1137" />
        <source>Why this publication (kept in the history).</source>
        <translation>Pourquoi cette publication (gardé dans l'historique).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1139" />
        <source>Publish even if nothing changed.</source>
        <translation>Publier même si rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1142" />
        <source>Publishes the registry and every policy file of a site, in all its languages, into the shared store (created if missing), as one immutable, hash-chained publication.</source>
        <translation>Publie le registre et chaque fichier de la charte d'un site, dans toutes ses langues, dans la base partagée (créée si elle manque), en une publication immuable et chaînée par empreintes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1148" />
        <source>publish takes options only</source>
        <translation>publish n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1187" />
        <source>Lists the publications of a site in the shared store.</source>
        <translation>Liste les publications d'un site dans la base partagée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1191" />
        <source>publications takes options only</source>
        <translation>publications n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1200" />
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1206" />
        <source>Publications of %1 in %2:</source>
        <translation>Publications de %1 dans %2 :</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1214" />
        <location filename="../../src/cli/CommandLine.cpp" line="1215" />
        <source>A publication number, or working.</source>
        <translation>Un numéro de publication, ou working.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1217" />
        <source>Shows the cookies added, removed and changed field by field, and the charter text changes, from A to B.</source>
        <translation>Montre les cookies ajoutés, supprimés et modifiés champ par champ, et les changements de texte de la charte, de A à B.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1223" />
        <source>diff takes two publication numbers (or working)</source>
        <translation>diff attend deux numéros de publication (ou working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1239" />
        <source>the open store %1 has no site %2</source>
        <translation>la base ouverte %1 n'a pas de site %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1246" />
        <source>"%1" is not a publication number (or working)</source>
        <translation>« %1 » n'est pas un numéro de publication (ni working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1250" />
        <location filename="../../src/cli/CommandLine.cpp" line="1287" />
        <source>%1 has no publication %2</source>
        <translation>%1 n'a pas de publication %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1265" />
        <source>The publication number.</source>
        <translation>Le numéro de la publication.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1267" />
        <source>The folder to write to (created if missing).</source>
        <translation>Le dossier où écrire (créé s'il manque).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1268" />
        <source>Saves the files of a publication to a folder.</source>
        <translation>Enregistre les fichiers d'une publication dans un dossier.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1272" />
        <source>extract takes a publication number and a folder</source>
        <translation>extract attend un numéro de publication et un dossier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1276" />
        <source>"%1" is not a publication number</source>
        <translation>« %1 » n'est pas un numéro de publication</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1290" />
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1295" />
        <source>the file %1 of publication %2 is damaged (its SHA-256 differs); run verify</source>
        <translation>le fichier %1 de la publication %2 est endommagé (son SHA-256 diffère) ; lancez verify</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1302" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="1304" />
        <source>Saved %n file(s) of publication %1 to %2</source>
        <translation><numerusform>%n fichier de la publication %1 enregistré dans %2</numerusform><numerusform>%n fichiers de la publication %1 enregistrés dans %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1319" />
        <source>Checks every publication's files against their SHA-256 and the chain of hashes; exits 1 on the first broken link.</source>
        <translation>Vérifie les fichiers de chaque publication contre leur SHA-256 et la chaîne des empreintes ; sort avec 1 au premier maillon rompu.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1324" />
        <source>verify takes options only</source>
        <translation>verify n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1331" />
        <source>BROKEN: %1</source>
        <translation>ROMPU : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="1334" />
        <source>OK: %n publication(s) verified in %1</source>
        <translation><numerusform>OK : %n publication vérifiée dans %1</numerusform><numerusform>OK : %n publications vérifiées dans %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="701" />
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>Écrire dans FICHIER, de façon atomique (par défaut : sortie standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="709" />
        <source>export takes options only</source>
        <translation>export n'attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1020" />
        <source>Do not list warnings.</source>
        <translation>Ne pas lister les avertissements.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1023" />
        <source>Checks the registry: errors (exit 1) and warnings, with their reasons.</source>
        <translation>Vérifie le registre : erreurs (code 1) et avertissements, avec leurs raisons.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="1026" />
        <source>validate takes no arguments</source>
        <translation>validate n'attend aucun argument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="1057" />
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandLine.cpp" line="1057" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
</context>
<context>
    <name>CookieDetails</name>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="26" />
        <source>&amp;Save again</source>
        <translation>&amp;Enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="27" />
        <source>Save the kept changes again</source>
        <translation>Enregistrer à nouveau les modifications gardées</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="44" />
        <source>&amp;Add to the registry</source>
        <translation>&amp;Ajouter au registre</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="45" />
        <source>Add the new cookie to the registry</source>
        <translation>Ajouter le nouveau cookie au registre</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="51" />
        <source>Disca&amp;rd</source>
        <translation>Abando&amp;nner</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="52" />
        <source>Discard the new cookie</source>
        <translation>Abandonner le nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="67" />
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="73" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="78" />
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="84" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="89" />
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="95" />
        <source>Location (front or back office)</source>
        <translation>Emplacement (front ou back office)</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="100" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106" />
        <source>Cookie name</source>
        <translation>Nom du cookie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106" />
        <source>_ga, or a pattern such as _ga_*</source>
        <translation>_ga, ou un motif comme _ga_*</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="111" />
        <source>Problem with the name</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="116" />
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="122" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="127" />
        <source>P&amp;arty:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="133" />
        <source>First or third party</source>
        <translation>Interne ou tiers</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="138" />
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144" />
        <source>.example.org</source>
        <translation>.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="149" />
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155" />
        <source>13 mois, 2 years, session…</source>
        <translation>13 mois, 2 ans, session…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="160" />
        <source>How the duration is read</source>
        <translation>Comment la durée est comprise</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="165" />
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="171" />
        <source>Storage type</source>
        <translation>Type de stockage</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="176" />
        <source>Pri&amp;vacy link:</source>
        <translation>&amp;Lien de confidentialité :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182" />
        <source>Provider's privacy policy link</source>
        <translation>Lien vers la politique de confidentialité du prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="187" />
        <source>C&amp;onsent:</source>
        <translation>Consente&amp;ment :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="193" />
        <source>Consent exemption</source>
        <translation>Exemption de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="198" />
        <source>Purpose (&amp;French):</source>
        <translation>Finalité (&amp;français) :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="204" />
        <source>Purpose in French</source>
        <translation>Finalité en français</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="209" />
        <source>Purpose (&amp;English):</source>
        <translation>Finalité (&amp;anglais) :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="215" />
        <source>Purpose in English</source>
        <translation>Finalité en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="220" />
        <source>&amp;Internal notes:</source>
        <translation>Notes &amp;internes :</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="226" />
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="35" />
        <source>As its category says</source>
        <translation>Selon sa catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="36" />
        <source>Exempt from consent</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="37" />
        <source>Needs consent</source>
        <translation>Soumis au consentement</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="126" />
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="253" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="258" />
        <source>Fill in the provider.</source>
        <translation>Indiquez le prestataire.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="262" />
        <location filename="../../src/gui/CookieDetails.cpp" line="266" />
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="270" />
        <source>Write its purpose in at least one language.</source>
        <translation>Écrivez sa finalité dans au moins une langue.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="291" />
        <source>New cookie: not in the registry until you add it.</source>
        <translation>Nouveau cookie : il n'est dans le registre qu'une fois ajouté.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="292" />
        <source>New cookie, not in the registry yet. %1</source>
        <translation>Nouveau cookie, pas encore dans le registre. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="337" />
        <source>Not saved yet: the store is locked by another user. Your text is kept here; save it again when the store is free.</source>
        <translation>Pas encore enregistré : la base est verrouillée par un autre utilisateur. Votre texte est gardé ici ; enregistrez-le à nouveau quand la base sera libre.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="395" />
        <source>cookie %1 of this site already has this domain and name; change one of them</source>
        <translation>le cookie %1 de ce site a déjà ce domaine et ce nom ; changez l'un des deux</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="406" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="415" />
        <source>Cannot be read: write e.g. "13 mois", "2 years" or "session".</source>
        <translation>Illisible : écrivez par exemple « 13 mois », « 2 ans » ou « session ».</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="417" />
        <source>Deleted when the browser closes.</source>
        <translation>Supprimé à la fermeture du navigateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CookieDetails.cpp" line="419" />
        <source>About %n day(s).</source>
        <translation><numerusform>Environ %n jour.</numerusform><numerusform>Environ %n jours.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="427" />
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="432" />
        <source>No cookie selected. Choose one in the table, or add one with Edit &gt; Add cookie.</source>
        <translation>Aucun cookie sélectionné. Choisissez-en un dans le tableau, ou ajoutez-en un avec Édition &gt; Ajouter un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="439" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="440" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="449" />
        <source>Added by %1 on %2; last changed by %3 on %4 (version %5).</source>
        <translation>Ajouté par %1 le %2 ; modifié en dernier par %3 le %4 (version %5).</translation>
    </message>
</context>
<context>
    <name>CookieField</name>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="71" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="73" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="75" />
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="77" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="79" />
        <source>Purpose (French)</source>
        <translation>Finalité (français)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="81" />
        <source>Purpose (English)</source>
        <translation>Finalité (anglais)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="83" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="85" />
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="87" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="89" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="91" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="93" />
        <source>Privacy link</source>
        <translation>Lien de confidentialité</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="95" />
        <source>Consent exempt</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="99" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="164" />
        <source>a cookie name cannot hold control characters</source>
        <translation>un nom de cookie ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="169" />
        <source>'*' may only end a name pattern, as in _ga_*</source>
        <translation>« * » ne peut que terminer un motif de nom, comme dans _ga_*</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="184" />
        <source>unknown category "%1" (use necessary, preferences, statistics, marketing or unclassified)</source>
        <translation>catégorie inconnue « %1 » (utilisez necessary, preferences, statistics, marketing ou unclassified)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="194" />
        <source>unknown party "%1" (use first or third)</source>
        <translation>origine inconnue « %1 » (utilisez first ou third)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="210" />
        <source>unknown storage type "%1" (use cookie, localStorage, sessionStorage, IndexedDB or pixel)</source>
        <translation>type de stockage inconnu « %1 » (utilisez cookie, localStorage, sessionStorage, IndexedDB ou pixel)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="224" />
        <source>the privacy link must be an http:// or https:// address</source>
        <translation>le lien de confidentialité doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="240" />
        <source>consent_exempt takes yes, no or default</source>
        <translation>consent_exempt attend yes, no ou default</translation>
    </message>
</context>
<context>
    <name>CookieNameValidator</name>
    <message>
        <location filename="../../src/gui/CookieDelegate.cpp" line="23" />
        <source>the cookie name is empty</source>
        <translation>le nom du cookie est vide</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="141" />
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n'est jamais refermé</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="179" />
        <source>the row is not valid UTF-8 text</source>
        <translation>la ligne n'est pas du texte UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="9" />
        <source>Publication history</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="16" />
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="22" />
        <source>Published site</source>
        <translation>Site publié</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="35" />
        <source>&amp;Verify the history</source>
        <translation>&amp;Vérifier l'historique</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="44" />
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="51" />
        <source>&amp;Charter as published</source>
        <translation>&amp;Charte telle que publiée</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="55" />
        <source>Language of the published charter</source>
        <translation>Langue de la charte publiée</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="60" />
        <source>The charter of the selected publication</source>
        <translation>La charte de la publication choisie</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="66" />
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="71" />
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="83" />
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="84" />
        <source>Two publications selected: what changed from the older to the newer. One: what changed since, in the working registry.</source>
        <translation>Deux publications choisies : ce qui a changé de la plus ancienne à la plus récente. Une seule : ce qui a changé depuis, dans le registre en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="89" />
        <source>Save the &amp;files…</source>
        <translation>Enregistrer les &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="99" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="28" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="29" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="31" />
        <source>in %1%2</source>
        <translation>dans %1%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="32" />
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="88" />
        <source>Choose a publication.</source>
        <translation>Choisissez une publication.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="89" />
        <source>Choose one publication to see its charter.</source>
        <translation>Choisissez une seule publication pour voir sa charte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="113" />
        <source>From publication %1 to publication %2:</source>
        <translation>De la publication %1 à la publication %2 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="118" />
        <location filename="../../src/gui/HistoryDialog.cpp" line="130" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="118" />
        <source>The open registry has no site %1.</source>
        <translation>Le registre ouvert n'a pas de site %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="123" />
        <source>From publication %1 to the working registry:</source>
        <translation>De la publication %1 au registre en cours :</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="143" />
        <source>Save the files of publication %1</source>
        <translation>Enregistrer les fichiers de la publication %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="152" />
        <location filename="../../src/gui/HistoryDialog.cpp" line="162" />
        <location filename="../../src/gui/HistoryDialog.cpp" line="168" />
        <source>Save the files</source>
        <translation>Enregistrer les fichiers</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="153" />
        <source>The file %1 of publication %2 is damaged: its SHA-256 differs. Verify the history.</source>
        <translation>Le fichier %1 de la publication %2 est endommagé : son SHA-256 diffère. Vérifiez l'historique.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="163" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="169" />
        <source>%n file(s) of publication %1 saved in %2.</source>
        <translation><numerusform>%n fichier de la publication %1 enregistré dans %2.</numerusform><numerusform>%n fichiers de la publication %1 enregistrés dans %2.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="180" />
        <location filename="../../src/gui/HistoryDialog.cpp" line="185" />
        <source>Verify the history</source>
        <translation>Vérifier l'historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="181" />
        <source>All %n publication(s) are intact: every file matches its SHA-256 and the chain holds.</source>
        <translation><numerusform>La publication est intacte : chaque fichier correspond à son SHA-256 et la chaîne tient.</numerusform><numerusform>Les %n publications sont intactes : chaque fichier correspond à son SHA-256 et la chaîne tient.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="186" />
        <source>The history is broken: %1</source>
        <translation>L'historique est rompu : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="9" />
        <source>Import cookies</source>
        <translation>Importer des cookies</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="22" />
        <source>Rows without a &amp;site go to:</source>
        <translation>Les lignes sans &amp;site vont dans :</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="28" />
        <source>Site for rows without one</source>
        <translation>Site des lignes qui n'en ont pas</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="34" />
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="35" />
        <source>Read the file again and check it</source>
        <translation>Relire le fichier et le vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="48" />
        <source>To be added</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="52" />
        <source>Cookies the import would add</source>
        <translation>Cookies que l'import ajouterait</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="61" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="65" />
        <source>Rows the import rejects</source>
        <translation>Lignes rejetées par l'import</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="20" />
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="24" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31" />
        <location filename="../../src/gui/ImportDialog.cpp" line="34" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32" />
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="34" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="45" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="60" />
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="72" />
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="74" />
        <source>Checking was cancelled. Nothing was written.</source>
        <translation>Vérification annulée. Rien n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="76" />
        <source>Rejected rows: %n. Nothing will be imported: fix the file and check again.</source>
        <translation><numerusform>Lignes rejetées : %n. Rien ne sera importé : corrigez le fichier puis vérifiez à nouveau.</numerusform><numerusform>Lignes rejetées : %n. Rien ne sera importé : corrigez le fichier puis vérifiez à nouveau.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="82" />
        <source>The file holds no cookie to import.</source>
        <translation>Le fichier ne contient aucun cookie à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="85" />
        <source>%n cookie(s) will be added.</source>
        <translation><numerusform>%n cookie sera ajouté.</numerusform><numerusform>%n cookies seront ajoutés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="88" />
        <source>New sites: %1.</source>
        <translation>Nouveaux sites : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="91" />
        <source>The first %n are listed.</source>
        <translation><numerusform>Le premier est listé.</numerusform><numerusform>Les %n premiers sont listés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="97" />
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="121" />
        <source>To be added (%1)</source>
        <translation>À ajouter (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="122" />
        <source>Rejected (%1)</source>
        <translation>Rejetées (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="129" />
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="138" />
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L'import a été annulé. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="140" />
        <source>Import</source>
        <translation>Import</translation>
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
        <location filename="../../ui/MainWindow.ui" line="40" />
        <source>Sites of the store</source>
        <translation>Sites de la base</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="45" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="46" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="47" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="48" />
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="55" />
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="60" />
        <source>Edit the site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="82" />
        <source>Search provider, service, name, purpose, domain…</source>
        <translation>Chercher prestataire, service, nom, finalité, domaine…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="84" />
        <source>Search the registry</source>
        <translation>Chercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="89" />
        <source>Show the category</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="94" />
        <source>Show first or third party</source>
        <translation>Afficher interne ou tiers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="99" />
        <source>Show the storage type</source>
        <translation>Afficher le type de stockage</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="106" />
        <source>Cookies of the site</source>
        <translation>Cookies du site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="119" />
        <source>Cookie details and charter preview</source>
        <translation>Détails du cookie et aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="121" />
        <source>&amp;Cookie</source>
        <translation>&amp;Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="130" />
        <location filename="../../ui/MainWindow.ui" line="359" />
        <source>Charter &amp;preview</source>
        <translation>&amp;Aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="146" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="150" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="162" />
        <source>&amp;Recent stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="179" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="192" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="200" />
        <source>&amp;Charter</source>
        <translation>&amp;Charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="214" />
        <source>Main tools</source>
        <translation>Outils principaux</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="225" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="236" />
        <source>Problems found in the registry</source>
        <translation>Problèmes trouvés dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="248" />
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="251" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="259" />
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="262" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="270" />
        <source>Open store &amp;read-only…</source>
        <translation>Ouvrir une base en &amp;lecture seule…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="275" />
        <source>&amp;Import cookies…</source>
        <translation>&amp;Importer des cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="278" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="286" />
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="289" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="297" />
        <source>&amp;Add cookie</source>
        <translation>&amp;Ajouter un cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="300" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="308" />
        <source>&amp;Duplicate cookie</source>
        <translation>&amp;Dupliquer le cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="311" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="319" />
        <source>De&amp;lete cookies…</source>
        <translation>&amp;Supprimer des cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="322" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="330" />
        <source>New &amp;site…</source>
        <translation>Nouveau &amp;site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="335" />
        <source>&amp;Edit site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="340" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="343" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="351" />
        <source>&amp;Cookie details</source>
        <translation>Détails du &amp;cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="354" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="362" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="367" />
        <source>&amp;Next problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="370" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="375" />
        <source>Registry as &amp;CSV…</source>
        <translation>Registre en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="380" />
        <source>Registry as &amp;JSON…</source>
        <translation>Registre en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="385" />
        <source>Charter as &amp;HTML page…</source>
        <translation>Charte en page &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="388" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="393" />
        <source>Charter as HTML &amp;fragment…</source>
        <translation>Charte en &amp;fragment HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="398" />
        <source>Charter as &amp;Markdown…</source>
        <translation>Charte en &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="403" />
        <source>Charter as &amp;PDF…</source>
        <translation>Charte en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="408" />
        <source>Edit the charter &amp;texts…</source>
        <translation>Modifier les &amp;textes de la charte…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="413" />
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="418" />
        <source>Publication &amp;history…</source>
        <translation>&amp;Historique des publications…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="423" />
        <source>&amp;Shared store for publications…</source>
        <translation>&amp;Base partagée des publications…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="428" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="431" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="261" />
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="271" />
        <source>%1 - Cookie Charter</source>
        <translation>%1 - Charte cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="356" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="359" />
        <source>First and third party</source>
        <translation>Internes et tiers</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="362" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="84" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="88" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="143" />
        <source>No problem found in this registry.</source>
        <translation>Aucun problème dans ce registre.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="202" />
        <source>No site chosen. Create one with Edit &gt; New site.</source>
        <translation>Aucun site choisi. Créez-en un avec Édition &gt; Nouveau site.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="263" />
        <source>Store: %1. Read-only (%2): you can look, export and preview, not edit.</source>
        <translation>Base : %1. Lecture seule (%2) : vous pouvez consulter, exporter et prévisualiser, pas modifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="289" />
        <source>%Ln cookie(s) in the store</source>
        <translation><numerusform>%Ln cookie dans la base</numerusform><numerusform>%Ln cookies dans la base</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="305" />
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="306" />
        <source>The new cookie has not been added to the registry. Discard it?</source>
        <translation>Le nouveau cookie n'a pas été ajouté au registre. L'abandonner ?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="499" />
        <source>Problems: none</source>
        <translation>Problèmes : aucun</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="500" />
        <source>Problems: %1, %2</source>
        <translation>Problèmes : %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="544" />
        <source>Change the name or the domain of the copy: the registry holds one cookie per domain and name.</source>
        <translation>Changez le nom ou le domaine de la copie : le registre tient un seul cookie par domaine et nom.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="551" />
        <source>Add cookie %1</source>
        <translation>Ajout du cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="555" />
        <source>Cookie %1 added.</source>
        <translation>Cookie %1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="568" />
        <source>Delete %n cookie(s) from the registry of %1?</source>
        <translation><numerusform>Supprimer %n cookie du registre de %1 ?</numerusform><numerusform>Supprimer %n cookies du registre de %1 ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="571" />
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pourrez annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="572" />
        <source>Delete cookies</source>
        <translation>Supprimer des cookies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="575" />
        <source>%n cookie(s) deleted.</source>
        <translation><numerusform>%n cookie supprimé.</numerusform><numerusform>%n cookies supprimés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="609" />
        <source>Import cookies</source>
        <translation>Importer des cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="610" />
        <source>Registry files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers de registre (*.csv *.json);;Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="616" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="624" />
        <source>%n cookie(s) imported.</source>
        <translation><numerusform>%n cookie importé.</numerusform><numerusform>%n cookies importés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="643" />
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="643" />
        <source>The store cannot be opened:
%1</source>
        <translation>La base ne peut pas être ouverte :
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="649" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="655" />
        <location filename="../../src/gui/MainWindow.cpp" line="660" />
        <location filename="../../src/gui/MainWindow.cpp" line="669" />
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="661" />
        <source>%1 already exists; a new store is never written over a file. Open it instead, or choose another name.</source>
        <translation>%1 existe déjà ; une nouvelle base n'écrase jamais un fichier. Ouvrez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="679" />
        <source>Open a store read-only</source>
        <translation>Ouvrir une base en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="679" />
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="691" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="697" />
        <source>(none yet)</source>
        <translation>(aucun pour le moment)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="724" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="725" />
        <source>Some of your changes to the cookie shown are not saved (the store is locked, or a new cookie was not added). Close anyway and lose them?</source>
        <translation>Certaines de vos modifications du cookie affiché ne sont pas enregistrées (la base est verrouillée, ou un nouveau cookie n'a pas été ajouté). Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="738" />
        <source>Export the registry as JSON</source>
        <translation>Exporter le registre en JSON</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="738" />
        <source>Export the registry as CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="740" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="740" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="743" />
        <source>Exporting the registry…</source>
        <translation>Export du registre…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="743" />
        <location filename="../../src/gui/MainWindow.cpp" line="845" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="755" />
        <location filename="../../src/gui/MainWindow.cpp" line="764" />
        <location filename="../../src/gui/MainWindow.cpp" line="793" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="757" />
        <source>Registry exported to %1</source>
        <translation>Registre exporté dans %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="764" />
        <location filename="../../src/gui/MainWindow.cpp" line="801" />
        <location filename="../../src/gui/MainWindow.cpp" line="830" />
        <source>Choose a site first.</source>
        <translation>Choisissez d'abord un site.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="775" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="778" />
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="781" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="784" />
        <source>Export the charter</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="795" />
        <source>Charter exported to %1</source>
        <translation>Charte exportée dans %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="801" />
        <source>Charter texts</source>
        <translation>Textes de la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="830" />
        <location filename="../../src/gui/MainWindow.cpp" line="836" />
        <location filename="../../src/gui/MainWindow.cpp" line="864" />
        <location filename="../../src/gui/MainWindow.cpp" line="867" />
        <location filename="../../src/gui/MainWindow.cpp" line="870" />
        <location filename="../../src/gui/MainWindow.cpp" line="876" />
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="841" />
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="842" />
        <source>Note for the history (why this publication):</source>
        <translation>Note pour l'historique (pourquoi cette publication) :</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="845" />
        <source>Publishing %1…</source>
        <translation>Publication de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="885" />
        <source>Publication history</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="896" />
        <source>Publications now go into the open store. Send them to another store file instead (for example on a network share)?</source>
        <translation>Les publications vont actuellement dans la base ouverte. Les envoyer plutôt dans un autre fichier de base (par exemple sur un partage réseau) ?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="899" />
        <source>Publications now go to %1. Choose another store file? (No: go back to the open store.)</source>
        <translation>Les publications vont actuellement dans %1. Choisir un autre fichier de base ? (Non : revenir à la base ouverte.)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="902" />
        <location filename="../../src/gui/MainWindow.cpp" line="911" />
        <location filename="../../src/gui/MainWindow.cpp" line="921" />
        <source>Shared store for publications</source>
        <translation>Base partagée des publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="906" />
        <source>Publications go into the open store.</source>
        <translation>Les publications vont dans la base ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="656" />
        <location filename="../../src/gui/MainWindow.cpp" line="680" />
        <location filename="../../src/gui/MainWindow.cpp" line="913" />
        <source>Cookie Charter stores (*.cookiestore);;All files (*)</source>
        <translation>Bases Charte cookies (*.cookiestore);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="205" />
        <source>%L1 of %Ln cookie(s) read so far; reading the rest…</source>
        <translation><numerusform>%L1 sur %Ln cookie lu pour le moment ; lecture de la suite…</numerusform><numerusform>%L1 sur %Ln cookies lus pour le moment ; lecture de la suite…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="208" />
        <source>%L1 of %Ln cookie(s)</source>
        <translation><numerusform>%L1 sur %Ln cookie</numerusform><numerusform>%L1 sur %Ln cookies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="501" />
        <source>%Ln error(s)</source>
        <translation><numerusform>%Ln erreur</numerusform><numerusform>%Ln erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="502" />
        <source>%Ln warning(s)</source>
        <translation><numerusform>%Ln avertissement</numerusform><numerusform>%Ln avertissements</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="925" />
        <source>Publications go to %1.</source>
        <translation>Les publications vont dans %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="9" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="16" />
        <source>&amp;Interface language:</source>
        <translation>Langue de l'&amp;interface :</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="22" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="27" />
        <source>Default &amp;charter language:</source>
        <translation>Langue de la &amp;charte par défaut :</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="33" />
        <source>Default charter language</source>
        <translation>Langue de la charte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="11" />
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="16" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="17" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="21" />
        <source>A new interface language applies the next time Cookie Charter starts.</source>
        <translation>Une nouvelle langue d'interface s'applique au prochain démarrage de Cookie Charter.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="54" />
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="55" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="71" />
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="73" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="75" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="28" />
        <source>Hash %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="57" />
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="59" />
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="61" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="63" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="65" />
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="67" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="54" />
        <source>the registry of %1 has %2 error(s); fix them before publishing</source>
        <translation>le registre de %1 a %2 erreur(s) ; corrigez-les avant de publier</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="71" />
        <source>nothing changed since publication %1 of %2; nothing was published (use --force to publish anyway)</source>
        <translation>rien n'a changé depuis la publication %1 de %2 ; rien n'a été publié (--force pour publier quand même)</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="115" />
        <source>publishing cancelled; nothing was written</source>
        <translation>publication annulée ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="139" />
        <source>published %1 as publication %2 (%3 files) in %4</source>
        <translation>%1 publié en publication %2 (%3 fichiers) dans %4</translation>
    </message>
</context>
<context>
    <name>RegistryCsvReader</name>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="39" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="66" />
        <source>the file is empty: a header line is needed</source>
        <translation>le fichier est vide : une ligne d'en-tête est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="71" />
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="139" />
        <source>line 1: the header has no %1 column (found: %2)</source>
        <translation>ligne 1 : l'en-tête n'a pas de colonne %1 (trouvé : %2)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="162" />
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 champs, mais l'en-tête a %2 colonnes</translation>
    </message>
</context>
<context>
    <name>RegistryDiff</name>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="40" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="46" />
        <source>cookie %1</source>
        <translation>cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="47" />
        <source>cookie %1 (%2)</source>
        <translation>cookie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="64" />
        <source>name: %1 → %2</source>
        <translation>nom : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="66" />
        <source>address: %1 → %2</source>
        <translation>adresse : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="69" />
        <source>contact: %1 → %2</source>
        <translation>contact : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="71" />
        <source>languages: %1 → %2</source>
        <translation>langues : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="75" />
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="115" />
        <source>charter text %1</source>
        <translation>texte de charte %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="120" />
        <source>the site's own text replaces the default: %1</source>
        <translation>le texte propre au site remplace le texte par défaut : %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="124" />
        <source>back to the default text (was %1)</source>
        <translation>retour au texte par défaut (était %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="135" />
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="55" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="122" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="142" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="153" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="161" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="207" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="214" />
        <source>Undo and redo</source>
        <translation>Annuler et rétablir</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="59" />
        <source>The cookie no longer exists (someone deleted it).</source>
        <translation>Le cookie n'existe plus (quelqu'un l'a supprimé).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="68" />
        <source>%1 of cookie %2 was changed by %3 at %4: it now reads "%5". Their value is kept and this step is dropped.</source>
        <translation>%1 du cookie %2 a été modifié par %3 le %4 : il vaut maintenant « %5 ». Sa valeur est gardée et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="139" />
        <source>Cookie %1 no longer exists (someone deleted it); nothing was removed.</source>
        <translation>Le cookie %1 n'existe plus (quelqu'un l'a supprimé) ; rien n'a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="150" />
        <source>Cookie %1 was changed by %2 at %3 since; nothing was removed and this step is dropped.</source>
        <translation>Le cookie %1 a été modifié depuis par %2 le %3 ; rien n'a été supprimé et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="203" />
        <source>Site %1 was changed by someone else since; their version is kept and this step is dropped.</source>
        <translation>Le site %1 a été modifié depuis par quelqu'un d'autre ; sa version est gardée et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="251" />
        <source>The store is locked by another user and stayed locked past the busy timeout; nothing was changed. Try again in a moment.

%1</source>
        <translation>La base est verrouillée par un autre utilisateur au-delà du délai d'attente ; rien n'a été modifié. Réessayez dans un instant.

%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="264" />
        <source>%1: "%2" → "%3"</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="267" />
        <source>Cookie %1 was changed by %2 at %3 while you were editing it.</source>
        <translation>Le cookie %1 a été modifié par %2 le %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="268" />
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="271" />
        <source>What they changed:
%1

Your change: %2 = "%3".

Reload shows their version and drops your change; Keep mine writes your %2 over theirs (their other changes stay).</source>
        <translation>Ce qui a changé :
%1

Votre modification : %2 = « %3 ».

Recharger affiche sa version et abandonne votre modification ; Garder la mienne écrit votre %2 à la place du sien (ses autres modifications restent).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="274" />
        <source>(nothing you can see)</source>
        <translation>(rien de visible)</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="277" />
        <source>Someone else changed this cookie</source>
        <translation>Quelqu'un d'autre a modifié ce cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="278" />
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger la sienne</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="279" />
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="288" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="323" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="331" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="339" />
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="289" />
        <location filename="../../src/gui/RegistryEditor.cpp" line="340" />
        <source>%1 was not changed: %2</source>
        <translation>%1 n'a pas été modifié : %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="302" />
        <source>Edit %1 of %2</source>
        <translation>Modification de %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="324" />
        <source>Cookie %1 no longer exists: someone deleted it. Your change was not saved.</source>
        <translation>Le cookie %1 n'existe plus : quelqu'un l'a supprimé. Votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="332" />
        <source>The store is locked by another user past the busy timeout, so %1 was not saved yet. Your text is kept in the editor: save it again in a moment.</source>
        <translation>La base est verrouillée par un autre utilisateur au-delà du délai d'attente, %1 n'a donc pas encore été enregistré. Votre texte est gardé dans l'éditeur : enregistrez-le à nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="364" />
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="373" />
        <source>Delete cookie %1</source>
        <translation>Suppression du cookie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/RegistryEditor.cpp" line="374" />
        <source>Delete %n cookie(s)</source>
        <translation><numerusform>Suppression de %n cookie</numerusform><numerusform>Suppression de %n cookies</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="382" />
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="395" />
        <source>Edit site</source>
        <translation>Modification du site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="399" />
        <source>Edit site %1</source>
        <translation>Modification du site %1</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="127" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l'octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="136" />
        <source>not a Cookie Charter registry (expected "format": "%1" and a "sites" list)</source>
        <translation>ce n'est pas un registre Charte cookies (attendu : "format": "%1" et une liste "sites")</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="143" />
        <source>made by a newer Cookie Charter (registry format version %1)</source>
        <translation>créé par une version plus récente de Charte cookies (format de registre version %1)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="164" />
        <source>site %1 of the file has no name</source>
        <translation>le site %1 du fichier n'a pas de nom</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="195" />
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="228" />
        <source>expected true, false or null</source>
        <translation>true, false ou null attendu</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="616" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="618" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="620" />
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="622" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="624" />
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="626" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="628" />
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="630" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="632" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="634" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="63" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="70" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="103" />
        <source>cannot write the export: %1</source>
        <translation>impossible d'écrire l'export : %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="109" />
        <source>export cancelled; no file was written</source>
        <translation>export annulé ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="138" />
        <source>cannot read the store: %1</source>
        <translation>impossible de lire la base : %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="154" />
        <location filename="../../src/app/RegistryTransfer.cpp" line="163" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../src/store/Schema.cpp" line="165" />
        <source>upgrading the store to version %1 failed: %2</source>
        <translation>la mise à niveau de la base en version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../src/core/Site.cpp" line="14" />
        <source>unknown language "%1" (use fr and/or en)</source>
        <translation>langue inconnue « %1 » (utilisez fr et/ou en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="23" />
        <source>at least one language is needed (fr, en)</source>
        <translation>au moins une langue est nécessaire (fr, en)</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="13" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="19" />
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="20" />
        <source>opendata.example.fr</source>
        <translation>opendata.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="25" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="31" />
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="32" />
        <source>https://opendata.example.fr</source>
        <translation>https://opendata.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="37" />
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="44" />
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="45" />
        <source>Charter in French</source>
        <translation>Charte en français</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="50" />
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="51" />
        <source>Charter in English</source>
        <translation>Charte en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="58" />
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="64" />
        <source>Privacy contact</source>
        <translation>Contact données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="65" />
        <source>dpo@example.fr</source>
        <translation>dpo@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13" />
        <source>Edit site %1</source>
        <translation>Modification du site %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13" />
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="47" />
        <source>Give the site a name (it is how the command line names it).</source>
        <translation>Donnez un nom au site (la ligne de commande le désigne ainsi).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="49" />
        <source>A site name cannot hold / or \ (it becomes part of file names).</source>
        <translation>Un nom de site ne peut pas contenir / ou \ (il entre dans des noms de fichiers).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="55" />
        <source>The address must start with http:// or https://.</source>
        <translation>L'adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="58" />
        <source>Choose at least one language for the charter.</source>
        <translation>Choisissez au moins une langue pour la charte.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../src/store/Store.cpp" line="219" />
        <source>cannot open %1: %2</source>
        <translation>impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="245" />
        <source>%1: no such store (create one with: cookie-charter init FILE)</source>
        <translation>%1 : base introuvable (créez-en un avec : cookie-charter init FICHIER)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="247" />
        <source>%1 is not a file</source>
        <translation>%1 n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="251" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="255" />
        <source>%1 is not a Cookie Charter store (it is not an SQLite database); it was left untouched</source>
        <translation>%1 n'est pas une base Charte cookies (ce n'est pas une base SQLite) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="201" />
        <location filename="../../src/store/Store.cpp" line="261" />
        <source>opened read-only</source>
        <translation>ouverte en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="264" />
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="268" />
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="277" />
        <source>%1 is damaged or not a store (%2); it was left untouched</source>
        <translation>%1 est endommagé ou n'est pas une base (%2) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="283" />
        <source>%1 is damaged (integrity check: %2); it was left untouched</source>
        <translation>%1 est endommagé (contrôle d'intégrité : %2) ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="293" />
        <source>%1 is an SQLite database but not a Cookie Charter store; it was left untouched</source>
        <translation>%1 est une base SQLite mais pas une base Charte cookies ; le fichier n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="297" />
        <source>%1 was made by a newer Cookie Charter (store version %2, this program knows %3)</source>
        <translation>%1 a été créé par une version plus récente de Charte cookies (base version %2, ce programme connaît la %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="305" />
        <source>%1 uses an older store version (%2) and is %3; open it once with write access to upgrade it</source>
        <translation>%1 utilise une ancienne version de base (%2) et est %3 ; ouvrez-le une fois avec le droit d'écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="313" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="329" />
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="334" />
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="339" />
        <source>cannot create %1: its folder is read-only</source>
        <translation>impossible de créer %1 : son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="356" />
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="524" />
        <source>the store cannot be written: %1</source>
        <translation>la base ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="526" />
        <location filename="../../src/store/Store.cpp" line="531" />
        <location filename="../../src/store/Store.cpp" line="712" />
        <location filename="../../src/store/Store.cpp" line="840" />
        <location filename="../../src/store/Store.cpp" line="976" />
        <location filename="../../src/store/Store.cpp" line="1128" />
        <source>store error: %1</source>
        <translation>erreur de la base : %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="540" />
        <source>no store is open</source>
        <translation>aucune base n'est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="543" />
        <source>the store is read-only (%1)</source>
        <translation>la base est en lecture seule (%1)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="576" />
        <source>the store is locked by another user (waited %1 s, %2 times); nothing was written, try again</source>
        <translation>la base est verrouillée par un autre utilisateur (attente de %1 s, %2 fois) ; rien n'a été écrit, réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="622" />
        <location filename="../../src/store/Store.cpp" line="682" />
        <source>a site named "%1" already exists</source>
        <translation>un site nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="629" />
        <source>site %1 added</source>
        <translation>site %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="638" />
        <location filename="../../src/store/Store.cpp" line="651" />
        <source>a site needs a name</source>
        <translation>un site doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="641" />
        <location filename="../../src/store/Store.cpp" line="654" />
        <source>a site needs at least one language</source>
        <translation>un site doit avoir au moins une langue</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="659" />
        <source>site #%1 no longer exists</source>
        <translation>le site nº %1 n'existe plus</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="662" />
        <source>site %1 was changed by someone else since you read it; reload it and try again</source>
        <translation>le site %1 a été modifié par quelqu'un d'autre depuis votre lecture ; rechargez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="686" />
        <source>site %1 changed</source>
        <translation>site %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="723" />
        <location filename="../../src/store/Store.cpp" line="852" />
        <source>cookie %1 (domain "%2") is already in the registry as cookie #%3</source>
        <translation>le cookie %1 (domaine « %2 ») est déjà au registre sous le nº %3</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1107" />
        <source>the %1 text "%2" was changed by %3 since you read it; your change was not saved</source>
        <translation>le texte %1 « %2 » a été modifié par %3 depuis votre lecture ; votre modification n'a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1110" />
        <source>someone else</source>
        <translation>quelqu'un d'autre</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1133" />
        <source>charter text %1 (%2) changed</source>
        <translation>texte de charte %1 (%2) modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1158" />
        <source>the %1 text "%2" was changed by %3 since you read it; it was not reset</source>
        <translation>le texte %1 « %2 » a été modifié par %3 depuis votre lecture ; il n'a pas été rétabli</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1171" />
        <source>charter text %1 (%2) reset to the default</source>
        <translation>texte de charte %1 (%2) rétabli par défaut</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1287" />
        <source>publication %1 of %2: %3</source>
        <translation>publication %1 de %2 : %3</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1314" />
        <source>the history does not start at 1</source>
        <translation>l'historique ne commence pas à 1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1315" />
        <source>publication %1 is missing</source>
        <translation>la publication %1 manque</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1320" />
        <source>it does not follow the publication before it (its previous hash differs)</source>
        <translation>elle ne suit pas la publication précédente (son empreinte précédente diffère)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1324" />
        <source>its registry snapshot does not match its SHA-256</source>
        <translation>son instantané du registre ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1328" />
        <source>it should hold %1 files but holds %2</source>
        <translation>elle devrait contenir %1 fichiers mais en contient %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1335" />
        <source>the file %1 does not match its SHA-256</source>
        <translation>le fichier %1 ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1341" />
        <source>its hash does not match its contents (changed after publishing)</source>
        <translation>son empreinte ne correspond pas à son contenu (modifiée après publication)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="1410" />
        <source>publication %1 of %2</source>
        <translation>publication %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="772" />
        <location filename="../../src/store/Store.cpp" line="1100" />
        <source>site #%1 does not exist</source>
        <translation>le site nº %1 n'existe pas</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="777" />
        <source>cookie %1 added</source>
        <translation>cookie %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="804" />
        <source>cookie #%1 no longer exists (someone deleted it)</source>
        <translation>le cookie nº %1 n'existe plus (quelqu'un l'a supprimé)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="811" />
        <source>cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); your change was not saved</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 à %4 depuis votre lecture (champs modifiés : %5) ; votre modification n'a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="815" />
        <source>nothing visible</source>
        <translation>rien de visible</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="857" />
        <source>cookie %1 changed</source>
        <translation>cookie %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="881" />
        <source>cookie #%1 does not exist; nothing was removed</source>
        <translation>le cookie nº %1 n'existe pas ; rien n'a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="885" />
        <source>cookie #%1 (%2) was changed by %3 since you read it; nothing was removed</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 depuis votre lecture ; rien n'a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="896" />
        <source>cookie %1 removed</source>
        <translation>cookie %1 supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="931" />
        <source>import cancelled; nothing was written</source>
        <translation>import annulé ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="939" />
        <source>no site given: add a site column or name the site (the store has %1 sites)</source>
        <translation>aucun site indiqué : ajoutez une colonne site ou nommez le site (la base a %1 sites)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="994" />
        <source>duplicate of line %1 (same site, domain and name %2)</source>
        <translation>doublon de la ligne %1 (même site, domaine et nom %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="1013" />
        <source>%n row(s) rejected; nothing was imported</source>
        <translation><numerusform>%n ligne refusée ; rien n'a été importé</numerusform><numerusform>%n lignes refusées ; rien n'a été importé</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="1020" />
        <source>%n cookie(s) imported</source>
        <translation><numerusform>%n cookie importé</numerusform><numerusform>%n cookies importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/Store.cpp" line="1021" />
        <source>%n cookie(s) imported from %1</source>
        <translation><numerusform>%n cookie importé depuis %1</numerusform><numerusform>%n cookies importés depuis %1</numerusform></translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="44" />
        <source>the reference registry is missing from this build</source>
        <translation>le registre de référence manque dans cette version du programme</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="58" />
        <source>the reference charter</source>
        <translation>la charte de référence</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="76" />
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="24" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="25" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="35" />
        <source>the provider is empty</source>
        <translation>le prestataire est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="37" />
        <source>the cookie name is empty</source>
        <translation>le nom du cookie est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="39" />
        <source>the purpose is empty</source>
        <translation>la finalité est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="46" />
        <source>the purpose is missing in %1, a language of the site</source>
        <translation>la finalité manque en %1, une langue du site</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="54" />
        <source>the duration "%1" cannot be read (write e.g. "13 mois", "2 years" or "session")</source>
        <translation>la durée « %1 » est illisible (écrivez par exemple « 13 mois », « 2 ans » ou « session »)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="61" />
        <source>an audience-measurement cookie exempt from consent may last 13 months at most (CNIL); this one lasts %1</source>
        <translation>un cookie de mesure d'audience exempté de consentement ne peut durer plus de 13 mois (CNIL) ; celui-ci dure %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="67" />
        <source>a third-party cookie should link to its provider's privacy policy</source>
        <translation>un cookie tiers devrait renvoyer à la politique de confidentialité de son prestataire</translation>
    </message>
</context>
<context>
    <name>Validator::RegistryChecker</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="82" />
        <source>duplicate of cookie #%1 (same domain and name)</source>
        <translation>doublon du cookie nº %1 (même domaine et même nom)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="89" />
        <source>Necessary</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="91" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="93" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="95" />
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="99" />
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="128" />
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="129" />
        <source>First party</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="180" />
        <source>Local storage</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="182" />
        <source>Session storage</source>
        <translation>Stockage de session</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="184" />
        <source>IndexedDB</source>
        <translation>IndexedDB</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="186" />
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="188" />
        <source>HTTP cookie</source>
        <translation>Cookie HTTP</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/main.cpp" line="81" />
        <location filename="../../src/main.cpp" line="89" />
        <source>Cookie Charter</source>
        <translation>Charte cookies</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="82" />
        <source>The store used last cannot be opened:
%1

The default store opens instead.</source>
        <translation>La base utilisée la dernière fois ne peut pas être ouverte :
%1

La base par défaut s'ouvre à la place.</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="90" />
        <source>The store cannot be opened:
%1</source>
        <translation>La base ne peut pas être ouverte :
%1</translation>
    </message>
</context>
</TS>
