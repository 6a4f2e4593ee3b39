<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../src/core/AtomicFile.cpp" line="21"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/AtomicFile.cpp" line="41"/>
        <location filename="../../src/core/AtomicFile.cpp" line="52"/>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="18"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="21"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="23"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="32"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="33"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="178"/>
        <source>Undeclared</source>
        <translation>Non déclarés</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="180"/>
        <source>Not seen</source>
        <translation>Non vus</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="182"/>
        <source>Lifetime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="184"/>
        <source>Exempt too long</source>
        <translation>Exemptés trop longtemps</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="188"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="284"/>
        <source>%1 (%2) is set by the site but in no row of the registry</source>
        <translation>%1 (%2) est déposé par le site mais ne figure dans aucune ligne du registre</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="299"/>
        <source>the cookie database knows it: %1, %2</source>
        <translation>la base de cookies le connaît&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="324"/>
        <source>%1 lives %2, longer than the %3 the registry declares (&quot;%4&quot;)</source>
        <translation>%1 vit %2, plus que les %3 que déclare le registre («&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="331"/>
        <source>%1 is a third-party statistics cookie marked exempt from consent: the audience-measurement exemption covers first-party measurement only</source>
        <translation>%1 est un cookie statistique tiers marqué exempté de consentement&#xa0;: l’exemption de mesure d’audience ne couvre que la mesure interne</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="339"/>
        <source>%1 asks no consent but lives %2, more than the 13 months the CNIL allows such a cookie</source>
        <translation>%1 ne demande pas de consentement mais vit %2, plus que les 13 mois que la CNIL admet pour un tel cookie</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="347"/>
        <source>%1 is declared %2 but set by %3, a %4</source>
        <translation>%1 est déclaré %2 mais déposé par %3, %4</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="155"/>
        <source>%1 is declared but in no capture (a capture may not visit every page)</source>
        <translation>%1 est déclaré mais absent des captures (une capture ne visite pas forcément toutes les pages)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="59"/>
        <source>Audit against captures: %1</source>
        <translation>Audit d’après des captures&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="62"/>
        <source>Compares what a browser really saw (HAR files, Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies, a storageState) with the registry. Add captures, or drop their files here.</source>
        <translation>Compare ce qu’un navigateur a réellement vu (fichiers HAR, cookies.sqlite de Firefox, Cookies de Chromium, un storageState) avec le registre. Ajoutez des captures, ou déposez leurs fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="73"/>
        <source>Add &amp;captures…</source>
        <translation>Ajouter des &amp;captures…</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="93"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="93"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <source>Lifetime seen</source>
        <translation>Durée observée</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="82"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="86"/>
        <source>The cookie database says</source>
        <translation>Selon la base de cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="90"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="93"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="100"/>
        <source>&amp;Add to the registry</source>
        <translation>&amp;Ajouter au registre</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="102"/>
        <source>Adds the selected undeclared cookies, completed from the cookie database; Undo takes them back</source>
        <translation>Ajoute les cookies non déclarés sélectionnés, complétés depuis la base de cookies&#x202f;; Annuler les retire</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="105"/>
        <source>&amp;Use the observed duration</source>
        <translation>&amp;Utiliser la durée observée</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="107"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="150"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="160"/>
        <source>Audit against captures</source>
        <translation>Audit d’après des captures</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="214"/>
        <source>%1 declared, %2 observed, %3 declared cookies seen. %4 Select rows to act on them.</source>
        <translation>%1 déclarés, %2 observés, %3 cookies déclarés vus. %4 Sélectionnez des lignes pour agir sur elles.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="70"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="166"/>
        <source>No capture yet.</source>
        <translation>Pas encore de capture.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="167"/>
        <source>Captures: %1</source>
        <translation>Captures&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="184"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="185"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="188"/>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="191"/>
        <source>no duration</source>
        <translation>sans durée</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="211"/>
        <source>Add one or more captures to audit the registry of %1.</source>
        <translation>Ajoutez une ou plusieurs captures pour auditer le registre de %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="220"/>
        <source>The registry and the site disagree: see the lists below.</source>
        <translation>Le registre et le site ne concordent pas&#xa0;: voyez les listes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="221"/>
        <source>The registry declares what the captures saw.</source>
        <translation>Le registre déclare ce que les captures ont vu.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="269"/>
        <source>Added from the audit of %1 on %2; seen on %3.</source>
        <translation>Ajouté par l’audit de %1 le %2&#x202f;; vu sur %3.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="284"/>
        <source>To be written: observed by the audit, its purpose is not known yet.</source>
        <translation>À rédiger&#xa0;: observé par l’audit, sa finalité n’est pas encore connue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/AuditDialog.cpp" line="291"/>
        <source>Add %n cookie(s) from the audit</source>
        <translation>
            <numerusform>Ajouter %n cookie depuis l’audit</numerusform>
            <numerusform>Ajouter %n cookies depuis l’audit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="314"/>
        <source>Use the observed duration</source>
        <translation>Utiliser la durée observée</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="331"/>
        <source>Add captures</source>
        <translation>Ajouter des captures</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="332"/>
        <source>Captures (*.har *.json *.sqlite Cookies);;All files (*)</source>
        <translation>Captures (*.har *.json *.sqlite Cookies);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="338"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="345"/>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d’audit</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="340"/>
        <source>HTML page (*.html);;JSON (*.json)</source>
        <translation>Page HTML (*.html);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="383"/>
        <location filename="../../src/audit/AuditReport.cpp" line="385"/>
        <source>Cookie audit: %1</source>
        <translation>Audit des cookies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="388"/>
        <source>Captures: %1. %2 declared, %3 observed, %4 declared seen.</source>
        <translation>Captures&#xa0;: %1. %2 déclarés, %3 observés, %4 déclarés vus.</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="401"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="402"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="403"/>
        <source>Lifetime seen</source>
        <translation>Durée observée</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="404"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="776"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="780"/>
        <source>%1 is declared by the banner (%2) but is in no row of the registry</source>
        <translation>%1 est déclaré par le bandeau (%2) mais ne figure dans aucune ligne du registre</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="784"/>
        <source>%1 (%2) is in the registry but the banner does not declare it</source>
        <translation>%1 (%2) figure dans le registre mais le bandeau ne le déclare pas</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="790"/>
        <source>%1: the banner says %2 (%3), the registry says %4</source>
        <translation>%1&#xa0;: le bandeau dit %2 (%3), le registre dit %4</translation>
    </message>
</context>
<context>
    <name>BannerDialog</name>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="36"/>
        <source>Banner configuration: %1</source>
        <translation>Configuration du bandeau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="41"/>
        <source>The consent banner&apos;s configuration, written from the registry: one service per provider and service, their cookies by name. Necessary cookies and exempt statistics need no consent; refusing is as easy as accepting, nothing is accepted by default, the choice is kept 6 months.</source>
        <translation>La configuration du bandeau de consentement, écrite à partir du registre&#xa0;: un service par prestataire et service, ses cookies par leur nom. Les cookies nécessaires et les statistiques exemptées ne demandent pas de consentement&#x202f;; refuser est aussi simple qu&apos;accepter, rien n&apos;est accepté par défaut, le choix est conservé 6 mois.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="55"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="56"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="60"/>
        <source>https://… (the published charter)</source>
        <translation>https://… (la charte publiée)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="71"/>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="74"/>
        <source>&amp;Privacy policy link:</source>
        <translation>Lien vers la &amp;politique de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="89"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="91"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="97"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="105"/>
        <source>Compare the site&apos;s current banner configuration with the registry: open its file.</source>
        <translation>Comparez la configuration actuelle du bandeau du site avec le registre&#xa0;: ouvrez son fichier.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="108"/>
        <source>&amp;Open a configuration…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>In the banner</source>
        <translation>Dans le bandeau</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>In the registry</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="116"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="157"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="158"/>
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="159"/>
        <source>%n without consent (necessary or exempt)</source>
        <translation>
            <numerusform>%n sans consentement (nécessaire ou exempté)</numerusform>
            <numerusform>%n sans consentement (nécessaires ou exemptés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="162"/>
        <source>The privacy policy link must be an http:// or https:// address.</source>
        <translation>Le lien vers la politique de confidentialité doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="164"/>
        <source>The site has no address: give the link to its published charter.</source>
        <translation>Le site n&apos;a pas d&apos;adresse&#xa0;: indiquez le lien vers sa charte publiée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="182"/>
        <location filename="../../src/gui/BannerDialog.cpp" line="188"/>
        <source>Save the banner configuration</source>
        <translation>Enregistrer la configuration du bandeau</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="183"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="209"/>
        <source>Not in the registry</source>
        <translation>Absent du registre</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="212"/>
        <source>Not in the banner</source>
        <translation>Absent du bandeau</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="215"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="220"/>
        <location filename="../../src/gui/BannerDialog.cpp" line="224"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="230"/>
        <source>%1 (%2) and the registry agree: %n cookie name(s).</source>
        <translation>
            <numerusform>%1 (%2) et le registre concordent&#xa0;: %n nom de cookie.</numerusform>
            <numerusform>%1 (%2) et le registre concordent&#xa0;: %n noms de cookies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="233"/>
        <source>%1 (%2) and the registry differ: %n difference(s).</source>
        <translation>
            <numerusform>%1 (%2) et le registre diffèrent&#xa0;: %n écart.</numerusform>
            <numerusform>%1 (%2) et le registre diffèrent&#xa0;: %n écarts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="242"/>
        <location filename="../../src/gui/BannerDialog.cpp" line="248"/>
        <source>Compare a banner configuration</source>
        <translation>Comparer une configuration de bandeau</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="243"/>
        <source>JavaScript or JSON (*.js *.json);;All files (*)</source>
        <translation>JavaScript ou JSON (*.js *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BannerImportDialog</name>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="25"/>
        <source>Import a banner configuration into %1</source>
        <translation>Importer une configuration de bandeau dans %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="28"/>
        <source>Reads the cookies a consent banner&apos;s configuration declares: tarteaucitron services, a Klaro config.js, an Orejime 2 or 3 configuration. The file runs in a sandbox with no page, no network and a time limit. Nothing is written before you choose Import.</source>
        <translation>Lit les cookies que déclare la configuration d&apos;un bandeau de consentement&#xa0;: services tarteaucitron, config.js de Klaro, configuration Orejime 2 ou 3. Le fichier s&apos;exécute dans un bac à sable sans page, sans réseau et avec une limite de temps. Rien n&apos;est écrit avant que vous choisissiez Importer.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="36"/>
        <source>No configuration yet.</source>
        <translation>Pas encore de configuration.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="38"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="51"/>
        <source>Service #</source>
        <translation>Service n°</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="48"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="48"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="49"/>
        <source>Kept in the notes</source>
        <translation>Conservé dans les notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="51"/>
        <source>Why the registry refuses it</source>
        <translation>Pourquoi le registre le refuse</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="52"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="53"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="54"/>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="58"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="112"/>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="113"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="114"/>
        <source>Refused (%1)</source>
        <translation>Refusés (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="118"/>
        <source>%1 configuration, %n service(s): %2 row(s) would be refused by the registry; nothing can be imported until the file or the registry changes.</source>
        <translation>
            <numerusform>Configuration %1, %n service&#xa0;: %2 ligne(s) seraient refusées par le registre&#x202f;; rien ne peut être importé tant que le fichier ou le registre ne change pas.</numerusform>
            <numerusform>Configuration %1, %n services&#xa0;: %2 ligne(s) seraient refusées par le registre&#x202f;; rien ne peut être importé tant que le fichier ou le registre ne change pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="127"/>
        <source>%1 configuration, %n service(s): </source>
        <translation>
            <numerusform>Configuration %1, %n service&#xa0;: </numerusform>
            <numerusform>Configuration %1, %n services&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="129"/>
        <source>%n cookie(s) to import into %1.</source>
        <translation>
            <numerusform>%n cookie à importer dans %1.</numerusform>
            <numerusform>%n cookies à importer dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="155"/>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="161"/>
        <source>Import a banner configuration</source>
        <translation>Importer une configuration de bandeau</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="156"/>
        <source>JavaScript or JSON (*.js *.json);;All files (*)</source>
        <translation>JavaScript ou JSON (*.js *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BannerReader</name>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="449"/>
        <source>%1: service %2: the cookie expression %3 is no plain prefix; it is kept in the notes</source>
        <translation>%1&#xa0;: service %2&#xa0;: l&apos;expression de cookie %3 n&apos;est pas un simple préfixe&#x202f;; elle est conservée dans les notes</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="455"/>
        <source>%1: service %2 declares no cookie name</source>
        <translation>%1&#xa0;: le service %2 ne déclare aucun nom de cookie</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="495"/>
        <source>Imported from the %1 configuration %2 (service %3)</source>
        <translation>Importé de la configuration %1 %2 (service %3)</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="500"/>
        <source>Other cookie expressions of the service, not imported: %1</source>
        <translation>Autres expressions de cookies du service, non importées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="514"/>
        <source>Also declared by: %1</source>
        <translation>Déclaré aussi par&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="572"/>
        <source>%1 is larger than %2 MiB: it is no banner configuration</source>
        <translation>%1 dépasse %2 Mio&#xa0;: ce n&apos;est pas une configuration de bandeau</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="581"/>
        <source>%1 is empty: it is no banner configuration</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas une configuration de bandeau</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="597"/>
        <source>the JavaScript sandbox could not start: %1</source>
        <translation>le bac à sable JavaScript n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="615"/>
        <source>%1 ran longer than %2 s (an endless loop?); it was stopped</source>
        <translation>%1 s&apos;est exécuté plus de %2 s (une boucle sans fin&#x202f;?)&#x202f;; il a été arrêté</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="621"/>
        <source>%1 used more than %2 MiB of memory; it was stopped</source>
        <translation>%1 a utilisé plus de %2 Mio de mémoire&#x202f;; il a été arrêté</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="633"/>
        <source>%1: line %2: this is not JavaScript the engine can read (%3)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: ce n&apos;est pas du JavaScript que le moteur sait lire (%3)</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="639"/>
        <source>%1: line %2: the configuration throws an error: %3: %4</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: la configuration lève une erreur&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="698"/>
        <source>%1 is no banner configuration: it defines no tarteaucitron service, no klaroConfig and no orejimeConfig</source>
        <translation>%1 n&apos;est pas une configuration de bandeau&#xa0;: il ne définit ni service tarteaucitron, ni klaroConfig, ni orejimeConfig</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="708"/>
        <source>%1: the %2 configuration declares no cookie name</source>
        <translation>%1&#xa0;: la configuration %2 ne déclare aucun nom de cookie</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="720"/>
        <location filename="../../src/banner/BannerReader.cpp" line="734"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="729"/>
        <source>%1 is larger than %2: it is no banner configuration</source>
        <translation>%1 dépasse %2&#xa0;: ce n&apos;est pas une configuration de bandeau</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="98"/>
        <source>no &quot;log&quot; object: this is not a HAR file</source>
        <translation>pas d’objet «&#xa0;log&#xa0;»&#xa0;: ce n’est pas un fichier HAR</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="123"/>
        <location filename="../../src/audit/Capture.cpp" line="172"/>
        <location filename="../../src/audit/Capture.cpp" line="197"/>
        <location filename="../../src/audit/Capture.cpp" line="219"/>
        <location filename="../../src/audit/Capture.cpp" line="251"/>
        <source>the file ends too early (truncated)</source>
        <translation>le fichier s’arrête trop tôt (tronqué)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="125"/>
        <source>expected &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» attendu, «&#xa0;%2&#xa0;» trouvé</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="158"/>
        <source>the file ends inside a string (truncated)</source>
        <translation>le fichier s’arrête au milieu d’une chaîne (tronqué)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="204"/>
        <source>a value is missing</source>
        <translation>une valeur manque</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="143"/>
        <location filename="../../src/audit/Capture.cpp" line="194"/>
        <location filename="../../src/audit/Capture.cpp" line="244"/>
        <source>an entry is larger than 64 MiB: this is not a browser&apos;s HAR</source>
        <translation>une entrée dépasse 64 Mio&#xa0;: ce n’est pas le HAR d’un navigateur</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="342"/>
        <location filename="../../src/audit/Capture.cpp" line="385"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="347"/>
        <source>%1 is a folder, not a capture</source>
        <translation>%1 est un dossier, pas une capture</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="361"/>
        <source>%1: line 1: not a capture (a HAR file, a storageState, or a browser&apos;s cookie database)</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: pas une capture (un fichier HAR, un storageState, ou la base de cookies d’un navigateur)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="372"/>
        <source>%1 is larger than 256 MiB and has no HAR &quot;log&quot;: not a capture</source>
        <translation>%1 dépasse 256 Mio et n’a pas de «&#xa0;log&#xa0;» HAR&#xa0;: pas une capture</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="400"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="413"/>
        <location filename="../../src/audit/Capture.cpp" line="556"/>
        <location filename="../../src/audit/Capture.cpp" line="710"/>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="418"/>
        <source>an entry is not an object</source>
        <translation>une entrée n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="567"/>
        <source>%1: the HAR has no &quot;entries&quot;: this is not a browser&apos;s HAR</source>
        <translation>%1&#xa0;: le HAR n’a pas d’«&#xa0;entries&#xa0;»&#xa0;: ce n’est pas le HAR d’un navigateur</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="572"/>
        <source>%1 holds no cookie at all: browsers export HAR files without their cookies by default. In Chromium&apos;s DevTools, Settings &gt; Preferences &gt; Network: check &quot;Allow to generate HAR with sensitive data&quot;, then use &quot;Export HAR (with sensitive data)&quot; in the Network panel; Firefox exports them with &quot;Save All As HAR&quot;.</source>
        <translation>%1 ne contient aucun cookie&#xa0;: les navigateurs exportent par défaut les fichiers HAR sans leurs cookies. Dans les outils de développement de Chromium, Paramètres &gt; Préférences &gt; Réseau&#xa0;: cochez «&#xa0;Allow to generate HAR with sensitive data&#xa0;», puis utilisez «&#xa0;Export HAR (with sensitive data)&#xa0;» dans le panneau Réseau&#x202f;; Firefox les exporte avec «&#xa0;Tout enregistrer en tant que HAR&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="588"/>
        <source>cannot make a temporary folder to copy %1</source>
        <translation>impossible de créer un dossier temporaire pour copier %1</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="594"/>
        <source>cannot copy %1 to read it</source>
        <translation>impossible de copier %1 pour le lire</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="608"/>
        <source>%1: %2: not a Firefox cookies.sqlite nor a Chromium Cookies database</source>
        <translation>%1&#xa0;: %2&#xa0;: ni un cookies.sqlite de Firefox ni une base Cookies de Chromium</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="692"/>
        <source>it has no moz_cookies or cookies table</source>
        <translation>elle n’a pas de table moz_cookies ni cookies</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="717"/>
        <source>%1: no &quot;cookies&quot; list: not a Playwright or Puppeteer storageState (nor a HAR file)</source>
        <translation>%1&#xa0;: pas de liste «&#xa0;cookies&#xa0;»&#xa0;: ni un storageState de Playwright ou Puppeteer, ni un fichier HAR</translation>
    </message>
</context>
<context>
    <name>CharterFiles</name>
    <message>
        <location filename="../../src/charter/CharterFiles.cpp" line="116"/>
        <source>cannot write %1: the PDF could not be laid out</source>
        <translation>impossible d&apos;écrire %1&#xa0;: la mise en page du PDF a échoué</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../src/exchange/CharterPage.cpp" line="293"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CharterPage.cpp" line="368"/>
        <source>the row names no cookie</source>
        <translation>la ligne ne nomme aucun cookie</translation>
    </message>
</context>
<context>
    <name>CharterPreview</name>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="17"/>
        <source>Charter &amp;language:</source>
        <translation>&amp;Langue de la charte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="23"/>
        <source>Charter language</source>
        <translation>Langue de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="38"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="39"/>
        <location filename="../../src/gui/CharterPreview.cpp" line="172"/>
        <source>Print the charter</source>
        <translation>Imprimer la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="46"/>
        <source>Charter preview</source>
        <translation>Aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="20"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="21"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="97"/>
        <source>… and %n more cookie(s) in this table: the exported and published files list them all.</source>
        <translation>
            <numerusform>… et %n autre cookie dans ce tableau&#xa0;: les fichiers exportés et publiés les listent tous.</numerusform>
            <numerusform>… et %n autres cookies dans ce tableau&#xa0;: les fichiers exportés et publiés les listent tous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="126"/>
        <source>The store could not be read (%1); the preview shows what was read before and tries again.</source>
        <translation>La base n&apos;a pas pu être lue (%1)&#x202f;; l&apos;aperçu montre ce qui avait été lu et réessaie.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="135"/>
        <source>Choose a site to see its charter.</source>
        <translation>Choisissez un site pour voir sa charte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="158"/>
        <source>%n purpose(s) shown in the other language</source>
        <translation>
            <numerusform>%n finalité affichée dans l&apos;autre langue</numerusform>
            <numerusform>%n finalités affichées dans l&apos;autre langue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterTextsDialog</name>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="9"/>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="118"/>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="127"/>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="145"/>
        <source>Charter texts</source>
        <translation>Textes de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="16"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="22"/>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="36"/>
        <source>Sections of the charter</source>
        <translation>Sections de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="47"/>
        <source>Text of the section, in Markdown</source>
        <translation>Texte de la section, en Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="52"/>
        <source>Markdown: # heading, - list, **strong**, *emphasis*, [link](https://…). {site}, {url} and {contact} are filled in from the site.</source>
        <translation>Markdown&#xa0;: # titre, - liste, **gras**, *italique*, [lien](https://…). {site}, {url} et {contact} sont remplis à partir du site.</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="64"/>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="74"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="80"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="17"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="18"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="75"/>
        <source>Unsaved text</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="76"/>
        <source>Save your changes to &quot;%1&quot; first?</source>
        <translation>Enregistrer d&apos;abord vos modifications de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="101"/>
        <source>The site&apos;s own text, last changed by %1 at %2.</source>
        <translation>Texte propre au site, modifié en dernier par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="103"/>
        <source>The default text.</source>
        <translation>Le texte par défaut.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="105"/>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="108"/>
        <source>The store is read-only (%1).</source>
        <translation>La base est en lecture seule (%1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="119"/>
        <source>A section cannot be empty; reset it to the default instead.</source>
        <translation>Une section ne peut pas être vide&#x202f;; rétablissez plutôt le texte par défaut.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="139"/>
        <source>Reset to the default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="140"/>
        <source>Replace the site&apos;s own text of &quot;%1&quot; with the default text?</source>
        <translation>Remplacer le texte propre au site de «&#xa0;%1&#xa0;» par le texte par défaut&#x202f;?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="165"/>
        <source>list the sites of the store</source>
        <translation>lister les sites de la base</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="168"/>
        <source>add a site</source>
        <translation>ajouter un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="173"/>
        <source>change a site&apos;s name, address, languages or contact</source>
        <translation>modifier le nom, l&apos;adresse, les langues ou le contact d&apos;un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="446"/>
        <source>list the cookies of the registry</source>
        <translation>lister les cookies du registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="450"/>
        <source>add a cookie</source>
        <translation>ajouter un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="454"/>
        <source>change fields of a cookie</source>
        <translation>modifier des champs d&apos;un cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="458"/>
        <source>remove cookies</source>
        <translation>supprimer des cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="281"/>
        <source>import cookies from a CSV or JSON file</source>
        <translation>importer des cookies d&apos;un fichier CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="296"/>
        <source>export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)</source>
        <translation>exporter le registre (CSV, JSON) ou la charte (HTML, Markdown, PDF)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="200"/>
        <source>list the charter&apos;s text sections</source>
        <translation>lister les sections de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="205"/>
        <source>print a charter text section</source>
        <translation>afficher une section de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="209"/>
        <source>rewrite a charter text section</source>
        <translation>réécrire une section de texte de la charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="213"/>
        <source>go back to the default text of a section</source>
        <translation>revenir au texte par défaut d&apos;une section</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="462"/>
        <source>check the registry against the rules</source>
        <translation>vérifier le registre selon les règles</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="232"/>
        <source>publish the registry and the charter files into the shared store</source>
        <translation>publier le registre et les fichiers de la charte dans la base partagée</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="242"/>
        <source>list the publications of a site</source>
        <translation>lister les publications d&apos;un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="247"/>
        <source>show what changed between two publications (or the working registry)</source>
        <translation>montrer ce qui a changé entre deux publications (ou le registre en cours)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="254"/>
        <source>save the files of a publication to a folder</source>
        <translation>enregistrer les fichiers d&apos;une publication dans un dossier</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="255"/>
        <source>Saves the files of a publication to a folder, all of them or none.</source>
        <translation>Enregistre les fichiers d&apos;une publication dans un dossier, tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="259"/>
        <source>check every publication&apos;s hashes and the chain</source>
        <translation>vérifier les empreintes de chaque publication et la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="29"/>
        <source>--store needs a file name</source>
        <translation>--store attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="81"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="82"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="83"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="86"/>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="87"/>
        <source>%1: %2: cookie #%3 %4: %5: %6</source>
        <translation>%1&#xa0;: %2&#xa0;: cookie nº %3 %4&#xa0;: %5&#xa0;: %6</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="30"/>
        <location filename="../../src/cli/CommandContext.cpp" line="42"/>
        <source>cookie-charter: %1</source>
        <translation>cookie-charter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="32"/>
        <source>Run &apos;cookie-charter --help&apos; for the commands.</source>
        <translation>Lancez «&#xa0;cookie-charter --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="34"/>
        <source>Run &apos;cookie-charter %1 --help&apos; for its options.</source>
        <translation>Lancez «&#xa0;cookie-charter %1 --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="56"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="130"/>
        <source>no site &quot;%1&quot; in %2 (see: cookie-charter sites)</source>
        <translation>aucun site «&#xa0;%1&#xa0;» dans %2 (voir&#xa0;: cookie-charter sites)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="144"/>
        <source>the store has no site yet; add one with: cookie-charter site-add NAME</source>
        <translation>la base n&apos;a encore aucun site&#x202f;; ajoutez-en un avec&#xa0;: cookie-charter site-add NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="146"/>
        <source>the store has %1 sites; choose one with --site</source>
        <translation>la base a %1 sites&#x202f;; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="50"/>
        <source>--store needs a file name, not an empty one</source>
        <translation>--store attend un nom de fichier, pas un nom vide</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="106"/>
        <source>Usage: cookie-charter [--store FILE] [--read-only] [--reviewer] COMMAND [OPTIONS]
       cookie-charter [--store FILE] [--read-only] [--reviewer]   (opens the window)

Keeps the cookie registry of websites and their cookie charter.

Commands:
</source>
        <translation>Usage&#xa0;: cookie-charter [--store FICHIER] [--read-only] [--reviewer] COMMANDE [OPTIONS]
       cookie-charter [--store FICHIER] [--read-only] [--reviewer]   (ouvre la fenêtre)

Tient le registre des cookies de sites web et leur charte cookies.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="120"/>
        <source>
The store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in your data folder (created with the reference charter on first use).
--reviewer works as a reviewer: reviews can be commented on and approved, the registry is not changed.
Run &apos;cookie-charter COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.
</source>
        <translation>
La base est --store FICHIER, sinon $COOKIE_CHARTER_STORE, sinon la base par défaut de votre dossier de données (créée avec la charte de référence au premier usage).
--reviewer travaille en relecteur&#xa0;: les relectures peuvent être commentées et approuvées, le registre n’est pas modifié.
Lancez «&#xa0;cookie-charter COMMANDE --help&#xa0;» pour les options d’une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreurs de validation, 2 erreur d’usage, 3 erreur de base ou de fichier.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="136"/>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="153"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="154"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="23"/>
        <source>init takes one file name</source>
        <translation>init attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="29"/>
        <source>Created the empty store %1</source>
        <translation>Base vide %1 créée</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="96"/>
        <source>Fields to change: name, url, languages, contact, consent-days (how long the banner keeps the visitor&apos;s choice; empty: not set), review (none or approval: publishing needs someone else&apos;s approval).</source>
        <translation>Champs à changer&#xa0;: name, url, languages, contact, consent-days (combien de jours le bandeau garde le choix du visiteur&#x202f;; vide&#xa0;: non réglé), review (none ou approval&#xa0;: publier demande l’approbation de quelqu’un d’autre).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="135"/>
        <source>review: none or approval (one approval by someone who did not change the registry), not &quot;%1&quot;</source>
        <translation>review&#xa0;: none ou approval (une approbation par quelqu’un qui n’a pas modifié le registre), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="144"/>
        <source>&quot;%1&quot; is not FIELD=VALUE with FIELD one of name, url, languages, contact, consent-days, review</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas CHAMP=VALEUR, CHAMP étant name, url, languages, contact, consent-days ou review</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="160"/>
        <source>create an empty store (file or server)</source>
        <translation>créer une base vide (fichier ou serveur)</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="161"/>
        <source>Creates an empty store file, or the store in an empty PostgreSQL database.</source>
        <translation>Crée un fichier de base vide, ou la base dans une base de données PostgreSQL vide.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="166"/>
        <source>Lists the sites of the store.</source>
        <translation>Liste les sites de la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="37"/>
        <source>sites takes no arguments</source>
        <translation>sites n&apos;attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="95"/>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>ID</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="23"/>
        <source>A HAR file (Chromium, Firefox), Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies database, or a Playwright/Puppeteer storageState; several may be given.</source>
        <translation>Un fichier HAR (Chromium, Firefox), le cookies.sqlite de Firefox, la base Cookies de Chromium, ou un storageState de Playwright/Puppeteer&#x202f;; plusieurs sont possibles.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="31"/>
        <source>The site whose pages count and whose registrable domain decides the party (default: the store&apos;s only site).</source>
        <translation>Le site dont les pages comptent et dont le domaine enregistrable décide de l’origine (par défaut&#xa0;: le seul site de la base).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="35"/>
        <source>Keep a cookie jar&apos;s cookies for this host (repeatable; default: the site&apos;s registrable domain).</source>
        <translation>Garder les cookies d’une base de navigateur pour cet hôte (répétable&#x202f;; par défaut&#xa0;: le domaine enregistrable du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="48"/>
        <source>Keep a cookie jar&apos;s cookies for this host too (repeatable).</source>
        <translation>Garder aussi les cookies d’une base de navigateur pour cet hôte (répétable).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="50"/>
        <source>table, json or junit (default: table).</source>
        <translation>table, json ou junit (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="53"/>
        <source>Write the report to FILE, atomically (default, or -: standard output).</source>
        <translation>Écrire le rapport dans FICHIER, atomiquement (par défaut, ou -&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="105"/>
        <source>discover takes one or more captures</source>
        <translation>discover prend une ou plusieurs captures</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <source>LIFETIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>FIRST SEEN</source>
        <translation>VU LA 1RE FOIS</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>LAST SEEN</source>
        <translation>VU EN DERNIER</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/AuditCommands.cpp" line="133"/>
        <source>%n cookie(s) observed</source>
        <translation>
            <numerusform>%n cookie observé</numerusform>
            <numerusform>%n cookies observés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="135"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="142"/>
        <source>Audit of %1: %2 declared, %3 observed, %4 declared seen</source>
        <translation>Audit de %1&#xa0;: %2 déclarés, %3 observés, %4 déclarés vus</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="164"/>
        <source>audit takes one or more captures</source>
        <translation>audit prend une ou plusieurs captures</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="168"/>
        <source>--format must be table, json or junit</source>
        <translation>--format doit valoir table, json ou junit</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="171"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="66"/>
        <source>-o needs a file name</source>
        <translation>-o demande un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="221"/>
        <source>list the cookies browser captures saw</source>
        <translation>lister les cookies vus par des captures de navigateur</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="222"/>
        <source>Lists the cookies that browser captures saw: name, domain, party, type, the longest lifetime seen (or session), how many pages set it, when it was first and last seen. A HAR&apos;s cookies count when a page of the site caused them; a cookie jar&apos;s when they belong to --host (default: the site&apos;s registrable domain). Exit 2 for a file that is not a capture, 3 for one that cannot be opened.</source>
        <translation>Liste les cookies vus par des captures de navigateur&#xa0;: nom, domaine, origine, type, la plus longue durée observée (ou session), combien de pages le déposent, quand il a été vu pour la première et la dernière fois. Les cookies d’un HAR comptent quand une page du site les a causés&#x202f;; ceux d’une base de navigateur quand ils relèvent de --host (par défaut&#xa0;: le domaine enregistrable du site). Code 2 pour un fichier qui n’est pas une capture, 3 pour un fichier impossible à ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="231"/>
        <source>compare browser captures with the registry</source>
        <translation>comparer des captures de navigateur avec le registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="232"/>
        <source>Compares what browser captures saw with what the site&apos;s registry declares: undeclared cookies (with what the cookie database knows of them), declared cookies not seen (information only), lifetimes longer than declared (by more than a day), cookies that ask no consent but live more than 13 months (or third-party statistics marked exempt), and the wrong party. Exits 1 when there is an undeclared, lifetime, exempt-too-long or party finding, 0 otherwise.</source>
        <translation>Compare ce que des captures de navigateur ont vu avec ce que déclare le registre du site&#xa0;: cookies non déclarés (avec ce qu’en sait la base de cookies), cookies déclarés non vus (pour information), durées plus longues que déclaré (de plus d’un jour), cookies sans consentement qui vivent plus de 13 mois (ou statistiques tierces marquées exemptées), et mauvaise origine. Sort avec le code 1 quand il y a un constat non déclaré, de durée, d’exemption trop longue ou d’origine, 0 sinon.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>LANGUAGES</source>
        <translation>LANGUES</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>COOKIES</source>
        <translation>COOKIES</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="61"/>
        <source>Charter languages, French first (default: fr).</source>
        <translation>Langues de la charte, le français d&apos;abord (par défaut&#xa0;: fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="63"/>
        <source>Whom to contact about cookies (address or e-mail).</source>
        <translation>Qui contacter au sujet des cookies (adresse ou courriel).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="65"/>
        <source>Short name of the site.</source>
        <translation>Nom court du site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="169"/>
        <source>Adds a site to the store.</source>
        <translation>Ajoute un site à la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="71"/>
        <source>site-add takes one site name</source>
        <translation>site-add attend un nom de site</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="81"/>
        <source>--languages: %1</source>
        <translation>--languages&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="88"/>
        <source>Added site %1 (#%2)</source>
        <translation>Site %1 ajouté (nº %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="60"/>
        <source>Only this site.</source>
        <translation>Seulement ce site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="38"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="61"/>
        <source>table, csv or json (default: table).</source>
        <translation>table, csv ou json (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="63"/>
        <source>Language of the purpose in the table (fr, en).</source>
        <translation>Langue de la finalité dans la table (fr, en).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="447"/>
        <source>Lists the cookies of the registry.</source>
        <translation>Liste les cookies du registre.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="69"/>
        <source>list takes no arguments</source>
        <translation>list n&apos;attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="109"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="72"/>
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="83"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="75"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="142"/>
        <location filename="../../src/cli/TextCommands.cpp" line="68"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="227"/>
        <source>--lang must be fr or en</source>
        <translation>--lang doit valoir fr ou en</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="98"/>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="24"/>
        <source>tarteaucitron, klaro, orejime2 or orejime3 (default: tarteaucitron).</source>
        <translation>tarteaucitron, klaro, orejime2 ou orejime3 (par défaut&#xa0;: tarteaucitron).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="29"/>
        <source>The banner&apos;s language, fr or en (default: the site&apos;s first language).</source>
        <translation>La langue du bandeau, fr ou en (par défaut&#xa0;: la première langue du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="32"/>
        <source>The published cookie charter the banner links to (default: the site&apos;s address).</source>
        <translation>La charte cookies publiée vers laquelle pointe le bandeau (par défaut&#xa0;: l&apos;adresse du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="36"/>
        <source>Write the configuration to FILE, atomically (default, or -: standard output).</source>
        <translation>Écrit la configuration dans FICHIER, de façon atomique (par défaut, ou -&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="46"/>
        <source>Show what the configuration declares, write nothing.</source>
        <translation>Montre ce que déclare la configuration, sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="50"/>
        <source>A tarteaucitron services file, a Klaro config.js, an Orejime 2 or 3 configuration (JavaScript or JSON); - for standard input. %1 at most.</source>
        <translation>Un fichier de services tarteaucitron, un config.js de Klaro, une configuration Orejime 2 ou 3 (JavaScript ou JSON)&#x202f;; - pour l&apos;entrée standard. %1 au plus.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="59"/>
        <source>banner takes no file; use -o FILE</source>
        <translation>banner ne prend pas de fichier&#x202f;; utilisez -o FICHIER</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="63"/>
        <source>--format must be tarteaucitron, klaro, orejime2 or orejime3</source>
        <translation>--format doit être tarteaucitron, klaro, orejime2 ou orejime3</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="69"/>
        <source>--policy-url must be an http:// or https:// address</source>
        <translation>--policy-url doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="90"/>
        <source>%1 has no cookie: the banner declares no service</source>
        <translation>%1 n&apos;a aucun cookie&#xa0;: le bandeau ne déclare aucun service</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="92"/>
        <source>%1 has no address: the banner&apos;s privacy policy link is empty (give --policy-url, or site-set --url)</source>
        <translation>%1 n&apos;a pas d&apos;adresse&#xa0;: le lien du bandeau vers la politique de confidentialité est vide (indiquez --policy-url, ou site-set --url)</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="106"/>
        <source>; nothing was imported</source>
        <translation>&#x202f;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="116"/>
        <source>%1 takes one file</source>
        <translation>%1 prend un seul fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="136"/>
        <source>%1 is larger than %2: it is no banner configuration</source>
        <translation>%1 dépasse %2&#xa0;: ce n&apos;est pas une configuration de bandeau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/BannerCommands.cpp" line="166"/>
        <source>%1 configuration: %n service(s)</source>
        <translation>
            <numerusform>Configuration %1&#xa0;: %n service</numerusform>
            <numerusform>Configuration %1&#xa0;: %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>PROVIDER</source>
        <translation>PRESTATAIRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <source>SERVICE#</source>
        <translation>SERVICE N°</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="185"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/BannerCommands.cpp" line="204"/>
        <source>%1 (%2) and the registry of %3 agree: %n cookie name(s)</source>
        <translation>
            <numerusform>%1 (%2) et le registre de %3 concordent&#xa0;: %n nom de cookie</numerusform>
            <numerusform>%1 (%2) et le registre de %3 concordent&#xa0;: %n noms de cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>DIFFERENCE</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>BANNER</source>
        <translation>BANDEAU</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>REGISTRY</source>
        <translation>REGISTRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="219"/>
        <source>not in the registry</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="222"/>
        <source>not in the banner</source>
        <translation>absent du bandeau</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="225"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/BannerCommands.cpp" line="239"/>
        <source>%1 (%2) and the registry of %3 differ: %n difference(s)</source>
        <translation>
            <numerusform>%1 (%2) et le registre de %3 diffèrent&#xa0;: %n écart</numerusform>
            <numerusform>%1 (%2) et le registre de %3 diffèrent&#xa0;: %n écarts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="250"/>
        <source>write the consent banner&apos;s configuration</source>
        <translation>écrire la configuration du bandeau de consentement</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="251"/>
        <source>Writes the consent banner&apos;s configuration from the site&apos;s registry: tarteaucitron, Klaro, Orejime 2 or Orejime 3. One banner service per provider and service, its cookies by name (patterns as the library&apos;s regular expressions); necessary cookies and exempt statistics need no consent; a deny-all button, nothing accepted by default, the choice kept 6 months, the privacy policy link to the published charter.</source>
        <translation>Écrit la configuration du bandeau de consentement à partir du registre du site&#xa0;: tarteaucitron, Klaro, Orejime 2 ou Orejime 3. Un service de bandeau par prestataire et service, ses cookies par leur nom (les motifs sous la forme d&apos;expressions régulières de la bibliothèque)&#x202f;; les cookies nécessaires et les statistiques exemptées ne demandent pas de consentement&#x202f;; un bouton «&#xa0;Tout refuser&#xa0;», rien d&apos;accepté par défaut, le choix conservé 6 mois, le lien vers la charte publiée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="260"/>
        <source>import a banner configuration&apos;s cookies</source>
        <translation>importer les cookies d&apos;une configuration de bandeau</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="261"/>
        <source>Reads a consent banner&apos;s configuration (tarteaucitron services, Klaro config.js, Orejime 2 or 3), evaluated in a sandbox with no DOM, no network and a time limit, and imports one row per distinct cookie name: provider and service from the service&apos;s title, category from its purpose or type, purpose from its description. Shows the rows first; all or nothing. Exit 2 for a file that is not a configuration, 1 when a row is rejected.</source>
        <translation>Lit la configuration d&apos;un bandeau de consentement (services tarteaucitron, config.js de Klaro, Orejime 2 ou 3), évaluée dans un bac à sable sans DOM, sans réseau et avec une limite de temps, et importe une ligne par nom de cookie distinct&#xa0;: prestataire et service d&apos;après le titre du service, catégorie d&apos;après sa finalité ou son type, finalité d&apos;après sa description. Montre d&apos;abord les lignes&#x202f;; tout ou rien. Code 2 pour un fichier qui n&apos;est pas une configuration, 1 quand une ligne est rejetée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="272"/>
        <source>compare a banner configuration with the registry</source>
        <translation>comparer une configuration de bandeau avec le registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="273"/>
        <source>Lists the cookies a banner configuration declares and the registry lacks, those the registry has and the banner does not declare, and their category disagreements. Exits 1 when they differ, 0 when they agree, 2 for a file that is not a configuration.</source>
        <translation>Liste les cookies que déclare une configuration de bandeau et qui manquent au registre, ceux du registre que le bandeau ne déclare pas, et leurs désaccords de catégorie. Code 1 quand ils diffèrent, 0 quand ils concordent, 2 pour un fichier qui n&apos;est pas une configuration.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="187"/>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <source>PARTY</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="170"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="187"/>
        <source>PURPOSE</source>
        <translation>FINALITÉ</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="45"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="26"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="42"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="127"/>
        <location filename="../../src/cli/TextCommands.cpp" line="29"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="119"/>
        <source>The site (needed when the store has several).</source>
        <translation>Le site (nécessaire quand la base en a plusieurs).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="129"/>
        <source>Language of --purpose (fr or en, default fr).</source>
        <translation>Langue de --purpose (fr ou en, par défaut fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="27"/>
        <source>Who sets the cookie (required).</source>
        <translation>Qui dépose le cookie (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="29"/>
        <source>The service it belongs to (required).</source>
        <translation>Le service auquel il appartient (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="31"/>
        <source>Cookie name; end with * for a pattern (required).</source>
        <translation>Nom du cookie&#x202f;; terminez par * pour un motif (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="33"/>
        <source>What it is for, in --lang (required).</source>
        <translation>À quoi il sert, dans la langue --lang (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="35"/>
        <source>Where it runs (front office, back office...).</source>
        <translation>Où il est utilisé (front office, back office…).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="37"/>
        <source>necessary, preferences, statistics, marketing or unclassified.</source>
        <translation>necessary, preferences, statistics, marketing ou unclassified.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="40"/>
        <source>first or third.</source>
        <translation>first (interne) ou third (tiers).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="41"/>
        <source>The domain that sets it.</source>
        <translation>Le domaine qui le dépose.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="44"/>
        <source>How long it is kept (&quot;13 mois&quot;, &quot;session&quot;).</source>
        <translation>Durée de conservation («&#xa0;13 mois&#xa0;», «&#xa0;session&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="46"/>
        <source>cookie, localStorage, sessionStorage, IndexedDB or pixel.</source>
        <translation>cookie, localStorage, sessionStorage, IndexedDB ou pixel.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="49"/>
        <source>The provider&apos;s privacy policy (http/https).</source>
        <translation>La politique de confidentialité du prestataire (http/https).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="51"/>
        <source>yes, no or default (from the category).</source>
        <translation>yes, no ou default (selon la catégorie).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="52"/>
        <source>Internal notes.</source>
        <translation>Notes internes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="169"/>
        <source>%1: %2: %3 [%4]</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 [%4]</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="178"/>
        <source>Change the cookie only if it is still at version N (the version you read; see list --format json): refused with exit 3 otherwise.</source>
        <translation>Ne modifier le cookie que s&apos;il en est encore à la version N (celle que vous avez lue&#x202f;; voir list --format json)&#xa0;: sinon refus avec le code 3.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="202"/>
        <source>--if-version takes a version number (1 or more)</source>
        <translation>--if-version attend un numéro de version (1 ou plus)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="283"/>
        <source>Do not list warnings and information.</source>
        <translation>Ne pas lister les avertissements et les informations.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="287"/>
        <source>List the rules (id, severity, what it checks, the text it comes from) instead of applying them.</source>
        <translation>Lister les règles (identifiant, gravité, ce qu&apos;elle vérifie, le texte dont elle vient) au lieu de les appliquer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>CHECKS</source>
        <translation>VÉRIFIE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="317"/>
        <source>SWITCHED OFF</source>
        <translation>DÉSACTIVÉE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="326"/>
        <source>by %1 on %2: %3</source>
        <translation>par %1 le %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="436"/>
        <source>%n information(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="451"/>
        <source>Adds a cookie to a site&apos;s registry.</source>
        <translation>Ajoute un cookie au registre d&apos;un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="139"/>
        <source>add takes options only</source>
        <translation>add n&apos;attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="148"/>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="156"/>
        <source>--%1: %2</source>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="166"/>
        <source>Added cookie #%1 (%2) to %3</source>
        <translation>Cookie nº %1 (%2) ajouté à %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="181"/>
        <source>The cookie&apos;s number (see list).</source>
        <translation>Le numéro du cookie (voir list).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="187"/>
        <source>Fields to change: %1.</source>
        <translation>Champs à modifier&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="455"/>
        <source>Changes fields of a cookie.</source>
        <translation>Modifie des champs d&apos;un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="193"/>
        <source>set needs an ID and at least one FIELD=VALUE</source>
        <translation>set attend un numéro et au moins un CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="197"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="255"/>
        <source>&quot;%1&quot; is not a cookie number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="208"/>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="211"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="233"/>
        <source>no cookie #%1 in %2</source>
        <translation>aucun cookie nº %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="216"/>
        <location filename="../../src/cli/ReportCommand.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="237"/>
        <source>Changed cookie #%1 (%2)</source>
        <translation>Cookie nº %1 (%2) modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="243"/>
        <source>The numbers of the cookies to remove.</source>
        <translation>Les numéros des cookies à supprimer.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="459"/>
        <source>Removes cookies from the registry, all or none.</source>
        <translation>Supprime des cookies du registre, tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="249"/>
        <source>remove needs at least one cookie number</source>
        <translation>remove attend au moins un numéro de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="270"/>
        <source>no cookie #%1 in %2; nothing was removed</source>
        <translation>aucun cookie nº %1 dans %2&#x202f;; rien n&apos;a été supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="276"/>
        <source>Removed %n cookie(s)</source>
        <translation>
            <numerusform>%n cookie supprimé</numerusform>
            <numerusform>%n cookies supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="45"/>
        <source>Site for rows that name none (created if missing).</source>
        <translation>Site des lignes qui n&apos;en nomment pas (créé s&apos;il manque).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="47"/>
        <source>csv or json (default: from the file name).</source>
        <translation>csv ou json (par défaut&#xa0;: d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="49"/>
        <source>Check the file, write nothing.</source>
        <translation>Vérifier le fichier sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="282"/>
        <source>Imports cookies from a CSV or JSON file: all rows or none.</source>
        <translation>Importe des cookies d&apos;un fichier CSV ou JSON&#xa0;: toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="59"/>
        <source>import takes one file</source>
        <translation>import attend un fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="52"/>
        <source>A CSV or JSON file (a JSON file of %1 at most).</source>
        <translation>Un fichier CSV ou JSON (un fichier JSON de %1 au plus).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="66"/>
        <source>--format must be csv or json</source>
        <translation>--format doit valoir csv ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="79"/>
        <source>%1 has no site column and the store has several sites; choose one with --site</source>
        <translation>%1 n&apos;a pas de colonne site et la base a plusieurs sites&#x202f;; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="90"/>
        <source>warning: %1: ignored unknown column(s): %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: colonne(s) inconnue(s) ignorée(s)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="96"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="195"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="96"/>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="63"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="98"/>
        <source>%1: %2 %3: %4</source>
        <translation>%1&#xa0;: %2 %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="64"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="100"/>
        <source>%n row(s) rejected; nothing was imported</source>
        <translation>
            <numerusform>%n ligne refusée&#x202f;; rien n&apos;a été importé</numerusform>
            <numerusform>%n lignes refusées&#x202f;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="106"/>
        <source>Would create site %1</source>
        <translation>Créerait le site %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="106"/>
        <source>Created site %1</source>
        <translation>Site %1 créé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="70"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="109"/>
        <source>%n cookie(s) would be imported; nothing was written (dry run)</source>
        <translation>
            <numerusform>%n cookie serait importé&#x202f;; rien n&apos;a été écrit (essai)</numerusform>
            <numerusform>%n cookies seraient importés&#x202f;; rien n&apos;a été écrit (essai)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/TransferCommands.cpp" line="113"/>
        <source>Imported %n cookie(s) from %1</source>
        <translation>
            <numerusform>%n cookie importé depuis %1</numerusform>
            <numerusform>%n cookies importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="121"/>
        <source>Show what the page holds, write nothing.</source>
        <translation>Montrer ce que contient la page, ne rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="124"/>
        <source>A charter page: HTML, Markdown or text (tab-separated tables); - for standard input. %1 at most.</source>
        <translation>Une page de charte&#xa0;: HTML, Markdown ou texte (tableaux séparés par des tabulations)&#x202f;; - pour l’entrée standard. %1 au plus.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="132"/>
        <source>import-page takes one file</source>
        <translation>import-page prend un fichier</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="148"/>
        <source>%1 is larger than %2; it is not a charter page; nothing was imported</source>
        <translation>%1 dépasse %2&#x202f;; ce n’est pas une page de charte&#x202f;; rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="144"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="159"/>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="177"/>
        <source>%1 (to the notes)</source>
        <translation>%1 (vers les notes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/TransferCommands.cpp" line="179"/>
        <source>Table at line %1: %n row(s); %2</source>
        <translation>
            <numerusform>Tableau ligne %1&#xa0;: %n ligne&#x202f;; %2</numerusform>
            <numerusform>Tableau ligne %1&#xa0;: %n lignes&#x202f;; %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="184"/>
        <source>  category from the heading &quot;%1&quot;</source>
        <translation>  catégorie tirée du titre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="74"/>
        <source>Imported %n cookie(s) from %1 into %2</source>
        <translation>
            <numerusform>%n cookie importé de %1 dans %2</numerusform>
            <numerusform>%n cookies importés de %1 dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="201"/>
        <source>The site (registry: default all; charter: needed when the store has several).</source>
        <translation>Le site (registre&#xa0;: tous par défaut&#x202f;; charte&#xa0;: nécessaire quand la base en a plusieurs).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="204"/>
        <source>csv or json (the registry); html, html-fragment, md or pdf (the charter). Default: from -o, else csv.</source>
        <translation>csv ou json (le registre)&#x202f;; html, html-fragment, md ou pdf (la charte). Par défaut&#xa0;: d&apos;après -o, sinon csv.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="207"/>
        <source>Charter language, fr or en (default: the site&apos;s first).</source>
        <translation>Langue de la charte, fr ou en (par défaut&#xa0;: la première du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="210"/>
        <source>Write to FILE, atomically (default, or -: standard output).</source>
        <translation>Écrire dans FICHIER, de façon atomique (par défaut, ou -&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="230"/>
        <source>-o needs a file name (or - for standard output)</source>
        <translation>-o attend un nom de fichier (ou - pour la sortie standard)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="257"/>
        <source>the charter could not be laid out as %1</source>
        <translation>la charte n&apos;a pas pu être mise en page en %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="262"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="285"/>
        <source>import the cookie tables of a charter page</source>
        <translation>importer les tableaux de cookies d’une page de charte</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="286"/>
        <source>Reads the cookie tables of an existing charter page (HTML, Markdown, or tab-separated text as copied from a browser), shows what it found, and imports the cookies into the site: all rows or none. Headers are read in French and English; a heading above a table that names a category gives its cookies that category; what cannot be mapped goes to the notes. Exits 1 when the page has no cookie table.</source>
        <translation>Lit les tableaux de cookies d’une page de charte existante (HTML, Markdown, ou texte séparé par des tabulations tel qu’un navigateur le copie), montre ce qu’elle contient et importe les cookies dans le site&#xa0;: toutes les lignes ou aucune. Les en-têtes sont lus en français et en anglais&#x202f;; un titre au-dessus d’un tableau qui nomme une catégorie donne cette catégorie à ses cookies&#x202f;; ce qui ne correspond à aucun champ va dans les notes. Sort avec le code 1 quand la page n’a aucun tableau de cookies.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="298"/>
        <source>Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF.</source>
        <translation>Exporte le registre en CSV ou JSON, ou la charte en HTML, Markdown ou PDF.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="224"/>
        <source>--format must be csv, json, html, html-fragment, md or pdf</source>
        <translation>--format doit valoir csv, json, html, html-fragment, md ou pdf</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="249"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="94"/>
        <source>The site (name, address or number).</source>
        <translation>Le site (nom, adresse ou numéro).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="174"/>
        <source>Changes a site&apos;s name, address, languages or contact.</source>
        <translation>Modifie le nom, l&apos;adresse, les langues ou le contact d&apos;un site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="105"/>
        <source>site-set needs a site and at least one FIELD=VALUE</source>
        <translation>site-set attend un site et au moins un CHAMP=VALEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="16"/>
        <source>The store file to create, or a server location (postgresql://USER@HOST:PORT/DB) whose empty database gets the store.</source>
        <translation>Le fichier de base à créer, ou l’adresse d’un serveur (postgresql://UTILISATEUR@HÔTE:PORT/BASE) dont la base de données vide reçoit la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="25"/>
        <source>init needs a file name, not an empty one</source>
        <translation>init attend un nom de fichier, pas un nom vide</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="59"/>
        <source>The site&apos;s address (http:// or https://).</source>
        <translation>L&apos;adresse du site (http:// ou https://).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="78"/>
        <source>--url: %1</source>
        <translation>--url&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="120"/>
        <source>url: %1</source>
        <translation>url&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="129"/>
        <source>consent-days: a number of days from 1 to 3650, or empty, not &quot;%1&quot;</source>
        <translation>consent-days&#xa0;: un nombre de jours de 1 à 3650, ou rien, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="141"/>
        <source>languages: %1</source>
        <translation>langues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="152"/>
        <source>Changed site %1</source>
        <translation>Site %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="45"/>
        <source>%1 takes one section name</source>
        <translation>%1 attend un nom de section</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="46"/>
        <source>%1 takes no arguments</source>
        <translation>%1 n&apos;attend aucun argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="53"/>
        <source>unknown section &quot;%1&quot; (sections: %2)</source>
        <translation>section inconnue «&#xa0;%1&#xa0;» (sections&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="31"/>
        <source>fr or en (default: the site&apos;s first language).</source>
        <translation>fr ou en (par défaut&#xa0;: la première langue du site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="201"/>
        <source>Lists the charter&apos;s text sections and whether the site rewrote them.</source>
        <translation>Liste les sections de texte de la charte et indique celles que le site a réécrites.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="100"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="103"/>
        <source>the site&apos;s own (version %1, %2, %3)</source>
        <translation>propre au site (version %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="37"/>
        <source>The section (see texts).</source>
        <translation>La section (voir texts).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="206"/>
        <source>Prints a charter text section (Markdown).</source>
        <translation>Affiche une section de texte de la charte (Markdown).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="133"/>
        <source>The Markdown text itself.</source>
        <translation>Le texte Markdown lui-même.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="210"/>
        <source>Rewrites a charter text section for one site and language.</source>
        <translation>Réécrit une section de texte de la charte pour un site et une langue.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="139"/>
        <source>give the text with either --file or --text</source>
        <translation>donnez le texte avec --file ou avec --text</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="130"/>
        <source>Read the Markdown text from FILE (- for standard input), %1 at most.</source>
        <translation>Lire le texte Markdown dans FICHIER (- pour l&apos;entrée standard), %1 au plus.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="125"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="141"/>
        <location filename="../../src/cli/TextCommands.cpp" line="146"/>
        <location filename="../../src/cli/TextCommands.cpp" line="156"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="139"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="151"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="152"/>
        <source>%1 is larger than %2, the most a section of text may hold; nothing was changed</source>
        <translation>%1 dépasse %2, la taille maximale d&apos;une section de texte&#x202f;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="161"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="166"/>
        <source>the text is empty; use text-reset to go back to the default</source>
        <translation>le texte est vide&#x202f;; utilisez text-reset pour revenir au texte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="176"/>
        <source>Saved the %1 text &quot;%2&quot; of %3</source>
        <translation>Texte %1 «&#xa0;%2&#xa0;» de %3 enregistré</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="214"/>
        <source>Goes back to the default text of a section.</source>
        <translation>Revient au texte par défaut d&apos;une section.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="190"/>
        <source>The %1 text &quot;%2&quot; of %3 is the default again</source>
        <translation>Le texte %1 «&#xa0;%2&#xa0;» de %3 est de nouveau celui par défaut</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="282"/>
        <source>Only this site (default: all).</source>
        <translation>Seulement ce site (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="192"/>
        <source>no publication of &quot;%1&quot; in %2</source>
        <translation>aucune publication de «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="198"/>
        <source>%1 holds no publication yet</source>
        <translation>%1 ne contient encore aucune publication</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="200"/>
        <source>%1 holds publications of %2 sites; choose one with --site</source>
        <translation>%1 contient des publications de %2 sites&#x202f;; choisissez-en un avec --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="19"/>
        <source>The shared store (default: the configured one, else the open store).</source>
        <translation>La base partagée (par défaut&#xa0;: celle configurée, sinon la base ouverte).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="25"/>
        <source>The site.</source>
        <translation>Le site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="31"/>
        <source>Why this publication (kept in the history).</source>
        <translation>Pourquoi cette publication (gardé dans l&apos;historique).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="33"/>
        <source>Publish even if nothing changed.</source>
        <translation>Publier même si rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="234"/>
        <source>Publishes the registry and every policy file of a site, in all its languages, into the shared store (created if missing), as one immutable, hash-chained publication.</source>
        <translation>Publie le registre et chaque fichier de la charte d&apos;un site, dans toutes ses langues, dans la base partagée (créée si elle manque), en une publication immuable et chaînée par empreintes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="42"/>
        <source>publish takes options only</source>
        <translation>publish n&apos;attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="243"/>
        <source>Lists the publications of a site in the shared store.</source>
        <translation>Liste les publications d&apos;un site dans la base partagée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="83"/>
        <source>publications takes options only</source>
        <translation>publications n&apos;attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <location filename="../../src/cli/ReviewCommands.cpp" line="130"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="98"/>
        <source>Publications of %1 in %2:</source>
        <translation>Publications de %1 dans %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="122"/>
        <location filename="../../src/cli/PublishingCommands.cpp" line="123"/>
        <source>A publication number, or working.</source>
        <translation>Un numéro de publication, ou working.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="249"/>
        <source>Shows the cookies added, removed and changed field by field, and the charter text changes, from A to B.</source>
        <translation>Montre les cookies ajoutés, supprimés et modifiés champ par champ, et les changements de texte de la charte, de A à B.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="129"/>
        <source>diff takes two publication numbers (or working)</source>
        <translation>diff attend deux numéros de publication (ou working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="63"/>
        <source>Approved by %1 on %2 (review %3)</source>
        <translation>Approuvée par %1 le %2 (relecture %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="103"/>
        <source>Publication %1: approved by %2 on %3 (review %4, submitted by %5)</source>
        <translation>Publication %1&#xa0;: approuvée par %2 le %3 (relecture %4, soumise par %5)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="111"/>
        <source>Publication %1: rule %2 was switched off by %3 on %4: %5</source>
        <translation>Publication %1&#xa0;: la règle %2 était désactivée par %3 le %4&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="147"/>
        <source>the open store %1 has no site %2</source>
        <translation>la base ouverte %1 n&apos;a pas de site %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="158"/>
        <source>&quot;%1&quot; is not a publication number (or working)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de publication (ni working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="161"/>
        <location filename="../../src/cli/PublishingCommands.cpp" line="195"/>
        <source>%1 has no publication %2</source>
        <translation>%1 n&apos;a pas de publication %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="174"/>
        <source>The publication number.</source>
        <translation>Le numéro de la publication.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="176"/>
        <source>The folder to write to (created if missing).</source>
        <translation>Le dossier où écrire (créé s&apos;il manque).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="182"/>
        <source>extract takes a publication number and a folder</source>
        <translation>extract attend un numéro de publication et un dossier</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="186"/>
        <source>&quot;%1&quot; is not a publication number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PublishingCommands.cpp" line="200"/>
        <source>Saved %n file(s) of publication %1 to %2</source>
        <translation>
            <numerusform>%n fichier de la publication %1 enregistré dans %2</numerusform>
            <numerusform>%n fichiers de la publication %1 enregistrés dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="260"/>
        <source>Checks every publication&apos;s files against their SHA-256 and the chain of hashes; exits 1 on the first broken link.</source>
        <translation>Vérifie les fichiers de chaque publication contre leur SHA-256 et la chaîne des empreintes&#x202f;; sort avec 1 au premier maillon rompu.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="210"/>
        <source>verify takes options only</source>
        <translation>verify n&apos;attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="218"/>
        <source>BROKEN: %1</source>
        <translation>ROMPU&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PublishingCommands.cpp" line="221"/>
        <source>OK: %n publication(s) verified in %1</source>
        <translation>
            <numerusform>OK&#xa0;: %n publication vérifiée dans %1</numerusform>
            <numerusform>OK&#xa0;: %n publications vérifiées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="221"/>
        <source>export takes options only</source>
        <translation>export n&apos;attend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="463"/>
        <source>Checks the registry: errors (exit 1) and warnings, with their reasons.</source>
        <translation>Vérifie le registre&#xa0;: erreurs (code 1) et avertissements, avec leurs raisons.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="338"/>
        <source>validate takes no arguments</source>
        <translation>validate n&apos;attend aucun argument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="433"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="434"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="41"/>
        <source>The domain that sets the cookie: it decides between rows that match as well.</source>
        <translation>Le domaine qui dépose le cookie&#xa0;: il départage les lignes qui correspondent aussi bien.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="284"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="44"/>
        <source>table or json (default: table).</source>
        <translation>table ou json (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="47"/>
        <source>A cookie name, or a pattern ending in * (_ga_*).</source>
        <translation>Un nom de cookie, ou un motif finissant par * (_ga_*).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="53"/>
        <source>lookup takes one cookie name</source>
        <translation>lookup attend un nom de cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="341"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="56"/>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <source>MATCH</source>
        <translation>CORRESPONDANCE</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="103"/>
        <source>cookie-charter: the cookie database (%1) knows nothing of &quot;%2&quot;</source>
        <translation>cookie-charter&#xa0;: la base de cookies (%1) ne connaît pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="113"/>
        <source>Only this site (default: every site).</source>
        <translation>Seulement ce site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="115"/>
        <source>Show what would change, write nothing.</source>
        <translation>Montrer ce qui changerait, ne rien écrire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="117"/>
        <source>Also replace the values these fields hold already (comma-separated: %1).</source>
        <translation>Remplacer aussi les valeurs déjà présentes dans ces champs (séparés par des virgules&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="130"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="135"/>
        <source>enrich takes no argument</source>
        <translation>enrich ne prend pas d’argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="143"/>
        <source>--overwrite: &quot;%1&quot; is not a field enrich fills (%2)</source>
        <translation>--overwrite&#xa0;: «&#xa0;%1&#xa0;» n’est pas un champ que enrich complète (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="189"/>
        <source>%1 (#%2, %3): %4: %5 → %6 [base row %7]</source>
        <translation>%1 (#%2, %3)&#xa0;: %4&#xa0;: %5 → %6 [ligne de la base %7]</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="219"/>
        <source>%n cookie(s) share only their name with a cookie of the database (another company&apos;s, set on another domain) and were left alone; see: cookie-charter lookup NAME</source>
        <translation>
            <numerusform>%n cookie n’a que son nom en commun avec un cookie de la base (celui d’une autre société, déposé sur un autre domaine) et n’a pas été touché&#x202f;; voir&#xa0;: cookie-charter lookup NOM</numerusform>
            <numerusform>%n cookies n’ont que leur nom en commun avec un cookie de la base (celui d’une autre société, déposé sur un autre domaine) et n’ont pas été touchés&#x202f;; voir&#xa0;: cookie-charter lookup NOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="225"/>
        <source>%n value(s) already set differ from the cookie database and were kept; name their fields with --overwrite to replace them</source>
        <translation>
            <numerusform>%n valeur déjà saisie diffère de la base de cookies et a été gardée&#x202f;; nommez son champ avec --overwrite pour la remplacer</numerusform>
            <numerusform>%n valeurs déjà saisies diffèrent de la base de cookies et ont été gardées&#x202f;; nommez leurs champs avec --overwrite pour les remplacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="230"/>
        <source>%n field(s) of %1 cookie(s) would be completed; nothing was written (dry run)</source>
        <translation>
            <numerusform>%n champ de %1 cookie(s) serait complété&#x202f;; rien n’a été écrit (essai)</numerusform>
            <numerusform>%n champs de %1 cookie(s) seraient complétés&#x202f;; rien n’a été écrit (essai)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="238"/>
        <source>Nothing to complete: the cookie database adds nothing to the registry</source>
        <translation>Rien à compléter&#xa0;: la base de cookies n’ajoute rien au registre</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="244"/>
        <source>cookie-charter: nothing was written</source>
        <translation>cookie-charter&#xa0;: rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="247"/>
        <source>Completed %n field(s) of %1 cookie(s) from the cookie database</source>
        <translation>
            <numerusform>%n champ de %1 cookie(s) complété depuis la base de cookies</numerusform>
            <numerusform>%n champs de %1 cookie(s) complétés depuis la base de cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="257"/>
        <source>info (which release is in use), or update FILE (load a newer release of the Open Cookie Database, CSV or JSON).</source>
        <translation>info (quelle version est utilisée), ou update FICHIER (charger une version plus récente de l’Open Cookie Database, CSV ou JSON).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="259"/>
        <source>The release, for update.</source>
        <translation>La version, pour update.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="271"/>
        <source>Cookie database: the Open Cookie Database (Apache License 2.0)</source>
        <translation>Base de cookies&#xa0;: l&apos;Open Cookie Database (licence Apache 2.0)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="272"/>
        <source>In use: %1</source>
        <translation>En service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="273"/>
        <source>Entries: %1, of which %2 name prefixes</source>
        <translation>Entrées&#xa0;: %1, dont %2 préfixes de noms</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="284"/>
        <source>Installed %1 (%2 entries); it is the cookie database in use from now on</source>
        <translation>%1 installée (%2 entrées)&#x202f;; c&apos;est désormais la base de cookies en service</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="300"/>
        <source>kb takes info, or update FILE</source>
        <translation>kb attend info, ou update FICHIER</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="307"/>
        <source>show what the cookie database knows of a name</source>
        <translation>montrer ce que la base de cookies sait d&apos;un nom</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="308"/>
        <source>Shows what the cookie database (the Open Cookie Database) knows of a cookie name, best match first; exits 1 when it knows nothing of it.</source>
        <translation>Montre ce que la base de cookies (l&apos;Open Cookie Database) sait d&apos;un nom de cookie, la meilleure correspondance d&apos;abord&#x202f;; sort avec le code 1 quand elle n&apos;en sait rien.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="313"/>
        <source>the cookie database in use, or a newer release</source>
        <translation>la base de cookies en service, ou une version plus récente</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="314"/>
        <source>Says which release of the cookie database is in use (kb info), or loads a newer one into your data folder (kb update FILE), where it takes precedence over the built-in one.</source>
        <translation>Indique quelle version de la base de cookies est en service (kb info), ou en charge une plus récente dans votre dossier de données (kb update FICHIER), où elle prime sur celle fournie avec le programme.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="320"/>
        <source>complete the registry from the cookie database</source>
        <translation>compléter le registre depuis la base de cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="321"/>
        <source>Fills the empty fields of every cookie the cookie database knows: provider, category, duration, English purpose, privacy link, and party (from the cookie&apos;s domain and the site&apos;s registrable domain). Prints each change: cookie, field, before -&gt; after and the database&apos;s row. A value already set is kept unless --overwrite names its field. All the changes are written in one transaction, each checked against the version read: if someone changed a cookie meanwhile, nothing is written.</source>
        <translation>Remplit les champs vides de chaque cookie que la base de cookies connaît&#xa0;: prestataire, catégorie, durée, finalité en anglais, lien de confidentialité, et origine (d’après le domaine du cookie et le domaine enregistrable du site). Affiche chaque changement&#xa0;: cookie, champ, avant -&gt; après et la ligne de la base. Une valeur déjà saisie est gardée sauf si --overwrite nomme son champ. Tous les changements sont écrits en une transaction, chacun vérifié par rapport à la version lue&#xa0;: si quelqu’un a modifié un cookie entre-temps, rien n’est écrit.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="18"/>
        <source>Only this site (default: every site of the store).</source>
        <translation>Seulement ce site (par défaut&#xa0;: tous les sites de la base).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="21"/>
        <source>The report to write: FILE.pdf or FILE.html (required).</source>
        <translation>Le rapport à écrire&#xa0;: FICHIER.pdf ou FICHIER.html (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="27"/>
        <source>report takes no arguments</source>
        <translation>report ne prend pas d’argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="30"/>
        <source>report needs -o FILE.pdf or -o FILE.html</source>
        <translation>report demande -o FICHIER.pdf ou -o FICHIER.html</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="34"/>
        <source>the report is a .pdf or an .html file, not &quot;%1&quot;</source>
        <translation>le rapport est un fichier .pdf ou .html, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="50"/>
        <source>Wrote the report of %1 to %2 (%3)</source>
        <translation>Rapport de %1 écrit dans %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="64"/>
        <source>write the overview and the problems for a manager</source>
        <translation>écrire la vue d’ensemble et les problèmes pour un responsable</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="65"/>
        <source>Writes the registry&apos;s overview (cookies by category, first and third party, top providers, lifetimes, problems by rule, cookies across publications), each chart with its table, and the problems rule by rule, as a PDF or an HTML page.</source>
        <translation>Écrit la vue d’ensemble du registre (cookies par catégorie, internes et tiers, principaux prestataires, durées de vie, problèmes par règle, cookies au fil des publications), chaque graphique avec son tableau, et les problèmes règle par règle, en PDF ou en page HTML.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="17"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="15"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="24"/>
        <source>The site (default: the only one).</source>
        <translation>Le site (par défaut&#xa0;: le seul).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="18"/>
        <source>submit: what the reviewer should know.</source>
        <translation>submit&#xa0;: ce que le relecteur doit savoir.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="21"/>
        <source>approve, reject, comment: the comment (required to reject).</source>
        <translation>approve, reject, comment&#xa0;: le commentaire (obligatoire pour refuser).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="24"/>
        <source>comment: the cookie it is about (its name or number; a cookie the review removes too).</source>
        <translation>comment&#xa0;: le cookie concerné (son nom ou son numéro&#x202f;; un cookie que la relecture retire aussi).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="28"/>
        <source>comment: the cookie&apos;s domain, when several cookies have that name.</source>
        <translation>comment&#xa0;: le domaine du cookie, quand plusieurs cookies portent ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="31"/>
        <source>submit: the shared store whose last publication the review compares with (default: the configured one, else the open store).</source>
        <translation>submit&#xa0;: la base partagée dont la dernière publication sert de comparaison (par défaut&#xa0;: celle configurée, sinon la base ouverte).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="35"/>
        <source>submit, list, show N, approve N, reject N or comment N.</source>
        <translation>submit, list, show N, approve N, reject N ou comment N.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="36"/>
        <source>The review&apos;s number.</source>
        <translation>Le numéro de la relecture.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="43"/>
        <source>review needs an action: submit, list, show, approve, reject or comment</source>
        <translation>review demande une action&#xa0;: submit, list, show, approve, reject ou comment</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="50"/>
        <source>unknown review action &quot;%1&quot; (submit, list, show, approve, reject, comment)</source>
        <translation>action de relecture inconnue «&#xa0;%1&#xa0;» (submit, list, show, approve, reject, comment)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="58"/>
        <source>review %1 takes one review number</source>
        <translation>review %1 prend un numéro de relecture</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="60"/>
        <source>review %1 takes options only</source>
        <translation>review %1 ne prend que des options</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="74"/>
        <source>there is no review %1</source>
        <translation>il n’y a pas de relecture %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="107"/>
        <source>Submitted %1 for review as review %2</source>
        <translation>%1 soumis à relecture (relecture %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="109"/>
        <source> (compared with publication %1)</source>
        <translation> (comparé à la publication %1)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="114"/>
        <source>Anyone but %1 may approve it.</source>
        <translation>Toute personne sauf %1 peut l’approuver.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>SUBMITTED</source>
        <translation>SOUMISE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="130"/>
        <source>DECIDED BY</source>
        <translation>DÉCIDÉE PAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="146"/>
        <source>No review yet (submit one with: cookie-charter review submit)</source>
        <translation>Aucune relecture pour l’instant (en soumettre une&#xa0;: cookie-charter review submit)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="159"/>
        <source>Review %1 of %2</source>
        <translation>Relecture %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="160"/>
        <source>Submitted by %1 on %2</source>
        <translation>Soumise par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="162"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="163"/>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="166"/>
        <source>Approved by %1 on %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="167"/>
        <source>Changes requested by %1 on %2</source>
        <translation>Modifications demandées par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="173"/>
        <source>State: %1</source>
        <translation>État du registre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="179"/>
        <source>VOID: the registry changed since it was approved. What changed since:</source>
        <translation>ANNULÉE&#xa0;: le registre a changé depuis l’approbation. Ce qui a changé depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="181"/>
        <source>VOID: the registry changed since it was submitted. What changed since:</source>
        <translation>ANNULÉE&#xa0;: le registre a changé depuis la soumission. Ce qui a changé depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="189"/>
        <source>Changes since publication %1:</source>
        <translation>Changements depuis la publication %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="195"/>
        <source>The site has not been published yet: the whole registry is new.</source>
        <translation>Le site n’a pas encore été publié&#xa0;: tout le registre est nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="198"/>
        <source>Comments:</source>
        <translation>Commentaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="201"/>
        <source>the whole review</source>
        <translation>toute la relecture</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="203"/>
        <source>cookie %1</source>
        <translation>cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="204"/>
        <source>cookie %1 (%2)</source>
        <translation>cookie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="217"/>
        <source>review reject needs --comment: what should change</source>
        <translation>review reject demande --comment&#xa0;: ce qui doit changer</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="228"/>
        <source>Approved review %1 of %2</source>
        <translation>Relecture %1 de %2 approuvée</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="229"/>
        <source>Asked for changes on review %1 of %2: %3</source>
        <translation>Modifications demandées sur la relecture %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="241"/>
        <source>review comment needs --comment TEXT</source>
        <translation>review comment demande --comment TEXTE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="263"/>
        <source>Commented on review %1</source>
        <translation>Commentaire ajouté à la relecture %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="272"/>
        <source>submit a site for review, list, show, approve or reject reviews</source>
        <translation>soumettre un site à relecture, lister, afficher, approuver ou refuser des relectures</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="274"/>
        <source>Sign-off before publishing. submit names the registry&apos;s exact state (every language) and keeps what changed since the last publication; list and show say where each review stands (any later change voids it); approve, reject and comment are a reviewer&apos;s, who may be neither the submitter nor anyone who changed the registry since the last publication. A site whose review policy is approval publishes only an approved state.</source>
        <translation>Validation avant publication. submit désigne l’état exact du registre (toutes les langues) et garde ce qui a changé depuis la dernière publication&#x202f;; list et show disent où en est chaque relecture (tout changement ultérieur l’annule)&#x202f;; approve, reject et comment reviennent à un relecteur, qui ne peut être ni l’auteur de la soumission ni quelqu’un ayant modifié le registre depuis la dernière publication. Un site dont la politique de relecture est approval ne publie qu’un état approuvé.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="16"/>
        <source>Why the rule does not apply to this site (required).</source>
        <translation>Pourquoi la règle ne s’applique pas à ce site (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="19"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="26"/>
        <source>The rule&apos;s id (see validate --rules).</source>
        <translation>L’identifiant de la règle (voir validate --rules).</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="34"/>
        <source>%1 takes one rule id</source>
        <translation>%1 prend un identifiant de règle</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="39"/>
        <source>there is no rule &quot;%1&quot; (validate --rules lists them)</source>
        <translation>il n’y a pas de règle «&#xa0;%1&#xa0;» (validate --rules les liste)</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="70"/>
        <source>rule-off needs --reason: why the rule does not apply to this site</source>
        <translation>rule-off demande --reason&#xa0;: pourquoi la règle ne s’applique pas à ce site</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="82"/>
        <source>Rule %1 stays switched off for %2; the reason is now: %3</source>
        <translation>La règle %1 reste désactivée pour %2&#x202f;; la raison est maintenant&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="83"/>
        <source>Switched rule %1 off for %2: %3</source>
        <translation>Règle %1 désactivée pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="101"/>
        <source>Rule %1 is already on for %2</source>
        <translation>La règle %1 est déjà active pour %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="107"/>
        <source>Switched rule %1 back on for %2</source>
        <translation>Règle %1 réactivée pour %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="115"/>
        <source>switch a rule off for a site, with the reason</source>
        <translation>désactiver une règle pour un site, avec la raison</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="116"/>
        <source>Switches a rule off for a site, with the reason recorded: its findings no longer count, and validate, the problems panel and the publication record say that it is off, by whom and why.</source>
        <translation>Désactive une règle pour un site en enregistrant la raison&#xa0;: ses constats ne comptent plus, et validate, le panneau des problèmes et la publication disent qu’elle est désactivée, par qui et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="122"/>
        <source>switch a rule back on for a site</source>
        <translation>réactiver une règle pour un site</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="123"/>
        <source>Switches a rule that a site had switched off back on.</source>
        <translation>Réactive une règle qu’un site avait désactivée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="16"/>
        <source>The server store (postgresql://USER@HOST:PORT/DB).</source>
        <translation>La base sur le serveur (postgresql://UTILISATEUR@HÔTE:PORT/BASE).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="19"/>
        <source>Group role of editors: they write the registry, its texts and reviews.</source>
        <translation>Rôle de groupe des rédacteurs&#xa0;: ils écrivent le registre, ses textes et les relectures.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="22"/>
        <source>Group role of reviewers: they read everything and write only decisions and comments on reviews.</source>
        <translation>Rôle de groupe des relecteurs&#xa0;: ils lisent tout et n’écrivent que les décisions et les commentaires des relectures.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="26"/>
        <source>Group role of publishers: editors who may also publish.</source>
        <translation>Rôle de groupe des éditeurs&#xa0;: des rédacteurs qui peuvent aussi publier.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="33"/>
        <source>server-setup takes one server location</source>
        <translation>server-setup prend une adresse de serveur</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="35"/>
        <source>server-setup needs a server location (postgresql://...), not %1</source>
        <translation>server-setup demande une adresse de serveur (postgresql://…), pas %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="41"/>
        <source>name at least one role: --editors, --reviewers or --publishers</source>
        <translation>nommez au moins un rôle&#xa0;: --editors, --reviewers ou --publishers</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="49"/>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="50"/>
        <source>Members join with: CREATE ROLE name LOGIN IN ROLE group</source>
        <translation>Les membres s’y joignent avec&#xa0;: CREATE ROLE nom LOGIN IN ROLE groupe</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="56"/>
        <source>The store to copy (file or URL).</source>
        <translation>La base à copier (fichier ou URL).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="59"/>
        <source>An empty store to copy into: a new file, or an empty server database.</source>
        <translation>Une base vide où copier&#xa0;: un nouveau fichier, ou une base de données vide sur un serveur.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="65"/>
        <source>copy takes two stores: FROM and TO</source>
        <translation>copy prend deux bases&#xa0;: SOURCE et DESTINATION</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="84"/>
        <source>%1 already exists; a copy goes only into a new file or an empty server database</source>
        <translation>%1 existe déjà&#x202f;; une copie ne va que dans un nouveau fichier ou une base de données vide sur un serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/ServerCommands.cpp" line="98"/>
        <source>Copied %1 into %2: %n cookie(s)</source>
        <translation>
            <numerusform>%1 copiée dans %2&#xa0;: %n cookie</numerusform>
            <numerusform>%1 copiée dans %2&#xa0;: %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="109"/>
        <source>create the server&apos;s group roles and their rights</source>
        <translation>créer les rôles de groupe du serveur et leurs droits</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="110"/>
        <source>Creates group roles on a PostgreSQL store and grants them their rights: reviewers read everything and write only decisions and comments on reviews; editors also write the registry, its texts, settings and reviews; publishers also publish. Run it as the store&apos;s owner.</source>
        <translation>Crée des rôles de groupe sur une base PostgreSQL et leur accorde leurs droits&#xa0;: les relecteurs lisent tout et n’écrivent que les décisions et commentaires des relectures&#x202f;; les rédacteurs écrivent aussi le registre, ses textes, réglages et relectures&#x202f;; les éditeurs publient en plus. À lancer en propriétaire de la base.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="117"/>
        <source>copy a whole store into an empty one</source>
        <translation>copier toute une base dans une base vide</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="118"/>
        <source>Copies a whole store, SQLite or PostgreSQL, into a new file or an empty server database: sites, cookies with their versions and stamps, texts, rule switches, reviews, the audit log, and publications with their files and chain. A copy into a store that is not empty is refused.</source>
        <translation>Copie toute une base, SQLite ou PostgreSQL, dans un nouveau fichier ou une base de données vide sur un serveur&#xa0;: sites, cookies avec leurs versions et leurs dates, textes, règles désactivées, relectures, journal d’audit, et publications avec leurs fichiers et leur chaîne. Une copie dans une base qui n’est pas vide est refusée.</translation>
    </message>
</context>
<context>
    <name>CookieDetails</name>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="26"/>
        <source>&amp;Save again</source>
        <translation>&amp;Enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="27"/>
        <source>Save the kept changes again</source>
        <translation>Enregistrer à nouveau les modifications gardées</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="44"/>
        <source>&amp;Add to the registry</source>
        <translation>&amp;Ajouter au registre</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="45"/>
        <source>Add the new cookie to the registry</source>
        <translation>Ajouter le nouveau cookie au registre</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="51"/>
        <source>Disca&amp;rd</source>
        <translation>Abando&amp;nner</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="52"/>
        <source>Discard the new cookie</source>
        <translation>Abandonner le nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="67"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="73"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="78"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="84"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="89"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="95"/>
        <source>Location (front or back office)</source>
        <translation>Emplacement (front ou back office)</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106"/>
        <source>Cookie name</source>
        <translation>Nom du cookie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106"/>
        <source>_ga, or a pattern such as _ga_*</source>
        <translation>_ga, ou un motif comme _ga_*</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="111"/>
        <source>Problem with the name</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="116"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="122"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="127"/>
        <source>P&amp;arty:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="133"/>
        <source>First or third party</source>
        <translation>Interne ou tiers</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="138"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144"/>
        <source>.example.org</source>
        <translation>.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="149"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155"/>
        <source>13 mois, 2 years, session…</source>
        <translation>13 mois, 2 ans, session…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="160"/>
        <source>How the duration is read</source>
        <translation>Comment la durée est comprise</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="165"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="171"/>
        <source>Storage type</source>
        <translation>Type de stockage</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="176"/>
        <source>Pri&amp;vacy link:</source>
        <translation>&amp;Lien de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182"/>
        <source>Provider&apos;s privacy policy link</source>
        <translation>Lien vers la politique de confidentialité du prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="187"/>
        <source>C&amp;onsent:</source>
        <translation>Consente&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="193"/>
        <source>Consent exemption</source>
        <translation>Exemption de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="198"/>
        <source>Purpose (&amp;French):</source>
        <translation>Finalité (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="204"/>
        <source>Purpose in French</source>
        <translation>Finalité en français</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="209"/>
        <source>Purpose (&amp;English):</source>
        <translation>Finalité (&amp;anglais)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="215"/>
        <source>Purpose in English</source>
        <translation>Finalité en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="220"/>
        <source>&amp;Internal notes:</source>
        <translation>Notes &amp;internes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="226"/>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="35"/>
        <source>In the cookie database</source>
        <translation>Dans la base de cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="58"/>
        <source>As its category says</source>
        <translation>Selon sa catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="59"/>
        <source>Exempt from consent</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="60"/>
        <source>Needs consent</source>
        <translation>Soumis au consentement</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="149"/>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="273"/>
        <source>The cookie database does not know %1.</source>
        <translation>La base de cookies ne connaît pas %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="279"/>
        <source>The cookie database knows a %1 of %2 (%3), set on %4: another company&apos;s cookie of the same name, so nothing is proposed.</source>
        <translation>La base de cookies connaît un %1 de %2 (%3), déposé sur %4&#xa0;: le cookie d’une autre société, du même nom&#x202f;; rien n’est donc proposé.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="286"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="287"/>
        <source>Known as %1: %2 (database row %3).</source>
        <translation>Connu comme %1&#xa0;: %2 (ligne %3 de la base).</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="290"/>
        <source>It agrees with every field.</source>
        <translation>Elle s’accorde avec chaque champ.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="306"/>
        <source>Would replace: %1</source>
        <translation>Remplacerait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="307"/>
        <source>The field is empty</source>
        <translation>Le champ est vide</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="309"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="313"/>
        <source>Replace &quot;%1&quot; with this value</source>
        <translation>Remplacer «&#xa0;%1&#xa0;» par cette valeur</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="314"/>
        <source>Fill the empty field with this value</source>
        <translation>Remplir le champ vide avec cette valeur</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="351"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="356"/>
        <source>Fill in the provider.</source>
        <translation>Indiquez le prestataire.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="360"/>
        <location filename="../../src/gui/CookieDetails.cpp" line="364"/>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="368"/>
        <source>Write its purpose in at least one language.</source>
        <translation>Écrivez sa finalité dans au moins une langue.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="389"/>
        <source>New cookie: not in the registry until you add it.</source>
        <translation>Nouveau cookie&#xa0;: il n&apos;est dans le registre qu&apos;une fois ajouté.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="390"/>
        <source>New cookie, not in the registry yet. %1</source>
        <translation>Nouveau cookie, pas encore dans le registre. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="437"/>
        <source>Not saved yet: the store is locked by another user. Your text is kept here; save it again when the store is free.</source>
        <translation>Pas encore enregistré&#xa0;: la base est verrouillée par un autre utilisateur. Votre texte est gardé ici&#x202f;; enregistrez-le à nouveau quand la base sera libre.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="439"/>
        <source>Not saved yet: %1. Your text is kept here; save it again.</source>
        <translation>Pas encore enregistré&#xa0;: %1. Votre texte est gardé ici&#x202f;; enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="501"/>
        <source>cookie %1 of this site already has this domain and name; change one of them</source>
        <translation>le cookie %1 de ce site a déjà ce domaine et ce nom&#x202f;; changez l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="512"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="521"/>
        <source>Cannot be read: write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;.</source>
        <translation>Illisible&#xa0;: écrivez par exemple «&#xa0;13 mois&#xa0;», «&#xa0;2 ans&#xa0;» ou «&#xa0;session&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="523"/>
        <source>Deleted when the browser closes.</source>
        <translation>Supprimé à la fermeture du navigateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CookieDetails.cpp" line="525"/>
        <source>About %n day(s).</source>
        <translation>
            <numerusform>Environ %n jour.</numerusform>
            <numerusform>Environ %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="533"/>
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="538"/>
        <source>No cookie selected. Choose one in the table, or add one with Edit &gt; Add cookie.</source>
        <translation>Aucun cookie sélectionné. Choisissez-en un dans le tableau, ou ajoutez-en un avec Édition &gt; Ajouter un cookie.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="545"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="546"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="550"/>
        <source>Added by %1 on %2; last changed by %3 on %4 (version %5).</source>
        <translation>Ajouté par %1 le %2&#x202f;; modifié en dernier par %3 le %4 (version %5).</translation>
    </message>
</context>
<context>
    <name>CookieField</name>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="73"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="75"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="77"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="81"/>
        <source>Purpose (French)</source>
        <translation>Finalité (français)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="83"/>
        <source>Purpose (English)</source>
        <translation>Finalité (anglais)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="85"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="87"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="89"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="91"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="95"/>
        <source>Privacy link</source>
        <translation>Lien de confidentialité</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="97"/>
        <source>Consent exempt</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="101"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="166"/>
        <source>a cookie name cannot hold control characters</source>
        <translation>un nom de cookie ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="171"/>
        <source>&apos;*&apos; may only end a name pattern, as in _ga_*</source>
        <translation>«&#xa0;*&#xa0;» ne peut que terminer un motif de nom, comme dans _ga_*</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="186"/>
        <source>unknown category &quot;%1&quot; (use necessary, preferences, statistics, marketing or unclassified)</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;» (utilisez necessary, preferences, statistics, marketing ou unclassified)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="196"/>
        <source>unknown party &quot;%1&quot; (use first or third)</source>
        <translation>origine inconnue «&#xa0;%1&#xa0;» (utilisez first ou third)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="212"/>
        <source>unknown storage type &quot;%1&quot; (use cookie, localStorage, sessionStorage, IndexedDB or pixel)</source>
        <translation>type de stockage inconnu «&#xa0;%1&#xa0;» (utilisez cookie, localStorage, sessionStorage, IndexedDB ou pixel)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="222"/>
        <source>the privacy link must be an http:// or https:// address</source>
        <translation>le lien de confidentialité doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="238"/>
        <source>consent_exempt takes yes, no or default</source>
        <translation>consent_exempt attend yes, no ou default</translation>
    </message>
</context>
<context>
    <name>CookieNameValidator</name>
    <message>
        <location filename="../../src/gui/CookieDelegate.cpp" line="23"/>
        <source>the cookie name is empty</source>
        <translation>le nom du cookie est vide</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="141"/>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais refermé</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="179"/>
        <source>the row is not valid UTF-8 text</source>
        <translation>la ligne n&apos;est pas du texte UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="26"/>
        <source>Complete from the cookie database: %1</source>
        <translation>Compléter depuis la base de cookies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="29"/>
        <source>What the Open Cookie Database knows of this site&apos;s cookies. Checked rows fill an empty field; a row that would replace a value you wrote is unchecked until you check it. Apply writes the checked rows at once; Undo takes them all back.</source>
        <translation>Ce que l’Open Cookie Database sait des cookies de ce site. Les lignes cochées remplissent un champ vide&#x202f;; une ligne qui remplacerait une valeur saisie reste décochée tant que vous ne la cochez pas. Appliquer écrit toutes les lignes cochées d’un coup&#x202f;; Annuler les retire toutes.</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="51"/>
        <source>Check &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="53"/>
        <source>Only &amp;empty fields</source>
        <translation>Seulement les champs &amp;vides</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="55"/>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="94"/>
        <source>The cookie database adds nothing to this site&apos;s registry.</source>
        <translation>La base de cookies n’ajoute rien au registre de ce site.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/EnrichDialog.cpp" line="103"/>
        <source>%n proposal(s) for %1 cookie(s): %2 fill an empty field, %3 would replace a value. %4 checked.</source>
        <translation>
            <numerusform>%n proposition pour %1 cookie(s)&#xa0;: %2 remplissent un champ vide, %3 remplaceraient une valeur. %4 cochée(s).</numerusform>
            <numerusform>%n propositions pour %1 cookie(s)&#xa0;: %2 remplissent un champ vide, %3 remplaceraient une valeur. %4 cochée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/EnrichDialog.cpp" line="113"/>
        <source>%n cookie(s) share only their name with a cookie of the database (another company&apos;s, set elsewhere) and are left alone.</source>
        <translation>
            <numerusform>%n cookie n’a que son nom en commun avec un cookie de la base (celui d’une autre société, déposé ailleurs) et reste tel quel.</numerusform>
            <numerusform>%n cookies n’ont que leur nom en commun avec un cookie de la base (celui d’une autre société, déposé ailleurs) et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="124"/>
        <source>Complete from the cookie database</source>
        <translation>Compléter depuis la base de cookies</translation>
    </message>
</context>
<context>
    <name>EnrichmentModel</name>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="77"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="77"/>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="80"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="125"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="127"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="129"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="131"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="133"/>
        <source>From the cookie database</source>
        <translation>Depuis la base de cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="135"/>
        <source>Database row</source>
        <translation>Ligne de la base</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="9"/>
        <source>Publication history</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="16"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="22"/>
        <source>Published site</source>
        <translation>Site publié</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="35"/>
        <source>&amp;Verify the history</source>
        <translation>&amp;Vérifier l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="44"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="51"/>
        <source>&amp;Charter as published</source>
        <translation>&amp;Charte telle que publiée</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="55"/>
        <source>Language of the published charter</source>
        <translation>Langue de la charte publiée</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="60"/>
        <source>The charter of the selected publication</source>
        <translation>La charte de la publication choisie</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="66"/>
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="71"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="83"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="84"/>
        <source>Two publications selected: what changed from the older to the newer. One: what changed since, in the working registry.</source>
        <translation>Deux publications choisies&#xa0;: ce qui a changé de la plus ancienne à la plus récente. Une seule&#xa0;: ce qui a changé depuis, dans le registre en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="89"/>
        <source>Save the &amp;files…</source>
        <translation>Enregistrer les &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="99"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="27"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="28"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="30"/>
        <source>in %1%2</source>
        <translation>dans %1%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="31"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="87"/>
        <source>Choose a publication.</source>
        <translation>Choisissez une publication.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="88"/>
        <source>Choose one publication to see its charter.</source>
        <translation>Choisissez une seule publication pour voir sa charte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="112"/>
        <source>From publication %1 to publication %2:</source>
        <translation>De la publication %1 à la publication %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="119"/>
        <source>the store could not be read</source>
        <translation>la base n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="121"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="135"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="122"/>
        <source>The open registry has no site %1.</source>
        <translation>Le registre ouvert n&apos;a pas de site %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="128"/>
        <source>From publication %1 to the working registry:</source>
        <translation>De la publication %1 au registre en cours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="148"/>
        <source>Save the files of publication %1</source>
        <translation>Enregistrer les fichiers de la publication %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="157"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="161"/>
        <source>Save the files</source>
        <translation>Enregistrer les fichiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="162"/>
        <source>%n file(s) of publication %1 saved in %2.</source>
        <translation>
            <numerusform>%n fichier de la publication %1 enregistré dans %2.</numerusform>
            <numerusform>%n fichiers de la publication %1 enregistrés dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="173"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="178"/>
        <source>Verify the history</source>
        <translation>Vérifier l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="174"/>
        <source>All %n publication(s) are intact: every file matches its SHA-256 and the chain holds.</source>
        <translation>
            <numerusform>La publication est intacte&#xa0;: chaque fichier correspond à son SHA-256 et la chaîne tient.</numerusform>
            <numerusform>Les %n publications sont intactes&#xa0;: chaque fichier correspond à son SHA-256 et la chaîne tient.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="179"/>
        <source>The history is broken: %1</source>
        <translation>L&apos;historique est rompu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="9"/>
        <source>Import cookies</source>
        <translation>Importer des cookies</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="22"/>
        <source>Rows without a &amp;site go to:</source>
        <translation>Les lignes sans &amp;site vont dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="28"/>
        <source>Site for rows without one</source>
        <translation>Site des lignes qui n&apos;en ont pas</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="34"/>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="35"/>
        <source>Read the file again and check it</source>
        <translation>Relire le fichier et le vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="48"/>
        <source>To be added</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="52"/>
        <source>Cookies the import would add</source>
        <translation>Cookies que l&apos;import ajouterait</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="61"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="65"/>
        <source>Rows the import rejects</source>
        <translation>Lignes rejetées par l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="20"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="24"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <location filename="../../src/gui/ImportDialog.cpp" line="34"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="34"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="60"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="72"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="74"/>
        <source>Checking was cancelled. Nothing was written.</source>
        <translation>Vérification annulée. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="76"/>
        <source>Rejected rows: %n. Nothing will be imported: fix the file and check again.</source>
        <translation>
            <numerusform>Lignes rejetées&#xa0;: %n. Rien ne sera importé&#xa0;: corrigez le fichier puis vérifiez à nouveau.</numerusform>
            <numerusform>Lignes rejetées&#xa0;: %n. Rien ne sera importé&#xa0;: corrigez le fichier puis vérifiez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="82"/>
        <source>The file holds no cookie to import.</source>
        <translation>Le fichier ne contient aucun cookie à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="85"/>
        <source>%n cookie(s) will be added.</source>
        <translation>
            <numerusform>%n cookie sera ajouté.</numerusform>
            <numerusform>%n cookies seront ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="88"/>
        <source>New sites: %1.</source>
        <translation>Nouveaux sites&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="91"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Le premier est listé.</numerusform>
            <numerusform>Les %n premiers sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="97"/>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="121"/>
        <source>To be added (%1)</source>
        <translation>À ajouter (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="122"/>
        <source>Rejected (%1)</source>
        <translation>Rejetées (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="129"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="138"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="140"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="118"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="123"/>
        <source>line 1: no &quot;%1&quot; column: this is not an Open Cookie Database release</source>
        <translation>ligne 1&#xa0;: pas de colonne «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas une version de l&apos;Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="131"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="149"/>
        <source>line %1: the row has no cookie name</source>
        <translation>ligne %1&#xa0;: la ligne n&apos;a pas de nom de cookie</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="153"/>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="231"/>
        <source>the file holds no cookie</source>
        <translation>le fichier ne contient aucun cookie</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="183"/>
        <source>line %1: %2: this is not an Open Cookie Database release</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: ce n’est pas une version de l’Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="187"/>
        <source>line 1: not an object of platforms: this is not an Open Cookie Database release</source>
        <translation>ligne 1&#xa0;: pas un objet de plateformes&#xa0;: ce n’est pas une version de l’Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="193"/>
        <source>line %1: &quot;%2&quot; is not a list of cookies: this is not an Open Cookie Database release</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une liste de cookies&#xa0;: ce n’est pas une version de l’Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="222"/>
        <source>line %1: entry %2 of &quot;%3&quot; has no cookie name</source>
        <translation>ligne %1&#xa0;: l’entrée %2 de «&#xa0;%3&#xa0;» n’a pas de nom de cookie</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="372"/>
        <source>the built-in cookie database is missing from this build</source>
        <translation>la base de cookies intégrée manque dans cette version du programme</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="363"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="383"/>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="397"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="392"/>
        <source>%1 is larger than %2; it is not a cookie database release</source>
        <translation>%1 dépasse %2&#x202f;; ce n&apos;est pas une version de la base de cookies</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="404"/>
        <source>%1: %2; the base in use is unchanged</source>
        <translation>%1&#xa0;: %2&#x202f;; la base en service n&apos;a pas changé</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="414"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="9"/>
        <source>Cookie Charter</source>
        <translation>Charte cookies</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="40"/>
        <source>Sites of the store</source>
        <translation>Sites de la base</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="60"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="65"/>
        <source>Edit the site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="87"/>
        <source>Search provider, service, name, purpose, domain…</source>
        <translation>Chercher prestataire, service, nom, finalité, domaine…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="89"/>
        <source>Search the registry</source>
        <translation>Chercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="94"/>
        <source>Show the category</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="99"/>
        <source>Show first or third party</source>
        <translation>Afficher interne ou tiers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="104"/>
        <source>Show the storage type</source>
        <translation>Afficher le type de stockage</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="111"/>
        <source>Cookies of the site</source>
        <translation>Cookies du site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="124"/>
        <source>Cookie details and charter preview</source>
        <translation>Détails du cookie et aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="126"/>
        <source>&amp;Cookie</source>
        <translation>&amp;Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="135"/>
        <location filename="../../ui/MainWindow.ui" line="369"/>
        <source>Charter &amp;preview</source>
        <translation>&amp;Aperçu de la charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="155"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="167"/>
        <source>&amp;Recent stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="187"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="200"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="207"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="215"/>
        <source>&amp;Charter</source>
        <translation>&amp;Charte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="239"/>
        <source>Main tools</source>
        <translation>Outils principaux</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="251"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="262"/>
        <source>Problems found in the registry</source>
        <translation>Problèmes trouvés dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="274"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="277"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="282"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="285"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="290"/>
        <source>Open a &amp;server…</source>
        <translation>Ouvrir un &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="293"/>
        <source>Open a store on a PostgreSQL team server (postgresql://user@host:port/database)</source>
        <translation>Ouvrir une base sur un serveur d’équipe PostgreSQL (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="298"/>
        <source>Open store &amp;read-only…</source>
        <translation>Ouvrir une base en &amp;lecture seule…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="303"/>
        <source>&amp;Import cookies…</source>
        <translation>&amp;Importer des cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="306"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="311"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="314"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="319"/>
        <source>&amp;Add cookie</source>
        <translation>&amp;Ajouter un cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="322"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="327"/>
        <source>&amp;Duplicate cookie</source>
        <translation>&amp;Dupliquer le cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="330"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="335"/>
        <source>De&amp;lete cookies…</source>
        <translation>&amp;Supprimer des cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="338"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="343"/>
        <source>New &amp;site…</source>
        <translation>Nouveau &amp;site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="348"/>
        <source>&amp;Edit site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="353"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="356"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="361"/>
        <source>&amp;Cookie details</source>
        <translation>Détails du &amp;cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="364"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="372"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="377"/>
        <source>&amp;Next problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="380"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="385"/>
        <source>Registry as &amp;CSV…</source>
        <translation>Registre en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="390"/>
        <source>Registry as &amp;JSON…</source>
        <translation>Registre en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="395"/>
        <source>Charter as &amp;HTML page…</source>
        <translation>Charte en page &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="398"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="403"/>
        <source>Charter as HTML &amp;fragment…</source>
        <translation>Charte en &amp;fragment HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="408"/>
        <source>Charter as &amp;Markdown…</source>
        <translation>Charte en &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="413"/>
        <source>Charter as &amp;PDF…</source>
        <translation>Charte en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="418"/>
        <source>Edit the charter &amp;texts…</source>
        <translation>Modifier les &amp;textes de la charte…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="423"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="428"/>
        <source>Publication &amp;history…</source>
        <translation>&amp;Historique des publications…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="433"/>
        <source>&amp;Shared store for publications…</source>
        <translation>&amp;Base partagée des publications…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="438"/>
        <source>Import a &amp;charter page…</source>
        <translation>Importer une page de &amp;charte…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="441"/>
        <source>Read the cookie tables of an existing charter page (a file, or pasted from a browser)</source>
        <translation>Lire les tableaux de cookies d’une page de charte existante (un fichier, ou collée depuis un navigateur)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="446"/>
        <source>Import a &amp;banner configuration…</source>
        <translation>Importer une configuration de &amp;bandeau…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="449"/>
        <source>Read the cookies a consent banner&apos;s configuration declares (tarteaucitron, Klaro, Orejime)</source>
        <translation>Lire les cookies que déclare la configuration d&apos;un bandeau de consentement (tarteaucitron, Klaro, Orejime)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="454"/>
        <source>&amp;Banner configuration…</source>
        <translation>Configuration du &amp;bandeau…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="457"/>
        <source>The consent banner&apos;s configuration written from the registry, and its comparison with the site&apos;s own</source>
        <translation>La configuration du bandeau de consentement écrite à partir du registre, et sa comparaison avec celle du site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="462"/>
        <source>&amp;Complete from the cookie database…</source>
        <translation>&amp;Compléter depuis la base de cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="465"/>
        <source>Fill empty fields of the site&apos;s cookies from the Open Cookie Database</source>
        <translation>Remplir les champs vides des cookies du site depuis l’Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="470"/>
        <source>&amp;Audit against captures…</source>
        <translation>&amp;Audit d’après des captures…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="473"/>
        <source>Compare what a browser really saw (HAR, cookie databases, storageState) with the registry</source>
        <translation>Comparer ce qu’un navigateur a réellement vu (HAR, bases de cookies, storageState) avec le registre</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="478"/>
        <source>&amp;About Cookie Charter</source>
        <translation>À &amp;propos de Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="483"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="488"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="491"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="393"/>
        <source>Store: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="408"/>
        <source>%1 - Cookie Charter</source>
        <translation>%1 - Charte cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="499"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="502"/>
        <source>First and third party</source>
        <translation>Internes et tiers</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="505"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="57"/>
        <source>The cookie database cannot be loaded: %1</source>
        <translation>La base de cookies ne peut pas être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="136"/>
        <source>&amp;Overview…</source>
        <translation>&amp;Vue d’ensemble…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="139"/>
        <source>The registry at a glance: categories, parties, providers, lifetimes, problems, publications</source>
        <translation>Le registre d’un coup d’œil&#xa0;: catégories, origine, prestataires, durées de vie, problèmes, publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="144"/>
        <source>Submit for re&amp;view…</source>
        <translation>Soumettre à re&amp;lecture…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="147"/>
        <source>Ask someone else to check the registry and the charter before they are published</source>
        <translation>Demander à quelqu’un d’autre de vérifier le registre et la charte avant leur publication</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="148"/>
        <source>Re&amp;views…</source>
        <translation>Rele&amp;ctures…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="152"/>
        <source>The reviews: the charter with its changes marked, comments, approve or request changes</source>
        <translation>Les relectures&#xa0;: la charte avec ses changements marqués, les commentaires, approuver ou demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="164"/>
        <source>Click to open the reviews</source>
        <translation>Cliquer pour ouvrir les relectures</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="175"/>
        <source>Show every cookie again</source>
        <translation>Afficher de nouveau tous les cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="190"/>
        <source>Switch rule %1 back on</source>
        <translation>Réactiver la règle %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="192"/>
        <source>Switch rule %1 off for this site…</source>
        <translation>Désactiver la règle %1 pour ce site…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="244"/>
        <source>No problem found in this registry.</source>
        <translation>Aucun problème dans ce registre.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="322"/>
        <source>No site chosen. Create one with Edit &gt; New site.</source>
        <translation>Aucun site choisi. Créez-en un avec Édition &gt; Nouveau site.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="334"/>
        <source>The store could not be read (%1); what is shown is kept, and read again in a moment.</source>
        <translation>La base n&apos;a pas pu être lue (%1)&#x202f;; ce qui est affiché est conservé et sera relu dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="395"/>
        <source>Store: %1. Read-only (%2): you can look, export and preview, not edit.</source>
        <translation>Base&#xa0;: %1. Lecture seule (%2)&#xa0;: vous pouvez consulter, exporter et prévisualiser, pas modifier.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="407"/>
        <source>%1 (reviewer) - Cookie Charter</source>
        <translation>%1 (relecteur) - Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="412"/>
        <source>The store could not be read (%1); the list of sites is read again in a moment.</source>
        <translation>La base n&apos;a pas pu être lue (%1)&#x202f;; la liste des sites sera relue dans un instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="424"/>
        <source>%Ln cookie(s) in the store</source>
        <translation>
            <numerusform>%Ln cookie dans la base</numerusform>
            <numerusform>%Ln cookies dans la base</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="440"/>
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="441"/>
        <source>The new cookie has not been added to the registry. Discard it?</source>
        <translation>Le nouveau cookie n&apos;a pas été ajouté au registre. L&apos;abandonner&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="554"/>
        <source>A reviewer approves a charter but does not publish it</source>
        <translation>Un relecteur approuve une charte mais ne la publie pas</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="640"/>
        <source>The rules switched off could not be read: %1</source>
        <translation>Les règles désactivées n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="649"/>
        <source>Problems: none</source>
        <translation>Problèmes&#xa0;: aucun</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="650"/>
        <source>Problems: %1, %2</source>
        <translation>Problèmes&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="691"/>
        <source>Change the name or the domain of the copy: the registry holds one cookie per domain and name.</source>
        <translation>Changez le nom ou le domaine de la copie&#xa0;: le registre tient un seul cookie par domaine et nom.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="698"/>
        <source>Add cookie %1</source>
        <translation>Ajout du cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="702"/>
        <source>Cookie %1 added.</source>
        <translation>Cookie %1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="715"/>
        <source>Delete %n cookie(s) from the registry of %1?</source>
        <translation>
            <numerusform>Supprimer %n cookie du registre de %1&#x202f;?</numerusform>
            <numerusform>Supprimer %n cookies du registre de %1&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="718"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pourrez annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="719"/>
        <source>Delete cookies</source>
        <translation>Supprimer des cookies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="722"/>
        <source>%n cookie(s) deleted.</source>
        <translation>
            <numerusform>%n cookie supprimé.</numerusform>
            <numerusform>%n cookies supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="756"/>
        <source>Import cookies</source>
        <translation>Importer des cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="757"/>
        <source>Registry files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers de registre (*.csv *.json);;Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="763"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="770"/>
        <source>%n cookie(s) imported.</source>
        <translation>
            <numerusform>%n cookie importé.</numerusform>
            <numerusform>%n cookies importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="781"/>
        <source>%n cookie(s) imported from the charter page.</source>
        <translation>
            <numerusform>%n cookie importé depuis la page de charte.</numerusform>
            <numerusform>%n cookies importés depuis la page de charte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="792"/>
        <source>%n cookie(s) imported from the banner configuration.</source>
        <translation>
            <numerusform>%n cookie importé de la configuration du bandeau.</numerusform>
            <numerusform>%n cookies importés de la configuration du bandeau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="838"/>
        <source>Only: %1. Press to show every cookie.</source>
        <translation>Seulement&#xa0;: %1. Appuyer pour afficher tous les cookies.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="841"/>
        <source>%Ln cookie(s) of the site shown: %1</source>
        <translation>
            <numerusform>%Ln cookie du site affiché&#xa0;: %1</numerusform>
            <numerusform>%Ln cookies du site affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="859"/>
        <location filename="../../src/gui/MainWindow.cpp" line="867"/>
        <location filename="../../src/gui/MainWindow.cpp" line="874"/>
        <source>Switch a rule off</source>
        <translation>Désactiver une règle</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="860"/>
        <source>Why does rule %1 not apply to %2? The reason is recorded, shown in the problems panel and in every publication.</source>
        <translation>Pourquoi la règle %1 ne s’applique-t-elle pas à %2&#x202f;? La raison est enregistrée, montrée dans le panneau des problèmes et dans chaque publication.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="868"/>
        <source>A rule is switched off with a reason; rule %1 stays on.</source>
        <translation>Une règle se désactive avec une raison&#x202f;; la règle %1 reste active.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="878"/>
        <source>Rule %1 is switched off for %2.</source>
        <translation>La règle %1 est désactivée pour %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="890"/>
        <location filename="../../src/gui/MainWindow.cpp" line="896"/>
        <source>Switch a rule back on</source>
        <translation>Réactiver une règle</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="892"/>
        <source>Rule %1 is on again.</source>
        <translation>La règle %1 est de nouveau active.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="907"/>
        <source>Complete from the cookie database</source>
        <translation>Compléter depuis la base de cookies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="912"/>
        <source>%n field(s) completed from the cookie database; Undo takes them back.</source>
        <translation>
            <numerusform>%n champ complété depuis la base de cookies&#x202f;; Annuler le retire.</numerusform>
            <numerusform>%n champs complétés depuis la base de cookies&#x202f;; Annuler les retire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="929"/>
        <source>%1 entries, %2</source>
        <translation>%1 entrées, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="932"/>
        <source>About Cookie Charter</source>
        <translation>À propos de Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="935"/>
        <source>&lt;h3&gt;Cookie Charter %1&lt;/h3&gt;&lt;p&gt;Keeps a website&apos;s cookie registry and publishes its cookie charter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cookie Charter %1&lt;/h3&gt;&lt;p&gt;Tient le registre des cookies d’un site web et publie sa charte cookies.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="939"/>
        <source>&lt;p&gt;Cookie knowledge comes from the &lt;a href=&quot;https://github.com/jkwakman/Open-Cookie-Database&quot;&gt;Open Cookie Database&lt;/a&gt; by Jack Kwakman and its contributors, under the Apache License 2.0 (%1).&lt;/p&gt;&lt;p&gt;Registrable domains come from Mozilla&apos;s Public Suffix List, through libpsl. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La connaissance des cookies vient de l’&lt;a href=&quot;https://github.com/jkwakman/Open-Cookie-Database&quot;&gt;Open Cookie Database&lt;/a&gt; de Jack Kwakman et de ses contributeurs, sous licence Apache 2.0 (%1).&lt;/p&gt;&lt;p&gt;Les domaines enregistrables viennent de la Public Suffix List de Mozilla, par libpsl. Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="965"/>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="965"/>
        <source>The store cannot be opened:
%1</source>
        <translation>La base ne peut pas être ouverte&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="971"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="977"/>
        <location filename="../../src/gui/MainWindow.cpp" line="982"/>
        <location filename="../../src/gui/MainWindow.cpp" line="991"/>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="983"/>
        <source>%1 already exists; a new store is never written over a file. Open it instead, or choose another name.</source>
        <translation>%1 existe déjà&#x202f;; une nouvelle base n&apos;écrase jamais un fichier. Ouvrez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1002"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1011"/>
        <source>Open a server</source>
        <translation>Ouvrir un serveur</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1003"/>
        <source>The store&apos;s location on a PostgreSQL server, as postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD, or is asked for):</source>
        <translation>L’adresse de la base sur un serveur PostgreSQL, sous la forme postgresql://utilisateur@hôte:port/base (le mot de passe vient de ~/.pgpass ou de PGPASSWORD, ou est demandé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1012"/>
        <source>%1 is not a server location: write postgresql://user@host:port/database</source>
        <translation>%1 n’est pas une adresse de serveur&#xa0;: écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1021"/>
        <source>Open a store read-only</source>
        <translation>Ouvrir une base en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1021"/>
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1033"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1041"/>
        <source>(none yet)</source>
        <translation>(aucun pour le moment)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1068"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1069"/>
        <source>Some of your changes to the cookie shown are not saved (the store is locked, or a new cookie was not added). Close anyway and lose them?</source>
        <translation>Certaines de vos modifications du cookie affiché ne sont pas enregistrées (la base est verrouillée, ou un nouveau cookie n&apos;a pas été ajouté). Fermer quand même et les perdre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1082"/>
        <source>Export the registry as JSON</source>
        <translation>Exporter le registre en JSON</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1082"/>
        <source>Export the registry as CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1084"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1084"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1087"/>
        <source>Exporting the registry…</source>
        <translation>Export du registre…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1087"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1184"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1099"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1108"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1138"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1101"/>
        <source>Registry exported to %1</source>
        <translation>Registre exporté dans %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1108"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1146"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1169"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1280"/>
        <source>Choose a site first.</source>
        <translation>Choisissez d&apos;abord un site.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1119"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1122"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1125"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1128"/>
        <source>Export the charter</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1140"/>
        <source>Charter exported to %1</source>
        <translation>Charte exportée dans %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1146"/>
        <source>Charter texts</source>
        <translation>Textes de la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1169"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1175"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1205"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1208"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1211"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1217"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1180"/>
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1181"/>
        <source>Note for the history (why this publication):</source>
        <translation>Note pour l&apos;historique (pourquoi cette publication)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1184"/>
        <source>Publishing %1…</source>
        <translation>Publication de %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1226"/>
        <source>Publication history</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1236"/>
        <source>Publications now go into the open store. Send them to another store file instead (for example on a network share)?</source>
        <translation>Les publications vont actuellement dans la base ouverte. Les envoyer plutôt dans un autre fichier de base (par exemple sur un partage réseau)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1239"/>
        <source>Publications now go to %1. Choose another store file? (No: go back to the open store.)</source>
        <translation>Les publications vont actuellement dans %1. Choisir un autre fichier de base&#x202f;? (Non&#xa0;: revenir à la base ouverte.)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1242"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1251"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1261"/>
        <source>Shared store for publications</source>
        <translation>Base partagée des publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1246"/>
        <source>Publications go into the open store.</source>
        <translation>Les publications vont dans la base ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1280"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1301"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1310"/>
        <source>Submit for review</source>
        <translation>Soumettre à relecture</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1285"/>
        <source>Submit %1 for review</source>
        <translation>Soumettre %1 à relecture</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1286"/>
        <source>Note for the reviewer (what changed, what to look at):</source>
        <translation>Note pour le relecteur (ce qui a changé, ce qu’il faut regarder)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1302"/>
        <source>The shared store cannot be read, so the review could not be compared with the last publication; nothing was submitted.
%1</source>
        <translation>La base partagée ne peut pas être lue, la relecture ne pourrait donc pas être comparée à la dernière publication&#x202f;; rien n’a été soumis.
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1316"/>
        <source>Submitted %1 for review as review %2; anyone but %3 may approve it.</source>
        <translation>%1 soumis à relecture (relecture %2)&#x202f;; toute personne sauf %3 peut l’approuver.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1362"/>
        <source>review %1 of %2 by %3</source>
        <translation>relecture %1 de %2 par %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="1367"/>
        <source>%n review(s) wait for you: %1.</source>
        <translation>
            <numerusform>%n relecture vous attend&#xa0;: %1.</numerusform>
            <numerusform>%n relectures vous attendent&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1394"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1395"/>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="1400"/>
        <source>%n comment(s) on cookies, marked in the table.</source>
        <translation>
            <numerusform>%n commentaire sur un cookie, marqué dans le tableau.</numerusform>
            <numerusform>%n commentaires sur des cookies, marqués dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1404"/>
        <source>Once the registry is right, submit it again: Charter &gt; Submit for review…</source>
        <translation>Une fois le registre corrigé, soumettez-le de nouveau&#xa0;: Charte &gt; Soumettre à relecture…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1427"/>
        <source>Review %1, %2: %3</source>
        <translation>Relecture %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="978"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1022"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1253"/>
        <source>Cookie Charter stores (*.cookiestore);;All files (*)</source>
        <translation>Bases Charte cookies (*.cookiestore);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="325"/>
        <source>%L1 of %Ln cookie(s) read so far; reading the rest…</source>
        <translation>
            <numerusform>%L1 sur %Ln cookie lu pour le moment&#x202f;; lecture de la suite…</numerusform>
            <numerusform>%L1 sur %Ln cookies lus pour le moment&#x202f;; lecture de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="328"/>
        <source>%L1 of %Ln cookie(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln cookie</numerusform>
            <numerusform>%L1 sur %Ln cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="651"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="652"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1265"/>
        <source>Publications go to %1.</source>
        <translation>Les publications vont dans %1.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/app/Overview.cpp" line="23"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="24"/>
        <source>≤ 1 day</source>
        <translation>≤ 1 jour</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="25"/>
        <source>≤ 1 month</source>
        <translation>≤ 1 mois</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="26"/>
        <source>1–6 months</source>
        <translation>1 à 6 mois</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="27"/>
        <source>6–13 months</source>
        <translation>6 à 13 mois</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="28"/>
        <source>13–25 months</source>
        <translation>13 à 25 mois</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="29"/>
        <source>&gt; 25 months</source>
        <translation>&gt; 25 mois</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="103"/>
        <location filename="../../src/app/Overview.cpp" line="178"/>
        <source>(no provider)</source>
        <translation>(sans prestataire)</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="121"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="208"/>
        <source>Cookies by category</source>
        <translation>Cookies par catégorie</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="210"/>
        <source>First and third party</source>
        <translation>Internes et tiers</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="212"/>
        <source>Top providers</source>
        <translation>Principaux prestataires</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="214"/>
        <source>Lifetimes</source>
        <translation>Durées de vie</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="216"/>
        <source>Problems by rule</source>
        <translation>Problèmes par règle</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="263"/>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="275"/>
        <source>site #%1 does not exist</source>
        <translation>le site n°%1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="59"/>
        <location filename="../../src/overview/OverviewCharts.cpp" line="264"/>
        <location filename="../../src/overview/OverviewCharts.cpp" line="295"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="162"/>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="182"/>
        <source>(nothing published yet)</source>
        <translation>(rien de publié pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="223"/>
        <source>Cookies across publications</source>
        <translation>Cookies au fil des publications</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="261"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="262"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="263"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="275"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="278"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="281"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="284"/>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="287"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="292"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="293"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="296"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="309"/>
        <source>— 13 months, the CNIL&apos;s limit —</source>
        <translation>— 13 mois, limite de la CNIL —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="313"/>
        <source>%n other provider(s)</source>
        <translation>
            <numerusform>%n autre prestataire</numerusform>
            <numerusform>%n autres prestataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="338"/>
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="340"/>
        <source>on %n site(s)</source>
        <translation>
            <numerusform>sur %n site</numerusform>
            <numerusform>sur %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="343"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="344"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="346"/>
        <source>%n information(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="349"/>
        <source>%n rule(s) switched off</source>
        <translation>
            <numerusform>%n règle désactivée</numerusform>
            <numerusform>%n règles désactivées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="96"/>
        <location filename="../../src/overview/OverviewCharts.cpp" line="352"/>
        <source>%1: %2</source>
        <extracomment>The cookies counted, then what the rules found (&quot;12 cookies: 0 errors, 3 warnings&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="113"/>
        <source>13 months: the CNIL&apos;s limit for exempt cookies</source>
        <translation>13 mois&#xa0;: limite de la CNIL pour les cookies exemptés</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="369"/>
        <source>Cookie registry overview: %1</source>
        <translation>Vue d’ensemble du registre des cookies&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="49"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="55"/>
        <source>Which cookies the overview counts</source>
        <translation>Quels cookies la vue d’ensemble compte</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="56"/>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="57"/>
        <source>Every site of the store</source>
        <translation>Tous les sites de la base</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="58"/>
        <source>&amp;Count:</source>
        <translation>&amp;Compter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="68"/>
        <source>Click a bar or a slice to show only its cookies in the registry table. Each chart has its numbers on the Table tab.</source>
        <translation>Cliquez sur une barre ou une part pour n’afficher que ses cookies dans le tableau du registre. Chaque graphique a ses chiffres dans l’onglet Tableau.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="89"/>
        <source>A chart; its Table tab has the same numbers.</source>
        <translation>Un graphique&#x202f;; son onglet Tableau donne les mêmes chiffres.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="96"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="97"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="106"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="141"/>
        <source>The store could not be read: %1</source>
        <translation>La base n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="218"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="221"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="224"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="227"/>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="230"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="233"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="259"/>
        <location filename="../../src/gui/OverviewDialog.cpp" line="264"/>
        <source>Cookie registry overview: %1</source>
        <translation>Vue d’ensemble du registre des cookies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="275"/>
        <source>choose a name ending in .png, .svg or .pdf</source>
        <translation>choisissez un nom finissant par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="284"/>
        <location filename="../../src/gui/OverviewDialog.cpp" line="290"/>
        <source>Save the overview</source>
        <translation>Enregistrer la vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="284"/>
        <source>overview.png</source>
        <translation>vue-d-ensemble.png</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="285"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="291"/>
        <source>The overview was not saved: %1</source>
        <translation>La vue d’ensemble n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="49"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="68"/>
        <source>Rules switched off</source>
        <translation>Règles désactivées</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="72"/>
        <source>%1, by %2 on %3: %4</source>
        <translation>%1, par %2 le %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewReport.cpp" line="82"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="89"/>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="97"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="105"/>
        <source>No problem: every rule is met.</source>
        <translation>Aucun problème&#xa0;: toutes les règles sont respectées.</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="112"/>
        <location filename="../../src/overview/OverviewReport.cpp" line="136"/>
        <location filename="../../src/overview/OverviewReport.cpp" line="202"/>
        <source>Cookie registry overview: %1</source>
        <translation>Vue d’ensemble du registre des cookies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="114"/>
        <source>Made by Cookie Charter on %1</source>
        <translation>Fait par Cookie Charter le %1</translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="31"/>
        <source>Service and location</source>
        <translation>Service et emplacement</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="48"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="146"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="152"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="251"/>
        <source>Import a charter page</source>
        <translation>Importer une page de charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="50"/>
        <source>Reads the cookie tables of an existing charter page: a saved web page, Markdown, or text copied from a browser. Nothing is written before you choose Import.</source>
        <translation>Lit les tableaux de cookies d’une page de charte existante&#xa0;: une page web enregistrée, du Markdown, ou du texte copié depuis un navigateur. Rien n’est écrit avant que vous choisissiez Importer.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="59"/>
        <source>No page yet: open a file or paste.</source>
        <translation>Pas encore de page&#xa0;: ouvrez un fichier ou collez.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="61"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="63"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="76"/>
        <source>Into the site:</source>
        <translation>Dans le site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="90"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Category from</source>
        <translation>Catégorie d’après</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="90"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="92"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="93"/>
        <source>Tables found</source>
        <translation>Tableaux trouvés</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="94"/>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="98"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="118"/>
        <source>Page: %1</source>
        <translation>Page&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="125"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="137"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="133"/>
        <source>%1 is larger than %2: it is not a charter page.</source>
        <translation>%1 dépasse %2&#xa0;: ce n’est pas une page de charte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="147"/>
        <source>Charter pages (*.html *.htm *.md *.markdown *.txt);;All files (*)</source>
        <translation>Pages de charte (*.html *.htm *.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="158"/>
        <source>the clipboard (HTML)</source>
        <translation>le presse-papiers (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="161"/>
        <source>the clipboard (text)</source>
        <translation>le presse-papiers (texte)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="163"/>
        <source>The clipboard holds no text. Copy the page&apos;s cookie table in your browser, then paste again.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez le tableau des cookies de la page dans votre navigateur, puis collez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="182"/>
        <source>%1 → notes</source>
        <translation>%1 → notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="188"/>
        <source>(no heading names a category)</source>
        <translation>(aucun titre ne nomme de catégorie)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="207"/>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="208"/>
        <source>Tables found (%1)</source>
        <translation>Tableaux trouvés (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="209"/>
        <source>Rejected (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="217"/>
        <source>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;…). Nothing will be imported.</source>
        <translation>%1 n’a aucun tableau de cookies&#xa0;: aucun tableau dont l’en-tête nomme les cookies («&#xa0;Nom du cookie&#xa0;», «&#xa0;Cookie name&#xa0;»…). Rien ne sera importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/PageImportDialog.cpp" line="221"/>
        <source>Rejected rows: %n. Nothing will be imported: correct the page, or import it and complete the rows by hand.</source>
        <translation>
            <numerusform>Lignes refusées&#xa0;: %n. Rien ne sera importé&#xa0;: corrigez la page, ou importez-la et complétez les lignes à la main.</numerusform>
            <numerusform>Lignes refusées&#xa0;: %n. Rien ne sera importé&#xa0;: corrigez la page, ou importez-la et complétez les lignes à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/PageImportDialog.cpp" line="230"/>
        <source>%n cookie(s) from %1 table(s) will be added to %2.</source>
        <translation>
            <numerusform>%n cookie de %1 tableau(x) sera ajouté à %2.</numerusform>
            <numerusform>%n cookies de %1 tableau(x) seront ajoutés à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="9"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="16"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="22"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="27"/>
        <source>Default &amp;charter language:</source>
        <translation>Langue de la &amp;charte par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="33"/>
        <source>Default charter language</source>
        <translation>Langue de la charte par défaut</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="12"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="17"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="18"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="22"/>
        <source>A new interface language applies the next time Cookie Charter starts.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique au prochain démarrage de Cookie Charter.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="39"/>
        <source>Rule switched off: %1</source>
        <translation>Règle désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="41"/>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="62"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="63"/>
        <source>Information: %1</source>
        <translation>Information&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="65"/>
        <source>%1
Rule %2: %3
%4</source>
        <translation>%1
Règle %2&#xa0;: %3
%4</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="89"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="91"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="93"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="32"/>
        <source>%1, switched off by %2 on %3: %4</source>
        <translation>%1, désactivée par %2 le %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="40"/>
        <source>Review %1, submitted by %2, approved by %3 on %4</source>
        <translation>Relecture %1, soumise par %2, approuvée par %3 le %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="44"/>
        <location filename="../../src/gui/PublicationModel.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="49"/>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="50"/>
        <source>State %1</source>
        <translation>État %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="54"/>
        <source>Hash %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="94"/>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="96"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="98"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="100"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="102"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="104"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="106"/>
        <source>Rules switched off</source>
        <translation>Règles désactivées</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="108"/>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="49"/>
        <source>not allowed: a reviewer approves a charter but does not publish it; nothing was written</source>
        <translation>non autorisé&#xa0;: un relecteur approuve une charte mais ne la publie pas&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="84"/>
        <source>the registry of %1 has %2 error(s) (rules %3; cookies %4); fix them before publishing</source>
        <translation>le registre de %1 a %2 erreur(s) (règles %3&#x202f;; cookies %4)&#x202f;; corrigez-les avant de publier</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="104"/>
        <source>nothing changed since publication %1 of %2; nothing was published (use --force to publish anyway)</source>
        <translation>rien n&apos;a changé depuis la publication %1 de %2&#x202f;; rien n&apos;a été publié (--force pour publier quand même)</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="133"/>
        <source> (the review policy was switched off after publication %1; switching it off needs an approval too)</source>
        <translation> (la politique de relecture a été désactivée après la publication %1&#x202f;; la désactiver demande aussi une approbation)</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="188"/>
        <source>publishing cancelled; nothing was written</source>
        <translation>publication annulée&#x202f;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="212"/>
        <source>published %1 as publication %2 (%3 files) in %4</source>
        <translation>%1 publié en publication %2 (%3 fichiers) dans %4</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="229"/>
        <source>the file %1 of publication %2 is damaged (its SHA-256 differs); run verify</source>
        <translation>le fichier %1 de la publication %2 est endommagé (son SHA-256 diffère)&#x202f;; lancez verify</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="236"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="243"/>
        <source>%1; no file of publication %2 was written</source>
        <translation>%1&#x202f;; aucun fichier de la publication %2 n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="244"/>
        <source>%1; %2 of the %3 files of publication %4 were written before it</source>
        <translation>%1&#x202f;; %2 des %3 fichiers de la publication %4 avaient déjà été écrits</translation>
    </message>
</context>
<context>
    <name>RegistryCsvReader</name>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="39"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="66"/>
        <source>the file is empty: a header line is needed</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="71"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="139"/>
        <source>line 1: the header has no %1 column (found: %2)</source>
        <translation>ligne 1&#xa0;: l&apos;en-tête n&apos;a pas de colonne %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="162"/>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 champs, mais l&apos;en-tête a %2 colonnes</translation>
    </message>
</context>
<context>
    <name>RegistryDiff</name>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="40"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="46"/>
        <source>cookie %1</source>
        <translation>cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="47"/>
        <source>cookie %1 (%2)</source>
        <translation>cookie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="64"/>
        <source>name: %1 → %2</source>
        <translation>nom&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="66"/>
        <source>address: %1 → %2</source>
        <translation>adresse&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="69"/>
        <source>contact: %1 → %2</source>
        <translation>contact&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="71"/>
        <source>languages: %1 → %2</source>
        <translation>langues&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="75"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="115"/>
        <source>charter text %1</source>
        <translation>texte de charte %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="120"/>
        <source>the site&apos;s own text replaces the default: %1</source>
        <translation>le texte propre au site remplace le texte par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="124"/>
        <source>back to the default text (was %1)</source>
        <translation>retour au texte par défaut (était %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="135"/>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="37"/>
        <source>%1

Nothing was changed and the step is kept: try again in a moment.</source>
        <translation>%1

Rien n&apos;a été modifié et l&apos;étape est conservée&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="41"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="96"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="170"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="195"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="207"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="217"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="285"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="330"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="339"/>
        <source>Undo and redo</source>
        <translation>Annuler et rétablir</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="105"/>
        <source>The cookie no longer exists (someone deleted it).</source>
        <translation>Le cookie n&apos;existe plus (quelqu&apos;un l&apos;a supprimé).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="114"/>
        <source>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Their value is kept and this step is dropped.</source>
        <translation>%1 du cookie %2 a été modifié par %3 le %4&#xa0;: il vaut maintenant «&#xa0;%5&#xa0;». Sa valeur est gardée et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="192"/>
        <source>Cookie %1 no longer exists (someone deleted it); nothing was removed.</source>
        <translation>Le cookie %1 n&apos;existe plus (quelqu&apos;un l&apos;a supprimé)&#x202f;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="203"/>
        <source>Cookie %1 was changed by %2 at %3 since; nothing was removed and this step is dropped.</source>
        <translation>Le cookie %1 a été modifié depuis par %2 le %3&#x202f;; rien n&apos;a été supprimé et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="266"/>
        <source>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Nothing was changed and this step is dropped.</source>
        <translation>%1 du cookie %2 a été modifié par %3 le %4&#xa0;: il vaut maintenant «&#xa0;%5&#xa0;». Rien n’a été changé et cette étape est abandonnée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="326"/>
        <source>Site %1 was changed by someone else since; their version is kept and this step is dropped.</source>
        <translation>Le site %1 a été modifié depuis par quelqu&apos;un d&apos;autre&#x202f;; sa version est gardée et cette étape est retirée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="374"/>
        <source>The store is locked by another user and stayed locked past the busy timeout; nothing was changed. Try again in a moment.

%1</source>
        <translation>La base est verrouillée par un autre utilisateur au-delà du délai d&apos;attente&#x202f;; rien n&apos;a été modifié. Réessayez dans un instant.

%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="387"/>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="390"/>
        <source>Cookie %1 was changed by %2 at %3 while you were editing it.</source>
        <translation>Le cookie %1 a été modifié par %2 le %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="391"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="394"/>
        <source>What they changed:
%1

Your change: %2 = &quot;%3&quot;.

Reload shows their version and drops your change; Keep mine writes your %2 over theirs (their other changes stay).</source>
        <translation>Ce qui a changé&#xa0;:
%1

Votre modification&#xa0;: %2 = «&#xa0;%3&#xa0;».

Recharger affiche sa version et abandonne votre modification&#x202f;; Garder la mienne écrit votre %2 à la place du sien (ses autres modifications restent).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="397"/>
        <source>(nothing you can see)</source>
        <translation>(rien de visible)</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="400"/>
        <source>Someone else changed this cookie</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="401"/>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger la sienne</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="402"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="436"/>
        <source>%1

Nothing was changed: someone else edited the registry meanwhile. Look at the proposals again.</source>
        <translation>%1

Rien n’a été changé&#xa0;: quelqu’un d’autre a modifié le registre entre-temps. Regardez à nouveau les propositions.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="446"/>
        <source>The store is locked by another user past the busy timeout; nothing was changed. Try again in a moment.</source>
        <translation>La base est verrouillée par un autre utilisateur au-delà du délai d’attente&#x202f;; rien n’a été changé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="445"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="450"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été changé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="467"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="502"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="511"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="523"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="468"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="524"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="481"/>
        <source>Edit %1 of %2</source>
        <translation>Modification de %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="503"/>
        <source>Cookie %1 no longer exists: someone deleted it. Your change was not saved.</source>
        <translation>Le cookie %1 n&apos;existe plus&#xa0;: quelqu&apos;un l&apos;a supprimé. Votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="513"/>
        <source>%1 was not saved yet: %2. Your text is kept in the editor: save it again in a moment.</source>
        <translation>%1 n’est pas encore enregistré&#xa0;: %2. Votre texte est gardé dans l’éditeur&#xa0;: enregistrez-le de nouveau dans un moment.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="516"/>
        <source>The store is locked by another user past the busy timeout, so %1 was not saved yet. Your text is kept in the editor: save it again in a moment.</source>
        <translation>La base est verrouillée par un autre utilisateur au-delà du délai d&apos;attente, %1 n&apos;a donc pas encore été enregistré. Votre texte est gardé dans l&apos;éditeur&#xa0;: enregistrez-le à nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="548"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="557"/>
        <source>Delete cookie %1</source>
        <translation>Suppression du cookie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/RegistryEditor.cpp" line="558"/>
        <source>Delete %n cookie(s)</source>
        <translation>
            <numerusform>Suppression de %n cookie</numerusform>
            <numerusform>Suppression de %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="566"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="579"/>
        <source>Edit site</source>
        <translation>Modification du site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="583"/>
        <source>Edit site %1</source>
        <translation>Modification du site %1</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="151"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="160"/>
        <source>not a Cookie Charter registry (expected &quot;format&quot;: &quot;%1&quot; and a &quot;sites&quot; list)</source>
        <translation>ce n&apos;est pas un registre Charte cookies (attendu&#xa0;: &quot;format&quot;: &quot;%1&quot; et une liste &quot;sites&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="170"/>
        <source>&quot;version&quot; must be the registry format&apos;s version number (1), not %1</source>
        <translation>«&#xa0;version&#xa0;» doit être le numéro de version du format de registre (1), pas %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="179"/>
        <source>made by a newer Cookie Charter (registry format version %1)</source>
        <translation>créé par une version plus récente de Charte cookies (format de registre version %1)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="204"/>
        <source>site %1 of the file has no name</source>
        <translation>le site %1 du fichier n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="235"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="268"/>
        <source>expected true, false or null</source>
        <translation>true, false ou null attendu</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="670"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="672"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="674"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="676"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="678"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="680"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="682"/>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="684"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="686"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="688"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="56"/>
        <source>Provider from the cookie database (row %1); the page names none</source>
        <translation>Prestataire tiré de la base de cookies (ligne %1)&#x202f;; la page n’en nomme aucun</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="64"/>
        <source>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;...); nothing was imported</source>
        <translation>%1 n’a aucun tableau de cookies&#xa0;: aucun tableau dont l’en-tête nomme les cookies («&#xa0;Nom du cookie&#xa0;», «&#xa0;Cookie name&#xa0;»...)&#x202f;; rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="99"/>
        <location filename="../../src/app/RegistryTransfer.cpp" line="113"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="108"/>
        <source>%1 is larger than %2, the most a JSON registry may hold; nothing was imported</source>
        <translation>%1 dépasse %2, la taille maximale d&apos;un registre JSON&#x202f;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="152"/>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="158"/>
        <source>export cancelled; no file was written</source>
        <translation>export annulé&#x202f;; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="173"/>
        <location filename="../../src/app/RegistryTransfer.cpp" line="195"/>
        <source>cannot read the store: %1</source>
        <translation>impossible de lire la base&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="109"/>
        <source>%1 has no cookie named &quot;%2&quot;</source>
        <translation>%1 n’a pas de cookie nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="110"/>
        <source>%1 has no cookie named &quot;%2&quot; on %3</source>
        <translation>%1 n’a pas de cookie nommé «&#xa0;%2&#xa0;» sur %3</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="115"/>
        <source>(no domain)</source>
        <translation>(sans domaine)</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="116"/>
        <source>%1 has several cookies named &quot;%2&quot; (%3); say which domain</source>
        <translation>%1 a plusieurs cookies nommés «&#xa0;%2&#xa0;» (%3)&#x202f;; précisez le domaine</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="191"/>
        <source>waiting for a reviewer</source>
        <translation>attend un relecteur</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="193"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="195"/>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="199"/>
        <source>void: the registry changed since</source>
        <translation>annulée&#xa0;: le registre a changé depuis</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="205"/>
        <source>Review %1 of %2, submitted by %3 on %4, waits for a reviewer.</source>
        <translation>La relecture %1 de %2, soumise par %3 le %4, attend un relecteur.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="209"/>
        <source>Review %1 of %2 was approved by %3 on %4.</source>
        <translation>La relecture %1 de %2 a été approuvée par %3 le %4.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="213"/>
        <source>Changes requested on review %1 of %2 by %3: %4</source>
        <translation>Modifications demandées sur la relecture %1 de %2 par %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="220"/>
        <source>The approval of review %1 of %2 by %3 is void: the registry changed since it was approved.</source>
        <translation>L’approbation de la relecture %1 de %2 par %3 est annulée&#xa0;: le registre a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="224"/>
        <source>Review %1 of %2 is void: the registry changed since it was submitted.</source>
        <translation>La relecture %1 de %2 est annulée&#xa0;: le registre a changé depuis sa soumission.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="253"/>
        <source>the approval of review %1 by %2 is void: the registry changed since</source>
        <translation>l’approbation de la relecture %1 par %2 est annulée&#xa0;: le registre a changé depuis</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="260"/>
        <source>review %1 was approved by %2, who changed the registry since the last publication</source>
        <translation>la relecture %1 a été approuvée par %2, qui a modifié le registre depuis la dernière publication</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="268"/>
        <source>anyone but the one who submits it</source>
        <translation>toute personne sauf celle qui le soumet</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="269"/>
        <source>anyone but %1 and the one who submits it</source>
        <translation>toute personne sauf %1 et celle qui le soumet</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="271"/>
        <source>%1 may only be published with an approval of its current state (review policy: one approval); submit it for review (review submit); %2 may approve it</source>
        <translation>%1 ne peut être publié qu’avec une approbation de son état actuel (politique de relecture&#xa0;: une approbation)&#x202f;; soumettez-le à relecture (review submit)&#x202f;; %2 peut l’approuver</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="91"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="93"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="95"/>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="97"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="99"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="101"/>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="103"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReviewsDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/ReviewsDialog.cpp" line="39"/>
        <source>… and %n unchanged cookie(s) not shown here.</source>
        <translation>
            <numerusform>… et %n cookie inchangé non affiché ici.</numerusform>
            <numerusform>… et %n cookies inchangés non affichés ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="54"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="59"/>
        <source>Reviews</source>
        <translation>Relectures</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="74"/>
        <source>In the charter: &lt;b&gt;+&lt;/b&gt; a cookie added (green), &lt;b&gt;−&lt;/b&gt; a cookie removed (struck through), &lt;s&gt;before&lt;/s&gt; → after in a changed cell (yellow).</source>
        <translation>Dans la charte&#xa0;: &lt;b&gt;+&lt;/b&gt; un cookie ajouté (vert), &lt;b&gt;−&lt;/b&gt; un cookie retiré (barré), &lt;s&gt;avant&lt;/s&gt; → après dans une cellule modifiée (jaune).</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="80"/>
        <source>Language of the charter</source>
        <translation>Langue de la charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="82"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="90"/>
        <source>The charter as it will be published, with the changes</source>
        <translation>La charte telle qu’elle sera publiée, avec les changements</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="95"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="97"/>
        <source>&amp;Charter</source>
        <translation>&amp;Charte</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="98"/>
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="106"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="122"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="117"/>
        <source>What the comment is about</source>
        <translation>Ce que le commentaire concerne</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="121"/>
        <source>Your comment (needed to request changes)</source>
        <translation>Votre commentaire (nécessaire pour demander des modifications)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="123"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="130"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="132"/>
        <source>&amp;Request changes</source>
        <translation>&amp;Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="145"/>
        <source>Comments:</source>
        <translation>Commentaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="258"/>
        <source>No review yet. An editor submits a site with Charter &gt; Submit for review…</source>
        <translation>Aucune relecture pour l’instant. Un rédacteur soumet un site par Charte &gt; Soumettre à relecture…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="260"/>
        <source>Choose a review.</source>
        <translation>Choisissez une relecture.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="270"/>
        <source>Review %1 is gone.</source>
        <translation>La relecture %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="277"/>
        <source>Note from %1: %2</source>
        <translation>Note de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="280"/>
        <source>%1 wrote: %2</source>
        <translation>%1 a écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="282"/>
        <source>Compared with publication %1.</source>
        <translation>Comparée à la publication %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="285"/>
        <source>The site has not been published yet: there is nothing to compare with.</source>
        <translation>Le site n’a pas encore été publié&#xa0;: il n’y a rien à comparer.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="296"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="296"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="364"/>
        <source>You (%1) submitted or changed this registry since the last publication: someone else must review it.</source>
        <translation>Vous (%1) avez soumis ou modifié ce registre depuis la dernière publication&#xa0;: quelqu’un d’autre doit le relire.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="405"/>
        <source>Changed since the approval (which is void):</source>
        <translation>Changé depuis l’approbation (qui est annulée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="406"/>
        <source>Changed since the review was submitted (it is void):</source>
        <translation>Changé depuis la soumission (la relecture est annulée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="411"/>
        <source>Changes since publication %1:</source>
        <translation>Changements depuis la publication %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="428"/>
        <source>This review is already decided or void; only a review waiting for a reviewer can be decided.</source>
        <translation>Cette relecture est déjà tranchée ou annulée&#x202f;; seule une relecture qui attend un relecteur peut être tranchée.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="352"/>
        <source>The whole review</source>
        <translation>Toute la relecture</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="376"/>
        <source>the whole review</source>
        <translation>toute la relecture</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="419"/>
        <source>The store is read-only: nothing can be written.</source>
        <translation>La base est en lecture seule&#xa0;: rien ne peut être écrit.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="452"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="464"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="472"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="465"/>
        <source>Say which changes in the comment field first.</source>
        <translation>Indiquez d’abord les modifications dans le champ de commentaire.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="501"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="508"/>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/core/Rules.cpp" line="7"/>
        <source>Cookie Charter: the charter needs it</source>
        <translation>Cookie Charter&#xa0;: la charte en a besoin</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="9"/>
        <source>CNIL, deliberation 2020-091 (guidelines), article 5: the exemptions cover strictly necessary trackers and first-party audience measurement kept 13 months at most</source>
        <translation>CNIL, délibération 2020-091 (lignes directrices), article 5&#xa0;: les exemptions couvrent les traceurs strictement nécessaires et la mesure d&apos;audience interne conservée 13 mois au plus</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="13"/>
        <source>CNIL, deliberation 2020-092 (recommendation), article 2: a visitor&apos;s choice, given or refused, is kept for six months</source>
        <translation>CNIL, délibération 2020-092 (recommandation), article 2&#xa0;: le choix du visiteur, accepté ou refusé, est conservé six mois</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="16"/>
        <source>CNIL, deliberation 2020-092 (recommendation): the user is told each tracker&apos;s purpose and how long it is kept</source>
        <translation>CNIL, délibération 2020-092 (recommandation)&#xa0;: l&apos;utilisateur est informé de la finalité de chaque traceur et de sa durée de conservation</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="35"/>
        <source>every cookie names its provider</source>
        <translation>chaque cookie nomme son prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="36"/>
        <source>every cookie has a name</source>
        <translation>chaque cookie a un nom</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="37"/>
        <source>every cookie says its purpose</source>
        <translation>chaque cookie indique sa finalité</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="40"/>
        <source>the purpose is written in every language of the site</source>
        <translation>la finalité est écrite dans chaque langue du site</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="43"/>
        <source>every cookie has a category: the charter lists cookies by category and has no place for one without</source>
        <translation>chaque cookie a une catégorie&#xa0;: la charte classe les cookies par catégorie et n&apos;a pas de place pour un cookie sans catégorie</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="47"/>
        <source>a site declares a domain and name once</source>
        <translation>un site déclare un domaine et un nom une seule fois</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="49"/>
        <source>a duration can be read (&quot;13 mois&quot;, &quot;2 years&quot;, &quot;session&quot;)</source>
        <translation>une durée peut être lue («&#xa0;13 mois&#xa0;», «&#xa0;2 years&#xa0;», «&#xa0;session&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="53"/>
        <source>a cookie that needs consent says how long it is kept</source>
        <translation>un cookie soumis au consentement indique sa durée de conservation</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="56"/>
        <source>a session storage item is kept for the session only, as its duration must say</source>
        <translation>un élément de stockage de session n&apos;est conservé que le temps de la session, et sa durée doit le dire</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="60"/>
        <source>statistics marked exempt from consent live 13 months at most: the audience-measurement exemption&apos;s own limit</source>
        <translation>les statistiques exemptées de consentement vivent 13 mois au plus&#xa0;: la limite propre à l&apos;exemption de la mesure d&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="64"/>
        <source>a necessary cookie, which asks no consent, living more than 13 months is worth a second look (the CNIL&apos;s limit for exempt trackers)</source>
        <translation>un cookie nécessaire, qui ne demande pas de consentement, vivant plus de 13 mois mérite un second regard (la limite de la CNIL pour les traceurs exemptés)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="69"/>
        <source>only first-party statistics may be exempt from consent</source>
        <translation>seules les statistiques internes peuvent être exemptées de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="72"/>
        <source>marketing and preferences cookies are never exempt from consent</source>
        <translation>les cookies marketing et de préférences ne sont jamais exemptés de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="76"/>
        <source>a third-party cookie links to its provider&apos;s privacy policy</source>
        <translation>un cookie tiers renvoie à la politique de confidentialité de son prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="80"/>
        <source>the consent banner keeps the visitor&apos;s choice six months at most (the site&apos;s setting)</source>
        <translation>le bandeau de consentement garde le choix du visiteur six mois au plus (réglage du site)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="84"/>
        <source>the same provider and name have the same category on every site of the store</source>
        <translation>un même prestataire et un même nom ont la même catégorie sur chaque site de la base</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="133"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="135"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="139"/>
        <source>information</source>
        <translation>information</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../src/store/Schema.cpp" line="330"/>
        <source>upgrading the store to version %1 failed: %2</source>
        <translation>la mise à niveau de la base en version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="425"/>
        <source>its tables could not be read: %1</source>
        <translation>ses tables n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="435"/>
        <source>table %1</source>
        <translation>la table %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="441"/>
        <source>column %1.%2</source>
        <translation>la colonne %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="447"/>
        <source>the store lacks %1</source>
        <translation>il manque à la base&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../src/core/Site.cpp" line="15"/>
        <source>unknown language &quot;%1&quot; (use fr and/or en)</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;» (utilisez fr et/ou en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="24"/>
        <source>at least one language is needed (fr, en)</source>
        <translation>au moins une langue est nécessaire (fr, en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="40"/>
        <source>the site&apos;s address must be an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>l&apos;adresse du site doit commencer par http:// ou https://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="19"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="20"/>
        <source>opendata.example.fr</source>
        <translation>opendata.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="25"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="31"/>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="32"/>
        <source>https://opendata.example.fr</source>
        <translation>https://opendata.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="37"/>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="44"/>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="45"/>
        <source>Charter in French</source>
        <translation>Charte en français</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="50"/>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="51"/>
        <source>Charter in English</source>
        <translation>Charte en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="58"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="64"/>
        <source>Privacy contact</source>
        <translation>Contact données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="65"/>
        <source>dpo@example.fr</source>
        <translation>dpo@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="70"/>
        <source>Banner keeps the &amp;choice:</source>
        <translation>Le bandeau garde le &amp;choix&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="76"/>
        <source>How many days the consent banner keeps the visitor&apos;s choice</source>
        <translation>Combien de jours le bandeau de consentement garde le choix du visiteur</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="77"/>
        <source>How long the consent banner keeps the visitor&apos;s choice. The CNIL recommends six months (182 days). Not set: the banner files keep it 182 days.</source>
        <translation>Combien de temps le bandeau de consentement garde le choix du visiteur. La CNIL recommande six mois (182 jours). Non réglé&#xa0;: les fichiers du bandeau le gardent 182 jours.</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="78"/>
        <source>not set (182 days)</source>
        <translation>non réglé (182 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="79"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="86"/>
        <source>&amp;Review before publishing:</source>
        <translation>&amp;Relecture avant publication&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="92"/>
        <source>Review policy</source>
        <translation>Politique de relecture</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="93"/>
        <source>With an approval, a publication needs a reviewer&apos;s approval of exactly what is published, by someone who neither submitted it nor changed the registry since the last publication.</source>
        <translation>Avec une approbation, une publication demande qu’un relecteur approuve exactement ce qui est publié, et que ce relecteur n’ait ni soumis ni modifié le registre depuis la dernière publication.</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="94"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="95"/>
        <source>One approval by someone who did not change the registry</source>
        <translation>Une approbation par quelqu’un qui n’a pas modifié le registre</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13"/>
        <source>Edit site %1</source>
        <translation>Modification du site %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="53"/>
        <source>Give the site a name (it is how the command line names it).</source>
        <translation>Donnez un nom au site (la ligne de commande le désigne ainsi).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="55"/>
        <source>A site name cannot hold / or \ (it becomes part of file names).</source>
        <translation>Un nom de site ne peut pas contenir / ou \ (il entre dans des noms de fichiers).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="61"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L&apos;adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="64"/>
        <source>Choose at least one language for the charter.</source>
        <translation>Choisissez au moins une langue pour la charte.</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../src/gui/SitesModel.cpp" line="106"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/SitesModel.cpp" line="108"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/gui/SitesModel.cpp" line="110"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/gui/SitesModel.cpp" line="112"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="124"/>
        <source>%1: no such store (create one with: cookie-charter init FILE)</source>
        <translation>%1&#xa0;: base introuvable (créez-en un avec&#xa0;: cookie-charter init FICHIER)</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="128"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="132"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="137"/>
        <source>%1 is not a Cookie Charter store (it is not an SQLite database); it was left untouched</source>
        <translation>%1 n&apos;est pas une base Charte cookies (ce n&apos;est pas une base SQLite)&#x202f;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="161"/>
        <source>%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 n’est pas une adresse de serveur&#xa0;: écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="165"/>
        <source>this Cookie Charter cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>ce Cookie Charter ne peut pas joindre de serveur PostgreSQL&#xa0;: le pilote PostgreSQL de Qt manque (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="194"/>
        <source>%1: the option %2 is not one Cookie Charter passes to the server (it knows %3)</source>
        <translation>%1&#xa0;: l’option %2 n’est pas de celles que Cookie Charter passe au serveur (il connaît %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="233"/>
        <source>cannot connect to the server %1: %2</source>
        <translation>impossible de se connecter au serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="278"/>
        <source>%1 is already a Cookie Charter store</source>
        <translation>%1 est déjà une base Cookie Charter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="281"/>
        <source>%1 holds %n table(s) of another application; a store is created only in an empty database, and this one was left untouched</source>
        <translation>
            <numerusform>%1 contient %n table d’une autre application&#x202f;; une base ne se crée que dans une base de données vide, et celle-ci n’a pas été touchée</numerusform>
            <numerusform>%1 contient %n tables d’une autre application&#x202f;; une base ne se crée que dans une base de données vide, et celle-ci n’a pas été touchée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="289"/>
        <source>cannot create the store in %1: %2</source>
        <translation>impossible de créer la base dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="293"/>
        <source>%1 belongs to another application (it holds %n table(s) but no Cookie Charter store); it was left untouched</source>
        <translation>
            <numerusform>%1 appartient à une autre application (elle contient %n table mais pas de base Cookie Charter)&#x202f;; elle n’a pas été touchée</numerusform>
            <numerusform>%1 appartient à une autre application (elle contient %n tables mais pas de base Cookie Charter)&#x202f;; elle n’a pas été touchée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="299"/>
        <source>%1 holds no store yet (create one with: cookie-charter init %1)</source>
        <translation>%1 ne contient pas encore de base (créez-en une avec&#xa0;: cookie-charter init %1)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="311"/>
        <source>%1 belongs to another application; it was left untouched</source>
        <translation>%1 appartient à une autre application&#x202f;; elle n’a pas été touchée</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="346"/>
        <source>not allowed: the server does not let role %1 read %2</source>
        <translation>non autorisé&#xa0;: le serveur ne laisse pas le rôle %1 lire %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="352"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="79"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="145"/>
        <source>opened read-only</source>
        <translation>ouverte en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="358"/>
        <source>the server lets role %1 read the registry, not change it</source>
        <translation>le serveur laisse le rôle %1 lire le registre, pas le modifier</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="368"/>
        <source>not allowed: the server does not let role %1 publish (ask for the publishers&apos; role)</source>
        <translation>non autorisé&#xa0;: le serveur ne laisse pas le rôle %1 publier (demandez le rôle des éditeurs)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="377"/>
        <source>PostgreSQL server, role %1: reads only.</source>
        <translation>Serveur PostgreSQL, rôle %1&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="380"/>
        <source>PostgreSQL server, role %1: reads, and comments on and decides reviews.</source>
        <translation>Serveur PostgreSQL, rôle %1&#xa0;: lit, commente et tranche les relectures.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="385"/>
        <source>PostgreSQL server, role %1: edits the registry and publishes.</source>
        <translation>Serveur PostgreSQL, rôle %1&#xa0;: modifie le registre et publie.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="388"/>
        <source>PostgreSQL server, role %1: edits the registry; publishing is for the publishers&apos; role.</source>
        <translation>Serveur PostgreSQL, rôle %1&#xa0;: modifie le registre&#x202f;; publier revient au rôle des éditeurs.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="442"/>
        <source>not allowed: the server does not let role %1 do this (%2); nothing was written</source>
        <translation>non autorisé&#xa0;: le serveur ne laisse pas le rôle %1 faire cela (%2)&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="452"/>
        <source>the server took too long and cancelled the write (%1); nothing was written, try again</source>
        <translation>le serveur a mis trop de temps et annulé l’écriture (%1)&#x202f;; rien n’a été écrit, réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="464"/>
        <source>the connection to the server %1 was lost (%2); nothing was written, try again</source>
        <translation>la connexion au serveur %1 a été perdue (%2)&#x202f;; rien n’a été écrit, réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreRows.h" line="89"/>
        <source>the store could not be read: %1</source>
        <translation>la base n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="148"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="152"/>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="179"/>
        <source>%1 is damaged or not a store (%2); it was left untouched</source>
        <translation>%1 est endommagé ou n&apos;est pas une base (%2)&#x202f;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="185"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="220"/>
        <source>%1 is damaged (integrity check: %2); it was left untouched</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité&#xa0;: %2)&#x202f;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="196"/>
        <source>%1 is an SQLite database but not a Cookie Charter store; it was left untouched</source>
        <translation>%1 est une base SQLite mais pas une base Charte cookies&#x202f;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="315"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="202"/>
        <source>%1 was made by a newer Cookie Charter (store version %2, this program knows %3)</source>
        <translation>%1 a été créé par une version plus récente de Charte cookies (base version %2, ce programme connaît la %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="212"/>
        <source>%1 uses an older store version (%2) and is %3; open it once with write access to upgrade it</source>
        <translation>%1 utilise une ancienne version de base (%2) et est %3&#x202f;; ouvrez-le une fois avec le droit d&apos;écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="48"/>
        <location filename="../../src/store/StoreCopy.cpp" line="81"/>
        <location filename="../../src/store/StoreCopy.cpp" line="104"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="271"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="305"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="339"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="63"/>
        <source>%1 is not empty (%2 site(s), %3 publication(s)); a copy goes only into an empty store, and nothing was written</source>
        <translation>%1 n’est pas vide (%2 site(s), %3 publication(s))&#x202f;; une copie ne va que dans une base vide, et rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="98"/>
        <source>copy cancelled; nothing was written</source>
        <translation>copie annulée&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="136"/>
        <source>roles are a server&apos;s: %1 is an SQLite file</source>
        <translation>les rôles sont ceux d’un serveur&#xa0;: %1 est un fichier SQLite</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="166"/>
        <source>read everything, write decisions and comments on reviews</source>
        <translation>lit tout, écrit les décisions et commentaires des relectures</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="171"/>
        <source>read everything, write the registry, its texts, settings and reviews</source>
        <translation>lit tout, écrit le registre, ses textes, réglages et relectures</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="174"/>
        <source>as editors, and publish</source>
        <translation>comme les rédacteurs, et publie</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="176"/>
        <source>name at least one role: --editors, --reviewers or --publishers</source>
        <translation>nommez au moins un rôle&#xa0;: --editors, --reviewers ou --publishers</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="214"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="325"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="226"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="330"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="231"/>
        <source>%1 is not a complete Cookie Charter store (%2); it was left untouched</source>
        <translation>%1 n&apos;est pas une base Cookie Charter complète (%2)&#x202f;; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="250"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="280"/>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="256"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="263"/>
        <source>cannot create %1: its folder is read-only</source>
        <translation>impossible de créer %1&#xa0;: son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="307"/>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="316"/>
        <source>%1 holds an unfinished write left by a program that stopped (its journal %2-journal); it can be read only once someone with write access opens it, which rolls the unfinished write back</source>
        <translation>%1 contient une écriture inachevée laissée par un programme interrompu (son journal %2-journal)&#x202f;; elle ne pourra être lue qu&apos;après avoir été ouverte par quelqu&apos;un qui a le droit d&apos;y écrire, ce qui annule l&apos;écriture inachevée</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="338"/>
        <source>%1 holds an unfinished write that could not be rolled back: %2</source>
        <translation>%1 contient une écriture inachevée qui n&apos;a pas pu être annulée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="459"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="403"/>
        <source>the store cannot be written: %1</source>
        <translation>la base ne peut pas être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="262"/>
        <location filename="../../src/store/Store.cpp" line="267"/>
        <location filename="../../src/store/StoreImport.cpp" line="89"/>
        <location filename="../../src/store/StoreImport.cpp" line="136"/>
        <location filename="../../src/store/StoreImport.cpp" line="140"/>
        <location filename="../../src/store/StoreTexts.cpp" line="247"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="469"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="407"/>
        <source>store error: %1</source>
        <translation>erreur de la base&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="309"/>
        <source>%1 is damaged (integrity check: %2); nothing was written</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité&#xa0;: %2)&#x202f;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="289"/>
        <location filename="../../src/store/StoreCopy.cpp" line="36"/>
        <source>no store is open</source>
        <translation>aucune base n&apos;est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="278"/>
        <source>the server lets role %1 comment on reviews and approve them, not change the registry</source>
        <translation>le serveur laisse le rôle %1 commenter et approuver les relectures, pas modifier le registre</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="282"/>
        <source>you opened it as a reviewer: you may comment on reviews and approve them, not change the registry</source>
        <translation>vous l’avez ouverte en relecteur&#xa0;: vous pouvez commenter et approuver les relectures, pas modifier le registre</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="293"/>
        <source>the store is read-only (%1)</source>
        <translation>la base est en lecture seule (%1)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="296"/>
        <source>not allowed: the server lets role %1 review, not change the registry; nothing was written</source>
        <translation>non autorisé&#xa0;: le serveur laisse le rôle %1 relire, pas modifier le registre&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="301"/>
        <source>not allowed: %1 works as a reviewer, who may comment on and approve reviews but not change the registry; nothing was written</source>
        <translation>non autorisé&#xa0;: %1 travaille en relecteur, qui peut commenter et approuver les relectures mais pas modifier le registre&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="346"/>
        <source>the store is locked by another user (waited %1 s, %2 times); nothing was written, try again</source>
        <translation>la base est verrouillée par un autre utilisateur (attente de %1 s, %2 fois)&#x202f;; rien n&apos;a été écrit, réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="395"/>
        <location filename="../../src/store/Store.cpp" line="471"/>
        <source>a site named &quot;%1&quot; already exists</source>
        <translation>un site nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="402"/>
        <source>site %1 added</source>
        <translation>site %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="412"/>
        <source>a site needs a name</source>
        <translation>un site doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="414"/>
        <source>a site needs at least one language</source>
        <translation>un site doit avoir au moins une langue</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="419"/>
        <source>the banner keeps the visitor&apos;s choice between 1 and 3650 days, not %1</source>
        <translation>le bandeau garde le choix du visiteur entre 1 et 3650 jours, pas %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="446"/>
        <location filename="../../src/store/Store.cpp" line="509"/>
        <source>site #%1 no longer exists</source>
        <translation>le site nº %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="449"/>
        <source>site %1 was changed by someone else since you read it; reload it and try again</source>
        <translation>le site %1 a été modifié par quelqu&apos;un d&apos;autre depuis votre lecture&#x202f;; rechargez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="475"/>
        <source>site %1 changed</source>
        <translation>site %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="199"/>
        <location filename="../../src/store/StoreCookies.cpp" line="331"/>
        <location filename="../../src/store/StoreImport.cpp" line="203"/>
        <source>cookie %1 (domain &quot;%2&quot;) is already in the registry as cookie #%3</source>
        <translation>le cookie %1 (domaine «&#xa0;%2&#xa0;») est déjà au registre sous le nº %3</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="370"/>
        <source>cookie #%1 does not exist</source>
        <translation>le cookie nº %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="374"/>
        <source>cookie #%1 (%2) is at version %3, not %4: %5 changed it at %6; your change was not saved</source>
        <translation>le cookie nº %1 (%2) en est à la version %3, pas %4&#xa0;: %5 l&apos;a modifié à %6&#x202f;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="395"/>
        <source>cookie #%1 (%2): %3</source>
        <translation>cookie n°%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="90"/>
        <source>there is no rule &quot;%1&quot; (see validate --rules)</source>
        <translation>il n’y a pas de règle «&#xa0;%1&#xa0;» (voir validate --rules)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="93"/>
        <source>a rule is switched off with a reason</source>
        <translation>une règle se désactive avec une raison</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="108"/>
        <source>rule %1 was switched off by %2 since you read it (&quot;%3&quot;); your change was not saved</source>
        <translation>la règle %1 a été désactivée par %2 depuis que vous l’avez lue («&#xa0;%3&#xa0;»)&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="111"/>
        <source>rule %1 was switched back on by someone else since you read it; your change was not saved</source>
        <translation>la règle %1 a été réactivée par quelqu’un d’autre depuis que vous l’avez lue&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="134"/>
        <source>rule %1 switched off: %2</source>
        <translation>règle %1 désactivée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="157"/>
        <source>rule %1 is not switched off</source>
        <translation>la règle %1 n’est pas désactivée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="161"/>
        <source>the switch of rule %1 was changed by %2 since you read it; it was left off</source>
        <translation>la désactivation de la règle %1 a été modifiée par %2 depuis que vous l’avez lue&#x202f;; elle reste désactivée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="172"/>
        <source>rule %1 switched back on</source>
        <translation>règle %1 réactivée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="227"/>
        <source>the %1 text &quot;%2&quot; was changed by %3 since you read it; your change was not saved</source>
        <translation>le texte %1 «&#xa0;%2&#xa0;» a été modifié par %3 depuis votre lecture&#x202f;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="230"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="252"/>
        <source>charter text %1 (%2) changed</source>
        <translation>texte de charte %1 (%2) modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="280"/>
        <source>the %1 text &quot;%2&quot; was changed by %3 since you read it; it was not reset</source>
        <translation>le texte %1 «&#xa0;%2&#xa0;» a été modifié par %3 depuis votre lecture&#x202f;; il n&apos;a pas été rétabli</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="293"/>
        <source>charter text %1 (%2) reset to the default</source>
        <translation>texte de charte %1 (%2) rétabli par défaut</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="123"/>
        <source>publication %1 of %2: %3</source>
        <translation>publication %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="150"/>
        <source>the history does not start at 1</source>
        <translation>l&apos;historique ne commence pas à 1</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="151"/>
        <source>publication %1 is missing</source>
        <translation>la publication %1 manque</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="156"/>
        <source>it does not follow the publication before it (its previous hash differs)</source>
        <translation>elle ne suit pas la publication précédente (son empreinte précédente diffère)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="160"/>
        <source>its registry snapshot does not match its SHA-256</source>
        <translation>son instantané du registre ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="164"/>
        <source>it should hold %1 files but holds %2</source>
        <translation>elle devrait contenir %1 fichiers mais en contient %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="171"/>
        <source>the file %1 does not match its SHA-256</source>
        <translation>le fichier %1 ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="176"/>
        <source>its record of the rules switched off is not as it was written (changed after publishing)</source>
        <translation>son relevé des règles désactivées n’est plus tel qu’il a été écrit (modifié après la publication)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="182"/>
        <source>its approval is not as it was written (changed after publishing)</source>
        <translation>son approbation n’est plus telle qu’elle a été écrite (modifiée après la publication)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="187"/>
        <source>its approval (review %1 by %2) is for another state of the registry than the one published</source>
        <translation>son approbation (relecture %1 par %2) porte sur un autre état du registre que celui publié</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="195"/>
        <source>its hash does not match its contents (changed after publishing)</source>
        <translation>son empreinte ne correspond pas à son contenu (modifiée après publication)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="268"/>
        <source>publication %1 of %2</source>
        <translation>publication %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="240"/>
        <location filename="../../src/store/StoreReviews.cpp" line="173"/>
        <location filename="../../src/store/StoreTexts.cpp" line="103"/>
        <location filename="../../src/store/StoreTexts.cpp" line="221"/>
        <source>site #%1 does not exist</source>
        <translation>le site nº %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="245"/>
        <source>cookie %1 added</source>
        <translation>cookie %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="275"/>
        <source>cookie #%1 no longer exists (someone deleted it)</source>
        <translation>le cookie nº %1 n&apos;existe plus (quelqu&apos;un l&apos;a supprimé)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="282"/>
        <source>cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); your change was not saved</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 à %4 depuis votre lecture (champs modifiés&#xa0;: %5)&#x202f;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="286"/>
        <source>nothing visible</source>
        <translation>rien de visible</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="336"/>
        <source>cookie %1 changed</source>
        <translation>cookie %1 modifié</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="426"/>
        <source>cookie #%1 does not exist; nothing was removed</source>
        <translation>le cookie nº %1 n&apos;existe pas&#x202f;; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="430"/>
        <source>cookie #%1 (%2) was changed by %3 since you read it; nothing was removed</source>
        <translation>le cookie nº %1 (%2) a été modifié par %3 depuis votre lecture&#x202f;; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="441"/>
        <source>cookie %1 removed</source>
        <translation>cookie %1 supprimé</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="42"/>
        <source>import cancelled; nothing was written</source>
        <translation>import annulé&#x202f;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="50"/>
        <source>no site given: add a site column or name the site (the store has %1 sites)</source>
        <translation>aucun site indiqué&#xa0;: ajoutez une colonne site ou nommez le site (la base a %1 sites)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="116"/>
        <location filename="../../src/store/StoreImport.cpp" line="198"/>
        <source>duplicate of line %1 (same site, domain and name %2)</source>
        <translation>doublon de la ligne %1 (même site, domaine et nom %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="149"/>
        <source>%n row(s) rejected; nothing was imported</source>
        <translation>
            <numerusform>%n ligne refusée&#x202f;; rien n&apos;a été importé</numerusform>
            <numerusform>%n lignes refusées&#x202f;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="156"/>
        <source>%n cookie(s) imported</source>
        <translation>
            <numerusform>%n cookie importé</numerusform>
            <numerusform>%n cookies importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="157"/>
        <source>%n cookie(s) imported from %1</source>
        <translation>
            <numerusform>%n cookie importé depuis %1</numerusform>
            <numerusform>%n cookies importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="209"/>
        <source>a row is already in the registry</source>
        <translation>une ligne est déjà dans le registre</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="164"/>
        <source>a review names the state of the registry it submits</source>
        <translation>une relecture désigne l’état du registre qu’elle soumet</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="186"/>
        <source>review %1 (submitted by %2) already waits for a reviewer on this same state of %3; nothing was submitted</source>
        <translation>la relecture %1 (soumise par %2) attend déjà un relecteur sur ce même état de %3&#x202f;; rien n’a été soumis</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="223"/>
        <source>no decision was given</source>
        <translation>aucune décision n’a été donnée</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="226"/>
        <source>asking for changes needs a comment saying which</source>
        <translation>demander des modifications demande un commentaire qui dit lesquelles</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="237"/>
        <location filename="../../src/store/StoreReviews.cpp" line="306"/>
        <source>there is no review %1</source>
        <translation>il n’y a pas de relecture %1</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="242"/>
        <source>review %1 was already approved by %2 on %3; nothing was written</source>
        <translation>la relecture %1 a déjà été approuvée par %2 le %3&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="243"/>
        <source>%2 already asked for changes on review %1 on %3; nothing was written</source>
        <translation>%2 a déjà demandé des modifications sur la relecture %1 le %3&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="251"/>
        <source>review %1 is void: the registry of %2 changed since it was submitted; it cannot be decided (submit it again)</source>
        <translation>la relecture %1 est annulée&#xa0;: le registre de %2 a changé depuis sa soumission&#x202f;; elle ne peut pas être tranchée (soumettez-le de nouveau)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="263"/>
        <source>not allowed: %1 submitted or changed this registry since the last publication, so someone else must review it (anyone but %2)</source>
        <translation>non autorisé&#xa0;: %1 a soumis ou modifié ce registre depuis la dernière publication, quelqu’un d’autre doit donc le relire (toute personne sauf %2)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="295"/>
        <source>the comment is empty</source>
        <translation>le commentaire est vide</translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="44"/>
        <source>the reference registry is missing from this build</source>
        <translation>le registre de référence manque dans cette version du programme</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="58"/>
        <source>the reference charter</source>
        <translation>la charte de référence</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="76"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="31"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="32"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="43"/>
        <source>the provider is empty</source>
        <translation>le prestataire est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="46"/>
        <source>the cookie name is empty</source>
        <translation>le nom du cookie est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="49"/>
        <source>the purpose is empty</source>
        <translation>la finalité est vide</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="57"/>
        <source>the purpose is missing in %1, a language of the site</source>
        <translation>la finalité manque en %1, une langue du site</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="64"/>
        <source>the cookie has no category: the charter has no table of its own for it (choose necessary, preferences, statistics or marketing)</source>
        <translation>le cookie n&apos;a pas de catégorie&#xa0;: la charte n&apos;a pas de tableau pour lui (choisissez nécessaire, préférences, statistiques ou marketing)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="72"/>
        <source>the duration &quot;%1&quot; cannot be read (write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;)</source>
        <translation>la durée «&#xa0;%1&#xa0;» est illisible (écrivez par exemple «&#xa0;13 mois&#xa0;», «&#xa0;2 ans&#xa0;» ou «&#xa0;session&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="79"/>
        <source>the cookie needs consent but has no duration: the charter must say how long it is kept</source>
        <translation>le cookie est soumis au consentement mais n&apos;a pas de durée&#xa0;: la charte doit dire combien de temps il est conservé</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="83"/>
        <source>a session storage item is gone when the tab closes, but its duration says %1</source>
        <translation>un élément de stockage de session disparaît à la fermeture de l&apos;onglet, mais sa durée indique %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="89"/>
        <source>an audience-measurement cookie exempt from consent may last 13 months at most (CNIL); this one lasts %1</source>
        <translation>un cookie de mesure d&apos;audience exempté de consentement ne peut durer plus de 13 mois (CNIL)&#x202f;; celui-ci dure %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="94"/>
        <source>the cookie asks no consent but lasts %1, more than 13 months: is all of that time necessary?</source>
        <translation>le cookie ne demande pas de consentement mais dure %1, plus de 13 mois&#x202f;: toute cette durée est-elle nécessaire&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="100"/>
        <source>a third-party statistics cookie cannot be exempt from consent: the exemption covers first-party audience measurement only</source>
        <translation>un cookie de statistiques tiers ne peut pas être exempté de consentement&#xa0;: l&apos;exemption ne couvre que la mesure d&apos;audience interne</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="106"/>
        <source>a %1 cookie cannot be exempt from consent</source>
        <translation>un cookie de catégorie «&#xa0;%1&#xa0;» ne peut pas être exempté de consentement</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="110"/>
        <source>a third-party cookie should link to its provider&apos;s privacy policy</source>
        <translation>un cookie tiers devrait renvoyer à la politique de confidentialité de son prestataire</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="151"/>
        <source>%1 of %2 is %3 here but %4 on %5 (cookie #%6)</source>
        <translation>%1 de %2 est en catégorie «&#xa0;%3&#xa0;» ici mais «&#xa0;%4&#xa0;» sur %5 (cookie n°&#xa0;%6)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="165"/>
        <source>the consent banner of %1 keeps the visitor&apos;s choice %2 days, more than six months</source>
        <translation>le bandeau de consentement de %1 garde le choix du visiteur %2 jours, plus de six mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/Validator.cpp" line="205"/>
        <source>rule switched off for this site by %1 on %2: %3 (%n finding(s) set aside)</source>
        <translation>
            <numerusform>règle désactivée pour ce site par %1 le %2&#xa0;: %3 (%n constat mis de côté)</numerusform>
            <numerusform>règle désactivée pour ce site par %1 le %2&#xa0;: %3 (%n constats mis de côté)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="211"/>
        <source>(no such rule in this version)</source>
        <translation>(règle inconnue de cette version)</translation>
    </message>
</context>
<context>
    <name>Validator::RegistryChecker</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="125"/>
        <source>duplicate of cookie #%1 (same domain and name)</source>
        <translation>doublon du cookie nº %1 (même domaine et même nom)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="89"/>
        <source>Necessary</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="91"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="93"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="95"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="99"/>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="128"/>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="129"/>
        <source>First party</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="180"/>
        <source>Local storage</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="182"/>
        <source>Session storage</source>
        <translation>Stockage de session</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="184"/>
        <source>IndexedDB</source>
        <translation>IndexedDB</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="186"/>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="188"/>
        <source>HTTP cookie</source>
        <translation>Cookie HTTP</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/main.cpp" line="48"/>
        <source>%1
Password for %2: </source>
        <translation>%1
Mot de passe pour %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="77"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="78"/>
        <source>%1

Password for %2:</source>
        <translation>%1

Mot de passe pour %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="118"/>
        <source>cookie-charter: cannot write to standard output</source>
        <translation>cookie-charter&#xa0;: impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="147"/>
        <location filename="../../src/main.cpp" line="155"/>
        <source>Cookie Charter</source>
        <translation>Charte cookies</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="148"/>
        <source>The store used last cannot be opened:
%1

The default store opens instead.</source>
        <translation>La base utilisée la dernière fois ne peut pas être ouverte&#xa0;:
%1

La base par défaut s&apos;ouvre à la place.</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="156"/>
        <source>The store cannot be opened:
%1</source>
        <translation>La base ne peut pas être ouverte&#xa0;:
%1</translation>
    </message>
</context>
</TS>
