<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../src/core/AtomicFile.cpp" line="21"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/AtomicFile.cpp" line="41"/>
        <location filename="../../src/core/AtomicFile.cpp" line="52"/>
        <source>the file is not open</source>
        <translation>the file is not open</translation>
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
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="23"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="32"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="33"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="178"/>
        <source>Undeclared</source>
        <translation>Undeclared</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="180"/>
        <source>Not seen</source>
        <translation>Not seen</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="182"/>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="184"/>
        <source>Exempt too long</source>
        <translation>Exempt too long</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="188"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="284"/>
        <source>%1 (%2) is set by the site but in no row of the registry</source>
        <translation>%1 (%2) is set by the site but in no row of the registry</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="299"/>
        <source>the cookie database knows it: %1, %2</source>
        <translation>the cookie database knows it: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="324"/>
        <source>%1 lives %2, longer than the %3 the registry declares (&quot;%4&quot;)</source>
        <translation>%1 lives %2, longer than the %3 the registry declares (&quot;%4&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="331"/>
        <source>%1 is a third-party statistics cookie marked exempt from consent: the audience-measurement exemption covers first-party measurement only</source>
        <translation>%1 is a third-party statistics cookie marked exempt from consent: the audience-measurement exemption covers first-party measurement only</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="339"/>
        <source>%1 asks no consent but lives %2, more than the 13 months the CNIL allows such a cookie</source>
        <translation>%1 asks no consent but lives %2, more than the 13 months the CNIL allows such a cookie</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="347"/>
        <source>%1 is declared %2 but set by %3, a %4</source>
        <translation>%1 is declared %2 but set by %3, a %4</translation>
    </message>
    <message>
        <location filename="../../src/audit/Audit.cpp" line="155"/>
        <source>%1 is declared but in no capture (a capture may not visit every page)</source>
        <translation>%1 is declared but in no capture (a capture may not visit every page)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="59"/>
        <source>Audit against captures: %1</source>
        <translation>Audit against captures: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="62"/>
        <source>Compares what a browser really saw (HAR files, Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies, a storageState) with the registry. Add captures, or drop their files here.</source>
        <translation>Compares what a browser really saw (HAR files, Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies, a storageState) with the registry. Add captures, or drop their files here.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="73"/>
        <source>Add &amp;captures…</source>
        <translation>Add &amp;captures…</translation>
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
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="81"/>
        <source>Lifetime seen</source>
        <translation>Lifetime seen</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="82"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="86"/>
        <source>The cookie database says</source>
        <translation>The cookie database says</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="90"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="93"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="100"/>
        <source>&amp;Add to the registry</source>
        <translation>&amp;Add to the registry</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="102"/>
        <source>Adds the selected undeclared cookies, completed from the cookie database; Undo takes them back</source>
        <translation>Adds the selected undeclared cookies, completed from the cookie database; Undo takes them back</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="105"/>
        <source>&amp;Use the observed duration</source>
        <translation>&amp;Use the observed duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="107"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Save the report…</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="150"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="160"/>
        <source>Audit against captures</source>
        <translation>Audit against captures</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="214"/>
        <source>%1 declared, %2 observed, %3 declared cookies seen. %4 Select rows to act on them.</source>
        <translation>%1 declared, %2 observed, %3 declared cookies seen. %4 Select rows to act on them.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="70"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="166"/>
        <source>No capture yet.</source>
        <translation>No capture yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="167"/>
        <source>Captures: %1</source>
        <translation>Captures: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="184"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="185"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="188"/>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="191"/>
        <source>no duration</source>
        <translation>no duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="211"/>
        <source>Add one or more captures to audit the registry of %1.</source>
        <translation>Add one or more captures to audit the registry of %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="220"/>
        <source>The registry and the site disagree: see the lists below.</source>
        <translation>The registry and the site disagree: see the lists below.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="221"/>
        <source>The registry declares what the captures saw.</source>
        <translation>The registry declares what the captures saw.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="269"/>
        <source>Added from the audit of %1 on %2; seen on %3.</source>
        <translation>Added from the audit of %1 on %2; seen on %3.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="284"/>
        <source>To be written: observed by the audit, its purpose is not known yet.</source>
        <translation>To be written: observed by the audit, its purpose is not known yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/AuditDialog.cpp" line="291"/>
        <source>Add %n cookie(s) from the audit</source>
        <translation>
            <numerusform>Add %n cookie from the audit</numerusform>
            <numerusform>Add %n cookies from the audit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="314"/>
        <source>Use the observed duration</source>
        <translation>Use the observed duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="331"/>
        <source>Add captures</source>
        <translation>Add captures</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="332"/>
        <source>Captures (*.har *.json *.sqlite Cookies);;All files (*)</source>
        <translation>Captures (*.har *.json *.sqlite Cookies);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="338"/>
        <location filename="../../src/gui/AuditDialog.cpp" line="345"/>
        <source>Save the audit report</source>
        <translation>Save the audit report</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditDialog.cpp" line="340"/>
        <source>HTML page (*.html);;JSON (*.json)</source>
        <translation>HTML page (*.html);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="383"/>
        <location filename="../../src/audit/AuditReport.cpp" line="385"/>
        <source>Cookie audit: %1</source>
        <translation>Cookie audit: %1</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="388"/>
        <source>Captures: %1. %2 declared, %3 observed, %4 declared seen.</source>
        <translation>Captures: %1. %2 declared, %3 observed, %4 declared seen.</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="401"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="402"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="403"/>
        <source>Lifetime seen</source>
        <translation>Lifetime seen</translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditReport.cpp" line="404"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="776"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="780"/>
        <source>%1 is declared by the banner (%2) but is in no row of the registry</source>
        <translation>%1 is declared by the banner (%2) but is in no row of the registry</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="784"/>
        <source>%1 (%2) is in the registry but the banner does not declare it</source>
        <translation>%1 (%2) is in the registry but the banner does not declare it</translation>
    </message>
    <message>
        <location filename="../../src/banner/Banner.cpp" line="790"/>
        <source>%1: the banner says %2 (%3), the registry says %4</source>
        <translation>%1: the banner says %2 (%3), the registry says %4</translation>
    </message>
</context>
<context>
    <name>BannerDialog</name>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="36"/>
        <source>Banner configuration: %1</source>
        <translation>Banner configuration: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="41"/>
        <source>The consent banner&apos;s configuration, written from the registry: one service per provider and service, their cookies by name. Necessary cookies and exempt statistics need no consent; refusing is as easy as accepting, nothing is accepted by default, the choice is kept 6 months.</source>
        <translation>The consent banner&apos;s configuration, written from the registry: one service per provider and service, their cookies by name. Necessary cookies and exempt statistics need no consent; refusing is as easy as accepting, nothing is accepted by default, the choice is kept 6 months.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="55"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="56"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="60"/>
        <source>https://… (the published charter)</source>
        <translation>https://… (the published charter)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="71"/>
        <source>&amp;Library:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="74"/>
        <source>&amp;Privacy policy link:</source>
        <translation>&amp;Privacy policy link:</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="89"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="91"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="97"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="105"/>
        <source>Compare the site&apos;s current banner configuration with the registry: open its file.</source>
        <translation>Compare the site&apos;s current banner configuration with the registry: open its file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="108"/>
        <source>&amp;Open a configuration…</source>
        <translation>&amp;Open a configuration…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>In the banner</source>
        <translation>In the banner</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="114"/>
        <source>In the registry</source>
        <translation>In the registry</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="116"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
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
            <numerusform>%n without consent (necessary or exempt)</numerusform>
            <numerusform>%n without consent (necessary or exempt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="162"/>
        <source>The privacy policy link must be an http:// or https:// address.</source>
        <translation>The privacy policy link must be an http:// or https:// address.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="164"/>
        <source>The site has no address: give the link to its published charter.</source>
        <translation>The site has no address: give the link to its published charter.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="182"/>
        <location filename="../../src/gui/BannerDialog.cpp" line="188"/>
        <source>Save the banner configuration</source>
        <translation>Save the banner configuration</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="183"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="209"/>
        <source>Not in the registry</source>
        <translation>Not in the registry</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="212"/>
        <source>Not in the banner</source>
        <translation>Not in the banner</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="215"/>
        <source>Category</source>
        <translation>Category</translation>
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
            <numerusform>%1 (%2) and the registry agree: %n cookie name.</numerusform>
            <numerusform>%1 (%2) and the registry agree: %n cookie names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerDialog.cpp" line="233"/>
        <source>%1 (%2) and the registry differ: %n difference(s).</source>
        <translation>
            <numerusform>%1 (%2) and the registry differ: %n difference.</numerusform>
            <numerusform>%1 (%2) and the registry differ: %n differences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="242"/>
        <location filename="../../src/gui/BannerDialog.cpp" line="248"/>
        <source>Compare a banner configuration</source>
        <translation>Compare a banner configuration</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerDialog.cpp" line="243"/>
        <source>JavaScript or JSON (*.js *.json);;All files (*)</source>
        <translation>JavaScript or JSON (*.js *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BannerImportDialog</name>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="25"/>
        <source>Import a banner configuration into %1</source>
        <translation>Import a banner configuration into %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="28"/>
        <source>Reads the cookies a consent banner&apos;s configuration declares: tarteaucitron services, a Klaro config.js, an Orejime 2 or 3 configuration. The file runs in a sandbox with no page, no network and a time limit. Nothing is written before you choose Import.</source>
        <translation>Reads the cookies a consent banner&apos;s configuration declares: tarteaucitron services, a Klaro config.js, an Orejime 2 or 3 configuration. The file runs in a sandbox with no page, no network and a time limit. Nothing is written before you choose Import.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="36"/>
        <source>No configuration yet.</source>
        <translation>No configuration yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="38"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="51"/>
        <source>Service #</source>
        <translation>Service #</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="48"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="48"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="49"/>
        <source>Kept in the notes</source>
        <translation>Kept in the notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="51"/>
        <source>Why the registry refuses it</source>
        <translation>Why the registry refuses it</translation>
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
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="58"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
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
        <translation>Refused (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="118"/>
        <source>%1 configuration, %n service(s): %2 row(s) would be refused by the registry; nothing can be imported until the file or the registry changes.</source>
        <translation>
            <numerusform>%1 configuration, %n service: %2 row(s) would be refused by the registry; nothing can be imported until the file or the registry changes.</numerusform>
            <numerusform>%1 configuration, %n services: %2 row(s) would be refused by the registry; nothing can be imported until the file or the registry changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="127"/>
        <source>%1 configuration, %n service(s): </source>
        <translation>
            <numerusform>%1 configuration, %n service: </numerusform>
            <numerusform>%1 configuration, %n services: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/BannerImportDialog.cpp" line="129"/>
        <source>%n cookie(s) to import into %1.</source>
        <translation>
            <numerusform>%n cookie to import into %1.</numerusform>
            <numerusform>%n cookies to import into %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="155"/>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="161"/>
        <source>Import a banner configuration</source>
        <translation>Import a banner configuration</translation>
    </message>
    <message>
        <location filename="../../src/gui/BannerImportDialog.cpp" line="156"/>
        <source>JavaScript or JSON (*.js *.json);;All files (*)</source>
        <translation>JavaScript or JSON (*.js *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BannerReader</name>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="449"/>
        <source>%1: service %2: the cookie expression %3 is no plain prefix; it is kept in the notes</source>
        <translation>%1: service %2: the cookie expression %3 is no plain prefix; it is kept in the notes</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="455"/>
        <source>%1: service %2 declares no cookie name</source>
        <translation>%1: service %2 declares no cookie name</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="495"/>
        <source>Imported from the %1 configuration %2 (service %3)</source>
        <translation>Imported from the %1 configuration %2 (service %3)</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="500"/>
        <source>Other cookie expressions of the service, not imported: %1</source>
        <translation>Other cookie expressions of the service, not imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="514"/>
        <source>Also declared by: %1</source>
        <translation>Also declared by: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="572"/>
        <source>%1 is larger than %2 MiB: it is no banner configuration</source>
        <translation>%1 is larger than %2 MiB: it is no banner configuration</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="581"/>
        <source>%1 is empty: it is no banner configuration</source>
        <translation>%1 is empty: it is no banner configuration</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="597"/>
        <source>the JavaScript sandbox could not start: %1</source>
        <translation>the JavaScript sandbox could not start: %1</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="615"/>
        <source>%1 ran longer than %2 s (an endless loop?); it was stopped</source>
        <translation>%1 ran longer than %2 s (an endless loop?); it was stopped</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="621"/>
        <source>%1 used more than %2 MiB of memory; it was stopped</source>
        <translation>%1 used more than %2 MiB of memory; it was stopped</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="633"/>
        <source>%1: line %2: this is not JavaScript the engine can read (%3)</source>
        <translation>%1: line %2: this is not JavaScript the engine can read (%3)</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="639"/>
        <source>%1: line %2: the configuration throws an error: %3: %4</source>
        <translation>%1: line %2: the configuration throws an error: %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="698"/>
        <source>%1 is no banner configuration: it defines no tarteaucitron service, no klaroConfig and no orejimeConfig</source>
        <translation>%1 is no banner configuration: it defines no tarteaucitron service, no klaroConfig and no orejimeConfig</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="708"/>
        <source>%1: the %2 configuration declares no cookie name</source>
        <translation>%1: the %2 configuration declares no cookie name</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="720"/>
        <location filename="../../src/banner/BannerReader.cpp" line="734"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/banner/BannerReader.cpp" line="729"/>
        <source>%1 is larger than %2: it is no banner configuration</source>
        <translation>%1 is larger than %2: it is no banner configuration</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="98"/>
        <source>no &quot;log&quot; object: this is not a HAR file</source>
        <translation>no &quot;log&quot; object: this is not a HAR file</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="123"/>
        <location filename="../../src/audit/Capture.cpp" line="172"/>
        <location filename="../../src/audit/Capture.cpp" line="197"/>
        <location filename="../../src/audit/Capture.cpp" line="219"/>
        <location filename="../../src/audit/Capture.cpp" line="251"/>
        <source>the file ends too early (truncated)</source>
        <translation>the file ends too early (truncated)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="125"/>
        <source>expected &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>expected &apos;%1&apos; but found &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="158"/>
        <source>the file ends inside a string (truncated)</source>
        <translation>the file ends inside a string (truncated)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="204"/>
        <source>a value is missing</source>
        <translation>a value is missing</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="143"/>
        <location filename="../../src/audit/Capture.cpp" line="194"/>
        <location filename="../../src/audit/Capture.cpp" line="244"/>
        <source>an entry is larger than 64 MiB: this is not a browser&apos;s HAR</source>
        <translation>an entry is larger than 64 MiB: this is not a browser&apos;s HAR</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="342"/>
        <location filename="../../src/audit/Capture.cpp" line="385"/>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="347"/>
        <source>%1 is a folder, not a capture</source>
        <translation>%1 is a folder, not a capture</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="361"/>
        <source>%1: line 1: not a capture (a HAR file, a storageState, or a browser&apos;s cookie database)</source>
        <translation>%1: line 1: not a capture (a HAR file, a storageState, or a browser&apos;s cookie database)</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="372"/>
        <source>%1 is larger than 256 MiB and has no HAR &quot;log&quot;: not a capture</source>
        <translation>%1 is larger than 256 MiB and has no HAR &quot;log&quot;: not a capture</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="400"/>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="413"/>
        <location filename="../../src/audit/Capture.cpp" line="556"/>
        <location filename="../../src/audit/Capture.cpp" line="710"/>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="418"/>
        <source>an entry is not an object</source>
        <translation>an entry is not an object</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="567"/>
        <source>%1: the HAR has no &quot;entries&quot;: this is not a browser&apos;s HAR</source>
        <translation>%1: the HAR has no &quot;entries&quot;: this is not a browser&apos;s HAR</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="572"/>
        <source>%1 holds no cookie at all: browsers export HAR files without their cookies by default. In Chromium&apos;s DevTools, Settings &gt; Preferences &gt; Network: check &quot;Allow to generate HAR with sensitive data&quot;, then use &quot;Export HAR (with sensitive data)&quot; in the Network panel; Firefox exports them with &quot;Save All As HAR&quot;.</source>
        <translation>%1 holds no cookie at all: browsers export HAR files without their cookies by default. In Chromium&apos;s DevTools, Settings &gt; Preferences &gt; Network: check &quot;Allow to generate HAR with sensitive data&quot;, then use &quot;Export HAR (with sensitive data)&quot; in the Network panel; Firefox exports them with &quot;Save All As HAR&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="588"/>
        <source>cannot make a temporary folder to copy %1</source>
        <translation>cannot make a temporary folder to copy %1</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="594"/>
        <source>cannot copy %1 to read it</source>
        <translation>cannot copy %1 to read it</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="608"/>
        <source>%1: %2: not a Firefox cookies.sqlite nor a Chromium Cookies database</source>
        <translation>%1: %2: not a Firefox cookies.sqlite nor a Chromium Cookies database</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="692"/>
        <source>it has no moz_cookies or cookies table</source>
        <translation>it has no moz_cookies or cookies table</translation>
    </message>
    <message>
        <location filename="../../src/audit/Capture.cpp" line="717"/>
        <source>%1: no &quot;cookies&quot; list: not a Playwright or Puppeteer storageState (nor a HAR file)</source>
        <translation>%1: no &quot;cookies&quot; list: not a Playwright or Puppeteer storageState (nor a HAR file)</translation>
    </message>
</context>
<context>
    <name>CharterFiles</name>
    <message>
        <location filename="../../src/charter/CharterFiles.cpp" line="116"/>
        <source>cannot write %1: the PDF could not be laid out</source>
        <translation>cannot write %1: the PDF could not be laid out</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../src/exchange/CharterPage.cpp" line="293"/>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CharterPage.cpp" line="368"/>
        <source>the row names no cookie</source>
        <translation>the row names no cookie</translation>
    </message>
</context>
<context>
    <name>CharterPreview</name>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="17"/>
        <source>Charter &amp;language:</source>
        <translation>Charter &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="23"/>
        <source>Charter language</source>
        <translation>Charter language</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="38"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="39"/>
        <location filename="../../src/gui/CharterPreview.cpp" line="172"/>
        <source>Print the charter</source>
        <translation>Print the charter</translation>
    </message>
    <message>
        <location filename="../../ui/CharterPreview.ui" line="46"/>
        <source>Charter preview</source>
        <translation>Charter preview</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="20"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="21"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="97"/>
        <source>… and %n more cookie(s) in this table: the exported and published files list them all.</source>
        <translation>
            <numerusform>… and %n more cookie in this table: the exported and published files list them all.</numerusform>
            <numerusform>… and %n more cookies in this table: the exported and published files list them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="126"/>
        <source>The store could not be read (%1); the preview shows what was read before and tries again.</source>
        <translation>The store could not be read (%1); the preview shows what was read before and tries again.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterPreview.cpp" line="135"/>
        <source>Choose a site to see its charter.</source>
        <translation>Choose a site to see its charter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CharterPreview.cpp" line="158"/>
        <source>%n purpose(s) shown in the other language</source>
        <translation>
            <numerusform>%n purpose shown in the other language</numerusform>
            <numerusform>%n purposes shown in the other language</numerusform>
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
        <translation>Charter texts</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="16"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="22"/>
        <source>Language of the texts</source>
        <translation>Language of the texts</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="36"/>
        <source>Sections of the charter</source>
        <translation>Sections of the charter</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="47"/>
        <source>Text of the section, in Markdown</source>
        <translation>Text of the section, in Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="52"/>
        <source>Markdown: # heading, - list, **strong**, *emphasis*, [link](https://…). {site}, {url} and {contact} are filled in from the site.</source>
        <translation>Markdown: # heading, - list, **strong**, *emphasis*, [link](https://…). {site}, {url} and {contact} are filled in from the site.</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="64"/>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Reset to the default</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="74"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/CharterTextsDialog.ui" line="80"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="17"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="18"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="75"/>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="76"/>
        <source>Save your changes to &quot;%1&quot; first?</source>
        <translation>Save your changes to &quot;%1&quot; first?</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="101"/>
        <source>The site&apos;s own text, last changed by %1 at %2.</source>
        <translation>The site&apos;s own text, last changed by %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="103"/>
        <source>The default text.</source>
        <translation>The default text.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="105"/>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="108"/>
        <source>The store is read-only (%1).</source>
        <translation>The store is read-only (%1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="119"/>
        <source>A section cannot be empty; reset it to the default instead.</source>
        <translation>A section cannot be empty; reset it to the default instead.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="139"/>
        <source>Reset to the default</source>
        <translation>Reset to the default</translation>
    </message>
    <message>
        <location filename="../../src/gui/CharterTextsDialog.cpp" line="140"/>
        <source>Replace the site&apos;s own text of &quot;%1&quot; with the default text?</source>
        <translation>Replace the site&apos;s own text of &quot;%1&quot; with the default text?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="165"/>
        <source>list the sites of the store</source>
        <translation>list the sites of the store</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="168"/>
        <source>add a site</source>
        <translation>add a site</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="173"/>
        <source>change a site&apos;s name, address, languages or contact</source>
        <translation>change a site&apos;s name, address, languages or contact</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="446"/>
        <source>list the cookies of the registry</source>
        <translation>list the cookies of the registry</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="450"/>
        <source>add a cookie</source>
        <translation>add a cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="454"/>
        <source>change fields of a cookie</source>
        <translation>change fields of a cookie</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="458"/>
        <source>remove cookies</source>
        <translation>remove cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="281"/>
        <source>import cookies from a CSV or JSON file</source>
        <translation>import cookies from a CSV or JSON file</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="296"/>
        <source>export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)</source>
        <translation>export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="200"/>
        <source>list the charter&apos;s text sections</source>
        <translation>list the charter&apos;s text sections</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="205"/>
        <source>print a charter text section</source>
        <translation>print a charter text section</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="209"/>
        <source>rewrite a charter text section</source>
        <translation>rewrite a charter text section</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="213"/>
        <source>go back to the default text of a section</source>
        <translation>go back to the default text of a section</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="462"/>
        <source>check the registry against the rules</source>
        <translation>check the registry against the rules</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="232"/>
        <source>publish the registry and the charter files into the shared store</source>
        <translation>publish the registry and the charter files into the shared store</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="242"/>
        <source>list the publications of a site</source>
        <translation>list the publications of a site</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="247"/>
        <source>show what changed between two publications (or the working registry)</source>
        <translation>show what changed between two publications (or the working registry)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="254"/>
        <source>save the files of a publication to a folder</source>
        <translation>save the files of a publication to a folder</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="255"/>
        <source>Saves the files of a publication to a folder, all of them or none.</source>
        <translation>Saves the files of a publication to a folder, all of them or none.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="259"/>
        <source>check every publication&apos;s hashes and the chain</source>
        <translation>check every publication&apos;s hashes and the chain</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="29"/>
        <source>--store needs a file name</source>
        <translation>--store needs a file name</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="81"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="82"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="83"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="86"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="87"/>
        <source>%1: %2: cookie #%3 %4: %5: %6</source>
        <translation>%1: %2: cookie #%3 %4: %5: %6</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="30"/>
        <location filename="../../src/cli/CommandContext.cpp" line="42"/>
        <source>cookie-charter: %1</source>
        <translation>cookie-charter: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="32"/>
        <source>Run &apos;cookie-charter --help&apos; for the commands.</source>
        <translation>Run &apos;cookie-charter --help&apos; for the commands.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="34"/>
        <source>Run &apos;cookie-charter %1 --help&apos; for its options.</source>
        <translation>Run &apos;cookie-charter %1 --help&apos; for its options.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="56"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="130"/>
        <source>no site &quot;%1&quot; in %2 (see: cookie-charter sites)</source>
        <translation>no site &quot;%1&quot; in %2 (see: cookie-charter sites)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="144"/>
        <source>the store has no site yet; add one with: cookie-charter site-add NAME</source>
        <translation>the store has no site yet; add one with: cookie-charter site-add NAME</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="146"/>
        <source>the store has %1 sites; choose one with --site</source>
        <translation>the store has %1 sites; choose one with --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="50"/>
        <source>--store needs a file name, not an empty one</source>
        <translation>--store needs a file name, not an empty one</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="106"/>
        <source>Usage: cookie-charter [--store FILE] [--read-only] [--reviewer] COMMAND [OPTIONS]
       cookie-charter [--store FILE] [--read-only] [--reviewer]   (opens the window)

Keeps the cookie registry of websites and their cookie charter.

Commands:
</source>
        <translation>Usage: cookie-charter [--store FILE] [--read-only] [--reviewer] COMMAND [OPTIONS]
       cookie-charter [--store FILE] [--read-only] [--reviewer]   (opens the window)

Keeps the cookie registry of websites and their cookie charter.

Commands:
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
The store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in your data folder (created with the reference charter on first use).
--reviewer works as a reviewer: reviews can be commented on and approved, the registry is not changed.
Run &apos;cookie-charter COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="136"/>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="153"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="154"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="23"/>
        <source>init takes one file name</source>
        <translation>init takes one file name</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="29"/>
        <source>Created the empty store %1</source>
        <translation>Created the empty store %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="96"/>
        <source>Fields to change: name, url, languages, contact, consent-days (how long the banner keeps the visitor&apos;s choice; empty: not set), review (none or approval: publishing needs someone else&apos;s approval).</source>
        <translation>Fields to change: name, url, languages, contact, consent-days (how long the banner keeps the visitor&apos;s choice; empty: not set), review (none or approval: publishing needs someone else&apos;s approval).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="135"/>
        <source>review: none or approval (one approval by someone who did not change the registry), not &quot;%1&quot;</source>
        <translation>review: none or approval (one approval by someone who did not change the registry), not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="144"/>
        <source>&quot;%1&quot; is not FIELD=VALUE with FIELD one of name, url, languages, contact, consent-days, review</source>
        <translation>&quot;%1&quot; is not FIELD=VALUE with FIELD one of name, url, languages, contact, consent-days, review</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="160"/>
        <source>create an empty store (file or server)</source>
        <translation>create an empty store (file or server)</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="161"/>
        <source>Creates an empty store file, or the store in an empty PostgreSQL database.</source>
        <translation>Creates an empty store file, or the store in an empty PostgreSQL database.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="166"/>
        <source>Lists the sites of the store.</source>
        <translation>Lists the sites of the store.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="37"/>
        <source>sites takes no arguments</source>
        <translation>sites takes no arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="95"/>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="23"/>
        <source>A HAR file (Chromium, Firefox), Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies database, or a Playwright/Puppeteer storageState; several may be given.</source>
        <translation>A HAR file (Chromium, Firefox), Firefox&apos;s cookies.sqlite, Chromium&apos;s Cookies database, or a Playwright/Puppeteer storageState; several may be given.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="31"/>
        <source>The site whose pages count and whose registrable domain decides the party (default: the store&apos;s only site).</source>
        <translation>The site whose pages count and whose registrable domain decides the party (default: the store&apos;s only site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="35"/>
        <source>Keep a cookie jar&apos;s cookies for this host (repeatable; default: the site&apos;s registrable domain).</source>
        <translation>Keep a cookie jar&apos;s cookies for this host (repeatable; default: the site&apos;s registrable domain).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="48"/>
        <source>Keep a cookie jar&apos;s cookies for this host too (repeatable).</source>
        <translation>Keep a cookie jar&apos;s cookies for this host too (repeatable).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="50"/>
        <source>table, json or junit (default: table).</source>
        <translation>table, json or junit (default: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="53"/>
        <source>Write the report to FILE, atomically (default, or -: standard output).</source>
        <translation>Write the report to FILE, atomically (default, or -: standard output).</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="105"/>
        <source>discover takes one or more captures</source>
        <translation>discover takes one or more captures</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <source>LIFETIME</source>
        <translation>LIFETIME</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>FIRST SEEN</source>
        <translation>FIRST SEEN</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="124"/>
        <source>LAST SEEN</source>
        <translation>LAST SEEN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/AuditCommands.cpp" line="133"/>
        <source>%n cookie(s) observed</source>
        <translation>
            <numerusform>%n cookie observed</numerusform>
            <numerusform>%n cookies observed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="135"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="142"/>
        <source>Audit of %1: %2 declared, %3 observed, %4 declared seen</source>
        <translation>Audit of %1: %2 declared, %3 observed, %4 declared seen</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="164"/>
        <source>audit takes one or more captures</source>
        <translation>audit takes one or more captures</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="168"/>
        <source>--format must be table, json or junit</source>
        <translation>--format must be table, json or junit</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="171"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="66"/>
        <source>-o needs a file name</source>
        <translation>-o needs a file name</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="221"/>
        <source>list the cookies browser captures saw</source>
        <translation>list the cookies browser captures saw</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="222"/>
        <source>Lists the cookies that browser captures saw: name, domain, party, type, the longest lifetime seen (or session), how many pages set it, when it was first and last seen. A HAR&apos;s cookies count when a page of the site caused them; a cookie jar&apos;s when they belong to --host (default: the site&apos;s registrable domain). Exit 2 for a file that is not a capture, 3 for one that cannot be opened.</source>
        <translation>Lists the cookies that browser captures saw: name, domain, party, type, the longest lifetime seen (or session), how many pages set it, when it was first and last seen. A HAR&apos;s cookies count when a page of the site caused them; a cookie jar&apos;s when they belong to --host (default: the site&apos;s registrable domain). Exit 2 for a file that is not a capture, 3 for one that cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="231"/>
        <source>compare browser captures with the registry</source>
        <translation>compare browser captures with the registry</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="232"/>
        <source>Compares what browser captures saw with what the site&apos;s registry declares: undeclared cookies (with what the cookie database knows of them), declared cookies not seen (information only), lifetimes longer than declared (by more than a day), cookies that ask no consent but live more than 13 months (or third-party statistics marked exempt), and the wrong party. Exits 1 when there is an undeclared, lifetime, exempt-too-long or party finding, 0 otherwise.</source>
        <translation>Compares what browser captures saw with what the site&apos;s registry declares: undeclared cookies (with what the cookie database knows of them), declared cookies not seen (information only), lifetimes longer than declared (by more than a day), cookies that ask no consent but live more than 13 months (or third-party statistics marked exempt), and the wrong party. Exits 1 when there is an undeclared, lifetime, exempt-too-long or party finding, 0 otherwise.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="48"/>
        <source>LANGUAGES</source>
        <translation>LANGUAGES</translation>
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
        <translation>Charter languages, French first (default: fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="63"/>
        <source>Whom to contact about cookies (address or e-mail).</source>
        <translation>Whom to contact about cookies (address or e-mail).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="65"/>
        <source>Short name of the site.</source>
        <translation>Short name of the site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="169"/>
        <source>Adds a site to the store.</source>
        <translation>Adds a site to the store.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="71"/>
        <source>site-add takes one site name</source>
        <translation>site-add takes one site name</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="81"/>
        <source>--languages: %1</source>
        <translation>--languages: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="88"/>
        <source>Added site %1 (#%2)</source>
        <translation>Added site %1 (#%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="60"/>
        <source>Only this site.</source>
        <translation>Only this site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="38"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="61"/>
        <source>table, csv or json (default: table).</source>
        <translation>table, csv or json (default: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="63"/>
        <source>Language of the purpose in the table (fr, en).</source>
        <translation>Language of the purpose in the table (fr, en).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="447"/>
        <source>Lists the cookies of the registry.</source>
        <translation>Lists the cookies of the registry.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="69"/>
        <source>list takes no arguments</source>
        <translation>list takes no arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="109"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="72"/>
        <source>--format must be table, csv or json</source>
        <translation>--format must be table, csv or json</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="83"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="75"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="142"/>
        <location filename="../../src/cli/TextCommands.cpp" line="68"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="227"/>
        <source>--lang must be fr or en</source>
        <translation>--lang must be fr or en</translation>
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
        <translation>tarteaucitron, klaro, orejime2 or orejime3 (default: tarteaucitron).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="29"/>
        <source>The banner&apos;s language, fr or en (default: the site&apos;s first language).</source>
        <translation>The banner&apos;s language, fr or en (default: the site&apos;s first language).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="32"/>
        <source>The published cookie charter the banner links to (default: the site&apos;s address).</source>
        <translation>The published cookie charter the banner links to (default: the site&apos;s address).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="36"/>
        <source>Write the configuration to FILE, atomically (default, or -: standard output).</source>
        <translation>Write the configuration to FILE, atomically (default, or -: standard output).</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="46"/>
        <source>Show what the configuration declares, write nothing.</source>
        <translation>Show what the configuration declares, write nothing.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="50"/>
        <source>A tarteaucitron services file, a Klaro config.js, an Orejime 2 or 3 configuration (JavaScript or JSON); - for standard input. %1 at most.</source>
        <translation>A tarteaucitron services file, a Klaro config.js, an Orejime 2 or 3 configuration (JavaScript or JSON); - for standard input. %1 at most.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="59"/>
        <source>banner takes no file; use -o FILE</source>
        <translation>banner takes no file; use -o FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="63"/>
        <source>--format must be tarteaucitron, klaro, orejime2 or orejime3</source>
        <translation>--format must be tarteaucitron, klaro, orejime2 or orejime3</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="69"/>
        <source>--policy-url must be an http:// or https:// address</source>
        <translation>--policy-url must be an http:// or https:// address</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="90"/>
        <source>%1 has no cookie: the banner declares no service</source>
        <translation>%1 has no cookie: the banner declares no service</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="92"/>
        <source>%1 has no address: the banner&apos;s privacy policy link is empty (give --policy-url, or site-set --url)</source>
        <translation>%1 has no address: the banner&apos;s privacy policy link is empty (give --policy-url, or site-set --url)</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="106"/>
        <source>; nothing was imported</source>
        <translation>; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="116"/>
        <source>%1 takes one file</source>
        <translation>%1 takes one file</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="136"/>
        <source>%1 is larger than %2: it is no banner configuration</source>
        <translation>%1 is larger than %2: it is no banner configuration</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/BannerCommands.cpp" line="166"/>
        <source>%1 configuration: %n service(s)</source>
        <translation>
            <numerusform>%1 configuration: %n service</numerusform>
            <numerusform>%1 configuration: %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
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
        <translation>SERVICE#</translation>
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
            <numerusform>%1 (%2) and the registry of %3 agree: %n cookie name</numerusform>
            <numerusform>%1 (%2) and the registry of %3 agree: %n cookie names</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>DIFFERENCE</source>
        <translation>DIFFERENCE</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>BANNER</source>
        <translation>BANNER</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="210"/>
        <source>REGISTRY</source>
        <translation>REGISTRY</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="219"/>
        <source>not in the registry</source>
        <translation>not in the registry</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="222"/>
        <source>not in the banner</source>
        <translation>not in the banner</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="225"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/BannerCommands.cpp" line="239"/>
        <source>%1 (%2) and the registry of %3 differ: %n difference(s)</source>
        <translation>
            <numerusform>%1 (%2) and the registry of %3 differ: %n difference</numerusform>
            <numerusform>%1 (%2) and the registry of %3 differ: %n differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="250"/>
        <source>write the consent banner&apos;s configuration</source>
        <translation>write the consent banner&apos;s configuration</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="251"/>
        <source>Writes the consent banner&apos;s configuration from the site&apos;s registry: tarteaucitron, Klaro, Orejime 2 or Orejime 3. One banner service per provider and service, its cookies by name (patterns as the library&apos;s regular expressions); necessary cookies and exempt statistics need no consent; a deny-all button, nothing accepted by default, the choice kept 6 months, the privacy policy link to the published charter.</source>
        <translation>Writes the consent banner&apos;s configuration from the site&apos;s registry: tarteaucitron, Klaro, Orejime 2 or Orejime 3. One banner service per provider and service, its cookies by name (patterns as the library&apos;s regular expressions); necessary cookies and exempt statistics need no consent; a deny-all button, nothing accepted by default, the choice kept 6 months, the privacy policy link to the published charter.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="260"/>
        <source>import a banner configuration&apos;s cookies</source>
        <translation>import a banner configuration&apos;s cookies</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="261"/>
        <source>Reads a consent banner&apos;s configuration (tarteaucitron services, Klaro config.js, Orejime 2 or 3), evaluated in a sandbox with no DOM, no network and a time limit, and imports one row per distinct cookie name: provider and service from the service&apos;s title, category from its purpose or type, purpose from its description. Shows the rows first; all or nothing. Exit 2 for a file that is not a configuration, 1 when a row is rejected.</source>
        <translation>Reads a consent banner&apos;s configuration (tarteaucitron services, Klaro config.js, Orejime 2 or 3), evaluated in a sandbox with no DOM, no network and a time limit, and imports one row per distinct cookie name: provider and service from the service&apos;s title, category from its purpose or type, purpose from its description. Shows the rows first; all or nothing. Exit 2 for a file that is not a configuration, 1 when a row is rejected.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="272"/>
        <source>compare a banner configuration with the registry</source>
        <translation>compare a banner configuration with the registry</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="273"/>
        <source>Lists the cookies a banner configuration declares and the registry lacks, those the registry has and the banner does not declare, and their category disagreements. Exits 1 when they differ, 0 when they agree, 2 for a file that is not a configuration.</source>
        <translation>Lists the cookies a banner configuration declares and the registry lacks, those the registry has and the banner does not declare, and their category disagreements. Exits 1 when they differ, 0 when they agree, 2 for a file that is not a configuration.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="169"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="101"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="187"/>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <source>PARTY</source>
        <translation>PARTY</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="170"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="102"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="187"/>
        <source>PURPOSE</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="45"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="26"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="42"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="127"/>
        <location filename="../../src/cli/TextCommands.cpp" line="29"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="119"/>
        <source>The site (needed when the store has several).</source>
        <translation>The site (needed when the store has several).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="129"/>
        <source>Language of --purpose (fr or en, default fr).</source>
        <translation>Language of --purpose (fr or en, default fr).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="27"/>
        <source>Who sets the cookie (required).</source>
        <translation>Who sets the cookie (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="29"/>
        <source>The service it belongs to (required).</source>
        <translation>The service it belongs to (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="31"/>
        <source>Cookie name; end with * for a pattern (required).</source>
        <translation>Cookie name; end with * for a pattern (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="33"/>
        <source>What it is for, in --lang (required).</source>
        <translation>What it is for, in --lang (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="35"/>
        <source>Where it runs (front office, back office...).</source>
        <translation>Where it runs (front office, back office...).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="37"/>
        <source>necessary, preferences, statistics, marketing or unclassified.</source>
        <translation>necessary, preferences, statistics, marketing or unclassified.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="40"/>
        <source>first or third.</source>
        <translation>first or third.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="41"/>
        <source>The domain that sets it.</source>
        <translation>The domain that sets it.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="44"/>
        <source>How long it is kept (&quot;13 mois&quot;, &quot;session&quot;).</source>
        <translation>How long it is kept (&quot;13 mois&quot;, &quot;session&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="46"/>
        <source>cookie, localStorage, sessionStorage, IndexedDB or pixel.</source>
        <translation>cookie, localStorage, sessionStorage, IndexedDB or pixel.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="49"/>
        <source>The provider&apos;s privacy policy (http/https).</source>
        <translation>The provider&apos;s privacy policy (http/https).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="51"/>
        <source>yes, no or default (from the category).</source>
        <translation>yes, no or default (from the category).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="52"/>
        <source>Internal notes.</source>
        <translation>Internal notes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="169"/>
        <source>%1: %2: %3 [%4]</source>
        <translation>%1: %2: %3 [%4]</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="178"/>
        <source>Change the cookie only if it is still at version N (the version you read; see list --format json): refused with exit 3 otherwise.</source>
        <translation>Change the cookie only if it is still at version N (the version you read; see list --format json): refused with exit 3 otherwise.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="202"/>
        <source>--if-version takes a version number (1 or more)</source>
        <translation>--if-version takes a version number (1 or more)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="283"/>
        <source>Do not list warnings and information.</source>
        <translation>Do not list warnings and information.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="287"/>
        <source>List the rules (id, severity, what it checks, the text it comes from) instead of applying them.</source>
        <translation>List the rules (id, severity, what it checks, the text it comes from) instead of applying them.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>CHECKS</source>
        <translation>CHECKS</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="314"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="317"/>
        <source>SWITCHED OFF</source>
        <translation>SWITCHED OFF</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="326"/>
        <source>by %1 on %2: %3</source>
        <translation>by %1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="436"/>
        <source>%n information(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n information</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="451"/>
        <source>Adds a cookie to a site&apos;s registry.</source>
        <translation>Adds a cookie to a site&apos;s registry.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="139"/>
        <source>add takes options only</source>
        <translation>add takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="148"/>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="156"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="166"/>
        <source>Added cookie #%1 (%2) to %3</source>
        <translation>Added cookie #%1 (%2) to %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="181"/>
        <source>The cookie&apos;s number (see list).</source>
        <translation>The cookie&apos;s number (see list).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="187"/>
        <source>Fields to change: %1.</source>
        <translation>Fields to change: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="455"/>
        <source>Changes fields of a cookie.</source>
        <translation>Changes fields of a cookie.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="193"/>
        <source>set needs an ID and at least one FIELD=VALUE</source>
        <translation>set needs an ID and at least one FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="197"/>
        <location filename="../../src/cli/CookieCommands.cpp" line="255"/>
        <source>&quot;%1&quot; is not a cookie number</source>
        <translation>&quot;%1&quot; is not a cookie number</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="208"/>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>&quot;%1&quot; is not FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="211"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="233"/>
        <source>no cookie #%1 in %2</source>
        <translation>no cookie #%1 in %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="216"/>
        <location filename="../../src/cli/ReportCommand.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="237"/>
        <source>Changed cookie #%1 (%2)</source>
        <translation>Changed cookie #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="243"/>
        <source>The numbers of the cookies to remove.</source>
        <translation>The numbers of the cookies to remove.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="459"/>
        <source>Removes cookies from the registry, all or none.</source>
        <translation>Removes cookies from the registry, all or none.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="249"/>
        <source>remove needs at least one cookie number</source>
        <translation>remove needs at least one cookie number</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="270"/>
        <source>no cookie #%1 in %2; nothing was removed</source>
        <translation>no cookie #%1 in %2; nothing was removed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="276"/>
        <source>Removed %n cookie(s)</source>
        <translation>
            <numerusform>Removed %n cookie</numerusform>
            <numerusform>Removed %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="45"/>
        <source>Site for rows that name none (created if missing).</source>
        <translation>Site for rows that name none (created if missing).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="47"/>
        <source>csv or json (default: from the file name).</source>
        <translation>csv or json (default: from the file name).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="49"/>
        <source>Check the file, write nothing.</source>
        <translation>Check the file, write nothing.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="282"/>
        <source>Imports cookies from a CSV or JSON file: all rows or none.</source>
        <translation>Imports cookies from a CSV or JSON file: all rows or none.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="59"/>
        <source>import takes one file</source>
        <translation>import takes one file</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="52"/>
        <source>A CSV or JSON file (a JSON file of %1 at most).</source>
        <translation>A CSV or JSON file (a JSON file of %1 at most).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="66"/>
        <source>--format must be csv or json</source>
        <translation>--format must be csv or json</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="79"/>
        <source>%1 has no site column and the store has several sites; choose one with --site</source>
        <translation>%1 has no site column and the store has several sites; choose one with --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="90"/>
        <source>warning: %1: ignored unknown column(s): %2</source>
        <translation>warning: %1: ignored unknown column(s): %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="96"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="195"/>
        <source>line</source>
        <translation>line</translation>
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
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="64"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="100"/>
        <source>%n row(s) rejected; nothing was imported</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported</numerusform>
            <numerusform>%n rows rejected; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="106"/>
        <source>Would create site %1</source>
        <translation>Would create site %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="106"/>
        <source>Created site %1</source>
        <translation>Created site %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="70"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="109"/>
        <source>%n cookie(s) would be imported; nothing was written (dry run)</source>
        <translation>
            <numerusform>%n cookie would be imported; nothing was written (dry run)</numerusform>
            <numerusform>%n cookies would be imported; nothing was written (dry run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/TransferCommands.cpp" line="113"/>
        <source>Imported %n cookie(s) from %1</source>
        <translation>
            <numerusform>Imported %n cookie from %1</numerusform>
            <numerusform>Imported %n cookies from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="121"/>
        <source>Show what the page holds, write nothing.</source>
        <translation>Show what the page holds, write nothing.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="124"/>
        <source>A charter page: HTML, Markdown or text (tab-separated tables); - for standard input. %1 at most.</source>
        <translation>A charter page: HTML, Markdown or text (tab-separated tables); - for standard input. %1 at most.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="132"/>
        <source>import-page takes one file</source>
        <translation>import-page takes one file</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="148"/>
        <source>%1 is larger than %2; it is not a charter page; nothing was imported</source>
        <translation>%1 is larger than %2; it is not a charter page; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="144"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="159"/>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="177"/>
        <source>%1 (to the notes)</source>
        <translation>%1 (to the notes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/TransferCommands.cpp" line="179"/>
        <source>Table at line %1: %n row(s); %2</source>
        <translation>
            <numerusform>Table at line %1: %n row; %2</numerusform>
            <numerusform>Table at line %1: %n rows; %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="184"/>
        <source>  category from the heading &quot;%1&quot;</source>
        <translation>  category from the heading &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="186"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CommandContext.cpp" line="74"/>
        <source>Imported %n cookie(s) from %1 into %2</source>
        <translation>
            <numerusform>Imported %n cookie from %1 into %2</numerusform>
            <numerusform>Imported %n cookies from %1 into %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="201"/>
        <source>The site (registry: default all; charter: needed when the store has several).</source>
        <translation>The site (registry: default all; charter: needed when the store has several).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="204"/>
        <source>csv or json (the registry); html, html-fragment, md or pdf (the charter). Default: from -o, else csv.</source>
        <translation>csv or json (the registry); html, html-fragment, md or pdf (the charter). Default: from -o, else csv.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="207"/>
        <source>Charter language, fr or en (default: the site&apos;s first).</source>
        <translation>Charter language, fr or en (default: the site&apos;s first).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="210"/>
        <source>Write to FILE, atomically (default, or -: standard output).</source>
        <translation>Write to FILE, atomically (default, or -: standard output).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="230"/>
        <source>-o needs a file name (or - for standard output)</source>
        <translation>-o needs a file name (or - for standard output)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="257"/>
        <source>the charter could not be laid out as %1</source>
        <translation>the charter could not be laid out as %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="262"/>
        <source>cannot write to standard output: %1</source>
        <translation>cannot write to standard output: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="285"/>
        <source>import the cookie tables of a charter page</source>
        <translation>import the cookie tables of a charter page</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="286"/>
        <source>Reads the cookie tables of an existing charter page (HTML, Markdown, or tab-separated text as copied from a browser), shows what it found, and imports the cookies into the site: all rows or none. Headers are read in French and English; a heading above a table that names a category gives its cookies that category; what cannot be mapped goes to the notes. Exits 1 when the page has no cookie table.</source>
        <translation>Reads the cookie tables of an existing charter page (HTML, Markdown, or tab-separated text as copied from a browser), shows what it found, and imports the cookies into the site: all rows or none. Headers are read in French and English; a heading above a table that names a category gives its cookies that category; what cannot be mapped goes to the notes. Exits 1 when the page has no cookie table.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="298"/>
        <source>Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF.</source>
        <translation>Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="224"/>
        <source>--format must be csv, json, html, html-fragment, md or pdf</source>
        <translation>--format must be csv, json, html, html-fragment, md or pdf</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="249"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="94"/>
        <source>The site (name, address or number).</source>
        <translation>The site (name, address or number).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="174"/>
        <source>Changes a site&apos;s name, address, languages or contact.</source>
        <translation>Changes a site&apos;s name, address, languages or contact.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="105"/>
        <source>site-set needs a site and at least one FIELD=VALUE</source>
        <translation>site-set needs a site and at least one FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="16"/>
        <source>The store file to create, or a server location (postgresql://USER@HOST:PORT/DB) whose empty database gets the store.</source>
        <translation>The store file to create, or a server location (postgresql://USER@HOST:PORT/DB) whose empty database gets the store.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="25"/>
        <source>init needs a file name, not an empty one</source>
        <translation>init needs a file name, not an empty one</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="59"/>
        <source>The site&apos;s address (http:// or https://).</source>
        <translation>The site&apos;s address (http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="78"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="120"/>
        <source>url: %1</source>
        <translation>url: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="129"/>
        <source>consent-days: a number of days from 1 to 3650, or empty, not &quot;%1&quot;</source>
        <translation>consent-days: a number of days from 1 to 3650, or empty, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="141"/>
        <source>languages: %1</source>
        <translation>languages: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SiteCommands.cpp" line="152"/>
        <source>Changed site %1</source>
        <translation>Changed site %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="45"/>
        <source>%1 takes one section name</source>
        <translation>%1 takes one section name</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="46"/>
        <source>%1 takes no arguments</source>
        <translation>%1 takes no arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="53"/>
        <source>unknown section &quot;%1&quot; (sections: %2)</source>
        <translation>unknown section &quot;%1&quot; (sections: %2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="31"/>
        <source>fr or en (default: the site&apos;s first language).</source>
        <translation>fr or en (default: the site&apos;s first language).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="201"/>
        <source>Lists the charter&apos;s text sections and whether the site rewrote them.</source>
        <translation>Lists the charter&apos;s text sections and whether the site rewrote them.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="98"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="100"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="103"/>
        <source>the site&apos;s own (version %1, %2, %3)</source>
        <translation>the site&apos;s own (version %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="37"/>
        <source>The section (see texts).</source>
        <translation>The section (see texts).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="206"/>
        <source>Prints a charter text section (Markdown).</source>
        <translation>Prints a charter text section (Markdown).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="133"/>
        <source>The Markdown text itself.</source>
        <translation>The Markdown text itself.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="210"/>
        <source>Rewrites a charter text section for one site and language.</source>
        <translation>Rewrites a charter text section for one site and language.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="139"/>
        <source>give the text with either --file or --text</source>
        <translation>give the text with either --file or --text</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="130"/>
        <source>Read the Markdown text from FILE (- for standard input), %1 at most.</source>
        <translation>Read the Markdown text from FILE (- for standard input), %1 at most.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BannerCommands.cpp" line="125"/>
        <location filename="../../src/cli/BannerCommands.cpp" line="141"/>
        <location filename="../../src/cli/TextCommands.cpp" line="146"/>
        <location filename="../../src/cli/TextCommands.cpp" line="156"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="139"/>
        <location filename="../../src/cli/TransferCommands.cpp" line="151"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="152"/>
        <source>%1 is larger than %2, the most a section of text may hold; nothing was changed</source>
        <translation>%1 is larger than %2, the most a section of text may hold; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="161"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="166"/>
        <source>the text is empty; use text-reset to go back to the default</source>
        <translation>the text is empty; use text-reset to go back to the default</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="176"/>
        <source>Saved the %1 text &quot;%2&quot; of %3</source>
        <translation>Saved the %1 text &quot;%2&quot; of %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="214"/>
        <source>Goes back to the default text of a section.</source>
        <translation>Goes back to the default text of a section.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TextCommands.cpp" line="190"/>
        <source>The %1 text &quot;%2&quot; of %3 is the default again</source>
        <translation>The %1 text &quot;%2&quot; of %3 is the default again</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="282"/>
        <source>Only this site (default: all).</source>
        <translation>Only this site (default: all).</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="192"/>
        <source>no publication of &quot;%1&quot; in %2</source>
        <translation>no publication of &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="198"/>
        <source>%1 holds no publication yet</source>
        <translation>%1 holds no publication yet</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="200"/>
        <source>%1 holds publications of %2 sites; choose one with --site</source>
        <translation>%1 holds publications of %2 sites; choose one with --site</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="19"/>
        <source>The shared store (default: the configured one, else the open store).</source>
        <translation>The shared store (default: the configured one, else the open store).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="25"/>
        <source>The site.</source>
        <translation>The site.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="31"/>
        <source>Why this publication (kept in the history).</source>
        <translation>Why this publication (kept in the history).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="33"/>
        <source>Publish even if nothing changed.</source>
        <translation>Publish even if nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="234"/>
        <source>Publishes the registry and every policy file of a site, in all its languages, into the shared store (created if missing), as one immutable, hash-chained publication.</source>
        <translation>Publishes the registry and every policy file of a site, in all its languages, into the shared store (created if missing), as one immutable, hash-chained publication.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="42"/>
        <source>publish takes options only</source>
        <translation>publish takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="243"/>
        <source>Lists the publications of a site in the shared store.</source>
        <translation>Lists the publications of a site in the shared store.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="83"/>
        <source>publications takes options only</source>
        <translation>publications takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="91"/>
        <source>FILES</source>
        <translation>FILES</translation>
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
        <translation>Publications of %1 in %2:</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="122"/>
        <location filename="../../src/cli/PublishingCommands.cpp" line="123"/>
        <source>A publication number, or working.</source>
        <translation>A publication number, or working.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="249"/>
        <source>Shows the cookies added, removed and changed field by field, and the charter text changes, from A to B.</source>
        <translation>Shows the cookies added, removed and changed field by field, and the charter text changes, from A to B.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="129"/>
        <source>diff takes two publication numbers (or working)</source>
        <translation>diff takes two publication numbers (or working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="63"/>
        <source>Approved by %1 on %2 (review %3)</source>
        <translation>Approved by %1 on %2 (review %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="103"/>
        <source>Publication %1: approved by %2 on %3 (review %4, submitted by %5)</source>
        <translation>Publication %1: approved by %2 on %3 (review %4, submitted by %5)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="111"/>
        <source>Publication %1: rule %2 was switched off by %3 on %4: %5</source>
        <translation>Publication %1: rule %2 was switched off by %3 on %4: %5</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="147"/>
        <source>the open store %1 has no site %2</source>
        <translation>the open store %1 has no site %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="158"/>
        <source>&quot;%1&quot; is not a publication number (or working)</source>
        <translation>&quot;%1&quot; is not a publication number (or working)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="161"/>
        <location filename="../../src/cli/PublishingCommands.cpp" line="195"/>
        <source>%1 has no publication %2</source>
        <translation>%1 has no publication %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="174"/>
        <source>The publication number.</source>
        <translation>The publication number.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="176"/>
        <source>The folder to write to (created if missing).</source>
        <translation>The folder to write to (created if missing).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="182"/>
        <source>extract takes a publication number and a folder</source>
        <translation>extract takes a publication number and a folder</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="186"/>
        <source>&quot;%1&quot; is not a publication number</source>
        <translation>&quot;%1&quot; is not a publication number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PublishingCommands.cpp" line="200"/>
        <source>Saved %n file(s) of publication %1 to %2</source>
        <translation>
            <numerusform>Saved %n file of publication %1 to %2</numerusform>
            <numerusform>Saved %n files of publication %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="260"/>
        <source>Checks every publication&apos;s files against their SHA-256 and the chain of hashes; exits 1 on the first broken link.</source>
        <translation>Checks every publication&apos;s files against their SHA-256 and the chain of hashes; exits 1 on the first broken link.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="210"/>
        <source>verify takes options only</source>
        <translation>verify takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/PublishingCommands.cpp" line="218"/>
        <source>BROKEN: %1</source>
        <translation>BROKEN: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PublishingCommands.cpp" line="221"/>
        <source>OK: %n publication(s) verified in %1</source>
        <translation>
            <numerusform>OK: %n publication verified in %1</numerusform>
            <numerusform>OK: %n publications verified in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommands.cpp" line="221"/>
        <source>export takes options only</source>
        <translation>export takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="463"/>
        <source>Checks the registry: errors (exit 1) and warnings, with their reasons.</source>
        <translation>Checks the registry: errors (exit 1) and warnings, with their reasons.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="338"/>
        <source>validate takes no arguments</source>
        <translation>validate takes no arguments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="433"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CookieCommands.cpp" line="434"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="41"/>
        <source>The domain that sets the cookie: it decides between rows that match as well.</source>
        <translation>The domain that sets the cookie: it decides between rows that match as well.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="284"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="44"/>
        <source>table or json (default: table).</source>
        <translation>table or json (default: table).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="47"/>
        <source>A cookie name, or a pattern ending in * (_ga_*).</source>
        <translation>A cookie name, or a pattern ending in * (_ga_*).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="53"/>
        <source>lookup takes one cookie name</source>
        <translation>lookup takes one cookie name</translation>
    </message>
    <message>
        <location filename="../../src/cli/CookieCommands.cpp" line="341"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="56"/>
        <source>--format must be table or json</source>
        <translation>--format must be table or json</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <source>MATCH</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="87"/>
        <source>PLATFORM</source>
        <translation>PLATFORM</translation>
    </message>
    <message>
        <location filename="../../src/cli/AuditCommands.cpp" line="123"/>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="88"/>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="103"/>
        <source>cookie-charter: the cookie database (%1) knows nothing of &quot;%2&quot;</source>
        <translation>cookie-charter: the cookie database (%1) knows nothing of &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="113"/>
        <source>Only this site (default: every site).</source>
        <translation>Only this site (default: every site).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="115"/>
        <source>Show what would change, write nothing.</source>
        <translation>Show what would change, write nothing.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="117"/>
        <source>Also replace the values these fields hold already (comma-separated: %1).</source>
        <translation>Also replace the values these fields hold already (comma-separated: %1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="130"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="135"/>
        <source>enrich takes no argument</source>
        <translation>enrich takes no argument</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="143"/>
        <source>--overwrite: &quot;%1&quot; is not a field enrich fills (%2)</source>
        <translation>--overwrite: &quot;%1&quot; is not a field enrich fills (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="189"/>
        <source>%1 (#%2, %3): %4: %5 → %6 [base row %7]</source>
        <translation>%1 (#%2, %3): %4: %5 → %6 [base row %7]</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="219"/>
        <source>%n cookie(s) share only their name with a cookie of the database (another company&apos;s, set on another domain) and were left alone; see: cookie-charter lookup NAME</source>
        <translation>
            <numerusform>%n cookie share only their name with a cookie of the database (another company&apos;s, set on another domain) and were left alone; see: cookie-charter lookup NAME</numerusform>
            <numerusform>%n cookies share only their name with a cookie of the database (another company&apos;s, set on another domain) and were left alone; see: cookie-charter lookup NAME</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="225"/>
        <source>%n value(s) already set differ from the cookie database and were kept; name their fields with --overwrite to replace them</source>
        <translation>
            <numerusform>%n value already set differ from the cookie database and were kept; name their fields with --overwrite to replace them</numerusform>
            <numerusform>%n values already set differ from the cookie database and were kept; name their fields with --overwrite to replace them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="230"/>
        <source>%n field(s) of %1 cookie(s) would be completed; nothing was written (dry run)</source>
        <translation>
            <numerusform>%n field of %1 cookie would be completed; nothing was written (dry run)</numerusform>
            <numerusform>%n fields of %1 cookies would be completed; nothing was written (dry run)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="238"/>
        <source>Nothing to complete: the cookie database adds nothing to the registry</source>
        <translation>Nothing to complete: the cookie database adds nothing to the registry</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="244"/>
        <source>cookie-charter: nothing was written</source>
        <translation>cookie-charter: nothing was written</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="247"/>
        <source>Completed %n field(s) of %1 cookie(s) from the cookie database</source>
        <translation>
            <numerusform>Completed %n field of %1 cookie from the cookie database</numerusform>
            <numerusform>Completed %n fields of %1 cookies from the cookie database</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="257"/>
        <source>info (which release is in use), or update FILE (load a newer release of the Open Cookie Database, CSV or JSON).</source>
        <translation>info (which release is in use), or update FILE (load a newer release of the Open Cookie Database, CSV or JSON).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="259"/>
        <source>The release, for update.</source>
        <translation>The release, for update.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="271"/>
        <source>Cookie database: the Open Cookie Database (Apache License 2.0)</source>
        <translation>Cookie database: the Open Cookie Database (Apache License 2.0)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="272"/>
        <source>In use: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="273"/>
        <source>Entries: %1, of which %2 name prefixes</source>
        <translation>Entries: %1, of which %2 name prefixes</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="284"/>
        <source>Installed %1 (%2 entries); it is the cookie database in use from now on</source>
        <translation>Installed %1 (%2 entries); it is the cookie database in use from now on</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="300"/>
        <source>kb takes info, or update FILE</source>
        <translation>kb takes info, or update FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="307"/>
        <source>show what the cookie database knows of a name</source>
        <translation>show what the cookie database knows of a name</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="308"/>
        <source>Shows what the cookie database (the Open Cookie Database) knows of a cookie name, best match first; exits 1 when it knows nothing of it.</source>
        <translation>Shows what the cookie database (the Open Cookie Database) knows of a cookie name, best match first; exits 1 when it knows nothing of it.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="313"/>
        <source>the cookie database in use, or a newer release</source>
        <translation>the cookie database in use, or a newer release</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="314"/>
        <source>Says which release of the cookie database is in use (kb info), or loads a newer one into your data folder (kb update FILE), where it takes precedence over the built-in one.</source>
        <translation>Says which release of the cookie database is in use (kb info), or loads a newer one into your data folder (kb update FILE), where it takes precedence over the built-in one.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="320"/>
        <source>complete the registry from the cookie database</source>
        <translation>complete the registry from the cookie database</translation>
    </message>
    <message>
        <location filename="../../src/cli/KnowledgeCommands.cpp" line="321"/>
        <source>Fills the empty fields of every cookie the cookie database knows: provider, category, duration, English purpose, privacy link, and party (from the cookie&apos;s domain and the site&apos;s registrable domain). Prints each change: cookie, field, before -&gt; after and the database&apos;s row. A value already set is kept unless --overwrite names its field. All the changes are written in one transaction, each checked against the version read: if someone changed a cookie meanwhile, nothing is written.</source>
        <translation>Fills the empty fields of every cookie the cookie database knows: provider, category, duration, English purpose, privacy link, and party (from the cookie&apos;s domain and the site&apos;s registrable domain). Prints each change: cookie, field, before -&gt; after and the database&apos;s row. A value already set is kept unless --overwrite names its field. All the changes are written in one transaction, each checked against the version read: if someone changed a cookie meanwhile, nothing is written.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="18"/>
        <source>Only this site (default: every site of the store).</source>
        <translation>Only this site (default: every site of the store).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="21"/>
        <source>The report to write: FILE.pdf or FILE.html (required).</source>
        <translation>The report to write: FILE.pdf or FILE.html (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="27"/>
        <source>report takes no arguments</source>
        <translation>report takes no arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="30"/>
        <source>report needs -o FILE.pdf or -o FILE.html</source>
        <translation>report needs -o FILE.pdf or -o FILE.html</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="34"/>
        <source>the report is a .pdf or an .html file, not &quot;%1&quot;</source>
        <translation>the report is a .pdf or an .html file, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="50"/>
        <source>Wrote the report of %1 to %2 (%3)</source>
        <translation>Wrote the report of %1 to %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="64"/>
        <source>write the overview and the problems for a manager</source>
        <translation>write the overview and the problems for a manager</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReportCommand.cpp" line="65"/>
        <source>Writes the registry&apos;s overview (cookies by category, first and third party, top providers, lifetimes, problems by rule, cookies across publications), each chart with its table, and the problems rule by rule, as a PDF or an HTML page.</source>
        <translation>Writes the registry&apos;s overview (cookies by category, first and third party, top providers, lifetimes, problems by rule, cookies across publications), each chart with its table, and the problems rule by rule, as a PDF or an HTML page.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="17"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="15"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="24"/>
        <source>The site (default: the only one).</source>
        <translation>The site (default: the only one).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="18"/>
        <source>submit: what the reviewer should know.</source>
        <translation>submit: what the reviewer should know.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="21"/>
        <source>approve, reject, comment: the comment (required to reject).</source>
        <translation>approve, reject, comment: the comment (required to reject).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="24"/>
        <source>comment: the cookie it is about (its name or number; a cookie the review removes too).</source>
        <translation>comment: the cookie it is about (its name or number; a cookie the review removes too).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="28"/>
        <source>comment: the cookie&apos;s domain, when several cookies have that name.</source>
        <translation>comment: the cookie&apos;s domain, when several cookies have that name.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="31"/>
        <source>submit: the shared store whose last publication the review compares with (default: the configured one, else the open store).</source>
        <translation>submit: the shared store whose last publication the review compares with (default: the configured one, else the open store).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="35"/>
        <source>submit, list, show N, approve N, reject N or comment N.</source>
        <translation>submit, list, show N, approve N, reject N or comment N.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="36"/>
        <source>The review&apos;s number.</source>
        <translation>The review&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="43"/>
        <source>review needs an action: submit, list, show, approve, reject or comment</source>
        <translation>review needs an action: submit, list, show, approve, reject or comment</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="50"/>
        <source>unknown review action &quot;%1&quot; (submit, list, show, approve, reject, comment)</source>
        <translation>unknown review action &quot;%1&quot; (submit, list, show, approve, reject, comment)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="58"/>
        <source>review %1 takes one review number</source>
        <translation>review %1 takes one review number</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="60"/>
        <source>review %1 takes options only</source>
        <translation>review %1 takes options only</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="74"/>
        <source>there is no review %1</source>
        <translation>there is no review %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="107"/>
        <source>Submitted %1 for review as review %2</source>
        <translation>Submitted %1 for review as review %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="109"/>
        <source> (compared with publication %1)</source>
        <translation> (compared with publication %1)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="114"/>
        <source>Anyone but %1 may approve it.</source>
        <translation>Anyone but %1 may approve it.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>SUBMITTED</source>
        <translation>SUBMITTED</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="129"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="130"/>
        <source>DECIDED BY</source>
        <translation>DECIDED BY</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="146"/>
        <source>No review yet (submit one with: cookie-charter review submit)</source>
        <translation>No review yet (submit one with: cookie-charter review submit)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="159"/>
        <source>Review %1 of %2</source>
        <translation>Review %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="160"/>
        <source>Submitted by %1 on %2</source>
        <translation>Submitted by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="162"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="163"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="166"/>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="167"/>
        <source>Changes requested by %1 on %2</source>
        <translation>Changes requested by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="173"/>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="179"/>
        <source>VOID: the registry changed since it was approved. What changed since:</source>
        <translation>VOID: the registry changed since it was approved. What changed since:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="181"/>
        <source>VOID: the registry changed since it was submitted. What changed since:</source>
        <translation>VOID: the registry changed since it was submitted. What changed since:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="189"/>
        <source>Changes since publication %1:</source>
        <translation>Changes since publication %1:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="195"/>
        <source>The site has not been published yet: the whole registry is new.</source>
        <translation>The site has not been published yet: the whole registry is new.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="198"/>
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="201"/>
        <source>the whole review</source>
        <translation>the whole review</translation>
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
        <translation>review reject needs --comment: what should change</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="228"/>
        <source>Approved review %1 of %2</source>
        <translation>Approved review %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="229"/>
        <source>Asked for changes on review %1 of %2: %3</source>
        <translation>Asked for changes on review %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="241"/>
        <source>review comment needs --comment TEXT</source>
        <translation>review comment needs --comment TEXT</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="263"/>
        <source>Commented on review %1</source>
        <translation>Commented on review %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="272"/>
        <source>submit a site for review, list, show, approve or reject reviews</source>
        <translation>submit a site for review, list, show, approve or reject reviews</translation>
    </message>
    <message>
        <location filename="../../src/cli/ReviewCommands.cpp" line="274"/>
        <source>Sign-off before publishing. submit names the registry&apos;s exact state (every language) and keeps what changed since the last publication; list and show say where each review stands (any later change voids it); approve, reject and comment are a reviewer&apos;s, who may be neither the submitter nor anyone who changed the registry since the last publication. A site whose review policy is approval publishes only an approved state.</source>
        <translation>Sign-off before publishing. submit names the registry&apos;s exact state (every language) and keeps what changed since the last publication; list and show say where each review stands (any later change voids it); approve, reject and comment are a reviewer&apos;s, who may be neither the submitter nor anyone who changed the registry since the last publication. A site whose review policy is approval publishes only an approved state.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="16"/>
        <source>Why the rule does not apply to this site (required).</source>
        <translation>Why the rule does not apply to this site (required).</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="19"/>
        <location filename="../../src/cli/RuleCommands.cpp" line="26"/>
        <source>The rule&apos;s id (see validate --rules).</source>
        <translation>The rule&apos;s id (see validate --rules).</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="34"/>
        <source>%1 takes one rule id</source>
        <translation>%1 takes one rule id</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="39"/>
        <source>there is no rule &quot;%1&quot; (validate --rules lists them)</source>
        <translation>there is no rule &quot;%1&quot; (validate --rules lists them)</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="70"/>
        <source>rule-off needs --reason: why the rule does not apply to this site</source>
        <translation>rule-off needs --reason: why the rule does not apply to this site</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="82"/>
        <source>Rule %1 stays switched off for %2; the reason is now: %3</source>
        <translation>Rule %1 stays switched off for %2; the reason is now: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="83"/>
        <source>Switched rule %1 off for %2: %3</source>
        <translation>Switched rule %1 off for %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="101"/>
        <source>Rule %1 is already on for %2</source>
        <translation>Rule %1 is already on for %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="107"/>
        <source>Switched rule %1 back on for %2</source>
        <translation>Switched rule %1 back on for %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="115"/>
        <source>switch a rule off for a site, with the reason</source>
        <translation>switch a rule off for a site, with the reason</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="116"/>
        <source>Switches a rule off for a site, with the reason recorded: its findings no longer count, and validate, the problems panel and the publication record say that it is off, by whom and why.</source>
        <translation>Switches a rule off for a site, with the reason recorded: its findings no longer count, and validate, the problems panel and the publication record say that it is off, by whom and why.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="122"/>
        <source>switch a rule back on for a site</source>
        <translation>switch a rule back on for a site</translation>
    </message>
    <message>
        <location filename="../../src/cli/RuleCommands.cpp" line="123"/>
        <source>Switches a rule that a site had switched off back on.</source>
        <translation>Switches a rule that a site had switched off back on.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="16"/>
        <source>The server store (postgresql://USER@HOST:PORT/DB).</source>
        <translation>The server store (postgresql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="19"/>
        <source>Group role of editors: they write the registry, its texts and reviews.</source>
        <translation>Group role of editors: they write the registry, its texts and reviews.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="22"/>
        <source>Group role of reviewers: they read everything and write only decisions and comments on reviews.</source>
        <translation>Group role of reviewers: they read everything and write only decisions and comments on reviews.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="26"/>
        <source>Group role of publishers: editors who may also publish.</source>
        <translation>Group role of publishers: editors who may also publish.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="33"/>
        <source>server-setup takes one server location</source>
        <translation>server-setup takes one server location</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="35"/>
        <source>server-setup needs a server location (postgresql://...), not %1</source>
        <translation>server-setup needs a server location (postgresql://...), not %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="41"/>
        <source>name at least one role: --editors, --reviewers or --publishers</source>
        <translation>name at least one role: --editors, --reviewers or --publishers</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="49"/>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="50"/>
        <source>Members join with: CREATE ROLE name LOGIN IN ROLE group</source>
        <translation>Members join with: CREATE ROLE name LOGIN IN ROLE group</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="56"/>
        <source>The store to copy (file or URL).</source>
        <translation>The store to copy (file or URL).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="59"/>
        <source>An empty store to copy into: a new file, or an empty server database.</source>
        <translation>An empty store to copy into: a new file, or an empty server database.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="65"/>
        <source>copy takes two stores: FROM and TO</source>
        <translation>copy takes two stores: FROM and TO</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="84"/>
        <source>%1 already exists; a copy goes only into a new file or an empty server database</source>
        <translation>%1 already exists; a copy goes only into a new file or an empty server database</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/ServerCommands.cpp" line="98"/>
        <source>Copied %1 into %2: %n cookie(s)</source>
        <translation>
            <numerusform>Copied %1 into %2: %n cookie</numerusform>
            <numerusform>Copied %1 into %2: %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="109"/>
        <source>create the server&apos;s group roles and their rights</source>
        <translation>create the server&apos;s group roles and their rights</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="110"/>
        <source>Creates group roles on a PostgreSQL store and grants them their rights: reviewers read everything and write only decisions and comments on reviews; editors also write the registry, its texts, settings and reviews; publishers also publish. Run it as the store&apos;s owner.</source>
        <translation>Creates group roles on a PostgreSQL store and grants them their rights: reviewers read everything and write only decisions and comments on reviews; editors also write the registry, its texts, settings and reviews; publishers also publish. Run it as the store&apos;s owner.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="117"/>
        <source>copy a whole store into an empty one</source>
        <translation>copy a whole store into an empty one</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="118"/>
        <source>Copies a whole store, SQLite or PostgreSQL, into a new file or an empty server database: sites, cookies with their versions and stamps, texts, rule switches, reviews, the audit log, and publications with their files and chain. A copy into a store that is not empty is refused.</source>
        <translation>Copies a whole store, SQLite or PostgreSQL, into a new file or an empty server database: sites, cookies with their versions and stamps, texts, rule switches, reviews, the audit log, and publications with their files and chain. A copy into a store that is not empty is refused.</translation>
    </message>
</context>
<context>
    <name>CookieDetails</name>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="26"/>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="27"/>
        <source>Save the kept changes again</source>
        <translation>Save the kept changes again</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="44"/>
        <source>&amp;Add to the registry</source>
        <translation>&amp;Add to the registry</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="45"/>
        <source>Add the new cookie to the registry</source>
        <translation>Add the new cookie to the registry</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="51"/>
        <source>Disca&amp;rd</source>
        <translation>Disca&amp;rd</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="52"/>
        <source>Discard the new cookie</source>
        <translation>Discard the new cookie</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="67"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="73"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="78"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="84"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="89"/>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="95"/>
        <source>Location (front or back office)</source>
        <translation>Location (front or back office)</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106"/>
        <source>Cookie name</source>
        <translation>Cookie name</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="106"/>
        <source>_ga, or a pattern such as _ga_*</source>
        <translation>_ga, or a pattern such as _ga_*</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="111"/>
        <source>Problem with the name</source>
        <translation>Problem with the name</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="116"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="122"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="127"/>
        <source>P&amp;arty:</source>
        <translation>P&amp;arty:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="133"/>
        <source>First or third party</source>
        <translation>First or third party</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="138"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="144"/>
        <source>.example.org</source>
        <translation>.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="149"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="155"/>
        <source>13 mois, 2 years, session…</source>
        <translation>13 mois, 2 years, session…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="160"/>
        <source>How the duration is read</source>
        <translation>How the duration is read</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="165"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="171"/>
        <source>Storage type</source>
        <translation>Storage type</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="176"/>
        <source>Pri&amp;vacy link:</source>
        <translation>Pri&amp;vacy link:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182"/>
        <source>Provider&apos;s privacy policy link</source>
        <translation>Provider&apos;s privacy policy link</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="182"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="187"/>
        <source>C&amp;onsent:</source>
        <translation>C&amp;onsent:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="193"/>
        <source>Consent exemption</source>
        <translation>Consent exemption</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="198"/>
        <source>Purpose (&amp;French):</source>
        <translation>Purpose (&amp;French):</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="204"/>
        <source>Purpose in French</source>
        <translation>Purpose in French</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="209"/>
        <source>Purpose (&amp;English):</source>
        <translation>Purpose (&amp;English):</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="215"/>
        <source>Purpose in English</source>
        <translation>Purpose in English</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="220"/>
        <source>&amp;Internal notes:</source>
        <translation>&amp;Internal notes:</translation>
    </message>
    <message>
        <location filename="../../ui/CookieDetails.ui" line="226"/>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="35"/>
        <source>In the cookie database</source>
        <translation>In the cookie database</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="58"/>
        <source>As its category says</source>
        <translation>As its category says</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="59"/>
        <source>Exempt from consent</source>
        <translation>Exempt from consent</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="60"/>
        <source>Needs consent</source>
        <translation>Needs consent</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="149"/>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="273"/>
        <source>The cookie database does not know %1.</source>
        <translation>The cookie database does not know %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="279"/>
        <source>The cookie database knows a %1 of %2 (%3), set on %4: another company&apos;s cookie of the same name, so nothing is proposed.</source>
        <translation>The cookie database knows a %1 of %2 (%3), set on %4: another company&apos;s cookie of the same name, so nothing is proposed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="286"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="287"/>
        <source>Known as %1: %2 (database row %3).</source>
        <translation>Known as %1: %2 (database row %3).</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="290"/>
        <source>It agrees with every field.</source>
        <translation>It agrees with every field.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="306"/>
        <source>Would replace: %1</source>
        <translation>Would replace: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="307"/>
        <source>The field is empty</source>
        <translation>The field is empty</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="309"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="313"/>
        <source>Replace &quot;%1&quot; with this value</source>
        <translation>Replace &quot;%1&quot; with this value</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="314"/>
        <source>Fill the empty field with this value</source>
        <translation>Fill the empty field with this value</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="351"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="356"/>
        <source>Fill in the provider.</source>
        <translation>Fill in the provider.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="360"/>
        <location filename="../../src/gui/CookieDetails.cpp" line="364"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="368"/>
        <source>Write its purpose in at least one language.</source>
        <translation>Write its purpose in at least one language.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="389"/>
        <source>New cookie: not in the registry until you add it.</source>
        <translation>New cookie: not in the registry until you add it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="390"/>
        <source>New cookie, not in the registry yet. %1</source>
        <translation>New cookie, not in the registry yet. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="437"/>
        <source>Not saved yet: the store is locked by another user. Your text is kept here; save it again when the store is free.</source>
        <translation>Not saved yet: the store is locked by another user. Your text is kept here; save it again when the store is free.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="439"/>
        <source>Not saved yet: %1. Your text is kept here; save it again.</source>
        <translation>Not saved yet: %1. Your text is kept here; save it again.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="501"/>
        <source>cookie %1 of this site already has this domain and name; change one of them</source>
        <translation>cookie %1 of this site already has this domain and name; change one of them</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="512"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="521"/>
        <source>Cannot be read: write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;.</source>
        <translation>Cannot be read: write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="523"/>
        <source>Deleted when the browser closes.</source>
        <translation>Deleted when the browser closes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CookieDetails.cpp" line="525"/>
        <source>About %n day(s).</source>
        <translation>
            <numerusform>About %n day.</numerusform>
            <numerusform>About %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="533"/>
        <source>New cookie</source>
        <translation>New cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/CookieDetails.cpp" line="538"/>
        <source>No cookie selected. Choose one in the table, or add one with Edit &gt; Add cookie.</source>
        <translation>No cookie selected. Choose one in the table, or add one with Edit &gt; Add cookie.</translation>
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
        <translation>Added by %1 on %2; last changed by %3 on %4 (version %5).</translation>
    </message>
</context>
<context>
    <name>CookieField</name>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="73"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="75"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="77"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="81"/>
        <source>Purpose (French)</source>
        <translation>Purpose (French)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="83"/>
        <source>Purpose (English)</source>
        <translation>Purpose (English)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="85"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="87"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="89"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="91"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="95"/>
        <source>Privacy link</source>
        <translation>Privacy link</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="97"/>
        <source>Consent exempt</source>
        <translation>Consent exempt</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="101"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="166"/>
        <source>a cookie name cannot hold control characters</source>
        <translation>a cookie name cannot hold control characters</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="171"/>
        <source>&apos;*&apos; may only end a name pattern, as in _ga_*</source>
        <translation>&apos;*&apos; may only end a name pattern, as in _ga_*</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="186"/>
        <source>unknown category &quot;%1&quot; (use necessary, preferences, statistics, marketing or unclassified)</source>
        <translation>unknown category &quot;%1&quot; (use necessary, preferences, statistics, marketing or unclassified)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="196"/>
        <source>unknown party &quot;%1&quot; (use first or third)</source>
        <translation>unknown party &quot;%1&quot; (use first or third)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="212"/>
        <source>unknown storage type &quot;%1&quot; (use cookie, localStorage, sessionStorage, IndexedDB or pixel)</source>
        <translation>unknown storage type &quot;%1&quot; (use cookie, localStorage, sessionStorage, IndexedDB or pixel)</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="222"/>
        <source>the privacy link must be an http:// or https:// address</source>
        <translation>the privacy link must be an http:// or https:// address</translation>
    </message>
    <message>
        <location filename="../../src/core/CookieField.cpp" line="238"/>
        <source>consent_exempt takes yes, no or default</source>
        <translation>consent_exempt takes yes, no or default</translation>
    </message>
</context>
<context>
    <name>CookieNameValidator</name>
    <message>
        <location filename="../../src/gui/CookieDelegate.cpp" line="23"/>
        <source>the cookie name is empty</source>
        <translation>the cookie name is empty</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="141"/>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <location filename="../../src/exchange/CsvReader.cpp" line="179"/>
        <source>the row is not valid UTF-8 text</source>
        <translation>the row is not valid UTF-8 text</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="26"/>
        <source>Complete from the cookie database: %1</source>
        <translation>Complete from the cookie database: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="29"/>
        <source>What the Open Cookie Database knows of this site&apos;s cookies. Checked rows fill an empty field; a row that would replace a value you wrote is unchecked until you check it. Apply writes the checked rows at once; Undo takes them all back.</source>
        <translation>What the Open Cookie Database knows of this site&apos;s cookies. Checked rows fill an empty field; a row that would replace a value you wrote is unchecked until you check it. Apply writes the checked rows at once; Undo takes them all back.</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="51"/>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="53"/>
        <source>Only &amp;empty fields</source>
        <translation>Only &amp;empty fields</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="55"/>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="94"/>
        <source>The cookie database adds nothing to this site&apos;s registry.</source>
        <translation>The cookie database adds nothing to this site&apos;s registry.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/EnrichDialog.cpp" line="103"/>
        <source>%n proposal(s) for %1 cookie(s): %2 fill an empty field, %3 would replace a value. %4 checked.</source>
        <translation>
            <numerusform>%n proposal for %1 cookie: %2 fill an empty field, %3 would replace a value. %4 checked.</numerusform>
            <numerusform>%n proposals for %1 cookies: %2 fill an empty field, %3 would replace a value. %4 checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/EnrichDialog.cpp" line="113"/>
        <source>%n cookie(s) share only their name with a cookie of the database (another company&apos;s, set elsewhere) and are left alone.</source>
        <translation>
            <numerusform>%n cookie share only their name with a cookie of the database (another company&apos;s, set elsewhere) and are left alone.</numerusform>
            <numerusform>%n cookies share only their name with a cookie of the database (another company&apos;s, set elsewhere) and are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichDialog.cpp" line="124"/>
        <source>Complete from the cookie database</source>
        <translation>Complete from the cookie database</translation>
    </message>
</context>
<context>
    <name>EnrichmentModel</name>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="77"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="77"/>
        <source>Fill</source>
        <translation>Fill</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="80"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="125"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="127"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="129"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="131"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="133"/>
        <source>From the cookie database</source>
        <translation>From the cookie database</translation>
    </message>
    <message>
        <location filename="../../src/gui/EnrichmentModel.cpp" line="135"/>
        <source>Database row</source>
        <translation>Database row</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="9"/>
        <source>Publication history</source>
        <translation>Publication history</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="16"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="22"/>
        <source>Published site</source>
        <translation>Published site</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="35"/>
        <source>&amp;Verify the history</source>
        <translation>&amp;Verify the history</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="44"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="51"/>
        <source>&amp;Charter as published</source>
        <translation>&amp;Charter as published</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="55"/>
        <source>Language of the published charter</source>
        <translation>Language of the published charter</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="60"/>
        <source>The charter of the selected publication</source>
        <translation>The charter of the selected publication</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="66"/>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="71"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="83"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;ompare</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="84"/>
        <source>Two publications selected: what changed from the older to the newer. One: what changed since, in the working registry.</source>
        <translation>Two publications selected: what changed from the older to the newer. One: what changed since, in the working registry.</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="89"/>
        <source>Save the &amp;files…</source>
        <translation>Save the &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="99"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="27"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="28"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="30"/>
        <source>in %1%2</source>
        <translation>in %1%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="31"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="87"/>
        <source>Choose a publication.</source>
        <translation>Choose a publication.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="88"/>
        <source>Choose one publication to see its charter.</source>
        <translation>Choose one publication to see its charter.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="112"/>
        <source>From publication %1 to publication %2:</source>
        <translation>From publication %1 to publication %2:</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="119"/>
        <source>the store could not be read</source>
        <translation>the store could not be read</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="121"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="135"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="122"/>
        <source>The open registry has no site %1.</source>
        <translation>The open registry has no site %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="128"/>
        <source>From publication %1 to the working registry:</source>
        <translation>From publication %1 to the working registry:</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="148"/>
        <source>Save the files of publication %1</source>
        <translation>Save the files of publication %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="157"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="161"/>
        <source>Save the files</source>
        <translation>Save the files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="162"/>
        <source>%n file(s) of publication %1 saved in %2.</source>
        <translation>
            <numerusform>%n file of publication %1 saved in %2.</numerusform>
            <numerusform>%n files of publication %1 saved in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="173"/>
        <location filename="../../src/gui/HistoryDialog.cpp" line="178"/>
        <source>Verify the history</source>
        <translation>Verify the history</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryDialog.cpp" line="174"/>
        <source>All %n publication(s) are intact: every file matches its SHA-256 and the chain holds.</source>
        <translation>
            <numerusform>The %n publication is intact: every file matches its SHA-256 and the chain holds.</numerusform>
            <numerusform>All %n publications are intact: every file matches its SHA-256 and the chain holds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="179"/>
        <source>The history is broken: %1</source>
        <translation>The history is broken: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="9"/>
        <source>Import cookies</source>
        <translation>Import cookies</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="22"/>
        <source>Rows without a &amp;site go to:</source>
        <translation>Rows without a &amp;site go to:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="28"/>
        <source>Site for rows without one</source>
        <translation>Site for rows without one</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="34"/>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="35"/>
        <source>Read the file again and check it</source>
        <translation>Read the file again and check it</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="48"/>
        <source>To be added</source>
        <translation>To be added</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="52"/>
        <source>Cookies the import would add</source>
        <translation>Cookies the import would add</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="61"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="65"/>
        <source>Rows the import rejects</source>
        <translation>Rows the import rejects</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="20"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="24"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <location filename="../../src/gui/ImportDialog.cpp" line="34"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="32"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="34"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="60"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="72"/>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="74"/>
        <source>Checking was cancelled. Nothing was written.</source>
        <translation>Checking was cancelled. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="76"/>
        <source>Rejected rows: %n. Nothing will be imported: fix the file and check again.</source>
        <translation>
            <numerusform>Rejected rows: %n. Nothing will be imported: fix the file and check again.</numerusform>
            <numerusform>Rejected rows: %n. Nothing will be imported: fix the file and check again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="82"/>
        <source>The file holds no cookie to import.</source>
        <translation>The file holds no cookie to import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="85"/>
        <source>%n cookie(s) will be added.</source>
        <translation>
            <numerusform>%n cookie will be added.</numerusform>
            <numerusform>%n cookies will be added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="88"/>
        <source>New sites: %1.</source>
        <translation>New sites: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ImportDialog.cpp" line="91"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first one is listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="97"/>
        <source>Ignored columns: %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="121"/>
        <source>To be added (%1)</source>
        <translation>To be added (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="122"/>
        <source>Rejected (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="129"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="138"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>The import was cancelled. Nothing was written.</translation>
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
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="123"/>
        <source>line 1: no &quot;%1&quot; column: this is not an Open Cookie Database release</source>
        <translation>line 1: no &quot;%1&quot; column: this is not an Open Cookie Database release</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="131"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="149"/>
        <source>line %1: the row has no cookie name</source>
        <translation>line %1: the row has no cookie name</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="153"/>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="231"/>
        <source>the file holds no cookie</source>
        <translation>the file holds no cookie</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="183"/>
        <source>line %1: %2: this is not an Open Cookie Database release</source>
        <translation>line %1: %2: this is not an Open Cookie Database release</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="187"/>
        <source>line 1: not an object of platforms: this is not an Open Cookie Database release</source>
        <translation>line 1: not an object of platforms: this is not an Open Cookie Database release</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="193"/>
        <source>line %1: &quot;%2&quot; is not a list of cookies: this is not an Open Cookie Database release</source>
        <translation>line %1: &quot;%2&quot; is not a list of cookies: this is not an Open Cookie Database release</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="222"/>
        <source>line %1: entry %2 of &quot;%3&quot; has no cookie name</source>
        <translation>line %1: entry %2 of &quot;%3&quot; has no cookie name</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="372"/>
        <source>the built-in cookie database is missing from this build</source>
        <translation>the built-in cookie database is missing from this build</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="363"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="383"/>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="397"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="392"/>
        <source>%1 is larger than %2; it is not a cookie database release</source>
        <translation>%1 is larger than %2; it is not a cookie database release</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="404"/>
        <source>%1: %2; the base in use is unchanged</source>
        <translation>%1: %2; the base in use is unchanged</translation>
    </message>
    <message>
        <location filename="../../src/knowledge/KnowledgeBase.cpp" line="414"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="9"/>
        <source>Cookie Charter</source>
        <translation>Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="40"/>
        <source>Sites of the store</source>
        <translation>Sites of the store</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="60"/>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="65"/>
        <source>Edit the site</source>
        <translation>Edit the site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="87"/>
        <source>Search provider, service, name, purpose, domain…</source>
        <translation>Search provider, service, name, purpose, domain…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="89"/>
        <source>Search the registry</source>
        <translation>Search the registry</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="94"/>
        <source>Show the category</source>
        <translation>Show the category</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="99"/>
        <source>Show first or third party</source>
        <translation>Show first or third party</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="104"/>
        <source>Show the storage type</source>
        <translation>Show the storage type</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="111"/>
        <source>Cookies of the site</source>
        <translation>Cookies of the site</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="124"/>
        <source>Cookie details and charter preview</source>
        <translation>Cookie details and charter preview</translation>
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
        <translation>Charter &amp;preview</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="155"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="167"/>
        <source>&amp;Recent stores</source>
        <translation>&amp;Recent stores</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="187"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="200"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="207"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="215"/>
        <source>&amp;Charter</source>
        <translation>&amp;Charter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="239"/>
        <source>Main tools</source>
        <translation>Main tools</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="251"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="262"/>
        <source>Problems found in the registry</source>
        <translation>Problems found in the registry</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="274"/>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="277"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="282"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="285"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="290"/>
        <source>Open a &amp;server…</source>
        <translation>Open a &amp;server…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="293"/>
        <source>Open a store on a PostgreSQL team server (postgresql://user@host:port/database)</source>
        <translation>Open a store on a PostgreSQL team server (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="298"/>
        <source>Open store &amp;read-only…</source>
        <translation>Open store &amp;read-only…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="303"/>
        <source>&amp;Import cookies…</source>
        <translation>&amp;Import cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="306"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="311"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="314"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="319"/>
        <source>&amp;Add cookie</source>
        <translation>&amp;Add cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="322"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="327"/>
        <source>&amp;Duplicate cookie</source>
        <translation>&amp;Duplicate cookie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="330"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="335"/>
        <source>De&amp;lete cookies…</source>
        <translation>De&amp;lete cookies…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="338"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="343"/>
        <source>New &amp;site…</source>
        <translation>New &amp;site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="348"/>
        <source>&amp;Edit site…</source>
        <translation>&amp;Edit site…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="353"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="356"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="361"/>
        <source>&amp;Cookie details</source>
        <translation>&amp;Cookie details</translation>
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
        <translation>&amp;Next problem</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="380"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="385"/>
        <source>Registry as &amp;CSV…</source>
        <translation>Registry as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="390"/>
        <source>Registry as &amp;JSON…</source>
        <translation>Registry as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="395"/>
        <source>Charter as &amp;HTML page…</source>
        <translation>Charter as &amp;HTML page…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="398"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="403"/>
        <source>Charter as HTML &amp;fragment…</source>
        <translation>Charter as HTML &amp;fragment…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="408"/>
        <source>Charter as &amp;Markdown…</source>
        <translation>Charter as &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="413"/>
        <source>Charter as &amp;PDF…</source>
        <translation>Charter as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="418"/>
        <source>Edit the charter &amp;texts…</source>
        <translation>Edit the charter &amp;texts…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="423"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="428"/>
        <source>Publication &amp;history…</source>
        <translation>Publication &amp;history…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="433"/>
        <source>&amp;Shared store for publications…</source>
        <translation>&amp;Shared store for publications…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="438"/>
        <source>Import a &amp;charter page…</source>
        <translation>Import a &amp;charter page…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="441"/>
        <source>Read the cookie tables of an existing charter page (a file, or pasted from a browser)</source>
        <translation>Read the cookie tables of an existing charter page (a file, or pasted from a browser)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="446"/>
        <source>Import a &amp;banner configuration…</source>
        <translation>Import a &amp;banner configuration…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="449"/>
        <source>Read the cookies a consent banner&apos;s configuration declares (tarteaucitron, Klaro, Orejime)</source>
        <translation>Read the cookies a consent banner&apos;s configuration declares (tarteaucitron, Klaro, Orejime)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="454"/>
        <source>&amp;Banner configuration…</source>
        <translation>&amp;Banner configuration…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="457"/>
        <source>The consent banner&apos;s configuration written from the registry, and its comparison with the site&apos;s own</source>
        <translation>The consent banner&apos;s configuration written from the registry, and its comparison with the site&apos;s own</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="462"/>
        <source>&amp;Complete from the cookie database…</source>
        <translation>&amp;Complete from the cookie database…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="465"/>
        <source>Fill empty fields of the site&apos;s cookies from the Open Cookie Database</source>
        <translation>Fill empty fields of the site&apos;s cookies from the Open Cookie Database</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="470"/>
        <source>&amp;Audit against captures…</source>
        <translation>&amp;Audit against captures…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="473"/>
        <source>Compare what a browser really saw (HAR, cookie databases, storageState) with the registry</source>
        <translation>Compare what a browser really saw (HAR, cookie databases, storageState) with the registry</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="478"/>
        <source>&amp;About Cookie Charter</source>
        <translation>&amp;About Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="483"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="488"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="491"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="393"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="408"/>
        <source>%1 - Cookie Charter</source>
        <translation>%1 - Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="499"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="502"/>
        <source>First and third party</source>
        <translation>First and third party</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="505"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="57"/>
        <source>The cookie database cannot be loaded: %1</source>
        <translation>The cookie database cannot be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="136"/>
        <source>&amp;Overview…</source>
        <translation>&amp;Overview…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="139"/>
        <source>The registry at a glance: categories, parties, providers, lifetimes, problems, publications</source>
        <translation>The registry at a glance: categories, parties, providers, lifetimes, problems, publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="144"/>
        <source>Submit for re&amp;view…</source>
        <translation>Submit for re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="147"/>
        <source>Ask someone else to check the registry and the charter before they are published</source>
        <translation>Ask someone else to check the registry and the charter before they are published</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="148"/>
        <source>Re&amp;views…</source>
        <translation>Re&amp;views…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="152"/>
        <source>The reviews: the charter with its changes marked, comments, approve or request changes</source>
        <translation>The reviews: the charter with its changes marked, comments, approve or request changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="164"/>
        <source>Click to open the reviews</source>
        <translation>Click to open the reviews</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="175"/>
        <source>Show every cookie again</source>
        <translation>Show every cookie again</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="190"/>
        <source>Switch rule %1 back on</source>
        <translation>Switch rule %1 back on</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="192"/>
        <source>Switch rule %1 off for this site…</source>
        <translation>Switch rule %1 off for this site…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="244"/>
        <source>No problem found in this registry.</source>
        <translation>No problem found in this registry.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="322"/>
        <source>No site chosen. Create one with Edit &gt; New site.</source>
        <translation>No site chosen. Create one with Edit &gt; New site.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="334"/>
        <source>The store could not be read (%1); what is shown is kept, and read again in a moment.</source>
        <translation>The store could not be read (%1); what is shown is kept, and read again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="395"/>
        <source>Store: %1. Read-only (%2): you can look, export and preview, not edit.</source>
        <translation>Store: %1. Read-only (%2): you can look, export and preview, not edit.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="407"/>
        <source>%1 (reviewer) - Cookie Charter</source>
        <translation>%1 (reviewer) - Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="412"/>
        <source>The store could not be read (%1); the list of sites is read again in a moment.</source>
        <translation>The store could not be read (%1); the list of sites is read again in a moment.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="424"/>
        <source>%Ln cookie(s) in the store</source>
        <translation>
            <numerusform>%Ln cookie in the store</numerusform>
            <numerusform>%Ln cookies in the store</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="440"/>
        <source>New cookie</source>
        <translation>New cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="441"/>
        <source>The new cookie has not been added to the registry. Discard it?</source>
        <translation>The new cookie has not been added to the registry. Discard it?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="554"/>
        <source>A reviewer approves a charter but does not publish it</source>
        <translation>A reviewer approves a charter but does not publish it</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="640"/>
        <source>The rules switched off could not be read: %1</source>
        <translation>The rules switched off could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="649"/>
        <source>Problems: none</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="650"/>
        <source>Problems: %1, %2</source>
        <translation>Problems: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="691"/>
        <source>Change the name or the domain of the copy: the registry holds one cookie per domain and name.</source>
        <translation>Change the name or the domain of the copy: the registry holds one cookie per domain and name.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="698"/>
        <source>Add cookie %1</source>
        <translation>Add cookie %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="702"/>
        <source>Cookie %1 added.</source>
        <translation>Cookie %1 added.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="715"/>
        <source>Delete %n cookie(s) from the registry of %1?</source>
        <translation>
            <numerusform>Delete %n cookie from the registry of %1?</numerusform>
            <numerusform>Delete %n cookies from the registry of %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="718"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="719"/>
        <source>Delete cookies</source>
        <translation>Delete cookies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="722"/>
        <source>%n cookie(s) deleted.</source>
        <translation>
            <numerusform>%n cookie deleted.</numerusform>
            <numerusform>%n cookies deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="756"/>
        <source>Import cookies</source>
        <translation>Import cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="757"/>
        <source>Registry files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Registry files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</translation>
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
            <numerusform>%n cookie imported.</numerusform>
            <numerusform>%n cookies imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="781"/>
        <source>%n cookie(s) imported from the charter page.</source>
        <translation>
            <numerusform>%n cookie imported from the charter page.</numerusform>
            <numerusform>%n cookies imported from the charter page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="792"/>
        <source>%n cookie(s) imported from the banner configuration.</source>
        <translation>
            <numerusform>%n cookie imported from the banner configuration.</numerusform>
            <numerusform>%n cookies imported from the banner configuration.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="838"/>
        <source>Only: %1. Press to show every cookie.</source>
        <translation>Only: %1. Press to show every cookie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="841"/>
        <source>%Ln cookie(s) of the site shown: %1</source>
        <translation>
            <numerusform>%Ln cookie of the site shown: %1</numerusform>
            <numerusform>%Ln cookies of the site shown: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="859"/>
        <location filename="../../src/gui/MainWindow.cpp" line="867"/>
        <location filename="../../src/gui/MainWindow.cpp" line="874"/>
        <source>Switch a rule off</source>
        <translation>Switch a rule off</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="860"/>
        <source>Why does rule %1 not apply to %2? The reason is recorded, shown in the problems panel and in every publication.</source>
        <translation>Why does rule %1 not apply to %2? The reason is recorded, shown in the problems panel and in every publication.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="868"/>
        <source>A rule is switched off with a reason; rule %1 stays on.</source>
        <translation>A rule is switched off with a reason; rule %1 stays on.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="878"/>
        <source>Rule %1 is switched off for %2.</source>
        <translation>Rule %1 is switched off for %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="890"/>
        <location filename="../../src/gui/MainWindow.cpp" line="896"/>
        <source>Switch a rule back on</source>
        <translation>Switch a rule back on</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="892"/>
        <source>Rule %1 is on again.</source>
        <translation>Rule %1 is on again.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="907"/>
        <source>Complete from the cookie database</source>
        <translation>Complete from the cookie database</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="912"/>
        <source>%n field(s) completed from the cookie database; Undo takes them back.</source>
        <translation>
            <numerusform>%n field completed from the cookie database; Undo takes them back.</numerusform>
            <numerusform>%n fields completed from the cookie database; Undo takes them back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="929"/>
        <source>%1 entries, %2</source>
        <translation>%1 entries, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="932"/>
        <source>About Cookie Charter</source>
        <translation>About Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="935"/>
        <source>&lt;h3&gt;Cookie Charter %1&lt;/h3&gt;&lt;p&gt;Keeps a website&apos;s cookie registry and publishes its cookie charter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cookie Charter %1&lt;/h3&gt;&lt;p&gt;Keeps a website&apos;s cookie registry and publishes its cookie charter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="939"/>
        <source>&lt;p&gt;Cookie knowledge comes from the &lt;a href=&quot;https://github.com/jkwakman/Open-Cookie-Database&quot;&gt;Open Cookie Database&lt;/a&gt; by Jack Kwakman and its contributors, under the Apache License 2.0 (%1).&lt;/p&gt;&lt;p&gt;Registrable domains come from Mozilla&apos;s Public Suffix List, through libpsl. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cookie knowledge comes from the &lt;a href=&quot;https://github.com/jkwakman/Open-Cookie-Database&quot;&gt;Open Cookie Database&lt;/a&gt; by Jack Kwakman and its contributors, under the Apache License 2.0 (%1).&lt;/p&gt;&lt;p&gt;Registrable domains come from Mozilla&apos;s Public Suffix List, through libpsl. Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="965"/>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="965"/>
        <source>The store cannot be opened:
%1</source>
        <translation>The store cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="971"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="977"/>
        <location filename="../../src/gui/MainWindow.cpp" line="982"/>
        <location filename="../../src/gui/MainWindow.cpp" line="991"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="983"/>
        <source>%1 already exists; a new store is never written over a file. Open it instead, or choose another name.</source>
        <translation>%1 already exists; a new store is never written over a file. Open it instead, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1002"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1011"/>
        <source>Open a server</source>
        <translation>Open a server</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1003"/>
        <source>The store&apos;s location on a PostgreSQL server, as postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD, or is asked for):</source>
        <translation>The store&apos;s location on a PostgreSQL server, as postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD, or is asked for):</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1012"/>
        <source>%1 is not a server location: write postgresql://user@host:port/database</source>
        <translation>%1 is not a server location: write postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1021"/>
        <source>Open a store read-only</source>
        <translation>Open a store read-only</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1021"/>
        <source>Open a store</source>
        <translation>Open a store</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1033"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1041"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1068"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1069"/>
        <source>Some of your changes to the cookie shown are not saved (the store is locked, or a new cookie was not added). Close anyway and lose them?</source>
        <translation>Some of your changes to the cookie shown are not saved (the store is locked, or a new cookie was not added). Close anyway and lose them?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1082"/>
        <source>Export the registry as JSON</source>
        <translation>Export the registry as JSON</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1082"/>
        <source>Export the registry as CSV</source>
        <translation>Export the registry as CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1084"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1084"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1087"/>
        <source>Exporting the registry…</source>
        <translation>Exporting the registry…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1087"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1184"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Registry exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1108"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1146"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1169"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1280"/>
        <source>Choose a site first.</source>
        <translation>Choose a site first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1119"/>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1122"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1125"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1128"/>
        <source>Export the charter</source>
        <translation>Export the charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1140"/>
        <source>Charter exported to %1</source>
        <translation>Charter exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1146"/>
        <source>Charter texts</source>
        <translation>Charter texts</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1169"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1175"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1205"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1208"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1211"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1217"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1180"/>
        <source>Publish %1</source>
        <translation>Publish %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1181"/>
        <source>Note for the history (why this publication):</source>
        <translation>Note for the history (why this publication):</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1184"/>
        <source>Publishing %1…</source>
        <translation>Publishing %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1226"/>
        <source>Publication history</source>
        <translation>Publication history</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1236"/>
        <source>Publications now go into the open store. Send them to another store file instead (for example on a network share)?</source>
        <translation>Publications now go into the open store. Send them to another store file instead (for example on a network share)?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1239"/>
        <source>Publications now go to %1. Choose another store file? (No: go back to the open store.)</source>
        <translation>Publications now go to %1. Choose another store file? (No: go back to the open store.)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1242"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1251"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1261"/>
        <source>Shared store for publications</source>
        <translation>Shared store for publications</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1246"/>
        <source>Publications go into the open store.</source>
        <translation>Publications go into the open store.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1280"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1301"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1310"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1285"/>
        <source>Submit %1 for review</source>
        <translation>Submit %1 for review</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1286"/>
        <source>Note for the reviewer (what changed, what to look at):</source>
        <translation>Note for the reviewer (what changed, what to look at):</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1302"/>
        <source>The shared store cannot be read, so the review could not be compared with the last publication; nothing was submitted.
%1</source>
        <translation>The shared store cannot be read, so the review could not be compared with the last publication; nothing was submitted.
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1316"/>
        <source>Submitted %1 for review as review %2; anyone but %3 may approve it.</source>
        <translation>Submitted %1 for review as review %2; anyone but %3 may approve it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1362"/>
        <source>review %1 of %2 by %3</source>
        <translation>review %1 of %2 by %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="1367"/>
        <source>%n review(s) wait for you: %1.</source>
        <translation>
            <numerusform>%n review waits for you: %1.</numerusform>
            <numerusform>%n reviews wait for you: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1394"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1395"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="1400"/>
        <source>%n comment(s) on cookies, marked in the table.</source>
        <translation>
            <numerusform>%n comment on a cookie, marked in the table.</numerusform>
            <numerusform>%n comments on cookies, marked in the table.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1404"/>
        <source>Once the registry is right, submit it again: Charter &gt; Submit for review…</source>
        <translation>Once the registry is right, submit it again: Charter &gt; Submit for review…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1427"/>
        <source>Review %1, %2: %3</source>
        <translation>Review %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="978"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1022"/>
        <location filename="../../src/gui/MainWindow.cpp" line="1253"/>
        <source>Cookie Charter stores (*.cookiestore);;All files (*)</source>
        <translation>Cookie Charter stores (*.cookiestore);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="325"/>
        <source>%L1 of %Ln cookie(s) read so far; reading the rest…</source>
        <translation>
            <numerusform>%L1 of %Ln cookie read so far; reading the rest…</numerusform>
            <numerusform>%L1 of %Ln cookies read so far; reading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="328"/>
        <source>%L1 of %Ln cookie(s)</source>
        <translation>
            <numerusform>%L1 of %Ln cookie</numerusform>
            <numerusform>%L1 of %Ln cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="651"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="652"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="1265"/>
        <source>Publications go to %1.</source>
        <translation>Publications go to %1.</translation>
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
        <translation>≤ 1 day</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="25"/>
        <source>≤ 1 month</source>
        <translation>≤ 1 month</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="26"/>
        <source>1–6 months</source>
        <translation>1–6 months</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="27"/>
        <source>6–13 months</source>
        <translation>6–13 months</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="28"/>
        <source>13–25 months</source>
        <translation>13–25 months</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="29"/>
        <source>&gt; 25 months</source>
        <translation>&gt; 25 months</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="103"/>
        <location filename="../../src/app/Overview.cpp" line="178"/>
        <source>(no provider)</source>
        <translation>(no provider)</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="121"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="208"/>
        <source>Cookies by category</source>
        <translation>Cookies by category</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="210"/>
        <source>First and third party</source>
        <translation>First and third party</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="212"/>
        <source>Top providers</source>
        <translation>Top providers</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="214"/>
        <source>Lifetimes</source>
        <translation>Lifetimes</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="216"/>
        <source>Problems by rule</source>
        <translation>Problems by rule</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="263"/>
        <source>every site</source>
        <translation>every site</translation>
    </message>
    <message>
        <location filename="../../src/app/Overview.cpp" line="275"/>
        <source>site #%1 does not exist</source>
        <translation>site #%1 does not exist</translation>
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
        <translation>(nothing published yet)</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="223"/>
        <source>Cookies across publications</source>
        <translation>Cookies across publications</translation>
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
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="275"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="278"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="281"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="284"/>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="287"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="292"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="293"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="296"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="309"/>
        <source>— 13 months, the CNIL&apos;s limit —</source>
        <translation>— 13 months, the CNIL&apos;s limit —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="313"/>
        <source>%n other provider(s)</source>
        <translation>
            <numerusform>%n other provider</numerusform>
            <numerusform>%n other providers</numerusform>
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
            <numerusform>on %n site</numerusform>
            <numerusform>on %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="343"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewCharts.cpp" line="344"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
            <numerusform>%n rule switched off</numerusform>
            <numerusform>%n rules switched off</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="96"/>
        <location filename="../../src/overview/OverviewCharts.cpp" line="352"/>
        <source>%1: %2</source>
        <extracomment>The cookies counted, then what the rules found (&quot;12 cookies: 0 errors, 3 warnings&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="113"/>
        <source>13 months: the CNIL&apos;s limit for exempt cookies</source>
        <translation>13 months: the CNIL&apos;s limit for exempt cookies</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewCharts.cpp" line="369"/>
        <source>Cookie registry overview: %1</source>
        <translation>Cookie registry overview: %1</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="49"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="55"/>
        <source>Which cookies the overview counts</source>
        <translation>Which cookies the overview counts</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="56"/>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="57"/>
        <source>Every site of the store</source>
        <translation>Every site of the store</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="58"/>
        <source>&amp;Count:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="68"/>
        <source>Click a bar or a slice to show only its cookies in the registry table. Each chart has its numbers on the Table tab.</source>
        <translation>Click a bar or a slice to show only its cookies in the registry table. Each chart has its numbers on the Table tab.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="89"/>
        <source>A chart; its Table tab has the same numbers.</source>
        <translation>A chart; its Table tab has the same numbers.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="96"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="97"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="106"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="141"/>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="218"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="221"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="224"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="227"/>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="230"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="233"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="259"/>
        <location filename="../../src/gui/OverviewDialog.cpp" line="264"/>
        <source>Cookie registry overview: %1</source>
        <translation>Cookie registry overview: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="275"/>
        <source>choose a name ending in .png, .svg or .pdf</source>
        <translation>choose a name ending in .png, .svg or .pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="284"/>
        <location filename="../../src/gui/OverviewDialog.cpp" line="290"/>
        <source>Save the overview</source>
        <translation>Save the overview</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="284"/>
        <source>overview.png</source>
        <translation>overview.png</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="285"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/OverviewDialog.cpp" line="291"/>
        <source>The overview was not saved: %1</source>
        <translation>The overview was not saved: %1</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="49"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="68"/>
        <source>Rules switched off</source>
        <translation>Rules switched off</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="72"/>
        <source>%1, by %2 on %3: %4</source>
        <translation>%1, by %2 on %3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/overview/OverviewReport.cpp" line="82"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="89"/>
        <source>the site</source>
        <translation>the site</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="97"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="105"/>
        <source>No problem: every rule is met.</source>
        <translation>No problem: every rule is met.</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="112"/>
        <location filename="../../src/overview/OverviewReport.cpp" line="136"/>
        <location filename="../../src/overview/OverviewReport.cpp" line="202"/>
        <source>Cookie registry overview: %1</source>
        <translation>Cookie registry overview: %1</translation>
    </message>
    <message>
        <location filename="../../src/overview/OverviewReport.cpp" line="114"/>
        <source>Made by Cookie Charter on %1</source>
        <translation>Made by Cookie Charter on %1</translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="31"/>
        <source>Service and location</source>
        <translation>Service and location</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="48"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="146"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="152"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="251"/>
        <source>Import a charter page</source>
        <translation>Import a charter page</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="50"/>
        <source>Reads the cookie tables of an existing charter page: a saved web page, Markdown, or text copied from a browser. Nothing is written before you choose Import.</source>
        <translation>Reads the cookie tables of an existing charter page: a saved web page, Markdown, or text copied from a browser. Nothing is written before you choose Import.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="59"/>
        <source>No page yet: open a file or paste.</source>
        <translation>No page yet: open a file or paste.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="61"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="63"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="76"/>
        <source>Into the site:</source>
        <translation>Into the site:</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="90"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Category from</source>
        <translation>Category from</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="84"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="88"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="90"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="92"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="93"/>
        <source>Tables found</source>
        <translation>Tables found</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="94"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="98"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="118"/>
        <source>Page: %1</source>
        <translation>Page: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="125"/>
        <location filename="../../src/gui/PageImportDialog.cpp" line="137"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="133"/>
        <source>%1 is larger than %2: it is not a charter page.</source>
        <translation>%1 is larger than %2: it is not a charter page.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="147"/>
        <source>Charter pages (*.html *.htm *.md *.markdown *.txt);;All files (*)</source>
        <translation>Charter pages (*.html *.htm *.md *.markdown *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="158"/>
        <source>the clipboard (HTML)</source>
        <translation>the clipboard (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="161"/>
        <source>the clipboard (text)</source>
        <translation>the clipboard (text)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="163"/>
        <source>The clipboard holds no text. Copy the page&apos;s cookie table in your browser, then paste again.</source>
        <translation>The clipboard holds no text. Copy the page&apos;s cookie table in your browser, then paste again.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="182"/>
        <source>%1 → notes</source>
        <translation>%1 → notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="188"/>
        <source>(no heading names a category)</source>
        <translation>(no heading names a category)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="207"/>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="208"/>
        <source>Tables found (%1)</source>
        <translation>Tables found (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="209"/>
        <source>Rejected (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PageImportDialog.cpp" line="217"/>
        <source>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;…). Nothing will be imported.</source>
        <translation>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;…). Nothing will be imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/PageImportDialog.cpp" line="221"/>
        <source>Rejected rows: %n. Nothing will be imported: correct the page, or import it and complete the rows by hand.</source>
        <translation>
            <numerusform>Rejected rows: %n. Nothing will be imported: correct the page, or import it and complete the rows by hand.</numerusform>
            <numerusform>Rejected rows: %n. Nothing will be imported: correct the page, or import it and complete the rows by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/PageImportDialog.cpp" line="230"/>
        <source>%n cookie(s) from %1 table(s) will be added to %2.</source>
        <translation>
            <numerusform>%n cookie from %1 table will be added to %2.</numerusform>
            <numerusform>%n cookies from %1 tables will be added to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="9"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="16"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="22"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="27"/>
        <source>Default &amp;charter language:</source>
        <translation>Default &amp;charter language:</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="33"/>
        <source>Default charter language</source>
        <translation>Default charter language</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="12"/>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="17"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="18"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/gui/PreferencesDialog.cpp" line="22"/>
        <source>A new interface language applies the next time Cookie Charter starts.</source>
        <translation>A new interface language applies the next time Cookie Charter starts.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="39"/>
        <source>Rule switched off: %1</source>
        <translation>Rule switched off: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="41"/>
        <source>The site</source>
        <translation>The site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="62"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="63"/>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="65"/>
        <source>%1
Rule %2: %3
%4</source>
        <translation>%1
Rule %2: %3
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
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProblemModel.cpp" line="93"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="32"/>
        <source>%1, switched off by %2 on %3: %4</source>
        <translation>%1, switched off by %2 on %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="40"/>
        <source>Review %1, submitted by %2, approved by %3 on %4</source>
        <translation>Review %1, submitted by %2, approved by %3 on %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="44"/>
        <location filename="../../src/gui/PublicationModel.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="49"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="50"/>
        <source>State %1</source>
        <translation>State %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="54"/>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="94"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="96"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="98"/>
        <source>Author</source>
        <translation>Author</translation>
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
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="106"/>
        <source>Rules switched off</source>
        <translation>Rules switched off</translation>
    </message>
    <message>
        <location filename="../../src/gui/PublicationModel.cpp" line="108"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="49"/>
        <source>not allowed: a reviewer approves a charter but does not publish it; nothing was written</source>
        <translation>not allowed: a reviewer approves a charter but does not publish it; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="84"/>
        <source>the registry of %1 has %2 error(s) (rules %3; cookies %4); fix them before publishing</source>
        <translation>the registry of %1 has %2 error(s) (rules %3; cookies %4); fix them before publishing</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="104"/>
        <source>nothing changed since publication %1 of %2; nothing was published (use --force to publish anyway)</source>
        <translation>nothing changed since publication %1 of %2; nothing was published (use --force to publish anyway)</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="133"/>
        <source> (the review policy was switched off after publication %1; switching it off needs an approval too)</source>
        <translation> (the review policy was switched off after publication %1; switching it off needs an approval too)</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="188"/>
        <source>publishing cancelled; nothing was written</source>
        <translation>publishing cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="212"/>
        <source>published %1 as publication %2 (%3 files) in %4</source>
        <translation>published %1 as publication %2 (%3 files) in %4</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="229"/>
        <source>the file %1 of publication %2 is damaged (its SHA-256 differs); run verify</source>
        <translation>the file %1 of publication %2 is damaged (its SHA-256 differs); run verify</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="236"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="243"/>
        <source>%1; no file of publication %2 was written</source>
        <translation>%1; no file of publication %2 was written</translation>
    </message>
    <message>
        <location filename="../../src/app/Publisher.cpp" line="244"/>
        <source>%1; %2 of the %3 files of publication %4 were written before it</source>
        <translation>%1; %2 of the %3 files of publication %4 were written before it</translation>
    </message>
</context>
<context>
    <name>RegistryCsvReader</name>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="39"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="66"/>
        <source>the file is empty: a header line is needed</source>
        <translation>the file is empty: a header line is needed</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="71"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="139"/>
        <source>line 1: the header has no %1 column (found: %2)</source>
        <translation>line 1: the header has no %1 column (found: %2)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryCsv.cpp" line="162"/>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 fields, but the header has %2 columns</translation>
    </message>
</context>
<context>
    <name>RegistryDiff</name>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="40"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
        <translation>name: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="66"/>
        <source>address: %1 → %2</source>
        <translation>address: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="69"/>
        <source>contact: %1 → %2</source>
        <translation>contact: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="71"/>
        <source>languages: %1 → %2</source>
        <translation>languages: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="75"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="115"/>
        <source>charter text %1</source>
        <translation>charter text %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="120"/>
        <source>the site&apos;s own text replaces the default: %1</source>
        <translation>the site&apos;s own text replaces the default: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="124"/>
        <source>back to the default text (was %1)</source>
        <translation>back to the default text (was %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryDiff.cpp" line="135"/>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="37"/>
        <source>%1

Nothing was changed and the step is kept: try again in a moment.</source>
        <translation>%1

Nothing was changed and the step is kept: try again in a moment.</translation>
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
        <translation>Undo and redo</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="105"/>
        <source>The cookie no longer exists (someone deleted it).</source>
        <translation>The cookie no longer exists (someone deleted it).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="114"/>
        <source>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Their value is kept and this step is dropped.</source>
        <translation>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Their value is kept and this step is dropped.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="192"/>
        <source>Cookie %1 no longer exists (someone deleted it); nothing was removed.</source>
        <translation>Cookie %1 no longer exists (someone deleted it); nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="203"/>
        <source>Cookie %1 was changed by %2 at %3 since; nothing was removed and this step is dropped.</source>
        <translation>Cookie %1 was changed by %2 at %3 since; nothing was removed and this step is dropped.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="266"/>
        <source>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Nothing was changed and this step is dropped.</source>
        <translation>%1 of cookie %2 was changed by %3 at %4: it now reads &quot;%5&quot;. Nothing was changed and this step is dropped.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="326"/>
        <source>Site %1 was changed by someone else since; their version is kept and this step is dropped.</source>
        <translation>Site %1 was changed by someone else since; their version is kept and this step is dropped.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="374"/>
        <source>The store is locked by another user and stayed locked past the busy timeout; nothing was changed. Try again in a moment.

%1</source>
        <translation>The store is locked by another user and stayed locked past the busy timeout; nothing was changed. Try again in a moment.

%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="387"/>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; → &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="390"/>
        <source>Cookie %1 was changed by %2 at %3 while you were editing it.</source>
        <translation>Cookie %1 was changed by %2 at %3 while you were editing it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="391"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="394"/>
        <source>What they changed:
%1

Your change: %2 = &quot;%3&quot;.

Reload shows their version and drops your change; Keep mine writes your %2 over theirs (their other changes stay).</source>
        <translation>What they changed:
%1

Your change: %2 = &quot;%3&quot;.

Reload shows their version and drops your change; Keep mine writes your %2 over theirs (their other changes stay).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="397"/>
        <source>(nothing you can see)</source>
        <translation>(nothing you can see)</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="400"/>
        <source>Someone else changed this cookie</source>
        <translation>Someone else changed this cookie</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="401"/>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Reload theirs</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="402"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="436"/>
        <source>%1

Nothing was changed: someone else edited the registry meanwhile. Look at the proposals again.</source>
        <translation>%1

Nothing was changed: someone else edited the registry meanwhile. Look at the proposals again.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="446"/>
        <source>The store is locked by another user past the busy timeout; nothing was changed. Try again in a moment.</source>
        <translation>The store is locked by another user past the busy timeout; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="445"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="450"/>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="467"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="502"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="511"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="523"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="468"/>
        <location filename="../../src/gui/RegistryEditor.cpp" line="524"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 was not changed: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="481"/>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="503"/>
        <source>Cookie %1 no longer exists: someone deleted it. Your change was not saved.</source>
        <translation>Cookie %1 no longer exists: someone deleted it. Your change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="513"/>
        <source>%1 was not saved yet: %2. Your text is kept in the editor: save it again in a moment.</source>
        <translation>%1 was not saved yet: %2. Your text is kept in the editor: save it again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="516"/>
        <source>The store is locked by another user past the busy timeout, so %1 was not saved yet. Your text is kept in the editor: save it again in a moment.</source>
        <translation>The store is locked by another user past the busy timeout, so %1 was not saved yet. Your text is kept in the editor: save it again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="548"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="557"/>
        <source>Delete cookie %1</source>
        <translation>Delete cookie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/RegistryEditor.cpp" line="558"/>
        <source>Delete %n cookie(s)</source>
        <translation>
            <numerusform>Delete %n cookie</numerusform>
            <numerusform>Delete %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="566"/>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="579"/>
        <source>Edit site</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryEditor.cpp" line="583"/>
        <source>Edit site %1</source>
        <translation>Edit site %1</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="151"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="160"/>
        <source>not a Cookie Charter registry (expected &quot;format&quot;: &quot;%1&quot; and a &quot;sites&quot; list)</source>
        <translation>not a Cookie Charter registry (expected &quot;format&quot;: &quot;%1&quot; and a &quot;sites&quot; list)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="170"/>
        <source>&quot;version&quot; must be the registry format&apos;s version number (1), not %1</source>
        <translation>&quot;version&quot; must be the registry format&apos;s version number (1), not %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="179"/>
        <source>made by a newer Cookie Charter (registry format version %1)</source>
        <translation>made by a newer Cookie Charter (registry format version %1)</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="204"/>
        <source>site %1 of the file has no name</source>
        <translation>site %1 of the file has no name</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="235"/>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <location filename="../../src/exchange/RegistryJson.cpp" line="268"/>
        <source>expected true, false or null</source>
        <translation>expected true, false or null</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="670"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="672"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="674"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="676"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="678"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="680"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="682"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="684"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryModel.cpp" line="686"/>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>Provider from the cookie database (row %1); the page names none</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="64"/>
        <source>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;...); nothing was imported</source>
        <translation>%1 has no cookie table: no table whose header names the cookies (&quot;Nom du cookie&quot;, &quot;Cookie name&quot;...); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="99"/>
        <location filename="../../src/app/RegistryTransfer.cpp" line="113"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="108"/>
        <source>%1 is larger than %2, the most a JSON registry may hold; nothing was imported</source>
        <translation>%1 is larger than %2, the most a JSON registry may hold; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="152"/>
        <source>cannot write the export: %1</source>
        <translation>cannot write the export: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="158"/>
        <source>export cancelled; no file was written</source>
        <translation>export cancelled; no file was written</translation>
    </message>
    <message>
        <location filename="../../src/app/RegistryTransfer.cpp" line="173"/>
        <location filename="../../src/app/RegistryTransfer.cpp" line="195"/>
        <source>cannot read the store: %1</source>
        <translation>cannot read the store: %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="109"/>
        <source>%1 has no cookie named &quot;%2&quot;</source>
        <translation>%1 has no cookie named &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="110"/>
        <source>%1 has no cookie named &quot;%2&quot; on %3</source>
        <translation>%1 has no cookie named &quot;%2&quot; on %3</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="115"/>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="116"/>
        <source>%1 has several cookies named &quot;%2&quot; (%3); say which domain</source>
        <translation>%1 has several cookies named &quot;%2&quot; (%3); say which domain</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="191"/>
        <source>waiting for a reviewer</source>
        <translation>waiting for a reviewer</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="193"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="195"/>
        <source>changes requested</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="199"/>
        <source>void: the registry changed since</source>
        <translation>void: the registry changed since</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="205"/>
        <source>Review %1 of %2, submitted by %3 on %4, waits for a reviewer.</source>
        <translation>Review %1 of %2, submitted by %3 on %4, waits for a reviewer.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="209"/>
        <source>Review %1 of %2 was approved by %3 on %4.</source>
        <translation>Review %1 of %2 was approved by %3 on %4.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="213"/>
        <source>Changes requested on review %1 of %2 by %3: %4</source>
        <translation>Changes requested on review %1 of %2 by %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="220"/>
        <source>The approval of review %1 of %2 by %3 is void: the registry changed since it was approved.</source>
        <translation>The approval of review %1 of %2 by %3 is void: the registry changed since it was approved.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="224"/>
        <source>Review %1 of %2 is void: the registry changed since it was submitted.</source>
        <translation>Review %1 of %2 is void: the registry changed since it was submitted.</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="253"/>
        <source>the approval of review %1 by %2 is void: the registry changed since</source>
        <translation>the approval of review %1 by %2 is void: the registry changed since</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="260"/>
        <source>review %1 was approved by %2, who changed the registry since the last publication</source>
        <translation>review %1 was approved by %2, who changed the registry since the last publication</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="268"/>
        <source>anyone but the one who submits it</source>
        <translation>anyone but the one who submits it</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="269"/>
        <source>anyone but %1 and the one who submits it</source>
        <translation>anyone but %1 and the one who submits it</translation>
    </message>
    <message>
        <location filename="../../src/app/ReviewFlow.cpp" line="271"/>
        <source>%1 may only be published with an approval of its current state (review policy: one approval); submit it for review (review submit); %2 may approve it</source>
        <translation>%1 may only be published with an approval of its current state (review policy: one approval); submit it for review (review submit); %2 may approve it</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="91"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="93"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="95"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="97"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewModel.cpp" line="101"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
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
            <numerusform>… and %n unchanged cookie not shown here.</numerusform>
            <numerusform>… and %n unchanged cookies not shown here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="54"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="59"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="74"/>
        <source>In the charter: &lt;b&gt;+&lt;/b&gt; a cookie added (green), &lt;b&gt;−&lt;/b&gt; a cookie removed (struck through), &lt;s&gt;before&lt;/s&gt; → after in a changed cell (yellow).</source>
        <translation>In the charter: &lt;b&gt;+&lt;/b&gt; a cookie added (green), &lt;b&gt;−&lt;/b&gt; a cookie removed (struck through), &lt;s&gt;before&lt;/s&gt; → after in a changed cell (yellow).</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="80"/>
        <source>Language of the charter</source>
        <translation>Language of the charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="82"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="90"/>
        <source>The charter as it will be published, with the changes</source>
        <translation>The charter as it will be published, with the changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="95"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="97"/>
        <source>&amp;Charter</source>
        <translation>&amp;Charter</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="98"/>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="106"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="107"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="122"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="117"/>
        <source>What the comment is about</source>
        <translation>What the comment is about</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="121"/>
        <source>Your comment (needed to request changes)</source>
        <translation>Your comment (needed to request changes)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="123"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Add comment</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="130"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="132"/>
        <source>&amp;Request changes</source>
        <translation>&amp;Request changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="145"/>
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="258"/>
        <source>No review yet. An editor submits a site with Charter &gt; Submit for review…</source>
        <translation>No review yet. An editor submits a site with Charter &gt; Submit for review…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="260"/>
        <source>Choose a review.</source>
        <translation>Choose a review.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="270"/>
        <source>Review %1 is gone.</source>
        <translation>Review %1 is gone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="277"/>
        <source>Note from %1: %2</source>
        <translation>Note from %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="280"/>
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="282"/>
        <source>Compared with publication %1.</source>
        <translation>Compared with publication %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="285"/>
        <source>The site has not been published yet: there is nothing to compare with.</source>
        <translation>The site has not been published yet: there is nothing to compare with.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="296"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="296"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="364"/>
        <source>You (%1) submitted or changed this registry since the last publication: someone else must review it.</source>
        <translation>You (%1) submitted or changed this registry since the last publication: someone else must review it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="405"/>
        <source>Changed since the approval (which is void):</source>
        <translation>Changed since the approval (which is void):</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="406"/>
        <source>Changed since the review was submitted (it is void):</source>
        <translation>Changed since the review was submitted (it is void):</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="411"/>
        <source>Changes since publication %1:</source>
        <translation>Changes since publication %1:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="428"/>
        <source>This review is already decided or void; only a review waiting for a reviewer can be decided.</source>
        <translation>This review is already decided or void; only a review waiting for a reviewer can be decided.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="352"/>
        <source>The whole review</source>
        <translation>The whole review</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="376"/>
        <source>the whole review</source>
        <translation>the whole review</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="419"/>
        <source>The store is read-only: nothing can be written.</source>
        <translation>The store is read-only: nothing can be written.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="452"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="464"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="472"/>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="465"/>
        <source>Say which changes in the comment field first.</source>
        <translation>Say which changes in the comment field first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="501"/>
        <location filename="../../src/gui/ReviewsDialog.cpp" line="508"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/core/Rules.cpp" line="7"/>
        <source>Cookie Charter: the charter needs it</source>
        <translation>Cookie Charter: the charter needs it</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="9"/>
        <source>CNIL, deliberation 2020-091 (guidelines), article 5: the exemptions cover strictly necessary trackers and first-party audience measurement kept 13 months at most</source>
        <translation>CNIL, deliberation 2020-091 (guidelines), article 5: the exemptions cover strictly necessary trackers and first-party audience measurement kept 13 months at most</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="13"/>
        <source>CNIL, deliberation 2020-092 (recommendation), article 2: a visitor&apos;s choice, given or refused, is kept for six months</source>
        <translation>CNIL, deliberation 2020-092 (recommendation), article 2: a visitor&apos;s choice, given or refused, is kept for six months</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="16"/>
        <source>CNIL, deliberation 2020-092 (recommendation): the user is told each tracker&apos;s purpose and how long it is kept</source>
        <translation>CNIL, deliberation 2020-092 (recommendation): the user is told each tracker&apos;s purpose and how long it is kept</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="35"/>
        <source>every cookie names its provider</source>
        <translation>every cookie names its provider</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="36"/>
        <source>every cookie has a name</source>
        <translation>every cookie has a name</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="37"/>
        <source>every cookie says its purpose</source>
        <translation>every cookie says its purpose</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="40"/>
        <source>the purpose is written in every language of the site</source>
        <translation>the purpose is written in every language of the site</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="43"/>
        <source>every cookie has a category: the charter lists cookies by category and has no place for one without</source>
        <translation>every cookie has a category: the charter lists cookies by category and has no place for one without</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="47"/>
        <source>a site declares a domain and name once</source>
        <translation>a site declares a domain and name once</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="49"/>
        <source>a duration can be read (&quot;13 mois&quot;, &quot;2 years&quot;, &quot;session&quot;)</source>
        <translation>a duration can be read (&quot;13 mois&quot;, &quot;2 years&quot;, &quot;session&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="53"/>
        <source>a cookie that needs consent says how long it is kept</source>
        <translation>a cookie that needs consent says how long it is kept</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="56"/>
        <source>a session storage item is kept for the session only, as its duration must say</source>
        <translation>a session storage item is kept for the session only, as its duration must say</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="60"/>
        <source>statistics marked exempt from consent live 13 months at most: the audience-measurement exemption&apos;s own limit</source>
        <translation>statistics marked exempt from consent live 13 months at most: the audience-measurement exemption&apos;s own limit</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="64"/>
        <source>a necessary cookie, which asks no consent, living more than 13 months is worth a second look (the CNIL&apos;s limit for exempt trackers)</source>
        <translation>a necessary cookie, which asks no consent, living more than 13 months is worth a second look (the CNIL&apos;s limit for exempt trackers)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="69"/>
        <source>only first-party statistics may be exempt from consent</source>
        <translation>only first-party statistics may be exempt from consent</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="72"/>
        <source>marketing and preferences cookies are never exempt from consent</source>
        <translation>marketing and preferences cookies are never exempt from consent</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="76"/>
        <source>a third-party cookie links to its provider&apos;s privacy policy</source>
        <translation>a third-party cookie links to its provider&apos;s privacy policy</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="80"/>
        <source>the consent banner keeps the visitor&apos;s choice six months at most (the site&apos;s setting)</source>
        <translation>the consent banner keeps the visitor&apos;s choice six months at most (the site&apos;s setting)</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="84"/>
        <source>the same provider and name have the same category on every site of the store</source>
        <translation>the same provider and name have the same category on every site of the store</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="133"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../src/core/Rules.cpp" line="135"/>
        <source>warning</source>
        <translation>warning</translation>
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
        <translation>upgrading the store to version %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="425"/>
        <source>its tables could not be read: %1</source>
        <translation>its tables could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="435"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="441"/>
        <source>column %1.%2</source>
        <translation>column %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/store/Schema.cpp" line="447"/>
        <source>the store lacks %1</source>
        <translation>the store lacks %1</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../src/core/Site.cpp" line="15"/>
        <source>unknown language &quot;%1&quot; (use fr and/or en)</source>
        <translation>unknown language &quot;%1&quot; (use fr and/or en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="24"/>
        <source>at least one language is needed (fr, en)</source>
        <translation>at least one language is needed (fr, en)</translation>
    </message>
    <message>
        <location filename="../../src/core/Site.cpp" line="40"/>
        <source>the site&apos;s address must be an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>the site&apos;s address must be an http:// or https:// address, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="19"/>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="20"/>
        <source>opendata.example.fr</source>
        <translation>opendata.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="25"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="31"/>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="32"/>
        <source>https://opendata.example.fr</source>
        <translation>https://opendata.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="37"/>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="44"/>
        <source>&amp;French</source>
        <translation>&amp;French</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="45"/>
        <source>Charter in French</source>
        <translation>Charter in French</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="50"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="51"/>
        <source>Charter in English</source>
        <translation>Charter in English</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="58"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="64"/>
        <source>Privacy contact</source>
        <translation>Privacy contact</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="65"/>
        <source>dpo@example.fr</source>
        <translation>dpo@example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="70"/>
        <source>Banner keeps the &amp;choice:</source>
        <translation>Banner keeps the &amp;choice:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="76"/>
        <source>How many days the consent banner keeps the visitor&apos;s choice</source>
        <translation>How many days the consent banner keeps the visitor&apos;s choice</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="77"/>
        <source>How long the consent banner keeps the visitor&apos;s choice. The CNIL recommends six months (182 days). Not set: the banner files keep it 182 days.</source>
        <translation>How long the consent banner keeps the visitor&apos;s choice. The CNIL recommends six months (182 days). Not set: the banner files keep it 182 days.</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="78"/>
        <source>not set (182 days)</source>
        <translation>not set (182 days)</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="79"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="86"/>
        <source>&amp;Review before publishing:</source>
        <translation>&amp;Review before publishing:</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="92"/>
        <source>Review policy</source>
        <translation>Review policy</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="93"/>
        <source>With an approval, a publication needs a reviewer&apos;s approval of exactly what is published, by someone who neither submitted it nor changed the registry since the last publication.</source>
        <translation>With an approval, a publication needs a reviewer&apos;s approval of exactly what is published, by someone who neither submitted it nor changed the registry since the last publication.</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="94"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/SiteDialog.ui" line="95"/>
        <source>One approval by someone who did not change the registry</source>
        <translation>One approval by someone who did not change the registry</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13"/>
        <source>Edit site %1</source>
        <translation>Edit site %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="13"/>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="53"/>
        <source>Give the site a name (it is how the command line names it).</source>
        <translation>Give the site a name (it is how the command line names it).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="55"/>
        <source>A site name cannot hold / or \ (it becomes part of file names).</source>
        <translation>A site name cannot hold / or \ (it becomes part of file names).</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="61"/>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SiteDialog.cpp" line="64"/>
        <source>Choose at least one language for the charter.</source>
        <translation>Choose at least one language for the charter.</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/gui/SitesModel.cpp" line="110"/>
        <source>Languages</source>
        <translation>Languages</translation>
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
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="124"/>
        <source>%1: no such store (create one with: cookie-charter init FILE)</source>
        <translation>%1: no such store (create one with: cookie-charter init FILE)</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="128"/>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="132"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="137"/>
        <source>%1 is not a Cookie Charter store (it is not an SQLite database); it was left untouched</source>
        <translation>%1 is not a Cookie Charter store (it is not an SQLite database); it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="161"/>
        <source>%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="165"/>
        <source>this Cookie Charter cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>this Cookie Charter cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="194"/>
        <source>%1: the option %2 is not one Cookie Charter passes to the server (it knows %3)</source>
        <translation>%1: the option %2 is not one Cookie Charter passes to the server (it knows %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="233"/>
        <source>cannot connect to the server %1: %2</source>
        <translation>cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="278"/>
        <source>%1 is already a Cookie Charter store</source>
        <translation>%1 is already a Cookie Charter store</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="281"/>
        <source>%1 holds %n table(s) of another application; a store is created only in an empty database, and this one was left untouched</source>
        <translation>
            <numerusform>%1 holds %n table of another application; a store is created only in an empty database, and this one was left untouched</numerusform>
            <numerusform>%1 holds %n tables of another application; a store is created only in an empty database, and this one was left untouched</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="289"/>
        <source>cannot create the store in %1: %2</source>
        <translation>cannot create the store in %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="293"/>
        <source>%1 belongs to another application (it holds %n table(s) but no Cookie Charter store); it was left untouched</source>
        <translation>
            <numerusform>%1 belongs to another application (it holds %n table but no Cookie Charter store); it was left untouched</numerusform>
            <numerusform>%1 belongs to another application (it holds %n tables but no Cookie Charter store); it was left untouched</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="299"/>
        <source>%1 holds no store yet (create one with: cookie-charter init %1)</source>
        <translation>%1 holds no store yet (create one with: cookie-charter init %1)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="311"/>
        <source>%1 belongs to another application; it was left untouched</source>
        <translation>%1 belongs to another application; it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="346"/>
        <source>not allowed: the server does not let role %1 read %2</source>
        <translation>not allowed: the server does not let role %1 read %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="352"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="79"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="145"/>
        <source>opened read-only</source>
        <translation>opened read-only</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="358"/>
        <source>the server lets role %1 read the registry, not change it</source>
        <translation>the server lets role %1 read the registry, not change it</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="368"/>
        <source>not allowed: the server does not let role %1 publish (ask for the publishers&apos; role)</source>
        <translation>not allowed: the server does not let role %1 publish (ask for the publishers&apos; role)</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="377"/>
        <source>PostgreSQL server, role %1: reads only.</source>
        <translation>PostgreSQL server, role %1: reads only.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="380"/>
        <source>PostgreSQL server, role %1: reads, and comments on and decides reviews.</source>
        <translation>PostgreSQL server, role %1: reads, and comments on and decides reviews.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="385"/>
        <source>PostgreSQL server, role %1: edits the registry and publishes.</source>
        <translation>PostgreSQL server, role %1: edits the registry and publishes.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="388"/>
        <source>PostgreSQL server, role %1: edits the registry; publishing is for the publishers&apos; role.</source>
        <translation>PostgreSQL server, role %1: edits the registry; publishing is for the publishers&apos; role.</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="442"/>
        <source>not allowed: the server does not let role %1 do this (%2); nothing was written</source>
        <translation>not allowed: the server does not let role %1 do this (%2); nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="452"/>
        <source>the server took too long and cancelled the write (%1); nothing was written, try again</source>
        <translation>the server took too long and cancelled the write (%1); nothing was written, try again</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="464"/>
        <source>the connection to the server %1 was lost (%2); nothing was written, try again</source>
        <translation>the connection to the server %1 was lost (%2); nothing was written, try again</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreRows.h" line="89"/>
        <source>the store could not be read: %1</source>
        <translation>the store could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="148"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="152"/>
        <source>its folder is read-only</source>
        <translation>its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="179"/>
        <source>%1 is damaged or not a store (%2); it was left untouched</source>
        <translation>%1 is damaged or not a store (%2); it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="185"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="220"/>
        <source>%1 is damaged (integrity check: %2); it was left untouched</source>
        <translation>%1 is damaged (integrity check: %2); it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="196"/>
        <source>%1 is an SQLite database but not a Cookie Charter store; it was left untouched</source>
        <translation>%1 is an SQLite database but not a Cookie Charter store; it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="315"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="202"/>
        <source>%1 was made by a newer Cookie Charter (store version %2, this program knows %3)</source>
        <translation>%1 was made by a newer Cookie Charter (store version %2, this program knows %3)</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="212"/>
        <source>%1 uses an older store version (%2) and is %3; open it once with write access to upgrade it</source>
        <translation>%1 uses an older store version (%2) and is %3; open it once with write access to upgrade it</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="48"/>
        <location filename="../../src/store/StoreCopy.cpp" line="81"/>
        <location filename="../../src/store/StoreCopy.cpp" line="104"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="271"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="305"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="339"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="63"/>
        <source>%1 is not empty (%2 site(s), %3 publication(s)); a copy goes only into an empty store, and nothing was written</source>
        <translation>%1 is not empty (%2 site(s), %3 publication(s)); a copy goes only into an empty store, and nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="98"/>
        <source>copy cancelled; nothing was written</source>
        <translation>copy cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="136"/>
        <source>roles are a server&apos;s: %1 is an SQLite file</source>
        <translation>roles are a server&apos;s: %1 is an SQLite file</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="166"/>
        <source>read everything, write decisions and comments on reviews</source>
        <translation>read everything, write decisions and comments on reviews</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="171"/>
        <source>read everything, write the registry, its texts, settings and reviews</source>
        <translation>read everything, write the registry, its texts, settings and reviews</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="174"/>
        <source>as editors, and publish</source>
        <translation>as editors, and publish</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="176"/>
        <source>name at least one role: --editors, --reviewers or --publishers</source>
        <translation>name at least one role: --editors, --reviewers or --publishers</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCopy.cpp" line="214"/>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="325"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="226"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="330"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="231"/>
        <source>%1 is not a complete Cookie Charter store (%2); it was left untouched</source>
        <translation>%1 is not a complete Cookie Charter store (%2); it was left untouched</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="250"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="280"/>
        <source>%1 already exists; choose another name</source>
        <translation>%1 already exists; choose another name</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="256"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="263"/>
        <source>cannot create %1: its folder is read-only</source>
        <translation>cannot create %1: its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="307"/>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="316"/>
        <source>%1 holds an unfinished write left by a program that stopped (its journal %2-journal); it can be read only once someone with write access opens it, which rolls the unfinished write back</source>
        <translation>%1 holds an unfinished write left by a program that stopped (its journal %2-journal); it can be read only once someone with write access opens it, which rolls the unfinished write back</translation>
    </message>
    <message>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="338"/>
        <source>%1 holds an unfinished write that could not be rolled back: %2</source>
        <translation>%1 holds an unfinished write that could not be rolled back: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/postgres/PostgresBackend.cpp" line="459"/>
        <location filename="../../src/store/sqlite/SqliteBackend.cpp" line="403"/>
        <source>the store cannot be written: %1</source>
        <translation>the store cannot be written: %1</translation>
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
        <translation>store error: %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="309"/>
        <source>%1 is damaged (integrity check: %2); nothing was written</source>
        <translation>%1 is damaged (integrity check: %2); nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="289"/>
        <location filename="../../src/store/StoreCopy.cpp" line="36"/>
        <source>no store is open</source>
        <translation>no store is open</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="278"/>
        <source>the server lets role %1 comment on reviews and approve them, not change the registry</source>
        <translation>the server lets role %1 comment on reviews and approve them, not change the registry</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="282"/>
        <source>you opened it as a reviewer: you may comment on reviews and approve them, not change the registry</source>
        <translation>you opened it as a reviewer: you may comment on reviews and approve them, not change the registry</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="293"/>
        <source>the store is read-only (%1)</source>
        <translation>the store is read-only (%1)</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="296"/>
        <source>not allowed: the server lets role %1 review, not change the registry; nothing was written</source>
        <translation>not allowed: the server lets role %1 review, not change the registry; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="301"/>
        <source>not allowed: %1 works as a reviewer, who may comment on and approve reviews but not change the registry; nothing was written</source>
        <translation>not allowed: %1 works as a reviewer, who may comment on and approve reviews but not change the registry; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="346"/>
        <source>the store is locked by another user (waited %1 s, %2 times); nothing was written, try again</source>
        <translation>the store is locked by another user (waited %1 s, %2 times); nothing was written, try again</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="395"/>
        <location filename="../../src/store/Store.cpp" line="471"/>
        <source>a site named &quot;%1&quot; already exists</source>
        <translation>a site named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="402"/>
        <source>site %1 added</source>
        <translation>site %1 added</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="412"/>
        <source>a site needs a name</source>
        <translation>a site needs a name</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="414"/>
        <source>a site needs at least one language</source>
        <translation>a site needs at least one language</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="419"/>
        <source>the banner keeps the visitor&apos;s choice between 1 and 3650 days, not %1</source>
        <translation>the banner keeps the visitor&apos;s choice between 1 and 3650 days, not %1</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="446"/>
        <location filename="../../src/store/Store.cpp" line="509"/>
        <source>site #%1 no longer exists</source>
        <translation>site #%1 no longer exists</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="449"/>
        <source>site %1 was changed by someone else since you read it; reload it and try again</source>
        <translation>site %1 was changed by someone else since you read it; reload it and try again</translation>
    </message>
    <message>
        <location filename="../../src/store/Store.cpp" line="475"/>
        <source>site %1 changed</source>
        <translation>site %1 changed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="199"/>
        <location filename="../../src/store/StoreCookies.cpp" line="331"/>
        <location filename="../../src/store/StoreImport.cpp" line="203"/>
        <source>cookie %1 (domain &quot;%2&quot;) is already in the registry as cookie #%3</source>
        <translation>cookie %1 (domain &quot;%2&quot;) is already in the registry as cookie #%3</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="370"/>
        <source>cookie #%1 does not exist</source>
        <translation>cookie #%1 does not exist</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="374"/>
        <source>cookie #%1 (%2) is at version %3, not %4: %5 changed it at %6; your change was not saved</source>
        <translation>cookie #%1 (%2) is at version %3, not %4: %5 changed it at %6; your change was not saved</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="395"/>
        <source>cookie #%1 (%2): %3</source>
        <translation>cookie #%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="90"/>
        <source>there is no rule &quot;%1&quot; (see validate --rules)</source>
        <translation>there is no rule &quot;%1&quot; (see validate --rules)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="93"/>
        <source>a rule is switched off with a reason</source>
        <translation>a rule is switched off with a reason</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="108"/>
        <source>rule %1 was switched off by %2 since you read it (&quot;%3&quot;); your change was not saved</source>
        <translation>rule %1 was switched off by %2 since you read it (&quot;%3&quot;); your change was not saved</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="111"/>
        <source>rule %1 was switched back on by someone else since you read it; your change was not saved</source>
        <translation>rule %1 was switched back on by someone else since you read it; your change was not saved</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="134"/>
        <source>rule %1 switched off: %2</source>
        <translation>rule %1 switched off: %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="157"/>
        <source>rule %1 is not switched off</source>
        <translation>rule %1 is not switched off</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="161"/>
        <source>the switch of rule %1 was changed by %2 since you read it; it was left off</source>
        <translation>the switch of rule %1 was changed by %2 since you read it; it was left off</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="172"/>
        <source>rule %1 switched back on</source>
        <translation>rule %1 switched back on</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="227"/>
        <source>the %1 text &quot;%2&quot; was changed by %3 since you read it; your change was not saved</source>
        <translation>the %1 text &quot;%2&quot; was changed by %3 since you read it; your change was not saved</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="230"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="252"/>
        <source>charter text %1 (%2) changed</source>
        <translation>charter text %1 (%2) changed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="280"/>
        <source>the %1 text &quot;%2&quot; was changed by %3 since you read it; it was not reset</source>
        <translation>the %1 text &quot;%2&quot; was changed by %3 since you read it; it was not reset</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreTexts.cpp" line="293"/>
        <source>charter text %1 (%2) reset to the default</source>
        <translation>charter text %1 (%2) reset to the default</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="123"/>
        <source>publication %1 of %2: %3</source>
        <translation>publication %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="150"/>
        <source>the history does not start at 1</source>
        <translation>the history does not start at 1</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="151"/>
        <source>publication %1 is missing</source>
        <translation>publication %1 is missing</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="156"/>
        <source>it does not follow the publication before it (its previous hash differs)</source>
        <translation>it does not follow the publication before it (its previous hash differs)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="160"/>
        <source>its registry snapshot does not match its SHA-256</source>
        <translation>its registry snapshot does not match its SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="164"/>
        <source>it should hold %1 files but holds %2</source>
        <translation>it should hold %1 files but holds %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="171"/>
        <source>the file %1 does not match its SHA-256</source>
        <translation>the file %1 does not match its SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="176"/>
        <source>its record of the rules switched off is not as it was written (changed after publishing)</source>
        <translation>its record of the rules switched off is not as it was written (changed after publishing)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="182"/>
        <source>its approval is not as it was written (changed after publishing)</source>
        <translation>its approval is not as it was written (changed after publishing)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="187"/>
        <source>its approval (review %1 by %2) is for another state of the registry than the one published</source>
        <translation>its approval (review %1 by %2) is for another state of the registry than the one published</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="195"/>
        <source>its hash does not match its contents (changed after publishing)</source>
        <translation>its hash does not match its contents (changed after publishing)</translation>
    </message>
    <message>
        <location filename="../../src/store/StorePublications.cpp" line="268"/>
        <source>publication %1 of %2</source>
        <translation>publication %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="240"/>
        <location filename="../../src/store/StoreReviews.cpp" line="173"/>
        <location filename="../../src/store/StoreTexts.cpp" line="103"/>
        <location filename="../../src/store/StoreTexts.cpp" line="221"/>
        <source>site #%1 does not exist</source>
        <translation>site #%1 does not exist</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="245"/>
        <source>cookie %1 added</source>
        <translation>cookie %1 added</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="275"/>
        <source>cookie #%1 no longer exists (someone deleted it)</source>
        <translation>cookie #%1 no longer exists (someone deleted it)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="282"/>
        <source>cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); your change was not saved</source>
        <translation>cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); your change was not saved</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="286"/>
        <source>nothing visible</source>
        <translation>nothing visible</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="336"/>
        <source>cookie %1 changed</source>
        <translation>cookie %1 changed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="426"/>
        <source>cookie #%1 does not exist; nothing was removed</source>
        <translation>cookie #%1 does not exist; nothing was removed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="430"/>
        <source>cookie #%1 (%2) was changed by %3 since you read it; nothing was removed</source>
        <translation>cookie #%1 (%2) was changed by %3 since you read it; nothing was removed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreCookies.cpp" line="441"/>
        <source>cookie %1 removed</source>
        <translation>cookie %1 removed</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="42"/>
        <source>import cancelled; nothing was written</source>
        <translation>import cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="50"/>
        <source>no site given: add a site column or name the site (the store has %1 sites)</source>
        <translation>no site given: add a site column or name the site (the store has %1 sites)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="116"/>
        <location filename="../../src/store/StoreImport.cpp" line="198"/>
        <source>duplicate of line %1 (same site, domain and name %2)</source>
        <translation>duplicate of line %1 (same site, domain and name %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="149"/>
        <source>%n row(s) rejected; nothing was imported</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported</numerusform>
            <numerusform>%n rows rejected; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="156"/>
        <source>%n cookie(s) imported</source>
        <translation>
            <numerusform>%n cookie imported</numerusform>
            <numerusform>%n cookies imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/store/StoreImport.cpp" line="157"/>
        <source>%n cookie(s) imported from %1</source>
        <translation>
            <numerusform>%n cookie imported from %1</numerusform>
            <numerusform>%n cookies imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/store/StoreImport.cpp" line="209"/>
        <source>a row is already in the registry</source>
        <translation>a row is already in the registry</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="164"/>
        <source>a review names the state of the registry it submits</source>
        <translation>a review names the state of the registry it submits</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="186"/>
        <source>review %1 (submitted by %2) already waits for a reviewer on this same state of %3; nothing was submitted</source>
        <translation>review %1 (submitted by %2) already waits for a reviewer on this same state of %3; nothing was submitted</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="223"/>
        <source>no decision was given</source>
        <translation>no decision was given</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="226"/>
        <source>asking for changes needs a comment saying which</source>
        <translation>asking for changes needs a comment saying which</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="237"/>
        <location filename="../../src/store/StoreReviews.cpp" line="306"/>
        <source>there is no review %1</source>
        <translation>there is no review %1</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="242"/>
        <source>review %1 was already approved by %2 on %3; nothing was written</source>
        <translation>review %1 was already approved by %2 on %3; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="243"/>
        <source>%2 already asked for changes on review %1 on %3; nothing was written</source>
        <translation>%2 already asked for changes on review %1 on %3; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="251"/>
        <source>review %1 is void: the registry of %2 changed since it was submitted; it cannot be decided (submit it again)</source>
        <translation>review %1 is void: the registry of %2 changed since it was submitted; it cannot be decided (submit it again)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="263"/>
        <source>not allowed: %1 submitted or changed this registry since the last publication, so someone else must review it (anyone but %2)</source>
        <translation>not allowed: %1 submitted or changed this registry since the last publication, so someone else must review it (anyone but %2)</translation>
    </message>
    <message>
        <location filename="../../src/store/StoreReviews.cpp" line="295"/>
        <source>the comment is empty</source>
        <translation>the comment is empty</translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="44"/>
        <source>the reference registry is missing from this build</source>
        <translation>the reference registry is missing from this build</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="58"/>
        <source>the reference charter</source>
        <translation>the reference charter</translation>
    </message>
    <message>
        <location filename="../../src/app/StoreLocator.cpp" line="76"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="31"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="32"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="43"/>
        <source>the provider is empty</source>
        <translation>the provider is empty</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="46"/>
        <source>the cookie name is empty</source>
        <translation>the cookie name is empty</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="49"/>
        <source>the purpose is empty</source>
        <translation>the purpose is empty</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="57"/>
        <source>the purpose is missing in %1, a language of the site</source>
        <translation>the purpose is missing in %1, a language of the site</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="64"/>
        <source>the cookie has no category: the charter has no table of its own for it (choose necessary, preferences, statistics or marketing)</source>
        <translation>the cookie has no category: the charter has no table of its own for it (choose necessary, preferences, statistics or marketing)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="72"/>
        <source>the duration &quot;%1&quot; cannot be read (write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;)</source>
        <translation>the duration &quot;%1&quot; cannot be read (write e.g. &quot;13 mois&quot;, &quot;2 years&quot; or &quot;session&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="79"/>
        <source>the cookie needs consent but has no duration: the charter must say how long it is kept</source>
        <translation>the cookie needs consent but has no duration: the charter must say how long it is kept</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="83"/>
        <source>a session storage item is gone when the tab closes, but its duration says %1</source>
        <translation>a session storage item is gone when the tab closes, but its duration says %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="89"/>
        <source>an audience-measurement cookie exempt from consent may last 13 months at most (CNIL); this one lasts %1</source>
        <translation>an audience-measurement cookie exempt from consent may last 13 months at most (CNIL); this one lasts %1</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="94"/>
        <source>the cookie asks no consent but lasts %1, more than 13 months: is all of that time necessary?</source>
        <translation>the cookie asks no consent but lasts %1, more than 13 months: is all of that time necessary?</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="100"/>
        <source>a third-party statistics cookie cannot be exempt from consent: the exemption covers first-party audience measurement only</source>
        <translation>a third-party statistics cookie cannot be exempt from consent: the exemption covers first-party audience measurement only</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="106"/>
        <source>a %1 cookie cannot be exempt from consent</source>
        <translation>a %1 cookie cannot be exempt from consent</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="110"/>
        <source>a third-party cookie should link to its provider&apos;s privacy policy</source>
        <translation>a third-party cookie should link to its provider&apos;s privacy policy</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="151"/>
        <source>%1 of %2 is %3 here but %4 on %5 (cookie #%6)</source>
        <translation>%1 of %2 is %3 here but %4 on %5 (cookie #%6)</translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="165"/>
        <source>the consent banner of %1 keeps the visitor&apos;s choice %2 days, more than six months</source>
        <translation>the consent banner of %1 keeps the visitor&apos;s choice %2 days, more than six months</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/Validator.cpp" line="205"/>
        <source>rule switched off for this site by %1 on %2: %3 (%n finding(s) set aside)</source>
        <translation>
            <numerusform>rule switched off for this site by %1 on %2: %3 (%n finding set aside)</numerusform>
            <numerusform>rule switched off for this site by %1 on %2: %3 (%n findings set aside)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/Validator.cpp" line="211"/>
        <source>(no such rule in this version)</source>
        <translation>(no such rule in this version)</translation>
    </message>
</context>
<context>
    <name>Validator::RegistryChecker</name>
    <message>
        <location filename="../../src/core/Validator.cpp" line="125"/>
        <source>duplicate of cookie #%1 (same domain and name)</source>
        <translation>duplicate of cookie #%1 (same domain and name)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="89"/>
        <source>Necessary</source>
        <translation>Necessary</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="91"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="93"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="95"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="99"/>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="128"/>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="129"/>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="180"/>
        <source>Local storage</source>
        <translation>Local storage</translation>
    </message>
    <message>
        <location filename="../../src/core/Vocabulary.cpp" line="182"/>
        <source>Session storage</source>
        <translation>Session storage</translation>
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
        <translation>HTTP cookie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/main.cpp" line="48"/>
        <source>%1
Password for %2: </source>
        <translation>%1
Password for %2: </translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="77"/>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="78"/>
        <source>%1

Password for %2:</source>
        <translation>%1

Password for %2:</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="118"/>
        <source>cookie-charter: cannot write to standard output</source>
        <translation>cookie-charter: cannot write to standard output</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="147"/>
        <location filename="../../src/main.cpp" line="155"/>
        <source>Cookie Charter</source>
        <translation>Cookie Charter</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="148"/>
        <source>The store used last cannot be opened:
%1

The default store opens instead.</source>
        <translation>The store used last cannot be opened:
%1

The default store opens instead.</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="156"/>
        <source>The store cannot be opened:
%1</source>
        <translation>The store cannot be opened:
%1</translation>
    </message>
</context>
</TS>
